"""Event and party records for the evaluation tests (gold, matching, scores, evaluate)."""

from __future__ import annotations

from typing import Any

BLINKEN = {
    "name": "Antony J. Blinken",
    "kind": "person",
    "title": "Secretary of State",
    "country": "USA",
}
RAMA = {"name": "Edi Rama", "kind": "person", "title": "Prime Minister", "country": "ALB"}


def party(name: str, kind: str = "person", country: str | None = None) -> dict[str, Any]:
    """A party record."""
    return {"name": name, "kind": kind, "title": None, "country": country}


def event(
    agreement: str = "Memorandum of Understanding on Network Security",
    agreement_type: str = "memorandum",
    parties: list[dict[str, Any]] | None = None,
    countries: tuple[str, ...] = ("USA", "ALB"),
    date: str | None = "2021-06-13",
    date_precision: str | None = "day",
    location: str | None = "Brussels, Belgium",
    evidence: str = "The Secretary and the Prime Minister signed a memorandum on network security.",
    **extra: Any,
) -> dict[str, Any]:
    """A gold event record (Blinken and Rama sign a memorandum unless told otherwise)."""
    return {
        "agreement": agreement,
        "agreement_type": agreement_type,
        "parties": [BLINKEN, RAMA] if parties is None else parties,
        "countries": list(countries),
        "date": date,
        "date_precision": date_precision,
        "location": location,
        "evidence": evidence,
        **extra,
    }


def predicted(rule: str = "verb_signed", status: str = "signed", **fields: Any) -> dict[str, Any]:
    """A predicted event record: a gold one with a rule, a status and a confidence."""
    return event(rule=rule, status=status, confidence=0.9, **fields)
