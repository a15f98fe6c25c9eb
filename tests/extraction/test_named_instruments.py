"""Instruments named after a joining verb: pipeline.extraction.named_instruments."""

from __future__ import annotations

import pytest

from pipeline.extraction.instruments import find_instruments
from pipeline.extraction.named_instruments import named_after_joining, pronoun_object


def _found(parsed, text: str, verb: str, last: str):
    doc = parsed(text)
    start = next(t.i for t in doc if t.lower_ == verb)
    end = next(t.i for t in doc if t.lower_ == last and t.i > start) + 1
    return named_after_joining(doc, start, end, doc[start].sent)


@pytest.mark.parametrize(
    "text, verb, last, name",
    [
        (
            "Colombia became a signatory to the Agricultural Innovation Mission for Climate "
            "on Monday.",
            "became",
            "to",
            "Agricultural Innovation Mission for Climate",
        ),
        (
            "Kenya signed on to the Freedom Online Coalition.",
            "signed",
            "to",
            "Freedom Online Coalition",
        ),
        (
            "Kenya signed onto Freedom Online Coalition.",
            "signed",
            "onto",
            "Freedom Online Coalition",
        ),
    ],
)
def test_a_proper_name_after_an_act_of_joining(parsed, text, verb, last, name):
    [found] = _found(parsed, text, verb, last)
    assert (found.name, found.type, found.plural) == (name, "other", False)
    assert found.definite is (f"the {name}" in text)


@pytest.mark.parametrize(
    "text, verb, last",
    [
        # A state, not an act.
        ("All ten countries are signatories to the Sustainable Development Goals.", "are", "to"),
        # One capitalised word, or none.
        ("Ghana became a signatory to Kyoto.", "became", "to"),
        ("Ghana became a signatory to it.", "became", "to"),
        # A date ends the name before it starts.
        ("Ghana became a signatory to the accord in March.", "became", "to"),
    ],
)
def test_no_name_no_instrument(parsed, text, verb, last):
    assert _found(parsed, text, verb, last) == []


def test_events_take_the_name(events_of):
    [event] = events_of(
        "Colombia became a signatory to the Agricultural Innovation Mission for Climate on Monday."
    )
    assert (event["agreement"], event["agreement_type"], event["countries"]) == (
        "Agricultural Innovation Mission for Climate",
        "other",
        ["COL"],
    )
    assert event["date"] == "2022-03-07"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ghana welcomed the declaration, and Togo signed it on Monday.", "declaration"),
        ("Ghana welcomed the declaration, and Togo will sign it next week.", None),
        ("Togo signed it on Monday.", None),
    ],
)
def test_pronoun_object(parsed, lexicon, text, name):
    doc = parsed(text)
    sentence = next(iter(doc.sents))
    verb = next(t.i for t in doc if t.lower_ in ("signed", "sign"))
    before = [f for f in find_instruments(sentence, lexicon) if f.end <= verb]
    found = pronoun_object(doc, verb + 1, before)
    assert (found[0].name if found else None) == name
