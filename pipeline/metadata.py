"""Clean release text and read its metadata (title, release date, publisher, dateline).

Pure functions over strings, no I/O. The clean-up is regex-based so that reading never
becomes the bottleneck of a run:

* :func:`normalize_text` removes invisible characters (U+2060, U+200B-U+200F, U+FEFF,
  the soft hyphen), turns non-breaking spaces into spaces, normalises line endings and
  applies NFC.
* :func:`strip_markdown` removes the Markdown syntax that would pollute sentences
  (heading marks, emphasis, links, images, bullets, rules, link-only junk lines) but
  keeps the words. It is harmless on plain text, so ``.txt`` files get it too.
* :func:`join_paragraphs` makes one line of each paragraph: paragraphs are separated by
  a blank line, single newlines inside a paragraph (hard-wrapped text) become spaces
  (except between the short lines of a header block), and a paragraph break in the
  middle of a sentence is repaired.

:func:`extract_metadata` reads the title, the release date, the publisher and the
dateline place from a text, raw or cleaned.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

#: Characters that carry no text: word joiner, zero-width space/non-joiner/joiner,
#: BOM, soft hyphen, and the left-to-right/right-to-left marks.
_INVISIBLE = re.compile("[\u2060\u200b-\u200f\ufeff\u00ad]")
#: Non-breaking, figure and narrow spaces and tabs become ordinary spaces.
_ODD_SPACE = re.compile("[\u00a0\u2007\u202f\t]")
_ODD_BREAK = re.compile(r"[\r\u2028\u2029\x0b\x0c\x85]")
_MULTI_SPACE = re.compile(r"  +")

# Markdown. Each substitution is guarded by a cheap test for its marker, because most
# press releases are plain text and every pass over a text costs time.
_HEADING = re.compile(r"^ {0,3}(#{1,6}) +([^\n]*?\w[^\n]*?)(?: +#+)? *$", re.M)
_QUOTE = re.compile(r"^ {0,3}>+ ?", re.M)
#: A list item: it starts a paragraph of its own, without its marker.
_ITEM = re.compile(r"\n?^ {0,3}(?:[-*+•‣◦▪]|\d{1,2}[.)]) +", re.M)
_ITEM_STARTS = frozenset("-*+•‣◦▪0123456789 ")
_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)\)?")
_LINK = re.compile(r" *\[([^\]\n]*)\]\(([^)\n]*)\)(\))?")
_AUTOLINK = re.compile(r"<(?:https?://|mailto:|www\.)[^>\s]*>")
_URLISH = re.compile(r"^\W*(?:https?:|www\.|/|url=|#|mailto:)|%2[fF]|^\W*$")
#: Emphasis marks; an escaped mark ("\\*") is a literal character and stays.
_STARS = re.compile(r"(?<!\\)\*{1,3}(?=[^\s*])|(?<=[^\s*\\])\*{1,3}")
_UNDERSCORES = re.compile(r"(?<![\w\\])_{1,2}(?=\w)|(?<=\w)_{1,2}(?!\w)")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])")
#: Lines with no word left (rules, "###", ")." after a dropped link), code fences and
#: bare URLs.
_JUNK_LINE = re.compile(r"^(?:[^\w\n]+|[_ ]*_[_ ]*|```.*| *<?(?:https?://|www\.)\S*>? *)$", re.M)
#: "here.." left where a dropped link sat between a sentence and its period.
_DOUBLE_STOP = re.compile(r"(?<![.])([.!?])\.(?![.])")
#: Lines that stay a paragraph of their own even when hard-wrapped text is joined.
_FIELD_LINE = re.compile(
    r"^ *(?:(?:release|publication) +date *:|date *:|published(?: +(?:on|date))? *:"
    r"|for +immediate +release\b).*$",
    re.M | re.I,
)

# Paragraphs
#: In the header, a block whose lines are all shorter than this is a list of lines.
_SHORT_LINE = 50
_CONNECTED = re.compile(r"(?:\b(?:of|the|and|for|in|on|to|at|by|with|a|an|from|or)|[,&\-–—])$")
_PARAGRAPH_BREAK = re.compile(r"\n *\n\s*")
_INNER_SPACE = re.compile(r"\s+")

# Metadata
_HEAD_CHARS = 5000
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
#: Shapes of a full date; only these reach dateparser, which keeps garbage out.
_DATE = (
    rf"(?:{_MONTH} +\d{{1,2}}(?:st|nd|rd|th)?,? +\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)? +{_MONTH},? +\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4})"
)
_DATE_SHAPE = re.compile(_DATE)
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? +)"
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
#: A word of any script; the place of a dateline is checked to be in capitals afterwards,
#: since regular expressions have no class for "uppercase letter" beyond ASCII.
_WORD = r"[^\W\d_][\w'’.\-]*"
_DATELINE = re.compile(
    rf"^(?P<place>{_WORD}(?: +{_WORD}){{0,4}})"
    rf"(?:, *(?P<region>{_WORD}(?: +{_WORD}){{0,3}}))?"
    rf"(?:,? *(?P<date>{_DATE})| *\((?P<paren>[^)\n]{{2,40}})\))?"
    r"(?: *(?:--|—|–) *| +- +)(?=\S)"
)
_NOT_PLACES = frozenset({"NOTE", "UPDATE", "UPDATED", "CORRECTION", "BACKGROUND", "EDITOR'S NOTE"})
_PUBLISHER = re.compile(
    r"^(?:(?:the +)?(?:U\.S\. +|United +States +)?Department +of +(?:the +)?[A-Z][\w'’&,. -]*"
    r"|Office +of +(?:the +)?[A-Z][\w'’&,. -]*"
    r"|the +white +house"
    r"|U\.S\. +(?:Embassy|Consulate(?: +General)?|Mission) +(?:in|to) +[A-Z][\w'’&,. -]*"
    r"|(?:U\.S\.|United +States) +Agency +for +International +Development)$",
    re.I,
)
_BOILERPLATE = re.compile(r"^(?:an? +)?official +website +of\b|^skip +to\b", re.I)
#: "Antony J. Blinken, Secretary of State": a byline, not a title.
_BYLINE = re.compile(
    r"^[A-Z][\w.'’ -]+, (?:[A-Z][\w.'’-]* )*(?:Secretary|Spokesperson|Ambassador|Administrator"
    r"|Director|Coordinator|Envoy|Representative|Counselor|Advisor|Adviser)\b"
)
_SMALL_WORDS = frozenset(
    {"of", "the", "and", "for", "in", "to", "on", "at", "de", "du", "la", "le", "es", "au"}
)
_MAX_TITLE = 200
#: Longer lines that start like a publisher are headlines ("U.S. Department of X and Y Sign").
_MAX_PUBLISHER = 70
#: Shorter lines near the top are places, rooms and times ("Berlin, Germany"), not titles.
_MIN_TITLE_WORDS = 3
#: A paragraph this long is body text: the title and dateline are sought before it.
_BODY_WORDS = 25


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


def normalize_text(text: str) -> str:
    """Remove invisible characters, unify spaces and line endings, and apply NFC.

    Trailing spaces are stripped from every line; nothing else changes, so Markdown
    syntax is still there for :func:`extract_metadata`.
    """
    text = _ODD_SPACE.sub(" ", _INVISIBLE.sub("", text))
    if "\r" in text:
        text = text.replace("\r\n", "\n")
    text = _ODD_BREAK.sub("\n", text)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if " \n" in text or text.endswith(" "):
        # Faster than a multiline regex, which tries the line end at every space.
        text = "\n".join(line.rstrip(" ") for line in text.split("\n"))
    return text


def _link_text(match: re.Match[str]) -> str:
    text = _ESCAPE.sub(r"\1", match.group(1)).strip()
    if _URLISH.search(text):
        # "[\(/redirect?url=...](#))": the closing bracket after the link belongs to it.
        return ""
    return " " + text + (match.group(3) or "")


def strip_markdown(text: str) -> str:
    """Remove Markdown syntax but keep the words.

    Headings lose their ``#`` marks and become paragraphs of their own; ``**bold**``
    and ``_italic_`` marks go; ``[text](link)`` becomes ``text``; images, autolinks,
    links whose text is itself a URL, rules, code fences, bare-URL lines and lines
    left with no word are dropped; quote marks at line starts go. Field lines near
    the top ("Release Date: ...") become paragraphs of their own. List markers are
    left for :func:`join_paragraphs`, which needs them to keep items apart.

    Args:
        text: Text from :func:`normalize_text`.

    Returns:
        The text without Markdown syntax; paragraphs are not joined yet.
    """
    if "#" in text:
        text = _HEADING.sub(lambda m: "\n\n" + m.group(2) + "\n\n", text)
    if "](" in text:
        text = _DOUBLE_STOP.sub(r"\1", _LINK.sub(_link_text, _IMAGE.sub("", text)))
    if "<" in text:
        text = _AUTOLINK.sub("", text)
    if "*" in text:
        text = _STARS.sub("", text)
    if "_" in text:
        text = _UNDERSCORES.sub("", text)
    if "\\" in text:
        text = _ESCAPE.sub(r"\1", text)
    if ">" in text:
        text = _QUOTE.sub("", text)
    # Field lines only matter in the head; sparing the rest saves a pass.
    cut = text.find("\n", _HEAD_CHARS)
    if cut == -1:
        cut = len(text)
    head = _FIELD_LINE.sub(lambda m: "\n" + m.group(0) + "\n", text[:cut])
    return _JUNK_LINE.sub("", head + text[cut:])


def _header_lines(piece: str) -> list[str]:
    """Split a header block of short lines ("Media Note", "Office of the Spokesperson").

    A line is joined to the next only when it ends in a connecting word or mark
    ("U.S. Department of" + "Homeland Security") or the next starts in lowercase.
    """
    lines = piece.split("\n")
    if len(lines) < 2 or max(map(len, lines)) >= _SHORT_LINE:
        return [piece]
    merged = [lines[0]]
    for line in lines[1:]:
        if _CONNECTED.search(merged[-1]) or line.lstrip()[:1].islower():
            merged[-1] += " " + line
        else:
            merged.append(line)
    return merged


def join_paragraphs(text: str) -> str:
    """One line per paragraph, paragraphs separated by one blank line.

    Single newlines inside a paragraph become spaces (hard-wrapped text) and runs of
    spaces shrink to one, except in the header: before the first paragraph of 25
    words or more, a block whose lines are all short (under 50 characters) is a list
    of lines ("Media Note", "Office of the Spokesperson", "June 14, 2022"), and each
    line becomes a paragraph. A list item ("- ", "* ", "• ", "1. ") becomes a paragraph
    of its own without its marker. A paragraph break that cuts a sentence (the
    paragraph ends in a lowercase letter or a comma and the next starts with a
    lowercase letter) is removed; list items are never joined that way.
    """
    paragraphs: list[str] = []
    in_header = True
    for block in _PARAGRAPH_BREAK.split(text):
        pieces = _ITEM.split(block) if "\n" in block or block[:1] in _ITEM_STARTS else [block]
        for number, piece in enumerate(pieces):
            lines = _header_lines(piece) if in_header and "\n" in piece else [piece]
            for line_number, line in enumerate(lines):
                paragraph = line.replace("\n", " ").strip()
                if not paragraph:
                    continue
                if (
                    number == 0
                    and line_number == 0
                    and paragraphs
                    and paragraph[0].islower()
                    and (paragraphs[-1][-1].islower() or paragraphs[-1][-1] in ",;")
                ):
                    paragraphs[-1] += " " + paragraph
                else:
                    paragraphs.append(paragraph)
                if in_header and paragraph.count(" ") + 1 >= _BODY_WORDS:
                    in_header = False
    joined = "\n\n".join(paragraphs)
    return _MULTI_SPACE.sub(" ", joined) if "  " in joined else joined


def clean_text(text: str) -> str:
    """Normalise, strip Markdown and join paragraphs: the text the pipeline reads."""
    return join_paragraphs(strip_markdown(normalize_text(text)))


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
    if match is None:
        return None
    found = iso_date(match.group(0))
    if found:
        return found
    parsed = _date_parser().get_date_data(match.group(0)).date_obj
    return parsed.date().isoformat() if parsed is not None else None


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


def _header(paragraphs: list[str]) -> list[str]:
    """The paragraphs before the body, followed by the first body paragraph."""
    for index, paragraph in enumerate(paragraphs):
        if len(paragraph.split()) >= _BODY_WORDS:
            return paragraphs[: index + 1]
    return paragraphs


def _title(head: str, header: list[str]) -> str | None:
    headings = [(len(m.group(1)), m.group(2)) for m in _HEADING.finditer(head)]
    if headings:
        level_one = [text for level, text in headings if level == 1]
        return _inline(level_one[0] if level_one else headings[0][1]) or None
    for paragraph in header:
        if len(paragraph.split()) >= _BODY_WORDS or paragraph.endswith((".", "!", "?")):
            return None
        words = [w for w in paragraph.split() if sum(c.isalpha() for c in w) >= 2]
        if (
            len(paragraph) < _MAX_TITLE
            and len(words) >= _MIN_TITLE_WORDS
            and not paragraph.endswith((":", ";", ","))
            and " | " not in paragraph
            and not _BYLINE.match(paragraph)
            and not _FIELD_LINE.match(paragraph)
            and not _is_publisher(paragraph)
            and not _BOILERPLATE.match(paragraph)
            and not _DATE_LINE.match(paragraph)
            and _dateline(paragraph) is None
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
    lines = [match.group(0) for match in _FIELD_LINE.finditer(tail)]
    return _field_date("\n".join(lines)) if lines else None


def _dateline(paragraph: str) -> tuple[str, str | None] | None:
    """The place and date of a dateline opening ``paragraph``, or None."""
    match = _DATELINE.match(paragraph)
    if match is None:
        return None
    place = match.group("place").strip()
    if not place.isupper() or place in _NOT_PLACES or len(place) < 2:
        return None
    when = match.group("date") or match.group("paren")
    return smart_title(place), parse_date(when) if when else None


_PLACE_LINE = re.compile(r"^[A-Z][\w.'’ -]{1,30}, (?:D\.C\.|DC|[A-Z][\w.'’ -]{1,30})$")
_NOT_PLACE_WORDS = re.compile(
    r"\b(?:Secretary|Spokesperson|Minister|Ambassador|Deputy|President|Office|Department|"
    r"Bureau|Press|Media|Statement|Remarks|Senior|Official|Director|Administrator|Advisor)\b")


def _place_line(header: list[str]) -> str | None:
    """A remarks' place line under the byline ("Brussels, Belgium", "Washington, D.C.")."""
    for paragraph in header[:4]:
        line = paragraph.strip()
        if (len(line) <= 45 and _PLACE_LINE.match(line) and not _NOT_PLACE_WORDS.search(line)
                and not any(ch.isdigit() for ch in line)):
            return line
    return None


def _header_date(header: list[str]) -> str | None:
    """A short line before the body that is a date ("June 14, 2022", "May 10, 2023 · ...")."""
    for paragraph in header[:-1]:
        if len(paragraph) <= _DATE_LINE_CHARS and _DATE_LINE.match(paragraph):
            return parse_date(paragraph)
    return None


def _is_publisher(paragraph: str) -> bool:
    return len(paragraph) <= _MAX_PUBLISHER and _PUBLISHER.match(paragraph) is not None


def _publisher(header: list[str]) -> str | None:
    for paragraph in header[:-1]:
        if _is_publisher(paragraph):
            return smart_title(paragraph)
    return None


def _inline(text: str) -> str:
    """One line without Markdown emphasis, links or escapes."""
    text = _LINK.sub(_link_text, text)
    text = _UNDERSCORES.sub("", _STARS.sub("", text))
    return _INNER_SPACE.sub(" ", _ESCAPE.sub(r"\1", text)).strip()


def extract_metadata(text: str, *, plain: str | None = None) -> Metadata:
    """Read title, release date, publisher and dateline from a release's text.

    The header is what comes before the first body paragraph (one of 25 words or
    more) in the first few thousand characters.

    * Release date, from the first of: a "Release Date:", "Date:", "For Immediate
      Release <date>" or "Published:" line in the head; the date of the dateline
      ("WASHINGTON, Sept. 20, 2019 --", "SAN SALVADOR, El Salvador (September 20,
      2019) —"); a header line that is a date ("June 14, 2022"); a "Date:" (or other
      field) line further down. Only full dates count (see :func:`parse_date`).
    * Dateline: the place in capitals opening a paragraph of the header or the first
      body paragraph, before a dash or a date ("WASHINGTON -- Today ..." ->
      "Washington"; "SAN JOSÉ, Costa Rica —" -> "San José"); else a remarks' place line
      under the byline, as written ("Brussels, Belgium").
    * Publisher: a header line naming a department, an office, the White House, an
      embassy or USAID.
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
    head = normalize_text(text[:_HEAD_CHARS])
    if plain is None:
        plain = strip_markdown(normalize_text(text))
    cut = plain.find("\n", _HEAD_CHARS)
    cut = len(plain) if cut == -1 else cut
    header = _header(join_paragraphs(plain[:cut]).split("\n\n"))
    datelines = (found for found in map(_dateline, header) if found is not None)
    place, dateline_date = next(datelines, (None, None))
    return Metadata(
        title=_title(head, header),
        date=(
            _field_date(plain[:cut])
            or dateline_date
            or _header_date(header)
            or _tail_date(plain[cut:])
        ),
        source=_publisher(header),
        dateline=place or _place_line(header),
    )
