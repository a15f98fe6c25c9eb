"""Bodies that only describe a person: pipeline.extraction.appositives."""

from __future__ import annotations

import pytest

from pipeline.extraction.appositives import without_describing_bodies
from pipeline.extraction.parties import mentions_in


def _kept(parsed, text):
    doc = parsed(text)
    kept = without_describing_bodies(doc, mentions_in(doc, 0, len(doc)), len(doc))
    return [(m.kind, m.name, m.country) for m in kept]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A role in lower-case words, then the body, between commas: the body describes.
        (
            "Lt. Gen. Ana Ruiz, commanding general of the U.S. Army Corps of Engineers, signed it.",
            [("person", "Ana Ruiz", "USA")],
        ),
        # Capitalised words that go on the body's name ("U.S. Army Pacific") are its.
        (
            "Lt. Gen. Ana Ruiz, commander of U.S. Army Pacific, signed it.",
            [("person", "Ana Ruiz", "USA")],
        ),
        (
            "Adm. Ana Ruiz, commander of U.S. Indo-Pacific Command, signed it.",
            [("person", "Ana Ruiz", "USA")],
        ),
        # The person keeps a country of their own.
        (
            "Ghanaian Minister Kwame Asante, a senior adviser to USAID, signed it.",
            [("person", "Kwame Asante", "GHA")],
        ),
        # Capitalised words of its own: no such appositive.
        (
            "Secretary Ana Ruiz, Honorary Trustee of the Peace Corps, signed it.",
            [("person", "Ana Ruiz", "USA"), ("agency", "Peace Corps", "USA")],
        ),
        # No role word, no closing comma, or another person inside: left alone.
        (
            "Secretary Ana Ruiz, the Peace Corps, and Ghana signed it.",
            [
                ("person", "Ana Ruiz", "USA"),
                ("agency", "Peace Corps", "USA"),
                ("country", "Ghana", "GHA"),
            ],
        ),
        (
            "Secretary Ana Ruiz, head of USAID signed it.",
            [
                ("person", "Ana Ruiz", "USA"),
                ("agency", "U.S. Agency for International Development", "USA"),
            ],
        ),
    ],
)
def test_without_describing_bodies(parsed, text, expected):
    assert _kept(parsed, text) == expected


def test_no_people_leaves_the_mentions(parsed):
    doc = parsed("USAID and Ghana signed it.")
    mentions = mentions_in(doc, 0, len(doc))
    assert without_describing_bodies(doc, mentions, len(doc)) is mentions


def test_the_person_signs_not_the_body(events_of):
    [event] = events_of(
        "Lt. Gen. Scott Spellmon, commanding general of the U.S. Army Corps of Engineers, "
        "signed the agreement with Panama's Minister of Public Works."
    )
    signers = [p["name"] for p in event["parties"] if p["role"] == "signer"]
    assert signers == ["Scott Spellmon"]
    assert event["countries"] == ["PAN", "USA"]


def test_a_list_goes_on_after_an_appositive_that_names_a_command(events_of):
    [event] = events_of(
        "Lt. Gen. Xavier Brunson, commander of U.S. Army Pacific, and Maj. Gen. Roy Galido of "
        "the Philippine Army signed the agreement."
    )
    assert [(p["name"], p["country"]) for p in event["parties"]] == [
        ("Xavier Brunson", "USA"),
        ("Roy Galido", "PHL"),
    ]


def test_a_list_goes_on_after_the_appositive(events_of):
    [event] = events_of(
        "Lt. Gen. Scott Spellmon, commanding general of the U.S. Army Corps of Engineers, and "
        "Mexico's National Water Commission signed a letter of intent last week."
    )
    assert [p["name"] for p in event["parties"]] == [
        "Scott Spellmon",
        "National Water Commission of Mexico",
    ]
    assert event["countries"] == ["MEX", "USA"]
