"""Rule groups and the windows around anchor words that the signing rules look at."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.matcher import Matcher

from pipeline.components.signings import read_rules
from pipeline.corpus import Release
from pipeline.errors import RuleSetError
from pipeline.nlp import make_doc
from pipeline.trigger_windows import (
    NEAR,
    all_anchors,
    anchor_hits,
    anchor_words,
    candidate_windows,
    needed_words,
    pattern_extent,
    rule_groups,
    window_matches,
)

ROOT = Path(__file__).resolve().parents[1]
RULES = ROOT / "models" / "default" / "signing_rules.jsonl"


def rule(rule_id, pattern, frame="active", **extra):
    return {"id": rule_id, "frame": frame, "pattern": pattern, **extra}


@pytest.mark.parametrize(
    "pattern, index, extent",
    [
        ([{"LOWER": "signed"}, {"LOWER": "by"}], 0, (0, 1)),
        ([{"LOWER": "was"}, {"LOWER": "formally", "OP": "?"}, {"LOWER": "signed"}], 2, (2, 0)),
        ([{"LOWER": "joined"}, {"OP": "{0,8}"}, {"LOWER": "by"}, {"LOWER": "signing"}], 0, (0, 10)),
        (
            [{"LOWER": "became"}, {"OP": "{0,6}"}, {"LOWER": "signatory"}, {"LOWER": "to"}],
            2,
            (7, 1),
        ),
        # A negated token still takes one token: "signed into law".
        ([{"LOWER": "signed"}, {"LOWER": "x", "OP": "!"}, {"LOWER": "law"}], 0, (0, 2)),
        ([{"LOWER": "joined"}, {"OP": "*"}, {"LOWER": "signing"}], 0, None),
        ([{"LOWER": "joined"}, {"OP": "+"}, {"LOWER": "signing"}], 2, None),
        ([{"LOWER": "joined"}, {"OP": "{2,}"}, {"LOWER": "signing"}], 0, None),
    ],
)
def test_pattern_extent(pattern, index, extent):
    assert pattern_extent(pattern, index) == extent


def test_default_rules_form_a_near_and_a_far_group():
    nlp = spacy.blank("en")
    rules = read_rules(RULES)
    near, far = rule_groups(nlp, rules, RULES)
    assert near.extent is not None and max(near.extent) <= NEAR
    assert far.extent == (7, 14)
    assert set(far.rule_ids) == {
        "join.signatory",
        "join.joined_by_signing",
        "nominal.signing_placed_of",  # a place of up to four words before its "of"
        "nominal.signing_by_of",  # its signers, up to twelve words, before its "of"
    }
    # Every rule is in exactly one group, ignore rules with the anchors that cover them.
    assert sorted(near.rule_ids + far.rule_ids) == sorted(r["id"] for r in rules)
    assert "ignore.the_signing" in near.rule_ids
    assert len(all_anchors([near, far])) == len(anchor_words(rules, RULES))


def test_an_unbounded_rule_is_matched_in_whole_sentences():
    nlp = spacy.blank("en")
    rules = [
        rule("active.signed", [{"LOWER": "signed"}]),
        rule("join.any", [{"LOWER": "joined"}, {"OP": "*"}, {"LOWER": "signing"}]),
        rule("ignore.odd", [{"LOWER": "zzz"}, {"LOWER": "qqq"}], frame="ignore"),
    ]
    groups = rule_groups(nlp, rules, "rules.jsonl")
    assert [(g.rule_ids, g.extent) for g in groups] == [
        (["active.signed"], (0, 0)),
        (["join.any", "ignore.odd"], None),
    ]
    # The ignore rule that no group's words cover is looked for wherever any anchor is.
    assert len(groups[1].anchors) == 2


@pytest.mark.parametrize(
    "pattern, anchor",
    [
        ([{"IS_TITLE": True}], None),  # no words at all
        ([{"NORM": "not"}, {"IS_TITLE": True}], None),  # a norm is no lower-case form
        ([{"LOWER": "very", "OP": "?"}, {"IS_ALPHA": True}], None),  # optional
        ([{"LOWER": "signed"}, {"LOWER": "not", "OP": "!"}], 1),  # negated
        ([{"LOWER": "signed", "OP": "*"}, {"LOWER": "by"}], 0),  # may be absent
        ([{"LOWER": "signed", "OP": "{0,2}"}, {"LOWER": "by"}], 0),
        ([{"LOWER": "signed"}], 3),  # no such token
    ],
)
def test_a_rule_with_nothing_every_match_holds_cannot_anchor(pattern, anchor):
    extra = {} if anchor is None else {"anchor": anchor}
    with pytest.raises(RuleSetError, match="rules.jsonl.*'bad'.*anchor"):
        rule_groups(spacy.blank("en"), [rule("bad", pattern, **extra)], "rules.jsonl")


def test_the_first_token_every_match_holds_anchors_by_default():
    nlp = spacy.blank("en")
    pattern = [{"LOWER": "very", "OP": "?"}, {"LOWER": {"IN": ["good", "fine"]}}]
    [group] = rule_groups(nlp, [rule("good", pattern)], "rules.jsonl")
    assert len(group.anchors) == 2 and group.extent == (1, 0)


def test_a_rule_without_literal_words_is_rejected():
    with pytest.raises(RuleSetError, match="rules.jsonl.*'bad'.*anchor"):
        rule_groups(spacy.blank("en"), [rule("bad", [{"IS_TITLE": True}])], "rules.jsonl")


def test_an_invalid_pattern_names_the_rule():
    with pytest.raises(RuleSetError, match="rules.jsonl.*'bad'"):
        rule_groups(
            spacy.blank("en"), [rule("bad", [{"LOWER": "signed", "OP": "?!"}])], "rules.jsonl"
        )


SENTENCES = [
    "The Letter of Intent was formally signed by both governments in the capital.",
    "Ukraine became the first country in the region to be a signatory to the Accords.",
    "Romania joined the Artemis Accords on Tuesday by signing them at NASA.",
    "The President signed the bill into law and then the treaty was inked by Japan.",
    "The signing reflects years of work; the signing ceremony was held at the embassy.",
    "Signs of progress: they signed up partners and then signed on to the Declaration.",
    "Nobody mentions any of the words here at all.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_groups_find_what_one_matcher_finds_in_whole_sentences(text):
    nlp = spacy.blank("en")
    nlp.add_pipe("undersigned_sentences")
    rules = read_rules(RULES)
    doc = nlp(make_doc(nlp, Release(id="r", text=f"{text} {text}", date="2022-05-01")))
    groups = rule_groups(nlp, rules, RULES)
    assert _in_windows(doc, groups) == _in_sentences(nlp, doc, rules)


def test_windows_hold_fewer_tokens_than_the_sentences():
    # Over the sample sentences together: a short sentence with "signing" twice is filled
    # by the far group's 18-token windows, a text of several is not.
    nlp = spacy.blank("en")
    nlp.add_pipe("undersigned_sentences")
    doc = nlp(make_doc(nlp, Release(id="r", text=" ".join(SENTENCES), date="2022-05-01")))
    groups = rule_groups(nlp, read_rules(RULES), RULES)
    hits = anchor_hits(doc, groups, all_anchors(groups))
    for group, group_hits in zip(groups, hits, strict=True):
        windows = candidate_windows(doc, group_hits, group.extent)
        assert 0 < sum(len(w) for w in windows) < len(doc) * 0.8


CUSTOM = [
    # An optional token before the anchor, a negated one inside the pattern, and ignore
    # rules whose optional or negated tokens must not place them.
    (
        [
            rule("good", [{"LOWER": "very", "OP": "?"}, {"LOWER": "good"}]),
            rule("law", [{"LOWER": "signed"}, {"LOWER": "x", "OP": "!"}, {"LOWER": "law"}]),
            rule("agreed", [{"LOWER": "not", "OP": "!"}, {"LOWER": "agreed"}]),
            rule("signed", [{"LOWER": "signed"}]),
            rule("up", [{"LOWER": "signed", "OP": "?"}, {"LOWER": "up"}], frame="ignore"),
            rule("a_law", [{"LOWER": "x", "OP": "!"}, {"LOWER": "law"}], frame="ignore"),
        ],
        "It was signed into law and it was a really good one. The parties finally agreed, "
        "then signed the pact and later gave up on a law.",
    ),
]


@pytest.mark.parametrize("rules, text", CUSTOM)
def test_groups_find_what_one_matcher_finds_for_any_rule_shape(rules, text):
    nlp = spacy.blank("en")
    nlp.add_pipe("undersigned_sentences")
    doc = nlp(text)
    groups = rule_groups(nlp, rules, "rules.jsonl")
    expected = _in_sentences(nlp, doc, rules)
    assert {nlp.vocab.strings[k] for k, _, _ in expected} >= {"good", "law", "agreed", "up"}
    assert _in_windows(doc, groups) == expected


def _in_windows(doc, groups):
    """Matches of every group in its windows, as (key, start, end) in the Doc."""
    found = set()
    for group, hits in zip(groups, anchor_hits(doc, groups, all_anchors(groups)), strict=True):
        matches = window_matches(doc, group, hits)
        assert len(set(matches)) == len(matches)  # each match once
        found |= set(matches)
    return found


def test_each_anchor_word_gets_a_matcher_with_the_rules_it_anchors():
    nlp = spacy.blank("en")
    rules = [
        rule("signed", [{"LOWER": {"IN": ["signed", "inked"]}}]),
        rule("signed_by", [{"LOWER": "signed"}, {"LOWER": "by"}]),
        rule("was_signed", [{"LOWER": "was"}, {"LOWER": "signed"}], anchor=1),
        rule("signing", [{"LOWER": "signing"}]),
        rule("signs", [{"LOWER": "signs"}]),
        rule("signs_of", [{"LOWER": "signs"}, {"LOWER": "of"}], frame="ignore"),
        rule("signing_up", [{"LOWER": "signing"}, {"LOWER": "up"}], frame="ignore"),
    ]
    [group] = rule_groups(nlp, rules, "rules.jsonl")
    strings = nlp.vocab.strings

    def ids(word):
        matcher = group.by_anchor[strings[word]]
        return sorted(r for r in group.rule_ids if r in matcher)

    assert ids("signed") == ["signed", "signed_by", "was_signed"]
    assert ids("inked") == ["signed"]
    assert ids("signing") == ["signing", "signing_up"]
    assert ids("signs") == ["signs", "signs_of"]
    assert group.by_anchor[strings["signing"]] is not group.by_anchor[strings["signed"]]


def test_words_that_anchor_the_same_rules_share_a_matcher():
    nlp = spacy.blank("en")
    rules = [rule("signed", [{"LOWER": {"IN": ["signed", "inked", "signs"]}}])]
    [group] = rule_groups(nlp, rules, "rules.jsonl")
    assert len({id(m) for m in group.by_anchor.values()}) == 1
    assert len(group.by_anchor) == 3


def test_an_uncovered_ignore_rule_sits_in_every_words_matcher():
    nlp = spacy.blank("en")
    nlp.add_pipe("undersigned_sentences")
    rules = [
        rule("signed", [{"LOWER": "signed"}]),
        rule("join.any", [{"LOWER": "joined"}, {"OP": "*"}, {"LOWER": "signing"}]),
        rule("ignore.odd", [{"LOWER": "zzz"}, {"LOWER": "qqq"}], frame="ignore"),
    ]
    near, group = rule_groups(nlp, rules, "rules.jsonl")
    strings = nlp.vocab.strings
    assert {strings[key] for key in group.by_anchor} == {"signed", "joined"}
    assert all("ignore.odd" in matcher for matcher in group.by_anchor.values())
    assert "join.any" not in group.by_anchor[strings["signed"]]
    assert "ignore.odd" not in near.by_anchor[strings["signed"]]
    doc = nlp("They joined in signing it. Then zzz qqq happened after they joined.")
    assert _in_windows(doc, [near, group]) == _in_sentences(nlp, doc, rules)
    assert strings["ignore.odd"] in {key for key, _, _ in _in_windows(doc, [group])}


def test_a_rule_set_of_ignore_rules_still_has_its_patterns_checked():
    with pytest.raises(RuleSetError, match="rules.jsonl.*'odd'"):
        rule_groups(
            spacy.blank("en"),
            [rule("odd", [{"LOWER": "zzz", "OP": "?!"}], frame="ignore")],
            "rules.jsonl",
        )


def test_a_window_with_several_anchor_words_finds_each_match_once():
    nlp = spacy.blank("en")
    nlp.add_pipe("undersigned_sentences")
    rules = [
        # Anchored by both words: it sits in both words' Matchers.
        rule("both", [{"LOWER": {"IN": ["signed", "signing"]}}, {"OP": "?"}]),
        rule("signing", [{"LOWER": "signing"}]),
    ]
    [group] = rule_groups(nlp, rules, "rules.jsonl")
    strings = nlp.vocab.strings
    assert group.by_anchor[strings["signed"]] is not group.by_anchor[strings["signing"]]
    doc = nlp("They signed at signing time.")
    hits = anchor_hits(doc, [group], all_anchors([group]))[0]
    [window] = candidate_windows(doc, hits, group.extent)
    assert window.text == "signed at signing time"
    matches = window_matches(doc, group, hits)
    assert len(set(matches)) == len(matches)
    assert set(matches) == _in_sentences(nlp, doc, rules)
    assert sorted(doc[s:e].text for k, s, e in matches if strings[k] == "both") == [
        "signed",
        "signed at",
        "signing",
        "signing time",
    ]


def _in_sentences(nlp, doc, rules):
    """Matches of one Matcher with every rule, over whole sentences."""
    everything = Matcher(nlp.vocab)
    for r in rules:
        everything.add(r["id"], [r["pattern"]])
    return {
        (k, sent.start + s, sent.start + e) for sent in doc.sents for k, s, e in everything(sent)
    }


def test_windows_stay_inside_their_sentence_and_merge_when_they_overlap():
    nlp = spacy.blank("en")
    nlp.add_pipe("undersigned_sentences")
    doc = nlp("They met. It was signed and signed again by all. Then they left.")
    signed = [t.i for t in doc if t.text == "signed"]
    [window] = candidate_windows(doc, signed, (2, 4))
    assert window.text == "It was signed and signed again by all."
    [first, second] = candidate_windows(doc, signed, (0, 0))
    assert (first.text, second.text) == ("signed", "signed")
    assert candidate_windows(doc, signed, None)[0].text == window.text
    assert candidate_windows(doc, [], (2, 4)) == []


def test_needed_words_are_the_literal_words_of_tokens_every_match_holds():
    strings = spacy.blank("en").vocab.strings
    pattern = [
        {"LOWER": {"IN": ["became", "is"]}},
        {"OP": "{0,6}"},
        {"ORTH": "Signatory"},
        {"LOWER": "the", "OP": "?"},
        {"LOWER": {"IN": ["to", "of"]}, "OP": "+"},
    ]
    needs = needed_words(pattern, strings)
    assert [sorted(strings[h] for h in need) for need in needs] == [
        ["became", "is"],
        ["signatory"],
        ["of", "to"],
    ]


def test_a_window_is_matched_only_against_the_rules_whose_words_it_holds():
    nlp = spacy.blank("en")
    nlp.add_pipe("undersigned_sentences")
    rules = [
        rule("signed", [{"LOWER": "signed"}]),
        rule("signed_by", [{"LOWER": "signed"}, {"LOWER": "by"}]),
        rule("was_signed", [{"LOWER": "was"}, {"LOWER": "signed"}], anchor=1),
        rule("signatory", [{"LOWER": "signatory"}, {"LOWER": "to"}]),
    ]
    [group] = rule_groups(nlp, rules, "rules.jsonl")
    assert group.window_rules is not None
    strings = nlp.vocab.strings
    doc = nlp("It was signed today. A signatory of it. It was signed by both.")
    present = {strings[w] for w in ("it", "was", "signed", "today", ".")}
    assert group.window_rules.able([strings["signed"]], present) == ("signed", "was_signed")
    assert group.window_rules.able([strings["signatory"]], {strings["signatory"]}) == ()
    assert set(
        window_matches(doc, group, [t.i for t in doc if t.lower_ in ("signed", "signatory")])
    ) == (_in_sentences(nlp, doc, rules))
