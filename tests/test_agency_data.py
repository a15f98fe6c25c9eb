from __future__ import annotations

import json
from pathlib import Path

import pytest

import pipeline.components.agencies
from pipeline.agency_data import (
    US_STATE_CODES,
    Body,
    BodyPattern,
    body_of,
    gazetteer_phrases,
    read_agencies,
    read_patterns,
)
from pipeline.errors import RuleSetError

DEFAULT = Path(__file__).resolve().parents[1] / "models" / "default"


def write(path: Path, records: list[object]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        (
            {"name": "Ministry of Trade", "acronyms": ["MOT"], "country": "RUR"},
            {("name", "Ministry of Trade"), ("name", "MINISTRY OF TRADE"), ("acronym", "MOT")},
        ),
        (
            {"name": "Treasury", "variants": ["Pentagon"]},
            {("single", "Treasury"), ("single", "Pentagon")},
        ),
        (
            {"name": "U.S. Coast Guard", "acronyms": ["USCG"], "country": "USA"},
            {
                ("name", "U.S. Coast Guard"),
                ("name", "US Coast Guard"),
                ("name", "United States Coast Guard"),
                ("name", "U.S. COAST GUARD"),
                ("name", "US COAST GUARD"),
                ("name", "UNITED STATES COAST GUARD"),
                ("acronym", "USCG"),
            },
        ),
        (
            {"name": "Veterans Affairs Office", "acronyms": ["VA"]},
            {
                ("name", "Veterans Affairs Office"),
                ("name", "VETERANS AFFAIRS OFFICE"),
                ("state_code", "VA"),
            },
        ),
        (
            {
                "name": "Space Agency",
                "acronyms": ["NASA"],
                "case_sensitive_acronyms": False,
                "office_variants": ["Space Administrator"],
            },
            {
                ("name", "Space Agency"),
                ("name", "SPACE AGENCY"),
                ("acronym", "NASA"),
                ("acronym", "Nasa"),
                ("office", "Space Administrator"),
            },
        ),
    ],
)
def test_gazetteer_phrases(record: dict[str, object], expected: set[tuple[str, str]]) -> None:
    assert set(gazetteer_phrases(record)) == expected


def test_body_of_a_record() -> None:
    assert body_of({"name": "Customs Service", "acronyms": ["CS", "RCS"], "country": "RUR"}) == (
        Body("Customs Service", "agency", "RUR", "CS")
    )
    assert body_of({"name": "World Fund", "kind": "organization"}) == Body(
        "World Fund", "organization", None, None
    )
    assert "VA" in US_STATE_CODES and "EU" not in US_STATE_CODES


def test_the_bundled_files_read() -> None:
    agencies = read_agencies(DEFAULT / "agencies.jsonl")
    patterns = [BodyPattern(**r) for r in read_patterns(DEFAULT / "agency_patterns.jsonl")]
    assert len({r["name"] for r in agencies}) == len(agencies) > 100
    assert all(("{name}" in p.body) == p.takes_name for p in patterns)


@pytest.mark.parametrize(
    ("records", "message"),
    [
        ([{"name": "  "}], r"agencies\.jsonl:1: field 'name'"),
        ([{"name": "A"}, {"name": "B", "country": "usa"}], r"agencies\.jsonl:2: field 'country'"),
        ([{"name": "A", "variants": ["ok", ""]}], r"agencies\.jsonl:1: field 'variants'"),
        ([{"name": "A"}, {"name": "A"}], r"E421.*agencies\.jsonl:2"),
        ([{"name": "A", "colour": "red"}], r"agencies\.jsonl:1: unknown field 'colour'"),
    ],
)
def test_bad_agency_records(tmp_path: Path, records: list[object], message: str) -> None:
    with pytest.raises(RuleSetError, match=message):
        read_agencies(write(tmp_path / "agencies.jsonl", records))


@pytest.mark.parametrize(
    ("records", "message"),
    [
        ([{"id": "e", "trigger": " ", "body": "Embassy"}], r"patterns\.jsonl:1: field 'trigger'"),
        (
            [{"id": "e", "trigger": "Embassy", "body": "Embassy", "kind": "club"}],
            r"patterns\.jsonl:1: field 'kind'",
        ),
        (
            [{"id": "m", "trigger": "Ministry of", "body": "Ministry of {name}"}],
            r"patterns\.jsonl:1: field 'body'",
        ),
    ],
)
def test_bad_pattern_records(tmp_path: Path, records: list[object], message: str) -> None:
    with pytest.raises(RuleSetError, match=message):
        read_patterns(write(tmp_path / "agency_patterns.jsonl", records))


def test_names_stay_importable_from_the_component() -> None:
    for name in ("Body", "BodyPattern", "gazetteer_phrases", "read_agencies", "read_patterns"):
        assert getattr(pipeline.components.agencies, name) is globals()[name]
