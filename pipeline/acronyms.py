"""Whether an acronym spells a run of words, and which words before it it spells.

Used for the acronyms a release defines ("National Space Science Agency (NSSA)", read by
:mod:`pipeline.acronym_definitions`): connectors and the second part of a hyphenated word
may be left out ("DOD", "IDB"), and the letters may come in another order for names
translated from another language ("Supreme Electoral Council (CSE)").
"""

from __future__ import annotations

import re
from functools import lru_cache

from .agency_text import CONNECTORS

_WORD_SEPARATORS = re.compile(r"[,()]")


@lru_cache(maxsize=8192)
def _word_initials(word: str) -> tuple[tuple[str, bool], ...]:
    """The initials of a word, each with whether an acronym may leave it out.

    Connectors may be left out ("Department of Defense" is "DD" or "DOD"), so may the
    second part of a hyphenated word ("Inter-American" is "I" or "IA"); "U.S." gives "US".
    """
    if word in CONNECTORS:
        return ((word[0].upper(), True),) if word[0].isalpha() else ()
    if word.count(".") > 1:
        return ((word.replace(".", "").upper(), False),)
    first, *rest = word.split("-")
    return ((first[:1].upper(), False), *((part[0], True) for part in rest if part[:1].isupper()))


def _letters(acronym: str) -> str:
    """The letters an acronym spells: its capitals, without a plural "s"."""
    return "".join(ch for ch in acronym.removesuffix("s") if ch.isupper())


def _prepend(letters: str, word: str, reach: set[int], required: str) -> tuple[set[int], str]:
    """Put a word before a run of words whose spelling of ``letters`` is known.

    ``reach`` holds the positions in ``letters`` from which the run's initials spell the
    rest of the letters exactly; ``required`` is the run's initials that may not be left
    out. Working from the last word back, each word costs one step instead of a new pass
    over the whole run.
    """
    for initial, optional in reversed(_word_initials(word)):
        size = len(initial)
        step = {p - size for p in reach if p >= size and letters.startswith(initial, p - size)}
        reach = step | reach if optional else step
        required = required if optional else initial + required
    return reach, required


@lru_cache(maxsize=4096)
def spells(acronym: str, words: tuple[str, ...], whole: bool = False) -> bool:
    """True when ``acronym`` spells the initials of the words.

    It may spell those of the last words only, unless ``whole``; and the letters may come
    in any order, for names translated from another language ("Supreme Electoral Council
    (CSE)").
    """
    letters = _letters(acronym)
    target = sorted(letters)
    reach, required = {len(letters)}, ""
    for first in range(len(words) - 1, -1, -1):
        reach, required = _prepend(letters, words[first], reach, required)
        if (
            (first == 0 or not whole)
            and words[first] not in CONNECTORS
            and (0 in reach or sorted(required) == target)
        ):
            return True
    return False


def long_form(
    text: str, end: int, acronym: str, *, lowercase: bool = False
) -> tuple[int, list[str]] | None:
    """Start and words of the words ending at ``end`` whose initials ``acronym`` spells.

    The words must be capitalised, unless ``lowercase`` ("maritime domain awareness (MDA)").
    The shortest such run wins.
    """
    offset = max(0, end - 120)
    words = _WORD_SEPARATORS.sub(" ", text[offset:end]).split()
    letters = _letters(acronym)
    target, first_letters = sorted(letters), set(acronym.upper())
    content, reach, required = 0, {len(letters)}, ""
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        reach, required = _prepend(letters, word, reach, required)
        if word in CONNECTORS:
            continue
        content += 1
        if content > len(letters) or not (lowercase or word[0].isupper()):
            return None
        if word[0].upper() in first_letters and (0 in reach or sorted(required) == target):
            start = end
            for previous in reversed(words[index:]):
                start = text.rfind(previous, offset, start)
            return start, words[index:]
    return None
