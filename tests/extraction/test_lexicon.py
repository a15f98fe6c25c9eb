"""The signing rules' lexicon: reading ``lexicon.jsonl``, its checks, and the round trip."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.errors import RuleSetError
from pipeline.extraction.lexicon import GroupPhrase, lexicon_from_records, read_lexicon

DEFAULT = Path(__file__).resolve().parents[2] / "models" / "default" / "lexicon.jsonl"


def write(tmp_path: Path, records: list[dict]) -> Path:
    path = tmp_path / "lexicon.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_the_default_lexicon_reads_and_round_trips():
    lexicon = read_lexicon(DEFAULT)
    assert ("memorandum", "of", "understanding") in lexicon.instruments
    assert lexicon.groups[("the", "two", "countries")] == GroupPhrase(2, "countries")
    assert lexicon.groups[("the", "two", "agencies")] == GroupPhrase(2, "agencies")
    again = lexicon_from_records(lexicon.to_records())
    assert again.to_records() == lexicon.to_records()


@pytest.mark.parametrize(
    "record, message",
    [
        ({"kind": "group", "text": "   ", "size": 2}, ":1: .*'text'"),
        ({"kind": "self", "text": ""}, ":1: .*'text'"),
        ({"kind": "group", "text": "the two", "stands_for": "presidents"}, ":1: .*'stands_for'"),
        ({"kind": "treaty", "text": "accord"}, ":1: .*'kind'"),
        ({"kind": "instrument", "text": "accord", "type": "pact"}, ":1: .*'type'"),
        ({"kind": "instrument", "text": "accord", "type": "agreement", "x": 1}, ":1: .*'x'"),
        ({"text": "accord"}, ":1: .*'kind'"),
    ],
)
def test_bad_lines_are_named(tmp_path, record, message):
    with pytest.raises(RuleSetError, match=message):
        read_lexicon(write(tmp_path, [record]))


def test_words_are_lower_case_and_split_on_white_space(tmp_path):
    lexicon = read_lexicon(
        write(
            tmp_path,
            [
                {"kind": "instrument", "text": "Joint  Declaration", "type": "declaration"},
                {"kind": "group", "text": "Both Sides", "size": 2},
                {"kind": "self", "text": "We"},
            ],
        )
    )
    assert ("joint", "declaration") in lexicon.instruments
    assert lexicon.groups == {("both", "sides"): GroupPhrase(2, "countries")}
    assert lexicon.self_words == {"we"}


def test_headline_verbs_are_read_lower_cased():
    lexicon = lexicon_from_records([{"kind": "headline_verb", "text": "Postponed"}])
    assert lexicon.headline_verbs == {"postponed"}
    assert lexicon.to_records() == [{"kind": "headline_verb", "text": "postponed"}]
