"""Names parsed by ``nameparser`` and compared: which mentions can be one person.

``nameparser`` is slow (a tenth of a millisecond per name), so each distinct name is
parsed once per process, and a name of one word, or of two plain words that are in none
of nameparser's word lists, whose parts need no parser, not at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from nameparser import HumanName
from nameparser.config import CONSTANTS

from .cleaning import without_diacritics
from .name_shapes import PARTICLES


def normal_name(name: str) -> str:
    """A name for comparison: no accents, case, periods or commas."""
    plain = without_diacritics(name)
    return " ".join(plain.replace(".", " ").replace(",", " ").lower().split())


@lru_cache(maxsize=4096)
def capitalise(name: str) -> str:
    """A name written in capitals, capitalised by ``nameparser`` ("McAleenan", "Jr.")."""
    human = HumanName(name)
    human.capitalize(force=True)
    return str(human)


# Words that nameparser reads as something else than a plain given name or surname.
_PARSER_WORDS = frozenset(
    w.lower()
    for vocabulary in (
        CONSTANTS.titles,
        CONSTANTS.prefixes,
        CONSTANTS.conjunctions,
        CONSTANTS.suffix_acronyms,
        CONSTANTS.suffix_not_acronyms,
        CONSTANTS.first_name_titles,
        CONSTANTS.bound_first_names,
        CONSTANTS.non_first_name_prefixes,
    )
    for w in vocabulary
)
_PLAIN_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*")


@lru_cache(maxsize=8192)
def _given_and_surname(name: str) -> tuple[str, str]:
    """``nameparser``'s first and last name of ``name``, as written."""
    words = name.split()
    if len(words) == 1:
        # One word: nameparser makes it the first name (or a title), never the last.
        return name.strip(), ""
    if len(words) == 2 and all(
        _PLAIN_WORD.fullmatch(w) and w.lower() not in _PARSER_WORDS for w in words
    ):
        # Two plain words ("Antony Blinken") that are no title, particle or suffix: given
        # name and surname, as nameparser reads them, without its cost.
        return words[0], words[1]
    human = HumanName(name)
    return human.first, human.last


@dataclass(frozen=True)
class NameParts:
    """A name split by ``nameparser``, normalised for comparison."""

    name: str
    words: tuple[str, ...]
    surname: str
    given: str
    content: tuple[str, ...] = ()  # words that may be a mention alone (no initials, particles)

    @property
    def size(self) -> int:
        """Number of words."""
        return len(self.words)


def written_surname(name: str) -> str:
    """The surname as written ("Hill Tinoco" gives "Tinoco", "King Hussein" "Hussein")."""
    return _given_and_surname(name)[1] or name.split()[-1]


@lru_cache(maxsize=8192)
def name_parts(name: str) -> NameParts:
    """Split a name; a single word ("Blinken") is a surname, a king's name its own."""
    first, last = _given_and_surname(name)
    last, first = normal_name(last), normal_name(first)
    words = tuple(normal_name(name).split())
    content = tuple(w for w in words if len(w) > 1 and w not in PARTICLES)
    if not last:
        return NameParts(name, words, first or (words[-1] if words else ""), "", content)
    return NameParts(name, words, last, first, content)


def _given_compatible(one: str, other: str) -> bool:
    if not one or not other:
        return True
    if len(one) == 1 or len(other) == 1:
        return one[0] == other[0]
    return one[:2] == other[:2]


def compatible(short: NameParts, full: NameParts) -> bool:
    """Whether ``short`` can be another mention of the person named ``full``."""
    if short.surname == full.surname and _given_compatible(short.given, full.given):
        return True
    if short.size == 1:
        return short.words[0] in full.content
    # "Al Owais" of "Abdul Rahman Al Owais"; "Moussa Faki" of "Moussa Faki Mahamat".
    return short.size < full.size and short.words in (
        full.words[-short.size :],
        full.words[: short.size],
    )


def cluster_names(names: list[str], title_keys: dict[str, set[str]]) -> dict[str, str]:
    """Map each name to its cluster's canonical name (the fullest form).

    A name that fits two clusters joins the one whose titles it shares, else stays alone.

    Args:
        names: Names in the order of their first mention.
        title_keys: Office keys of each name's titles, to settle ambiguous mentions.
    """
    if len(names) == 1:
        return {names[0]: names[0]}
    order = {name: index for index, name in enumerate(names)}
    ranked = sorted(order, key=lambda n: (-name_parts(n).size, -len(n), order[n]))
    clusters: list[tuple[NameParts, set[str]]] = []
    # Clusters by surname and by word: a compatible cluster shares one of them.
    index: dict[str, list[int]] = {}
    canonical: dict[str, str] = {}
    for name in ranked:
        parts, keys = name_parts(name), title_keys.get(name, set())
        near = {
            i
            for word in {parts.surname, *parts.words[:1], *parts.words[-1:]}
            for i in index.get(word, ())
        }
        matches = [clusters[i] for i in sorted(near) if compatible(parts, clusters[i][0])]
        if len(matches) > 1:
            matches = [c for c in matches if keys & c[1]]
        if len(matches) == 1:
            canonical[name] = matches[0][0].name
            matches[0][1].update(keys)
        elif not matches:
            for word in {parts.surname, *parts.words}:
                index.setdefault(word, []).append(len(clusters))
            clusters.append((parts, set(keys)))
            canonical[name] = name
        else:
            canonical[name] = name
    return canonical
