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
    matches: Iterable[Any],
    owners: dict[Any, tuple[str, Any]],
    namespaces: Iterable[str],
) -> dict[str, list[Match]]:
    """Matches ``(shared key, start, end)`` as ``(own key, start, end)`` by namespace.

    Args:
        matches: What the shared ``PhraseMatcher`` gave.
        owners: Shared key -> (namespace, the key under which the namespace added it).
        namespaces: Every namespace, so that each has a list, empty or not.
    """
    grouped: dict[str, list[Match]] = {name: [] for name in namespaces}
    # Typed ``Any``, the keys and offsets pass through as the objects spaCy made: compiled
    # code would otherwise unbox each 64-bit key and box it again, twice a match.
    for match in matches:
        name, own = owners[match[0]]
        grouped[name].append((own, match[1], match[2]))
    return grouped
