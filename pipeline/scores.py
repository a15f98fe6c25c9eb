"""The figures of an evaluation: counts, ratios and the report that holds them.

:class:`Scores` (precision, recall, F1 from counts), :class:`Accuracy` (a field of matched
events), :class:`RuleScores` (one signing rule), :class:`Speed` (throughput) and
:class:`Report` (all of them for one run) are what :func:`pipeline.evaluate.evaluate`
returns; :mod:`pipeline.report` renders them. A ratio whose denominator is zero is None.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd

from .gold import ENTITY_KINDS

FIELDS = ("agreement_type", "countries", "signers", "date", "location", "status")
RULE_COLUMNS = ("rule", "hits", "true", "false", "precision")
ERROR_COLUMNS = (
    "kind",
    "release_id",
    "field",
    "gold",
    "predicted",
    "agreement",
    "rule",
    "evidence",
)


def _ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


@dataclass(frozen=True)
class Scores:
    """Counts of a precision / recall / F1 figure."""

    true: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float | None:
        """True / predicted, or None when nothing was predicted."""
        return _ratio(self.true, self.predicted)

    @property
    def recall(self) -> float | None:
        """True / gold, or None when the gold has none."""
        return _ratio(self.true, self.gold)

    @property
    def f1(self) -> float | None:
        """Harmonic mean of precision and recall, 2 true / (predicted + gold)."""
        return _ratio(2 * self.true, self.predicted + self.gold)

    def __add__(self, other: Scores) -> Scores:
        return Scores(
            self.true + other.true, self.predicted + other.predicted, self.gold + other.gold
        )

    def to_dict(self) -> dict[str, Any]:
        """Counts and ratios (rounded to 4 places) under stable keys."""
        return {
            "true": self.true,
            "predicted": self.predicted,
            "gold": self.gold,
            "precision": _rounded(self.precision),
            "recall": _rounded(self.recall),
            "f1": _rounded(self.f1),
        }


@dataclass(frozen=True)
class Accuracy:
    """Correct / scored for one field of matched events."""

    correct: int = 0
    scored: int = 0

    @property
    def accuracy(self) -> float | None:
        """Correct / scored, or None when nothing was scored."""
        return _ratio(self.correct, self.scored)

    def to_dict(self) -> dict[str, Any]:
        """Counts and accuracy under stable keys."""
        return {"correct": self.correct, "scored": self.scored, "accuracy": _rounded(self.accuracy)}


@dataclass(frozen=True)
class RuleScores:
    """How one rule's events fared."""

    rule: str
    hits: int
    true: int

    @property
    def false(self) -> int:
        """Hits that matched no gold event."""
        return self.hits - self.true

    @property
    def precision(self) -> float | None:
        """True / hits."""
        return _ratio(self.true, self.hits)

    def to_dict(self) -> dict[str, Any]:
        """The row of the per-rule table."""
        return {
            "rule": self.rule,
            "hits": self.hits,
            "true": self.true,
            "false": self.false,
            "precision": _rounded(self.precision),
        }


@dataclass(frozen=True)
class Speed:
    """Throughput measured by the caller."""

    documents: int
    seconds: float
    words: int | None = None

    @property
    def documents_per_second(self) -> float | None:
        """Documents / seconds."""
        return self.documents / self.seconds if self.seconds > 0 else None

    @property
    def words_per_second(self) -> float | None:
        """Words / seconds, when words were counted."""
        return self.words / self.seconds if self.words is not None and self.seconds > 0 else None

    def to_dict(self) -> dict[str, Any]:
        """Counts and rates under stable keys."""
        return {
            "documents": self.documents,
            "words": self.words,
            "seconds": round(self.seconds, 4),
            "documents_per_second": _rounded(self.documents_per_second),
            "words_per_second": _rounded(self.words_per_second),
        }


@dataclass(frozen=True)
class Report:
    """Everything :func:`evaluate` measured; render it with :mod:`pipeline.report`.

    Attributes:
        documents: Gold releases scored.
        statuses: Event statuses scored.
        events: Matched events against predicted and gold events.
        full_events: Matched events with every field right.
        countries: Micro (event, country) figures.
        signers: Micro (event, person surname) figures.
        fields: Accuracy per field of matched events, in :data:`FIELDS` order.
        entity_documents: Releases whose gold has entity sets.
        entities: Set figures per entity kind, in :data:`ENTITY_KINDS` order.
        rules: Per-rule figures, sorted by rule id.
        errors: Missed and false events and field errors, rows of :data:`ERROR_COLUMNS`.
        missing_predictions: Gold ids with no prediction (all their events missed).
        speed: Throughput, when the caller measured it.
    """

    documents: int
    statuses: tuple[str, ...]
    events: Scores
    full_events: Scores
    countries: Scores
    signers: Scores
    fields: Mapping[str, Accuracy]
    entity_documents: int
    entities: Mapping[str, Scores]
    rules: tuple[RuleScores, ...]
    errors: tuple[Mapping[str, str], ...]
    missing_predictions: tuple[str, ...] = ()
    speed: Speed | None = None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-able dict with stable keys."""
        return {
            "documents": self.documents,
            "statuses": list(self.statuses),
            "missing_predictions": list(self.missing_predictions),
            "events": self.events.to_dict(),
            "full_events": self.full_events.to_dict(),
            "countries": self.countries.to_dict(),
            "signers": self.signers.to_dict(),
            "fields": {name: self.fields[name].to_dict() for name in FIELDS},
            "entities": {
                "documents": self.entity_documents,
                **{kind: self.entities[kind].to_dict() for kind in ENTITY_KINDS},
            },
            "rules": [rule.to_dict() for rule in self.rules],
            "speed": self.speed.to_dict() if self.speed else None,
            "errors": [dict(row) for row in self.errors],
        }

    def rules_frame(self) -> pd.DataFrame:
        """The per-rule table, one row per rule id (columns :data:`RULE_COLUMNS`)."""
        frame = pd.DataFrame([rule.to_dict() for rule in self.rules], columns=list(RULE_COLUMNS))
        return frame.astype(
            {
                "rule": "string",
                "hits": "int64",
                "true": "int64",
                "false": "int64",
                "precision": "Float64",
            }
        )

    def errors_frame(self) -> pd.DataFrame:
        """Missed events, false events and field errors (columns :data:`ERROR_COLUMNS`)."""
        return pd.DataFrame(list(self.errors), columns=list(ERROR_COLUMNS), dtype="string")
