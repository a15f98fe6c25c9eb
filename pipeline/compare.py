"""Compare rule sets on the same gold: accuracy field by field and rule by rule, speed, memory.

:func:`compare` runs each rule set over the gold's releases and scores it with
:func:`pipeline.evaluate.evaluate`; :class:`Comparison` renders the result as terminal
tables, JSON or CSV. By default each rule set runs in a fresh process of its own
(``spawn``), so that no rule set profits from caches another one warmed, and so that its
peak memory can be read honestly: the peak resident set size (``ru_maxrss``) of that
process, which includes the interpreter, the libraries, the loaded pipeline and the
extraction. Speed is the extraction alone (reading the releases and loading the rule set
are not timed).
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path
from typing import Any

import pandas as pd

from .errors import Errors, UndersignedError
from .evaluate import Report, evaluate
from .matching import STATUSES, GoldDoc, load_gold
from .report import (
    _left_aligned,
    comparison_frame,
    comparison_to_csv,
    event_diff,
    render_comparison,
    rules_comparison_frame,
)


@dataclass(frozen=True)
class Run:
    """One rule set's pass over the gold's releases (what a worker process sends back).

    Attributes:
        name: The rule set's name (``[undersigned] name``).
        path: Its folder.
        predictions: Per-release predictions, as :func:`pipeline.api.predictions` makes them.
        documents: Releases processed.
        words: Words of those releases (the manifest's count).
        seconds: Time of the extraction (pipeline and tables), loading excluded.
        load_seconds: Time to load the rule set.
        peak_memory_mb: Peak resident set size of the process that ran it, in MiB; None
            when the rule set ran in the caller's process or the platform has no
            ``resource`` module.
    """

    name: str
    path: str
    predictions: list[dict[str, Any]]
    documents: int
    words: int
    seconds: float
    load_seconds: float
    peak_memory_mb: float | None = None


def _peak_rss_mb() -> float | None:
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports KiB, macOS bytes.
    return round(peak / (2**20 if sys.platform == "darwin" else 2**10), 1)


def run_rule_set(
    rules: str,
    paths: Sequence[str],
    release_ids: Iterable[str],
    *,
    n_process: int = 1,
    measure_memory: bool = False,
) -> Run:
    """Extract with one rule set from the releases whose ids are given.

    Args:
        rules: Rule set name or folder.
        paths: Files or folders of releases.
        release_ids: The releases to process (the gold's); others are skipped unread by
            the pipeline.
        n_process: Local worker processes (:class:`pipeline.batch.WorkerPool`).
        measure_memory: Report this process's peak resident set size (only meaningful in
            a fresh process).

    Returns:
        The run's predictions and measurements.
    """
    from . import api
    from .corpus import Release, iter_releases
    from .rules import load

    wanted = set(release_ids)
    releases = [r for r in iter_releases(paths) if isinstance(r, Release) and r.id in wanted]
    rule_set = load(rules)
    started = time.perf_counter()
    api.load(rule_set.path)
    load_seconds = time.perf_counter() - started
    started = time.perf_counter()
    tables = api.extract(releases, rules=rule_set.path, n_process=n_process)
    seconds = time.perf_counter() - started
    return Run(
        name=rule_set.name,
        path=str(rule_set.path),
        predictions=api.predictions(tables),
        documents=len(releases),
        words=int(tables.manifest["words"].fillna(0).sum()),
        seconds=seconds,
        load_seconds=load_seconds,
        peak_memory_mb=_peak_rss_mb() if measure_memory else None,
    )


@dataclass
class Comparison:
    """Reports of several rule sets on one gold, with their runs and the event diff."""

    gold: str
    statuses: tuple[str, ...]
    runs: dict[str, Run]
    reports: dict[str, Report]
    diff: pd.DataFrame = field(default_factory=pd.DataFrame)

    def extra_rows(self) -> dict[str, dict[str, Any]]:
        """Figures of the runs that reports do not hold: memory, load time, counts."""
        return {
            name: {
                "seconds": round(run.seconds, 3),
                "load seconds": round(run.load_seconds, 3),
                "words": run.words,
                "peak memory MiB": run.peak_memory_mb,
            }
            for name, run in self.runs.items()
        }

    def frame(self) -> pd.DataFrame:
        """The headline table: a row per figure, a column per rule set."""
        return comparison_frame(self.reports, extra=self.extra_rows())

    def rules_frame(self) -> pd.DataFrame:
        """The per-rule tables side by side (hits, true, false, precision)."""
        return rules_comparison_frame(self.reports)

    def render(self, *, width: int = 100) -> str:
        """The comparison as readable fixed-width tables, diff included."""
        text = render_comparison(self.reports, extra=self.extra_rows())
        measured = any(run.peak_memory_mb is not None for run in self.runs.values())
        note = (
            "peak memory: peak resident set size (ru_maxrss) of the fresh process that ran "
            "each rule set"
            if measured
            else "peak memory: not measured (the rule sets ran in this process)"
        )
        lines = [
            text.rstrip("\n"),
            "",
            note,
            "",
            f"Event diff (vs {next(iter(self.runs))}): "
            f"{len(self.diff)} events found by one rule set only",
        ]
        if len(self.diff):
            shown = self.diff.copy()
            shown["evidence"] = shown["evidence"].map(lambda s: _clip(str(s), width))
            shown["agreement"] = shown["agreement"].map(lambda s: _clip(str(s), 40))
            columns = [
                "release_id",
                "side",
                "in_gold",
                "rule",
                "agreement_type",
                "agreement",
                "evidence",
            ]
            lines.append(_left_aligned(shown[columns]))
        return "\n".join(lines) + "\n"

    def to_dict(self) -> dict[str, Any]:
        """Everything as JSON-able dicts with stable keys."""
        return {
            "gold": self.gold,
            "statuses": list(self.statuses),
            "rule_sets": {
                name: {
                    "path": run.path,
                    "documents": run.documents,
                    "words": run.words,
                    "seconds": round(run.seconds, 4),
                    "load_seconds": round(run.load_seconds, 4),
                    "peak_memory_mib": run.peak_memory_mb,
                    "report": self.reports[name].to_dict(),
                }
                for name, run in self.runs.items()
            },
            "diff": [
                {key: (None if pd.isna(value) else value) for key, value in row.items()}
                for row in self.diff.to_dict(orient="records")
            ],
        }

    def to_json(self) -> str:
        """:meth:`to_dict` as indented JSON."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)

    def write_csv(self, folder: str | Path) -> dict[str, Path]:
        """Write ``summary.csv``, ``rules.csv`` and ``diff.csv`` into a folder.

        Returns:
            The files written, by table name.
        """
        out = Path(folder)
        out.mkdir(parents=True, exist_ok=True)
        files = {
            "summary": out / "summary.csv",
            "rules": out / "rules.csv",
            "diff": out / "diff.csv",
        }
        files["summary"].write_text(
            comparison_to_csv(self.reports, extra=self.extra_rows()), encoding="utf-8"
        )
        rules = self.rules_frame()
        if not rules.empty:
            rules.columns = [" ".join(str(part) for part in column) for column in rules.columns]
        rules.rename_axis("rule").to_csv(files["rules"])
        self.diff.to_csv(files["diff"], index=False)
        return files


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _runs(
    rule_sets: Sequence[str], paths: Sequence[str], ids: list[str], *, n_process: int, isolate: bool
) -> list[Run]:
    if not isolate:
        return [run_rule_set(rules, paths, ids, n_process=n_process) for rules in rule_sets]
    runs = []
    for rules in rule_sets:
        # A fresh interpreter per rule set: cold caches for each, and its own peak memory.
        with ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn")) as pool:
            runs.append(
                pool.submit(
                    run_rule_set, rules, paths, ids, n_process=n_process, measure_memory=True
                ).result()
            )
    return runs


def compare(
    rule_sets: Sequence[str | Path],
    gold: str | Path,
    paths: Sequence[str | Path],
    *,
    statuses: Iterable[str] = ("signed",),
    n_process: int = 1,
    isolate: bool = True,
) -> Comparison:
    """Run and score several rule sets on the same gold releases.

    Args:
        rule_sets: Two or more rule set names or folders; the first is the baseline of
            the event diff.
        gold: The gold file (DESIGN.md gold format).
        paths: Files or folders holding the gold's releases (others are ignored).
        statuses: Event statuses to score (see :func:`pipeline.evaluate.evaluate`).
        n_process: Local worker processes within each run.
        isolate: Run each rule set in a fresh process (cold caches, peak memory measured);
            False runs them in this process, faster to start, memory not measured.

    Returns:
        The comparison.

    Raises:
        UndersignedError: Fewer than two rule sets (E353), two with one name (E355), or
            no gold release among the inputs (E354).
    """
    from .rules import load

    if len(rule_sets) < 2:
        raise UndersignedError(Errors.E353.format(count=len(rule_sets), received=list(rule_sets)))
    names: dict[str, str] = {}
    for rules in rule_sets:
        rule_set = load(rules)
        if rule_set.name in names:
            raise UndersignedError(
                Errors.E355.format(first=names[rule_set.name], second=rules, name=rule_set.name)
            )
        names[rule_set.name] = str(rules)
    gold_docs = load_gold(gold)
    wanted = tuple(s for s in STATUSES if s in set(statuses))
    runs = _runs(
        [str(r) for r in rule_sets],
        [str(p) for p in paths],
        list(gold_docs),
        n_process=n_process,
        isolate=isolate,
    )
    if not any(run.documents for run in runs):
        raise UndersignedError(
            Errors.E354.format(gold=len(gold_docs), path=gold, paths=[str(p) for p in paths])
        )
    reports = {
        run.name: evaluate(
            gold_docs,
            run.predictions,
            statuses=wanted,
            seconds=run.seconds,
            words=run.words,
            documents=run.documents,
        )
        for run in runs
    }
    return Comparison(
        gold=str(gold),
        statuses=wanted,
        runs={run.name: run for run in runs},
        reports=reports,
        diff=diff_runs(runs, gold_docs, wanted),
    )


def diff_runs(
    runs: Sequence[Run], gold: Mapping[str, GoldDoc], statuses: Iterable[str]
) -> pd.DataFrame:
    """Events each rule set finds and the first does not, and the reverse, with evidence.

    The ``in_gold`` column says whether the event matches a gold event of its release.
    """
    frames = [
        event_diff(
            runs[0].predictions,
            run.predictions,
            names=(runs[0].name, run.name),
            statuses=tuple(statuses),
            release_ids=list(gold),
            gold=gold,
        )
        for run in runs[1:]
    ]
    if not frames:
        return pd.DataFrame()
    return pd.concat(frames, ignore_index=True).drop_duplicates(ignore_index=True)
