"""The people components' data files, read and checked: pipeline.people_data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.errors import RuleSetError
from pipeline.people_data import read_stopwords, read_titles

SECRETARY = {"title": "Secretary", "kind": "head", "complements": ["of", "for"], "home": True}


def _write(path: Path, records: list[object]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_good_files_read_as_written(tmp_path):
    titles = [SECRETARY, {"title": "Mr.", "kind": "honorific", "gender": "m"}]
    stopwords = [{"word": "The", "kind": "function"}, {"word": "May", "kind": "time"}]
    assert read_titles(_write(tmp_path / "titles.jsonl", titles)) == titles
    assert read_stopwords(_write(tmp_path / "name_stopwords.jsonl", stopwords)) == stopwords


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ({"title": "Envoy", "kind": "head", "gender": "x"}, r"titles\.jsonl:2: field 'gender'"),
        ({"title": "Envoy", "kind": "boss"}, r"titles\.jsonl:2: field 'kind' has value 'boss'"),
        ({"title": "", "kind": "head"}, r"titles\.jsonl:2: 'title' is empty"),
    ],
)
def test_bad_titles_name_file_and_line(tmp_path, record, message):
    with pytest.raises(RuleSetError, match=message):
        read_titles(_write(tmp_path / "titles.jsonl", [SECRETARY, record]))


def test_bad_stopword_names_file_and_line(tmp_path):
    with pytest.raises(RuleSetError, match=r"name_stopwords\.jsonl:1: field 'kind'"):
        read_stopwords(_write(tmp_path / "name_stopwords.jsonl", [{"word": "X", "kind": "y"}]))


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ({"title": "Envoy", "kind": "head", "complements": ["with"]}, r"field 'complements'"),
        ({"title": "Envoy", "kind": "head", "rank": 3}, r"titles\.jsonl:2"),
        ({"kind": "head"}, r"titles\.jsonl:2"),
    ],
)
def test_more_bad_titles(tmp_path, record, message):
    with pytest.raises(RuleSetError, match=message):
        read_titles(_write(tmp_path / "titles.jsonl", [SECRETARY, record]))
