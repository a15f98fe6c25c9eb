"""The ``undersigned`` command: extract, evaluate, compare, rules.

Run ``undersigned COMMAND --help`` for each command's options.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import Errors, UndersignedError

if TYPE_CHECKING:
    from .batch import RunResult


def _extract(args: argparse.Namespace) -> int:
    from .batch import run

    result = run(
        args.paths,
        args.output,
        rules=args.rules,
        fmt=args.format,
        n_process=args.n_process,
        batch_size=args.batch_size,
        chunk_size=args.chunk_size,
        resume=args.resume,
        progress=not args.quiet,
        dask=args.dask or bool(args.scheduler),
        scheduler=args.scheduler,
        n_workers=args.workers,
    )
    print(
        f"{result.releases} releases read, {result.failed} failed, {result.skipped} skipped "
        f"(resumed), {result.events} events",
        file=sys.stderr,
    )
    for name, path in result.outputs.items():
        print(f"  {name:<9} {path}", file=sys.stderr)
    if not args.quiet:
        _show_reasons(result)
    return 0


def _show_reasons(result: RunResult) -> None:
    """The first failures with their reasons, and where every reason is."""
    manifest = result.outputs["manifest"]
    if result.failures:
        shown = len(result.failures)
        count = f"the first {shown} of {result.failed}" if result.failed > shown else shown
        print(f"failed ({count}):", file=sys.stderr)
        for release_id, reason in result.failures:
            print(f"  {release_id}: {reason}", file=sys.stderr)
        print(f"every failure's reason is in the `reason` column of {manifest}", file=sys.stderr)
    if result.warned:
        print(
            f"{result.warned} read with a warning, a W code in the `reason` column of {manifest}",
            file=sys.stderr,
        )


def _statuses(args: argparse.Namespace) -> tuple[str, ...]:
    return ("signed", "planned", "negated") if args.all_statuses else ("signed",)


def _evaluate(args: argparse.Namespace) -> int:
    from .api import score
    from .report import render_report, report_to_json

    report, _ = score(
        args.paths, args.gold, rules=args.rules, statuses=_statuses(args), n_process=args.n_process
    )
    print(
        report_to_json(report) if args.json else render_report(report, errors=args.errors),
        end="" if not args.json else "\n",
    )
    return 0


def split_rule_sets(items: Sequence[str]) -> tuple[list[str], list[str]]:
    """The leading items that name rule sets (names or folders), and the paths after them.

    ``compare default sm-hybrid --gold G releases/`` reads as ``--paths releases/``: the
    first item that is no rule set starts the releases.
    """
    from .rules import resolve

    for index, item in enumerate(items):
        try:
            resolve(item)
        except UndersignedError:
            return list(items[:index]), list(items[index:])
    return list(items), []


def _compare(args: argparse.Namespace) -> int:
    from .compare import compare
    from .rules import resolve

    rule_sets, paths = split_rule_sets(args.rules)
    if len(rule_sets) < 2 and paths and not Path(paths[0]).exists():
        resolve(paths[0])  # a misspelt rule set: its error names the bundled ones
    paths += args.paths or []
    if not paths:
        raise UndersignedError(Errors.E356.format(received=list(args.rules)))
    comparison = compare(
        rule_sets,
        args.gold,
        paths,
        statuses=_statuses(args),
        n_process=args.n_process,
        isolate=not args.in_process,
    )
    if args.json == "-":
        print(comparison.to_json())
    else:
        print(comparison.render(), end="")
    if args.json and args.json != "-":
        Path(args.json).write_text(comparison.to_json() + "\n", encoding="utf-8")
        print(f"JSON written to {args.json}", file=sys.stderr)
    if args.csv:
        for path in comparison.write_csv(args.csv).values():
            print(f"CSV written to {path}", file=sys.stderr)
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
        description="Signing events (who signed what, with whom, when, where) from press releases.",
    )
    commands = parser.add_subparsers(dest="command", required=True)

    extract = commands.add_parser("extract", help="extract events, parties and entities to files")
    extract.add_argument("paths", nargs="+", help="files or folders of releases")
    extract.add_argument("-o", "--output", required=True, help="output folder")
    extract.add_argument("--format", default="csv", choices=("csv", "parquet", "jsonl"))
    extract.add_argument("--rules", default="default", help="rule set name or folder")
    extract.add_argument("--n-process", type=int, default=1, help="local worker processes")
    extract.add_argument(
        "--batch-size",
        type=int,
        default=None,
        help="documents per nlp.pipe batch (default: the rule set's) and per worker task (32)",
    )
    extract.add_argument(
        "--chunk-size",
        type=int,
        default=500,
        help="releases per part file (memory grows with this)",
    )
    extract.add_argument(
        "--resume",
        action="store_true",
        help="keep finished chunks in OUTPUT and skip their releases",
    )
    extract.add_argument("--dask", action="store_true", help="run on a local Dask cluster")
    extract.add_argument("--scheduler", help="address of a running Dask scheduler")
    extract.add_argument("--workers", type=int, default=2, help="workers of the local Dask cluster")
    extract.add_argument(
        "-q", "--quiet", action="store_true", help="no progress bar, nor the first failures"
    )
    extract.set_defaults(handler=_extract)

    evaluate = commands.add_parser(
        "evaluate",
        help="score extraction against gold annotations",
        description="Run a rule set over the releases a gold file annotates and score it: "
        "event P/R/F1, field accuracy, entity sets, the per-rule table (hits, "
        "true, false, precision) and speed. Releases not in the gold are skipped.",
    )
    evaluate.add_argument("paths", nargs="+", help="files or folders of releases")
    evaluate.add_argument("--gold", required=True, help="gold JSONL (DESIGN.md gold format)")
    evaluate.add_argument("--rules", default="default", help="rule set name or folder")
    evaluate.add_argument("--n-process", type=int, default=1)
    evaluate.add_argument("--json", action="store_true", help="print the report as JSON")
    evaluate.add_argument(
        "--errors",
        action="store_true",
        help="also list missed events, false events and field errors, with "
        "their evidence sentences",
    )
    evaluate.add_argument(
        "--all-statuses",
        action="store_true",
        help="score planned and negated events too (status must match)",
    )
    evaluate.set_defaults(handler=_evaluate)

    compare = commands.add_parser(
        "compare",
        help="compare rule sets on the same gold",
        usage="undersigned compare RULES RULES [RULES ...] --gold GOLD [PATH ...] "
        "[--paths PATH [PATH ...]]",
        description="Run two or more rule sets over the releases a gold file annotates and "
        "show them side by side: event P/R/F1, field accuracy, entity-set F1, "
        "documents and words per second, peak memory; the per-rule tables; and "
        "the event diff (events one rule set finds and the first does not, and "
        "the reverse, with their evidence and whether the gold has them). Each "
        "rule set runs in a fresh process: peak memory is that process's peak "
        "resident set size (ru_maxrss: interpreter, libraries, pipeline and "
        "extraction); speed times the extraction alone.",
        epilog="example: undersigned compare default sm-hybrid "
        "--gold corpus-real/gold-dev.jsonl --paths corpus-real/releases.jsonl "
        "--json compare.json --csv compare-csv/",
    )
    compare.add_argument(
        "rules",
        nargs="+",
        metavar="RULES",
        help="two or more rule set names or folders, the first the baseline of the event diff; "
        "then files or folders of releases (or give those with --paths)",
    )
    compare.add_argument("--gold", required=True, help="gold JSONL (DESIGN.md gold format)")
    compare.add_argument(
        "--paths",
        nargs="+",
        metavar="PATH",
        help="files or folders of releases (only the gold's are run), if not given after the "
        "rule sets",
    )
    compare.add_argument(
        "--all-statuses",
        action="store_true",
        help="score planned and negated events too (status must match)",
    )
    compare.add_argument(
        "--n-process", type=int, default=1, help="local worker processes for each rule set's run"
    )
    compare.add_argument(
        "--json",
        metavar="FILE",
        help="also write everything as JSON to FILE ('-': print it instead of the tables)",
    )
    compare.add_argument(
        "--csv", metavar="FOLDER", help="also write summary.csv, rules.csv and diff.csv into FOLDER"
    )
    compare.add_argument(
        "--in-process",
        action="store_true",
        help="run the rule sets in this process: quicker to start, but "
        "later rule sets find caches warm and memory is not measured",
    )
    compare.set_defaults(handler=_compare)

    rules = commands.add_parser("rules", help="list the bundled rule sets")
    rules.set_defaults(handler=_rules)
    return parser


#: Commands that run pipelines over corpora (not ``rules``, which only reads configs).
_CORPUS_COMMANDS = ("extract", "evaluate", "compare")


def freeze_imports() -> None:
    """Import the pipeline's libraries, then exempt everything alive from cyclic GC.

    Importing spaCy, pandas, dateparser and the rest leaves ~140,000 objects that
    Python's cyclic garbage collector scans again at every full collection, and a run
    over a corpus triggers many: on the dev releases a pass took 545-555 ms at best and
    585-625 ms at the median, against 515-537 and 527-552 with them frozen. Only the
    command does this: it owns its process, where a library call would not.
    """
    import gc

    from . import api, batch, compare  # noqa: F401  (the imports are the point)

    gc.collect()
    gc.freeze()


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``undersigned`` command."""
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if extra:
        # "compare A B --gold G releases/": argparse leaves positionals after an option
        # unparsed; for compare they are the releases (split_rule_sets tells them apart).
        if getattr(args, "command", "") == "compare" and not any(e.startswith("-") for e in extra):
            args.rules = [*args.rules, *extra]
        else:
            parser.error(f"unrecognized arguments: {' '.join(extra)}")
    started = time.perf_counter()
    if getattr(args, "command", "") in _CORPUS_COMMANDS:
        freeze_imports()
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
