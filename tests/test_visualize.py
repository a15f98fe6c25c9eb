"""Pictures of a release: pipeline.visualize with displaCy's span renderer."""

from __future__ import annotations

import pipeline
from pipeline.visualize import VIEW_KEY, render, view_spans

TEXT = (
    "Ghana and Togo Sign Memorandum\n\nACCRA – Ghanaian Foreign Minister Kwame Asante and "
    "Togolese Foreign Minister Afi Dossou signed a Memorandum of Understanding on Border "
    "Trade in Accra today."
)


def _doc():
    return pipeline.parse(TEXT)


def test_view_spans_show_entities_with_their_values_and_each_event():
    labels = [span.label_ for span in view_spans(_doc())]
    assert "PERSON" in labels  # a name that is its own normalised value
    assert "COUNTRY GHA" in labels  # the value beside the label when it differs
    events = [label for label in labels if label.startswith("SIGNING #1:")]
    assert events == ["SIGNING #1: Memorandum of Understanding on Border Trade (active.signed)"]


def test_render_writes_a_page_and_leaves_the_doc_as_it_was(tmp_path):
    doc = _doc()
    before = set(doc.spans)
    page = tmp_path / "release.html"
    html = render(doc, jupyter=False, path=page)
    assert "Kwame Asante" in html and "SIGNING #1" in html
    assert page.read_text(encoding="utf-8") == html
    assert html.lstrip().lower().startswith("<!doctype html>")
    assert set(doc.spans) == before and VIEW_KEY not in doc.spans


def test_render_of_a_release_with_nothing_found(recwarn):
    doc = pipeline.parse("Nothing of note happened here today.")
    assert [s.label_ for s in view_spans(doc)] == []
    assert "Nothing of note" in render(doc, jupyter=False)
    assert not [w for w in recwarn if "W117" in str(w.message)]  # no misleading warning
