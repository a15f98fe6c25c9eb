"""Signatory lists apart from the signing sentence (texts written for these tests)."""

from __future__ import annotations

import pytest

from pipeline.extraction.signatories import signatory_lists, signatures_after

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


CLOSING = (
    "The Accra U.S.-Ghana Strategic Partnership Joint Declaration\n\n"
    "The United States and Ghana reaffirm the bonds between our two countries.\n\n"
    "Signed at Accra on the 3rd day of May, 2023, in duplicate in the English language.\n\n"
    "Margaret L. Okafor\n\n"
    "Secretary of State of the United States of America\n\n"
    "Kwame Asante\n\n"
    "Minister for Foreign Affairs of the Republic of Ghana\n"
)


def test_the_people_under_a_closing_line_sign_the_release(parsed):
    doc = parsed(CLOSING)
    end = CLOSING.index("Margaret") - 2
    found = signatures_after(doc, end)
    assert [(m.name, m.country) for m in found] == [
        ("Margaret L. Okafor", "USA"),
        ("Kwame Asante", "GHA"),
    ]


def test_a_closing_line_makes_one_event_of_the_release(events_of):
    events = events_of(CLOSING)
    assert len(events) == 1, events
    event = events[0]
    assert (event["rule"], event["agreement_type"]) == ("document.signed_at", "declaration")
    assert [p["name"] for p in event["parties"]] == ["Margaret L. Okafor", "Kwame Asante"]
    assert event["countries"] == ["GHA", "USA"]
    assert event["location"] == "Accra"
    assert (event["date"], event["date_precision"]) == ("2023-05-03", "day")


@pytest.mark.parametrize(
    "text",
    [
        # One name under the closing line is a single signature, not a block.
        "Signed at Accra on May 3, 2023.\n\nMargaret L. Okafor\n",
        # Prose after the closing line.
        "Signed at Accra on May 3, 2023.\n\nThe declaration was welcomed by officials of "
        "both governments, who pledged to meet again in Washington next year to review it.\n",
    ],
)
def test_no_signatures_after(parsed, text):
    doc = parsed(text)
    assert signatures_after(doc, text.index("\n")) == ()


@pytest.mark.parametrize(
    "text, signers, countries",
    [
        (
            "Today, the United States and Ghana signed a Memorandum of Understanding on Port "
            "Security. Secretary of State Margaret L. Okafor signed for the United States, and "
            "Minister of Foreign Affairs Kwame Asante signed on behalf of Ghana.",
            [("Margaret L. Okafor", "USA"), ("Kwame Asante", "GHA")],
            ["GHA", "USA"],
        ),
        # Only one side named: the other stays a country.
        (
            "Today, the United States and Ghana signed a Memorandum of Understanding on Port "
            "Security. Minister of Foreign Affairs Kwame Asante signed for Ghana.",
            [("United States", "USA"), ("Kwame Asante", "GHA")],
            ["GHA", "USA"],
        ),
        # Who signed for an agency replaces it too.
        (
            "The U.S. Department of Energy and Japan's Ministry of Foreign Affairs signed a "
            "memorandum of cooperation. Deputy Secretary Ana Ruiz signed for DOE.",
            [("Ministry of Foreign Affairs of Japan", "JPN"), ("Ana Ruiz", "USA")],
            ["JPN", "USA"],
        ),
        # An appositive between the person and "signed on behalf of".
        (
            "The U.S. Coast Guard and the Republic of Fiji signed a shiprider agreement. Vice "
            "Adm. Andrew Tiongson, commander of Coast Guard Pacific Area, signed on behalf of "
            "the United States.",
            [("Republic of Fiji", "FJI"), ("Andrew Tiongson", "USA")],
            ["FJI", "USA"],
        ),
        # "signed for" a country the signing does not have adds no one.
        (
            "Today, the United States and Ghana signed a Memorandum of Understanding on Port "
            "Security. Minister Lena Vogt signed for Albania.",
            [("United States", "USA"), ("Ghana", "GHA")],
            ["GHA", "USA"],
        ),
    ],
)
def test_people_who_signed_for_a_country_sign_the_signing_before(
    events_of, text, signers, countries
):
    events = events_of(text)
    assert len(events) == 1, events
    assert [(p["name"], p["country"]) for p in events[0]["parties"]] == signers
    assert events[0]["countries"] == countries


@pytest.mark.parametrize(
    "text, heads",
    [
        ("Those endorsing the Declaration include Japan and Korea.", ["Declaration "]),
        ("Those joining this Charter are Chile, Peru.", ["Charter "]),
        ("OfThose signing the Accords are A and B.", []),  # not a word of its own
        ("Nobody endorsing the Declaration is listed.", []),
    ],
)
def test_endorser_sentence_starts_at_a_word(text, heads):
    from pipeline.extraction.signatories import _SENTENCE

    assert [m.group(1) for m in _SENTENCE.finditer(text)] == heads
