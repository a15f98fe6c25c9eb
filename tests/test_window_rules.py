from __future__ import annotations

import itertools
import pickle
from typing import Any

import pytest
import spacy
from spacy.language import Language

from pipeline import window_rules
from pipeline.window_rules import WindowRules

RULES: list[dict[str, Any]] = [
    {"id": "active.signed", "pattern": [{"LOWER": "signed"}]},
    {"id": "passive.signed_by", "pattern": [{"LOWER": "signed"}, {"LOWER": "by"}]},
    {
        "id": "signatory.became",
        "pattern": [
            {"LOWER": {"IN": ["became", "becomes"]}},
            {"LOWER": "a"},
            {"LOWER": "signatory"},
            {"LOWER": "to"},
        ],
    },
    {"id": "nominal.signing_of", "pattern": [{"LOWER": "signing"}, {"LOWER": "of"}]},
]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.blank("en")


def h(nlp: Language, word: str) -> int:
    return nlp.vocab.strings.add(word)


@pytest.fixture(scope="module")
def rules(nlp: Language) -> WindowRules:
    rules_of = {
        h(nlp, "signed"): ("active.signed", "passive.signed_by"),
        h(nlp, "signatory"): ("signatory.became",),
        h(nlp, "signing"): ("nominal.signing_of",),
    }
    needs = {
        "active.signed": (),
        "passive.signed_by": (frozenset({h(nlp, "by")}),),
        "signatory.became": (
            frozenset({h(nlp, "became"), h(nlp, "becomes")}),
            frozenset({h(nlp, "a")}),
            frozenset({h(nlp, "to")}),
        ),
        "nominal.signing_of": (frozenset({h(nlp, "of")}),),
    }
    return WindowRules(nlp.vocab, RULES, rules_of, needs)


@pytest.mark.parametrize(
    "anchors, window, expected",
    [
        (["signed"], "They signed it .", ("active.signed",)),
        (["signed"], "It was signed by both .", ("active.signed", "passive.signed_by")),
        (["signatory"], "Chile became a signatory to it", ("signatory.became",)),
        # "becomes" is one of the words the first token accepts.
        (["signatory"], "Chile becomes a signatory to it", ("signatory.became",)),
        (["signatory"], "Chile became a signatory", ()),  # no "to"
        # Two anchors: the union of their rules, in rule-set order.
        (
            ["signing", "signed"],
            "the signing of the accord was signed by all",
            ("active.signed", "passive.signed_by", "nominal.signing_of"),
        ),
        (["signing", "signing"], "the signing ceremony", ()),
    ],
)
def test_able_keeps_the_rules_whose_words_are_all_present(nlp, rules, anchors, window, expected):
    present = {h(nlp, word.lower()) for word in window.split()}
    assert rules.able([h(nlp, a) for a in anchors], present) == expected


def test_a_matcher_holds_exactly_its_rules_and_is_kept(nlp, rules):
    doc = nlp("The accord was signed by Chile, which became a signatory to it.")
    matcher = rules.matcher(("passive.signed_by",))
    assert matcher is not None
    found = {nlp.vocab.strings[key] for key, _, _ in matcher(doc)}
    assert found == {"passive.signed_by"}
    assert rules.matcher(("passive.signed_by",)) is matcher
    both = rules.matcher(("active.signed", "signatory.became"))
    assert both is not None and both is not matcher
    assert {nlp.vocab.strings[key] for key, _, _ in both(doc)} == {
        "active.signed",
        "signatory.became",
    }


def test_matchers_stop_being_made_past_the_bound(nlp):
    many = [{"id": f"rule{i}", "pattern": [{"LOWER": f"word{i}"}]} for i in range(10)]
    rules = WindowRules(nlp.vocab, many, {}, {})
    sets = itertools.chain.from_iterable(
        itertools.combinations([r["id"] for r in many], size) for size in range(1, 11)
    )
    made = [rules.matcher(ids) for ids in itertools.islice(sets, window_rules.MAX_MATCHERS)]
    assert all(matcher is not None for matcher in made)
    assert rules.matcher(("rule0", "rule1", "rule2", "rule3", "rule4", "rule5")) is None
    assert rules.matcher(("rule0",)) is made[0]  # those made before stay


def test_pickled_rules_answer_alike(nlp, rules):
    copy = pickle.loads(pickle.dumps(rules))
    present = {h(nlp, w) for w in ["it", "was", "signed", "by", "both"]}
    anchors = [h(nlp, "signed")]
    assert copy.able(anchors, present) == rules.able(anchors, present)
    assert copy.order == rules.order and copy.patterns == rules.patterns
