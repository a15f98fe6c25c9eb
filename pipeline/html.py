"""Read a release from an HTML page: its main text, title and date, found by trafilatura.

Navigation, footers and other boilerplate are left out by trafilatura; the page's
metadata give the title and date when it has them, and the text gives the rest (see
:func:`pipeline.releases.release_from_text`).
"""

from __future__ import annotations

from .errors import Errors, ReadError
from .metadata import iso_date
from .releases import Release, release_from_text


def release_from_html(html: str, *, id: str, path: str | None = None) -> Release:
    """The release an HTML page holds.

    Args:
        html: The page, decoded.
        id: The release id.
        path: Where it was read from.

    Returns:
        The release: the main text, one paragraph per block trafilatura found.

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
    # trafilatura gives one block a line; blocks are paragraphs.
    return release_from_text(
        body.replace("\n", "\n\n"),
        id=id,
        title=getattr(document, "title", None) or None,
        date=iso_date(page_date) if isinstance(page_date, str) else None,
        path=path,
    )
