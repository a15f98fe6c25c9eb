from __future__ import annotations

import io
import json
from typing import Any

import pandas as pd
import pytest

from pipeline.evaluate import GoldDoc, Report, evaluate
from pipeline.report import (
    DIFF_COLUMNS,
    comparison_frame,
    comparison_to_csv,
    event_diff,
    render_comparison,
    render_report,
    report_to_csv,
    report_to_json,
)


def event(agreement: str, agreement_type: str, countries: tuple[str, ...], **extra: Any):
    return {
        "agreement": agreement,
        "agreement_type": agreement_type,
        "parties": [
            {"name": "Antony J. Blinken", "kind": "person", "title": None, "country": "USA"}
        ],
        "countries": list(countries),
        "date": "2022-03-11",
        "date_precision": "day",
        "location": "Washington, D.C.",
        "evidence": f"Secretary Blinken signed the {agreement} today.",
        **extra,
    }


MOC = event("Memorandum of Cooperation", "memorandum", ("USA",))
ACCORDS = event("Artemis Accords", "accord", ("USA", "BRA"))
GUEST_BOOK = event("Guest Book", "other", ("FRA",), rule="noun_signing", status="signed")

GOLD = {
    "r1": GoldDoc(
        "r1",
        (MOC, ACCORDS),
        {"people": ("Antony J. Blinken",), "countries": ("USA", "BRA"), "agencies": ()},
    ),
    "r2": GoldDoc("r2", ()),
}
PREDICTIONS_A = [
    {
        "id": "r1",
        "events": [dict(MOC, rule="verb_signed", status="signed", date="2022-03-10")],
        "entities": {"people": ["Antony Blinken"], "countries": ["USA"], "agencies": []},
    },
    {"id": "r2", "events": [GUEST_BOOK]},
]
PREDICTIONS_B = [
    {
        "id": "r1",
        "events": [
            dict(MOC, rule="verb_signed", status="signed"),
            dict(ACCORDS, rule="signatory_noun", status="signed"),
        ],
        "entities": {"people": ["Antony J. Blinken"], "countries": ["USA", "BRA"], "agencies": []},
    },
    {"id": "r2", "events": []},
]


@pytest.fixture(scope="module")
def report_a() -> Report:
    return evaluate(GOLD, PREDICTIONS_A, seconds=0.5, words=2000)


@pytest.fixture(scope="module")
def report_b() -> Report:
    return evaluate(GOLD, PREDICTIONS_B, seconds=0.25)


def line_of(text: str, label: str, section: str = "") -> list[str]:
    """The cells of the first line starting with ``label`` after the line ``section`` starts."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(section))
    return next(line.split() for line in lines[start:] if line.startswith(label))


@pytest.mark.parametrize(
    ("section", "label", "cells"),
    [
        # events: 1 true of 2 predicted and 2 gold.
        ("Events", "events ", ["events", "1", "2", "2", "0.500", "0.500", "0.500"]),
        ("Events", "full events", ["full", "events", "0", "2", "2", "0.000", "0.000", "0.000"]),
        # (event, country) pairs: predicted USA + FRA, gold USA + USA, BRA.
        ("Events", "countries ", ["countries", "1", "2", "3", "0.500", "0.333", "0.400"]),
        # Per release: r1 Blinken once of twice, r2 a Blinken the gold does not have.
        ("Events", "signers ", ["signers", "1", "2", "2", "0.500", "0.500", "0.500"]),
        ("Fields", "date ", ["date", "0", "1", "0.000"]),
        ("Fields", "location ", ["location", "1", "1", "1.000"]),
        ("Fields", "countries ", ["countries", "1", "1", "1.000"]),
        ("Entities", "people ", ["people", "1", "1", "1", "1.000", "1.000", "1.000"]),
        ("Entities", "countries ", ["countries", "1", "1", "2", "1.000", "0.500", "0.667"]),
        ("Entities", "agencies ", ["agencies", "0", "0", "0", "-", "-", "-"]),
        ("Rules", "noun_signing", ["noun_signing", "1", "0", "1", "0.000"]),
        ("Rules", "verb_signed", ["verb_signed", "1", "1", "0", "1.000"]),
    ],
)
def test_render_report_contains_the_numbers(report_a, section, label, cells):
    assert line_of(render_report(report_a), label, section) == cells


def test_render_report_speed_and_header(report_a):
    text = render_report(report_a)
    assert text.startswith("Evaluation: 2 gold releases, statuses signed\n")
    assert "2 documents in 0.50 s: 4.0 documents/s; 2,000 words: 4,000.0 words/s" in text
    assert "Entities (1 releases with entity sets)" in text
    assert "Missed events" not in text


def test_render_report_errors_lists_misses_false_events_and_fields(report_a):
    text = render_report(report_a, errors=True)
    assert "Missed events (gold, not predicted): 1" in text
    assert "Secretary Blinken signed the Artemis Accords today." in text
    assert "False events (predicted, not in gold): 1" in text
    assert line_of(text, "r2")[:2] == ["r2", "noun_signing"]
    assert "Field errors of matched events: 1" in text
    field_line = next(line for line in text.splitlines() if "2022-03-10" in line)
    assert field_line.split()[:6] == ["r1", "date", "2022-03-11", "(day)", "2022-03-10", "(day)"]


def test_render_report_of_nothing():
    text = render_report(evaluate({"r1": GoldDoc("r1", ())}, [{"id": "r1", "events": []}]))
    assert line_of(text, "events ") == ["events", "0", "0", "0", "-", "-", "-"]
    assert "(no events predicted)" in text and "(not measured)" in text


def test_report_to_json_round_trips(report_a):
    data = json.loads(report_to_json(report_a))
    assert data == json.loads(json.dumps(report_a.to_dict()))
    assert data["events"]["f1"] == 0.5
    assert [row["kind"] for row in data["errors"]] == ["missed", "field", "false"]


def test_comparison_frame_has_a_column_per_rule_set(report_a, report_b):
    frame = comparison_frame({"default": report_a, "wide": report_b})
    assert list(frame.columns) == ["default", "wide"]
    assert frame.loc["events f1", "default"] == 0.5
    assert frame.loc["events f1", "wide"] == 1.0
    true = frame.loc["events true", "wide"]
    assert true == 2 and isinstance(true, int)
    assert frame.loc["words/s", "wide"] is None
    assert frame.loc["documents/s", "wide"] == 8.0


def test_render_comparison(report_a, report_b):
    text = render_comparison({"default": report_a, "wide": report_b})
    assert line_of(text, "events f1") == ["events", "f1", "0.500", "1.000"]
    assert line_of(text, "events true") == ["events", "true", "1", "2"]
    assert line_of(text, "words/s") == ["words/s", "4000.000", "-"]
    # The per-rule table: noun_signing never fired in "wide".
    assert line_of(text, "noun_signing") == [
        "noun_signing",
        "1",
        "0",
        "1",
        "0.000",
        "-",
        "-",
        "-",
        "-",
    ]
    assert line_of(text, "signatory_noun") == [
        "signatory_noun",
        "-",
        "-",
        "-",
        "-",
        "1",
        "1",
        "0",
        "1.000",
    ]


def test_comparison_csv(report_a, report_b):
    frame = pd.read_csv(
        io.StringIO(comparison_to_csv({"default": report_a, "wide": report_b})), index_col="figure"
    )
    assert frame.loc["events f1", "default"] == 0.5
    assert frame.loc["events gold", "wide"] == 2
    single = pd.read_csv(io.StringIO(report_to_csv(report_a, "default")), index_col="figure")
    assert list(single.columns) == ["default"]


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (
            PREDICTIONS_A,
            PREDICTIONS_B,
            [
                ("r1", "b only", "Artemis Accords", "signatory_noun"),
                ("r2", "a only", "Guest Book", "noun_signing"),
            ],
        ),
        (
            PREDICTIONS_B,
            PREDICTIONS_A,
            [
                ("r1", "a only", "Artemis Accords", "signatory_noun"),
                ("r2", "b only", "Guest Book", "noun_signing"),
            ],
        ),
        (PREDICTIONS_A, PREDICTIONS_A, []),
    ],
)
def test_event_diff_lists_what_only_one_side_finds(first, second, expected):
    frame = event_diff(first, second)
    assert list(frame.columns) == list(DIFF_COLUMNS)
    found = [
        (row["release_id"], row["side"], row["agreement"], row["rule"])
        for row in frame.to_dict("records")
    ]
    assert found == expected


def test_event_diff_options():
    only_r1 = event_diff(
        PREDICTIONS_A, PREDICTIONS_B, names=("default", "wide"), release_ids=["r1"]
    )
    assert list(only_r1["side"]) == ["wide only"]
    planned = [{"id": "r1", "events": [dict(MOC, status="planned", rule="future")]}]
    assert len(event_diff(planned, [{"id": "r1", "events": []}], statuses=("signed",))) == 0
    assert list(event_diff(planned, [])["status"]) == ["planned"]


def test_event_diff_with_gold_says_which_unpaired_events_are_true():
    frame = event_diff(PREDICTIONS_A, PREDICTIONS_B, names=("a", "b"), gold=GOLD)
    found = {(row["release_id"], row["side"], row["in_gold"]) for row in frame.to_dict("records")}
    assert found == {("r1", "b only", "yes"), ("r2", "a only", "no")}
    assert set(event_diff(PREDICTIONS_A, PREDICTIONS_B)["in_gold"]) == {""}


def test_comparison_extra_rows_come_last(report_a, report_b):
    extra = {"default": {"peak memory MiB": 210.5}, "wide": {"peak memory MiB": None}}
    frame = comparison_frame({"default": report_a, "wide": report_b}, extra=extra)
    assert frame.index[-1] == "peak memory MiB"
    assert frame.loc["peak memory MiB", "default"] == 210.5
    text = render_comparison({"default": report_a, "wide": report_b}, extra=extra)
    assert line_of(text, "peak memory") == ["peak", "memory", "MiB", "210.500", "-"]
    csv_frame = pd.read_csv(
        io.StringIO(comparison_to_csv({"default": report_a}, extra=extra)), index_col="figure"
    )
    assert csv_frame.loc["peak memory MiB", "default"] == 210.5
