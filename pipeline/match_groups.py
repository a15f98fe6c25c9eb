"""The matches of the shared phrase matcher, grouped by the namespace that owns them.

Kept apart from :mod:`pipeline.phrases` so that it is compiled with the rule modules
(the phrase index itself is weakly referenced, which compiled classes do not allow);
a Doc gives thousands of matches, and this loop is most of the index's own time.
"""

from __future__ import annotations

from collections.abc import Iterable

Match = tuple[int, int, int]


def group_matches(
    matches: Iterable[tuple[int, int, int]],
    owners: dict[int, tuple[str, int]],
    namespaces: Iterable[str],
) -> dict[str, list[Match]]:
    """Matches ``(shared key, start, end)`` as ``(own key, start, end)`` by namespace.

    Args:
        matches: What the shared ``PhraseMatcher`` gave.
        owners: Shared key -> (namespace, the key under which the namespace added it).
        namespaces: Every namespace, so that each has a list, empty or not.
    """
    grouped: dict[str, list[Match]] = {name: [] for name in namespaces}
    for shared, start, end in matches:
        name, own = owners[shared]
        grouped[name].append((own, start, end))
    return grouped
