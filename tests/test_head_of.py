"""Bodies named head first, their country after "of": pipeline.head_of."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from pipeline.agency_data import DEFAULT_GOVERNMENT_HEADS, DEFAULT_STOP_WORDS
from pipeline.agency_text import Countries
from pipeline.head_last import head_last_stop
from pipeline.head_of import head_of_bodies, short_mentions

STOP = head_last_stop(frozenset(DEFAULT_STOP_WORDS))
HEADS = frozenset(DEFAULT_GOVERNMENT_HEADS)


def _doc(text: str, countries: dict[str, tuple[str, str]]) -> Doc:
    doc = spacy.blank("en")(text)
    spans = []
    for form_text, (iso, form) in countries.items():
        start = text.index(form_text)
        span = doc.char_span(start, start + len(form_text))
        assert span is not None
        spans.append(Span(doc, span.start, span.end, label="COUNTRY", kb_id=iso, span_id=form))
    doc.spans["countries"] = sorted(spans, key=lambda s: s.start)
    return doc


def _heads(doc: Doc) -> list[int]:
    return [token.i for token in doc if token.text in HEADS]


@pytest.mark.parametrize(
    ("text", "countries", "expected"),
    [
        (
            "The FAA and the Civil Aviation Authority of Singapore signed.",
            {"Singapore": ("SGP", "name")},
            [("Civil Aviation Authority of Singapore", "Civil Aviation Authority of Singapore")],
        ),
        # "of the": the country's name takes its article back.
        (
            "It met the Electoral Commission of the Philippines.",
            {"Philippines": ("PHL", "name")},
            [
                (
                    "Electoral Commission of the Philippines",
                    "Electoral Commission of the Philippines",
                )
            ],
        ),
        # The article after a title's "of" ends it.
        (
            "Director General of the Civil Aviation Authority of Singapore spoke.",
            {"Singapore": ("SGP", "name")},
            [("Civil Aviation Authority of Singapore", "Civil Aviation Authority of Singapore")],
        ),
        # A head alone, a U.S. body, no country after "of", or a lower-case word before.
        ("The Police of Kenya met.", {"Kenya": ("KEN", "name")}, []),
        (
            "The Federal Aviation Administration of the United States met.",
            {"United States": ("USA", "name")},
            [],
        ),
        ("The Civil Aviation Authority of Nairobi met.", {}, []),
        ("The aviation Authority of Kenya met.", {"Kenya": ("KEN", "name")}, []),
        # A head not followed by "of".
        ("The Kenya Civil Aviation Authority met.", {"Kenya": ("KEN", "name")}, []),
    ],
)
def test_head_of_bodies(
    text: str, countries: dict[str, tuple[str, str]], expected: list[tuple[str, str]]
) -> None:
    doc = _doc(text, countries)
    found = head_of_bodies(doc, text, Countries(doc), STOP, _heads(doc))
    assert [(doc[c.start : c.end].text, c.body.canonical) for c in found] == expected
    assert all(c.rule == "head_of" and c.rank == 2 and c.body.kind == "agency" for c in found)


def test_the_body_takes_the_countrys_code() -> None:
    text = "The Geological Survey of India met."
    doc = _doc(text, {"India": ("IND", "name")})
    [found] = head_of_bodies(doc, text, Countries(doc), STOP, _heads(doc))
    assert found.body.country == "IND"


def test_no_heads_no_bodies() -> None:
    text = "The Civil Aviation Authority of Singapore met."
    doc = _doc(text, {"Singapore": ("SGP", "name")})
    assert head_of_bodies(doc, text, Countries(doc), STOP, []) == []


@pytest.mark.parametrize(
    ("text", "short"),
    [
        # A later mention without "of <country>" is the same body.
        (
            "The Civil Aviation Authority of Singapore met. The Civil Aviation Authority spoke.",
            ["Civil Aviation Authority"],
        ),
        # A holder's name after it; not another country's body of that name.
        (
            "The Civil Aviation Authority of Singapore met. The Civil Aviation Authority "
            "Chairman Tan Wei spoke with the Civil Aviation Authority of Fiji.",
            ["Civil Aviation Authority"],
        ),
    ],
)
def test_short_mentions(text: str, short: list[str]) -> None:
    countries = {"Singapore": ("SGP", "name")}
    if "Fiji" in text:
        countries["Fiji"] = ("FJI", "name")
    doc = _doc(text, countries)
    bodies = [b for b in head_of_bodies(doc, text, Countries(doc), STOP, _heads(doc))]
    singapore = [b for b in bodies if b.body.country == "SGP"]
    found = short_mentions(doc, text, singapore)
    assert [doc[c.start : c.end].text for c in found] == short
    assert all(c.body.country == "SGP" and c.rank == 3 for c in found)
