"""Read and check gold annotation files (DESIGN.md, "Gold format").

A gold file has one release a line: ``{"id", "events": [...], "entities": {...}}``.
:func:`load_gold` reads it and checks every line (event fields, agreement types, party
kinds, statuses, date forms, entity lists), raising :class:`~pipeline.errors.GoldError`
naming file and line. The vocabularies a gold event may use are defined here.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import Errors, GoldError
from .records import AGREEMENT_TYPES, PARTY_KINDS, STATUSES

ENTITY_KINDS = ("people", "countries", "agencies")
PRECISION_OF_LENGTH = {4: "year", 7: "month", 10: "day"}
_GOLD_KEYS = frozenset({"id", "events", "entities"})
_ISO3 = re.compile(r"[A-Z]{3}")
_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


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
        raise ValueError('not a JSON object; expected {"id": ..., "events": [...]}')
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
    for key, kind in (
        ("agreement", str),
        ("agreement_type", str),
        ("parties", list),
        ("countries", list),
    ):
        if not isinstance(event.get(key), kind):
            raise ValueError(f"{where}: '{key}' is {event.get(key)!r}; expected a {kind.__name__}")
    if event["agreement_type"] not in AGREEMENT_TYPES:
        raise ValueError(
            f"{where}: agreement_type {event['agreement_type']!r}; expected one of "
            f"{', '.join(sorted(AGREEMENT_TYPES))}"
        )
    for party in event["parties"]:
        if not (
            isinstance(party, dict)
            and isinstance(party.get("name"), str)
            and party.get("kind") in PARTY_KINDS
        ):
            raise ValueError(
                f"{where}: party {party!r}; expected an object with a 'name' and a "
                f"'kind' in {', '.join(sorted(PARTY_KINDS))}"
            )
    for country in event["countries"]:
        if not isinstance(country, str) or not _ISO3.fullmatch(country):
            raise ValueError(f"{where}: country {country!r}; expected ISO 3166 alpha-3 ('USA')")
    date, precision = event.get("date"), event.get("date_precision")
    if date is not None and (not isinstance(date, str) or not _DATE.fullmatch(date)):
        raise ValueError(f"{where}: date {date!r}; expected YYYY-MM-DD, YYYY-MM, YYYY or null")
    expected = PRECISION_OF_LENGTH.get(len(date)) if isinstance(date, str) else None
    if precision != expected:
        raise ValueError(
            f"{where}: date_precision {precision!r} does not fit date {date!r}; "
            f"expected {expected!r}"
        )
    if event.get("status", "signed") not in STATUSES:
        raise ValueError(f"{where}: status {event.get('status')!r}; expected one of {STATUSES}")
    for key in ("location", "evidence"):
        if event.get(key) is not None and not isinstance(event[key], str):
            raise ValueError(f"{where}: '{key}' is {event[key]!r}; expected a string or null")
