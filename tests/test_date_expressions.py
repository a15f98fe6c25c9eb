"""Date expressions and their values: pipeline.date_expressions (more cases in
tests/components/test_dates.py, which runs them through the date component)."""

from __future__ import annotations

import pytest

from pipeline.date_expressions import find_dates, may_hold_date, resolve


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("They signed it on July 26.", [("July 26", "month_day")]),
        ("Last Tuesday, they signed it.", [("Tuesday", "last_weekday")]),
        ("Twenty-five years ago, they signed it.", [("Twenty-five years ago", "relative")]),
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
    ],
)
def test_resolve(kind, text, value):
    result = resolve(kind, text, "2022-03-07")
    assert result is not None and result.value == value


def test_may_hold_date():
    assert may_hold_date("signed in 1979")
    assert not may_hold_date("signed the accord")
