"""Titles written alone, linked to their people: pipeline.title_links."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from pipeline.people_lexicon import load_lexicon
from pipeline.title_links import link_titles, with_kb

NLP = spacy.blank("en")
LEXICON = load_lexicon(None, None)


def _titles(doc, spec):
    """Title spans on the given words: (text, person, country), in order."""
    spans, position = [], 0
    for written, person, country in spec:
        start = doc.text.index(written, position)
        position = start + len(written)
        span = doc.char_span(start, position)
        assert span is not None
        spans.append(Span(doc, span.start, span.end, label="TITLE", kb_id=person, span_id=country))
    return spans


@pytest.mark.parametrize(
    ("text", "spec", "linked"),
    [
        (
            "Agriculture Secretary Tom Ash arrived. The Secretary spoke.",
            [("Agriculture Secretary", "Tom Ash", "USA"), ("Secretary", "", "USA")],
            ["Tom Ash", "Tom Ash"],
        ),
        # Two people of one office: the one whose title it opens, else the title's country's.
        (
            "Agriculture Secretary Tom Ash met Cabinet Secretary for Agriculture Ada Lund. "
            "The Secretary and the Cabinet Secretary signed.",
            [
                ("Agriculture Secretary", "Tom Ash", "USA"),
                ("Cabinet Secretary for Agriculture", "Ada Lund", "KEN"),
                ("Secretary", "", "USA"),
                ("Cabinet Secretary", "", ""),
            ],
            ["Tom Ash", "Ada Lund", "Tom Ash", "Ada Lund"],
        ),
        # A title with its own "of ..." phrase must match word for word.
        (
            "Secretary of State Tom Ash met the Secretary of the Treasury.",
            [("Secretary of State", "Tom Ash", "USA"), ("Secretary of the Treasury", "", "USA")],
            ["Tom Ash", ""],
        ),
    ],
)
def test_link_titles(text, spec, linked):
    doc = NLP(text)
    found = link_titles(doc, text, _titles(doc, spec), {}, LEXICON)
    assert [t.kb_id_ for t in found] == linked


def test_with_kb_keeps_an_unchanged_span():
    doc = NLP("Secretary Ash spoke.")
    span = Span(doc, 0, 1, label="TITLE", kb_id="Ash")
    assert with_kb(span, span.kb_id) is span
    assert with_kb(span, doc.vocab.strings.add("Lund")).kb_id_ == "Lund"


def test_with_kb_renames_in_place_and_the_group_changes_when_written_again():
    doc = NLP("Secretary Ash spoke.")
    doc.spans["titles"] = [Span(doc, 0, 1, label="TITLE", kb_id="Ash", span_id="USA")]
    span = doc.spans["titles"][0]
    renamed = with_kb(span, doc.vocab.strings.add("Dana Ash"), doc.vocab.strings.add("CAN"))
    assert renamed is span
    assert (span.kb_id_, span.id_, span.label_, span.start, span.end) == (
        "Dana Ash",
        "CAN",
        "TITLE",
        0,
        1,
    )
    assert doc.spans["titles"][0].kb_id_ == "Ash"  # the group holds its own copy
    doc.spans["titles"] = [renamed]
    assert (doc.spans["titles"][0].kb_id_, doc.spans["titles"][0].id_) == ("Dana Ash", "CAN")
