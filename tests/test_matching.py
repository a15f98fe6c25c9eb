from __future__ import annotations

import pytest
from event_records import event, party, predicted

import pipeline.evaluate
import pipeline.matching
from pipeline.errors import EvaluationError
from pipeline.matching import (
    agency_forms,
    agency_match,
    entity_counts,
    location_correct,
    match_events,
    surname,
)


@pytest.mark.parametrize(
    ("gold_event", "predicted_event", "matched"),
    [
        pytest.param(event(), predicted(), True, id="identical"),
        pytest.param(
            event(
                agreement="Letter of Intent on Border Security", agreement_type="letter_of_intent"
            ),
            predicted(agreement="letter of intent", agreement_type="other"),
            True,
            id="type-differs-names-overlap",
        ),
        pytest.param(
            event(agreement="Memorandum of Understanding", agreement_type="memorandum"),
            predicted(agreement="Joint Statement", agreement_type="joint_statement"),
            False,
            id="type-and-name-differ",
        ),
        pytest.param(
            event(parties=[party("Antony J. Blinken", country="USA")], countries=()),
            predicted(parties=[party("Antony Blinken")], countries=()),
            True,
            id="surname-with-other-first-name-form",
        ),
        pytest.param(
            event(parties=[party("Antony J. Blinken")], countries=("USA",)),
            predicted(parties=[party("Wendy Sherman")], countries=("GBR",)),
            False,
            id="no-party-no-country-in-common",
        ),
        pytest.param(
            event(parties=[party("Antony J. Blinken")], countries=("USA", "ALB")),
            predicted(parties=[party("Wendy Sherman")], countries=("ALB",)),
            True,
            id="countries-intersect",
        ),
        pytest.param(
            event(
                parties=[party("U.S. Department of Homeland Security", "agency", "USA")],
                countries=(),
            ),
            predicted(parties=[party("DHS", "agency")], countries=()),
            True,
            id="agency-acronym",
        ),
        pytest.param(
            event(parties=[party("Government of El Salvador", "country", "SLV")], countries=()),
            predicted(parties=[party("El Salvador", "country", "SLV")], countries=()),
            True,
            id="country-party-by-iso3",
        ),
        pytest.param(
            event(status="planned"), predicted(status="signed"), False, id="status-differs"
        ),
    ],
)
def test_match_events_eligibility(gold_event, predicted_event, matched):
    assert match_events([gold_event], [predicted_event]) == ([(0, 0)] if matched else [])


def test_matching_prefers_the_right_partner_whatever_the_order():
    first = event(
        agreement="Protection Cooperative Agreement",
        agreement_type="agreement",
        parties=[party("Kevin K. McAleenan"), party("Alexandra Hill Tinoco")],
        countries=("USA", "SLV"),
    )
    second = event(
        agreement="Letter of Intent",
        agreement_type="letter_of_intent",
        parties=[party("Kevin K. McAleenan"), party("Government of El Salvador", "country", "SLV")],
        countries=("USA", "SLV"),
        date="2019-08",
        date_precision="month",
    )
    predictions = [
        predicted(**{k: v for k, v in second.items() if k != "evidence"}),
        predicted(**{k: v for k, v in first.items() if k != "evidence"}),
    ]
    assert match_events([first, second], predictions) == [(0, 1), (1, 0)]


@pytest.mark.parametrize(
    ("gold_location", "predicted_location", "correct"),
    [
        ("Washington, D.C.", "Washington", True),
        ("Washington", "Washington, D.C.", True),
        ("Washington, D.C.", "Washington DC", True),
        ("brussels, belgium", "Brussels, Belgium", True),
        ("Paris, France", "Paris, Texas", False),
        ("Washington", "San Salvador", False),
        ("Washington", "Washingtonville", False),
        (None, None, True),
        (None, "Washington", False),
        ("Washington", None, False),
    ],
)
def test_location(gold_location, predicted_location, correct):
    assert location_correct(gold_location, predicted_location) is correct


@pytest.mark.parametrize(
    ("kind", "gold", "predicted_names", "expected"),
    [
        ("people", ["Antony J. Blinken"], ["Antony Blinken"], (1, 1, 1)),
        ("people", ["Joseph R. Biden Jr."], ["Joseph R. Biden, Jr."], (1, 1, 1)),
        ("people", ["Joseph R. Biden Jr."], ["Joe Biden"], (1, 1, 1)),
        ("people", ["Hunter Biden"], ["Joe Biden"], (0, 1, 1)),
        (
            "people",
            ["Edi Rama", "Antony J. Blinken"],
            ["Edi Rama", "edi rama", "Wendy Sherman"],
            (1, 2, 2),
        ),
        ("countries", ["USA", "SLV"], ["usa", "MEX"], (1, 2, 2)),
        ("agencies", ["U.S. Department of Homeland Security"], ["DHS"], (1, 1, 1)),
        (
            "agencies",
            ["U.S. Department of State"],
            ["United States Department of State"],
            (1, 1, 1),
        ),
        ("agencies", ["U.S. Department of State"], ["US Department of State"], (1, 1, 1)),
        ("agencies", ["White House"], ["The White House"], (1, 1, 1)),
        ("agencies", ["Office of the Spokesperson"], ["office of the  Spokesperson"], (1, 1, 1)),
        ("agencies", ["U.S. Citizenship and Immigration Services"], ["USCIS"], (1, 1, 1)),
        ("agencies", ["National Aeronautics and Space Administration (NASA)"], ["NASA"], (1, 1, 1)),
        ("agencies", ["U.S. Department of Defense"], ["DoD"], (1, 1, 1)),
        ("agencies", ["U.S. Department of State"], ["U.S. Department of Energy"], (0, 1, 1)),
        ("agencies", ["U.S. Department of State"], ["DHS"], (0, 1, 1)),
    ],
)
def test_entity_sets(kind, gold, predicted_names, expected):
    assert entity_counts(kind, gold, predicted_names) == expected


def test_names_that_moved_to_matching_stay_importable_from_evaluate():
    for name in (
        "GoldDoc",
        "load_gold",
        "match_events",
        "entity_counts",
        "date_correct",
        "location_correct",
        "event_status",
        "surname",
        "agency_match",
        "STATUSES",
    ):
        assert getattr(pipeline.evaluate, name) is getattr(pipeline.matching, name)
    assert pipeline.evaluate.EvaluationError is EvaluationError


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Antony J. Blinken", "blinken"),
        ("Secretary Blinken", "blinken"),
        ("Ursula von der Leyen", "von der leyen"),
        ("Joseph R. Biden Jr.", "biden"),
    ],
)
def test_surname(name, expected):
    assert surname(name) == expected


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("U.S. Department of Homeland Security", "DHS", True),
        ("the U.S. Agency for International Development", "USAID", True),
        ("National Aeronautics and Space Administration (NASA)", "NASA", True),
        ("U.S. Department of State", "United States Department of State", True),
        ("U.S. Department of State", "U.S. Department of Energy", False),
        ("Ministry of Foreign Affairs", "MFA", True),
        ("Ministry of Foreign Affairs of Ruritania", "MFA", False),  # initials "MFAR"
        ("Ministry of Foreign Affairs of Ruritania", "Ministry of Trade of Ruritania", False),
    ],
)
def test_agency_match(a, b, same):
    assert agency_match(a, b) is same
    assert agency_match(b, a) is same


def test_agency_forms_written_and_derived_acronyms():
    normalised, written, derived = agency_forms("U.S. Citizenship and Immigration Services")
    assert normalised == "us citizenship and immigration services"
    assert written == frozenset()
    assert {"CIS", "USCIS"} <= derived
    assert agency_forms("the Department of Defense (DoD)")[1] == frozenset({"DOD"})
