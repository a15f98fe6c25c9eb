"""Parties an instrument's name gives: pipeline.extraction.name_parties."""

from __future__ import annotations

import pytest

from pipeline.extraction.instruments import find_instruments
from pipeline.extraction.name_parties import name_parties, named_between
from pipeline.extraction.parties import mentions_in


def _in_name(parsed, lexicon, text):
    doc = parsed(text)
    sentence = next(doc.sents)
    found = find_instruments(sentence, lexicon)[0]
    inside = [
        m for m in mentions_in(doc, 0, len(doc)) if found.start <= m.start and m.end <= found.end
    ]
    return doc, found, inside


@pytest.mark.parametrize(
    "text, parties, between",
    [
        ("The Fisheries Agreement between Ghana and Togo was signed.", ["GHA", "TGO"], True),
        ("The U.S.-Japan Agreement on Trade was signed.", ["USA", "JPN"], True),
        # What the name is about signs nothing.
        ("The Accession Protocols for Finland and Sweden were signed.", [], False),
        ("A Joint Statement on Ukraine was signed.", [], False),
        ("The U.S.-Japan Joint Statement on Ukraine was signed.", ["USA", "JPN"], True),
        (
            "The Memorandum on Port Security between the United States and Nigeria was signed.",
            ["USA", "NGA"],
            True,
        ),
        # A hyphen joins the parties, after a topic word when one is the publisher's country.
        ("The Memorandum on U.S.-Kenya Health Cooperation was signed.", ["USA", "KEN"], True),
        ("The Protocol to the U.S.-Peru Trade Agreement was signed.", ["USA", "PER"], True),
        ("The Memorandum on Ethiopia-Eritrea Border Demining was signed.", [], False),
        ("The Arrangement on U.S.-funded Border Security was signed.", [], False),
        # One side alone does not say between whom ("between USAID and BAPPENAS").
        ("The Memorandum between Ghana and the Ashanti Board was signed.", ["GHA"], False),
    ],
)
def test_name_parties(parsed, lexicon, text, parties, between):
    doc, found, inside = _in_name(parsed, lexicon, text)
    kept = name_parties(doc, inside, found.start, "USA")
    assert [m.country for m in kept] == parties
    assert named_between(doc, kept, found.start, "USA") is between


def test_no_mentions_no_parties(parsed, lexicon):
    doc, found, inside = _in_name(parsed, lexicon, "The agreement was signed.")
    assert name_parties(doc, inside, found.start) == []
    assert named_between(doc, [], found.start) is False
