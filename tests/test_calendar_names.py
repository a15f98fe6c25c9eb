"""The English names the date shapes and agency boundaries are written with."""

from __future__ import annotations

import datetime as dt

from pipeline.calendar_names import MONTH_NAMES, WEEKDAY_NAMES


def test_months_are_in_calendar_order():
    # ISO week dates do not depend on the locale, so the check holds on any machine.
    assert [MONTH_NAMES.index(name) + 1 for name in MONTH_NAMES] == list(range(1, 13))
    assert MONTH_NAMES[dt.date(2022, 7, 26).month - 1] == "July"


def test_weekdays_follow_date_weekday():
    assert WEEKDAY_NAMES[dt.date(2022, 3, 7).weekday()] == "Monday"
    assert WEEKDAY_NAMES[dt.date(2022, 3, 13).weekday()] == "Sunday"
