"""A press release ready for the pipeline, and how a text becomes one.

:class:`Release` is what :func:`pipeline.corpus.iter_releases` yields for each document
read; :class:`ReadFailure` stands for an input that could not be read.
:func:`release_from_text` cleans a raw text (plain or Markdown) and fills the metadata it
was not given (title, release date, publisher, dateline) from the text itself;
:func:`record_date` reads the date a JSON record gives, when it can be read safely.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .cleaning import join_paragraphs, normalize_text, strip_markdown
from .errors import Errors, ReadError
from .front_matter import split_front_matter
from .metadata import extract_metadata, iso_date, parse_date

#: An ISO date, or date-time ("2024-04-30T14:00:00Z", "2024-04-30 14:00").
_ISO_DATE_TIME = re.compile(
    r"(\d{4}-\d{2}-\d{2})"
    r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?: *(?:Z|[+-]\d{2}(?::?\d{2})?))?)?",
    re.I,
)
#: "04/05/2024", "4.5.24": day and month in an order the date does not say.
_NUMERIC_DATE = re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b")


@dataclass(frozen=True)
class Release:
    """One press release, ready for the pipeline.

    Attributes:
        id: Unique id within a run.
        text: Clean plain text; paragraphs separated by a blank line.
        title: The release's title.
        date: The release date, ISO ``YYYY-MM-DD``.
        source: The publisher ("U.S. Department of Homeland Security").
        url: Where the release was published.
        path: Where it was read from ("corpus/x.txt", "data.jsonl:12").
        dateline: The place of the dateline ("Washington"), title-cased.
        warning: A ``W0xx`` message of :mod:`pipeline.errors` about how it was read (a
            JSONL date that could not be read); its manifest row's reason.
    """

    id: str
    text: str
    title: str | None = None
    date: str | None = None
    source: str | None = None
    url: str | None = None
    path: str | None = None
    dateline: str | None = None
    warning: str | None = None


@dataclass(frozen=True)
class ReadFailure:
    """An input that could not be read; it becomes a manifest row with its reason.

    Attributes:
        id: The best id available: the relative path without suffix, a JSON record's own
            id, or "file.jsonl:LINE".
        path: The file, with ":LINE" for a line of a JSON Lines file.
        reason: The message (an ``E1xx`` code of :mod:`pipeline.errors`) naming the problem.
    """

    id: str
    path: str
    reason: str


def release_from_text(
    text: str,
    *,
    id: str,
    title: str | None = None,
    date: str | None = None,
    source: str | None = None,
    url: str | None = None,
    path: str | None = None,
) -> Release:
    """Clean a text and fill the metadata it was not given from the text itself.

    Metadata given here always wins over what the text says; then the fields of a YAML
    front matter block (:mod:`pipeline.front_matter`), which is not part of the text;
    the dateline always comes from the text.

    Args:
        text: The raw text (plain or Markdown).
        id: The release id.
        title: Known title, if any.
        date: Known release date, ISO or a date such as "September 20, 2019".
        source: Known publisher.
        url: Where it was published.
        path: Where it was read from.

    Returns:
        The release.

    Raises:
        ReadError: E101 when nothing is left after cleaning, E111 for a date that is not one.
    """
    front, text = split_front_matter(text)
    title = title or front.get("title")
    source = source or front.get("source")
    url = url or front.get("url")
    if date:
        known = iso_date(date) or parse_date(date)
        if known is None:
            raise ReadError(Errors.E111.format(value=date))
        date = known
    elif front.get("date"):
        # A front-matter date that is none ("TBD") is left out: the text may give the date.
        date = iso_date(front["date"]) or parse_date(front["date"])
    plain = strip_markdown(normalize_text(text))
    clean = join_paragraphs(plain)
    if not clean:
        raise ReadError(Errors.E101)
    found = extract_metadata(text, plain=plain)
    return Release(
        id=id,
        text=clean,
        title=title or found.title,
        date=date or found.date,
        source=source or found.source,
        url=url,
        path=path,
        dateline=found.dateline,
    )


def record_date(value: object) -> str | None:
    """The date a record gives (a JSONL ``date``) as ``YYYY-MM-DD``, or None when unsafe.

    ISO dates and date-times give their date as written, in no other time zone
    ("2024-04-30T23:30:00-05:00" -> "2024-04-30"); a date with its month in words is read
    as a release's text is ("April 30, 2024", "30 April 2024"); numeric dates, May 4 to
    some and April 5 to others ("04/05/2024"), are not read.

    Args:
        value: The record's ``date``, of any JSON type.
    """
    if not isinstance(value, str):
        return None
    iso = _ISO_DATE_TIME.fullmatch(value.strip())
    if iso is not None:
        return iso_date(iso.group(1))
    return None if _NUMERIC_DATE.search(value) else parse_date(value)
