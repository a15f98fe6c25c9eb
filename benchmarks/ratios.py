"""Ratios from one benchmark run: default vs tokenizer and en_core_web_sm; entity stage share.

Usage::

    pytest benchmarks/ --benchmark-only --benchmark-json=bench.json
    python benchmarks/ratios.py bench.json [--check]

Every benchmark records in ``extra_info`` its corpus, what it runs (``kind``:
``tokenizer``, ``stage`` or ``full``), its rule set or model and the corpus' tokens.
Ratios compare runs of one corpus from the same run, by their fastest round (``min``;
the median is shown too). The entity stage's time is also given as a share of the
tokenizer's (the components that find countries, agencies and people, aliases included).
``--check`` exits with status 1 when the default rule set misses a target of the issues:
at least half the tokenizer's throughput, twenty times the full en_core_web_sm
pipeline's, and an entity stage of at most half the tokenizer's time (when measured).
It judges every corpus of the file, or only those named with ``--corpus`` (the targets
concern real releases: ``--corpus dev``; the project corpus is a stress test, see the
README).

The interleaved benchmark (``test_interleaved_ratios``) times the tokenizer, the whole
pipeline and the entity stage in turn, round by round, so that a slow spell of a noisy
machine falls on all three alike; its ratios are printed after the others (``--check``
judges the separate benchmarks, as the issues state the targets).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

TOKENIZER_TARGET = 0.5
SM_TARGET = 20.0
ENTITY_SHARE_TARGET = 0.5


def _find(
    rows: Sequence[Mapping[str, Any]],
    corpus: str,
    kind: str,
    rule_set: str,
    stage: str | None = None,
) -> Mapping[str, Any] | None:
    for row in rows:
        info = row.get("extra_info", {})
        if (
            info.get("corpus") == corpus
            and info.get("kind") == kind
            and info.get("rule_set") == rule_set
            and info.get("stage") == stage
        ):
            return row
    return None


def _label(info: Mapping[str, Any]) -> str:
    """A row's name in the throughput list: "full: sm-hybrid", "stage (sm-hybrid): events"."""
    kind, rule_set, stage = info.get("kind"), info.get("rule_set"), info.get("stage")
    if not stage:
        return f"{kind}: {rule_set}"
    return f"{kind}: {stage}" if rule_set == "default" else f"{kind} ({rule_set}): {stage}"


def ratios(rows: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Per corpus: throughput of each full pipeline and stage, and the two ratios.

    Args:
        rows: Benchmarks as pytest-benchmark's JSON lists them (``extra_info`` and
            ``stats`` with ``min`` and ``median`` seconds).

    Returns:
        One dict per corpus that has a default and a tokenizer run.
    """
    rows = list(rows)
    corpora = dict.fromkeys(row.get("extra_info", {}).get("corpus") for row in rows)
    result = []
    for corpus in corpora:
        default = _find(rows, corpus, "full", "default")
        tokenizer = _find(rows, corpus, "tokenizer", "blank")
        if corpus is None or default is None or tokenizer is None:
            continue
        sm = _find(rows, corpus, "full", "en_core_web_sm")
        entities = _find(rows, corpus, "stage", "default", "entities")
        tokens = default["extra_info"]["tokens"]
        entry: dict[str, Any] = {"corpus": corpus, "tokens": tokens, "throughput": {}}
        for row in rows:
            info = row.get("extra_info", {})
            if info.get("corpus") == corpus and info.get("kind") != "interleaved":
                entry["throughput"][_label(info)] = tokens / row["stats"]["min"]
        for stat in ("min", "median"):
            entry[f"vs_tokenizer_{stat}"] = tokenizer["stats"][stat] / default["stats"][stat]
            entry[f"vs_sm_{stat}"] = (
                sm["stats"][stat] / default["stats"][stat] if sm is not None else None
            )
            entry[f"entities_share_{stat}"] = (
                entities["stats"][stat] / tokenizer["stats"][stat] if entities is not None else None
            )
        result.append(entry)
    return result


def interleaved(rows: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Per corpus: the ratios of the interleaved benchmark, whose sides ran in turn.

    Returns:
        One dict per corpus with such a run: ``vs_tokenizer`` and ``entities_share``,
        each by fastest and by median round.
    """
    result = []
    for row in rows:
        info = row.get("extra_info", {})
        if info.get("kind") != "interleaved":
            continue
        entry: dict[str, Any] = {"corpus": info.get("corpus"), "tokens": info.get("tokens")}
        for stat in ("min", "median"):
            tokenizer = info[f"tokenizer_{stat}"]
            entry[f"vs_tokenizer_{stat}"] = tokenizer / info[f"full_{stat}"]
            entry[f"entities_share_{stat}"] = info[f"entities_{stat}"] / tokenizer
        result.append(entry)
    return result


def format_interleaved(found: Sequence[Mapping[str, Any]]) -> str:
    """The interleaved ratios as readable lines."""
    return "\n".join(
        f"corpus {entry['corpus']}, sides run in turn each round: default / tokenizer "
        f"throughput {entry['vs_tokenizer_min']:.2f} (median {entry['vs_tokenizer_median']:.2f}), "
        f"entity stage / tokenizer time {entry['entities_share_min']:.2f} "
        f"(median {entry['entities_share_median']:.2f})"
        for entry in found
    )


def format_ratios(found: Sequence[Mapping[str, Any]]) -> str:
    """The ratios as readable lines, with the targets."""
    lines = []
    for entry in found:
        lines.append(
            f"corpus {entry['corpus']} ({entry['tokens']:,} tokens), tokens/s by fastest round:"
        )
        for label, rate in entry["throughput"].items():
            lines.append(f"  {label:<38} {rate:>12,.0f}")
        lines.append(
            f"  default / tokenizer throughput: {entry['vs_tokenizer_min']:.2f} "
            f"(median {entry['vs_tokenizer_median']:.2f}; target >= {TOKENIZER_TARGET})"
        )
        if entry["vs_sm_min"] is None:
            lines.append("  default / en_core_web_sm: not measured in this run")
        else:
            lines.append(
                f"  default / en_core_web_sm throughput: {entry['vs_sm_min']:.1f}x "
                f"(median {entry['vs_sm_median']:.1f}x; target >= {SM_TARGET:.0f}x)"
            )
        if entry["entities_share_min"] is not None:
            lines.append(
                f"  entity stage / tokenizer time: {entry['entities_share_min']:.2f} "
                f"(median {entry['entities_share_median']:.2f}; target <= {ENTITY_SHARE_TARGET})"
            )
    return "\n".join(lines)


def report(found: Sequence[Mapping[str, Any]], turns: Sequence[Mapping[str, Any]]) -> str:
    """The separate benchmarks' ratios (:func:`ratios`), then the interleaved ones."""
    return "\n".join(part for part in (format_ratios(found), format_interleaved(turns)) if part)


def missed_targets(found: Sequence[Mapping[str, Any]]) -> list[str]:
    """The targets each corpus misses, as readable lines (empty when it meets them all).

    en_core_web_sm's and the entity stage's are judged when the run measured them.
    """
    missed = []
    for entry in found:
        corpus = entry["corpus"]
        if entry["vs_tokenizer_min"] < TOKENIZER_TARGET:
            missed.append(
                f"corpus {corpus}: default / tokenizer throughput "
                f"{entry['vs_tokenizer_min']:.2f} < {TOKENIZER_TARGET}"
            )
        if entry["vs_sm_min"] is not None and entry["vs_sm_min"] < SM_TARGET:
            missed.append(
                f"corpus {corpus}: default / en_core_web_sm throughput "
                f"{entry['vs_sm_min']:.1f}x < {SM_TARGET:.0f}x"
            )
        share = entry["entities_share_min"]
        if share is not None and share > ENTITY_SHARE_TARGET:
            missed.append(
                f"corpus {corpus}: entity stage / tokenizer time {share:.2f} "
                f"> {ENTITY_SHARE_TARGET}"
            )
    return missed


def meets_targets(found: Sequence[Mapping[str, Any]], corpora: Sequence[str] | None = None) -> bool:
    """Whether every corpus meets the targets (see :func:`missed_targets`).

    Args:
        found: What :func:`ratios` gave.
        corpora: Judge only these corpora (each must be in ``found``); None judges all.
    """
    if corpora is not None and not set(corpora) <= {entry["corpus"] for entry in found}:
        return False
    entries = judged(found, corpora)
    return bool(entries) and not missed_targets(entries)


def judged(
    found: Sequence[Mapping[str, Any]], corpora: Sequence[str] | None = None
) -> list[Mapping[str, Any]]:
    """The entries of the corpora to judge: those named, or all when None."""
    return [entry for entry in found if corpora is None or entry["corpus"] in corpora]


def build_line(rows: list[dict[str, Any]]) -> str:
    """Which code the benchmarks timed: the compiled rule modules or the Python sources."""
    flags = {row.get("extra_info", {}).get("compiled") for row in rows} - {None}
    if not flags:
        return "rule modules: not recorded"
    return "rule modules: " + ", ".join(
        "compiled (mypyc)" if flag else "Python sources" for flag in sorted(flags)
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Print the ratios of a ``--benchmark-json`` file; ``--check`` fails below target."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("json", type=Path, help="file written by --benchmark-json")
    parser.add_argument("--check", action="store_true", help="exit 1 when below the targets")
    parser.add_argument(
        "--corpus",
        action="append",
        help="with --check, judge only this corpus (repeatable; default: every corpus)",
    )
    args = parser.parse_args(argv)
    data = json.loads(args.json.read_text(encoding="utf-8"))
    found = ratios(data.get("benchmarks", []))
    turns = interleaved(data.get("benchmarks", []))
    if not found and not turns:
        print("no default and tokenizer benchmarks of one corpus in this file", file=sys.stderr)
        return 2
    print(build_line(data.get("benchmarks", [])))
    print(report(found, turns))
    if not args.check:
        return 0
    missing = sorted(set(args.corpus or ()) - {entry["corpus"] for entry in found})
    if missing:
        print(f"no separate runs of corpus {', '.join(missing)} in this file", file=sys.stderr)
        return 2
    for line in missed_targets(judged(found, args.corpus)):
        print(f"missed: {line}", file=sys.stderr)
    return 0 if meets_targets(found, args.corpus) else 1


if __name__ == "__main__":
    sys.exit(main())
