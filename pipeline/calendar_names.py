"""English weekday and month names, as written in releases (not the locale's)."""

from __future__ import annotations

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

#: A month as releases write it in a date, full or short, with an optional period
#: ("September", "Sept.", "Sep").
MONTH_PATTERN = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
#: A weekday before a date, with its comma ("Monday, ").
WEEKDAY_PATTERN = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? +)"
