from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from pipeline.people_finder import PeopleFinder, people_finder
from pipeline.people_lexicon import load_lexicon


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.blank("en")


@pytest.fixture(scope="module")
def finder(nlp) -> PeopleFinder:
    return people_finder(nlp, load_lexicon(None, None), ["said", "according to"], "USA", "people")


def names(finder: PeopleFinder, nlp: Language, text: str) -> list[str]:
    mentions, _ = finder.find(nlp(text))
    return [text[m.start : m.end] for m in mentions]


def test_cues_are_character_ranges_in_text_order(finder, nlp):
    text = "According to Mr. Berg, Acting Secretary Hale said citizens agreed."
    cues = finder.cues(nlp(text))
    assert [text[s:e] for s, e in cues["TITLE"]] == ["Secretary"]
    assert [text[s:e] for s, e in cues["SPEECH"]] == ["According to", "said"]
    assert [text[s:e] for s, e in cues["HONORIFIC"]] == ["Mr."]
    assert [text[s:e] for s, e in cues["ROLE"]] == ["citizens"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acting Secretary Dana Hale met the press.", ["Dana Hale"]),
        ("Mr. Berg and Dr. Lena Vogt agreed.", ["Berg", "Lena Vogt"]),
        (
            "We call for the release of citizens Tomas Berg and Ola Lind.",
            ["Tomas Berg", "Ola Lind"],
        ),
        ('"It works," said Omar Haddad.', ["Omar Haddad"]),
        ("Lucia Ferreira said it works.", ["Lucia Ferreira"]),
        ("Washington said no.", []),
        ("SECRETARY HALE: Thank you.", ["HALE"]),
    ],
)
def test_find(finder, nlp, text, expected):
    assert names(finder, nlp, text) == expected


def test_titles_alone_and_titles_of_people(finder, nlp):
    text = "The Secretary met Prime Minister Arben Kola."
    mentions, alone = finder.find(nlp(text))
    assert [text[h.start : h.end] for h in alone] == ["Secretary"]
    assert alone[0].country == "USA"  # a home office with nothing else said
    assert [(m.name, [text[h.start : h.end] for h in m.titles]) for m in mentions] == [
        ("Arben Kola", ["Prime Minister"])
    ]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # An office the lexicon does not know, then the name that closes it.
        (
            "Minister of Equipment and Water Nizar Baraka signed it.",
            "Nizar Baraka",
            "Minister of Equipment and Water",
        ),
        (
            "Special Envoy to the Horn of Africa Michael Hammer met them.",
            "Michael Hammer",
            "Special Envoy to the Horn of Africa",
        ),
        # One capitalised word before the candidate is too little to split off a name.
        ("She is the President of Oh Boy Records.", None, "President of Oh Boy Records"),
        # After a comma, the name follows the unknown office as it follows a known one.
        (
            "The Minister of Production, Julio Prado, signed it.",
            "Julio Prado",
            "Minister of Production",
        ),
        (
            "Ecuador's Minister of Production, Foreign Trade, Investment and Fisheries, "
            "Sonsoles García Ledesma, signed it.",
            "Sonsoles García Ledesma",
            "Minister of Production, Foreign Trade, Investment and Fisheries",
        ),
        ("The Minister of Production, and others, spoke.", None, "Minister of Production"),
        # A name not set off by a comma after it is no person's: a list of parties.
        (
            "The Minister of Production, Banco Pichincha and the Embassy signed it.",
            None,
            "Minister of Production",
        ),
        ("They met the Minister of Production.", None, "Minister of Production"),
        # A known office too: a name not set off by a comma, then "and", starts a list.
        (
            "The Minister of Health, Banco Pichincha and the Embassy signed it.",
            None,
            "Minister of Health",
        ),
    ],
)
def test_a_name_closes_an_unknown_office(finder, nlp, text, name, title):
    mentions, alone = finder.find(nlp(text))
    if name is None:
        assert mentions == []
        assert [text[h.start : h.end] for h in alone] == [title]
    else:
        [mention] = mentions
        assert mention.name == name
        assert [text[h.start : h.end] for h in mention.titles] == [title]


def test_names_in_capitals_are_read_once(finder, nlp):
    text = "SECRETARY HALE: Yes.\n\nSECRETARY HALE: No."
    mentions, _ = finder.find(nlp(text))
    assert [(m.start, m.name) for m in mentions] == [(10, "Hale"), (32, "Hale")]
    assert len(finder._capitals_seen) >= 1
