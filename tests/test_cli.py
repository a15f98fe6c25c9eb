"""The ``evaluate`` and ``compare`` commands on a small hand-made gold.

Two tiny rule sets are written into tmp_path so that their events are known exactly:
"wide" has the passive and the active signing rules, "narrow" the passive one only. Their
lexicon knows "agreement", "memorandum" and "we" (the United States). Three releases:

- r1 "We signed an agreement ..."   gold: one event   wide: active.signed (true)   narrow: none
- r2 "... the memorandum was signed" gold: one event  both: passive.be_signed (true)
- r3 "We signed a memorandum ..."   gold: no event    wide: active.signed (false)  narrow: none
"""

from __future__ import annotations

import contextlib
import csv
import json
from pathlib import Path
from typing import Any

import pytest

from pipeline import batch
from pipeline.cli import main

ROOT = Path(__file__).resolve().parents[1]
US = {"name": "United States", "kind": "country", "title": None, "country": "USA"}

RELEASES = [
    ("r1", "We signed an agreement on trade with Canada today."),
    ("r2", "Trade Update\n\nWe announced that the memorandum was signed."),
    ("r3", "We signed a memorandum on fisheries yesterday."),
]
GOLD: list[dict[str, Any]] = [
    {
        "id": "r1",
        "events": [
            {
                "agreement": "agreement on trade",
                "agreement_type": "agreement",
                "parties": [US],
                "countries": ["USA"],
                "date": "2024-05-02",
                "date_precision": "day",
                "location": None,
                "evidence": RELEASES[0][1],
            }
        ],
    },
    {
        "id": "r2",
        "events": [
            {
                "agreement": "memorandum",
                "agreement_type": "memorandum",
                "parties": [US],
                "countries": ["USA"],
                "date": None,
                "date_precision": None,
                "location": None,
                "evidence": "We announced that the memorandum was signed.",
            }
        ],
    },
    {"id": "r3", "events": []},
]
LEXICON = [
    {"kind": "instrument", "text": "agreement", "type": "agreement"},
    {"kind": "instrument", "text": "memorandum", "type": "memorandum"},
    {"kind": "self", "text": "we"},
]
CONFIG = """[undersigned]
name = "{name}"
description = "test rule set"

[nlp]
lang = "en"
pipeline = ["undersigned_sentences", "undersigned_signings"]

[components]

[components.undersigned_sentences]
factory = "undersigned_sentences"

[components.undersigned_signings]
factory = "undersigned_signings"

[initialize]

[initialize.components]

[initialize.components.undersigned_signings]
rules_path = "signing_rules.jsonl"
lexicon_path = "lexicon.jsonl"
"""


def write_jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def rule_set(folder: Path, name: str, rule_ids: tuple[str, ...]) -> Path:
    folder.mkdir()
    (folder / "config.cfg").write_text(CONFIG.format(name=name), encoding="utf-8")
    rules = {
        r["id"]: r
        for r in map(
            json.loads,
            (ROOT / "models" / "default" / "signing_rules.jsonl").read_text().splitlines(),
        )
    }
    write_jsonl(folder / "signing_rules.jsonl", [rules[i] for i in rule_ids])
    write_jsonl(folder / "lexicon.jsonl", LEXICON)
    return folder


@pytest.fixture(scope="module")
def setup(tmp_path_factory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("compare")
    releases = write_jsonl(
        base / "releases.jsonl",
        [{"id": i, "text": text, "date": "2024-05-02"} for i, text in RELEASES],
    )
    return {
        "wide": rule_set(base / "wide", "wide", ("passive.be_signed", "active.signed")),
        "narrow": rule_set(base / "narrow", "narrow", ("passive.be_signed",)),
        "gold": write_jsonl(base / "gold.jsonl", GOLD),
        "releases": releases,
        "base": base,
    }


@pytest.fixture(autouse=True)
def _unfrozen():
    # The corpus commands freeze what exists into the GC's permanent generation; the
    # tests run in one process, where the next test's objects must stay collectable.
    import gc

    yield
    gc.unfreeze()


def run(capsys, *argv: str | Path) -> tuple[int, str, str]:
    status = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def compare_json(capsys, setup, *extra: str) -> dict[str, Any]:
    status, out, _ = run(
        capsys,
        "compare",
        setup["wide"],
        setup["narrow"],
        "--gold",
        setup["gold"],
        "--paths",
        setup["releases"],
        "--json",
        "-",
        *extra,
    )
    assert status == 0
    return json.loads(out)


def rules_of(result: dict[str, Any], name: str) -> dict[str, tuple[int, int, int]]:
    return {
        row["rule"]: (row["hits"], row["true"], row["false"])
        for row in result["rule_sets"][name]["report"]["rules"]
    }


def test_compare_counts_each_rule(capsys, setup):
    result = compare_json(capsys, setup, "--in-process")
    assert list(result["rule_sets"]) == ["wide", "narrow"]
    assert rules_of(result, "wide") == {"active.signed": (2, 1, 1), "passive.be_signed": (1, 1, 0)}
    assert rules_of(result, "narrow") == {"passive.be_signed": (1, 1, 0)}
    wide, narrow = (result["rule_sets"][n]["report"]["events"] for n in ("wide", "narrow"))
    assert (wide["true"], wide["predicted"], wide["gold"]) == (2, 3, 2)
    assert (narrow["true"], narrow["predicted"], narrow["gold"]) == (1, 1, 2)
    assert result["rule_sets"]["wide"]["documents"] == 3
    assert result["rule_sets"]["wide"]["peak_memory_mib"] is None  # not measured in-process


def test_compare_diff_lists_the_events_one_side_finds_with_evidence(capsys, setup):
    diff = compare_json(capsys, setup, "--in-process")["diff"]
    rows = sorted(
        (row["release_id"], row["side"], row["in_gold"], row["rule"], row["evidence"])
        for row in diff
    )
    assert rows == [
        ("r1", "wide only", "yes", "active.signed", RELEASES[0][1]),
        ("r3", "wide only", "no", "active.signed", RELEASES[2][1]),
    ]


def test_compare_table_and_csv_files(capsys, setup, tmp_path):
    status, out, err = run(
        capsys,
        "compare",
        setup["wide"],
        setup["narrow"],
        "--gold",
        setup["gold"],
        "--paths",
        setup["releases"],
        "--in-process",
        "--csv",
        tmp_path / "csv",
        "--json",
        tmp_path / "c.json",
    )
    assert status == 0
    assert out.startswith("Comparison on the same gold: wide, narrow")
    assert out.splitlines()[2].split() == ["wide", "narrow"]
    events_f1 = next(line for line in out.splitlines() if line.startswith("events f1"))
    assert events_f1.split()[-2:] == ["0.800", "0.667"]
    assert "Event diff (vs wide): 2 events found by one rule set only" in out
    assert "not measured" in out
    summary = list(csv.reader((tmp_path / "csv" / "summary.csv").open()))
    assert summary[0] == ["figure", "wide", "narrow"]
    assert ["events true", "2", "1"] in summary
    assert {row[0] for row in summary} >= {
        "documents/s",
        "words/s",
        "peak memory MiB",
        "agreement_type accuracy",
        "entities people f1",
    }
    rules = list(csv.DictReader((tmp_path / "csv" / "rules.csv").open()))
    by_rule = {row["rule"]: row for row in rules}
    assert by_rule["active.signed"]["wide hits"] == "2"
    assert by_rule["active.signed"]["narrow hits"] == ""
    diff = list(csv.DictReader((tmp_path / "csv" / "diff.csv").open()))
    assert [row["release_id"] for row in diff] == ["r1", "r3"]
    assert json.loads((tmp_path / "c.json").read_text())["gold"] == str(setup["gold"])
    assert "summary.csv" in err


def test_compare_in_fresh_processes_measures_peak_memory(capsys, setup):
    result = compare_json(capsys, setup)
    for name in ("wide", "narrow"):
        memory = result["rule_sets"][name]["peak_memory_mib"]
        assert memory is not None and 50 < memory < 4000
    assert rules_of(result, "wide")["active.signed"] == (2, 1, 1)


@pytest.mark.parametrize(
    "which, code",
    [("one", "E353"), ("same-name", "E355"), ("no-gold-release", "E354")],
)
def test_compare_errors(capsys, setup, tmp_path, which, code):
    rules = [setup["wide"], setup["narrow"]]
    releases = setup["releases"]
    if which == "one":
        rules = [setup["wide"]]
    elif which == "same-name":
        rules = [setup["wide"], rule_set(tmp_path / "copy", "wide", ("active.signed",))]
    else:
        releases = write_jsonl(tmp_path / "other.jsonl", [{"id": "x9", "text": "Nothing."}])
    status, _, err = run(
        capsys, "compare", *rules, "--gold", setup["gold"], "--paths", releases, "--in-process"
    )
    assert status == 2
    assert f"[{code}]" in err


@pytest.mark.parametrize(
    "order",
    [
        ("wide", "narrow", "--gold", "gold", "releases"),  # as the issue writes it
        ("wide", "narrow", "releases", "--gold", "gold"),
    ],
)
def test_compare_takes_the_releases_after_the_rule_sets(capsys, setup, order):
    argv = [setup.get(item, item) for item in order]
    status, out, _ = run(capsys, "compare", *argv, "--json", "-", "--in-process")
    assert status == 0
    result = json.loads(out)
    assert list(result["rule_sets"]) == ["wide", "narrow"]
    assert rules_of(result, "wide")["active.signed"] == (2, 1, 1)


@pytest.mark.parametrize(
    "argv, code",
    [
        # A misspelt rule set is no release path: its error names the bundled rule sets.
        (("wide", "sm-hybridd", "--gold", "gold", "releases"), "E001"),
        (("wide", "--gold", "gold", "releases"), "E353"),
        (("wide", "narrow", "--gold", "gold"), "E356"),
    ],
)
def test_compare_says_what_is_missing(capsys, setup, argv, code):
    status, _, err = run(capsys, "compare", *[setup.get(a, a) for a in argv], "--in-process")
    assert status == 2
    assert f"[{code}]" in err


def test_other_commands_still_reject_unknown_arguments(capsys, setup):
    with pytest.raises(SystemExit):
        main(["evaluate", str(setup["releases"]), "--gold", str(setup["gold"]), "stray"])
    assert "unrecognized arguments: stray" in capsys.readouterr().err


def test_evaluate_shows_the_rule_table(capsys, setup):
    status, out, _ = run(
        capsys, "evaluate", setup["releases"], "--gold", setup["gold"], "--rules", setup["wide"]
    )
    assert status == 0
    lines = out.splitlines()
    rules_at = lines.index("Rules")
    table = {line.split()[0]: line.split()[1:] for line in lines[rules_at + 2 : rules_at + 4]}
    assert table == {
        "active.signed": ["2", "1", "1", "0.500"],
        "passive.be_signed": ["1", "1", "0", "1.000"],
    }
    assert "Missed events" not in out


def test_evaluate_errors_lists_misses_and_false_events_with_evidence(capsys, setup):
    status, out, _ = run(
        capsys,
        "evaluate",
        setup["releases"],
        "--gold",
        setup["gold"],
        "--rules",
        setup["narrow"],
        "--errors",
    )
    assert status == 0
    missed = out[out.index("Missed events") : out.index("False events")]
    assert "Missed events (gold, not predicted): 1" in missed
    assert "r1" in missed and RELEASES[0][1] in missed
    assert "False events (predicted, not in gold): 0" in out
    status, out, _ = run(
        capsys,
        "evaluate",
        setup["releases"],
        "--gold",
        setup["gold"],
        "--rules",
        setup["wide"],
        "--errors",
    )
    false = out[out.index("False events") : out.index("Field errors")]
    assert "False events (predicted, not in gold): 1" in false
    assert "active.signed" in false and RELEASES[2][1] in false


def test_evaluate_json(capsys, setup):
    status, out, _ = run(
        capsys,
        "evaluate",
        setup["releases"],
        "--gold",
        setup["gold"],
        "--rules",
        setup["wide"],
        "--json",
    )
    assert status == 0
    report = json.loads(out)
    assert report["events"]["true"] == 2
    assert [row["kind"] for row in report["errors"]].count("false") == 1


def _bad_inputs(folder: Path, failures: int) -> Path:
    folder.mkdir()
    lines = [{"id": "good", "text": RELEASES[0][1], "date": "2024-05-02"}]
    lines += [{"id": f"bad-{n}", "title": "no text"} for n in range(1, failures + 1)]
    return write_jsonl(folder / "releases.jsonl", lines)


@pytest.mark.parametrize("failures", [0, 2, 7])
def test_extract_names_the_first_failures_and_where_the_rest_are(capsys, setup, tmp_path, failures):
    releases = _bad_inputs(tmp_path / "in", failures)
    out = tmp_path / "out"
    status, _, err = run(capsys, "extract", releases, "-o", out, "--rules", setup["wide"], "-q")
    assert status == 0
    assert f"1 releases read, {failures} failed" in err
    # -q keeps the list off stderr; the summary stays.
    assert "bad-1" not in err and "reason" not in err
    status, _, err = run(capsys, "extract", releases, "-o", out, "--rules", setup["wide"])
    lines = [line.strip() for line in err.splitlines()]
    listed = [line for line in lines if line.startswith("bad-")]
    assert listed == [
        f"bad-{n}: [E104] line {n + 1}: no 'text' field (or it is empty); each JSONL line "
        "needs an id and a text"
        for n in range(1, min(failures, 5) + 1)
    ]
    pointer = [line for line in lines if "`reason` column" in line]
    if failures:
        shown = f"the first 5 of {failures}" if failures > 5 else str(failures)
        assert f"failed ({shown}):" in lines
        assert pointer == [
            f"every failure's reason is in the `reason` column of {out / 'manifest.csv'}"
        ]
    else:
        assert not pointer and not any(line.startswith("failed") for line in lines)


def test_extract_says_where_the_warnings_are(capsys, setup, tmp_path):
    (tmp_path / "in").mkdir()
    releases = write_jsonl(
        tmp_path / "in" / "releases.jsonl",
        [{"id": "dmy", "text": RELEASES[0][1], "date": "02/05/2024"}],
    )
    out = tmp_path / "out"
    status, _, err = run(capsys, "extract", releases, "-o", out, "--rules", setup["wide"])
    assert status == 0
    assert "1 releases read, 0 failed" in err and "failed (" not in err
    manifest = out / "manifest.csv"
    assert f"1 read with a warning, a W code in the `reason` column of {manifest}" in err


@pytest.mark.parametrize("command, frozen", [("evaluate", True), ("rules", False)])
def test_corpus_commands_freeze_the_imported_objects(capsys, setup, monkeypatch, command, frozen):
    import gc

    calls = []
    monkeypatch.setattr(gc, "freeze", lambda: calls.append("freeze"))
    # Only the command's own freeze is counted, not the one of each pipeline run.
    monkeypatch.setattr(batch, "frozen_heap", contextlib.nullcontext)
    argv = (
        ["evaluate", setup["releases"], "--gold", setup["gold"], "--rules", setup["wide"]]
        if command == "evaluate"
        else ["rules"]
    )
    status, _, _ = run(capsys, *argv)
    assert status == 0
    assert calls == (["freeze"] if frozen else [])
