from __future__ import annotations

import pytest

from pipeline.extraction import place_patterns as patterns


@pytest.mark.parametrize(
    "text, place",
    [
        ("signed in Ciudad del Este on Tuesday", "Ciudad del Este"),
        ("signed in Dar es Salaam", "Dar es Salaam"),
        ("signed in Washington, D.C.", "Washington, D.C."),
        # A month and its day after the place is a date, not more of its name.
        ("talks in Jakarta March 5-6", "Jakarta"),
        ("talks in Jakarta March", "Jakarta March"),
    ],
)
def test_place(text, place):
    assert patterns.PLACE.search(text).group(1) == place


@pytest.mark.parametrize(
    "text, venue",
    [
        ("Aboard the USS Ronald Reagan on April 20,", "USS Ronald Reagan"),
        ("on board HMAS Canberra,", "HMAS Canberra"),
        ("at the Kennedy Space Center", "Kennedy Space Center"),
        ("at the Port of Los Angeles", "Port of Los Angeles"),
    ],
)
def test_at_venue(text, venue):
    assert patterns.AT_VENUE.search(text).group(1) == venue


@pytest.mark.parametrize(
    "tail, opening",
    [
        (" in September, Ghana signed", True),
        (" on the margins of the UN General Assembly, Ghana signed", True),
        (" March 5-6, Ghana signed", True),
        (" after talks ended, Ghana signed", False),
        (" on Tuesday they discussed it, and Ghana signed", False),
    ],
)
def test_opening_tail(tail, opening):
    assert bool(patterns.OPENING_TAIL.match(tail)) is opening


@pytest.mark.parametrize(
    "opening, talk",
    [
        ("At a press conference ", True),
        ("During her remarks ", True),
        ("At a signing ceremony ", False),
        ("At a joint press conference ", True),
    ],
)
def test_talk_opening(opening, talk):
    # Read up to the place's "in": the phrase before it must end there.
    assert bool(patterns.TALK_OPENING.match(opening)) is talk
