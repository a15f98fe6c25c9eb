"""Pictures of what the pipeline found in a release, with displaCy's span renderer.

>>> import pipeline
>>> from pipeline.visualize import render
>>> html = render(pipeline.parse(text))   # doctest: +SKIP  (in Jupyter: shows inline)
"""

from __future__ import annotations

import warnings
from pathlib import Path

from spacy import displacy
from spacy.tokens import Doc, Span

from .extensions import AGENCIES, COUNTRIES, DATES, PEOPLE, TITLES

VIEW_KEY = "undersigned_view"
COLORS = {
    "PERSON": "#f6c6a4",
    "TITLE": "#fde9b8",
    "COUNTRY": "#b8e0d2",
    "AGENCY": "#c3d7f4",
    "ORG": "#e0c3f4",
    "DATE": "#e6e6e6",
    "SIGNING": "#f4a6a6",
    "PLANNED": "#f4d6a6",
    "NEGATED": "#cccccc",
}


def view_spans(doc: Doc) -> list[Span]:
    """Every span worth showing: entities with their normalised value, and each event's evidence."""
    spans: list[Span] = []
    for group in (PEOPLE, TITLES, COUNTRIES, AGENCIES, "organizations", DATES):
        for span in doc.spans.get(group, []):
            label = span.label_
            if span.kb_id_ and span.kb_id_ != span.text:
                label = f"{label} {span.kb_id_}"
            spans.append(Span(doc, span.start, span.end, label=label))
    for number, event in enumerate(doc._.signings or [], start=1):
        evidence = doc.char_span(event["start_char"], event["end_char"], alignment_mode="expand")
        if evidence is not None:
            status = {"signed": "SIGNING", "planned": "PLANNED"}.get(event["status"], "NEGATED")
            label = f"{status} #{number}: {event['agreement']} ({event['rule']})"
            spans.append(Span(doc, evidence.start, evidence.end, label=label))
    return spans


def render(doc: Doc, *, jupyter: bool | None = None, path: str | Path | None = None) -> str:
    """Render a processed Doc as HTML; shown inline in Jupyter, saved when ``path`` is given.

    Args:
        doc: A Doc from :func:`pipeline.parse` (or the pipeline).
        jupyter: Force or prevent inline display; by default displaCy detects Jupyter.
        path: Where to write a standalone HTML page.

    Returns:
        The HTML markup.
    """
    doc.spans[VIEW_KEY] = view_spans(doc)
    colors = {}
    for span in doc.spans[VIEW_KEY]:
        colors[span.label_] = COLORS.get(span.label_.split()[0].rstrip(":"), "#dddddd")
    options = {"spans_key": VIEW_KEY, "colors": colors}
    with warnings.catch_warnings():
        # A release where nothing was found is a fine picture: displaCy's W117 ("no spans
        # to visualize ... a model that supports span categorization") would mislead.
        warnings.filterwarnings("ignore", message=r"\[W117\]")
        html = displacy.render(
            doc, style="span", options=options, jupyter=False, page=path is not None
        )
        if path is not None:
            Path(path).write_text(html, encoding="utf-8")
        if jupyter or (jupyter is None and displacy.is_in_jupyter()):
            displacy.render(doc, style="span", options=options, jupyter=True)
    del doc.spans[VIEW_KEY]
    return str(html)
