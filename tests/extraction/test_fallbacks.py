"""Parties of a sentence that names none: pipeline.extraction.fallbacks."""

from __future__ import annotations

import pytest

from pipeline.extraction.fallbacks import unnamed_parties
from pipeline.extraction.instruments import find_instruments
from pipeline.extraction.parties import mentions_in
from pipeline.extraction.roles import Context


def _unnamed(parsed, first_trigger, lexicon, text, frame="active", reacted=False):
    doc = parsed(text)
    trigger = first_trigger(doc)
    sentence = trigger.sent
    instrument = find_instruments(sentence, lexicon)[0]
    context = Context(
        doc, sentence, trigger.start, trigger.end, frame, instrument, floor=sentence.start
    )
    in_name = mentions_in(doc, instrument.start, instrument.end)
    signers, fallback = unnamed_parties(
        context, lexicon, "USA", "United States", in_name, [], reacted
    )
    return [m.name for m in signers], fallback


@pytest.mark.parametrize(
    "text, frame, signers, fallback",
    [
        # A group phrase stands for the countries named before it.
        (
            "Ghana and Togo met in Accra. The two countries signed an accord on fisheries.",
            "active",
            ["Ghana", "Togo"],
            "group",
        ),
        # The release's own voice.
        ("We signed an accord on fisheries.", "active", ["United States"], "self"),
        # The countries the instrument's name joins; a name that says between whom names
        # them as the sentence would, no fallback.
        ("The Ghana Compact was signed on Monday.", "passive", ["Ghana"], "name"),
        ("The U.S.-Ghana Fisheries Agreement was signed on Monday.", "passive", None, ""),
        (
            "The Fisheries Agreement between Ghana and Togo was signed on Monday.",
            "passive",
            ["Ghana", "Togo"],
            "",
        ),
        # Nothing to go by.
        ("An accord on fisheries was signed on Monday.", "passive", [], ""),
    ],
)
def test_unnamed_parties(parsed, first_trigger, lexicon, text, frame, signers, fallback):
    found, kind = _unnamed(parsed, first_trigger, lexicon, text, frame)
    assert kind == fallback
    assert found == signers or (signers is None and len(found) == 2)


def test_who_only_reacted_to_a_signing_is_no_group_of_signers(parsed, first_trigger, lexicon):
    text = "Ghana and Togo met. The two leaders welcomed the signing of the accord on fisheries."
    assert _unnamed(parsed, first_trigger, lexicon, text, "nominal", reacted=True) == ([], "")
