from __future__ import annotations

import pytest

from pipeline.counted_dates import count_from, counted_date, offset_of
from pipeline.date_expressions import Resolved

DAY = Resolved("2022-03-07", "day")
MONTH = Resolved("2021-09", "month")
YEAR = Resolved("1951", "year")


@pytest.mark.parametrize(
    ("expression", "offset"),
    [
        ("The previous day", (-1, "day")),
        ("the day before", (-1, "day")),
        ("The next day", (1, "day")),
        ("the following day", (1, "day")),
        ("Two days earlier", (-2, "day")),
        ("a week later", (1, "week")),
        ("Two months later", (2, "month")),
        ("twenty years earlier", (-20, "year")),
        ("yesterday", None),
    ],
)
def test_offset_of(expression, offset):
    assert offset_of(expression) == offset


@pytest.mark.parametrize(
    ("expression", "anchor", "expected"),
    [
        ("The previous day", DAY, ("2022-03-06", "day")),
        ("three days later", DAY, ("2022-03-10", "day")),
        ("a week earlier", DAY, ("2022-02", "month")),  # weeks give the month
        ("Two months later", MONTH, ("2021-11", "month")),
        ("Four months later", MONTH, ("2022-01", "month")),  # over the year's end
        ("Two months later", DAY, ("2022-05", "month")),
        ("Three years later", YEAR, ("1954", "year")),
        # An anchor less precise than the unit counts for nothing.
        ("The previous day", MONTH, None),
        ("Two months later", YEAR, None),
    ],
)
def test_count_from(expression, anchor, expected):
    assert count_from(expression, anchor) == (None if expected is None else Resolved(*expected))


@pytest.mark.parametrize(
    ("before", "expression", "expected"),
    [
        ("On Monday, the Secretary met the Minister. ", "The previous day", "2022-03-06"),
        ("They met on March 3 and again on March 5. ", "The next day", "2022-03-06"),
        # A counted expression before is skipped: the anchor is the date it counts from.
        ("They met on March 3. The next day they talked. ", "Two days later", "2022-03-05"),
        ("In September 2021, the leaders met. ", "Two months later", "2021-11"),
        # The last date is the anchor, even when an older one would be precise enough.
        ("They met on March 3 and again in April 2021. ", "The next day", None),
        ("They met. ", "The previous day", None),
    ],
)
def test_counted_date(before, expression, expected):
    found = counted_date(before, expression, "2022-03-07")
    assert (found.value if found else None) == expected
