"""Read a release from an HTML page: its main text, title, date and publisher, by trafilatura.

Navigation, footers and other boilerplate are left out by trafilatura; the page's
metadata give the title, the date and the publisher when it has them, and the text gives
the rest (see :func:`pipeline.releases.release_from_text`). The publisher is the name the
page gives its site ("U.S. Department of Defense", "The White House") when that names a
publisher as a header line would (:func:`pipeline.metadata.publisher_name`): a host name
("state.gov") or a headline some pages put there is left for the text to replace.
"""

from __future__ import annotations

from .errors import Errors, ReadError
from .metadata import iso_date, publisher_name
from .releases import Release, release_from_text


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
        ReadError: E110 when the page has no main text; E101 when nothing is left of it.
    """
    import trafilatura  # imported on first use: it takes a while and most inputs are text

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
