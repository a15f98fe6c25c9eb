"""Score predicted signing events and entity sets against gold annotations.

:func:`load_gold` reads a gold file (DESIGN.md, "Gold format"); :func:`evaluate` compares
predictions with it and returns a :class:`Report`. Everything here is a pure function of its
inputs; :mod:`pipeline.report` renders reports as tables, JSON and CSV.

Scoring rules:

- **Scope.** Only releases listed in the gold are scored. A gold release with no prediction
  counts all its events and entities as missed (warning W002).
- **Statuses.** By default only events whose ``status`` is "signed" are compared, on both
  sides; a gold event without ``status`` is "signed". With ``statuses`` naming several, all
  events of those statuses are scored and a pair can only match when the statuses are equal.
- **Event matching.** Within a release a gold and a predicted event are eligible when
  (a) their ``agreement_type`` is equal or their agreement names overlap, and (b) a party
  matches or their ``countries`` intersect. Names overlap when the normalised words they share
  (case folded; "the", "of", "on"... dropped; plural "s" and "memoranda" made singular;
  "MOU", "MOC", "LOI" spelled out) make up at least half of the shorter name. Parties match:
  persons by surname (``nameparser``'s ``last``, case folded, so "Antony J. Blinken" ~
  "Secretary Blinken"); country parties by ISO3 ``country`` or normalised name; agency and
  organization parties by normalised name or acronym (as for entity agencies below).
  Eligible pairs are ranked by (type equal, number of gold parties matched, name overlap,
  evidence word overlap) and assigned one to one greedily, best first, ties going to the
  earlier events, so the result is deterministic (greedy, not a globally optimal
  assignment; with the few events a release has the two rarely differ).
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
  sets, one to one, micro-averaged over releases. ``people``: equal after case folding and
  dropping punctuation, else the same surname and first initial ("Joe Biden" ~ "Joseph R.
  Biden Jr."; so "Jill Biden" ~ "Joe Biden" too, a known looseness). ``countries``: ISO3
  exactly. ``agencies``: case folded, punctuation and a leading "the" dropped, a leading
  "U.S.", "US" or "United States" made one form; else an acronym (one word with two or more
  capitals, "DHS", or the "(DHS)" ending a name) equal to the other name's initials: of its
  capitalised words or of all its words but "and", each with and without the "US" prefix
  ("NASA", "DOD", "USCIS").
- **Rules.** For each predicted event's ``rule``: hits, true (matched), false, precision.
- **Speed.** documents / seconds and words / seconds, from figures the caller measured.
"""

from __future__ import annotations

import json
import re
import warnings
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd
from nameparser import HumanName

from .errors import Errors, GoldError, UndersignedError, Warnings

STATUSES = ("signed", "planned", "negated")
AGREEMENT_TYPES = frozenset({
    "agreement", "memorandum", "letter_of_intent", "treaty", "declaration", "joint_statement",
    "protocol", "arrangement", "accord", "compact", "convention", "charter", "pledge",
    "framework", "contract", "other",
})
PARTY_KINDS = frozenset({"person", "country", "agency", "organization"})
ENTITY_KINDS = ("people", "countries", "agencies")
FIELDS = ("agreement_type", "countries", "signers", "date", "location", "status")
RULE_COLUMNS = ("rule", "hits", "true", "false", "precision")
ERROR_COLUMNS = (
    "kind", "release_id", "field", "gold", "predicted", "agreement", "rule", "evidence",
)
_GOLD_KEYS = frozenset({"id", "events", "entities"})
_ISO3 = re.compile(r"[A-Z]{3}")
_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
_PRECISION_OF_LENGTH = {4: "year", 7: "month", 10: "day"}


class EvaluationError(UndersignedError, ValueError):
    """Predictions or scoring options are invalid."""


# --- Gold ------------------------------------------------------------------------------


@dataclass(frozen=True)
class GoldDoc:
    """One release of a gold file.

    Attributes:
        id: The release id.
        events: The annotated events (gold event records), in file order.
        entities: Entity sets by kind, or None when the release has none annotated.
        line: The line of the gold file it came from.
    """

    id: str
    events: tuple[dict[str, Any], ...]
    entities: dict[str, tuple[str, ...]] | None = None
    line: int = 0


def load_gold(path: str | Path) -> dict[str, GoldDoc]:
    """Read a gold file, one JSON object a line, checking every line.

    Args:
        path: The ``gold*.jsonl`` file.

    Returns:
        Gold releases by id, in file order.

    Raises:
        GoldError: Naming the file and line of invalid JSON, a missing or wrong field, an
            unknown agreement type, party kind, status or date form, or a duplicate id.
    """
    path = Path(path)
    gold: dict[str, GoldDoc] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        detail = f"cannot read the file ({exc})"
        raise GoldError(Errors.E202.format(path=path, line=0, detail=detail)) from exc
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            doc = _parse_gold_line(line, number)
            if doc.id in gold:
                raise ValueError(f"duplicate id {doc.id!r} (first on line {gold[doc.id].line})")
        except ValueError as exc:  # includes json.JSONDecodeError
            raise GoldError(Errors.E202.format(path=path, line=number, detail=exc)) from None
        gold[doc.id] = doc
    return gold


def _parse_gold_line(line: str, number: int) -> GoldDoc:
    record = json.loads(line)
    if not isinstance(record, dict):
        raise ValueError("not a JSON object; expected {\"id\": ..., \"events\": [...]}")
    unknown = sorted(set(record) - _GOLD_KEYS)
    if unknown:
        raise ValueError(f"unknown field {unknown[0]!r}; expected id, events, entities")
    release_id, events, entities = record.get("id"), record.get("events"), record.get("entities")
    if not isinstance(release_id, str) or not release_id:
        raise ValueError(f"'id' is {release_id!r}; expected a non-empty string")
    if not isinstance(events, list):
        raise ValueError(f"'events' is {events!r}; expected a list (empty when none)")
    for position, event in enumerate(events, start=1):
        _check_gold_event(event, f"event {position}")
    sets: dict[str, tuple[str, ...]] | None = None
    if entities is not None:
        if not isinstance(entities, dict) or set(entities) - set(ENTITY_KINDS):
            raise ValueError(f"'entities' is {entities!r}; expected an object with {ENTITY_KINDS}")
        for kind, values in entities.items():
            if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                raise ValueError(f"entities '{kind}' is {values!r}; expected a list of strings")
        sets = {kind: tuple(entities[kind]) for kind in ENTITY_KINDS if kind in entities}
    return GoldDoc(id=release_id, events=tuple(events), entities=sets, line=number)


def _check_gold_event(event: Any, where: str) -> None:
    if not isinstance(event, dict):
        raise ValueError(f"{where} is {event!r}; expected an event object")
    for key, kind in (("agreement", str), ("agreement_type", str), ("parties", list),
                      ("countries", list)):
        if not isinstance(event.get(key), kind):
            raise ValueError(f"{where}: '{key}' is {event.get(key)!r}; expected a {kind.__name__}")
    if event["agreement_type"] not in AGREEMENT_TYPES:
        raise ValueError(f"{where}: agreement_type {event['agreement_type']!r}; expected one of "
                         f"{', '.join(sorted(AGREEMENT_TYPES))}")
    for party in event["parties"]:
        if not (isinstance(party, dict) and isinstance(party.get("name"), str)
                and party.get("kind") in PARTY_KINDS):
            raise ValueError(f"{where}: party {party!r}; expected an object with a 'name' and a "
                             f"'kind' in {', '.join(sorted(PARTY_KINDS))}")
    for country in event["countries"]:
        if not isinstance(country, str) or not _ISO3.fullmatch(country):
            raise ValueError(f"{where}: country {country!r}; expected ISO 3166 alpha-3 ('USA')")
    date, precision = event.get("date"), event.get("date_precision")
    if date is not None and (not isinstance(date, str) or not _DATE.fullmatch(date)):
        raise ValueError(f"{where}: date {date!r}; expected YYYY-MM-DD, YYYY-MM, YYYY or null")
    expected = _PRECISION_OF_LENGTH.get(len(date)) if isinstance(date, str) else None
    if precision != expected:
        raise ValueError(f"{where}: date_precision {precision!r} does not fit date {date!r}; "
                         f"expected {expected!r}")
    if event.get("status", "signed") not in STATUSES:
        raise ValueError(f"{where}: status {event.get('status')!r}; expected one of {STATUSES}")
    for key in ("location", "evidence"):
        if event.get(key) is not None and not isinstance(event[key], str):
            raise ValueError(f"{where}: '{key}' is {event[key]!r}; expected a string or null")


# --- Normalisation and matching ----------------------------------------------------------

_WORD = re.compile(r"[^\W_]+")
_STOP = frozenset({
    "a", "an", "the", "of", "on", "for", "and", "to", "in", "between", "with", "by", "its", "their",
})
_EXPANSIONS = {
    "mou": ("memorandum", "understanding"), "mous": ("memorandum", "understanding"),
    "moc": ("memorandum", "cooperation"), "loi": ("letter", "intent"),
    "memoranda": ("memorandum",),
}
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_US_PREFIX = re.compile(r"^(?:u\.?\s?s\.?|united\s+states)(?:\s+|$)", re.IGNORECASE)
_GOVERNMENT_OF = re.compile(r"^(?:the\s+)?government\s+of\s+(?:the\s+)?", re.IGNORECASE)
_PAREN_ACRONYM = re.compile(r"\s*\(([A-Za-z][A-Za-z.&]*)\)\s*$")
_ACRONYM = re.compile(r"[A-Z][A-Za-z&]{1,9}")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


@lru_cache(maxsize=8192)
def surname(name: str) -> str:
    """A person's surname, case folded ("Antony J. Blinken" -> "blinken")."""
    parsed = HumanName(name)
    return " ".join(_words(parsed.last or parsed.first or name))


@lru_cache(maxsize=8192)
def agency_forms(name: str) -> tuple[str, frozenset[str], frozenset[str]]:
    """Normalise an agency or organisation name (see the module docstring).

    Returns:
        The normalised name, the acronyms it is written as, and the acronyms derived from it.
    """
    text = " ".join(name.split())
    written: set[str] = set()
    definition = _PAREN_ACRONYM.search(text)
    if definition:
        written.add(definition.group(1).replace(".", "").upper())
        text = text[: definition.start()]
    text = _LEADING_THE.sub("", text)
    us_prefix = _US_PREFIX.match(text)
    core = text[us_prefix.end():] if us_prefix else text
    prefix = "US" if us_prefix else ""
    compact = core.replace(".", "")
    if _ACRONYM.fullmatch(compact) and sum(c.isupper() for c in compact) >= 2:
        written.add(prefix + compact.upper())
    words = re.findall(r"[A-Za-z][\w'-]*", core)
    variants = ("".join(w[0] for w in words if w[0].isupper()),
                "".join(w[0] for w in words if w.lower() != "and").upper())
    derived = {form for v in variants if len(v) >= 2 for form in (v, prefix + v)}
    normalised = " ".join((["us"] if us_prefix else []) + _words(core.replace(".", "")))
    return normalised, frozenset(written), frozenset(derived)


def _acronym_match(a: str, b: str) -> bool:
    name_a, written_a, derived_a = agency_forms(a)
    name_b, written_b, derived_b = agency_forms(b)
    return bool(written_a & (written_b | derived_b) or written_b & derived_a)


def agency_match(a: str, b: str) -> bool:
    """Whether two agency names are the same body (normalised name or acronym)."""
    return agency_forms(a)[0] == agency_forms(b)[0] or _acronym_match(a, b)


def _name_tokens(text: str) -> frozenset[str]:
    tokens: set[str] = set()
    for word in _words(text):
        if word in _STOP:
            continue
        if word in _EXPANSIONS:
            tokens.update(_EXPANSIONS[word])
            continue
        if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
        tokens.add(word)
    return frozenset(tokens)


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


@dataclass(frozen=True)
class _Party:
    kind: str
    name: str
    key: str  # surname for persons, normalised name otherwise
    country: str


@dataclass(frozen=True)
class _Event:
    status: str
    agreement_type: str
    name_tokens: frozenset[str]
    parties: tuple[_Party, ...]
    surnames: frozenset[str]
    countries: frozenset[str]
    evidence_tokens: frozenset[str]
    record: Mapping[str, Any]


def event_status(record: Mapping[str, Any]) -> str:
    """An event record's status; gold events without one are "signed"."""
    return str(record.get("status") or "signed")


def _prepare_party(party: Mapping[str, Any]) -> _Party:
    name = str(party.get("name") or "")
    kind = str(party.get("kind") or "")
    if kind == "person":
        key = surname(name)
    elif kind == "country":
        key = " ".join(_words(_GOVERNMENT_OF.sub("", _LEADING_THE.sub("", name))))
    else:
        key = agency_forms(name)[0]
    return _Party(kind=kind, name=name, key=key, country=str(party.get("country") or ""))


def _prepare(record: Mapping[str, Any]) -> _Event:
    parties = tuple(
        _prepare_party(p) for p in record.get("parties") or () if isinstance(p, Mapping)
    )
    return _Event(
        status=event_status(record),
        agreement_type=str(record.get("agreement_type") or ""),
        name_tokens=_name_tokens(str(record.get("agreement") or "")),
        parties=parties,
        surnames=frozenset(p.key for p in parties if p.kind == "person" and p.key),
        countries=frozenset(str(c).upper() for c in record.get("countries") or ()),
        evidence_tokens=frozenset(_words(str(record.get("evidence") or ""))) - _STOP,
        record=record,
    )


def _parties_match(a: _Party, b: _Party) -> bool:
    if a.kind == "person" or b.kind == "person":
        return a.kind == b.kind and bool(a.key) and a.key == b.key
    if a.kind == "country" or b.kind == "country":
        return a.kind == b.kind and (bool(a.country) and a.country == b.country
                                     or bool(a.key) and a.key == b.key)
    return bool(a.key) and a.key == b.key or _acronym_match(a.name, b.name)


def _pair_score(gold: _Event, predicted: _Event) -> tuple[int, int, float, float] | None:
    """The ranking of an eligible pair, or None when the pair cannot match."""
    if gold.status != predicted.status:
        return None
    same_type = int(gold.agreement_type == predicted.agreement_type)
    name_overlap = _overlap(gold.name_tokens, predicted.name_tokens)
    if not same_type and name_overlap < 0.5:
        return None
    parties = sum(any(_parties_match(g, p) for p in predicted.parties) for g in gold.parties)
    if not parties and not gold.countries & predicted.countries:
        return None
    both = gold.evidence_tokens | predicted.evidence_tokens
    evidence = len(gold.evidence_tokens & predicted.evidence_tokens) / len(both) if both else 0.0
    return same_type, parties, name_overlap, evidence


def _assign(gold: Sequence[_Event], predicted: Sequence[_Event]) -> list[tuple[int, int]]:
    candidates = []
    for g, gold_event in enumerate(gold):
        for p, predicted_event in enumerate(predicted):
            score = _pair_score(gold_event, predicted_event)
            if score is not None:
                candidates.append((tuple(-s for s in score), g, p))
    candidates.sort()
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    pairs = []
    for _, g, p in candidates:
        if g not in used_gold and p not in used_predicted:
            used_gold.add(g)
            used_predicted.add(p)
            pairs.append((g, p))
    return sorted(pairs)


def match_events(
    gold: Sequence[Mapping[str, Any]], predicted: Sequence[Mapping[str, Any]]
) -> list[tuple[int, int]]:
    """Pair the events of one release one to one (rules in the module docstring).

    Args:
        gold: The reference events (gold records, or another rule set's predictions).
        predicted: The events to match against them.

    Returns:
        (gold index, predicted index) pairs, sorted by gold index.
    """
    return _assign([_prepare(e) for e in gold], [_prepare(e) for e in predicted])


def date_correct(gold: Mapping[str, Any], predicted: Mapping[str, Any]) -> bool:
    """Whether the predicted date equals the gold date at the gold's precision."""
    gold_date, predicted_date = gold.get("date"), predicted.get("date")
    if not gold_date or not predicted_date:
        return not gold_date and not predicted_date
    gold_date, predicted_date = str(gold_date), str(predicted_date)
    rank = {"year": 1, "month": 2, "day": 3}
    gold_precision = gold.get("date_precision") or _PRECISION_OF_LENGTH.get(len(gold_date))
    predicted_precision = (predicted.get("date_precision")
                           or _PRECISION_OF_LENGTH.get(len(predicted_date)))
    if rank.get(str(predicted_precision), 0) < rank.get(str(gold_precision), 4):
        return False
    return predicted_date[: len(gold_date)] == gold_date


def location_correct(gold: str | None, predicted: str | None) -> bool:
    """Whether two signing places agree ("Washington" ~ "Washington, D.C.")."""
    if not gold or not predicted:
        return not gold and not predicted
    a, b = (" ".join(s.casefold().replace(".", "").split()) for s in (gold, predicted))
    return (a == b or a.replace(",", "") == b.replace(",", "")
            or a.startswith(b + ",") or b.startswith(a + ","))


# --- Entities ----------------------------------------------------------------------------


def _person_key(name: str) -> str:
    return " ".join(_words(name))


def _person_loose(a: str, b: str) -> bool:
    first_a, first_b = HumanName(a).first, HumanName(b).first
    return (bool(first_a) and bool(first_b) and first_a[0].casefold() == first_b[0].casefold()
            and surname(a) == surname(b))


def _country_key(code: str) -> str:
    return code.strip().upper()


_ENTITY_RULES = {
    "people": (_person_key, _person_loose),
    "countries": (_country_key, None),
    "agencies": (lambda name: agency_forms(name)[0], _acronym_match),
}


def entity_counts(kind: str, gold: Iterable[str], predicted: Iterable[str]) -> tuple[int, int, int]:
    """Compare one release's entity sets of one kind (rules in the module docstring).

    Returns:
        (true positives, predicted set size, gold set size).
    """
    key, loose = _ENTITY_RULES[kind]
    gold_by_key = {key(name): name for name in gold if key(name)}
    predicted_by_key = {key(name): name for name in predicted if key(name)}
    exact = gold_by_key.keys() & predicted_by_key.keys()
    true = len(exact)
    if loose is not None:
        left = [name for k, name in predicted_by_key.items() if k not in exact]
        for k, gold_name in gold_by_key.items():
            if k in exact:
                continue
            found = next((name for name in left if loose(gold_name, name)), None)
            if found is not None:
                left.remove(found)
                true += 1
    return true, len(predicted_by_key), len(gold_by_key)


# --- Report ------------------------------------------------------------------------------


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
        return Scores(self.true + other.true, self.predicted + other.predicted,
                      self.gold + other.gold)

    def to_dict(self) -> dict[str, Any]:
        """Counts and ratios (rounded to 4 places) under stable keys."""
        return {"true": self.true, "predicted": self.predicted, "gold": self.gold,
                "precision": _rounded(self.precision), "recall": _rounded(self.recall),
                "f1": _rounded(self.f1)}


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
        return {"correct": self.correct, "scored": self.scored,
                "accuracy": _rounded(self.accuracy)}


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
        return {"rule": self.rule, "hits": self.hits, "true": self.true, "false": self.false,
                "precision": _rounded(self.precision)}


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
        return {"documents": self.documents, "words": self.words,
                "seconds": round(self.seconds, 4),
                "documents_per_second": _rounded(self.documents_per_second),
                "words_per_second": _rounded(self.words_per_second)}


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
            "entities": {"documents": self.entity_documents,
                         **{kind: self.entities[kind].to_dict() for kind in ENTITY_KINDS}},
            "rules": [rule.to_dict() for rule in self.rules],
            "speed": self.speed.to_dict() if self.speed else None,
            "errors": [dict(row) for row in self.errors],
        }

    def rules_frame(self) -> pd.DataFrame:
        """The per-rule table, one row per rule id (columns :data:`RULE_COLUMNS`)."""
        frame = pd.DataFrame([rule.to_dict() for rule in self.rules], columns=list(RULE_COLUMNS))
        return frame.astype({"rule": "string", "hits": "int64", "true": "int64",
                             "false": "int64", "precision": "Float64"})

    def errors_frame(self) -> pd.DataFrame:
        """Missed events, false events and field errors (columns :data:`ERROR_COLUMNS`)."""
        return pd.DataFrame(list(self.errors), columns=list(ERROR_COLUMNS), dtype="string")


# --- Scoring -----------------------------------------------------------------------------


def _show(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, (list, tuple, set, frozenset)):
        return ", ".join(sorted(str(v) for v in value))
    return str(value)


def _show_date(record: Mapping[str, Any]) -> str:
    date = record.get("date")
    return f"{date} ({record.get('date_precision')})" if date else "null"


def _field_results(gold: _Event, predicted: _Event) -> dict[str, tuple[bool | None, str, str]]:
    """Per field: correct (None when not scored), gold value and predicted value shown."""
    g, p = gold.record, predicted.record

    def people(event: _Event) -> str:
        return _show([party.name for party in event.parties if party.kind == "person"])

    return {
        "agreement_type": (gold.agreement_type == predicted.agreement_type,
                           gold.agreement_type, predicted.agreement_type),
        "countries": (gold.countries == predicted.countries,
                      _show(gold.countries), _show(predicted.countries)),
        "signers": (gold.surnames == predicted.surnames if gold.surnames else None,
                    people(gold), people(predicted)),
        "date": (date_correct(g, p), _show_date(g), _show_date(p)),
        "location": (location_correct(g.get("location"), p.get("location")),
                     _show(g.get("location")), _show(p.get("location"))),
        "status": (gold.status == predicted.status, gold.status, predicted.status),
    }


def _multiset(events: Sequence[_Event], attribute: str) -> Counter[str]:
    counts: Counter[str] = Counter()
    for event in events:
        counts.update(getattr(event, attribute))
    return counts


def _multiset_scores(gold: Counter[str], predicted: Counter[str]) -> Scores:
    return Scores(sum((gold & predicted).values()), sum(predicted.values()), sum(gold.values()))


def _error(kind: str, release_id: str, event: _Event, **values: str) -> dict[str, str]:
    row = dict.fromkeys(ERROR_COLUMNS, "")
    row.update(kind=kind, release_id=release_id, agreement=str(event.record.get("agreement") or ""),
               rule=str(event.record.get("rule") or ""),
               evidence=str(event.record.get("evidence") or ""), **values)
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

    def add_events(self, release_id: str, gold: list[_Event], predicted: list[_Event]) -> None:
        pairs = _assign(gold, predicted)
        matched_gold = {g for g, _ in pairs}
        matched_predicted = {p for _, p in pairs}
        self.events += Scores(len(pairs), len(predicted), len(gold))
        self.countries += _multiset_scores(_multiset(gold, "countries"),
                                           _multiset(predicted, "countries"))
        self.signers += _multiset_scores(_multiset(gold, "surnames"),
                                         _multiset(predicted, "surnames"))
        for index, event in enumerate(predicted):
            rule = str(event.record.get("rule") or "(none)")
            self.hits[rule] += 1
            self.true[rule] += index in matched_predicted
        self.errors.extend(_error("missed", release_id, event)
                           for index, event in enumerate(gold) if index not in matched_gold)
        self.errors.extend(_error("false", release_id, event)
                           for index, event in enumerate(predicted)
                           if index not in matched_predicted)
        full = 0
        for g, p in pairs:
            results = _field_results(gold[g], predicted[p])
            for name, (correct, gold_value, predicted_value) in results.items():
                if correct is None:
                    continue
                self.scored[name] += 1
                self.correct[name] += correct
                if not correct:
                    self.errors.append(_error("field", release_id, predicted[p], field=name,
                                              gold=gold_value, predicted=predicted_value))
            full += all(results[name][0] is not False
                        for name in ("agreement_type", "countries", "signers", "date"))
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
            raise EvaluationError(Errors.E304.format(
                release_id=release_id, key="events", received=type(events).__name__,
                expected="a list of event records (dicts)"))
        if entities is not None and not isinstance(entities, Mapping):
            raise EvaluationError(Errors.E304.format(
                release_id=release_id, key="entities", received=type(entities).__name__,
                expected="a dict of people, countries and agencies lists"))
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
            [_prepare(e) for e in gold_doc.events if event_status(e) in wanted],
            [_prepare(e) for e in prediction.get("events") or () if event_status(e) in wanted],
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
        rules=tuple(RuleScores(rule, tally.hits[rule], tally.true[rule])
                    for rule in sorted(tally.hits)),
        errors=tuple(tally.errors),
        missing_predictions=missing,
        speed=speed,
    )
