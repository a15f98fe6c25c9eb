"""find_bodies, the agency recognizer's work, read with the settings the component builds."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.agency_finder import AgencySettings, find_bodies
from pipeline.agency_spans import Candidate


def make_nlp(**config: object) -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("undersigned_countries")
    nlp.add_pipe("undersigned_agencies", config=config)
    nlp.initialize()
    return nlp


@pytest.fixture(scope="module")
def nlp() -> Language:
    return make_nlp()


def settings_of(nlp: Language) -> AgencySettings:
    settings = nlp.get_pipe("undersigned_agencies").settings
    assert isinstance(settings, AgencySettings)
    return settings


def with_countries(nlp: Language, text: str) -> Doc:
    with nlp.select_pipes(enable=["undersigned_countries"]):
        return nlp(text)


def read(nlp: Language, text: str) -> list[tuple[str, str, str | None, str]]:
    doc = with_countries(nlp, text)
    return [
        (doc[c.start : c.end].text, c.body.canonical, c.body.country, c.rule)
        for c in find_bodies(doc, settings_of(nlp))
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The Department of Homeland Security said.",
            [
                (
                    "Department of Homeland Security",
                    "U.S. Department of Homeland Security",
                    "USA",
                    "gazetteer_name",
                )
            ],
        ),
        (
            "Officials at DHS said.",
            [("DHS", "U.S. Department of Homeland Security", "USA", "gazetteer_acronym")],
        ),
        # A pattern body named head first and with a demonym: one canonical name.
        (
            "The Ministry of Foreign Affairs of El Salvador signed.",
            [
                (
                    "Ministry of Foreign Affairs of El Salvador",
                    "Ministry of Foreign Affairs of El Salvador",
                    "SLV",
                    "ministry_of",
                )
            ],
        ),
        (
            "The Salvadoran Ministry of Foreign Affairs signed.",
            [
                (
                    "Salvadoran Ministry of Foreign Affairs",
                    "Ministry of Foreign Affairs of El Salvador",
                    "SLV",
                    "ministry_of",
                )
            ],
        ),
        (
            "The U.S. Embassy in San Salvador hosted it.",
            [("U.S. Embassy in San Salvador", "U.S. Embassy in San Salvador", "USA", "embassy")],
        ),
        # Bodies no gazetteer lists, read around a head word ("Authority").
        (
            "Kenya's Energy and Petroleum Regulatory Authority signed the accord.",
            [
                (
                    "Kenya's Energy and Petroleum Regulatory Authority",
                    "Energy and Petroleum Regulatory Authority of Kenya",
                    "KEN",
                    "head_last",
                )
            ],
        ),
        (
            "The Monetary Authority of Singapore signed the accord.",
            [
                (
                    "Monetary Authority of Singapore",
                    "Monetary Authority of Singapore",
                    "SGP",
                    "head_of",
                )
            ],
        ),
        # An acronym the release defines, and its later mention.
        (
            "The Agency for Widget Safety (AWS) signed. Later AWS met.",
            [
                ("Agency for Widget Safety", "Agency for Widget Safety", None, "defined_acronym"),
                ("AWS", "Agency for Widget Safety", None, "defined_acronym_mention"),
                ("AWS", "Agency for Widget Safety", None, "defined_acronym_mention"),
            ],
        ),
        # A state's department is not the federal one its last words name.
        (
            "The Washington State Department of Ecology signed.",
            [("Department of Ecology", "Department of Ecology", None, "department_of")],
        ),
        ("We signed.", []),
    ],
)
def test_bodies_found_with_their_rule(nlp, text, expected):
    assert read(nlp, text) == expected


def test_an_empty_doc_has_no_bodies(nlp):
    assert find_bodies(with_countries(nlp, ""), settings_of(nlp)) == []


@pytest.mark.parametrize(
    "config, text, rule",
    [
        (
            {"head_last_names": False},
            "Kenya's Energy and Petroleum Regulatory Authority signed the accord.",
            "head_last",
        ),
        ({"head_of_names": False}, "The Monetary Authority of Singapore signed.", "head_of"),
        (
            {"define_acronyms": False},
            "The Agency for Widget Safety (AWS) signed.",
            "defined_acronym",
        ),
    ],
)
def test_each_reading_can_be_turned_off(config, text, rule):
    assert rule in [found[3] for found in read(make_nlp(), text)]
    assert rule not in [found[3] for found in read(make_nlp(**config), text)]


def test_candidates_are_in_text_order_without_overlaps(nlp):
    text = (
        "The Department of State and the Salvadoran Ministry of Foreign Affairs met DHS, "
        "the U.S. Embassy in San Salvador and Kenya's Energy and Petroleum Regulatory Authority."
    )
    found = find_bodies(with_countries(nlp, text), settings_of(nlp))
    assert len(found) == 5
    assert all(isinstance(c, Candidate) for c in found)
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))
