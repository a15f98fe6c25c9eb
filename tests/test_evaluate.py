from __future__ import annotations

import json
import warnings
from pathlib import Path
from typing import Any

import pytest
from event_records import BLINKEN, RAMA, event, party, predicted

from pipeline.errors import EvaluationError
from pipeline.evaluate import ERROR_COLUMNS, FIELDS, RULE_COLUMNS, evaluate
from pipeline.gold import GoldDoc, load_gold
from pipeline.matching import date_correct

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"


def gold_of(*docs: tuple[str, list[dict[str, Any]]]) -> dict[str, GoldDoc]:
    return {release_id: GoldDoc(release_id, tuple(events)) for release_id, events in docs}


def score(
    gold_events: list[dict[str, Any]], predicted_events: list[dict[str, Any]], **options: Any
):
    return evaluate(
        gold_of(("r1", gold_events)), [{"id": "r1", "events": predicted_events}], **options
    )


def test_exact_match_scores_one_everywhere():
    report = score([event()], [predicted()])
    assert (report.events.true, report.events.predicted, report.events.gold) == (1, 1, 1)
    assert report.events.f1 == 1.0
    assert report.full_events.f1 == 1.0
    assert all(report.fields[name].accuracy == 1.0 for name in FIELDS)
    assert report.errors == ()


def test_missed_and_false_events_and_their_error_rows():
    report = score(
        [
            event(),
            event(
                agreement="Treaty of Friendship",
                agreement_type="treaty",
                evidence="The Treaty of Friendship was signed in 1979.",
            ),
        ],
        [
            predicted(),
            predicted(
                rule="noun_signing",
                agreement="Guest Book",
                agreement_type="other",
                countries=("FRA",),
                parties=[party("Emmanuel Macron")],
                evidence="The President signed the guest book.",
            ),
        ],
    )
    assert (report.events.true, report.events.predicted, report.events.gold) == (1, 2, 2)
    assert report.events.precision == 0.5 and report.events.recall == 0.5
    # Micro countries count unmatched events too: gold USA, ALB twice; predicted USA, ALB, FRA.
    assert (report.countries.true, report.countries.predicted, report.countries.gold) == (2, 3, 4)
    kinds = {row["kind"]: row for row in report.errors}
    assert kinds["missed"]["agreement"] == "Treaty of Friendship"
    assert kinds["missed"]["evidence"] == "The Treaty of Friendship was signed in 1979."
    assert kinds["false"]["rule"] == "noun_signing"
    assert kinds["false"]["evidence"] == "The President signed the guest book."
    frame = report.errors_frame()
    assert list(frame.columns) == list(ERROR_COLUMNS) and len(frame) == 2


@pytest.mark.parametrize(
    ("gold_date", "gold_precision", "predicted_date", "predicted_precision", "correct"),
    [
        ("2019-08", "month", "2019-08-20", "day", True),
        ("2019-08", "month", "2019-09-01", "day", False),
        ("2019-08-20", "day", "2019-08", "month", False),
        ("2019", "year", "2019-05", "month", True),
        ("2019", "year", "2018", "year", False),
        ("2019-08-20", "day", "2019-08-20", "day", True),
        (None, None, None, None, True),
        (None, None, "2019-08-20", "day", False),
        ("2019-08-20", "day", None, None, False),
    ],
)
def test_date_at_gold_precision(
    gold_date, gold_precision, predicted_date, predicted_precision, correct
):
    gold_event = event(date=gold_date, date_precision=gold_precision)
    predicted_event = predicted(date=predicted_date, date_precision=predicted_precision)
    assert date_correct(gold_event, predicted_event) is correct
    report = score([gold_event], [predicted_event])
    assert (report.fields["date"].correct, report.fields["date"].scored) == (int(correct), 1)
    assert report.full_events.true == int(correct)


@pytest.mark.parametrize(
    ("predicted_countries", "set_correct", "micro"),
    [
        (("ALB", "USA"), True, (2, 2, 2)),
        (("ALB", "USA", "USA"), True, (2, 2, 2)),  # micro counts (event, country) pairs
        (("USA",), False, (1, 1, 2)),
        (("USA", "ALB", "BEL"), False, (2, 3, 2)),
    ],
)
def test_countries_as_sets_and_micro(predicted_countries, set_correct, micro):
    report = score([event(countries=("USA", "ALB"))], [predicted(countries=predicted_countries)])
    assert report.fields["countries"].correct == int(set_correct)
    assert (report.countries.true, report.countries.predicted, report.countries.gold) == micro


@pytest.mark.parametrize(
    ("gold_parties", "predicted_parties", "scored", "correct", "micro"),
    [
        ([BLINKEN, RAMA], [party("Antony Blinken"), party("Prime Minister Rama")], 1, 1, (2, 2, 2)),
        ([BLINKEN, RAMA], [party("Antony Blinken")], 1, 0, (1, 1, 2)),
        (
            [party("Albania", "country", "ALB"), party("United States", "country", "USA")],
            [party("Antony Blinken"), party("Albania", "country", "ALB")],
            0,
            0,
            (0, 1, 0),
        ),
    ],
)
def test_signers_by_surname(gold_parties, predicted_parties, scored, correct, micro):
    report = score([event(parties=gold_parties)], [predicted(parties=predicted_parties)])
    assert (report.fields["signers"].correct, report.fields["signers"].scored) == (correct, scored)
    assert (report.signers.true, report.signers.predicted, report.signers.gold) == micro


def test_full_event_needs_type_countries_signers_and_date():
    treaty = event(
        agreement="Treaty of Friendship",
        agreement_type="treaty",
        date="1979",
        date_precision="year",
    )
    report = score(
        [event(), treaty],
        [
            predicted(location="Tirana"),  # location is not part of a full event
            predicted(
                agreement="Treaty of Friendship",
                agreement_type="treaty",
                date="1980",
                date_precision="year",
            ),
        ],
    )
    assert report.events.true == 2
    full = report.full_events
    assert (full.true, full.predicted, full.gold) == (1, 2, 2)
    assert report.full_events.f1 == 0.5
    assert report.fields["location"].correct == 1
    fields = {row["field"]: row for row in report.errors if row["kind"] == "field"}
    assert fields["date"]["gold"] == "1979 (year)" and fields["date"]["predicted"] == "1980 (year)"
    assert fields["location"]["predicted"] == "Tirana"


def test_per_rule_table():
    gold = gold_of(
        ("r1", [event()]),
        (
            "r2",
            [
                event(
                    agreement="Artemis Accords",
                    agreement_type="accord",
                    parties=[party("Brazil", "country", "BRA")],
                    countries=("BRA",),
                )
            ],
        ),
    )
    predictions = [
        {
            "id": "r1",
            "events": [
                predicted(rule="verb_signed"),
                predicted(
                    rule="verb_signed",
                    agreement="Guest Book",
                    agreement_type="other",
                    countries=("FRA",),
                    parties=[party("Emmanuel Macron")],
                ),
            ],
        },
        {
            "id": "r2",
            "events": [
                predicted(
                    rule="signatory_noun",
                    agreement="Artemis Accords",
                    agreement_type="accord",
                    countries=("BRA",),
                    parties=[party("Brazil", "country", "BRA")],
                )
            ],
        },
    ]
    frame = evaluate(gold, predictions).rules_frame()
    assert list(frame.columns) == list(RULE_COLUMNS)
    rows = {row["rule"]: row for row in frame.to_dict("records")}
    verb = rows["verb_signed"]
    assert (verb["hits"], verb["true"], verb["false"]) == (2, 1, 1)
    assert rows["verb_signed"]["precision"] == 0.5
    assert (rows["signatory_noun"]["hits"], rows["signatory_noun"]["true"]) == (1, 1)
    assert list(frame["rule"]) == ["signatory_noun", "verb_signed"]


@pytest.mark.parametrize(
    ("statuses", "gold_count", "predicted_count", "true"),
    [
        (("signed",), 1, 1, 1),
        ("signed", 1, 1, 1),
        (("signed", "planned", "negated"), 2, 2, 1),  # planned gold vs negated prediction
        (("planned",), 1, 0, 0),
        (("negated",), 0, 1, 0),
    ],
)
def test_status_filtering(statuses, gold_count, predicted_count, true):
    gold_events = [
        event(),
        event(agreement="Compact of Free Association", agreement_type="compact", status="planned"),
    ]
    predicted_events = [
        predicted(),
        predicted(
            status="negated", agreement="Compact of Free Association", agreement_type="compact"
        ),
    ]
    report = score(gold_events, predicted_events, statuses=statuses)
    assert (report.events.gold, report.events.predicted, report.events.true) == (
        gold_count,
        predicted_count,
        true,
    )


@pytest.mark.parametrize("statuses", [(), ("signed", "maybe"), "sign"])
def test_bad_statuses(statuses):
    with pytest.raises(EvaluationError, match="E303"):
        score([event()], [predicted()], statuses=statuses)


def test_entities_only_for_releases_with_gold_sets():
    gold = {
        "r1": GoldDoc("r1", (), {"people": ("Edi Rama",), "countries": ("ALB",), "agencies": ()}),
        "r2": GoldDoc("r2", ()),
        "r3": GoldDoc(
            "r3",
            (),
            {
                "people": ("Antony J. Blinken",),
                "countries": ("USA",),
                "agencies": ("U.S. Department of State",),
            },
        ),
    }
    predictions = [
        {
            "id": "r1",
            "events": [],
            "entities": {"people": ["Edi Rama"], "countries": ["ALB", "USA"], "agencies": []},
        },
        {"id": "r2", "events": [], "entities": {"people": ["Nobody Counted"]}},
        {"id": "r3", "events": []},
    ]
    report = evaluate(gold, predictions)
    assert report.entity_documents == 2
    people, countries = report.entities["people"], report.entities["countries"]
    assert (people.true, people.predicted, people.gold) == (1, 1, 2)
    assert (countries.true, countries.predicted, countries.gold) == (1, 2, 2)
    assert report.entities["agencies"].recall == 0.0


def test_release_without_prediction_counts_as_missed():
    gold = gold_of(
        ("r1", [event()]), ("r2", [event(), event(agreement="Treaty", agreement_type="treaty")])
    )
    with pytest.warns(UserWarning, match=r"W002.* 1 release"):
        report = evaluate(
            gold,
            [{"id": "r1", "events": [predicted()]}, {"id": "not-in-gold", "events": [predicted()]}],
        )
    assert report.missing_predictions == ("r2",)
    assert (report.events.true, report.events.predicted, report.events.gold) == (1, 1, 3)
    assert [row["kind"] for row in report.errors] == ["missed", "missed"]


def test_no_warning_when_every_gold_release_has_a_prediction():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        score([event()], [predicted()])


@pytest.mark.parametrize(
    ("predictions", "code"),
    [
        ([{"events": []}], "E301"),
        ([["r1", []]], "E301"),
        ([{"id": "r1", "events": []}, {"id": "r1", "events": []}], "E302"),
        ([{"id": "r1", "events": "signed"}], "E304"),
        ([{"id": "r1", "events": [], "entities": ["Edi Rama"]}], "E304"),
    ],
)
def test_bad_predictions(predictions, code):
    with pytest.raises(EvaluationError, match=code):
        evaluate(gold_of(("r1", [])), predictions)


def test_speed_and_json_dict():
    report = score([event()], [predicted()], seconds=2.0, words=1000, documents=4)
    assert report.speed is not None
    assert report.speed.documents_per_second == 2.0 and report.speed.words_per_second == 500.0
    data = json.loads(json.dumps(report.to_dict()))
    assert list(data) == [
        "documents",
        "statuses",
        "missing_predictions",
        "events",
        "full_events",
        "countries",
        "signers",
        "fields",
        "entities",
        "rules",
        "speed",
        "errors",
    ]
    assert list(data["fields"]) == list(FIELDS)
    assert data["events"] == {
        "true": 1,
        "predicted": 1,
        "gold": 1,
        "precision": 1.0,
        "recall": 1.0,
        "f1": 1.0,
    }
    assert score([event()], [predicted()]).to_dict()["speed"] is None


def test_empty_sides_give_none_ratios():
    report = score([], [])
    assert report.events.precision is None and report.events.recall is None
    assert report.events.f1 is None and report.fields["date"].accuracy is None
    assert report.rules_frame().empty and report.errors_frame().empty


@pytest.mark.parametrize("name", ["seed/gold.jsonl", "corpus-real/gold-dev.jsonl"])
def test_shared_gold_scores_perfectly_against_itself(name):
    path = SHARED / name
    if not path.exists():
        pytest.skip(f"{path} not available")
    gold = load_gold(path)
    predictions = [
        {
            "id": doc.id,
            "events": [dict(e, rule="copy") for e in reversed(doc.events)],
            "entities": {kind: list(values) for kind, values in (doc.entities or {}).items()},
        }
        for doc in gold.values()
    ]
    report = evaluate(gold, predictions)
    assert report.events.f1 == 1.0 and report.full_events.f1 == 1.0
    assert all(report.fields[field].accuracy in (1.0, None) for field in FIELDS)
    assert all(report.entities[kind].f1 in (1.0, None) for kind in report.entities)
