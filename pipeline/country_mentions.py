"""Choosing among the country matches of a Doc, and writing them as spans.

The matching and the context rules are :mod:`pipeline.components.countries`'s; this
module holds its per-Doc loops, compiled with the rule modules.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from operator import itemgetter
from typing import Any

from spacy.tokens import Doc, Span

GOVERNMENT = "government"
_COORDINATION = frozenset({",", "and", "the", "&"})
_START = itemgetter(1)
# spaCy's English tokenizer keeps "U.S.-Japan" as one token: such glued abbreviations are
# found in the text, and the token is given to the abbreviation's country.
_GLUED = re.compile(r"\.[-–—](?=\w)")


#: A match ``(key, start, end)``. Typed ``Any`` where matches only pass through: compiled
#: code would otherwise unpack each tuple spaCy made into C values and build a new tuple
#: to store it again.
Match = Any


def _longest_of(cluster: list[Match]) -> list[Match]:
    taken: set[int] = set()
    kept = []
    for match in sorted(cluster, key=lambda m: (m[1] - m[2], m[1])):
        if not taken.intersection(range(match[1], match[2])):
            kept.append(match)
            taken.update(range(match[1], match[2]))
    return sorted(kept, key=_START)


def longest_first(matches: Iterable[Match]) -> list[Match]:
    """Keep the longest of overlapping ``(key, start, end)`` matches, the earliest on ties.

    Returns:
        The kept matches, sorted by start.
    """
    # A PhraseMatcher gives its matches in start order, which this sort keeps in linear
    # time; a match joins the cluster before it when it starts before the cluster's end.
    # Most matches overlap nothing and are kept without further work.
    ordered = sorted(matches, key=_START)
    kept: list[Match] = []
    first, cluster_end = 0, -1
    for index, match in enumerate(ordered):
        start: int = match[1]
        end: int = match[2]
        if start >= cluster_end:  # no overlap with the cluster: settle it
            if index - first > 1:
                kept.extend(_longest_of(ordered[first:index]))
            elif index > first:
                kept.append(ordered[first])
            first, cluster_end = index, end
        elif end > cluster_end:
            cluster_end = end
    if len(ordered) - first > 1:
        kept.extend(_longest_of(ordered[first:]))
    elif ordered:
        kept.append(ordered[first])
    return kept


def spread_governments(doc: Doc, mentions: list[list[Any]]) -> None:
    """Mark countries coordinated with a plural government form as governments, in place.

    ``mentions`` are ``[start, end, iso3, form, spread]``; ``spread`` is 1 for
    "Governments of A, B and C" (towards the right), -1 for "A and B Governments".
    """
    for position, mention in enumerate(mentions):
        step = mention[4]
        other = position + step
        while step and 0 <= other < len(mentions):
            left, right = (
                (mentions[other - 1], mentions[other])
                if step > 0
                else (mentions[other], mentions[other + 1])
            )
            if any(t.lower_ not in _COORDINATION for t in doc[left[1] : right[0]]):
                break
            mentions[other][3] = GOVERNMENT
            other += step


def country_spans(
    doc: Doc,
    kept: list[tuple[int, int, int]],
    label: int,
    kb_ids: dict[int, int],
    span_ids: dict[int, int],
) -> list[Span]:
    """The spans of matches ``(key, start, end)`` written as the gazetteer gives them.

    ``kb_ids`` and ``span_ids`` hold each match key's hashes, made beforehand.
    """
    return [
        Span(doc, start, end, label=label, kb_id=kb_ids[key], span_id=span_ids[key])
        for key, start, end in kept
    ]


def without_rejected(
    doc: Doc,
    kept: list[Match],
    special: set[int],
    is_mention: Callable[[Doc, int, int, int], bool],
) -> list[Match]:
    """The matches ``(key, start, end)`` that are mentions.

    Every match of a key not in ``special``, and those of the special keys (blocked, or
    decided by context) that ``is_mention`` accepts.
    """
    return [m for m in kept if m[0] not in special or is_mention(doc, m[0], m[1], m[2])]


def mention_spans(
    doc: Doc, mentions: list[list[Any]], label: int, hashes: dict[str, int]
) -> list[Span]:
    """The spans of mentions ``[start, end, iso3, form, spread]``, codes hashed beforehand."""
    return [
        Span(
            doc,
            mention[0],
            mention[1],
            label=label,
            kb_id=hashes[mention[2]],
            span_id=hashes[mention[3]],
        )
        for mention in mentions
    ]


def glued_matches(doc: Doc, text: str, abbreviations: dict[str, int]) -> list[tuple[int, int, int]]:
    """Matches of abbreviations glued to a dash ("U.S.-Japan"), as whole tokens.

    Args:
        doc: The Doc.
        text: Its text.
        abbreviations: Country abbreviations ending in a full stop -> their match key.
    """
    matches = []
    for dash in _GLUED.finditer(text):
        for abbreviation, key in abbreviations.items():
            begin = dash.start() + 1 - len(abbreviation)
            if (
                begin >= 0
                and text.startswith(abbreviation, begin)
                and (begin == 0 or not (text[begin - 1].isalnum() or text[begin - 1] == "."))
            ):
                token = doc.char_span(begin, begin + 1, alignment_mode="expand")
                if token is not None and token.start_char == begin:
                    matches.append((key, token.start, token.start + 1))
                break
    return matches
