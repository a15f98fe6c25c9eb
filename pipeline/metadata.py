"""Read the metadata of a release from its text: title, release date, publisher, dateline.

Pure functions over strings, no I/O. :func:`extract_metadata` reads the four from a text,
raw or cleaned; :func:`parse_date` and :func:`iso_date` read full dates. The dateline is
read by :mod:`pipeline.datelines`, whose :func:`smart_title` (it title-cases the capitals
of a dateline) stays importable from here; the text itself is cleaned by
:mod:`pipeline.cleaning`, whose functions stay importable from here too.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .calendar_names import FULL_DATE_PATTERN, WEEKDAY_PATTERN
from .cleaning import (
    BODY_WORDS,
    FIELD_LINE,
    HEAD_CHARS,
    HEADING,
    clean_text,
    inline_text,
    join_paragraphs,
    normalize_text,
    strip_markdown,
)
from .datelines import place_line, read_dateline, smart_title

# The text clean-up lived here before pipeline.cleaning; its names stay importable.
__all__ = [
    "Metadata",
    "clean_text",
    "extract_metadata",
    "iso_date",
    "join_paragraphs",
    "normalize_text",
    "parse_date",
    "publisher_name",
    "smart_title",
    "strip_markdown",
]

#: Shapes of a full date; only these reach dateparser, which keeps garbage out.
_DATE = FULL_DATE_PATTERN
_DATE_SHAPE = re.compile(_DATE)
_WEEKDAY = WEEKDAY_PATTERN
#: A line that starts with a date: in a header, the release date.
_DATE_LINE = re.compile(rf"^{_WEEKDAY}?{_DATE}\b")
_DATE_LINE_CHARS = 80
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
#: Field lines naming the release date, most reliable first.
_DATE_FIELDS = (
    re.compile(r"^ *(?:release|publication) +date *: *(.*)$", re.M | re.I),
    re.compile(r"^ *date *: *(.*)$", re.M | re.I),
    re.compile(r"^ *for +immediate +release\b[\W]*(.*(?:\n *\n?.*)?)$", re.M | re.I),
    re.compile(r"^ *(?:date +)?published(?: +on +|(?: +date)? *:) *(.*)$", re.M | re.I),
)
#: The organisations whose lines name a release's publisher; their names end as soon as
#: a press office can follow ("U.S. Department of Energy, Office of Public Affairs").
_NAME_REST = r"[A-Z][\w'’&,. -]*?"
_ORGANISATION = (
    rf"(?:(?:the +)?(?:U\.S\. +|United +States +)?Department +of +(?:the +)?{_NAME_REST}"
    rf"|Office +of +(?:the +)?{_NAME_REST}"
    r"|the +white +house"
    r"|U\.S\. +(?:Embassy(?: +(?:&|and) +Consulates?)?|Consulate(?: +General)?|Mission)"
    rf" +(?:in|to) +{_NAME_REST}"
    r"|(?:U\.S\.|United +States) +Agency +for +International +Development|USAID)"
)
#: An organisation's press office: "USAID Press Office", "Press Office, U.S. Agency for ...".
_PRESS_OFFICE = (
    r"(?:Press +(?:Office|Section)|Public +Affairs(?: +(?:Office|Section))?|Media +Relations"
    r"|Office +of +(?:Public +Affairs|Press +Relations|Media +Relations))"
)
_PUBLISHER = re.compile(
    rf"^(?:{_PRESS_OFFICE} *, *(?P<after>{_ORGANISATION})"
    rf"|(?P<before>{_ORGANISATION}) *,? +{_PRESS_OFFICE}"
    rf"|{_ORGANISATION})$",
    re.I,
)
_BOILERPLATE = re.compile(r"^(?:an? +)?official +website +of\b|^skip +to\b", re.I)
#: "Antony J. Blinken, Secretary of State": a byline, not a title.
_BYLINE = re.compile(
    r"^[A-Z][\w.'’ -]+, (?:[A-Z][\w.'’-]* )*(?:Secretary|Spokesperson|Ambassador|Administrator"
    r"|Director|Coordinator|Envoy|Representative|Counselor|Advisor|Adviser)\b"
)
_MAX_TITLE = 200
#: Longer lines that start like a publisher are headlines ("U.S. Department of X and Y Sign").
_MAX_PUBLISHER = 70
#: Shorter lines near the top are places, rooms and times ("Berlin, Germany"), not titles.
_MIN_TITLE_WORDS = 3


@dataclass(frozen=True)
class Metadata:
    """What the text of a release says about itself.

    Attributes:
        title: The first Markdown heading, else the first short line before the body.
        date: The release date, ISO ``YYYY-MM-DD``.
        source: The publisher named near the top ("U.S. Department of Homeland Security").
        dateline: The place of the dateline ("Washington"), title-cased.
    """

    title: str | None = None
    date: str | None = None
    source: str | None = None
    dateline: str | None = None


@lru_cache(maxsize=1)
def _date_parser() -> Any:
    # Imported lazily: dateparser takes a noticeable time to import, and only English
    # is loaded so that no other language's data is ever read.
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=["en"],
        settings={
            "PREFER_DAY_OF_MONTH": "first",
            "DATE_ORDER": "MDY",
            "REQUIRE_PARTS": ["day", "month", "year"],
            "RETURN_TIME_AS_PERIOD": False,
        },
    )


def iso_date(value: str) -> str | None:
    """``value`` when it is a valid ISO date ``YYYY-MM-DD``, else None."""
    if not _ISO_DATE.fullmatch(value):
        return None
    try:
        return datetime.date.fromisoformat(value).isoformat()
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def parse_date(text: str) -> str | None:
    """The first full date (day, month and year) in ``text``, as ``YYYY-MM-DD``.

    Only strings shaped like a date ("September 20, 2019", "Sept. 20, 2019",
    "20 September 2019", "2019-09-20", "9/20/2019") are passed to dateparser, so
    "TBD", "today" or a month alone give None.
    """
    match = _DATE_SHAPE.search(text)
    if match is None and text.isupper():
        # "SEPTEMBER 25, 2024" in a transcript's header: read as "September 25, 2024".
        text = text.title()
        match = _DATE_SHAPE.search(text)
    if match is None:
        return None
    found = iso_date(match.group(0))
    if found:
        return found
    parsed = _date_parser().get_date_data(match.group(0)).date_obj
    return parsed.date().isoformat() if parsed is not None else None


def _header(paragraphs: list[str]) -> list[str]:
    """The paragraphs before the body, followed by the first body paragraph."""
    for index, paragraph in enumerate(paragraphs):
        if len(paragraph.split()) >= BODY_WORDS:
            return paragraphs[: index + 1]
    return paragraphs


def _title(head: str, header: list[str]) -> str | None:
    headings = [(len(m.group(1)), m.group(2)) for m in HEADING.finditer(head)]
    if headings:
        level_one = [text for level, text in headings if level == 1]
        return inline_text(level_one[0] if level_one else headings[0][1]) or None
    for paragraph in header:
        if len(paragraph.split()) >= BODY_WORDS or paragraph.endswith((".", "!", "?")):
            return None
        words = [w for w in paragraph.split() if sum(c.isalpha() for c in w) >= 2]
        if (
            len(paragraph) < _MAX_TITLE
            and len(words) >= _MIN_TITLE_WORDS
            and not paragraph.endswith((":", ";", ","))
            and " | " not in paragraph
            and not _BYLINE.match(paragraph)
            and not FIELD_LINE.match(paragraph)
            and publisher_name(paragraph) is None
            and not _BOILERPLATE.match(paragraph)
            and not _DATE_LINE.match(paragraph)
            and read_dateline(paragraph) is None
        ):
            return paragraph
    return None


def _field_date(plain: str) -> str | None:
    for field in _DATE_FIELDS:
        for match in field.finditer(plain):
            found = parse_date(match.group(1))
            if found:
                return found
    return None


def _tail_date(tail: str) -> str | None:
    """A date field line below the head; one pass finds the field lines first."""
    lines = [match.group(0) for match in FIELD_LINE.finditer(tail)]
    return _field_date("\n".join(lines)) if lines else None


def _header_date(header: list[str]) -> str | None:
    """A short line before the body that is a date ("June 14, 2022", "May 10, 2023 · ...")."""
    for paragraph in header[:-1]:
        line = paragraph.title() if paragraph.isupper() else paragraph  # "SEPTEMBER 25, 2024"
        if len(line) <= _DATE_LINE_CHARS and _DATE_LINE.match(line):
            return parse_date(line)
    return None


def publisher_name(line: str) -> str | None:
    """The publisher a line names, or None when it names none.

    A publisher is a department, an office, the White House, an embassy, a consulate or
    a mission, or USAID, alone on the line; of a press office's line, the organisation
    ("USAID Press Office" -> "USAID"; "Press Office, U.S. Agency for International
    Development" -> "U.S. Agency for International Development"). Capitals are
    title-cased ("THE WHITE HOUSE" -> "The White House"). A host name ("state.gov"), a
    headline or another brand gives None.

    Args:
        line: A line of a release's header, or the name a web page gives its site.
    """
    line = " ".join(line.split())
    match = _PUBLISHER.match(line) if len(line) <= _MAX_PUBLISHER else None
    if match is None:
        return None
    name = match.group("after") or match.group("before") or line
    return smart_title(name) if " " in name else name  # "USAID" stays an acronym


def _publisher(header: list[str]) -> str | None:
    for paragraph in header[:-1]:
        found = publisher_name(paragraph)
        if found:
            return found
    return None


def extract_metadata(text: str, *, plain: str | None = None) -> Metadata:
    """Read title, release date, publisher and dateline from a release's text.

    The header is what comes before the first body paragraph (one of 25 words or
    more) in the first few thousand characters.

    * Release date, from the first of: a "Release Date:", "Date:", "For Immediate
      Release <date>" or "Published:" line in the head; the date of the dateline
      ("WASHINGTON, Sept. 20, 2019 --", "SAN SALVADOR, El Salvador (September 20,
      2019) —", "KYIV, 12 March 2023. The U.S. Embassy ..."); a header line that is a
      date ("June 14, 2022"); a "Date:" (or other field) line further down. Only full
      dates count (see :func:`parse_date`).
    * Dateline: the place in capitals opening a paragraph of the header or the first
      body paragraph, before a dash or a date ("WASHINGTON -- Today ..." ->
      "Washington"; "SAN JOSÉ, Costa Rica —" -> "San José"; "WEWAK, East Sepik
      Province, Papua New Guinea, 24 April 2024 —" -> "Wewak"; see
      :func:`pipeline.datelines.read_dateline`); else a remarks' place line under the
      byline, as written ("Brussels, Belgium").
    * Publisher: a header line naming a department, an office, the White House, an
      embassy or USAID, or their press office (see :func:`publisher_name`).
    * Title: the first Markdown heading, else the first header line of at least three
      words and under 200 characters that does not end like a sentence and is not a
      byline, field, publisher, date or breadcrumb ("News | Press Releases") line.

    Args:
        text: A release text, raw or cleaned, with or without Markdown.
        plain: ``strip_markdown(normalize_text(text))`` when the caller has it already;
            it saves a pass over the text.

    Returns:
        What was found; None for each field that was not.
    """
    head = normalize_text(text[:HEAD_CHARS])
    if plain is None:
        plain = strip_markdown(normalize_text(text))
    cut = plain.find("\n", HEAD_CHARS)
    cut = len(plain) if cut == -1 else cut
    header = _header(join_paragraphs(plain[:cut]).split("\n\n"))
    dateline = next((found for found in map(read_dateline, header) if found is not None), None)
    dateline_date = parse_date(dateline.date) if dateline and dateline.date else None
    return Metadata(
        title=_title(head, header),
        date=(
            _field_date(plain[:cut])
            or dateline_date
            or _header_date(header)
            or _tail_date(plain[cut:])
        ),
        source=_publisher(header),
        dateline=dateline.place if dateline else place_line(header),
    )
