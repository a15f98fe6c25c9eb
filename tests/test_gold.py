from __future__ import annotations

import json

import pytest
from event_records import event

import pipeline.evaluate
import pipeline.matching
from pipeline.errors import GoldError
from pipeline.gold import AGREEMENT_TYPES, STATUSES, GoldDoc, load_gold

GOOD_LINE = json.dumps({"id": "r0", "events": [event()]})


@pytest.mark.parametrize(
    ("bad_line", "detail"),
    [
        ('{"id": "r1", "events": [', "Expecting"),
        ('["r1"]', "not a JSON object"),
        ('{"id": "r1"}', "'events'"),
        ('{"id": "", "events": []}', "'id'"),
        ('{"id": "r1", "events": [], "notes": "x"}', "unknown field 'notes'"),
        (json.dumps({"id": "r1", "events": [event(agreement_type="mou")]}), "agreement_type"),
        (json.dumps({"id": "r1", "events": [event(countries=("US",))]}), "country 'US'"),
        (
            json.dumps({"id": "r1", "events": [event(date="2019-08", date_precision="day")]}),
            "date_precision",
        ),
        (
            json.dumps({"id": "r1", "events": [event(date="Aug 2019", date_precision=None)]}),
            "date 'Aug 2019'",
        ),
        (json.dumps({"id": "r1", "events": [event(status="done")]}), "status"),
        (
            json.dumps({"id": "r1", "events": [event(parties=[{"name": "X", "kind": "company"}])]}),
            "party",
        ),
        (json.dumps({"id": "r1", "events": [], "entities": {"people": "Edi Rama"}}), "people"),
        (json.dumps({"id": "r0", "events": []}), "duplicate id 'r0' (first on line 1)"),
    ],
)
def test_bad_gold_line_names_file_and_line(tmp_path, bad_line, detail):
    path = tmp_path / "gold.jsonl"
    path.write_text(GOOD_LINE + "\n\n" + bad_line + "\n", encoding="utf-8")
    with pytest.raises(GoldError) as caught:
        load_gold(path)
    message = str(caught.value)
    assert "E202" in message and f"{path}:3:" in message
    assert detail in message


def test_load_gold_reads_statuses_and_entities(tmp_path):
    path = tmp_path / "gold.jsonl"
    lines = [
        {
            "id": "r1",
            "events": [event(), event(status="planned")],
            "entities": {"people": ["Edi Rama"], "countries": ["ALB"], "agencies": []},
        },
        {"id": "r2", "events": []},
    ]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    gold = load_gold(path)
    assert list(gold) == ["r1", "r2"]
    assert gold["r1"].entities == {"people": ("Edi Rama",), "countries": ("ALB",), "agencies": ()}
    assert gold["r2"].entities is None and gold["r2"].line == 2
    assert [e.get("status", "signed") for e in gold["r1"].events] == ["signed", "planned"]


def test_unreadable_gold_file_names_the_file(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_bytes(b'{"id": "r1", "events": []}\n\xff\xfe not text\n')
    with pytest.raises(GoldError, match=r"E202.*cannot read the file"):
        load_gold(path)
    with pytest.raises(GoldError, match="E202"):
        load_gold(tmp_path / "missing.jsonl")


def test_gold_names_stay_importable_from_matching_and_evaluate():
    for module in (pipeline.matching, pipeline.evaluate):
        assert module.load_gold is load_gold and module.GoldDoc is GoldDoc
        assert module.STATUSES is STATUSES and module.AGREEMENT_TYPES is AGREEMENT_TYPES
