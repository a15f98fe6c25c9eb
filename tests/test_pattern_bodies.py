"""Bodies found by a pattern's trigger: pipeline.pattern_bodies."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from pipeline.agency_data import DEFAULT_GOVERNMENT_HEADS, DEFAULT_STOP_WORDS, BodyPattern
from pipeline.agency_text import Countries
from pipeline.extensions import COUNTRIES, set_spans
from pipeline.pattern_bodies import NameWords, pattern_body

NLP = spacy.blank("en")
WORDS = NameWords(
    frozenset(DEFAULT_STOP_WORDS),
    frozenset(DEFAULT_GOVERNMENT_HEADS),
    frozenset({"Health", "Foreign", "Affairs"}),
    frozenset({"Attorney", "General"}),
    400,
)
MINISTRY = BodyPattern(
    id="ministry_of", trigger="Ministry of", body="Ministry of {name}", takes_name=True
)
NAVY = BodyPattern(id="navy", trigger="Navy", body="Navy", anchor="required")


@pytest.mark.parametrize(
    ("text", "pattern", "trigger", "canonical", "written"),
    [
        (
            "the Salvadoran Ministry of Health Aspect Maunganidze and others",
            MINISTRY,
            "Ministry of",
            "Ministry of Health of El Salvador",
            "Salvadoran Ministry of Health",
        ),
        (
            "the Royal Salvadoran Navy sailed",
            NAVY,
            "Navy",
            "Navy of El Salvador",
            "Royal Salvadoran Navy",
        ),
        ("the Navy sailed", NAVY, "Navy", None, None),  # a country is required
    ],
)
def test_pattern_body(text, pattern, trigger, canonical, written):
    doc = NLP(text)
    if "Salvadoran" in text:
        at = [t.text for t in doc].index("Salvadoran")
        set_spans(
            doc, COUNTRIES, [Span(doc, at, at + 1, "COUNTRY", kb_id="SLV", span_id="demonym")]
        )
    start = [t.text for t in doc].index(trigger.split()[0])
    found = pattern_body(
        doc, text, Countries(doc), start, start + len(trigger.split()), pattern, WORDS
    )
    assert (found.body.canonical if found else None) == canonical
    if found is not None:
        assert doc[found.start : found.end].text == written
