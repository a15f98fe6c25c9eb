from __future__ import annotations

import pytest
import spacy

from pipeline.country_mentions import country_spans, glued_matches, longest_first


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
