"""The Python API: extract tables from paths or texts, and score them against gold.

>>> import pipeline
>>> tables = pipeline.extract(["corpus/"])          # doctest: +SKIP
>>> tables.events[["agreement", "signers", "date"]]  # doctest: +SKIP
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from . import nlp as nlp_module
from .batch import process_releases
from .corpus import ReadFailure, Release, iter_releases, release_from_text
from .evaluate import Report, evaluate, load_gold
from .records import DocRecords, Tables, failure_record

Input = str | Path | Release


def load(rules: str | Path = "default") -> Language:
    """The spaCy pipeline of a rule set (``"default"``, another bundled name, or a folder)."""
    return nlp_module.load(rules)


def _as_releases(inputs: Input | Iterable[Input]) -> Iterator[Release | ReadFailure]:
    items: Iterable[Input] = [inputs] if isinstance(inputs, (str, Path, Release)) else inputs
    texts = 0
    for item in items:
        if isinstance(item, Release):
            yield item
        elif isinstance(item, Path) or (
            isinstance(item, str) and "\n" not in item and len(item) < 4096 and Path(item).exists()
        ):
            yield from iter_releases([item])
        else:
            texts += 1
            yield release_from_text(str(item), id=f"text-{texts}")


def extract(
    inputs: Input | Iterable[Input],
    *,
    rules: str | Path = "default",
    n_process: int = 1,
    batch_size: int | None = None,
) -> Tables:
    """Extract signing events, parties and entities into pandas tables.

    Args:
        inputs: A path (file or folder), a release's text, a :class:`Release`, or a list
            of them. A string is a path when such a file or folder exists, otherwise
            text (ids ``text-1``, ``text-2``, ...).
        rules: Rule set name or folder.
        n_process: Local worker processes (:class:`pipeline.batch.WorkerPool`).
        batch_size: Documents per batch (the rule set's ``[nlp] batch_size`` when None).

    Returns:
        :class:`~pipeline.records.Tables` with ``events``, ``parties``, ``entities`` and
        ``manifest`` DataFrames (inputs that could not be read are manifest rows with
        status ``error``).
    """
    nlp = load(rules)
    releases: list[Release] = []
    failed: list[DocRecords] = []
    for item in _as_releases(inputs):
        if isinstance(item, ReadFailure):
            failed.append(DocRecords(manifest=failure_record(item.id, item.path, item.reason)))
        else:
            releases.append(item)
    docs = process_releases(nlp, releases, n_process=n_process, batch_size=batch_size)
    return Tables.from_records(docs + failed)


def parse(text_or_release: str | Release, *, rules: str | Path = "default") -> Doc:
    """Run the pipeline over one release and return the Doc (for inspection and pictures)."""
    release = (
        text_or_release
        if isinstance(text_or_release, Release)
        else release_from_text(text_or_release, id="text-1")
    )
    nlp = load(rules)
    return nlp(nlp_module.make_doc(nlp, release))


def predictions(tables: Tables) -> list[dict[str, Any]]:
    """Per-release predictions in the form :func:`pipeline.evaluate.evaluate` scores."""
    by_id: dict[str, dict[str, Any]] = {}
    for release_id in tables.manifest.loc[tables.manifest["status"] == "ok", "id"]:
        by_id[str(release_id)] = {
            "id": str(release_id),
            "events": [],
            "entities": {"people": [], "countries": [], "agencies": []},
        }
    for event in tables.records:
        by_id[event["release_id"]]["events"].append(event)
    kinds = {"PERSON": "people", "COUNTRY": "countries", "AGENCY": "agencies"}
    for row in tables.entities.itertuples(index=False):
        entry = by_id[str(row.release_id)]["entities"][kinds[str(row.label)]]
        if row.normalized not in entry:
            entry.append(str(row.normalized))
    return list(by_id.values())


def score(
    inputs: Input | Iterable[Input],
    gold: str | Path,
    *,
    rules: str | Path = "default",
    statuses: Iterable[str] = ("signed",),
    n_process: int = 1,
) -> tuple[Report, Tables]:
    """Extract from ``inputs`` and score against a gold file; only gold releases are run.

    Returns:
        The report (with speed figures) and the tables it scored.
    """
    gold_docs = load_gold(gold)
    wanted = [r for r in _as_releases(inputs) if isinstance(r, Release) and r.id in gold_docs]
    load(rules)  # load outside the timed region
    started = time.perf_counter()
    tables = extract(wanted, rules=rules, n_process=n_process)
    seconds = time.perf_counter() - started
    words = int(tables.manifest["words"].fillna(0).sum())
    report = evaluate(
        gold_docs,
        predictions(tables),
        statuses=tuple(statuses),
        seconds=seconds,
        words=words,
        documents=len(wanted),
    )
    return report, tables
