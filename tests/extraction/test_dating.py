"""When a signing happened: pipeline.extraction.dating over sentences written for the tests."""

from __future__ import annotations

import pytest

from pipeline.extraction.dating import (
    anniversary_year,
    dateline_end,
    next_occurrence,
    pick_date,
    previous_occurrence,
    same_day_dates,
    year_in_name,
)


@pytest.mark.parametrize(
    "text, date",
    [
        ("Yesterday, Ghana and the United States signed an agreement.", "2022-03-06"),
        ("The agreements, negotiated in 2014 and signed by Russia, remain in force.", None),
        ("In 2008, the United States and India signed an agreement.", "2008"),
        ("The treaty signed on December 30, 2019 entered into force today.", "2019-12-30"),
        (
            "WASHINGTON, March 3, 2022 -- Yesterday, Prescott and Mexican Secretary Ruiz signed it.",
            "2022-03-06",
        ),
        # A dateline's date is the release's: the words after its dash open the sentence.
        (
            "WASHINGTON, March 3, 2022 — Yesterday, the United States and the Government of "
            "Kenya signed a memorandum.",
            "2022-03-06",
        ),
        (
            "NAIROBI, Kenya, March 3, 2022 — On March 1, USAID and the Kenyan Ministry of "
            "Health signed an agreement.",
            "2022-03-01",
        ),
        (
            "WASHINGTON (March 3, 2022) — Today, the United States and the Government of Kenya "
            "signed a memorandum.",
            "2022-03-07",
        ),
        # A day that "marks" an anniversary is no signing's date, unless it is the only one.
        (
            "Today marks 72 years since the signing of the treaty on August 30, 1951.",
            "1951-08-30",
        ),
        ("Last year marked 70 years since the signing of the treaty.", "2021"),
        # An opening place before the date; not a date of the verb that reports the signing.
        ("In Islamabad on 13 May, Ghana and Togo signed an agreement.", "2022-05-13"),
        # An opening time with "at" and "noon" is still the sentence's opening.
        (
            "At noon Monday, after months of talks, Ghana and Togo signed an agreement.",
            "2022-03-07",
        ),
        # "and the <Title>" after a date opens a clause: the date is another verb's.
        (
            "The talks ended in March and the Ambassador of Togo signed the agreement with Ghana.",
            None,
        ),
        # "and the <Title>" continues a list of signers, not a clause.
        (
            "In Washington today, Ambassador Ana Ruiz and the Ambassador of Togo, Dr. Kofi "
            "Mensah, signed an agreement.",
            "2022-03-07",
        ),
        ("USAID said on Tuesday that it had signed an agreement with Togo last month.", "2022-02"),
    ],
)
def test_pick_date(parsed, first_trigger, text, date):
    doc = parsed(text)
    trigger = first_trigger(doc)
    found = pick_date(doc, trigger.sent, trigger.start, trigger.end, (0, 0))
    assert (found.kb_id_ if found is not None else None) == date


@pytest.mark.parametrize(
    ("text", "after"),
    [
        ("WASHINGTON, March 3, 2022 — Yesterday, they signed it.", "Yesterday"),
        ("MAJURO, Marshall Islands, March 3, 2022 – Today, they signed it.", "Today"),
        ("WASHINGTON (March 3, 2022) — Today, they signed it.", "Today"),
        # No dash after the date, a date that opens the sentence, words in lower case.
        ("WASHINGTON, March 3, 2022, they signed it.", "WASHINGTON"),
        ("March 3, 2022 — they signed it.", "March"),
        ("the envoy said on March 3, 2022 - they signed it.", "the"),
    ],
)
def test_dateline_end(parsed, text, after):
    from pipeline.extensions import DATES, cached_spans

    doc = parsed(text)
    sentence = next(iter(doc.sents))
    assert doc[dateline_end(doc, sentence, cached_spans(doc, DATES))].text == after


def test_pick_date_stops_at_the_next_trigger(parsed, first_trigger):
    doc = parsed("Poland signed the accord, and Hungary will sign it next month.")
    first = first_trigger(doc)
    second = next(t.i for t in doc if t.lower_ == "sign")
    assert pick_date(doc, first.sent, first.start, first.end, (0, 0)).kb_id_ == "2022-04"
    assert pick_date(doc, first.sent, first.start, first.end, (0, 0), second) is None


def test_pick_date_keeps_to_the_clause_of_the_trigger(parsed):
    doc = parsed("Ghana signed the accord on Monday, and Benin signed the protocol on Tuesday.")
    second = [t for t in doc if t.lower_ == "signed"][1]
    floor = next(t.i for t in doc if t.text == ",") + 1
    # Without the floor the nearer date before the verb wins; from it, its own.
    assert pick_date(doc, second.sent, second.i, second.i + 1, (0, 0)).text == "Monday"
    found = pick_date(doc, second.sent, second.i, second.i + 1, (0, 0), None, floor)
    assert found.text == "Tuesday"
    # A date opening the sentence holds for every clause of it.
    doc = parsed("On Monday, Ghana signed the accord, and Benin signed the protocol.")
    second = [t for t in doc if t.lower_ == "signed"][1]
    floor = [t.i for t in doc if t.text == ","][1] + 1
    assert pick_date(doc, second.sent, second.i, second.i + 1, (0, 0), None, floor).text == "Monday"


@pytest.mark.parametrize(
    "text, anchor, year",
    [
        (
            "Last year marked the 70th anniversary of the signing of the ANZUS Treaty.",
            "2021",
            "1951",
        ),
        (
            "We celebrate the fiftieth anniversary of the signing of the Treaty.",
            "2022-03-07",
            "1972",
        ),
        (
            "This year marks the fourth anniversary of the signing of the Treaty.",
            "2022-03-07",
            "2018",
        ),
        ("The treaty was signed in 1979.", "2022-03-07", None),
        # Matched case-blind, as the expressions do: capitals, and the dotless "ı" and
        # long "ſ" that case-blind matching takes for "i" and "s".
        ("TODAY MARKS THE 70TH ANNIVERSARY OF THE SIGNING OF THE TREATY.", "2021", "1951"),
        ("the 70th annıversary of the signing of the Treaty", "2021", "1951"),
        ("the 70th anniverſary of the signing of the Treaty", "2021", "1951"),
        ("The anniversary dinner was held in the capital.", "2021", None),
        ("the 70th anniversary of the signing of the Treaty", None, None),
    ],
)
def test_anniversary_year(text, anchor, year):
    assert anniversary_year(text, anchor) == year


@pytest.mark.parametrize(
    "text, year",
    [
        ("Our 1979 Treaty of Friendship stands.", "1979"),
        ("The 2030 Agenda stands.", None),  # after the release year: a target
        ("The 2020-2025 Framework stands.", None),  # the end of a range
        ("The fifth amendment to the 2020 Agreement stands.", None),
    ],
)
def test_year_in_name(parsed, text, year):
    doc = parsed(text)
    head = next(t.i for t in doc if t.lower_ in ("treaty", "agenda", "framework", "agreement"))
    assert year_in_name(doc, head, "2022-03-07") == year


@pytest.mark.parametrize(
    "value, weekly, expected",
    [
        ("2022-03-04", True, "2022-03-11"),  # "will sign on Friday", said on Monday the 7th
        ("2022-03-07", True, "2022-03-07"),
        ("2022-01-04", False, "2023-01-04"),
        ("2021-07", False, "2022-07"),
    ],
)
def test_next_occurrence_by_week_or_year(value, weekly, expected):
    assert next_occurrence(value, "2022-03-07", weekly=weekly) == expected


@pytest.mark.parametrize(
    "month, release_date, expected",
    [
        ("2021-07", "2022-03-07", "2022-07"),
        ("2022-03", "2022-03-07", "2022-03"),
        ("2021-12", "2022-01-31", "2022-12"),
        ("2022-02", None, "2022-02"),
        ("2021", "2022-03-07", "2021"),  # a year is not a month
        ("2022-01-04", "2022-03-07", "2023-01-04"),
        ("2022-03-07", "2022-03-07", "2022-03-07"),
        ("2024-02-29", "2024-03-01", "2025-03-01"),  # no February 29 in 2025
    ],
)
def test_next_occurrence(month, release_date, expected):
    assert next_occurrence(month, release_date) == expected


def _event(start, evidence, date=None, precision=None):
    return {
        "start_char": start,
        "evidence": evidence,
        "date": date,
        "date_precision": precision,
        "date_source": "text" if date else None,
        "date_text": None,
    }


@pytest.mark.parametrize(
    "evidence, date",
    [
        ("Later that day, the Minister signed an MOU.", "2022-03-15"),
        ("The same day, USAID signed a grant.", "2022-03-15"),
        ("Earlier in the day, both sides signed a Compact.", "2022-03-15"),
        ("That same day, Ghana signed it.", "2022-03-15"),
        # No same-day words: stays undated.
        ("Ghana signed it.", None),
        ("Every day, Ghana works on it; Ghana signed it.", None),
    ],
)
def test_same_day_dates(evidence, date):
    events = [_event(10, "On March 15, A signed it.", "2022-03-15", "day"), _event(90, evidence)]
    same_day_dates(events)
    assert events[1]["date"] == date
    if date:
        assert (events[1]["date_precision"], events[1]["date_source"]) == ("day", "text")
        assert events[1]["date_text"].lower() in evidence.lower()


def test_same_day_needs_an_earlier_day():
    # Before any dated signing, or after one dated only by its month, nothing is copied.
    events = [
        _event(10, "Later that day, A signed it."),
        _event(90, "A signed B in May.", "2022-05", "month"),
        _event(150, "The same day, C signed D."),
    ]
    same_day_dates(events)
    assert [e["date"] for e in events] == [None, "2022-05", None]


@pytest.mark.parametrize(
    "value, release_date, expected",
    [
        ("2022-07-12", "2022-03-07", "2021-07-12"),  # months after the release: last year's
        ("2022-03-09", "2022-03-07", "2022-03-09"),  # days after: the release is early
        ("2022-02-01", "2022-03-07", "2022-02-01"),  # before the release: as it is
        ("2024-02-29", "2024-01-10", "2023-02-28"),  # no 29 February the year before
        ("2022-07", "2022-03-07", "2022-07"),  # a month is left to the date component
        ("2022-07-12", None, "2022-07-12"),
    ],
)
def test_previous_occurrence(value, release_date, expected):
    assert previous_occurrence(value, release_date) == expected


def test_a_date_opening_a_speakers_words_dates_the_signing(events_of):
    [event] = events_of(
        "DEPUTY SECRETARY OF STATE CAMPBELL: Yesterday, Japan and the United States signed "
        "the arrangement.",
        date="2024-05-01",
    )
    assert event["date"] == "2024-04-30"
