from __future__ import annotations

import pytest

from pipeline.match_groups import group_matches

OWNERS = {101: "countries#1", 102: "countries#1", 201: "people#2"}


@pytest.mark.parametrize(
    "matches, expected",
    [
        ([], {"countries#1": [], "people#2": [], "aliases#3": []}),
        (
            [(101, 0, 2), (201, 3, 4), (102, 5, 6)],
            {"countries#1": [(101, 0, 2), (102, 5, 6)], "people#2": [(201, 3, 4)], "aliases#3": []},
        ),
        # Two phrases of one namespace at one place stay apart, in the matcher's order.
        (
            [(102, 1, 3), (101, 1, 2)],
            {"countries#1": [(102, 1, 3), (101, 1, 2)], "people#2": [], "aliases#3": []},
        ),
    ],
)
def test_matches_are_grouped_by_the_namespace_of_their_key(matches, expected):
    assert group_matches(matches, OWNERS, ["countries#1", "people#2", "aliases#3"]) == expected


def test_the_matches_are_handed_on_as_they_came():
    match = (101, 0, 2)
    assert group_matches([match], OWNERS, ["countries#1"])["countries#1"][0] is match


def test_a_match_of_no_known_key_is_an_error():
    with pytest.raises(KeyError):
        group_matches([(999, 0, 1)], OWNERS, ["countries#1"])
