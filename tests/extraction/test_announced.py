"""An announced signing and its stage direction: pipeline.extraction.announced."""

from __future__ import annotations

import pytest

from pipeline.extraction.announced import join_announced


def _event(status, evidence, start, parties, type_="memorandum", name="memorandum"):
    return {
        "agreement": name,
        "agreement_type": type_,
        "status": status,
        "evidence": evidence,
        "start_char": start,
        "parties": parties,
        "countries": sorted({p["country"] for p in parties}),
    }


PEOPLE = [
    {"name": "Blinken", "kind": "person", "country": "USA"},
    {"name": "Retno Marsudi", "kind": "person", "country": "IDN"},
]
SPEAKER = [{"name": "Blinken", "kind": "person", "country": "USA"}]
ANNOUNCED = "Secretary Blinken and Foreign Minister Retno Marsudi will now sign the Memorandum."


@pytest.mark.parametrize(
    "stage, joined",
    [
        ("(The memorandum is signed.)", True),
        ("(The memorandum is being signed.)", True),
        # Not a signing told in words, nor one of another type.
        ("Secretary Blinken signed the memorandum in 2019.", False),
    ],
)
def test_an_announced_signing_and_its_stage_direction_are_one(stage, joined):
    announced = _event("planned", ANNOUNCED, 0, PEOPLE, name="Memorandum on Maritime Cooperation")
    shown = _event("signed", stage, 120, SPEAKER)
    events = join_announced([announced, shown])
    if joined:
        assert events == [shown]
        assert shown["countries"] == ["IDN", "USA"]
        assert shown["agreement"] == "Memorandum on Maritime Cooperation"
    else:
        assert events == [announced, shown]
        assert shown["countries"] == ["USA"]


def test_a_planned_signing_not_announced_on_stage_stays():
    announced = _event("planned", "Ghana will sign the memorandum next month.", 0, PEOPLE)
    shown = _event("signed", "(The memorandum is signed.)", 120, SPEAKER)
    assert join_announced([announced, shown]) == [announced, shown]


def test_another_type_is_another_signing():
    announced = _event("planned", ANNOUNCED, 0, PEOPLE)
    shown = _event("signed", "(The agreement is signed.)", 120, SPEAKER, type_="agreement")
    assert join_announced([announced, shown]) == [announced, shown]


def test_a_call_to_sign_is_no_announcement():
    called = _event("planned", "We call on Russia to sign the memorandum.", 0, PEOPLE)
    shown = _event("signed", "(The memorandum is signed.)", 60, SPEAKER)
    assert join_announced([called, shown]) == [called, shown]


def test_a_stage_direction_far_from_the_announcement_is_another_signing():
    announced = _event("planned", ANNOUNCED, 0, PEOPLE)
    shown = _event("signed", "(The memorandum is signed.)", 5000, SPEAKER)
    assert join_announced([announced, shown]) == [announced, shown]
