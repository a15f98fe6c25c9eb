from __future__ import annotations

import json

import pytest

import pipeline.evaluate
from pipeline.scores import (
    ERROR_COLUMNS,
    FIELDS,
    RULE_COLUMNS,
    Accuracy,
    Report,
    RuleScores,
    Scores,
    Speed,
)


@pytest.mark.parametrize(
    ("counts", "precision", "recall", "f1"),
    [
        ((3, 4, 6), 0.75, 0.5, 0.6),
        ((0, 0, 5), None, 0.0, 0.0),
        ((0, 2, 0), 0.0, None, 0.0),
        ((0, 0, 0), None, None, None),
    ],
)
def test_scores_ratios(counts, precision, recall, f1):
    scores = Scores(*counts)
    assert (scores.precision, scores.recall, scores.f1) == (precision, recall, f1)


def test_scores_add_and_round():
    total = Scores(1, 2, 3) + Scores(1, 1, 0)
    assert total == Scores(2, 3, 3)
    assert total.to_dict() == {
        "true": 2,
        "predicted": 3,
        "gold": 3,
        "precision": 0.6667,
        "recall": 0.6667,
        "f1": 0.6667,
    }


def test_accuracy_rule_scores_and_speed():
    assert Accuracy(2, 3).to_dict() == {"correct": 2, "scored": 3, "accuracy": 0.6667}
    assert Accuracy().accuracy is None
    rule = RuleScores("active.signed", hits=4, true=3)
    assert (rule.false, rule.precision) == (1, 0.75)
    assert Speed(documents=10, seconds=0.0).documents_per_second is None
    speed = Speed(documents=10, seconds=4.0, words=1000)
    assert (speed.documents_per_second, speed.words_per_second) == (2.5, 250.0)
    assert Speed(documents=1, seconds=1.0).words_per_second is None


def make_report() -> Report:
    return Report(
        documents=2,
        statuses=("signed",),
        events=Scores(1, 2, 2),
        full_events=Scores(1, 2, 2),
        countries=Scores(2, 3, 4),
        signers=Scores(1, 1, 2),
        fields={name: Accuracy(1, 1) for name in FIELDS},
        entity_documents=1,
        entities={
            "people": Scores(1, 1, 1),
            "countries": Scores(2, 2, 2),
            "agencies": Scores(0, 1, 1),
        },
        rules=(RuleScores("active.signed", 2, 1),),
        errors=({**dict.fromkeys(ERROR_COLUMNS, ""), "kind": "false", "release_id": "r2"},),
        missing_predictions=("r3",),
    )


def test_report_to_dict_is_json_with_stable_keys():
    data = json.loads(json.dumps(make_report().to_dict()))
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
    assert data["entities"]["documents"] == 1 and data["entities"]["agencies"]["f1"] == 0.0
    assert data["rules"] == [
        {"rule": "active.signed", "hits": 2, "true": 1, "false": 1, "precision": 0.5}
    ]
    assert data["missing_predictions"] == ["r3"] and data["speed"] is None


def test_report_frames():
    report = make_report()
    rules = report.rules_frame()
    assert list(rules.columns) == list(RULE_COLUMNS)
    assert rules.loc[0, "false"] == 1 and str(rules["precision"].dtype) == "Float64"
    errors = report.errors_frame()
    assert list(errors.columns) == list(ERROR_COLUMNS)
    assert errors.loc[0, "release_id"] == "r2"


def test_report_classes_stay_importable_from_evaluate():
    for name in (
        "Report",
        "Scores",
        "Accuracy",
        "RuleScores",
        "Speed",
        "FIELDS",
        "RULE_COLUMNS",
        "ERROR_COLUMNS",
    ):
        assert getattr(pipeline.evaluate, name) is globals()[name]
