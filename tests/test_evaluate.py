from __future__ import annotations

import json
import warnings
from pathlib import Path
from typing import Any

import pytest

import pipeline.evaluate
import pipeline.matching
from pipeline.errors import EvaluationError, GoldError
from pipeline.evaluate import ERROR_COLUMNS, FIELDS, RULE_COLUMNS, evaluate
from pipeline.matching import (
    GoldDoc,
    date_correct,
    entity_counts,
    load_gold,
    location_correct,
    match_events,
)

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"

BLINKEN = {"name": "Antony J. Blinken", "kind": "person", "title": "Secretary of State",
           "country": "USA"}
RAMA = {"name": "Edi Rama", "kind": "person", "title": "Prime Minister", "country": "ALB"}


def party(name: str, kind: str = "person", country: str | None = None) -> dict[str, Any]:
    return {"name": name, "kind": kind, "title": None, "country": country}


def event(
    agreement: str = "Memorandum of Understanding on Network Security",
    agreement_type: str = "memorandum",
    parties: list[dict[str, Any]] | None = None,
    countries: tuple[str, ...] = ("USA", "ALB"),
    date: str | None = "2021-06-13",
    date_precision: str | None = "day",
    location: str | None = "Brussels, Belgium",
    evidence: str = "The Secretary and the Prime Minister signed a memorandum on network security.",
    **extra: Any,
) -> dict[str, Any]:
    return {"agreement": agreement, "agreement_type": agreement_type,
            "parties": [BLINKEN, RAMA] if parties is None else parties,
            "countries": list(countries), "date": date, "date_precision": date_precision,
            "location": location, "evidence": evidence, **extra}


def predicted(rule: str = "verb_signed", status: str = "signed", **fields: Any) -> dict[str, Any]:
    return event(rule=rule, status=status, confidence=0.9, **fields)


def gold_of(*docs: tuple[str, list[dict[str, Any]]]) -> dict[str, GoldDoc]:
    return {release_id: GoldDoc(release_id, tuple(events)) for release_id, events in docs}


def score(
    gold_events: list[dict[str, Any]], predicted_events: list[dict[str, Any]], **options: Any
):
    return evaluate(gold_of(("r1", gold_events)), [{"id": "r1", "events": predicted_events}],
                    **options)


def test_exact_match_scores_one_everywhere():
    report = score([event()], [predicted()])
    assert (report.events.true, report.events.predicted, report.events.gold) == (1, 1, 1)
    assert report.events.f1 == 1.0
    assert report.full_events.f1 == 1.0
    assert all(report.fields[name].accuracy == 1.0 for name in FIELDS)
    assert report.errors == ()


@pytest.mark.parametrize(
    ("gold_event", "predicted_event", "matched"),
    [
        pytest.param(event(), predicted(), True, id="identical"),
        pytest.param(
            event(agreement="Letter of Intent on Border Security",
                  agreement_type="letter_of_intent"),
            predicted(agreement="letter of intent", agreement_type="other"),
            True, id="type-differs-names-overlap",
        ),
        pytest.param(
            event(agreement="Memorandum of Understanding", agreement_type="memorandum"),
            predicted(agreement="Joint Statement", agreement_type="joint_statement"),
            False, id="type-and-name-differ",
        ),
        pytest.param(
            event(parties=[party("Antony J. Blinken", country="USA")], countries=()),
            predicted(parties=[party("Antony Blinken")], countries=()),
            True, id="surname-with-other-first-name-form",
        ),
        pytest.param(
            event(parties=[party("Antony J. Blinken")], countries=("USA",)),
            predicted(parties=[party("Wendy Sherman")], countries=("GBR",)),
            False, id="no-party-no-country-in-common",
        ),
        pytest.param(
            event(parties=[party("Antony J. Blinken")], countries=("USA", "ALB")),
            predicted(parties=[party("Wendy Sherman")], countries=("ALB",)),
            True, id="countries-intersect",
        ),
        pytest.param(
            event(parties=[party("U.S. Department of Homeland Security", "agency", "USA")],
                  countries=()),
            predicted(parties=[party("DHS", "agency")], countries=()),
            True, id="agency-acronym",
        ),
        pytest.param(
            event(parties=[party("Government of El Salvador", "country", "SLV")], countries=()),
            predicted(parties=[party("El Salvador", "country", "SLV")], countries=()),
            True, id="country-party-by-iso3",
        ),
        pytest.param(event(status="planned"), predicted(status="signed"), False,
                     id="status-differs"),
    ],
)
def test_match_events_eligibility(gold_event, predicted_event, matched):
    assert match_events([gold_event], [predicted_event]) == ([(0, 0)] if matched else [])


def test_matching_prefers_the_right_partner_whatever_the_order():
    first = event(agreement="Protection Cooperative Agreement", agreement_type="agreement",
                  parties=[party("Kevin K. McAleenan"), party("Alexandra Hill Tinoco")],
                  countries=("USA", "SLV"))
    second = event(agreement="Letter of Intent", agreement_type="letter_of_intent",
                   parties=[party("Kevin K. McAleenan"), party("Government of El Salvador",
                                                               "country", "SLV")],
                   countries=("USA", "SLV"), date="2019-08", date_precision="month")
    predictions = [predicted(**{k: v for k, v in second.items() if k != "evidence"}),
                   predicted(**{k: v for k, v in first.items() if k != "evidence"})]
    assert match_events([first, second], predictions) == [(0, 1), (1, 0)]


def test_missed_and_false_events_and_their_error_rows():
    report = score(
        [event(), event(agreement="Treaty of Friendship", agreement_type="treaty",
                        evidence="The Treaty of Friendship was signed in 1979.")],
        [predicted(), predicted(rule="noun_signing", agreement="Guest Book",
                                agreement_type="other", countries=("FRA",),
                                parties=[party("Emmanuel Macron")],
                                evidence="The President signed the guest book.")],
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
def test_date_at_gold_precision(gold_date, gold_precision, predicted_date, predicted_precision,
                                correct):
    gold_event = event(date=gold_date, date_precision=gold_precision)
    predicted_event = predicted(date=predicted_date, date_precision=predicted_precision)
    assert date_correct(gold_event, predicted_event) is correct
    report = score([gold_event], [predicted_event])
    assert (report.fields["date"].correct, report.fields["date"].scored) == (int(correct), 1)
    assert report.full_events.true == int(correct)


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
        ([party("Albania", "country", "ALB"), party("United States", "country", "USA")],
         [party("Antony Blinken"), party("Albania", "country", "ALB")], 0, 0, (0, 1, 0)),
    ],
)
def test_signers_by_surname(gold_parties, predicted_parties, scored, correct, micro):
    report = score([event(parties=gold_parties)], [predicted(parties=predicted_parties)])
    assert (report.fields["signers"].correct, report.fields["signers"].scored) == (correct, scored)
    assert (report.signers.true, report.signers.predicted, report.signers.gold) == micro


def test_full_event_needs_type_countries_signers_and_date():
    treaty = event(agreement="Treaty of Friendship", agreement_type="treaty", date="1979",
                   date_precision="year")
    report = score(
        [event(), treaty],
        [predicted(location="Tirana"),  # location is not part of a full event
         predicted(agreement="Treaty of Friendship", agreement_type="treaty", date="1980",
                   date_precision="year")],
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
        ("r2", [event(agreement="Artemis Accords", agreement_type="accord",
                      parties=[party("Brazil", "country", "BRA")], countries=("BRA",))]),
    )
    predictions = [
        {"id": "r1", "events": [predicted(rule="verb_signed"),
                                predicted(rule="verb_signed", agreement="Guest Book",
                                          agreement_type="other", countries=("FRA",),
                                          parties=[party("Emmanuel Macron")])]},
        {"id": "r2", "events": [predicted(rule="signatory_noun", agreement="Artemis Accords",
                                          agreement_type="accord", countries=("BRA",),
                                          parties=[party("Brazil", "country", "BRA")])]},
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
    gold_events = [event(), event(agreement="Compact of Free Association",
                                  agreement_type="compact", status="planned")]
    predicted_events = [predicted(), predicted(status="negated",
                                               agreement="Compact of Free Association",
                                               agreement_type="compact")]
    report = score(gold_events, predicted_events, statuses=statuses)
    assert (report.events.gold, report.events.predicted, report.events.true) == (
        gold_count, predicted_count, true)


@pytest.mark.parametrize("statuses", [(), ("signed", "maybe"), "sign"])
def test_bad_statuses(statuses):
    with pytest.raises(EvaluationError, match="E303"):
        score([event()], [predicted()], statuses=statuses)


@pytest.mark.parametrize(
    ("kind", "gold", "predicted_names", "expected"),
    [
        ("people", ["Antony J. Blinken"], ["Antony Blinken"], (1, 1, 1)),
        ("people", ["Joseph R. Biden Jr."], ["Joseph R. Biden, Jr."], (1, 1, 1)),
        ("people", ["Joseph R. Biden Jr."], ["Joe Biden"], (1, 1, 1)),
        ("people", ["Hunter Biden"], ["Joe Biden"], (0, 1, 1)),
        ("people", ["Edi Rama", "Antony J. Blinken"], ["Edi Rama", "edi rama", "Wendy Sherman"],
         (1, 2, 2)),
        ("countries", ["USA", "SLV"], ["usa", "MEX"], (1, 2, 2)),
        ("agencies", ["U.S. Department of Homeland Security"], ["DHS"], (1, 1, 1)),
        ("agencies", ["U.S. Department of State"], ["United States Department of State"],
         (1, 1, 1)),
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


def test_entities_only_for_releases_with_gold_sets():
    gold = {
        "r1": GoldDoc("r1", (), {"people": ("Edi Rama",), "countries": ("ALB",), "agencies": ()}),
        "r2": GoldDoc("r2", ()),
        "r3": GoldDoc("r3", (), {"people": ("Antony J. Blinken",), "countries": ("USA",),
                                 "agencies": ("U.S. Department of State",)}),
    }
    predictions = [
        {"id": "r1", "events": [], "entities": {"people": ["Edi Rama"], "countries": ["ALB", "USA"],
                                                "agencies": []}},
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
    gold = gold_of(("r1", [event()]), ("r2", [event(), event(agreement="Treaty",
                                                             agreement_type="treaty")]))
    with pytest.warns(UserWarning, match=r"W002.* 1 release"):
        report = evaluate(gold, [{"id": "r1", "events": [predicted()]},
                                 {"id": "not-in-gold", "events": [predicted()]}])
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


GOOD_LINE = json.dumps({"id": "r0", "events": [event()]})


@pytest.mark.parametrize(
    ("bad_line", "detail"),
    [
        ('{"id": "r1", "events": [', "Expecting"),
        ('["r1"]', "not a JSON object"),
        ('{"id": "r1"}', "'events'"),
        ('{"id": "", "events": []}', "'id'"),
        ('{"id": "r1", "events": [], "notes": "x"}', "unknown field 'notes'"),
        (json.dumps({"id": "r1", "events": [event(agreement_type="mou")]}), "agreement_type"),
        (json.dumps({"id": "r1", "events": [event(countries=("US",))]}), "country 'US'"),
        (json.dumps({"id": "r1", "events": [event(date="2019-08", date_precision="day")]}),
         "date_precision"),
        (json.dumps({"id": "r1", "events": [event(date="Aug 2019", date_precision=None)]}),
         "date 'Aug 2019'"),
        (json.dumps({"id": "r1", "events": [event(status="done")]}), "status"),
        (json.dumps({"id": "r1", "events": [event(parties=[{"name": "X", "kind": "company"}])]}),
         "party"),
        (json.dumps({"id": "r1", "events": [], "entities": {"people": "Edi Rama"}}), "people"),
        (json.dumps({"id": "r0", "events": []}), "duplicate id 'r0' (first on line 1)"),
    ],
)
def test_bad_gold_line_names_file_and_line(tmp_path, bad_line, detail):
    path = tmp_path / "gold.jsonl"
    path.write_text(GOOD_LINE + "\n\n" + bad_line + "\n", encoding="utf-8")
    with pytest.raises(GoldError) as caught:
        load_gold(path)
    message = str(caught.value)
    assert "E202" in message and f"{path}:3:" in message
    assert detail in message


def test_load_gold_reads_statuses_and_entities(tmp_path):
    path = tmp_path / "gold.jsonl"
    lines = [
        {"id": "r1", "events": [event(), event(status="planned")],
         "entities": {"people": ["Edi Rama"], "countries": ["ALB"], "agencies": []}},
        {"id": "r2", "events": []},
    ]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    gold = load_gold(path)
    assert list(gold) == ["r1", "r2"]
    assert gold["r1"].entities == {"people": ("Edi Rama",), "countries": ("ALB",), "agencies": ()}
    assert gold["r2"].entities is None and gold["r2"].line == 2
    assert [e.get("status", "signed") for e in gold["r1"].events] == ["signed", "planned"]


def test_speed_and_json_dict():
    report = score([event()], [predicted()], seconds=2.0, words=1000, documents=4)
    assert report.speed is not None
    assert report.speed.documents_per_second == 2.0 and report.speed.words_per_second == 500.0
    data = json.loads(json.dumps(report.to_dict()))
    assert list(data) == ["documents", "statuses", "missing_predictions", "events", "full_events",
                          "countries", "signers", "fields", "entities", "rules", "speed", "errors"]
    assert list(data["fields"]) == list(FIELDS)
    assert data["events"] == {"true": 1, "predicted": 1, "gold": 1, "precision": 1.0,
                              "recall": 1.0, "f1": 1.0}
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
        {"id": doc.id, "events": [dict(e, rule="copy") for e in reversed(doc.events)],
         "entities": {kind: list(values) for kind, values in (doc.entities or {}).items()}}
        for doc in gold.values()
    ]
    report = evaluate(gold, predictions)
    assert report.events.f1 == 1.0 and report.full_events.f1 == 1.0
    assert all(report.fields[field].accuracy in (1.0, None) for field in FIELDS)
    assert all(report.entities[kind].f1 in (1.0, None) for kind in report.entities)


def test_names_that_moved_to_matching_stay_importable_from_evaluate():
    for name in ("GoldDoc", "load_gold", "match_events", "entity_counts", "date_correct",
                 "location_correct", "event_status", "surname", "agency_match", "STATUSES"):
        assert getattr(pipeline.evaluate, name) is getattr(pipeline.matching, name)
    assert pipeline.evaluate.EvaluationError is EvaluationError
