from __future__ import annotations

import pytest
import spacy

import pipeline
from pipeline.corpus import Release
from pipeline.records import (
    ENTITY_COLUMNS,
    EVENT_COLUMNS,
    MANIFEST_COLUMNS,
    PARTY_COLUMNS,
    SHOWN_FAILURES,
    DocRecords,
    Tables,
    Tally,
    doc_records,
    entity_records,
    failure_record,
    flat_event,
    frame,
    word_count,
)

TEXT = (
    "Secretary of State Margaret L. Okafor met Ghanaian Foreign Minister Kwame Asante. "
    "Secretary Okafor and Minister Asante signed a Memorandum of Understanding today."
)


@pytest.fixture(scope="module")
def doc():
    return pipeline.parse(Release(id="r1", text=TEXT, date="2022-06-14"))


def test_entity_rows_share_a_cluster_per_person(doc):
    rows = entity_records(doc)
    people = [r for r in rows if r["label"] == "PERSON"]
    assert {r["normalized"] for r in people} == {"Margaret L. Okafor", "Kwame Asante"}
    okafor = {r["cluster"] for r in people if r["normalized"] == "Margaret L. Okafor"}
    assert (
        len(okafor) == 1
        and len([r for r in people if r["normalized"] == "Margaret L. Okafor"]) == 2
    )
    assert all(TEXT[r["start_char"] : r["end_char"]] == r["text"] for r in rows)
    assert [r["start_char"] for r in rows] == sorted(r["start_char"] for r in rows)
    assert {r["normalized"]: r["country"] for r in rows if r["label"] == "COUNTRY"} == {
        "GHA": "GHA"
    }


def test_doc_records_number_events_and_count_words(doc):
    records = doc_records(doc, path="x.txt", title="T")
    assert [e["event_id"] for e in records.events] == ["r1#1"]
    assert records.manifest["words"] == word_count(doc) == 23
    assert records.manifest["events"] == 1 and records.manifest["status"] == "ok"
    assert {p["role"] for p in records.parties} == {"signer"}
    assert records.manifest["reason"] is None


def test_a_warning_is_the_reason_of_an_ok_row(doc):
    records = doc_records(doc, path="x.jsonl:3", title="T", reason="[W003] line 3: 'date' ...")
    assert (records.manifest["status"], records.manifest["reason"]) == (
        "ok",
        "[W003] line 3: 'date' ...",
    )


@pytest.mark.parametrize(
    "event, signers, counterparties, countries",
    [
        (
            {
                "parties": [{"name": "A", "role": "signer"}, {"name": "B", "role": "counterparty"}],
                "countries": ["GHA", "USA"],
            },
            "A",
            "B",
            "GHA; USA",
        ),
        ({"parties": [], "countries": []}, None, None, None),
    ],
)
def test_flat_event_joins_names_and_codes(event, signers, counterparties, countries):
    row = flat_event(event)
    assert (row["signers"], row["counterparties"], row["countries"]) == (
        signers,
        counterparties,
        countries,
    )
    assert list(row) == list(EVENT_COLUMNS)


@pytest.mark.parametrize(
    "columns", [EVENT_COLUMNS, PARTY_COLUMNS, ENTITY_COLUMNS, MANIFEST_COLUMNS]
)
def test_empty_frames_have_the_columns_and_dtypes(columns):
    data = frame([], columns)
    assert list(data.columns) == list(columns) and dict(data.dtypes.astype(str)) == columns


def test_tables_from_records_keep_failures_in_the_manifest(doc):
    tables = Tables.from_records(
        [
            doc_records(doc),
            type(doc_records(doc))(manifest=failure_record("bad", "bad.txt", "[E101] empty file")),
        ]
    )
    assert list(tables.manifest["status"]) == ["ok", "error"]
    assert len(tables.events) == len(tables.records) == 1
    assert "events=1" in repr(tables)


def test_word_count_of_an_empty_doc():
    assert word_count(spacy.blank("en")("")) == 0


def test_doc_records_let_the_doc_go():
    # The pipeline's components keep span lists per Doc for each other (each holds its
    # Doc); a release made into records is done with, so they are dropped.
    import gc
    import weakref

    processed = pipeline.parse(Release(id="r2", text=TEXT, date="2022-06-14"))
    first = doc_records(processed)
    ref = weakref.ref(processed)
    del processed
    gc.collect()
    assert ref() is None
    again = pipeline.parse(Release(id="r2", text=TEXT, date="2022-06-14"))
    assert doc_records(again) == first  # read from the groups when not cached


def test_a_parsed_doc_is_freed_when_let_go():
    # Outside a batch run no records follow the pipeline: its last component drops the
    # span lists the components shared, which hold the Doc.
    import gc
    import weakref

    ref = weakref.ref(pipeline.parse(Release(id="r3", text=TEXT, date="2022-06-14")))
    gc.collect()
    assert ref() is None


def _row(release_id: str, status: str = "ok", reason: str | None = None, events: int = 0):
    manifest = {**failure_record(release_id, "x", reason or ""), "status": status}
    manifest["reason"] = reason
    return DocRecords(events=[{}] * events, manifest=manifest)


def test_a_tally_counts_rows_and_keeps_the_first_failures():
    tally = Tally()
    tally.add([_row("a", events=2), _row("b", "ok", "[W003] line 2: 'date' ...")], skipped=3)
    tally.add([_row(f"f{n}", "error", f"[E104] line {n}") for n in range(7)])
    assert (tally.releases, tally.failed, tally.skipped, tally.events, tally.warned) == (
        2,
        7,
        3,
        2,
        1,
    )
    assert tally.failures == [(f"f{n}", f"[E104] line {n}") for n in range(SHOWN_FAILURES)]
