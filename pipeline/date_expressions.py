"""Date expressions in text, and their values against a release date.

:data:`DATE_PATTERN` finds the expressions (one compiled regular expression; its named
groups give the kind: ``full``, ``month_day``, ``relative``, ``weekday``, ...);
:func:`resolve` turns one into a value at its precision with dateparser, cached per
distinct string. :mod:`pipeline.components.dates` runs them over a Doc's sentences.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import NamedTuple

from dateparser.date import DateDataParser

from .calendar_names import MONTH_NAMES, WEEKDAY_NAMES

MONTHS = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
    r"Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
WEEKDAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_TENS = "|".join(w for w, n in NUMBER_WORDS.items() if n >= 20)
_UNITS = "|".join(w for w, n in NUMBER_WORDS.items() if 1 <= n <= 9 and w not in ("a", "an"))
#: A count in digits or words: "43", "three", "twenty-five", "Twenty five".
NUMBER_PATTERN = (
    rf"(?:\d{{1,3}}|(?i:(?:{_TENS})(?:[-\s](?:{_UNITS}))?|"
    + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
    + "))"
)
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:1[6-9]\d\d|20\d\d)"
_BARE_MONTH = "(?:" + "|".join(MONTH_NAMES) + ")"

#: Words a date shape may open with, besides the digits, month and weekday names and
#: number words: the first letters of all of them are the only characters a shape can
#: start at (:data:`DATE_PATTERN`'s guard).
OPENING_WORDS = (
    *("the", "end", "beginning", "middle", "start", "today", "yesterday", "tomorrow"),
    *("tonight", "last", "this", "earlier", "later", "next", "just", "few", "moments"),
    *("minutes", "in", "during", "late", "early", "mid", "since", "of"),
)


def _opening_characters() -> str:
    """A character class of every character a date shape can start with."""
    words = [*MONTH_NAMES, *WEEKDAY_NAMES, *NUMBER_WORDS, *OPENING_WORDS]
    letters = {case(word[0]) for word in words for case in (str.lower, str.upper)}
    return "[0-9" + "".join(sorted(letters)) + "]"


# Order matters: the longest shapes come first so that "March 2, 2022" is not "March 2".
# Every shape starts a word: the leading \b spares the engine trying each shape inside
# words, which halves the search; the guard after it skips, with one test of a character,
# the word ends and the words no shape starts with (half the time again).
DATE_SHAPES = rf"""
    (?P<full>
        (?:the\s+)?{_DAY}\s+day\s+of\s+(?:the\s+)?{MONTHS},?\s+{_YEAR}
      | (?:{WEEKDAYS},?\s+)?{MONTHS}\s+{_DAY}(?:[-–]{_DAY})?,?\s+{_YEAR}
      | (?:the\s+)?{_DAY}\s+(?:of\s+)?{MONTHS},?\s+{_YEAR}
      | {_YEAR}-[01]\d-[0-3]\d
      | [01]?\d/[0-3]?\d/{_YEAR}
    )
  | (?P<month_day>(?:{WEEKDAYS},?\s+)?{MONTHS}\s+{_DAY}\b(?:[-–]{_DAY}\b)?(?!,?\s*{_YEAR})
      | (?:the\s+)?{_DAY}\s+(?:of\s+)?{MONTHS}\b(?!,?\s*{_YEAR}))
  | (?:(?:the\s+)?(?:end|beginning|middle|start)\s+of\s+)?
      (?P<month_year>{MONTHS},?\s+(?:of\s+)?{_YEAR})
  | (?P<relative>
        \b(?:[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight|[Ll]ast\s+night|[Tt]his\s+(?:morning|afternoon|evening))\b
      | \b(?:[Ee]arlier|[Ll]ater)\s+(?:today|this\s+(?:week|month|year))\b
      | \b(?:[Ll]ast|[Tt]his|[Nn]ext)\s+(?:week|month|year)\b
      | \b(?:the\s+)?(?:end|beginning|middle|start)\s+of\s+(?:the|this)\s+(?:month|year)
        (?![-\w])(?!\s+(?:of\b|{_YEAR}))
      | \b[Yy]ear['’]s\s+end\b
      | \b{NUMBER_PATTERN}\s+(?:days?|weeks?|months?|years?|decades?)\s+ago\b
      | \b(?:(?:[Jj]ust\s+)?(?:[Aa]\s+)?(?:[Ff]ew\s+)?(?:[Mm]oments?|[Mm]inutes)\s+ago
          |[Jj]ust\s+now)\b
    )
  | (?P<anaphoric>
        \b[Tt]he\s+(?:previous|following|next)\s+day\b
      | \b[Tt]he\s+day\s+(?:before|after)\b
        (?!\s+(?:the|a|an|his|her|their|its|yesterday)\b|\s+[\w-]+['’]s\b)
      | \b{NUMBER_PATTERN}\s+(?:days?|weeks?|months?|years?)\s+(?:earlier|later)\b
    )
  | (?P<month_last_year>\b{_BARE_MONTH}\s+of\s+last\s+year)\b
  | (?P<weekday_last_week>\b{WEEKDAYS}\s+of\s+last\s+week)\b
  | \b(?:[Ll]ast|[Tt]his\s+past)\s+(?P<last_weekday>{WEEKDAYS})\b
  | \b[Nn]ext\s+(?P<next_weekday>{WEEKDAYS})\b
  | (?P<weekday>\b{WEEKDAYS}\b)
  | \b[Ll]ast\s+(?P<last_month>{_BARE_MONTH})\b(?!\s*,?\s*(?:of\s+)?{_YEAR})(?!\s+{_DAY}\b)
  | (?:\b(?:(?:[Ii]n|[Dd]uring)\s+(?:(?:late|early)\s+|mid-)?|(?:[Ll]ate|[Ee]arly)\s+|[Mm]id-
      |[Tt]his\s+past\s+))(?P<month>{_BARE_MONTH})\b
      (?!\s*,?\s*(?:of\s+)?(?:{_YEAR}|(?:last|this|next)\s+year))(?!\s+{_DAY}\b)
  | (?:\b(?:(?:[Ii]n|[Ss]ince|[Dd]uring|[Ll]ate|[Ee]arly|[Mm]id|[Oo]f)\s+(?:mid-)?|[Mm]id-)
      |\b(?:[Ii]n|[Dd]uring)\s+(?:(?:the\s+)?[Ff]iscal\s+(?:[Yy]ear\s+)?|FY\s?))
      (?P<year>{_YEAR})\b
"""
DATE_PATTERN = re.compile(rf"\b(?={_opening_characters()})(?:{DATE_SHAPES})", re.VERBOSE)

_DAY_RANGE = re.compile(r"(?<=\s)([0-3]?\d)(?:st|nd|rd|th)?[-–][0-3]?\d(?:st|nd|rd|th)?\b")
_LEADING_WEEKDAY = re.compile(rf"^{WEEKDAYS},?\s+")
# The formula of signed texts: "the 14th day of July, 2022" is "14th July, 2022".
_DAY_OF = re.compile(r"^(?:the\s+)?(\S+)\s+day\s+of\s+(?:the\s+)?", re.I)
# "the 5th of July": the day and the month are what dateparser reads.
_THE_DAY_OF = re.compile(r"^the\s+|(?<=\d)(?:st|nd|rd|th)?\s+of(?=\s)", re.I)


class Resolved(NamedTuple):
    """A resolved date: ISO value at its precision ("2019-09", "month")."""

    value: str
    precision: str


@lru_cache(maxsize=65536)
def _dateparser(text: str, base: str | None, prefer: str) -> tuple[dt.datetime, str] | None:
    settings = {"PREFER_DATES_FROM": prefer, "PREFER_DAY_OF_MONTH": "first"}
    if base:
        settings["RELATIVE_BASE"] = dt.datetime.fromisoformat(base)  # type: ignore[assignment]
    parser = DateDataParser(languages=["en"], settings=settings)
    data = parser.get_date_data(text)
    if data.date_obj is None:
        return None
    return data.date_obj, str(data.period or "day")


def format_date(when: dt.date, precision: str) -> Resolved:
    """A date as its ISO value at ``precision`` ("day", "month" or "year")."""
    if precision == "year":
        return Resolved(f"{when.year:04d}", "year")
    if precision == "month":
        return Resolved(f"{when.year:04d}-{when.month:02d}", "month")
    return Resolved(when.isoformat()[:10], "day")


def count_of(words: str) -> int:
    """A count written in digits or words: "43", "a", "twenty-five"."""
    words = words.lower()
    if words.isdigit():
        return int(words)
    return sum(NUMBER_WORDS[w] for w in re.split(r"[-\s]+", words))


def _ago(text: str, base: dt.date) -> Resolved | None:
    match = re.match(rf"({NUMBER_PATTERN})\s+(day|week|month|year|decade)s?\s+ago", text, re.I)
    if not match:
        return None
    number = count_of(match.group(1))
    unit = match.group(2).lower()
    if unit == "decade":  # "a decade ago": ten years, at a year's precision
        number, unit = number * 10, "year"
    parsed = _dateparser(f"{number} {unit}s ago", base.isoformat(), "past")
    if parsed is None:
        return None
    precision = {"day": "day", "week": "month", "month": "month"}.get(unit, "year")
    return format_date(parsed[0].date(), precision)


def latest_month(month: int, base: dt.date) -> Resolved:
    """The latest ``month`` (1-12) on or before the month of ``base``, at month precision.

    "Signed in July" in a February release is the July before; the signing rules move a
    planned signing's month to its next occurrence.
    """
    year = base.year if month <= base.month else base.year - 1
    return Resolved(f"{year:04d}-{month:02d}", "month")


def resolve(kind: str, text: str, release_date: str | None) -> Resolved | None:
    """Resolve one date expression found by :data:`DATE_PATTERN`.

    Args:
        kind: The pattern group that matched: ``full``, ``month_day``, ``month_year``,
            ``relative``, ``weekday``, ``month`` (a month name alone, "in July"),
            ``last_month`` ("last October": the month name), ``month_last_year`` ("May
            of last year"), ``last_weekday`` ("last
            Tuesday", "this past Tuesday": the weekday name), ``next_weekday`` ("next
            Thursday": the weekday name), ``weekday_last_week`` ("Tuesday of last
            week"), ``year``, or
            ``anaphoric`` ("the previous day", "two months later": never resolved
            here, but from another date of the text, :mod:`pipeline.counted_dates`).
        text: The expression as matched (for ``year``, the four digits).
        release_date: The release date (ISO) that relative expressions count from.

    Returns:
        The value and precision, or None when the expression cannot be resolved
        (a relative expression without a release date, or one dateparser rejects).
    """
    # "March 5-6": a range of days is dated by its first.
    text = _DAY_RANGE.sub(r"\1", " ".join(text.split()))
    if kind == "year":
        return Resolved(text, "year")
    if kind == "anaphoric":
        return None  # counted from another date of the text: :mod:`.counted_dates`
    if kind in ("full", "month_year"):
        plain = _THE_DAY_OF.sub("", _DAY_OF.sub(r"\1 ", _LEADING_WEEKDAY.sub("", text)))
        parsed = _dateparser(plain, None, "current_period")
        if parsed is None:
            return None
        return format_date(parsed[0].date(), "day" if kind == "full" else "month")
    if release_date is None:
        return None
    base = dt.date.fromisoformat(release_date)
    lowered = text.lower()
    if kind == "month_day":
        # "on July 26" and "the 5th of July" take their year from the release date.
        day = _THE_DAY_OF.sub("", _LEADING_WEEKDAY.sub("", text))
        parsed = _dateparser(f"{day} {base.year}", None, "current_period")
        return format_date(parsed[0].date(), "day") if parsed else None
    if kind == "month":
        return latest_month(MONTH_NAMES.index(text) + 1, base)
    if kind == "last_month":
        # "last October": the latest October before the release's month.
        return latest_month(MONTH_NAMES.index(text) + 1, base.replace(day=1) - dt.timedelta(1))
    if kind == "month_last_year":  # "May of last year"
        return Resolved(
            f"{base.year - 1:04d}-{MONTH_NAMES.index(text.split()[0]) + 1:02d}", "month"
        )
    if kind == "weekday_last_week":  # "Tuesday of last week": in the week before this one
        weekday = WEEKDAY_NAMES.index(text.split()[0].capitalize())
        monday = base - dt.timedelta(days=base.weekday() + 7)
        return format_date(monday + dt.timedelta(days=weekday), "day")
    if kind == "next_weekday":  # "next Thursday": the first one after the release day
        weekday = WEEKDAY_NAMES.index(lowered.capitalize())
        ahead = (weekday - base.weekday()) % 7 or 7
        return format_date(base + dt.timedelta(days=ahead), "day")
    if kind in ("weekday", "last_weekday"):
        weekday = WEEKDAY_NAMES.index(lowered.capitalize())
        back = (base.weekday() - weekday) % 7
        if kind == "last_weekday" and not back:
            back = 7  # "last Tuesday" in a Tuesday's release: a week before
        return format_date(base - dt.timedelta(days=back), "day")
    if "moment" in lowered or "minute" in lowered or lowered.endswith("now"):
        return format_date(base, "day")
    if lowered.endswith("ago"):
        return _ago(lowered, base)
    if lowered.endswith("week"):
        shift = {"last": -7, "next": 7}.get(lowered.split()[0], 0)
        return format_date(base + dt.timedelta(days=shift), "month")
    if lowered in ("earlier this month", "later this month"):
        return format_date(base, "month")
    if lowered in ("earlier this year", "later this year") or lowered.endswith(
        ("of the year", "of this year", "year's end", "year’s end")
    ):
        return format_date(base, "year")
    if lowered.endswith(("of the month", "of this month")):
        return format_date(base, "month")
    if lowered in (
        "earlier today",
        "later today",
        "this morning",
        "this afternoon",
        "this evening",
        "tonight",
    ):
        return format_date(base, "day")
    if lowered == "last night":
        return format_date(base - dt.timedelta(days=1), "day")
    parsed = _dateparser(lowered, release_date, "current_period")
    if parsed is None:
        return None
    precision = "day" if parsed[1] in ("day", "time") else parsed[1]
    if lowered.endswith("year"):
        precision = "year"
    return format_date(parsed[0].date(), precision)


#: Every shape of :data:`DATE_PATTERN` holds a digit, a month name (:data:`MONTH_NAMES`,
#: "in July") or one of these (lower-case) pieces of words: "Tuesday", "tonight", "this
#: week", "two years ago", "just now", "tomorrow".
DATE_HOOKS: tuple[str, ...] = (
    *("day", "night", "morning", "afternoon", "evening", "week", "month", "year"),
    *("ago", "now", "tomorrow"),
)
_DIGIT = re.compile(r"\d")


def may_hold_date(text: str) -> bool:
    """Whether ``text`` holds a digit, a month name or a word piece a date expression needs.

    Python's regular expressions try every alternative of the date pattern at every
    word start (about 250 ns a character); two searches in C rule out two sentences in
    five first.
    """
    if _DIGIT.search(text) or any(month in text for month in MONTH_NAMES):
        return True
    lowered = text.lower()
    return any(hook in lowered for hook in DATE_HOOKS)


def find_dates(text: str) -> list[tuple[int, int, str]]:
    """Every date expression in ``text`` as (start_char, end_char, kind)."""
    if not may_hold_date(text):
        return []
    found: list[tuple[int, int, str]] = []
    for match in DATE_PATTERN.finditer(text):
        kind = match.lastgroup or ""
        start, end = match.start(kind), match.end(kind)
        if (
            found
            and text.endswith("ago", 0, found[-1][1])
            and not text[found[-1][1] : start].strip()
        ):
            continue  # "ten years ago this month", "ten years ago today": the count says when
        found.append((start, end, kind))
    return found
