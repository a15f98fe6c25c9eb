"""Mentions of people and their merging: pipeline.mentions."""

from __future__ import annotations

import pytest

from pipeline.mentions import Mention, merge_mentions, stated_countries
from pipeline.people_lexicon import TitleEntry
from pipeline.title_context import TitleHit


def test_merge_mentions_keeps_the_longest_with_all_titles():
    short, long = Mention(10, 14, "Hale"), Mention(4, 14, "Dana Hale")
    other = Mention(20, 24, "Berg")
    merged = merge_mentions([short, other, long])
    assert [m.name for m in merged] == ["Dana Hale", "Berg"]
    assert merged[0].parts == 2 and merged[0].shifted(3).start == 7


@pytest.mark.parametrize(
    ("spans", "kept"),
    [
        ([], []),
        ([(0, 4), (5, 9)], [(0, 4), (5, 9)]),  # touching, not overlapping
        ([(0, 9), (5, 9)], [(0, 9)]),
        ([(5, 9), (0, 6)], [(0, 6)]),  # the earlier start wins, whatever the order given
    ],
)
def test_merge_mentions_by_offsets(spans, kept):
    merged = merge_mentions([Mention(s, e, "x" * (e - s)) for s, e in spans])
    assert [(m.start, m.end) for m in merged] == kept


def test_merged_titles_are_not_repeated():
    hit = TitleHit(0, 9, TitleEntry("Secretary", "head"))
    first = Mention(10, 18, "Dana Hale", [hit])
    second = Mention(10, 14, "Dana", [hit])
    merged = merge_mentions([first, second])
    assert merged[0].titles == [hit]


def _hit(country: str, defaulted: bool = False) -> TitleHit:
    return TitleHit(0, 9, TitleEntry("Secretary", "head"), country, defaulted=defaulted)


@pytest.mark.parametrize(
    ("mentions", "countries"),
    [
        # "Philippine Secretary ... Enrique Manalo ... Secretary Manalo"
        ([("Enrique Manalo", "PHL", False), ("Manalo", "USA", True)], ["PHL", "PHL"]),
        # "Ambassador of Japan Koji Tomita ... Ambassador Tomita, Jr."
        ([("Koji Tomita", "JPN", False), ("Koji Tomita Jr.", "USA", True)], ["JPN", "JPN"]),
        # the stated country is the home one: nothing changes
        ([("Antony Blinken", "USA", False), ("Blinken", "USA", True)], ["USA", "USA"]),
        # two stated countries for one surname: the default stays
        (
            [("Ana Lee", "KOR", False), ("Bo Lee", "CHN", False), ("Lee", "USA", True)],
            ["KOR", "CHN", "USA"],
        ),
        # another surname's stated country does not reach it
        ([("Enrique Manalo", "PHL", False), ("Hale", "USA", True)], ["PHL", "USA"]),
        # a stated country is never replaced
        ([("Dana Hale", "USA", True), ("Hale", "KEN", False)], ["KEN", "KEN"]),
        # two people of one surname: "Ambassador Ken Salazar" and Mexico's "Luz María Salazar"
        ([("Ken Salazar", "USA", True), ("Luz María Salazar", "MEX", False)], ["USA", "MEX"]),
        # a surname first: "Ambassador Cho Hyun-dong ... Ambassador Cho"
        ([("Cho Hyun-dong", "KOR", False), ("Cho", "USA", True)], ["KOR", "KOR"]),
    ],
)
def test_stated_countries_replace_defaults(mentions, countries):
    found = [Mention(0, 5, name, [_hit(country, default)]) for name, country, default in mentions]
    stated_countries(found)
    assert [m.titles[0].country for m in found] == countries
    assert all(not m.titles[0].defaulted for m in found if m.titles[0].country != "USA")
