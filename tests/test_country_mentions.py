from __future__ import annotations

import pytest
import spacy

from pipeline.country_mentions import (
    country_spans,
    glued_matches,
    longest_first,
    mention_spans,
    without_rejected,
)


@pytest.mark.parametrize(
    "matches, expected",
    [
        ([], []),
        ([(1, 0, 3), (2, 2, 3)], [(1, 0, 3)]),  # "Papua New Guinea" over "Guinea"
        ([(2, 4, 5), (1, 0, 1)], [(1, 0, 1), (2, 4, 5)]),  # sorted by start
        ([(1, 0, 2), (2, 1, 3)], [(1, 0, 2)]),  # a tie: the earliest
    ],
)
def test_longest_first(matches, expected):
    assert longest_first(matches) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The U.S.-Japan alliance holds.", [("U.S.-Japan", 7)]),
        ("The U.S. and Japan signed.", []),
        ("A NATO-led mission.", []),
    ],
)
def test_glued_abbreviations_give_their_token(text, expected):
    nlp = spacy.blank("en")
    doc = nlp(text)
    found = glued_matches(doc, text, {"U.S.": 7})
    assert [(doc[start:end].text, key) for key, start, end in found] == expected


def test_country_spans_carry_the_hashes_of_their_key():
    nlp = spacy.blank("en")
    doc = nlp("Chile and Peru signed.")
    strings = doc.vocab.strings
    kb_ids = {5: strings.add("CHL"), 6: strings.add("PER")}
    span_ids = {5: strings.add("name"), 6: strings.add("name")}
    spans = country_spans(doc, [(5, 0, 1), (6, 2, 3)], strings.add("COUNTRY"), kb_ids, span_ids)
    assert [(s.text, s.label_, s.kb_id_, s.id_) for s in spans] == [
        ("Chile", "COUNTRY", "CHL", "name"),
        ("Peru", "COUNTRY", "PER", "name"),
    ]


@pytest.mark.parametrize(
    "kept, expected",
    [
        ([], []),
        # Keys 1 and 2 are plain, 8 and 9 special: 9's matches are rejected at token 4.
        ([(1, 0, 1), (9, 2, 3), (2, 4, 5)], [(1, 0, 1), (9, 2, 3), (2, 4, 5)]),
        ([(1, 0, 1), (9, 4, 5), (8, 6, 7)], [(1, 0, 1), (8, 6, 7)]),
    ],
)
def test_only_special_matches_are_judged(kept, expected):
    doc = spacy.blank("en")("a b c d e f g h")
    judged = []

    def is_mention(doc, key, start, end):
        judged.append(key)
        return not (key == 9 and start == 4)

    assert without_rejected(doc, kept, {8, 9}, is_mention) == expected
    assert all(key in {8, 9} for key in judged)


def test_mention_spans_are_written_with_their_code_and_form():
    doc = spacy.blank("en")("the Governments of Chile and Peru")
    strings = doc.vocab.strings
    hashes = {text: strings.add(text) for text in ("CHL", "PER", "government")}
    mentions = [[1, 4, "CHL", "government", 1], [5, 6, "PER", "government", 0]]
    spans = mention_spans(doc, mentions, strings.add("COUNTRY"), hashes)
    assert [(s.text, s.label_, s.kb_id_, s.id_) for s in spans] == [
        ("Governments of Chile", "COUNTRY", "CHL", "government"),
        ("Peru", "COUNTRY", "PER", "government"),
    ]
