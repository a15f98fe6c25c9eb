from __future__ import annotations

import pytest
import spacy

from pipeline.agency_data import Body
from pipeline.agency_spans import Candidate, select, with_parent_country, write_spans
from pipeline.extensions import entity_attrs

DHS = Body("U.S. Department of Homeland Security", "agency", "USA", "DHS")
CBP = Body("U.S. Customs and Border Protection", "agency", "USA", "CBP")
UN = Body("United Nations", "organization", None, "UN")


@pytest.mark.parametrize(
    "candidates, kept",
    [
        # No overlap: all kept, in start order.
        ([(5, 6, CBP), (0, 2, DHS)], [(0, 2), (5, 6)]),
        # Overlap: the longest wins.
        ([(0, 2, DHS), (0, 4, CBP)], [(0, 4)]),
        # Same length: the lower rank, then the earlier start.
        ([(1, 3, CBP, 1), (0, 2, DHS, 0)], [(0, 2)]),
        # A chain of overlaps is one cluster, settled together.
        ([(0, 3, DHS), (2, 4, CBP), (3, 6, UN)], [(0, 3), (3, 6)]),
    ],
)
def test_select_keeps_the_longest_of_overlapping_candidates(candidates, kept):
    made = [Candidate(c[0], c[1], c[2], "rule", c[3] if len(c) > 3 else 0) for c in candidates]
    assert [(c.start, c.end) for c in select(made)] == kept


def test_write_spans_fills_both_groups_and_the_attributes():
    doc = spacy.blank("en")("DHS and the UN met CBP officials .")
    write_spans(
        doc,
        [
            Candidate(0, 1, DHS, "gazetteer_acronym"),
            Candidate(3, 4, UN, "gazetteer_acronym"),
            Candidate(5, 6, CBP, "gazetteer_acronym"),
        ],
    )
    assert [(s.text, s.label_, s.kb_id_) for s in doc.spans["agencies"]] == [
        ("DHS", "AGENCY", "U.S. Department of Homeland Security"),
        ("CBP", "AGENCY", "U.S. Customs and Border Protection"),
    ]
    assert [(s.text, s.label_) for s in doc.spans["organizations"]] == [("UN", "ORG")]
    assert entity_attrs(doc, "AGENCY", "U.S. Customs and Border Protection") == {
        "acronym": "CBP",
        "country": "USA",
    }


def test_write_spans_with_nothing_leaves_empty_groups():
    doc = spacy.blank("en")("Nothing here .")
    write_spans(doc, [])
    assert list(doc.spans["agencies"]) == [] and list(doc.spans["organizations"]) == []


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        # After a parent's possessive, a body of no country takes the parent's.
        ("the Treasury's Office of Technical Assistance", ["USA", "USA"]),
        ("the Treasury’s Office of Technical Assistance", ["USA", "USA"]),
        # Not without the possessive, nor over a body that has a country.
        ("the Treasury and Office of Technical Assistance", ["USA", None]),
        ("the Treasury's Ministry of Health", ["USA", "KEN"]),
    ],
)
def test_with_parent_country(text: str, countries: list[str | None]) -> None:
    doc = spacy.blank("en")(text)
    second = 3  # "the Treasury 's Office", "the Treasury and Office": the child's first token
    child_country = "KEN" if "Ministry" in text else None
    candidates = [
        Candidate(1, 2, Body("U.S. Department of the Treasury", "agency", "USA"), "gazetteer"),
        Candidate(second, len(doc), Body(doc[second:].text, "agency", child_country), "office_of"),
    ]
    found = with_parent_country(doc, candidates)
    assert [c.body.country for c in found] == countries
    assert [c.body.canonical for c in found] == [c.body.canonical for c in candidates]
