"""Date expressions and their values: pipeline.date_expressions (more cases in
tests/components/test_dates.py, which runs them through the date component)."""

from __future__ import annotations

import pytest

from pipeline.date_expressions import count_of, find_dates, may_hold_date, resolve


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("They signed it on July 26.", [("July 26", "month_day")]),
        ("Last Tuesday, they signed it.", [("Tuesday", "last_weekday")]),
        ("Twenty-five years ago, they signed it.", [("Twenty-five years ago", "relative")]),
        ("A decade ago, they signed it.", [("A decade ago", "relative")]),
        (
            "On Tuesday of last week, they signed it.",
            [("Tuesday of last week", "weekday_last_week")],
        ),
        ("They will sign it next Thursday.", [("Thursday", "next_weekday")]),
        # A range of days is dated by its first; an ISO date is no range.
        ("Talks in Jakarta March 5-6 ended.", [("March 5-6", "month_day")]),
        ("They signed it on 2022-03-05.", [("2022-03-05", "full")]),
        ("In mid-2019, they signed it.", [("2019", "year")]),
        ("In fiscal year 2023, they signed it.", [("2023", "year")]),
        ("In FY2023, they signed it.", [("2023", "year")]),
        ("The previous day, they signed it.", [("The previous day", "anaphoric")]),
        ("Two days earlier, they signed it.", [("Two days earlier", "anaphoric")]),
        ("Two months later, they signed it.", [("Two months later", "anaphoric")]),
        # "the day before the summit" names its own anchor: not counted from another date.
        ("They will sign it the day before the summit.", []),
        ("They will sign it the day before Tuesday's summit.", [("Tuesday", "weekday")]),
        # A fiscal year in an instrument's name is no date of its signing.
        ("They signed the fiscal year 2024 agreement.", []),
        ("No date here.", []),
    ],
)
def test_find_dates(text, found):
    assert [(text[s:e], kind) for s, e, kind in find_dates(text)] == found


@pytest.mark.parametrize(
    ("kind", "text", "value"),
    [
        ("relative", "yesterday", "2022-03-06"),
        ("month_last_year", "May of last year", "2021-05"),
        ("weekday", "Monday", "2022-03-07"),
        ("year", "1979", "1979"),
        ("relative", "a decade ago", "2012"),
        # March 7, 2022 is a Monday: last week ran from February 28 to March 6.
        ("weekday_last_week", "Tuesday of last week", "2022-03-01"),
        ("next_weekday", "Thursday", "2022-03-10"),
        ("next_weekday", "Monday", "2022-03-14"),  # not the release day itself
        ("month_day", "March 5-6", "2022-03-05"),
        ("full", "March 5-6, 2021", "2021-03-05"),
        ("full", "2021-03-05", "2021-03-05"),
        ("relative", "two decades ago", "2002"),
    ],
)
def test_resolve(kind, text, value):
    result = resolve(kind, text, "2022-03-07")
    assert result is not None and result.value == value


def test_anaphoric_expressions_wait_for_their_anchor():
    # Against the release date "the previous day" would be a wrong date, not a missing one.
    assert resolve("anaphoric", "the previous day", "2022-03-07") is None


def test_may_hold_date():
    assert may_hold_date("signed in 1979")
    assert not may_hold_date("signed the accord")


@pytest.mark.parametrize(("words", "count"), [("43", 43), ("a", 1), ("Twenty-five", 25)])
def test_count_of(words, count):
    assert count_of(words) == count
