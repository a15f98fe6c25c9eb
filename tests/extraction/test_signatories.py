"""Signatory lists apart from the signing sentence (texts written for these tests)."""

from __future__ import annotations

import pytest

from pipeline.extraction.signatories import signatory_lists

BLOCK = (
    "Joint Statement on Safe Journalism\n\n"
    "Today, the undersigned foreign ministers reaffirm their support for journalists.\n\n"
    "Co-signatories:\n\n"
    "Ghanaian Minister of Foreign Affairs, Ms. Ama Mensah;\n\n"
    "Chilean Minister of Foreign Affairs, Mr. Tomas Rojas;\n\n"
    "United States Secretary of State, Antony J. Blinken.\n"
)

FACT_SHEET = (
    "Today, the United States with 12 partners launched the Charter for Open Data. "
    "Those endorsing the Charter include Ghana, Chile, Peru, Norway and Japan. "
    "In signing this Charter, the United States and partners will work together."
)


def test_a_signature_block_lists_the_people_who_sign_the_release(parsed):
    lists = signatory_lists(parsed(BLOCK))
    assert [found.head for found in lists] == [None]
    assert [(m.name, m.country) for m in lists[0].parties] == [
        ("Ama Mensah", "GHA"),
        ("Tomas Rojas", "CHL"),
        ("Antony J. Blinken", "USA"),
    ]


def test_the_undersigned_are_the_block_signatories(events_of):
    events = events_of(BLOCK)
    assert len(events) == 1, events
    assert events[0]["rule"] == "document.undersigned"
    assert events[0]["countries"] == ["CHL", "GHA", "USA"]
    assert [p["name"] for p in events[0]["parties"]] == [
        "Ama Mensah",
        "Tomas Rojas",
        "Antony J. Blinken",
    ]


def test_those_endorsing_an_instrument_are_its_parties(parsed, events_of):
    lists = signatory_lists(parsed(FACT_SHEET))
    assert [(found.head, len(found.parties)) for found in lists] == [("charter", 5)]
    events = events_of(FACT_SHEET)
    assert len(events) == 1, events
    assert events[0]["countries"] == ["CHL", "GHA", "JPN", "NOR", "PER", "USA"]


@pytest.mark.parametrize(
    "text",
    [
        # Earlier signatories signed on other occasions.
        "Bahrain signed the Artemis Accords today. The other signatories of the Artemis "
        "Accords are Australia, Brazil and Canada.",
        # A header followed by prose is no list.
        "Signatories:\n\nThe statement was drafted over many months of careful negotiation "
        "between the delegations of Ghana and Chile, who met in Accra and in Santiago.\n",
        # One listed party is no list.
        "Those endorsing the Charter include Ghana.",
    ],
)
def test_no_list(parsed, text):
    assert signatory_lists(parsed(text)) == []


def test_a_release_without_lists(parsed):
    assert signatory_lists(parsed("")) == []
    assert signatory_lists(parsed("The United States signed a treaty with Chile.")) == []
