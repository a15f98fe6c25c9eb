"""What stands around a title in text: possessives, "of" phrases, lists and appositives.

Small anchored tests at given offsets, shared by the people finder: none searches a
whole text.
"""

from __future__ import annotations

import re

from .name_shapes import BLANK, LINE_BLANKS, SEP, previous_word

PLACE_PREPOSITIONS = frozenset(
    {
        "in",
        "In",
        "at",
        "At",
        "from",
        "From",
        "near",
        "across",
        "throughout",
        "into",
        "within",
        "outside",
        "inside",
    }
)
_UP = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f"
_CHAIN_RE = re.compile(r",[^\S\r\n]+|[^\S\r\n]+and[^\S\r\n]+")
#: Military ranks, spelt out or abbreviated, that may follow an office's title.
RANKS = (
    "Lt.",
    "Maj.",
    "Brig.",
    "Gen.",
    "Col.",
    "Capt.",
    "Adm.",
    "Rear Adm.",
    "Vice Adm.",
    "Cmdr.",
    "General",
    "Lieutenant",
    "Major",
    "Brigadier",
    "Colonel",
    "Captain",
    "Admiral",
    "Rear Admiral",
    "Vice Admiral",
    "Air Marshal",
    "Air Vice Marshal",
    "Air Chief Marshal",
    "Field Marshal",
    "Commodore",
)
_RANK = "(?:" + "|".join(re.escape(rank) for rank in RANKS) + ")" + BLANK
_RANK_JOINT_RE = re.compile(f"{BLANK}(?={_RANK})")
_RANK_RE = re.compile(_RANK)


def rank_at(text: str, position: int) -> bool:
    """Whether a military rank ("Maj. Gen.", "Admiral") starts at ``position``."""
    return _RANK_RE.match(text, position) is not None


_LIST_JOINT_RE = re.compile(
    rf"(?:{BLANK}*\([^()\n]{{1,20}}\))?(?:,?{SEP}and{SEP}|,{SEP}|{SEP}as well as{SEP})"
)
# What may stand between the comma after a name and a title: "the former Russian".
_APPOSITIVE_RE = re.compile(
    rf"{SEP}(?:the{SEP})?(?:(?:current|former|then|outgoing|incoming){SEP})?"
    rf"(?:[A-Z][\w.’'&-]*{SEP}){{0,3}}"
)
_LIST_FOLLOWS_RE = re.compile(
    rf",{SEP}(?:and{SEP})?[{_UP}][^\W\d_]*{SEP}[{_UP}]|,{SEP}and{SEP}[{_UP}]"
)
#: "of (the)" or "on behalf of (the)" after a name, before its country.
_OF_RE = re.compile(
    r"(?:[^\S\r\n]+|,[^\S\r\n]*)(?:on[^\S\r\n]+behalf[^\S\r\n]+)?of[^\S\r\n]+(?:the[^\S\r\n]+)?"
)
_COMMA_BLANK_RE = re.compile(r",?[^\S\r\n]+")


#: A body's acronym in brackets right before a title.
_ACRONYM_BEFORE = re.compile(r"\([A-Z][A-Za-z&]*[A-Z]s?\)\Z")


def prefix_end(text: str, start: int) -> int:
    """Where a country or agency before a title would end ("El Salvador's Minister")."""
    end = start
    while end and text[end - 1] in LINE_BLANKS:
        end -= 1
    if end and text[end - 1] == ")" and _ACRONYM_BEFORE.search(text, max(0, end - 12), end):
        return end - 1  # "U.S. Customs and Border Protection (CBP) Commissioner": the acronym
    if text[end - 2 : end] in ("’s", "'s"):
        return end - 2
    # "Barbados' Minister of Health": a name ending in "s" takes the apostrophe alone.
    return end - 1 if end >= 2 and text[end - 1] in "'’" and text[end - 2] == "s" else end


def office_before(text: str, start: int) -> bool:
    """Whether a title is part of an office's name ("Office of the Spokesperson")."""
    return text.endswith(("Office of the ", "Office of "), max(0, start - 14), start)


def of_before(text: str, start: int) -> bool:
    """Whether "of" or "of the" leads to ``start`` ("Department of Justice")."""
    return text.endswith(("of ", "of the "), max(0, start - 7), start)


def _one_space_then(text: str, position: int, unless: str = "") -> bool:
    """Whether one space and then no blank follow ``position``, nor ``unless`` after it.

    Most titles and names are followed so ("Minister Berg"): the callers answer that case
    without their anchored expression, and leave every other spacing to it.
    """
    return (
        text[position : position + 1] == " "
        and not text[position + 1 : position + 2].isspace()
        and not (unless and text.startswith(unless, position + 1))
    )


def chain_at(text: str, position: int) -> re.Match[str] | None:
    """The ", " or " and " that may join two titles of one person, or the space before a rank.

    "Chairman of the Joint Chiefs of Staff Maj. Gen. Yousef Huneiti": an office, then the
    holder's military rank, then the name.
    """
    if _one_space_then(text, position, unless="and"):
        return _RANK_JOINT_RE.match(text, position)
    return _CHAIN_RE.match(text, position)


def list_joint_at(text: str, position: int) -> re.Match[str] | None:
    """The ", ", " and " or "(KY-01) and " between names of a list."""
    return _LIST_JOINT_RE.match(text, position)


def of_country_start(text: str, end: int) -> int | None:
    """Start of the country in "of (the) <country>" right after a name.

    Also "on behalf of (the) <country>" ("Ambassador Maria Ortega on behalf of the
    Government of Guatemala"), after a comma too.
    """
    if _one_space_then(text, end, unless="o"):  # "of", "on behalf of"
        return None
    match = _OF_RE.match(text, end)
    return match.end() if match else None


def skip_comma(text: str, position: int) -> tuple[int, bool]:
    """Skip ", " or blanks after a title; and whether there was a comma."""
    if _one_space_then(text, position):
        return position + 1, False
    blank = _COMMA_BLANK_RE.match(text, position)
    if not blank:
        return position, False
    return blank.end(), "," in blank.group(0)


def appositive_comma(text: str, title_start: int) -> int | None:
    """The comma of "<name>, (the former Russian) <title>", if there is one."""
    comma = text.rfind(",", max(0, title_start - 80), title_start)
    if comma < 0 or not _APPOSITIVE_RE.fullmatch(text, comma + 1, title_start):
        return None
    return comma


def list_follows(text: str, end: int) -> bool:
    """Whether a list of names goes on after ``end`` ("The First Lady, A, and B")."""
    return bool(_LIST_FOLLOWS_RE.match(text, end))


def place_before(text: str, start: int) -> bool:
    """Whether a place preposition stands before ``start`` ("In New York, the Mayor")."""
    return previous_word(text, start)[1] in PLACE_PREPOSITIONS
