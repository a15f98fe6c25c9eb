"""Readings of the words around a trigger: pipeline.extraction.role_cues."""

from __future__ import annotations

import pytest

from pipeline.extraction.parties import Mention, mentions_in
from pipeline.extraction.role_cues import (
    attending,
    behalf_before,
    joined_in,
    owners_of,
    party_key,
    topic_before,
)


def _index(doc, word, nth=0):
    return [t.i for t in doc if t.lower_ == word][nth]


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("a memorandum on agricultural trade facilitation with Togo", True),
        ("an agreement to expand agricultural trade with Togo", True),
        ("a memorandum on trade, a pillar of ties with Togo", False),
        ("a keystone of our relationship with Togo", False),
        ("a memorandum on Ghanaian exports with Togo", False),
    ],
)
def test_topic_before(parsed, text, topic):
    doc = parsed(text)
    start = _index(doc, "memorandum") + 1 if "memorandum" in text else 2
    if "agreement" in text:
        start = _index(doc, "agreement") + 1
    assert topic_before(doc, start, _index(doc, "with")) is topic


@pytest.mark.parametrize(
    ("text", "witnesses"),
    [
        ("with Togo in attendance", True),
        ("with Togo looking on", True),
        ("with Togo present", True),
        ("with Togo on trade", False),
    ],
)
def test_attending(parsed, text, witnesses):
    doc = parsed(text)
    assert attending(doc, _index(doc, "togo") + 1) is witnesses


def test_behalf_before(parsed):
    doc = parsed("signed the Accords on behalf of the United States with Togo")
    start = _index(doc, "on")
    assert behalf_before(doc, start, _index(doc, "with"))
    assert not behalf_before(doc, start + 1, _index(doc, "with"))
    # After the instrument's lower-case topic.
    doc = parsed("signed a memorandum on data sharing on behalf of the United States with Togo")
    assert behalf_before(doc, _index(doc, "on"), _index(doc, "with"))
    doc = parsed("signed a memorandum on data sharing for the Ministry of Togo with Benin")
    assert not behalf_before(doc, _index(doc, "on"), _index(doc, "with"))


def test_joined_in(parsed):
    doc = parsed("Ghana joined Togo and Benin in signing the agreement.")
    mentions = mentions_in(doc, 0, len(doc))
    found = joined_in(doc, mentions, _index(doc, "joined"), _index(doc, "signing"))
    assert [m.name for m in found] == ["Togo", "Benin"]


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        (Mention(0, 1, "country", "Chile", "CHL"), Mention(5, 6, "country", "Chile", "CHL"), True),
        (
            Mention(0, 1, "agency", "U.S. Department of Energy", "USA"),
            Mention(5, 6, "agency", "U.S. Department of Agriculture", "USA"),
            False,
        ),
        (
            Mention(0, 1, "person", "Ana Ruiz", "CHL"),
            Mention(5, 6, "person", "Ana Ruiz", None),
            True,
        ),
    ],
)
def test_party_key(first, second, same):
    assert (party_key(first) == party_key(second)) is same


@pytest.mark.parametrize(
    ("text", "owners"),
    [
        ("Ghana and Togo renewed their fisheries agreement, signed in 1999.", ["Ghana", "Togo"]),
        ("Ghana discussed the fisheries agreement, signed in 1999.", []),
    ],
)
def test_owners_of(parsed, text, owners):
    doc = parsed(text)
    mentions = mentions_in(doc, 0, len(doc))
    found = owners_of(doc, mentions, _index(doc, "fisheries"), 0)
    assert [m.name for m in found] == owners
