"""Acronyms a release defines, and their later mentions: pipeline.acronym_definitions."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from pipeline.acronym_definitions import (
    DEFINITION,
    AcronymKnowledge,
    _definitions,
    with_definitions,
)
from pipeline.agency_data import DEFAULT_GOVERNMENT_HEADS, DEFAULT_ORGANIZATION_MARKERS, Body
from pipeline.agency_spans import Candidate
from pipeline.agency_text import Countries

CBP = Body("U.S. Customs and Border Protection", "agency", "USA", "CBP")
KNOWN = AcronymKnowledge(
    {"CBP": 0},
    [CBP],
    frozenset(DEFAULT_GOVERNMENT_HEADS),
    tuple(DEFAULT_ORGANIZATION_MARKERS),
)


def _doc(text: str, countries: dict[str, str] | None = None) -> Doc:
    doc = spacy.blank("en")(text)
    spans = []
    for form_text, iso in (countries or {}).items():
        start = text.index(form_text)
        span = doc.char_span(start, start + len(form_text))
        assert span is not None
        spans.append(Span(doc, span.start, span.end, label="COUNTRY", kb_id=iso))
    doc.spans["countries"] = spans
    return doc


def _found(doc: Doc, found: list[Candidate]) -> list[tuple[str, str, str | None, str, str]]:
    result = with_definitions(doc, doc.text, Countries(doc), found, KNOWN)
    return [
        (doc[c.start : c.end].text, c.body.canonical, c.body.country, c.body.acronym or "", c.rule)
        for c in result
    ]


@pytest.mark.parametrize(
    ("text", "acronyms"),
    [
        ("the National Space Science Agency (NSSA) said", ["NSSA"]),
        ("the Ministry of Foreign Affairs (MoFA) and", ["MoFA"]),
        ("Customs and Border Protection (CBP) officers", ["CBP"]),
        ("the agreement (see below) and", []),
        ("a memorandum (A) was", []),
    ],
)
def test_definition_shape(text: str, acronyms: list[str]) -> None:
    assert [m.group(1) for m in DEFINITION.finditer(text)] == acronyms


@pytest.mark.parametrize(
    ("words", "country", "expected"),
    [
        (["National", "Space", "Science", "Agency"], "NGA", ("agency", "NGA")),
        (["Ministry", "of", "Energy"], None, ("agency", None)),
        (["Memorandum", "of", "Understanding"], "NGA", None),
    ],
)
def test_classify_reads_government_heads(words, country, expected) -> None:
    doc = _doc("Nigeria")
    span = Span(doc, 0, 1, label="COUNTRY", kb_id=country) if country else None
    body = KNOWN.classify(words, span)
    assert (None if body is None else (body.kind, body.country)) == expected


def test_a_defined_body_and_its_later_mentions_are_found() -> None:
    doc = _doc(
        "Nigeria's National Space Science Agency (NSSA) signed. Later the NSSA said so.",
        {"Nigeria": "NGA"},
    )
    assert _found(doc, []) == [
        (
            "National Space Science Agency",
            "National Space Science Agency",
            "NGA",
            "NSSA",
            "defined_acronym",
        ),
        # The acronym in its brackets is a mention too, as a gazetteer acronym would be.
        ("NSSA", "National Space Science Agency", "NGA", "NSSA", "defined_acronym_mention"),
        ("NSSA", "National Space Science Agency", "NGA", "NSSA", "defined_acronym_mention"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Memorandum of Understanding (MOU) was signed. The MOU runs five years.",
        "They discussed maritime domain awareness (MDA) and the MDA program.",
        "No acronym is defined in this sentence.",
    ],
)
def test_what_is_not_a_body_adds_nothing(text: str) -> None:
    assert _found(_doc(text), []) == []


def test_a_candidate_before_the_definition_takes_the_acronym() -> None:
    doc = _doc("U.S. Customs and Border Protection (CBP) officers met.")
    start = doc.text.index("U.S.")
    span = doc.char_span(start, doc.text.index(" (CBP)"))
    assert span is not None
    found = _found(doc, [Candidate(span.start, span.end, CBP, "gazetteer_name")])
    assert found == [
        (
            "U.S. Customs and Border Protection",
            CBP.canonical,
            "USA",
            "CBP",
            "gazetteer_name",
        )
    ]


def test_the_release_s_meaning_overrides_the_gazetteer_s() -> None:
    bank = Body("Central Bank of Paraguay", "agency", "PRY")
    doc = _doc("The Central Bank of Paraguay (CBP) met. The CBP signed.")
    first = doc.char_span(4, doc.text.index(" (CBP)"))
    second = [t.i for t in doc if t.text == "CBP"][-1]
    assert first is not None
    found = _found(
        doc,
        [
            Candidate(first.start, first.end, bank, "gazetteer_name"),
            Candidate(second, second + 1, CBP, "gazetteer_acronym"),
        ],
    )
    assert found == [
        ("Central Bank of Paraguay", "Central Bank of Paraguay", "PRY", "", "gazetteer_name")
    ]


@pytest.mark.parametrize(
    ("country", "acronym", "found"),
    [
        # Another country's body may be abbreviated in its own language ...
        ("MEX", "ASEA", True),
        # ... if the letters open as its name does; a U.S. body's acronym must spell it.
        ("MEX", "XSEA", False),
        ("USA", "ASEA", False),
    ],
)
def test_an_acronym_in_another_language(country: str, acronym: str, found: bool) -> None:
    body = Body("Agency for Safety, Energy and Environment", "agency", country)
    text = f"The Agency for Safety, Energy and Environment ({acronym}) signed. {acronym} said so."
    doc = _doc(text)
    span = doc.char_span(4, text.index(" ("))
    assert span is not None
    result = _found(doc, [Candidate(span.start, span.end, body, "pattern")])
    mentions = [r for r in result if r[4] == "defined_acronym_mention"]
    assert bool(mentions) is found


@pytest.mark.parametrize(
    "text",
    [
        "",
        "U.S. Customs and Border Protection (CBP) and (ICE)",
        "((DHS))",
        "(AB)(CD) (x) (EFs)",
        "an open (AB bracket and (USAID)",
        "(",
    ],
)
def test_definitions_are_the_expression_s_matches(text):
    assert [m.span() for m in _definitions(text)] == [m.span() for m in DEFINITION.finditer(text)]
