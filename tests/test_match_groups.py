from __future__ import annotations

import pytest

from pipeline.match_groups import group_matches

OWNERS = {101: ("countries#1", 7), 102: ("countries#1", 8), 201: ("people#2", 9)}


@pytest.mark.parametrize(
    "matches, expected",
    [
        ([], {"countries#1": [], "people#2": [], "aliases#3": []}),
        (
            [(101, 0, 2), (201, 3, 4), (102, 5, 6)],
            {"countries#1": [(7, 0, 2), (8, 5, 6)], "people#2": [(9, 3, 4)], "aliases#3": []},
        ),
        # Two phrases of one namespace at one place stay apart, in the matcher's order.
        (
            [(102, 1, 3), (101, 1, 2)],
            {"countries#1": [(8, 1, 3), (7, 1, 2)], "people#2": [], "aliases#3": []},
        ),
    ],
)
def test_matches_are_grouped_by_namespace_under_their_own_keys(matches, expected):
    assert group_matches(matches, OWNERS, ["countries#1", "people#2", "aliases#3"]) == expected


def test_a_match_of_no_known_key_is_an_error():
    with pytest.raises(KeyError):
        group_matches([(999, 0, 1)], OWNERS, ["countries#1"])
