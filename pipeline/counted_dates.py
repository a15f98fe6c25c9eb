"""Dates counted from another date of the text: "the previous day", "two months later".

:data:`pipeline.date_expressions.DATE_PATTERN` finds these expressions (kind
``anaphoric``) but cannot resolve them against the release date: "On Monday, the
Secretary met ... The previous day, the ministers signed" is the Sunday before that
Monday, whatever day the release is of. :func:`counted_date` takes the last date named
before the expression as the anchor and moves it.

Days and weeks need an anchor known to the day, months one known to the month, years
any; the result has the precision of its unit, except weeks, which give the month (as
"last week" does, by the annotation conventions). When the last date before is not
precise enough, the expression stays undated rather than counted from an older one.
"""

from __future__ import annotations

import datetime as dt
import re

from .date_expressions import NUMBER_PATTERN, Resolved, count_of, find_dates, format_date, resolve

_OFFSET = re.compile(rf"({NUMBER_PATTERN})\s+(day|week|month|year)s?\s+(earlier|later)", re.I)
_DAY_BEFORE = frozenset({"the previous day", "the day before"})
_DAY_AFTER = frozenset({"the following day", "the next day", "the day after"})
#: The anchor precisions each unit can count from.
_ANCHORS = {
    "day": ("day",),
    "week": ("day",),
    "month": ("day", "month"),
    "year": ("day", "month", "year"),
}


def offset_of(expression: str) -> tuple[int, str] | None:
    """The signed count and unit an expression moves by ("two days earlier": -2, "day")."""
    lowered = " ".join(expression.lower().split())
    if lowered in _DAY_BEFORE:
        return -1, "day"
    if lowered in _DAY_AFTER:
        return 1, "day"
    match = _OFFSET.fullmatch(lowered)
    if match is None:
        return None
    sign = -1 if match.group(3) == "earlier" else 1
    return sign * count_of(match.group(1)), match.group(2)


def count_from(expression: str, anchor: Resolved) -> Resolved | None:
    """The date ``expression`` names, counted from ``anchor``.

    None when the anchor is not precise enough for the expression's unit.
    """
    offset = offset_of(expression)
    if offset is None:
        return None
    count, unit = offset
    if anchor.precision not in _ANCHORS[unit]:
        return None
    year, month, day = (int(part) for part in (anchor.value + "-01-01").split("-")[:3])
    if unit in ("day", "week"):
        moved = dt.date(year, month, day) + dt.timedelta(days=count * (7 if unit == "week" else 1))
        return format_date(moved, "day" if unit == "day" else "month")
    if unit == "month":
        index = year * 12 + month - 1 + count
        return format_date(dt.date(index // 12, index % 12 + 1, 1), "month")
    return format_date(dt.date(year + count, 1, 1), "year")


def counted_date(text_before: str, expression: str, release_date: str) -> Resolved | None:
    """The date of an ``anaphoric`` expression, counted from the last date of ``text_before``.

    Args:
        text_before: The text before the expression that may name its anchor.
        expression: The expression as written ("The previous day").
        release_date: The release date (ISO), against which the anchor is resolved.
    """
    for start, end, kind in reversed(find_dates(text_before)):
        if kind == "anaphoric":
            continue  # "... on March 3. The next day ... Two days later": from March 3
        anchor = resolve(kind, text_before[start:end], release_date)
        return count_from(expression, anchor) if anchor is not None else None
    return None
