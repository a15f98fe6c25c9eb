"""When a signing happened: the date of its clause, or what the release says around it.

The DATE spans of :mod:`pipeline.components.dates` are read here: the one of the trigger's
clause (:func:`pick_date`), the occasion a release reports when the signing's sentence
has none (:func:`.occasions.occasion_date`), the year an anniversary counts back to, the year an
instrument's name opens with, and a planned signing's yearless date moved forward.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from typing import Any

from spacy.tokens import Doc, Span

from ..extensions import DATES, cached_spans
from .speakers import label_end
from .words import lower_words

#: Kinds of DATE spans whose year comes from the release date ("in July", "on July 26"),
#: not from the text: a planned signing's is moved to the next occurrence.
YEARLESS = frozenset({"month", "month_day", "weekday"})


# Words that separate a date before the trigger from the trigger's own clause
# ("negotiated in 2014 and signed by Russia").
#: Words after the trigger that open another clause, whose date is not the signing's.
CLAUSE_WORDS = frozenset({";", "which", "while", "but"})
#: Words that may come before a date opening a sentence ("In late 2008, ...").
OPENING_LEADS = frozenset(
    {"on", "in", "during", "by", "since", "early", "late", "back", "the", "at", "around"}
    | {"noon", "midnight", "a.m.", "p.m."}
)
DATE_BARRIERS = frozenset({"and", "which", "that", ";", "but", "while", "after", "before", "since"})


#: Dashes that close a dateline ("NAIROBI, Kenya, June 4, 2024 —").
DATELINE_DASHES = frozenset({"—", "–", "-", "--"})
#: How many tokens a dateline's place may take before its date.
_DATELINE_PLACE = 8


def dateline_end(doc: Doc, sentence: Span, dates: list[Span]) -> int:
    """Where a sentence's text begins after a dateline with a date, or its start.

    "WASHINGTON, June 4, 2024 — Yesterday, the United States ... signed": the dateline's
    date is the release's, and "Yesterday" opens the sentence's own words.
    """
    for span in dates:
        if span.start < sentence.start:
            continue
        if span.start - sentence.start > _DATELINE_PLACE or span.start == sentence.start:
            break
        after = span.end + (span.end < sentence.end and doc[span.end].text == ")")
        if after < sentence.end and doc[after].text in DATELINE_DASHES:
            place = doc[sentence.start : span.start]
            if all(t.is_punct or t.text[:1].isupper() for t in place):
                return after + 1
        break
    return sentence.start


def pick_date(
    doc: Doc,
    sentence: Span,
    start: int,
    end: int,
    avoid: tuple[int, int],
    ceiling: int | None = None,
    floor: int | None = None,
    predicate: int | None = None,
) -> Span | None:
    """The DATE span of the trigger's clause nearest to it, not inside the instrument's name.

    A date after the trigger counts up to the end of the clause, and never past the
    sentence's next signing verb (``ceiling``: "A signed it, and B will sign it next month");
    a date before it only when no conjunction or relative word separates them and it lies
    in the trigger's clause (from ``floor``: "A signed X on Monday, and B signed Y on
    Tuesday"), or when it opens the sentence ("In 2008, ...", "On Wednesday, March 2, ...").
    A nominal signing's main ``predicate`` (its first token) dates it past a relative
    clause ("The signing of X, which had been delayed for years, took place on Friday").
    """
    best: Span | None = None
    marked: Span | None = None
    best_distance = 10**9
    last = sentence.end if ceiling is None else min(ceiling, sentence.end)
    dates = cached_spans(doc, DATES)
    opening = max(dateline_end(doc, sentence, dates), label_end(doc, sentence))
    for span in dates:
        if span.start < opening or span.end > last:
            continue
        if avoid[0] <= span.start and span.end <= avoid[1]:
            continue
        if span.end <= start:
            if lower_words(doc, span.end, span.end + 1) in (["marks"], ["marked"]):
                # "Today marks 72 years since the signing of ... on August 30, 1951": the
                # anniversary's day, used only when the signing has no date of its own
                # ("Last year marked the 70th anniversary of the signing").
                marked = span
                continue
            # "In 2008, ...", "On Wednesday, March 2, ...", "In Islamabad on 13 May, ...":
            # not "USAID said on Tuesday that it had signed ...", another verb's date.
            opens = span.start - opening <= 3 and all(
                token.lower_ in OPENING_LEADS
                or token.text[:1].isupper()
                or token.is_punct
                or token.like_num
                for token in doc[opening : span.start]
            )
            if not opens and (_barrier(doc, span.end, start) or span.start < (floor or 0)):
                continue
            distance = start - span.end
        else:
            # Past a nominal's relative clause, only the words after its predicate count.
            after = predicate if predicate is not None and span.start >= predicate else end
            between = {token.lower_ for token in doc[after : span.start]}
            if between & CLAUSE_WORDS:
                continue
            distance = span.start - end
        if distance < best_distance:
            best, best_distance = span, distance
    return best if best is not None else marked


def _barrier(doc: Doc, start: int, end: int) -> bool:
    """Whether a clause boundary lies between two offsets.

    "and" separates clauses only before a lower-case word ("... in 2014 and signed by"),
    not inside a list of parties ("Prescott and Mexican Secretary ...", "A and the
    Ambassador of the Czech Republic").
    """
    for token in doc[start:end]:
        if token.lower_ in DATE_BARRIERS and token.lower_ != "and":
            return True
        if token.lower_ == "and" and token.i + 1 < len(doc) and doc[token.i + 1].is_lower:
            if token.i > start and _joins_names(doc, token.i):
                continue  # "... Halvorsen and the Ambassador of the Czech Republic"
            return True
    return False


def _joins_names(doc: Doc, and_index: int) -> bool:
    """Whether "and the <Title>" continues a list of names: a name before it, not a date.

    "A and the Ambassador of the Czech Republic" does; "The talks concluded in March and
    the Ambassador of Paraguay signed" opens a clause.
    """
    before, article = doc[and_index - 1], doc[and_index + 1]
    following = doc[and_index + 2] if and_index + 2 < len(doc) else None
    return (
        article.lower_ in _ARTICLES
        and following is not None
        and following.is_title
        and before.is_title
        and not any(span.start <= before.i < span.end for span in cached_spans(doc, DATES))
    )


_ARTICLES = frozenset({"the", "a", "an"})


_ANNIVERSARY = re.compile(r"(?i)\b(\d{1,3})(?:st|nd|rd|th)\s+anniversary\s+of\s+(?:the\s+)?sign")
_ORDINAL_WORDS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "twentieth": 20,
    "twenty-fifth": 25,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "sixtieth": 60,
    "seventieth": 70,
    "seventy-fifth": 75,
    "hundredth": 100,
}
_ANNIVERSARY_WORD = re.compile(
    r"(?i)\b(" + "|".join(_ORDINAL_WORDS) + r")\s+anniversary\s+of\s+(?:the\s+)?sign"
)


def _may_say_anniversary(text: str) -> bool:
    """Whether "anniversary" may be in ``text`` as the case-blind expressions match it.

    Both expressions search case-blind, at every word; a substring test rules most
    sentences out first. Case-blind matching also takes "ı", "İ" and "ſ" for "i" and "s",
    which ``str.lower`` does not map to them: a text holding one goes to the expressions.
    """
    return "anniversary" in text.lower() or any(c in text for c in "ıİſ")


def anniversary_year(text: str, anchor: str | None) -> str | None:
    """The signing year behind "the 70th anniversary of the signing of ..." in ``anchor``'s year.

    Args:
        text: The sentence.
        anchor: The date the anniversary falls in (the sentence's date, else the release date).
    """
    if not anchor or not _may_say_anniversary(text):
        return None
    match = _ANNIVERSARY.search(text)
    years = int(match.group(1)) if match else None
    if years is None:
        worded = _ANNIVERSARY_WORD.search(text)
        years = _ORDINAL_WORDS[worded.group(1).lower()] if worded else None
    return None if years is None else f"{int(anchor[:4]) - years:04d}"


def year_in_name(doc: Doc, instrument_start: int, release_date: str | None) -> str | None:
    """The year an instrument's name opens with ("Our 1979 Treaty of Friendship"), if any.

    Only a year no later than the release's, and not the end of a range ("the 2020-2025
    Framework"): a name that holds a year gives the signing's year.
    """
    if instrument_start < 1:
        return None
    year = doc[instrument_start - 1].text
    if not (len(year) == 4 and year.isdigit() and "1600" <= year <= "2099"):
        return None
    if release_date and year > release_date[:4]:
        return None  # "the 2030 Agenda": a target, not a date
    before = doc[instrument_start - 2].lower_ if instrument_start >= 2 else ""
    if before in ("the", "our", "this", "that") and instrument_start >= 3:
        before = doc[instrument_start - 3].lower_
    # The end of a range ("the 2020-2025 Framework"), or an older instrument that the
    # signed one amends or extends ("the fifth amendment to the 2020 Agreement").
    return None if before in ("-", "–", "—", "to", "through", "of") else year


def next_occurrence(value: str, release_date: str | None, weekly: bool = False) -> str:
    """A date the text gave without a year, moved to its next occurrence.

    The date component reads "in March" as the latest March, "on March 4" as March 4 of
    the release's year and "on Thursday" as the latest Thursday; "will sign in March",
    said in July, is next March, and "will sign on Thursday", said on a Monday, is the
    coming Thursday ("in July" said in July stays). ``value`` is ``YYYY-MM`` or
    ``YYYY-MM-DD``; ``weekly`` moves a day by a week instead of a year.
    """
    if not release_date or len(value) not in (7, 10) or value >= release_date[: len(value)]:
        return value
    if weekly and len(value) == 10:
        return (date.fromisoformat(value) + timedelta(days=7)).isoformat()
    year = int(value[:4]) + 1
    if value[4:] == "-02-29" and not calendar.isleap(year):
        return f"{year:04d}-03-01"
    return f"{year:04d}{value[4:]}"


#: How many days after the release a signed day without a year may fall and stay put.
PAST_DAY_SLACK = 31


def previous_occurrence(value: str, release_date: str | None) -> str:
    """A day given without a year, more than a month after the release, moved back a year.

    "signed on July 12", told in a March release, was last July; "signed on March 9" in a
    release of March 7 is kept (a release dated a little early, not a year-old signing).
    ``value`` is ``YYYY-MM-DD``; others are returned as they are.
    """
    if not release_date or len(value) != 10 or len(release_date) < 10:
        return value
    released = date.fromisoformat(release_date[:10])
    if date.fromisoformat(value) <= released + timedelta(days=PAST_DAY_SLACK):
        return value
    year = int(value[:4]) - 1
    if value[4:] == "-02-29" and not calendar.isleap(year):
        return f"{year:04d}-02-28"
    return f"{year:04d}{value[4:]}"


#: Words that date a signing by the one told before it: "Later that day", "The same day".
SAME_DAY = re.compile(
    r"\b(?:later|earlier)\s+(?:that|the\s+same|in\s+the)\s+day\b|\b(?:the|that)\s+same\s+day\b",
    re.IGNORECASE,
)


def same_day_dates(events: list[dict[str, Any]]) -> None:
    """Date undated signings told "later that day" or "the same day" by the signing before.

    ``events`` are in text order; the date (at day precision) of the latest earlier event
    that has one is copied, with the words as ``date_text``.
    """
    last: dict[str, Any] | None = None
    for event in events:
        said = SAME_DAY.search(event["evidence"]) if event["date"] is None else None
        if said and last is not None and event["start_char"] > last["start_char"]:
            event.update(
                date=last["date"],
                date_precision="day",
                date_source="text",
                date_text=said.group(0),
            )
        if event["date"] is not None and event["date_precision"] == "day":
            last = event
