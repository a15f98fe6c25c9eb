"""U.S. bodies' names that stand for another body: pipeline.namesakes."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from pipeline.agency_data import Body
from pipeline.agency_text import Countries
from pipeline.extensions import COUNTRIES, set_spans
from pipeline.namesakes import foreign_namesake, starts_longer_name

NLP = spacy.blank("en")
GUARD = Body("National Guard Bureau", "agency", "USA")


@pytest.mark.parametrize(
    ("text", "country", "form", "expected"),
    [
        # Another country's possessive or demonym before the name: that country's body.
        ("Mexico's National Guard", "MEX", "name", "National Guard of Mexico"),
        ("the Mexican National Guard", "MEX", "demonym", "National Guard of Mexico"),
        # A name (no possessive) before it: a U.S. state's unit.
        ("the Georgia National Guard", "GEO", "name", None),
        # "of" and another country after it.
        ("the National Guard of Mexico", "MEX", "name", "National Guard of Mexico"),
    ],
)
def test_foreign_namesake(text: str, country: str, form: str, expected: str | None) -> None:
    doc = NLP(text)
    words = [t.text for t in doc]
    owner = next(i for i, w in enumerate(words) if w in ("Mexico", "Mexican", "Georgia"))
    set_spans(doc, COUNTRIES, [Span(doc, owner, owner + 1, "COUNTRY", kb_id=country, span_id=form)])
    start = words.index("National")
    found = foreign_namesake(doc, doc.text, Countries(doc), start, start + 2, GUARD, "name")
    assert (found.body.canonical if found else None) == expected
    if found is not None:
        assert found.body.country == country


@pytest.mark.parametrize(
    ("text", "longer"),
    [
        ("the Washington State Department of Ecology", True),
        ("the Washington State Department said", False),
    ],
)
def test_starts_longer_name(text: str, longer: bool) -> None:
    doc = NLP(text)
    end = [t.text for t in doc].index("Department") + 1
    assert starts_longer_name(doc, end) is longer
