"""Records and tables: fixed columns and dtypes for events, parties, entities and manifest.

A processed Doc becomes plain dicts (:func:`doc_records`), cheap to send between
processes; lists of those become pandas DataFrames with the same columns and dtypes
every time, empty or not (:func:`frames`). The event record keeps its parties nested
(JSON Lines); the flat events table joins signer and counterparty names and country
codes with ``"; "`` for CSV and Parquet, and the parties table has one row per party.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import repeat
from operator import itemgetter
from typing import Any, cast

import numpy
import pandas as pd
from spacy.tokens import Doc

from .columns import shape_columns
from .extensions import (
    ENTITY_GROUPS,
    cached_spans,
    doc_attr,
    doc_text,
    entity_attrs_table,
    entity_key,
    forget_spans,
)

SCHEMA_VERSION = "1.0"
#: The vocabularies of DESIGN.md's event record, shared by the rules, the gold reader
#: and the writers.
STATUSES = ("signed", "planned", "negated")
AGREEMENT_TYPES = (
    "agreement",
    "memorandum",
    "letter_of_intent",
    "treaty",
    "declaration",
    "joint_statement",
    "protocol",
    "arrangement",
    "accord",
    "compact",
    "convention",
    "charter",
    "pledge",
    "framework",
    "contract",
    "other",
)
PARTY_KINDS = ("person", "country", "agency", "organization")
LABELS = {"people": "PERSON", "countries": "COUNTRY", "agencies": "AGENCY"}

#: Column name -> pandas dtype, in output order.
EVENT_COLUMNS: dict[str, str] = {
    "release_id": "string",
    "event_id": "string",
    "status": "string",
    "agreement": "string",
    "agreement_type": "string",
    "signers": "string",
    "counterparties": "string",
    "countries": "string",
    "date": "string",
    "date_precision": "string",
    "date_source": "string",
    "date_text": "string",
    "location": "string",
    "evidence": "string",
    "start_char": "Int64",
    "end_char": "Int64",
    "rule": "string",
    "confidence": "Float64",
}
PARTY_COLUMNS: dict[str, str] = {
    "release_id": "string",
    "event_id": "string",
    "party_index": "Int64",
    "name": "string",
    "kind": "string",
    "title": "string",
    "country": "string",
    "role": "string",
}
ENTITY_COLUMNS: dict[str, str] = {
    "release_id": "string",
    "label": "string",
    "text": "string",
    "normalized": "string",
    "start_char": "Int64",
    "end_char": "Int64",
    "cluster": "Int64",
    "title": "string",
    "country": "string",
}
MANIFEST_COLUMNS: dict[str, str] = {
    "id": "string",
    "path": "string",
    "status": "string",
    "reason": "string",
    "title": "string",
    "date": "string",
    "source": "string",
    "words": "Int64",
    "events": "Int64",
    "parties": "Int64",
    "entities": "Int64",
}
SEPARATOR = "; "


@dataclass
class DocRecords:
    """Everything one release contributes to the tables."""

    events: list[dict[str, Any]] = field(default_factory=list)
    parties: list[dict[str, Any]] = field(default_factory=list)
    entities: list[dict[str, Any]] = field(default_factory=list)
    manifest: dict[str, Any] = field(default_factory=dict)


def event_records(doc: Doc) -> list[dict[str, Any]]:
    """The Doc's events in DESIGN.md's nested form, with ``release_id`` and ``event_id``."""
    release_id = doc_attr(doc, "release_id") or ""
    records = []
    for number, event in enumerate(doc_attr(doc, "signings") or [], start=1):
        records.append({"release_id": release_id, "event_id": f"{release_id}#{number}", **event})
    return records


#: Sort key of an entity row: its character offsets (a C call, not a lambda per row).
_BY_CHARS = itemgetter(0, 1)


def entity_records(doc: Doc) -> list[dict[str, Any]]:
    """One row per PERSON, COUNTRY and AGENCY mention, with its alias cluster id.

    The cluster id numbers the distinct (label, normalized) pairs of a release in
    order of first mention, so "Kevin K. McAleenan" and a later "McAleenan" share one.
    """
    release_id = doc_attr(doc, "release_id") or ""
    source = doc_text(doc)
    rows: list[tuple[int, int, str, str]] = []
    for group in ENTITY_GROUPS:
        label = LABELS[group]
        rows += [(s.start_char, s.end_char, label, s.kb_id_) for s in cached_spans(doc, group)]
    rows.sort(key=_BY_CHARS)  # stable: a span in two groups keeps the groups' order
    table = entity_attrs_table(doc)
    # A release names the same few entities hundreds of times: each is looked up once.
    known: dict[tuple[str, str], tuple[int, str | None, str | None]] = {}
    records = []
    for start, end, label, kb_id in rows:
        text = source[start:end]  # Span.text would join the tokens again
        normalized = kb_id or text
        found = known.get((label, normalized))
        if found is None:
            attrs = table.get(entity_key(label, normalized), {})
            found = (
                len(known) + 1,
                attrs.get("title") if label == "PERSON" else None,
                normalized if label == "COUNTRY" else attrs.get("country"),
            )
            known[(label, normalized)] = found
        records.append(
            {
                "release_id": release_id,
                "label": label,
                "text": text,
                "normalized": normalized,
                "start_char": start,
                "end_char": end,
                "cluster": found[0],
                "title": found[1],
                "country": found[2],
            }
        )
    return records


def flat_event(event: dict[str, Any]) -> dict[str, Any]:
    """An event row for CSV/Parquet: parties and countries joined into strings."""
    row = {key: event.get(key) for key in EVENT_COLUMNS}
    parties = event.get("parties") or []
    row["signers"] = SEPARATOR.join(p["name"] for p in parties if p.get("role") == "signer") or None
    row["counterparties"] = (
        SEPARATOR.join(p["name"] for p in parties if p.get("role") == "counterparty") or None
    )
    row["countries"] = SEPARATOR.join(event.get("countries") or []) or None
    return row


def party_records(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per party of each event."""
    rows = []
    for event in events:
        for index, party in enumerate(event.get("parties") or []):
            rows.append(
                {
                    "release_id": event["release_id"],
                    "event_id": event["event_id"],
                    "party_index": index,
                    **{k: party.get(k) for k in ("name", "kind", "title", "country", "role")},
                }
            )
    return rows


def word_count(doc: Doc) -> int:
    """Tokens that are neither punctuation nor white space, counted in one array pass."""
    if not len(doc):
        return 0
    columns = shape_columns(doc)
    # A sum along rows costs ten times this on a release's ~1,500 tokens.
    return len(doc) - int(numpy.count_nonzero(columns[:, 1] | columns[:, 2]))


def doc_records(
    doc: Doc, *, path: str | None = None, title: str | None = None, reason: str | None = None
) -> DocRecords:
    """All records of one processed release, its manifest row included.

    The row's status is ``ok``; its reason is the warning of how the release was read,
    if any (:attr:`pipeline.releases.Release.warning`).

    The Doc's cached span lists (:func:`pipeline.extensions.cached_spans`), which the
    entity rows read, are dropped afterwards: a batch is done with the Doc.
    """
    events = event_records(doc)
    parties = party_records(events)
    entities = entity_records(doc)
    forget_spans(doc)
    manifest = {
        "id": doc_attr(doc, "release_id"),
        "path": path,
        "status": "ok",
        "reason": reason,
        "title": title,
        "date": doc_attr(doc, "release_date"),
        "source": doc_attr(doc, "publisher"),
        "words": word_count(doc),
        "events": len(events),
        "parties": len(parties),
        "entities": len(entities),
    }
    return DocRecords(events, parties, entities, manifest)


def failure_record(release_id: str, path: str, reason: str) -> dict[str, Any]:
    """The manifest row of an input that could not be read."""
    return {
        "id": release_id,
        "path": path,
        "status": "error",
        "reason": reason,
        "title": None,
        "date": None,
        "source": None,
        "words": 0,
        "events": 0,
        "parties": 0,
        "entities": 0,
    }


def frame(rows: list[dict[str, Any]], columns: dict[str, str]) -> pd.DataFrame:
    """A DataFrame with exactly ``columns``, in order, with their dtypes.

    Built a column at a time, each in its dtype: a third faster than a frame of the row
    dicts converted afterwards, and a missing key is a missing value. Each column is an
    array, not a Series: the frame then has no indexes to align, and ``dict.get`` mapped
    over the rows spares a Python step per value.
    """
    return pd.DataFrame(
        {
            # pandas' stubs know no overload for a dtype given by name in a variable.
            name: pd.array(cast(Any, list(map(dict.get, rows, repeat(name)))), dtype=dtype)
            for name, dtype in columns.items()
        },
        index=pd.RangeIndex(len(rows)),
    )


#: How many failures a run keeps to show; the manifest has them all.
SHOWN_FAILURES = 5


@dataclass
class Tally:
    """What the records of a run add up to, chunk by chunk.

    Attributes:
        releases: Releases read and processed (manifest rows with status ``ok``).
        failed: Inputs that failed (status ``error``).
        skipped: Releases an earlier run holds (``--resume``).
        events: Event rows.
        warned: Releases read with a warning (an ``ok`` row with a reason).
        failures: The id and reason of the first :data:`SHOWN_FAILURES` failures.
    """

    releases: int = 0
    failed: int = 0
    skipped: int = 0
    events: int = 0
    warned: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)

    def add(self, docs: list[DocRecords], skipped: int = 0) -> None:
        """Count the records of one chunk, and ``skipped`` releases it left out."""
        self.skipped += skipped
        for doc in docs:
            row = doc.manifest
            self.events += len(doc.events)
            if row["status"] == "ok":
                self.releases += 1
                self.warned += bool(row["reason"])
            else:
                self.failed += 1
                if len(self.failures) < SHOWN_FAILURES:
                    self.failures.append((str(row["id"]), str(row["reason"])))


@dataclass
class Tables:
    """The pandas tables of a run: ``events``, ``parties``, ``entities`` and ``manifest``.

    ``records`` keeps each event in its nested form (DESIGN.md's event record).
    """

    events: pd.DataFrame
    parties: pd.DataFrame
    entities: pd.DataFrame
    manifest: pd.DataFrame
    records: list[dict[str, Any]] = field(default_factory=list)

    @classmethod
    def from_records(cls, docs: list[DocRecords]) -> Tables:
        """Assemble tables from per-release records."""
        events = [event for doc in docs for event in doc.events]
        return cls(
            events=frame([flat_event(e) for e in events], EVENT_COLUMNS),
            parties=frame([p for doc in docs for p in doc.parties], PARTY_COLUMNS),
            entities=frame([e for doc in docs for e in doc.entities], ENTITY_COLUMNS),
            manifest=frame([doc.manifest for doc in docs], MANIFEST_COLUMNS),
            records=events,
        )

    def __repr__(self) -> str:
        return (
            f"Tables(events={len(self.events)}, parties={len(self.parties)}, "
            f"entities={len(self.entities)}, releases={len(self.manifest)})"
        )
