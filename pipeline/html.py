"""Read a release from an HTML page: its main text, title, date and publisher, by trafilatura.

Navigation, footers and other boilerplate are left out by trafilatura; the page's
metadata give the title, the date and the publisher when it has them, and the text gives
the rest (see :func:`pipeline.releases.release_from_text`). The publisher is the name the
page gives its site ("U.S. Department of Defense", "The White House") when that names a
publisher as a header line would (:func:`pipeline.metadata.publisher_name`): a host name
("state.gov") or a headline some pages put there is left for the text to replace.

Whether a page holds an article at all is judged first, by trafilatura's precise pass
(``favor_precision``): a page whose precise text has no sentence of prose (a block of
:data:`SENTENCE_WORDS` words or more that ends in ".", "!" or "?") is no release (E110).
That leaves out a site's navigation and footer around a JavaScript application, a
"Page Not Found" page and the like, which the recall pass would give as text. The text
itself comes from the recall pass (``favor_recall``), which keeps the whole of an
article that the precise pass sometimes trims (a closing paragraph, a contact line).
"""

from __future__ import annotations

import re

from .errors import Errors, ReadError
from .metadata import iso_date, publisher_name
from .releases import Release, release_from_text

#: Words of the shortest sentence that makes a page an article ("The United States and
#: Ruritania signed a memorandum today."); "Page Not Found" is no sentence.
SENTENCE_WORDS = 6
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*$")
#: Blocks of trafilatura's text: its lines, and the cells of a table row ("| a | b |").
_BLOCKS = re.compile(r"[\n|]")


def _has_article(html: str) -> bool:
    """Whether trafilatura's precise pass finds a sentence of prose in the page.

    Its quick form (``fast``: trafilatura's own extractor alone) decides most pages; the
    full one, with the fallback extractors, is asked only when the quick one finds none
    (an article in a bare ``div`` with line breaks).
    """
    import trafilatura

    for fast in (True, False):
        found = trafilatura.bare_extraction(
            html, include_comments=False, include_tables=True, favor_precision=True, fast=fast
        )
        text = getattr(found, "text", None) if found is not None else None
        if isinstance(text, str) and any(
            len(block.split()) >= SENTENCE_WORDS and _SENTENCE_END.search(block.strip())
            for block in _BLOCKS.split(text)
        ):
            return True
    return False


def release_from_html(html: str, *, id: str, path: str | None = None) -> Release:
    """The release an HTML page holds.

    Args:
        html: The page, decoded.
        id: The release id.
        path: Where it was read from.

    Returns:
        The release: the main text, one paragraph per block trafilatura found, with the
        page's title, date and publisher, else the text's.

    Raises:
        ReadError: E110 when the page has no article (no main text, or none with a
            sentence of prose); E101 when nothing is left of it.
    """
    import trafilatura  # imported on first use: it takes a while and most inputs are text

    if not _has_article(html):
        raise ReadError(Errors.E110)
    document = trafilatura.bare_extraction(
        html, include_comments=False, include_tables=True, favor_recall=True, with_metadata=True
    )
    body = getattr(document, "text", None) if document is not None else None
    if not body or not body.strip():
        raise ReadError(Errors.E110)
    page_date = getattr(document, "date", None)
    site_name = getattr(document, "sitename", None)
    # trafilatura gives one block a line; blocks are paragraphs.
    return release_from_text(
        body.replace("\n", "\n\n"),
        id=id,
        title=getattr(document, "title", None) or None,
        date=iso_date(page_date) if isinstance(page_date, str) else None,
        source=publisher_name(site_name) if isinstance(site_name, str) else None,
        path=path,
    )
