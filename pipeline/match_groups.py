"""The matches of the shared phrase matcher, grouped by the namespace that owns them.

Kept apart from :mod:`pipeline.phrases` so that it is compiled with the rule modules
(the phrase index itself is weakly referenced, which compiled classes do not allow);
a Doc gives thousands of matches, and this loop is most of the index's own time.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

Match = tuple[int, int, int]


def group_matches(
    matches: list[Any], owners: dict[Any, str], namespaces: Iterable[str]
) -> dict[str, list[Match]]:
    """Matches ``(key, start, end)`` by the namespace that owns their key.

    Args:
        matches: What the shared ``PhraseMatcher`` gave.
        owners: Match key -> the namespace that added it.
        namespaces: Every namespace, so that each has a list, empty or not.
    """
    grouped: dict[str, list[Match]] = {name: [] for name in namespaces}
    # Typed ``Any``, the matches pass on as the tuples spaCy made: compiled code would
    # otherwise unbox each 64-bit key and box it again.
    for match in matches:
        grouped[owners[match[0]]].append(match)
    return grouped
