"""Read the dateline that opens a release: its place, and the text of its date.

Pure functions over strings, no I/O. :func:`read_dateline` reads the place and the date
of a dateline opening a paragraph ("WASHINGTON, Sept. 20, 2019 --", "WEWAK, East Sepik
Province, Papua New Guinea, 24 April 2024 —", "KYIV, 12 March 2023. The U.S. Embassy
..."); :func:`dateline_length` says where the sentence's own words begin after it;
:func:`place_line` reads a remarks' place line under the byline ("Brussels, Belgium");
:func:`smart_title` title-cases a place written in capitals. :mod:`pipeline.metadata`
reads a release's dateline and its date with them.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .calendar_names import FULL_DATE_PATTERN

__all__ = ["Dateline", "dateline_length", "place_line", "read_dateline", "smart_title"]

_DATE = FULL_DATE_PATTERN
#: A word of any script; the place of a dateline is checked to be in capitals afterwards,
#: since regular expressions have no class for "uppercase letter" beyond ASCII.
_WORD = r"[^\W\d_][\w'’.\-]*"
#: A part of a place after its comma: "El Salvador", "Democratic Republic of the Congo".
_PART = rf"{_WORD}(?: +{_WORD}){{0,5}}"
_DASH = r"(?: *(?:--|—|–) *| +- +)"
_DATELINE = re.compile(
    rf"^(?P<place>{_WORD}(?: +{_WORD}){{0,4}})"
    # The place's region, of up to three parts ("East Sepik Province, Papua New Guinea").
    rf"(?:, *(?P<region>{_PART}(?:, *{_PART}){{0,2}}))?"
    rf"(?:(?:,? *(?P<date>{_DATE})| *\((?P<paren>[^)\n]{{2,40}})\))?"
    rf"{_DASH}"
    # The date after the dash: "LILONGWE, Malawi – June 4, 2024 –", "WASHINGTON, D.C. —
    # (June 4, 2024)"; the dateline may stand alone on its line.
    rf"(?:(?P<after>{_DATE}){_DASH}|\((?P<after_paren>[^)\n]{{2,40}})\)(?:{_DASH}| *))?"
    r"(?=\S|$)"
    # No dash after a date: "KYIV, 12 March 2023. The U.S. Embassy ...", "KYIV, 12 March
    # 2023 The U.S. Embassy ..." (a line joined to the next), or the dateline alone.
    rf"|, *(?P<bare>{_DATE})[.:]?(?:\s+|$))"
)
_NOT_PLACES = frozenset(
    {"NOTE", "UPDATE", "UPDATED", "CORRECTION", "BACKGROUND", "EDITOR'S NOTE", "BREAKING"}
)
#: A dateline without a dash is a place of at most this many words ("DAR ES SALAAM").
_BARE_PLACE_WORDS = 3
#: Words of a line in capitals before a date that name no place: a kind of release, its
#: publisher, a day, a headline's "AND" ("PRESS RELEASE, 12 March 2023", "MONDAY, June 3,
#: 2024", "U.S. AND UKRAINE SIGN MEMORANDUM, 12 March 2023").
_NOT_BARE_PLACE = re.compile(
    r"\b(?:RELEASES?|NOTE|NEWS|STATEMENT|REMARKS|READOUT|TRANSCRIPT|ADVISORY|PRESS|MEDIA"
    r"|SHEET|PUBLISHED|POSTED|DATE|EMBASSY|CONSULATE|OFFICE|DEPARTMENT|AGENCY|USAID|TODAY"
    r"|(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY|AND)\b",
    re.I,
)
_SMALL_WORDS = frozenset(
    {"of", "the", "and", "for", "in", "to", "on", "at", "de", "du", "la", "le", "es", "au"}
)


class Dateline(NamedTuple):
    """The dateline opening a paragraph.

    Attributes:
        place: Its place, the first of its comma-separated parts, title-cased ("Wewak").
        date: Its date as written ("24 April 2024", "AP" in "WASHINGTON (AP) --"), or None.
    """

    place: str
    date: str | None


def smart_title(text: str) -> str:
    """Title-case an all-caps name ("SAN SALVADOR" -> "San Salvador").

    Small words after the first stay lowercase ("PORT-AU-PRINCE" -> "Port-au-Prince"),
    dotted abbreviations stay as written ("U.S.") and "MC" prefixes keep their capital
    ("MCALLEN" -> "McAllen"). Text with lowercase letters is returned unchanged.
    """
    if any(c.islower() for c in text):
        return text

    def word(part: str, first: bool) -> str:
        if "." in part.rstrip("."):
            return part
        lower = part.lower()
        if not first and lower in _SMALL_WORDS:
            return lower
        if lower.startswith("mc") and len(lower) > 3:
            return "Mc" + lower[2:].capitalize()
        return lower.capitalize()

    words = []
    for index, token in enumerate(text.split(" ")):
        parts = token.split("-")
        words.append("-".join(word(p, index == 0 and n == 0) for n, p in enumerate(parts)))
    return " ".join(words)


def _is_place(match: re.Match[str], paragraph: str) -> bool:
    """Whether a dateline's match names a place, not a word of a sentence or a header."""
    place = match.group("place").strip()
    region = match.group("region")
    after = match.group("after") or match.group("after_paren")
    # A place in capitals; or as written, before its region and a date after the dash
    # ("Washington, DC — June 4, 2024 —").
    written = bool(after and region) and place[:1].isupper()
    if not (place.isupper() or written) or place in _NOT_PLACES or len(place) < 2:
        return False
    # A region's further parts are names ("East Sepik Province, Papua New Guinea"), not a
    # sentence's list ("USAID, the State Department, and Treasury —").
    if region and not all(part.strip()[:1].isupper() for part in region.split(",")[1:]):
        return False
    if match.group("bare") is None:
        return True
    # Without a dash, the date is followed by a sentence's first word, or nothing.
    return (
        len(place.split()) <= _BARE_PLACE_WORDS
        and not _NOT_BARE_PLACE.search(place)
        and not paragraph[match.end() : match.end() + 1].islower()
    )


def read_dateline(paragraph: str) -> Dateline | None:
    """The dateline opening ``paragraph``, or None when it opens with none.

    A dateline is a place in capitals, its region (up to three comma-separated parts, as
    written) and a date, before a dash ("WASHINGTON, Sept. 20, 2019 --", "SAN SALVADOR,
    El Salvador (September 20, 2019) —", "LILONGWE, Malawi – June 4, 2024 –") or, when
    it has a full date after a comma, without one ("KYIV, 12 March 2023. The U.S.
    Embassy ...", or the line alone). A place as written ("Washington, DC — June 4, 2024
    —") needs its region and the date after the dash. Header words in capitals ("NOTE
    --", "BREAKING —", "PRESS RELEASE, 12 March 2023") are no places.

    Args:
        paragraph: A paragraph of a release's header, or its first body paragraph.
    """
    match = _DATELINE.match(paragraph)
    if match is None or not _is_place(match, paragraph):
        return None
    when = (
        match.group("date")
        or match.group("paren")
        or match.group("after")
        or match.group("after_paren")
        or match.group("bare")
    )
    return Dateline(smart_title(match.group("place").strip()), when)


def dateline_length(paragraph: str) -> int:
    """How many characters a dateline opening ``paragraph`` takes, its dash included; 0 if none.

    "WASHINGTON, June 4, 2024 — Today in Accra, ...": the sentence's own words begin after it.
    """
    match = _DATELINE.match(paragraph)
    return match.end() if match is not None and _is_place(match, paragraph) else 0


_PLACE_LINE = re.compile(r"^[A-Z][\w.'’ -]{1,30}, (?:D\.C\.|DC|[A-Z][\w.'’ -]{1,30})$")
_NOT_PLACE_WORDS = re.compile(
    r"\b(?:Secretary|Spokesperson|Minister|Ambassador|Deputy|President|Office|Department|"
    r"Bureau|Press|Media|Statement|Remarks|Senior|Official|Director|Administrator|Advisor)\b",
    re.I,  # "ANTONY J. BLINKEN, SECRETARY OF STATE" is no place line either
)


def place_line(header: list[str]) -> str | None:
    """A remarks' place line under the byline ("Brussels, Belgium", "Washington, D.C.").

    Args:
        header: The paragraphs of a release's header; the first four are looked at.
    """
    for paragraph in header[:4]:
        line = paragraph.strip()
        if (
            len(line) <= 45
            and _PLACE_LINE.match(line)
            and not _NOT_PLACE_WORDS.search(line)
            and not any(ch.isdigit() for ch in line)
        ):
            return line
    return None
