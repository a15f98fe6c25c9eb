from __future__ import annotations

import json

import pytest

import pipeline
from pipeline.errors import UndersignedError
from pipeline.records import EVENT_COLUMNS, MANIFEST_COLUMNS
from pipeline.writers import check_format, read_table, write_tables

TEXT = "Today, the United States and Ghana signed a Memorandum of Understanding on port security."


@pytest.fixture(scope="module")
def tables():
    return pipeline.extract([TEXT, "No signing here."])


@pytest.mark.parametrize("fmt", ["csv", "parquet", "jsonl"])
def test_write_tables_round_trips(tables, tmp_path, fmt):
    written = write_tables(tables, tmp_path, fmt=fmt)
    assert sorted(written) == ["entities", "events", "manifest", "parties"]
    manifest = read_table(written["manifest"], fmt, MANIFEST_COLUMNS)
    assert list(manifest["id"]) == ["text-1", "text-2"]
    if fmt == "jsonl":
        [event] = [json.loads(line) for line in written["events"].read_text().splitlines()]
        assert event["countries"] == ["GHA", "USA"] and isinstance(event["parties"], list)
    else:
        events = read_table(written["events"], fmt, EVENT_COLUMNS)
        assert list(events["countries"]) == ["GHA; USA"]
        assert dict(events.dtypes.astype(str)) == EVENT_COLUMNS


def test_unknown_format(tmp_path):
    with pytest.raises(UndersignedError, match="E201"):
        check_format("xlsx")
