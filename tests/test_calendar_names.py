"""The English names the date shapes and agency boundaries are written with."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from pipeline.calendar_names import FULL_DATE_PATTERN, MONTH_NAMES, WEEKDAY_NAMES


def test_months_are_in_calendar_order():
    # ISO week dates do not depend on the locale, so the check holds on any machine.
    assert [MONTH_NAMES.index(name) + 1 for name in MONTH_NAMES] == list(range(1, 13))
    assert MONTH_NAMES[dt.date(2022, 7, 26).month - 1] == "July"


def test_weekdays_follow_date_weekday():
    assert WEEKDAY_NAMES[dt.date(2022, 3, 7).weekday()] == "Monday"
    assert WEEKDAY_NAMES[dt.date(2022, 3, 13).weekday()] == "Sunday"


@pytest.mark.parametrize(
    ("text", "full"),
    [
        ("September 20, 2019", True),
        ("Sept. 20, 2019", True),
        ("20th September 2019", True),
        ("14th March 2024", True),
        ("2019-09-20", True),
        ("9/20/2019", True),
        ("September 2019", False),
        ("September 20", False),
    ],
)
def test_full_date_pattern(text: str, full: bool) -> None:
    assert bool(re.fullmatch(FULL_DATE_PATTERN, text)) is full
