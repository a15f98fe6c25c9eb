"""English weekday and month names and full dates, as releases write them (not the locale's)."""

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
#: A full date: day, month and year ("September 20, 2019", "Sept. 20, 2019", "20th
#: September 2019", "2019-09-20", "9/20/2019").
FULL_DATE_PATTERN = (
    rf"(?:{MONTH_PATTERN} +\d{{1,2}}(?:st|nd|rd|th)?,? +\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)? +{MONTH_PATTERN},? +\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4})"
)
