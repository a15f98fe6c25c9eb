"""End-to-end acceptance: the seed release, the bundled corpus, and the real corpus run.

The seed and the real corpus live in the developers' ../shared folder and are skipped when
it is absent; the bundled corpus always runs.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import pipeline
from pipeline.evaluate import load_gold
from pipeline.matching import match_events, surname

ROOT = Path(__file__).resolve().parents[1]


def _event_key(event: dict) -> tuple:
    people = sorted(surname(p["name"]) for p in event["parties"] if p["kind"] == "person")
    return (
        event["agreement"],
        event["agreement_type"],
        tuple(sorted(event["countries"])),
        event["date"],
        event["date_precision"],
        event["location"],
        tuple(people),
    )


def _expected_events(gold_path: Path, release_id: str) -> list[dict]:
    return load_gold(gold_path)[release_id].events


def test_seed_release_gives_exactly_its_two_gold_events(shared):
    seed = shared / "seed"
    tables = pipeline.extract(seed / "dhs-2019-09-20-el-salvador.txt")
    expected = _expected_events(seed / "gold.jsonl", "dhs-2019-09-20-el-salvador")
    assert sorted(map(_event_key, tables.records)) == sorted(map(_event_key, expected))
    titles = {p["name"]: p["title"] for e in tables.records for p in e["parties"]}
    assert titles["Alexandra Hill Tinoco"] == "Minister of Foreign Affairs"
    assert all(e["status"] == "signed" for e in tables.records)


def test_own_release_in_the_seed_style_gives_the_same_shape():
    tables = pipeline.extract(ROOT / "corpus" / "dhs-2021-03-03-costa-rica.txt")
    expected = _expected_events(ROOT / "corpus" / "gold.jsonl", "dhs-2021-03-03-costa-rica")
    assert sorted(map(_event_key, tables.records)) == sorted(map(_event_key, expected))
    assert {e["date_precision"] for e in tables.records} == {"day", "month"}


def test_bundled_corpus_is_matched_event_for_event():
    gold = load_gold(ROOT / "corpus" / "gold.jsonl")
    tables = pipeline.extract(ROOT / "corpus")
    assert set(tables.manifest["status"]) == {"ok"}
    predicted: dict[str, list[dict]] = {}
    for event in tables.records:
        predicted.setdefault(event["release_id"], []).append(event)
    for release_id, doc in gold.items():
        found = predicted.get(release_id, [])
        pairs = match_events(doc.events, found)
        assert len(pairs) == len(doc.events) == len(found), (release_id, doc.events, found)
        for gold_index, found_index in pairs:
            assert doc.events[gold_index].get("status", "signed") == found[found_index]["status"]


@pytest.mark.slow
def test_real_corpus_runs_with_a_manifest_row_per_release(shared, tmp_path):
    from pipeline.batch import run

    source = shared / "corpus-real" / "releases.jsonl"
    lines = sum(1 for line in source.open(encoding="utf-8") if line.strip())
    result = run([source], tmp_path / "out", fmt="parquet", progress=False)
    import pandas as pd

    manifest = pd.read_parquet(result.outputs["manifest"])
    assert len(manifest) == lines and set(manifest["status"]) == {"ok"}
    assert result.events > 0
    assert json.loads((tmp_path / "out" / "run.json").read_text())["format"] == "parquet"
