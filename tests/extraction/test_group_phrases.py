"""Whom group phrases stand for: pipeline.extraction.group_phrases over sentences we write."""

from __future__ import annotations

import pytest

import pipeline
from pipeline.extraction.group_phrases import latest_people, people_for_between
from pipeline.extraction.parties import mentions_in


@pytest.fixture(scope="module")
def lexicon():
    return pipeline.load().get_pipe("undersigned_signings").lexicon


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "Secretary of State Margaret Okafor hosted Ghanaian Foreign Minister Kwame Asante. "
            "The two officials signed it.",
            ["Margaret Okafor", "Kwame Asante"],
        ),
        # The same person named twice counts once; the latest two distinct ones are meant,
        # in the order of their latest mentions.
        (
            "Minister Ken Adjei welcomed Minister Afi Dossou. Minister Dossou thanked Minister "
            "Adjei. The two officials signed it.",
            ["Afi Dossou", "Ken Adjei"],
        ),
        ("Secretary Margaret Okafor spoke. The two officials signed it.", []),  # one person
        # A quote's speaker is none of them; three people leave the phrase to the countries.
        (
            'Secretary Margaret Okafor hosted Minister Kwame Asante. "It matters," said '
            "Spokesperson Lena Ruiz. The two officials signed it.",
            ["Margaret Okafor", "Kwame Asante"],
        ),
        (
            "Minister Kwame Asante met Secretary Margaret Okafor, and President Ana Ruiz "
            "welcomed them. The two officials signed it.",
            [],
        ),
        # Fewer in the phrase's sentence and the two before it: the latest two before.
        (
            "Secretary Margaret Okafor met Minister Kwame Asante. It rained. It snowed. They "
            "talked. The two officials signed it.",
            ["Margaret Okafor", "Kwame Asante"],
        ),
        # Reported speech is no quote: its speaker may be one of them.
        (
            "Secretary Margaret Okafor said the agreement would deepen ties. Minister Kwame "
            "Asante agreed. The two officials signed it.",
            ["Margaret Okafor", "Kwame Asante"],
        ),
    ],
)
def test_latest_people(parsed, text, names):
    doc = parsed(text)
    verb = next(t.i for t in doc if t.lower_ == "signed")
    assert [m.name for m in latest_people(doc, verb, 2)] == names


@pytest.mark.parametrize(
    "text, frame, people",
    [
        (
            "Secretary of State Margaret Okafor and Ghanaian Minister Kwame Asante signed it "
            "between the United States and Ghana.",
            "active",
            ["Margaret Okafor", "Kwame Asante"],
        ),
        (
            "Secretary of State Margaret Okafor met Ghanaian Minister Kwame Asante; the two "
            "officials signed it between the United States and Ghana.",
            "active",
            ["Margaret Okafor", "Kwame Asante"],
        ),
        # A country that opens a person's title is no party of the group.
        (
            "Deputy U.S. Trade Representative Karen Whitlock and Ghanaian Minister Kwame Asante "
            "signed it between the United States and Ghana.",
            "active",
            ["Karen Whitlock", "Kwame Asante"],
        ),
        # Fewer people than parties, a country no person acts for, not all people.
        (
            "Secretary of State Margaret Okafor signed it between the United States and Ghana.",
            "active",
            [],
        ),
        (
            "Secretary of State Margaret Okafor and Minister Kwame Asante signed it between "
            "the United States and Ghana.",
            "active",
            [],
        ),
        ("Ghana and Togo signed it between the United States and Ghana.", "active", []),
        (
            "Secretary of State Margaret Okafor and Ghanaian Minister Kwame Asante signed it "
            "between the United States and Ghana.",
            "passive",
            [],
        ),
    ],
)
def test_people_for_between(parsed, lexicon, text, frame, people):
    doc = parsed(text)
    verb = next(t.i for t in doc if t.lower_ == "signed")
    between = next(t.i for t in doc if t.lower_ == "between")
    mentions = mentions_in(doc, 0, verb)
    parties = mentions_in(doc, between + 1, len(doc))
    found = people_for_between(doc, lexicon, mentions, parties, frame, 0, verb)
    assert [m.name for m in found] == people
