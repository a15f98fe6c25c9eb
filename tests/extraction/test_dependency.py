"""Pure functions of pipeline.extraction.dependency, on Docs whose parse is written by hand."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from pipeline.extraction.dependency import (
    DependencyRule,
    collect_roles,
    instruments_at,
    node_role,
    role_mentions,
)
from pipeline.extraction.instruments import Found

VOCAB = spacy.blank("en").vocab


def parsed(
    words: list[str], heads: list[int], deps: list[str], ents: list[str] | None = None
) -> Doc:
    doc = Doc(
        VOCAB,
        words=words,
        heads=heads,
        deps=deps,
        ents=ents,
        sent_starts=[True] + [False] * (len(words) - 1),
    )
    for group in ("people", "countries", "agencies", "titles"):
        doc.spans[group] = []
    return doc


@pytest.mark.parametrize(
    "name, role",
    [
        ("trigger", "trigger"),
        ("signer", "signer"),
        ("signer_2", "signer"),
        ("counterparty", "counterparty"),
        ("between", "between"),
        ("_verb", None),
        ("verb", None),
        ("signers", None),
    ],
)
def test_node_roles(name, role):
    assert node_role(name) == role


def test_collect_roles_keeps_the_first_rule_per_role_and_every_event_rule():
    rules = [
        DependencyRule("dep.object", 0.9, ("trigger", "instrument")),
        DependencyRule("dep.subject", 0.8, ("trigger", "signer")),
        DependencyRule("dep.inherited", 0.8, ("trigger", None, "signer")),
        DependencyRule("dep.passive", 0.9, ("trigger", "instrument")),
    ]
    index = {10: 0, 11: 1, 12: 2, 13: 3}
    matches = [(12, [4, 2, 0]), (11, [4, 3]), (13, [4, 6]), (10, [4, 5]), (11, [9, 8])]
    found = collect_roles(matches, rules, index)
    assert [entry.trigger for entry in found] == [4, 9]
    first = found[0]
    assert [(rule.id, tokens) for rule, tokens in first.instruments] == [
        ("dep.object", [5]),
        ("dep.passive", [6]),
    ]
    assert first.parties["signer"][0].id == "dep.subject"
    assert first.parties["signer"][1] == [3]
    assert found[1].instruments == []
    assert found[1].parties["signer"][1] == [8]


def test_instruments_at_follows_conjuncts_and_list_items():
    # "signed the Agreement and a Memorandum" ; conj links Memorandum to Agreement
    doc = parsed(
        ["We", "signed", "the", "Agreement", "and", "a", "Memorandum", "."],
        [1, 1, 3, 1, 3, 6, 3, 1],
        ["nsubj", "ROOT", "det", "dobj", "cc", "det", "conj", "punct"],
    )
    agreement = Found(3, 4, 3, 4, "Agreement", "agreement", False)
    memorandum = Found(6, 7, 6, 7, "Memorandum", "memorandum", False)
    assert instruments_at(doc, [3], [agreement, memorandum]) == [agreement, memorandum]
    # Coordination is symmetric: either conjunct brings the other.
    assert instruments_at(doc, [6], [agreement, memorandum]) == [agreement, memorandum]
    assert instruments_at(doc, [6], [memorandum]) == [memorandum]
    assert instruments_at(doc, [1], [agreement, memorandum]) == []
    items = [
        Found(3, 5, 3, 4, "agreement on A", "agreement", False),
        Found(5, 7, 3, 4, "agreement on B", "agreement", False),
    ]
    assert instruments_at(doc, [3], items) == items


def test_role_mentions_prune_relative_clauses_and_skip_instrument_names():
    # "Rama , who visited Kenya , signed the Albania Agreement ."
    words = [
        "Rama",
        ",",
        "who",
        "visited",
        "Kenya",
        ",",
        "signed",
        "the",
        "Albania",
        "Agreement",
        ".",
    ]
    doc = parsed(
        words,
        [6, 0, 3, 0, 3, 0, 6, 9, 9, 6, 6],
        [
            "nsubj",
            "punct",
            "nsubj",
            "relcl",
            "dobj",
            "punct",
            "ROOT",
            "det",
            "compound",
            "dobj",
            "punct",
        ],
    )
    doc.spans["people"] = [Span(doc, 0, 1, label="PERSON", kb_id="Edi Rama")]
    doc.spans["countries"] = [
        Span(doc, 4, 5, label="COUNTRY", kb_id="KEN", span_id="name"),
        Span(doc, 8, 9, label="COUNTRY", kb_id="ALB", span_id="name"),
    ]
    sentence = doc[0 : len(doc)]
    signers = role_mentions(doc, [0], sentence, [], {})
    assert [(m.kind, m.name) for m in signers] == [("person", "Edi Rama")]
    objects = role_mentions(doc, [9], sentence, [(7, 10)], {})
    assert objects == []


def test_role_mentions_fall_back_on_ner_only_without_entity_spans():
    words = ["Jane", "Doe", "and", "Acme", "Corp", "signed", "a", "contract", "."]
    doc = parsed(
        words,
        [1, 5, 1, 4, 1, 5, 7, 5, 5],
        ["compound", "nsubj", "cc", "compound", "conj", "ROOT", "det", "dobj", "punct"],
        ents=["B-PERSON", "I-PERSON", "O", "B-ORG", "I-ORG", "O", "O", "O", "O"],
    )
    sentence = doc[0 : len(doc)]
    kinds = {"PERSON": "person", "ORG": "organization"}
    found = role_mentions(doc, [1], sentence, [], kinds)
    assert [(m.kind, m.name) for m in found] == [
        ("person", "Jane Doe"),
        ("organization", "Acme Corp"),
    ]
    assert role_mentions(doc, [1], sentence, [], {"PERSON": "person"})[0].name == "Jane Doe"
    assert role_mentions(doc, [1], sentence, [], {}) == []
    doc.spans["people"] = [Span(doc, 0, 2, label="PERSON", kb_id="Jane Q. Doe")]
    assert [m.name for m in role_mentions(doc, [1], sentence, [], kinds)] == ["Jane Q. Doe"]
