"""Where a title's holder is named when the name does not follow the title.

At the end of a title's complement of unknown words ("Minister of Equipment and Water
Nizar Baraka"), before the title as an appositive ("Nizar Baraka, Minister of ..."), or
alone on the line above a title that opens its line (a signature block). Each function
gives character offsets; :mod:`pipeline.people_finder` decides which to use.
"""

from __future__ import annotations

import re

from . import title_shapes as shapes
from .after_names import AND_AFTER
from .name_shapes import NameShapes

#: A word of a title's complement, as the name search reads it.
_WORD = re.compile(r"[^\s,]+")


def name_ending_complement(
    names: NameShapes, text: str, title_end: int, greedy_end: int, minimum: int = 2
) -> tuple[int, int, int] | None:
    """A full name that closes a title's unknown complement: (complement end, start, end).

    The name is the longest run of two or more words that reads as a name to the end of
    the complement, after at least ``minimum`` capitalised words of it ("Equipment and
    Water", "Horn of Africa"; not "President of Oh Boy Records"). After a place (a
    ``minimum`` of one) the name may also end before "and" ("Consul General in Lagos
    Will Stevens and Nigeria's Minister ...", where the complement ran on).
    """
    words = list(_WORD.finditer(text, title_end, greedy_end))
    capitalised = 0
    for previous, word in zip(words, words[1:], strict=False):
        capitalised += previous.group(0)[:1].isupper()
        if capitalised < minimum or not (
            previous.group(0)[:1].isupper() and word.group(0)[:1].isupper()
        ):
            continue
        start = word.start()
        end = names.name_end(text, start, 2)
        if end == greedy_end or (end and minimum == 1 and AND_AFTER.match(text, end)):
            return previous.end(), start, end
    return None


def left_appositive(names: NameShapes, text: str, title_start: int) -> tuple[int, int] | None:
    """The name in "<name>, (the former Russian) <title>", as (start, end)."""
    comma = shapes.appositive_comma(text, title_start)
    start = names.name_start(text, comma, 2) if comma is not None else None
    if start is None or comma is None or shapes.place_before(text, start):
        return None
    return start, comma


def name_line_above(names: NameShapes, text: str, title_start: int) -> tuple[int, int] | None:
    """The name alone on the line above a title that opens its line (a signature)."""
    line_start = text.rfind("\n", 0, title_start) + 1
    if not line_start or text[line_start:title_start].strip():
        return None
    above_end = line_start - 1
    while above_end > 0 and text[above_end - 1].isspace():
        above_end -= 1
    above_start = text.rfind("\n", 0, above_end) + 1
    end = names.name_end(text, above_start, 2)
    if not end or text[end:above_end].strip():
        return None
    return above_start, end
