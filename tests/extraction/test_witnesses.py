"""Witnesses of a signing: pipeline.extraction.witnesses over sentences we write."""

from __future__ import annotations

import pytest

from pipeline.extraction.parties import mentions_in
from pipeline.extraction.witnesses import (
    REACTION_VERBS,
    congratulated_on,
    parties_between_in_name,
    witnessed,
    witnesses_countries,
)


@pytest.mark.parametrize(
    "text, seen",
    [
        ("The two leaders witnessed the signing of it.", True),
        ("President Biden attended a signing of it.", True),
        ("The Secretary oversaw the signing of it.", True),
        ("The Secretary welcomed the signing of it.", False),
        ("The signing of it took place in Accra.", False),
    ],
)
def test_witnessed(parsed, first_trigger, text, seen):
    trigger = first_trigger(parsed(text))
    assert witnessed(trigger.doc, trigger.start, 0) is seen


@pytest.mark.parametrize(
    "text, answered",
    [
        ("The Secretary welcomed the signing of it.", True),
        ("Ghana applauds the signing of it.", True),
        ("The two leaders witnessed the signing of it.", False),
        ("Ghana congratulated Togo on the signing of it.", False),
    ],
)
def test_reactions(parsed, first_trigger, text, answered):
    trigger = first_trigger(parsed(text))
    assert witnessed(trigger.doc, trigger.start, 0, REACTION_VERBS) is answered


@pytest.mark.parametrize(
    "text, names",
    [
        ("Ghana congratulated Togo on the signing of it.", ["Togo"]),
        ("Ghana congratulated Togo and Benin on their signing of it.", ["Togo", "Benin"]),
        (
            "Ghana congratulated Minister Ana Ruiz of Peru on the signing of it.",
            ["Ana Ruiz", "Peru"],
        ),
        # No verb of congratulating, or no "on" before the signing noun.
        ("Ghana thanked Togo on the signing of it.", []),
        ("Ghana congratulated Togo after the signing of it.", []),
    ],
)
def test_congratulated_on(parsed, first_trigger, text, names):
    trigger = first_trigger(parsed(text))
    doc = trigger.doc
    mentions = mentions_in(doc, 0, len(doc))
    assert [m.name for m in congratulated_on(doc, mentions, trigger.start, 0)] == names


@pytest.mark.parametrize(
    "text, names",
    [
        ("They saw the signing of the Agreement between Ghana and Togo.", ["Ghana", "Togo"]),
        (
            "They saw the signing of the Memorandum between USAID and Ghana's Ministry of Health.",
            ["U.S. Agency for International Development", "Ministry of Health of Ghana"],
        ),
        # A "between" of parties the rules do not know gives none; no "between", None.
        ("They saw the signing of the Agreement between Boeing and Airbus.", []),
        ("They saw the signing of the Agreement on Ports with Ghana.", None),
    ],
)
def test_parties_between_in_name(parsed, lexicon, text, names):
    from pipeline.extraction.instruments import find_instruments

    doc = parsed(text)
    [found] = find_instruments(doc[:], lexicon)
    mentions = mentions_in(doc, 0, len(doc))
    parties = parties_between_in_name(doc, mentions, found.start, found.end)
    assert (None if parties is None else [m.name for m in parties]) == names


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "Secretary of State Margaret Okafor and Japanese Prime Minister Kenji Sato attended.",
            ["United States", "Japan"],
        ),
        ("Ghana and Secretary of State Margaret Okafor attended.", ["Ghana", "United States"]),
        ("Spokesperson Lena Ruiz attended.", []),  # no country known
        ("Ghana and the Ghanaian Minister Kwame Asante attended.", ["Ghana"]),  # one each
    ],
)
def test_witnesses_countries(parsed, text, names):
    doc = parsed(text)
    mentions = mentions_in(doc, 0, len(doc))
    assert [m.name for m in witnesses_countries(mentions)] == names
