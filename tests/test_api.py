"""The Python API: pipeline.api (extract, parse, predictions, score)."""

from __future__ import annotations

import json

import pandas as pd

import pipeline
from pipeline.api import predictions
from pipeline.corpus import Release

SIGNING = (
    "Ghana and Togo Sign Memorandum\n\nGhana and Togo signed a Memorandum of Understanding on "
    "Border Trade on Monday."
)


def test_extract_from_texts_numbers_them_and_returns_dataframes():
    tables = pipeline.extract([SIGNING, "Nothing was signed here today."])
    assert list(tables.manifest["id"]) == ["text-1", "text-2"]
    assert all(isinstance(t, pd.DataFrame) for t in (tables.events, tables.entities))
    assert list(tables.manifest["events"]) == [1, 0]
    assert tables.events.loc[0, "agreement"] == "Memorandum of Understanding on Border Trade"


def test_extract_from_a_path_and_a_release(tmp_path):
    path = tmp_path / "ghana.txt"
    path.write_text(SIGNING, encoding="utf-8")
    release = Release(id="r1", text=SIGNING, date="2022-03-07")
    tables = pipeline.extract([path, release])
    assert list(tables.manifest["id"]) == ["ghana", "r1"]
    # The release's date resolves "on Monday"; the file has none.
    assert list(
        tables.events["date"].astype(object).where(tables.events["date"].notna(), None)
    ) == [
        None,
        "2022-03-07",
    ]


def test_a_missing_file_is_a_manifest_row_not_an_exception(tmp_path):
    missing = tmp_path / "missing.txt"
    tables = pipeline.extract([missing, SIGNING])
    statuses = dict(zip(tables.manifest["id"], tables.manifest["status"], strict=True))
    assert statuses["text-1"] == "ok"
    assert len(tables.manifest) == 2


def test_parse_returns_the_doc_with_its_spans_and_events():
    doc = pipeline.parse(SIGNING)
    assert [s.kb_id_ for s in doc.spans["countries"]][:2] == ["GHA", "TGO"]
    assert [e["agreement"] for e in doc._.signings] == [
        "Memorandum of Understanding on Border Trade"
    ]


def test_predictions_and_score_on_a_small_gold(tmp_path):
    release = Release(id="r1", text=SIGNING, date="2022-03-07")
    tables = pipeline.extract([release])
    [predicted] = predictions(tables)
    assert predicted["id"] == "r1" and len(predicted["events"]) == 1
    assert set(predicted["entities"]["countries"]) == {"GHA", "TGO"}
    gold = tmp_path / "gold.jsonl"
    event = {
        "agreement": "Memorandum of Understanding on Border Trade",
        "agreement_type": "memorandum",
        "parties": [
            {"name": "Ghana", "kind": "country", "title": None, "country": "GHA"},
            {"name": "Togo", "kind": "country", "title": None, "country": "TGO"},
        ],
        "countries": ["GHA", "TGO"],
        "date": "2022-03-07",
        "date_precision": "day",
        "location": None,
        "evidence": "Ghana and Togo signed a Memorandum of Understanding on Border Trade.",
    }
    gold.write_text(json.dumps({"id": "r1", "events": [event]}) + "\n", encoding="utf-8")
    report, scored = pipeline.score([release], gold)
    assert len(scored.manifest) == 1
    assert report.to_dict()["events"]["f1"] == 1.0
