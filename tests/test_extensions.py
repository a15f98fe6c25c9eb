"""Shared Doc helpers: span lists, Doc attributes, entity attributes."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from pipeline import extensions
from pipeline.extensions import doc_attr, set_doc_attr


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("en")


@pytest.mark.parametrize(
    "start, end, expected",
    [
        (0, 12, ["Costa Rica", "Panama", "Chile"]),
        (0, 3, ["Costa Rica"]),
        (1, 12, ["Panama", "Chile"]),  # a span that starts before `start` is left out
        (3, 7, ["Panama"]),  # and one that ends after `end`
        (9, 9, []),
    ],
)
def test_spans_between_takes_the_spans_inside(nlp, start, end, expected):
    from spacy.tokens import Span

    from pipeline.extensions import set_spans, spans_between

    doc = nlp("Costa Rica and Panama signed; later Chile joined.")
    # Written out of order: the lookup sorts them once.
    set_spans(doc, "countries", [Span(doc, 7, 8), Span(doc, 0, 2), Span(doc, 3, 4)])
    assert [s.text for s in spans_between(doc, "countries", start, end)] == expected
    set_spans(doc, "countries", [Span(doc, 3, 4)])  # a new group is read again
    assert [s.text for s in spans_between(doc, "countries", 0, 12)] == ["Panama"]


def test_span_lists_do_not_keep_every_doc_alive(nlp):
    import gc
    import weakref

    from spacy.tokens import Span

    from pipeline.extensions import MAX_CACHED_DOCS, cached_spans, set_spans

    refs = []
    for number in range(MAX_CACHED_DOCS + 100):
        doc = nlp(f"Release {number}: Costa Rica and Panama signed.")
        set_spans(doc, "countries", [Span(doc, 3, 5), Span(doc, 6, 7)])
        assert [s.text for s in cached_spans(doc, "countries")] == ["Costa Rica", "Panama"]
        refs.append(weakref.ref(doc))
    del doc
    gc.collect()
    alive = sum(ref() is not None for ref in refs)
    assert 0 < alive <= MAX_CACHED_DOCS
    # The first Docs were let go; a Doc pushed out of the cache reads its group again.
    assert refs[0]() is None


def test_a_doc_pushed_out_of_the_cache_reads_its_spans_again(nlp):
    from spacy.tokens import Span

    from pipeline.extensions import MAX_CACHED_DOCS, cached_spans, set_spans

    first = nlp("Costa Rica and Panama signed.")
    set_spans(first, "countries", [Span(first, 0, 2)])
    others = [nlp("Chile joined.") for _ in range(MAX_CACHED_DOCS + 1)]
    for other in others:
        set_spans(other, "countries", [Span(other, 0, 1)])
    assert [s.text for s in cached_spans(first, "countries")] == ["Costa Rica"]


def test_a_forgotten_doc_reads_its_spans_again(nlp):
    from spacy.tokens import Span

    from pipeline.extensions import cached_spans, forget_spans, set_spans, span_cache

    doc = nlp("Costa Rica and Panama signed.")
    set_spans(doc, "countries", [Span(doc, 0, 2)])
    first = cached_spans(doc, "countries")
    assert cached_spans(doc, "countries") is first  # asked twice in a row: one list
    span_cache(doc)["\x1fderived"] = "value"
    assert span_cache(doc)["\x1fderived"] == "value"
    forget_spans(doc)
    again = cached_spans(doc, "countries")
    assert again is not first and [s.text for s in again] == ["Costa Rica"]
    assert "\x1fderived" not in span_cache(doc)


def test_span_lists_of_docs_read_in_turn_stay_apart(nlp):
    from spacy.tokens import Span

    from pipeline.extensions import cached_spans, set_spans

    one, two = nlp("Chile joined."), nlp("Costa Rica and Panama signed.")
    set_spans(one, "countries", [Span(one, 0, 1)])
    set_spans(two, "countries", [Span(two, 0, 2), Span(two, 3, 4)])
    for _ in range(2):
        assert [s.text for s in cached_spans(one, "countries")] == ["Chile"]
        assert [s.text for s in cached_spans(two, "countries")] == ["Costa Rica", "Panama"]


@pytest.mark.parametrize("records_follow", [False, True])
def test_the_pipeline_end_keeps_span_lists_only_when_records_follow(nlp, records_follow):
    import contextlib
    import gc
    import weakref

    from spacy.tokens import Span

    from pipeline import extensions

    context = extensions.records_follow() if records_follow else contextlib.nullcontext()
    with context:
        doc = nlp("Costa Rica and Panama signed.")
        extensions.set_spans(doc, "countries", [Span(doc, 0, 2), Span(doc, 3, 4)])
        extensions.pipeline_done(doc)
    ref = weakref.ref(doc)
    del doc
    gc.collect()
    # Kept: the cached Spans hold the Doc until records are made (or it is pushed out).
    assert (ref() is not None) is records_follow
    if ref() is not None:
        extensions.forget_spans(ref())


ATTRIBUTE_VALUES = [
    ("release_id", "state-2023-05-01"),
    ("title", "Joint Statement"),
    ("release_date", "2023-05-01"),
    ("dateline", "WASHINGTON"),
    ("publisher", "state.gov"),
    ("entity_attrs", {"PERSON:Ana Lopez": {"title": "Foreign Minister"}}),
    ("signings", [{"status": "signed"}]),
]


@pytest.fixture(params=[True, False], ids=["user_data", "accessor"])
def attr_path(request, monkeypatch):
    """Both ways of reading Doc attributes: straight from user_data, and through doc._."""
    monkeypatch.setattr(extensions, "_DIRECT", request.param)
    return request.param


def test_spacy_keeps_doc_attributes_where_doc_attr_reads_them():
    # The layout check that chooses the fast path holds for the installed spaCy.
    assert extensions._layout_holds()


@pytest.mark.parametrize("name, value", ATTRIBUTE_VALUES)
def test_doc_attr_reads_what_the_accessor_wrote(nlp, attr_path, name, value):
    doc = nlp("The two ministers signed the agreement.")
    assert doc_attr(doc, name) == extensions.DOC_ATTRIBUTES[name]  # the default
    setattr(doc._, name, value)
    assert doc_attr(doc, name) == value


@pytest.mark.parametrize("name, value", ATTRIBUTE_VALUES)
def test_the_accessor_reads_what_set_doc_attr_wrote(nlp, attr_path, name, value):
    doc = nlp("The two ministers signed the agreement.")
    set_doc_attr(doc, name, value)
    assert getattr(doc._, name) == value
    restored = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert getattr(restored._, name) == value and doc_attr(restored, name) == value


def test_doc_attr_names_only_known_attributes(nlp):
    with pytest.raises((KeyError, AttributeError)):
        doc_attr(nlp("text"), "no_such_attribute")
