"""pipeline.compare on hand-made runs: no pipeline is loaded here (test_cli.py runs them)."""

from __future__ import annotations

import csv
import json
from typing import Any

import pytest

from pipeline.compare import Comparison, Run, diff_runs
from pipeline.evaluate import evaluate
from pipeline.matching import GoldDoc

US = {"name": "United States", "kind": "country", "title": None, "country": "USA"}
KEN = {"name": "Kenya", "kind": "country", "title": None, "country": "KEN"}


def event(agreement: str, kind: str, rule: str, *parties: dict[str, Any]) -> dict[str, Any]:
    return {
        "agreement": agreement,
        "agreement_type": kind,
        "parties": list(parties),
        "countries": sorted(p["country"] for p in parties),
        "date": None,
        "date_precision": None,
        "location": None,
        "status": "signed",
        "rule": rule,
        "evidence": f"They signed the {agreement}.",
    }


TRADE = event("Trade Agreement", "agreement", "r.active", US, KEN)
HEALTH = event("Health Memorandum", "memorandum", "r.passive", US, KEN)
BOOK = event("Guest Book", "other", "r.nominal", US)
GOLD = {"a": GoldDoc("a", (TRADE, HEALTH)), "b": GoldDoc("b", ())}


def run(
    name: str,
    events_a: list[dict[str, Any]],
    events_b: list[dict[str, Any]],
    memory: float | None = 300.0,
) -> Run:
    return Run(
        name=name,
        path=f"/rules/{name}",
        documents=2,
        words=1000,
        seconds=0.5,
        load_seconds=0.1,
        peak_memory_mb=memory,
        predictions=[{"id": "a", "events": events_a}, {"id": "b", "events": events_b}],
    )


@pytest.fixture
def comparison() -> Comparison:
    runs = [run("first", [TRADE], [BOOK]), run("second", [TRADE, HEALTH], [])]
    reports = {
        r.name: evaluate(GOLD, r.predictions, seconds=r.seconds, words=r.words) for r in runs
    }
    return Comparison(
        gold="gold.jsonl",
        statuses=("signed",),
        runs={r.name: r for r in runs},
        reports=reports,
        diff=diff_runs(runs, GOLD, ("signed",)),
    )


def test_diff_runs_pairs_events_and_marks_gold_matches(comparison):
    rows = [
        (r["release_id"], r["side"], r["in_gold"], r["rule"])
        for r in comparison.diff.to_dict("records")
    ]
    assert sorted(rows) == [
        ("a", "second only", "yes", "r.passive"),
        ("b", "first only", "no", "r.nominal"),
    ]


def test_diff_of_three_rule_sets_compares_each_with_the_first():
    runs = [run("first", [TRADE], []), run("second", [TRADE, HEALTH], []), run("third", [], [])]
    frame = diff_runs(runs, GOLD, ("signed",))
    assert sorted(zip(frame["side"], frame["rule"], strict=True)) == [
        ("first only", "r.active"),
        ("second only", "r.passive"),
    ]


def test_the_headline_table_has_speed_memory_and_every_figure(comparison):
    frame = comparison.frame()
    assert list(frame.columns) == ["first", "second"]
    assert frame.loc["events f1", "first"] == pytest.approx(2 * 1 / (2 + 2), abs=1e-4)
    assert frame.loc["events f1", "second"] == 1.0
    assert frame.loc["peak memory MiB", "second"] == 300.0
    assert frame.loc["words/s", "first"] == 2000.0
    assert frame.loc["load seconds", "first"] == 0.1


def test_render_names_the_memory_measure_and_lists_the_diff(comparison):
    text = comparison.render()
    assert "ru_maxrss" in text
    assert "Event diff (vs first): 2 events found by one rule set only" in text
    assert "They signed the Guest Book." in text
    unmeasured = Comparison(
        "g", ("signed",), {"x": run("x", [], [], memory=None)}, {"x": comparison.reports["first"]}
    )
    assert "not measured" in unmeasured.render()


def test_json_and_csv(comparison, tmp_path):
    data = json.loads(comparison.to_json())
    assert data["rule_sets"]["second"]["peak_memory_mib"] == 300.0
    assert data["rule_sets"]["first"]["report"]["rules"][0]["rule"] == "r.active"
    assert {row["rule"] for row in data["diff"]} == {"r.passive", "r.nominal"}
    files = comparison.write_csv(tmp_path / "out")
    rules = {row["rule"]: row for row in csv.DictReader(files["rules"].open())}
    assert rules["r.nominal"]["first hits"] == "1"
    assert rules["r.nominal"]["first false"] == "1"
    assert rules["r.passive"]["first hits"] == ""
    assert rules["r.passive"]["second true"] == "1"
    diff = list(csv.DictReader(files["diff"].open()))
    assert {row["in_gold"] for row in diff} == {"yes", "no"}
