from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from pipeline.extensions import forget_spans, set_spans
from pipeline.span_offsets import OffsetIndex

TEXT = "The Minister of Foreign Affairs of El Salvador met the U.S. Ambassador in San Salvador."


@pytest.fixture()
def doc() -> Doc:
    doc = spacy.blank("en")(TEXT)
    yield doc
    forget_spans(doc)


def span_of(doc: Doc, phrase: str, occurrence: int = 0) -> Span:
    start = -1
    for _ in range(occurrence + 1):
        start = doc.text.index(phrase, start + 1)
    span = doc.char_span(start, start + len(phrase), label="COUNTRY")
    assert span is not None
    return span


@pytest.mark.parametrize(
    "phrase, inside, outside",
    [
        ("El Salvador", "Salvador", "of El"),
        ("U.S.", "U.S.", "the"),
        ("San Salvador", "San", "in San"),
    ],
)
def test_covering_and_overlapping_by_characters(doc, phrase, inside, outside):
    span = span_of(doc, phrase)
    index = OffsetIndex([span])
    first_inside = doc.text.index(inside, span.start_char)
    assert index.covering(first_inside)
    assert not index.covering(span.end_char)  # the end is exclusive
    assert index.overlapping(first_inside, first_inside + 1)
    before = doc.text.rindex(outside, 0, span.start_char + len(outside))
    assert not index.overlapping(before, span.start_char)


def test_a_long_span_reaches_past_later_short_ones(doc):
    # "Minister of Foreign Affairs of El Salvador" covers "El Salvador" that starts later.
    long = span_of(doc, "Minister of Foreign Affairs of El Salvador")
    short = span_of(doc, "Foreign Affairs")
    index = OffsetIndex([long, short])
    after_short = short.end_char + 1
    assert index.covering(after_short)  # only the long span covers it
    assert index.overlapping(after_short, after_short + 2)


def test_spans_out_of_order_are_sorted_by_start(doc):
    late, early = span_of(doc, "San Salvador"), span_of(doc, "El Salvador")
    index = OffsetIndex([late, early])
    assert index.starts == sorted([late.start_char, early.start_char])
    assert [s.start_char for s in index.spans] == index.starts
    assert index.by_start[early.start_char] is early
    assert index.by_end[late.end_char] is late


def test_an_empty_group_covers_nothing(doc):
    index = OffsetIndex([])
    assert not index.covering(0)
    assert not index.overlapping(0, len(doc.text))
    assert index.by_start == {} and index.by_end == {}


def test_the_index_of_a_group_is_made_again_only_when_the_group_changes(doc):
    set_spans(doc, "countries", [span_of(doc, "El Salvador")])
    first = OffsetIndex.of(doc, "countries")
    assert OffsetIndex.of(doc, "countries") is first
    set_spans(doc, "countries", [span_of(doc, "El Salvador"), span_of(doc, "U.S.")])
    second = OffsetIndex.of(doc, "countries")
    assert second is not first
    assert len(second.spans) == 2


def test_a_group_the_doc_lacks_gives_an_empty_index(doc):
    index = OffsetIndex.of(doc, "agencies")
    assert index.spans == [] and not index.covering(3)
