"""Render evaluation reports: terminal tables, JSON and CSV, and rule-set comparisons.

:func:`render_report` prints one :class:`~pipeline.evaluate.Report` (what ``undersigned
evaluate`` shows); :func:`render_comparison` and :func:`comparison_frame` put several side by
side, a column per rule set (``undersigned compare``); :func:`event_diff` lists the events
that one rule set finds and another does not.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import pandas as pd

from .evaluate import ENTITY_KINDS, STATUSES, Report, Scores, event_status, match_events
from .matching import GoldDoc

#: Columns of :func:`event_diff`; ``in_gold`` is "yes"/"no" when a gold is given, else empty.
DIFF_COLUMNS = (
    "release_id",
    "side",
    "status",
    "in_gold",
    "agreement",
    "agreement_type",
    "rule",
    "evidence",
)
_SCORE_COLUMNS = ("true", "predicted", "gold", "precision", "recall", "f1")
_EVIDENCE_WIDTH = 100


def _cell(value: Any) -> str:
    """Format one table cell: ratios to three places, missing values as "-"."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "-"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def _table(rows: Mapping[str, Mapping[str, Any]], columns: Sequence[str]) -> str:
    """A fixed-width table, one row per key of ``rows``, numbers right-aligned."""
    cells = [[_cell(row.get(column)) for column in columns] for row in rows.values()]
    return pd.DataFrame(cells, index=list(rows), columns=list(columns)).to_string()


def _left_aligned(frame: pd.DataFrame) -> str:
    """A fixed-width table of text columns, left-aligned so that evidence reads naturally."""
    columns = [str(column) for column in frame.columns]
    rows = [[str(value) for value in row] for row in frame.itertuples(index=False)]
    lines = [columns, *rows]
    widths = [max(len(line[i]) for line in lines) for i in range(len(columns))]
    return "\n".join(
        "  ".join(f"{cell:<{width}}" for cell, width in zip(line, widths, strict=True)).rstrip()
        for line in lines
    )


def _scores_row(scores: Scores) -> dict[str, Any]:
    return {
        "true": scores.true,
        "predicted": scores.predicted,
        "gold": scores.gold,
        "precision": scores.precision,
        "recall": scores.recall,
        "f1": scores.f1,
    }


def _clip(text: str, width: int = _EVIDENCE_WIDTH) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def render_report(report: Report, *, errors: bool = False) -> str:
    """Render a report as readable fixed-width tables.

    Args:
        report: The report from :func:`pipeline.evaluate.evaluate`.
        errors: Also list missed events, false events and field errors (evidence clipped
            to 100 characters; the JSON and CSV writers keep it whole).

    Returns:
        The text, ending with a newline.
    """
    parts = [
        f"Evaluation: {report.documents} gold releases, statuses {', '.join(report.statuses)}"
        + (
            f"; {len(report.missing_predictions)} without predictions (counted as missed)"
            if report.missing_predictions
            else ""
        ),
        "",
        "Events",
        _table(
            {
                "events": _scores_row(report.events),
                "full events": _scores_row(report.full_events),
                "countries": _scores_row(report.countries),
                "signers": _scores_row(report.signers),
            },
            _SCORE_COLUMNS,
        ),
        "",
        "Fields of matched events",
        _table(
            {
                name: {"correct": acc.correct, "scored": acc.scored, "accuracy": acc.accuracy}
                for name, acc in report.fields.items()
            },
            ("correct", "scored", "accuracy"),
        ),
        "",
        f"Entities ({report.entity_documents} releases with entity sets)",
        _table({kind: _scores_row(report.entities[kind]) for kind in ENTITY_KINDS}, _SCORE_COLUMNS),
        "",
        "Speed",
        _speed_line(report),
        "",
        "Rules",
        _table(
            {rule.rule: rule.to_dict() for rule in report.rules},
            ("hits", "true", "false", "precision"),
        )
        if report.rules
        else "(no events predicted)",
    ]
    if errors:
        parts.extend(_error_sections(report))
    return "\n".join(parts) + "\n"


def _speed_line(report: Report) -> str:
    speed = report.speed
    if speed is None:
        return "(not measured)"

    def rate(value: float | None) -> str:
        return "-" if value is None else f"{value:,.1f}"

    line = f"{speed.documents} documents in {speed.seconds:.2f} s: "
    line += f"{rate(speed.documents_per_second)} documents/s"
    if speed.words is not None:
        line += f"; {speed.words:,} words: {rate(speed.words_per_second)} words/s"
    return line


def _error_sections(report: Report) -> list[str]:
    frame = report.errors_frame()
    frame["evidence"] = frame["evidence"].map(lambda text: _clip(str(text)))
    sections = (
        ("missed", "Missed events (gold, not predicted)", ["release_id", "agreement", "evidence"]),
        (
            "false",
            "False events (predicted, not in gold)",
            ["release_id", "rule", "agreement", "evidence"],
        ),
        (
            "field",
            "Field errors of matched events",
            ["release_id", "field", "gold", "predicted", "rule", "evidence"],
        ),
    )
    parts: list[str] = []
    for kind, title, columns in sections:
        rows = frame.loc[frame["kind"] == kind, columns]
        parts.extend(["", f"{title}: {len(rows)}"])
        if len(rows):
            parts.append(_left_aligned(rows))
    return parts


def report_to_json(report: Report) -> str:
    """The report as indented JSON with stable keys (errors included, evidence whole)."""
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2)


def summary(report: Report) -> dict[str, float | int | None]:
    """The headline figures of a report, flat and in a fixed order (one comparison column)."""
    row: dict[str, float | int | None] = {}
    named = (
        ("events", report.events),
        ("full events", report.full_events),
        ("countries", report.countries),
        ("signers", report.signers),
        *((f"entities {kind}", report.entities[kind]) for kind in ENTITY_KINDS),
    )
    for label, scores in named:
        for column in _SCORE_COLUMNS:
            row[f"{label} {column}"] = _scores_row(scores)[column]
    for name, accuracy in report.fields.items():
        row[f"{name} accuracy"] = accuracy.accuracy
        row[f"{name} scored"] = accuracy.scored
    speed = report.speed
    row["documents/s"] = speed.documents_per_second if speed else None
    row["words/s"] = speed.words_per_second if speed else None
    return {
        key: round(value, 4) if isinstance(value, float) else value for key, value in row.items()
    }


def comparison_frame(
    reports: Mapping[str, Report], extra: Mapping[str, Mapping[str, Any]] | None = None
) -> pd.DataFrame:
    """Headline figures side by side: a row per figure, a column per rule set.

    Args:
        reports: Reports by rule set name, in column order.
        extra: More figures by rule set name (e.g. peak memory), added as the last rows.
    """
    columns: dict[str, dict[str, Any]] = {
        name: {**summary(report), **dict((extra or {}).get(name, {}))}
        for name, report in reports.items()
    }
    index = list(next(iter(columns.values()))) if columns else []
    # Built row by row with dtype object, so that counts stay integers next to ratios.
    rows = [[column.get(figure) for column in columns.values()] for figure in index]
    return pd.DataFrame(rows, index=index, columns=list(columns), dtype=object)


def rules_comparison_frame(reports: Mapping[str, Report]) -> pd.DataFrame:
    """The per-rule tables side by side: a row per rule id, columns (rule set, figure)."""
    frames = {name: report.rules_frame().set_index("rule") for name, report in reports.items()}
    if not frames:
        return pd.DataFrame()
    combined = pd.concat(frames, axis=1).sort_index()
    # A rule one set lacks leaves gaps; nullable integers keep the counts from turning float.
    counts = [column for column in combined.columns if column[1] in ("hits", "true", "false")]
    return combined.astype(dict.fromkeys(counts, "Int64"))


def render_comparison(
    reports: Mapping[str, Report], extra: Mapping[str, Mapping[str, Any]] | None = None
) -> str:
    """Render several rule sets' reports on the same gold side by side.

    Args:
        reports: Reports by rule set name, in column order.
        extra: More figures by rule set name, as for :func:`comparison_frame`.

    Returns:
        The headline table and the per-rule table, ending with a newline.
    """
    figures = comparison_frame(reports, extra).map(_cell)
    rules = rules_comparison_frame(reports)
    parts = ["Comparison on the same gold: " + ", ".join(reports), "", figures.to_string()]
    if not rules.empty:
        shown = rules.astype(object).where(rules.notna(), None).map(_cell)
        parts.extend(["", "Rules (hits, true, false, precision per rule set)", shown.to_string()])
    return "\n".join(parts) + "\n"


def comparison_to_csv(
    reports: Mapping[str, Report], extra: Mapping[str, Mapping[str, Any]] | None = None
) -> str:
    """The comparison table as CSV: a ``figure`` column, then one column per rule set."""
    return comparison_frame(reports, extra).rename_axis("figure").to_csv()


def report_to_csv(report: Report, name: str = "value") -> str:
    """One report's headline figures as CSV (``figure`` and ``name`` columns)."""
    return comparison_to_csv({name: report})


def event_diff(
    predictions_a: Iterable[Mapping[str, Any]],
    predictions_b: Iterable[Mapping[str, Any]],
    *,
    names: tuple[str, str] = ("a", "b"),
    statuses: Iterable[str] = STATUSES,
    release_ids: Iterable[str] | None = None,
    gold: Mapping[str, GoldDoc] | None = None,
) -> pd.DataFrame:
    """Events that one rule set finds and the other does not.

    Events of a release are paired with :func:`pipeline.evaluate.match_events`, the same
    matching the scoring uses (so a pair needs equal statuses); unpaired events are listed.

    Args:
        predictions_a: One rule set's predictions (dicts with ``id`` and ``events``).
        predictions_b: The other rule set's predictions.
        names: How the two sides are called in the ``side`` column.
        statuses: The statuses of the events compared (all by default).
        release_ids: Only these releases (for example the gold's); by default every release
            either side has, in order of first appearance.
        gold: Gold releases by id; when given, ``in_gold`` says whether each listed event
            matches a gold event of its release (of the same statuses).

    Returns:
        One row per unpaired event, columns :data:`DIFF_COLUMNS`.
    """
    wanted = set(statuses)
    by_id_a = {str(p["id"]): p for p in predictions_a}
    by_id_b = {str(p["id"]): p for p in predictions_b}
    if release_ids is None:
        release_ids = dict.fromkeys([*by_id_a, *by_id_b])
    rows = []
    for release_id in release_ids:
        events_a = [
            e for e in by_id_a.get(release_id, {}).get("events") or () if event_status(e) in wanted
        ]
        events_b = [
            e for e in by_id_b.get(release_id, {}).get("events") or () if event_status(e) in wanted
        ]
        pairs = match_events(events_a, events_b)
        paired_a, paired_b = {a for a, _ in pairs}, {b for _, b in pairs}
        gold_events = (
            [e for e in gold[release_id].events if event_status(e) in wanted]
            if gold is not None and release_id in gold
            else []
        )
        sides = ((names[0], events_a, paired_a), (names[1], events_b, paired_b))
        for side, events, paired in sides:
            true = {p for _, p in match_events(gold_events, events)} if gold is not None else set()
            for index, event in enumerate(events):
                if index not in paired:
                    rows.append(
                        {
                            "release_id": release_id,
                            "side": f"{side} only",
                            "status": event_status(event),
                            "in_gold": ("yes" if index in true else "no")
                            if gold is not None
                            else "",
                            **{key: str(event.get(key) or "") for key in DIFF_COLUMNS[4:]},
                        }
                    )
    return pd.DataFrame(rows, columns=list(DIFF_COLUMNS), dtype="string")
