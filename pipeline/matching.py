"""Normalise names, and pair events and entities one to one.

Gold files are read by :func:`pipeline.gold.load_gold` (still importable from here);
:func:`match_events` pairs the events of one release; :func:`entity_counts` compares the
entity sets of one release. :mod:`pipeline.evaluate` scores with them, and
:func:`pipeline.report.event_diff` compares two rule sets with the same pairing. Everything
here is a pure function of its inputs.

Matching rules:

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
- **Entities.** Releases whose gold has ``entities``; each kind the gold lists is compared as
  sets, one to one, micro-averaged over releases. ``people``: equal after case folding and
  dropping punctuation, else the same surname and first initial ("Joe Biden" ~ "Joseph R.
  Biden Jr."; so "Jill Biden" ~ "Joe Biden" too, a known looseness). ``countries``: ISO3
  exactly. ``agencies``: case folded, punctuation and a leading "the" dropped, a leading
  "U.S.", "US" or "United States" made one form; else an acronym (one word with two or more
  capitals, "DHS", or the "(DHS)" ending a name) equal to the other name's initials: of its
  capitalised words or of all its words but "and", each with and without the "US" prefix
  ("NASA", "DOD", "USCIS").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from nameparser import HumanName

from .gold import (
    AGREEMENT_TYPES,
    ENTITY_KINDS,
    PARTY_KINDS,
    PRECISION_OF_LENGTH,
    STATUSES,
    GoldDoc,
    load_gold,
)

# The gold reader lived here before pipeline.gold; its names stay importable.
__all__ = [
    "AGREEMENT_TYPES",
    "ENTITY_KINDS",
    "PARTY_KINDS",
    "PRECISION_OF_LENGTH",
    "STATUSES",
    "GoldDoc",
    "PreparedEvent",
    "agency_forms",
    "agency_match",
    "assign_events",
    "date_correct",
    "entity_counts",
    "event_status",
    "load_gold",
    "location_correct",
    "match_events",
    "prepare_event",
    "surname",
]

_WORD = re.compile(r"[^\W_]+")
_STOP = frozenset(
    {
        "a",
        "an",
        "the",
        "of",
        "on",
        "for",
        "and",
        "to",
        "in",
        "between",
        "with",
        "by",
        "its",
        "their",
    }
)
_EXPANSIONS = {
    "mou": ("memorandum", "understanding"),
    "mous": ("memorandum", "understanding"),
    "moc": ("memorandum", "cooperation"),
    "loi": ("letter", "intent"),
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
    core = text[us_prefix.end() :] if us_prefix else text
    prefix = "US" if us_prefix else ""
    compact = core.replace(".", "")
    if _ACRONYM.fullmatch(compact) and sum(c.isupper() for c in compact) >= 2:
        written.add(prefix + compact.upper())
    words = re.findall(r"[A-Za-z][\w'-]*", core)
    variants = (
        "".join(w[0] for w in words if w[0].isupper()),
        "".join(w[0] for w in words if w.lower() != "and").upper(),
    )
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
class PreparedEvent:
    """An event record with the normalised forms that matching compares."""

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


def prepare_event(record: Mapping[str, Any]) -> PreparedEvent:
    """Normalise an event record (gold or predicted) once, for matching and scoring."""
    parties = tuple(
        _prepare_party(p) for p in record.get("parties") or () if isinstance(p, Mapping)
    )
    return PreparedEvent(
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
        return a.kind == b.kind and (
            bool(a.country) and a.country == b.country or bool(a.key) and a.key == b.key
        )
    return bool(a.key) and a.key == b.key or _acronym_match(a.name, b.name)


def _pair_score(
    gold: PreparedEvent, predicted: PreparedEvent
) -> tuple[int, int, float, float] | None:
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


def assign_events(
    gold: Sequence[PreparedEvent], predicted: Sequence[PreparedEvent]
) -> list[tuple[int, int]]:
    """Pair prepared events one to one, best-ranked eligible pairs first.

    Returns:
        (gold index, predicted index) pairs, sorted by gold index.
    """
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
    return assign_events([prepare_event(e) for e in gold], [prepare_event(e) for e in predicted])


def date_correct(gold: Mapping[str, Any], predicted: Mapping[str, Any]) -> bool:
    """Whether the predicted date equals the gold date at the gold's precision."""
    gold_date, predicted_date = gold.get("date"), predicted.get("date")
    if not gold_date or not predicted_date:
        return not gold_date and not predicted_date
    gold_date, predicted_date = str(gold_date), str(predicted_date)
    rank = {"year": 1, "month": 2, "day": 3}
    gold_precision = gold.get("date_precision") or PRECISION_OF_LENGTH.get(len(gold_date))
    predicted_precision = predicted.get("date_precision") or PRECISION_OF_LENGTH.get(
        len(predicted_date)
    )
    if rank.get(str(predicted_precision), 0) < rank.get(str(gold_precision), 4):
        return False
    return predicted_date[: len(gold_date)] == gold_date


def location_correct(gold: str | None, predicted: str | None) -> bool:
    """Whether two signing places agree ("Washington" ~ "Washington, D.C.")."""
    if not gold or not predicted:
        return not gold and not predicted
    a, b = (" ".join(s.casefold().replace(".", "").split()) for s in (gold, predicted))
    return (
        a == b
        or a.replace(",", "") == b.replace(",", "")
        or a.startswith(b + ",")
        or b.startswith(a + ",")
    )


# --- Entities ----------------------------------------------------------------------------


def _person_key(name: str) -> str:
    return " ".join(_words(name))


def _person_loose(a: str, b: str) -> bool:
    first_a, first_b = HumanName(a).first, HumanName(b).first
    return (
        bool(first_a)
        and bool(first_b)
        and first_a[0].casefold() == first_b[0].casefold()
        and surname(a) == surname(b)
    )


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
