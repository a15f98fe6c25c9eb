"""Score predicted signing events and entity sets against gold annotations.

:func:`evaluate` compares predictions with a gold file read by
:func:`pipeline.gold.load_gold` and returns a :class:`~pipeline.scores.Report`; events and
entities are paired by the rules of :mod:`pipeline.matching` ("Event matching",
"Entities"). Everything here is a pure function of its inputs; :mod:`pipeline.report`
renders reports as tables, JSON and CSV.

Scoring rules:

- **Scope.** Only releases listed in the gold are scored. A gold release with no prediction
  counts all its events and entities as missed (warning W002).
- **Statuses.** By default only events whose ``status`` is "signed" are compared, on both
  sides; a gold event without ``status`` is "signed". With ``statuses`` naming several, all
  events of those statuses are scored and a pair can only match when the statuses are equal.
- **Events.** precision = matched / predicted, recall = matched / gold, F1 = 2 matched /
  (predicted + gold). A ratio whose denominator is zero is None.
- **Fields** (over matched pairs, each correct / scored): ``agreement_type`` equal;
  ``countries`` equal as sets; ``signers`` the sets of person surnames equal, scored only
  when the gold event names a person; ``date`` the prediction truncated to the gold's length
  equals the gold date and its precision is not coarser than the gold's (a null gold date
  requires a null prediction); ``location`` equal ignoring case and dots, or one equal to the
  other's part before a comma ("Washington" ~ "Washington, D.C."; null matches only null);
  ``status`` equal.
- **Countries and signers (micro).** (event, country) pairs: per release, the multiset of
  the countries of all predicted events (each event counting each country once) against
  that of all gold events, matched or not; true positives are the multiset intersection.
  Signers the same with person surnames.
- **Full events.** A matched pair whose type, countries, signers (when scored) and date are
  all correct. P = full / predicted, R = full / gold.
- **Entities.** Releases whose gold has ``entities``; each kind the gold lists is compared as
  sets, one to one (:func:`pipeline.matching.entity_counts`), micro-averaged over releases.
- **Rules.** For each predicted event's ``rule``: hits, true (matched), false, precision.
- **Speed.** documents / seconds and words / seconds, from figures the caller measured.
"""

from __future__ import annotations

import warnings
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from .errors import Errors, EvaluationError, Warnings
from .matching import (
    AGREEMENT_TYPES,
    ENTITY_KINDS,
    PARTY_KINDS,
    STATUSES,
    GoldDoc,
    PreparedEvent,
    agency_match,
    assign_events,
    date_correct,
    entity_counts,
    event_status,
    load_gold,
    location_correct,
    match_events,
    prepare_event,
    surname,
)
from .scores import (
    ERROR_COLUMNS,
    FIELDS,
    RULE_COLUMNS,
    Accuracy,
    Report,
    RuleScores,
    Scores,
    Speed,
)

# Names that lived here before pipeline.matching and pipeline.scores existed stay importable.
__all__ = [
    "AGREEMENT_TYPES",
    "ENTITY_KINDS",
    "ERROR_COLUMNS",
    "FIELDS",
    "PARTY_KINDS",
    "RULE_COLUMNS",
    "STATUSES",
    "Accuracy",
    "EvaluationError",
    "GoldDoc",
    "Report",
    "RuleScores",
    "Scores",
    "Speed",
    "agency_match",
    "date_correct",
    "entity_counts",
    "evaluate",
    "event_status",
    "load_gold",
    "location_correct",
    "match_events",
    "surname",
]


def _show(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, (list, tuple, set, frozenset)):
        return ", ".join(sorted(str(v) for v in value))
    return str(value)


def _show_date(record: Mapping[str, Any]) -> str:
    date = record.get("date")
    return f"{date} ({record.get('date_precision')})" if date else "null"


def _field_results(
    gold: PreparedEvent, predicted: PreparedEvent
) -> dict[str, tuple[bool | None, str, str]]:
    """Per field: correct (None when not scored), gold value and predicted value shown."""
    g, p = gold.record, predicted.record

    def people(event: PreparedEvent) -> str:
        return _show([party.name for party in event.parties if party.kind == "person"])

    return {
        "agreement_type": (
            gold.agreement_type == predicted.agreement_type,
            gold.agreement_type,
            predicted.agreement_type,
        ),
        "countries": (
            gold.countries == predicted.countries,
            _show(gold.countries),
            _show(predicted.countries),
        ),
        "signers": (
            gold.surnames == predicted.surnames if gold.surnames else None,
            people(gold),
            people(predicted),
        ),
        "date": (date_correct(g, p), _show_date(g), _show_date(p)),
        "location": (
            location_correct(g.get("location"), p.get("location")),
            _show(g.get("location")),
            _show(p.get("location")),
        ),
        "status": (gold.status == predicted.status, gold.status, predicted.status),
    }


def _multiset(events: Sequence[PreparedEvent], attribute: str) -> Counter[str]:
    counts: Counter[str] = Counter()
    for event in events:
        counts.update(getattr(event, attribute))
    return counts


def _multiset_scores(gold: Counter[str], predicted: Counter[str]) -> Scores:
    return Scores(sum((gold & predicted).values()), sum(predicted.values()), sum(gold.values()))


def _error(kind: str, release_id: str, event: PreparedEvent, **values: str) -> dict[str, str]:
    row = dict.fromkeys(ERROR_COLUMNS, "")
    row.update(
        kind=kind,
        release_id=release_id,
        agreement=str(event.record.get("agreement") or ""),
        rule=str(event.record.get("rule") or ""),
        evidence=str(event.record.get("evidence") or ""),
        **values,
    )
    return row


class _Tally:
    """Running counts over releases (mutable; :func:`evaluate` turns it into a Report)."""

    def __init__(self) -> None:
        self.events = self.full = self.countries = self.signers = Scores()
        self.correct: Counter[str] = Counter()
        self.scored: Counter[str] = Counter()
        self.hits: Counter[str] = Counter()
        self.true: Counter[str] = Counter()
        self.entities = dict.fromkeys(ENTITY_KINDS, Scores())
        self.entity_documents = 0
        self.errors: list[dict[str, str]] = []

    def add_events(
        self, release_id: str, gold: list[PreparedEvent], predicted: list[PreparedEvent]
    ) -> None:
        pairs = assign_events(gold, predicted)
        matched_gold = {g for g, _ in pairs}
        matched_predicted = {p for _, p in pairs}
        self.events += Scores(len(pairs), len(predicted), len(gold))
        self.countries += _multiset_scores(
            _multiset(gold, "countries"), _multiset(predicted, "countries")
        )
        self.signers += _multiset_scores(
            _multiset(gold, "surnames"), _multiset(predicted, "surnames")
        )
        for index, event in enumerate(predicted):
            rule = str(event.record.get("rule") or "(none)")
            self.hits[rule] += 1
            self.true[rule] += index in matched_predicted
        self.errors.extend(
            _error("missed", release_id, event)
            for index, event in enumerate(gold)
            if index not in matched_gold
        )
        self.errors.extend(
            _error("false", release_id, event)
            for index, event in enumerate(predicted)
            if index not in matched_predicted
        )
        full = 0
        for g, p in pairs:
            results = _field_results(gold[g], predicted[p])
            for name, (correct, gold_value, predicted_value) in results.items():
                if correct is None:
                    continue
                self.scored[name] += 1
                self.correct[name] += correct
                if not correct:
                    self.errors.append(
                        _error(
                            "field",
                            release_id,
                            predicted[p],
                            field=name,
                            gold=gold_value,
                            predicted=predicted_value,
                        )
                    )
            full += all(
                results[name][0] is not False
                for name in ("agreement_type", "countries", "signers", "date")
            )
        self.full += Scores(full, len(predicted), len(gold))

    def add_entities(self, gold: Mapping[str, Sequence[str]], predicted: Mapping[str, Any]) -> None:
        self.entity_documents += 1
        for kind in ENTITY_KINDS:
            if kind in gold:
                values = predicted.get(kind) or ()
                self.entities[kind] += Scores(*entity_counts(kind, gold[kind], values))


def _check_statuses(statuses: str | Iterable[str]) -> tuple[str, ...]:
    wanted = (statuses,) if isinstance(statuses, str) else tuple(statuses)
    if not wanted or not set(wanted) <= set(STATUSES):
        raise EvaluationError(Errors.E303.format(received=statuses, expected=STATUSES))
    return tuple(s for s in STATUSES if s in wanted)


def _index_predictions(predictions: Iterable[Mapping[str, Any]]) -> dict[str, Mapping[str, Any]]:
    index: dict[str, Mapping[str, Any]] = {}
    for position, prediction in enumerate(predictions, start=1):
        release_id = prediction.get("id") if isinstance(prediction, Mapping) else None
        if not isinstance(release_id, str):
            keys = sorted(prediction) if isinstance(prediction, Mapping) else type(prediction)
            raise EvaluationError(Errors.E301.format(position=position, keys=keys))
        if release_id in index:
            raise EvaluationError(Errors.E302.format(release_id=release_id))
        events, entities = prediction.get("events") or [], prediction.get("entities")
        if not isinstance(events, (list, tuple)) or not all(isinstance(e, Mapping) for e in events):
            raise EvaluationError(
                Errors.E304.format(
                    release_id=release_id,
                    key="events",
                    received=type(events).__name__,
                    expected="a list of event records (dicts)",
                )
            )
        if entities is not None and not isinstance(entities, Mapping):
            raise EvaluationError(
                Errors.E304.format(
                    release_id=release_id,
                    key="entities",
                    received=type(entities).__name__,
                    expected="a dict of people, countries and agencies lists",
                )
            )
        index[release_id] = prediction
    return index


def evaluate(
    gold: Mapping[str, GoldDoc],
    predictions: Iterable[Mapping[str, Any]],
    *,
    statuses: str | Iterable[str] = ("signed",),
    seconds: float | None = None,
    words: int | None = None,
    documents: int | None = None,
) -> Report:
    """Score predictions against gold (rules in the module docstring).

    Args:
        gold: Gold releases by id, from :func:`load_gold`.
        predictions: One dict per release: ``{"id", "events": [event records],
            "entities": {"people", "countries", "agencies"}}``. Releases not in the gold
            are ignored.
        statuses: The event statuses to score; with several, statuses must match.
        seconds: Time the pipeline took, for the speed figures.
        words: Words processed in that time.
        documents: Documents processed in that time; by default the number of predictions.

    Returns:
        The report.

    Raises:
        EvaluationError: On an unknown status or a malformed or duplicate prediction.
    """
    wanted = _check_statuses(statuses)
    predicted_by_id = _index_predictions(predictions)
    missing = tuple(release_id for release_id in gold if release_id not in predicted_by_id)
    if missing:
        warnings.warn(Warnings.W002.format(count=len(missing)), UserWarning, stacklevel=2)
    tally = _Tally()
    for release_id, gold_doc in gold.items():
        prediction = predicted_by_id.get(release_id, {})
        tally.add_events(
            release_id,
            [prepare_event(e) for e in gold_doc.events if event_status(e) in wanted],
            [prepare_event(e) for e in prediction.get("events") or () if event_status(e) in wanted],
        )
        if gold_doc.entities is not None:
            tally.add_entities(gold_doc.entities, prediction.get("entities") or {})
    speed = None
    if seconds is not None:
        count = len(predicted_by_id) if documents is None else documents
        speed = Speed(documents=count, seconds=seconds, words=words)
    return Report(
        documents=len(gold),
        statuses=wanted,
        events=tally.events,
        full_events=tally.full,
        countries=tally.countries,
        signers=tally.signers,
        fields={name: Accuracy(tally.correct[name], tally.scored[name]) for name in FIELDS},
        entity_documents=tally.entity_documents,
        entities=dict(tally.entities),
        rules=tuple(
            RuleScores(rule, tally.hits[rule], tally.true[rule]) for rule in sorted(tally.hits)
        ),
        errors=tuple(tally.errors),
        missing_predictions=missing,
        speed=speed,
    )
