"""The ``undersigned`` command: extract, evaluate, compare, rules.

Run ``undersigned COMMAND --help`` for each command's options.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import tracemalloc
from collections.abc import Sequence
from pathlib import Path

from .errors import UndersignedError


def _extract(args: argparse.Namespace) -> int:
    from .batch import run

    result = run(
        args.paths, args.output, rules=args.rules, fmt=args.format, n_process=args.n_process,
        batch_size=args.batch_size, chunk_size=args.chunk_size, resume=args.resume,
        progress=not args.quiet, dask=args.dask or bool(args.scheduler),
        scheduler=args.scheduler, n_workers=args.workers,
    )
    print(f"{result.releases} releases read, {result.failed} failed, {result.skipped} skipped "
          f"(resumed), {result.events} events", file=sys.stderr)
    for name, path in result.outputs.items():
        print(f"  {name:<9} {path}", file=sys.stderr)
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    from .api import score
    from .report import render_report, report_to_json

    statuses = ("signed", "planned", "negated") if args.all_statuses else ("signed",)
    report, _ = score(args.paths, args.gold, rules=args.rules, statuses=statuses,
                      n_process=args.n_process)
    print(report_to_json(report) if args.json else render_report(report, errors=args.errors))
    return 0


def _compare(args: argparse.Namespace) -> int:
    from .api import predictions, score
    from .report import comparison_to_csv, event_diff, render_comparison

    statuses = ("signed", "planned", "negated") if args.all_statuses else ("signed",)
    reports = {}
    tables = {}
    for rules in args.rules:
        name = Path(rules).name or str(rules)
        tracemalloc.start()
        report, table = score(args.paths, args.gold, rules=rules, statuses=statuses)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        reports[name] = report
        tables[name] = table
        reports[name].extra["peak_memory_mb"] = round(peak / 2**20, 1)  # type: ignore[attr-defined]
    names = list(reports)
    diff = event_diff(predictions(tables[names[0]]), predictions(tables[names[-1]]),
                      names=(names[0], names[-1]), statuses=statuses) if len(names) > 1 else None
    if args.json:
        print(json.dumps({"reports": {n: r.to_dict() for n, r in reports.items()},
                          "diff": [] if diff is None else diff.to_dict(orient="records")}, indent=2))
    elif args.csv:
        print(comparison_to_csv(reports), end="")
    else:
        print(render_comparison(reports))
        if diff is not None:
            print(f"\nEvents found by one rule set only ({len(diff)}):")
            print(diff.to_string(index=False, max_colwidth=90) if len(diff) else "  none")
    return 0


def _rules(args: argparse.Namespace) -> int:
    from .rules import bundled_rule_sets, load

    for name in bundled_rule_sets():
        rule_set = load(name)
        print(f"{name:<12} {rule_set.path}\n{'':<12} {rule_set.meta.get('description', '')}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``undersigned`` command."""
    parser = argparse.ArgumentParser(
        prog="undersigned",
        description="Signing events (who signed what, with whom, when, where) from press releases.")
    commands = parser.add_subparsers(dest="command", required=True)

    extract = commands.add_parser("extract", help="extract events, parties and entities to files")
    extract.add_argument("paths", nargs="+", help="files or folders of releases")
    extract.add_argument("-o", "--output", required=True, help="output folder")
    extract.add_argument("--format", default="csv", choices=("csv", "parquet", "jsonl"))
    extract.add_argument("--rules", default="default", help="rule set name or folder")
    extract.add_argument("--n-process", type=int, default=1, help="local worker processes")
    extract.add_argument("--batch-size", type=int, default=32)
    extract.add_argument("--chunk-size", type=int, default=500,
                         help="releases per part file (memory grows with this)")
    extract.add_argument("--resume", action="store_true",
                         help="keep finished chunks in OUTPUT and skip their releases")
    extract.add_argument("--dask", action="store_true", help="run on a local Dask cluster")
    extract.add_argument("--scheduler", help="address of a running Dask scheduler")
    extract.add_argument("--workers", type=int, default=2, help="workers of the local Dask cluster")
    extract.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    extract.set_defaults(handler=_extract)

    evaluate = commands.add_parser("evaluate", help="score extraction against gold annotations")
    evaluate.add_argument("paths", nargs="+", help="files or folders of releases")
    evaluate.add_argument("--gold", required=True, help="gold JSONL (DESIGN.md gold format)")
    evaluate.add_argument("--rules", default="default")
    evaluate.add_argument("--n-process", type=int, default=1)
    evaluate.add_argument("--json", action="store_true", help="machine-readable report")
    evaluate.add_argument("--errors", action="store_true", help="list misses, false events, field errors")
    evaluate.add_argument("--all-statuses", action="store_true",
                          help="score planned and negated events too (status must match)")
    evaluate.set_defaults(handler=_evaluate)

    compare = commands.add_parser("compare", help="compare rule sets on the same gold")
    compare.add_argument("rules", nargs="+", help="two or more rule set names or folders")
    compare.add_argument("--gold", required=True)
    compare.add_argument("--paths", nargs="+", required=True, help="files or folders of releases")
    compare.add_argument("--all-statuses", action="store_true")
    output = compare.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true")
    output.add_argument("--csv", action="store_true")
    compare.set_defaults(handler=_compare)

    rules = commands.add_parser("rules", help="list the bundled rule sets")
    rules.set_defaults(handler=_rules)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``undersigned`` command."""
    args = build_parser().parse_args(argv)
    started = time.perf_counter()
    try:
        status = int(args.handler(args))
    except UndersignedError as exc:
        print(f"undersigned: {exc}", file=sys.stderr)
        return 2
    if getattr(args, "command", "") != "rules":
        print(f"done in {time.perf_counter() - started:.1f}s", file=sys.stderr)
    return status


if __name__ == "__main__":
    sys.exit(main())
