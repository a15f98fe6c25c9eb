from __future__ import annotations

import gc
import json
from pathlib import Path

import pandas as pd
import pytest

from pipeline import batch
from pipeline.errors import UndersignedError
from pipeline.records import ENTITY_COLUMNS, EVENT_COLUMNS, MANIFEST_COLUMNS, PARTY_COLUMNS
from pipeline.writers import read_table

RELEASE = """Media Note
Office of the Spokesperson
Release Date: March 3, 2021

WASHINGTON -- Today, the United States and Costa Rica signed a Memorandum of Understanding on \
port security in Washington. Both countries welcomed the step.
"""
QUIET = """Readout of a Call

Release Date: March 4, 2021

The Secretary spoke with counterparts about regional security.
"""


def write_inputs(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "costa-rica.txt").write_text(RELEASE, encoding="utf-8")
    (folder / "call.md").write_text(QUIET, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    lines = [
        {"id": "j-1", "text": RELEASE, "date": "2021-03-03"},
        {"id": "j-2", "title": "no text here"},
        {"id": "j-3", "text": QUIET, "date": "2021-03-04"},
    ]
    (folder / "more.jsonl").write_text(
        "\n".join(json.dumps(line) for line in lines) + "\n{broken\n", encoding="utf-8"
    )
    return [folder]


@pytest.mark.parametrize("fmt", ["csv", "parquet", "jsonl"])
def test_every_input_has_a_manifest_row(tmp_path, fmt):
    paths = write_inputs(tmp_path / "in") + [tmp_path / "missing.txt"]
    result = batch.run(paths, tmp_path / "out", fmt=fmt, progress=False, chunk_size=2)
    manifest = read_table(result.outputs["manifest"], fmt, MANIFEST_COLUMNS)
    assert sorted(manifest["id"]) == sorted(
        [
            "costa-rica",
            "call",
            "empty",
            "image",
            "j-1",
            "j-2",
            "j-3",
            "more.jsonl:4",
            "missing",
        ]
    )
    reasons = dict(zip(manifest["id"], manifest["reason"].fillna(""), strict=True))
    assert "E101" in reasons["empty"] and "E102" in reasons["image"]
    assert (
        "E104" in reasons["j-2"]
        and "E103" in reasons["more.jsonl:4"]
        and "E108" in reasons["missing"]
    )
    assert (manifest["status"] == "ok").sum() == 4 == result.releases
    assert result.failed == 5
    # The first failures, in input order, with their reasons, for the command to show.
    assert [i for i, _ in result.failures] == ["empty", "image", "j-2", "more.jsonl:4", "missing"]
    assert all(reason == reasons[i] for i, reason in result.failures)
    assert result.warned == 0
    assert not (tmp_path / "out" / ".parts").exists()


@pytest.mark.parametrize("n_process", [1, 2])
def test_a_date_that_cannot_be_read_is_a_warning_in_the_manifest(tmp_path, n_process):
    folder = tmp_path / "in"
    folder.mkdir()
    lines = [
        {"id": "dmy", "text": RELEASE, "date": "03/04/2021"},
        {"id": "iso", "text": QUIET, "date": "2021-03-05T09:00:00Z"},
    ]
    (folder / "dates.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines))
    result = batch.run([folder], tmp_path / "out", progress=False, n_process=n_process)
    manifest = read_table(result.outputs["manifest"], "csv", MANIFEST_COLUMNS).set_index("id")
    assert list(manifest["status"]) == ["ok", "ok"]
    assert manifest.loc["dmy", "date"] == "2021-03-03"  # from the text's Release Date
    assert manifest.loc["dmy", "reason"].startswith("[W003] line 1: 'date' is '03/04/2021'")
    assert manifest.loc["iso", "date"] == "2021-03-05"
    assert pd.isna(manifest.loc["iso", "reason"])
    assert (result.releases, result.failed, result.warned) == (2, 0, 1)


@pytest.mark.parametrize("fmt", ["csv", "parquet", "jsonl"])
def test_tables_have_fixed_columns(tmp_path, fmt):
    result = batch.run(write_inputs(tmp_path / "in"), tmp_path / "out", fmt=fmt, progress=False)
    for name, columns in (
        ("events", EVENT_COLUMNS),
        ("parties", PARTY_COLUMNS),
        ("entities", ENTITY_COLUMNS),
        ("manifest", MANIFEST_COLUMNS),
    ):
        path = result.outputs[name]
        if fmt == "jsonl" and name == "events":
            continue
        data = read_table(path, fmt, columns)
        assert list(data.columns) == list(columns)
        assert dict(data.dtypes.astype(str)) == columns


def test_jsonl_events_keep_parties_nested(tmp_path):
    result = batch.run(write_inputs(tmp_path / "in"), tmp_path / "out", fmt="jsonl", progress=False)
    events = [
        json.loads(line)
        for line in result.outputs["events"].read_text(encoding="utf-8").splitlines()
    ]
    assert events, "the Costa Rica release has a signing"
    event = events[0]
    assert event["event_id"].startswith(event["release_id"] + "#")
    assert isinstance(event["parties"], list) and {
        "name",
        "kind",
        "title",
        "country",
        "role",
    } <= set(event["parties"][0])


def test_resume_after_an_interrupted_run(tmp_path, monkeypatch):
    inputs = write_inputs(tmp_path / "in")
    out = tmp_path / "out"
    complete = batch.run(inputs, tmp_path / "complete", fmt="csv", progress=False, chunk_size=3)
    expected = pd.read_csv(complete.outputs["manifest"]).sort_values("id").reset_index(drop=True)

    real = batch.process_releases
    calls = {"n": 0}

    def crash_on_second_chunk(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt
        return real(*args, **kwargs)

    monkeypatch.setattr(batch, "process_releases", crash_on_second_chunk)
    with pytest.raises(KeyboardInterrupt):
        batch.run(inputs, out, fmt="csv", progress=False, chunk_size=3)
    monkeypatch.setattr(batch, "process_releases", real)
    assert list((out / ".parts").glob("manifest-*.csv")), "the first chunk was written"

    resumed = batch.run(inputs, out, fmt="csv", progress=False, chunk_size=3, resume=True)
    assert resumed.skipped == 3
    manifest = pd.read_csv(resumed.outputs["manifest"]).sort_values("id").reset_index(drop=True)
    pd.testing.assert_frame_equal(manifest, expected)


def test_resume_refuses_other_rules(tmp_path, root):
    inputs = write_inputs(tmp_path / "in")
    batch.run(inputs, tmp_path / "out", progress=False)
    other = tmp_path / "rules"
    other.mkdir()
    for source in (root / "models" / "default").rglob("*"):
        if source.is_file():
            target = other / source.relative_to(root / "models" / "default")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(source.read_bytes())
    with pytest.raises(UndersignedError, match="E204"):
        batch.run(inputs, tmp_path / "out", rules=other, progress=False, resume=True)


def test_dask_engine_gives_the_same_tables(tmp_path):
    inputs = write_inputs(tmp_path / "in")
    local = batch.run(inputs, tmp_path / "local", fmt="jsonl", progress=False)
    distributed = batch.run(
        inputs, tmp_path / "dask", fmt="jsonl", progress=False, dask=True, n_workers=2, batch_size=2
    )
    for name in ("events", "parties", "entities", "manifest"):
        a = sorted(local.outputs[name].read_text(encoding="utf-8").splitlines())
        b = sorted(distributed.outputs[name].read_text(encoding="utf-8").splitlines())
        assert a == b, name
    assert distributed.releases == local.releases == 4


def test_unknown_format_is_rejected(tmp_path):
    with pytest.raises(UndersignedError, match=r"E201.*xlsx.*csv, parquet, jsonl"):
        batch.run([tmp_path], tmp_path / "out", fmt="xlsx", progress=False)


@pytest.fixture
def poisoned_nlp(monkeypatch):
    """The default pipeline; its date component class fails on releases saying POISON."""
    from pipeline import nlp as nlp_module
    from pipeline import rules

    nlp = nlp_module.build(rules.load("default"))
    component = nlp.get_pipe("undersigned_dates")
    original = type(component).__call__

    def fail_on_poison(self, doc):
        if "POISON" in doc.text:
            raise ValueError("cannot read this date")
        return original(self, doc)

    monkeypatch.setattr(type(component), "__call__", fail_on_poison)
    return nlp


@pytest.mark.parametrize("n_process", [1, 2])
def test_component_failure_is_a_manifest_row_and_the_batch_goes_on(
    tmp_path, poisoned_nlp, n_process
):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(RELEASE, encoding="utf-8")
    (folder / "b.txt").write_text(RELEASE + "\nPOISON signed today.\n", encoding="utf-8")
    (folder / "c.txt").write_text(QUIET, encoding="utf-8")
    result = batch.run([folder], tmp_path / "out", progress=False, n_process=n_process)
    manifest = pd.read_csv(result.outputs["manifest"]).set_index("id")
    assert manifest.loc["b", "status"] == "error"
    assert (
        "E205" in manifest.loc["b", "reason"] and "undersigned_dates" in manifest.loc["b", "reason"]
    )
    assert "cannot read this date" in manifest.loc["b", "reason"]
    assert list(manifest.loc[["a", "c"], "status"]) == ["ok", "ok"]


def test_two_processes_give_the_same_tables(tmp_path):
    inputs = write_inputs(tmp_path / "in")
    one = batch.run(inputs, tmp_path / "one", fmt="jsonl", progress=False)
    two = batch.run(
        inputs, tmp_path / "two", fmt="jsonl", progress=False, n_process=2, batch_size=2
    )
    for name in ("events", "parties", "entities", "manifest"):
        a = sorted(one.outputs[name].read_text(encoding="utf-8").splitlines())
        b = sorted(two.outputs[name].read_text(encoding="utf-8").splitlines())
        assert a == b, name


@pytest.mark.parametrize(
    "configured, given, used",
    [(7, None, 7), (7, 3, 3), (1000, None, 256)],  # 1000: spaCy's, more than the caches hold
)
def test_process_releases_batches_by_the_rule_set_unless_told(monkeypatch, configured, given, used):
    from pipeline import nlp as nlp_module
    from pipeline import rules
    from pipeline.corpus import Release

    nlp = nlp_module.build(rules.load("default"))
    nlp.batch_size = configured
    seen = []
    original = nlp.pipe

    def pipe(docs, **kwargs):
        seen.append(kwargs["batch_size"])
        return original(docs, **kwargs)

    monkeypatch.setattr(nlp, "pipe", pipe)
    releases = [Release(id=f"r{n}", text="Chile and Peru signed a treaty.") for n in range(3)]
    records = batch.process_releases(nlp, releases, batch_size=given)
    assert seen == [used]
    assert [r.manifest["id"] for r in records] == ["r0", "r1", "r2"]


def _releases():
    from pipeline.corpus import Release

    texts = [
        RELEASE,
        QUIET,
        "Chile and Peru signed a treaty on fisheries today.",
        RELEASE + "\nPOISON signed today.\n",
        "Ghana will sign a memorandum of understanding with Kenya next week.",
    ]
    return [Release(id=f"r{n}", text=text, date="2021-03-03") for n, text in enumerate(texts)]


@pytest.mark.parametrize("batch_size", [None, 1, 2])
def test_worker_processes_give_the_records_of_one_process(poisoned_nlp, batch_size):
    releases = _releases()
    one = batch.process_releases(poisoned_nlp, releases, batch_size=batch_size)
    two = batch.process_releases(poisoned_nlp, releases, n_process=2, batch_size=batch_size)
    assert [r.manifest["id"] for r in two] == [release.id for release in releases]
    assert two == one
    failed = two[3].manifest
    assert failed["status"] == "error" and "undersigned_dates" in failed["reason"]
    assert any(r.events for r in two)  # not a run where nothing was found


def test_a_worker_pool_serves_several_calls(poisoned_nlp):
    releases = _releases()
    expected = batch.process_releases(poisoned_nlp, releases)
    with batch.WorkerPool(poisoned_nlp, 2) as pool:
        first = batch.process_releases(poisoned_nlp, releases[:2], pool=pool)
        second = batch.process_releases(poisoned_nlp, releases[2:], pool=pool, batch_size=1)
        assert first + second == expected
        assert batch.process_releases(poisoned_nlp, [], pool=pool) == []


def test_worker_processes_read_the_files_themselves(tmp_path):
    folder = tmp_path / "in"
    write_inputs(folder)
    page = (
        "<html><head><title>Port security</title></head><body><nav><a href='/'>Home</a></nav>"
        "<article><h1>Costa Rica and the United States sign a port security memorandum</h1>"
        + "".join(f"<p>{line}</p>" for line in RELEASE.splitlines() if line.strip())
        + "</article></body></html>"
    )
    (folder / "page.html").write_text(page, encoding="utf-8")
    (folder / "blank.html").write_text("<html><body></body></html>", encoding="utf-8")
    one = batch.run([folder], tmp_path / "one", fmt="jsonl", progress=False)
    two = batch.run([folder], tmp_path / "two", fmt="jsonl", progress=False, n_process=2)
    for name in ("events", "parties", "entities", "manifest"):
        a = sorted(one.outputs[name].read_text(encoding="utf-8").splitlines())
        b = sorted(two.outputs[name].read_text(encoding="utf-8").splitlines())
        assert a == b, name
    manifest = pd.read_json(two.outputs["manifest"], lines=True).set_index("id")
    assert manifest.loc["page", "status"] == "ok"
    assert manifest.loc["blank", "status"] == "error"
    assert (two.releases, two.failed) == (one.releases, one.failed)


def test_chunks_in_flight_are_written_in_input_order(tmp_path):
    inputs = write_inputs(tmp_path / "in")
    one = batch.run(inputs, tmp_path / "one", fmt="jsonl", progress=False, chunk_size=2)
    two = batch.run(
        inputs, tmp_path / "two", fmt="jsonl", progress=False, chunk_size=2, n_process=2
    )
    for name in ("events", "parties", "entities", "manifest"):
        assert one.outputs[name].read_text(encoding="utf-8") == two.outputs[name].read_text(
            encoding="utf-8"
        ), name


def test_workers_started_anew_get_the_pipeline_pickled():
    # Where processes do not fork (macOS, Windows), each worker unpickles the pipeline.
    from multiprocessing import get_context

    from pipeline import nlp as nlp_module
    from pipeline import rules

    nlp = nlp_module.build(rules.load("default"))
    releases = [r for r in _releases() if "POISON" not in r.text]
    expected = batch.process_releases(nlp, releases)
    with batch.WorkerPool(nlp, 2, mp_context=get_context("spawn")) as pool:
        assert pool.map(releases, batch_size=2) == expected


def test_records_are_made_with_the_heap_frozen_and_unfrozen_after(tmp_path, monkeypatch):
    seen: list[int] = []
    real = batch.doc_records

    def counting(*args, **kwargs):
        seen.append(gc.get_freeze_count())
        return real(*args, **kwargs)

    monkeypatch.setattr(batch, "doc_records", counting)
    gc.unfreeze()
    batch.run(write_inputs(tmp_path / "in"), tmp_path / "out", progress=False, chunk_size=2)
    assert seen and all(count > 0 for count in seen)
    assert gc.get_freeze_count() == 0
