"""Clean the text of a release: invisible characters, Markdown syntax, hard-wrapped lines.

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

:func:`clean_text` does all three; :mod:`pipeline.metadata` reads the title, date,
publisher and dateline of the same text.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import groupby

from .calendar_names import MONTH_PATTERN, WEEKDAY_PATTERN

#: Characters of the head of a release where title, date and field lines are sought.
HEAD_CHARS = 5000
#: A paragraph with at least this many words is body text: the header ends before it.
BODY_WORDS = 25

#: Characters that carry no text: word joiner, zero-width space/non-joiner/joiner,
#: BOM, soft hyphen, and the left-to-right/right-to-left marks.
_INVISIBLE = re.compile("[\u2060\u200b-\u200f\ufeff\u00ad]")
#: Non-breaking, figure and narrow spaces and tabs become ordinary spaces.
_ODD_SPACE = re.compile("[\u00a0\u2007\u202f\t]")
_ODD_BREAK = re.compile(r"[\r\u2028\u2029\x0b\x0c\x85]")
_MULTI_SPACE = re.compile(r"  +")

# Markdown. Each substitution is guarded by a cheap test for its marker, because most
# press releases are plain text and every pass over a text costs time.
HEADING = re.compile(r"^ {0,3}(#{1,6}) +([^\n]*?\w[^\n]*?)(?: +#+)? *$", re.M)
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
FIELD_LINE = re.compile(
    r"^ *(?:(?:release|publication) +date *:|date *:|published(?: +(?:on|date))? *:"
    r"|for +immediate +release\b).*$",
    re.M | re.I,
)

# Paragraphs
#: In the header, a block whose lines are all shorter than this is a list of lines.
_SHORT_LINE = 50
#: A header line that is a date alone ("September 21, 2023", "Nov. 16, 2023"): it keeps a
#: block of header lines apart even when another line is long ("U.S. International
#: Development Finance Corporation").
_DATE_LINE = re.compile(
    rf"^ *{WEEKDAY_PATTERN}?"
    rf"(?:{MONTH_PATTERN} +\d{{1,2}}, *\d{{4}}|\d{{1,2}} +{MONTH_PATTERN} +\d{{4}}) *$"
)
_CONNECTED = re.compile(r"(?:\b(?:of|the|and|for|in|on|to|at|by|with|a|an|from|or)|[,&\-–—])$")
_PARAGRAPH_BREAK = re.compile(r"\n *\n\s*")
_INNER_SPACE = re.compile(r"\s+")


def without_diacritics(text: str) -> str:
    """The text with its letters' diacritics removed ("Lomé" -> "Lome", "Côte" -> "Cote")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


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
        text = HEADING.sub(lambda m: "\n\n" + m.group(2) + "\n\n", text)
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
    cut = text.find("\n", HEAD_CHARS)
    if cut == -1:
        cut = len(text)
    head = FIELD_LINE.sub(lambda m: "\n" + m.group(0) + "\n", text[:cut])
    return _JUNK_LINE.sub("", head + text[cut:])


def _header_lines(piece: str) -> list[str]:
    """Split a header block of short lines ("Media Note", "Office of the Spokesperson").

    A line is joined to the next only when it ends in a connecting word or mark
    ("U.S. Department of" + "Homeland Security") or the next starts in lowercase.
    """
    lines = piece.split("\n")
    if len(lines) < 2:
        return [piece]
    if max(map(len, lines)) >= _SHORT_LINE:
        # Wrapped lines stay one paragraph; a date line among them stands apart
        # ("U.S. International Development Finance Corporation" above "September 21, 2023").
        kept: list[str] = []
        for dated, run in groupby(lines, key=lambda line: bool(_DATE_LINE.match(line))):
            group = list(run)
            kept += group if dated else ["\n".join(group)]
        return kept
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
                if in_header and paragraph.count(" ") + 1 >= BODY_WORDS:
                    in_header = False
    joined = "\n\n".join(paragraphs)
    return _MULTI_SPACE.sub(" ", joined) if "  " in joined else joined


def clean_text(text: str) -> str:
    """Normalise, strip Markdown and join paragraphs: the text the pipeline reads."""
    return join_paragraphs(strip_markdown(normalize_text(text)))


def inline_text(text: str) -> str:
    """One line without Markdown emphasis, links or escapes."""
    text = _LINK.sub(_link_text, text)
    text = _UNDERSCORES.sub("", _STARS.sub("", text))
    return _INNER_SPACE.sub(" ", _ESCAPE.sub(r"\1", text)).strip()
