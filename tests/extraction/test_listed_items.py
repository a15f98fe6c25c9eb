"""Instruments listed under a signing sentence: pipeline.extraction.listed_items."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline import api
from pipeline.extraction.listed_items import listed_items

LEAD = "During the visit, the following agreements were signed:\n\n"
# As the reader leaves a list: one item a paragraph, the bullets and numbers gone.
ITEMS = (
    "A Memorandum of Understanding between USAID and Kenya's Ministry of Agriculture on "
    "food security\n\n"
    "A Letter of Intent between HHS and the Kenyan Ministry of Health on nursing\n\n"
)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            LEAD + ITEMS + "The agreements build on a long partnership.",
            [
                "Memorandum of Understanding between USAID and Kenya",
                "Letter of Intent between HHS and the Kenyan Ministry of Health",
            ],
        ),
        (
            "The two governments signed the following documents:\n\nAgreement on Customs "
            "Cooperation\n\nProtocol on Visa Facilitation\n\nGhana is a partner.",
            ["Agreement on Customs Cooperation", "Protocol on Visa Facilitation"],
        ),
        # No colon, or no instrument opening the next paragraph: no list.
        ("During the visit, the following agreements were signed.\n\n" + ITEMS, []),
        (LEAD + "The leaders then met the press.", []),
    ],
)
def test_listed_items(parsed, lexicon, text, names):
    doc = parsed(text)
    lead = next(iter(doc.sents))
    assert [item.instrument.name for item in listed_items(doc, lead, lexicon)] == names


def test_each_item_is_an_event_with_its_own_parties(events_of):
    events = events_of(LEAD + ITEMS + "The agreements build on a long partnership.")
    assert [(e["agreement_type"], e["countries"]) for e in events] == [
        ("memorandum", ["KEN", "USA"]),
        ("letter_of_intent", ["KEN", "USA"]),
    ]
    assert [p["name"] for p in events[1]["parties"]] == [
        "U.S. Department of Health and Human Services",
        "Ministry of Health of Kenya",
    ]


def test_items_take_the_lead_s_parties_when_they_name_none(events_of):
    events = events_of(
        "Ghana and the United States met in Accra. The two governments signed the following "
        "documents:\n\nAgreement on Customs Cooperation\n\nProtocol on Visa Facilitation"
    )
    assert [(e["agreement"], e["countries"]) for e in events] == [
        ("Agreement on Customs Cooperation", ["GHA", "USA"]),
        ("Protocol on Visa Facilitation", ["GHA", "USA"]),
    ]


def test_a_lead_that_names_no_instrument_of_its_own(events_of):
    events = events_of(
        "Ghana and the United States met in Accra. On the margins of the dialogue, the two "
        "sides signed the following:\n\na Memorandum of Understanding on Cooperation in "
        "Civil Nuclear Energy Training;\n\na Letter of Intent on Clean Energy Transition; "
        "and\n\nan Implementing Arrangement on Maritime Law Enforcement Training."
    )
    assert [(e["agreement_type"], e["countries"]) for e in events] == [
        ("memorandum", ["GHA", "USA"]),
        ("letter_of_intent", ["GHA", "USA"]),
        ("arrangement", ["GHA", "USA"]),
    ]


def test_a_markdown_list_read_from_a_file(tmp_path: Path):
    path = tmp_path / "kenya.md"
    path.write_text(
        "# U.S. and Kenya Sign Agreements\n\n"
        + LEAD
        + "- A Memorandum of Understanding between USAID and Kenya's Ministry of Agriculture "
        "on food security\n"
        "- A Letter of Intent between HHS and the Kenyan Ministry of Health on nursing\n",
        encoding="utf-8",
    )
    events = api.extract([path]).events
    assert list(events["agreement_type"]) == ["memorandum", "letter_of_intent"]
