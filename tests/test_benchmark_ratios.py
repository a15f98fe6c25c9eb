"""The ratio summary of the benchmarks (``benchmarks/ratios.py``), on hand-made rows."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

import pytest

RATIOS_PATH = Path(__file__).resolve().parents[1] / "benchmarks" / "ratios.py"


@pytest.fixture(scope="module")
def ratios_module() -> Any:
    spec = importlib.util.spec_from_file_location("undersigned_bench_ratios", RATIOS_PATH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def row(kind: str, rule_set: str, seconds: float, stage: str | None = None) -> dict[str, Any]:
    info = {"corpus": "dev", "kind": kind, "rule_set": rule_set, "tokens": 1000}
    if stage:
        info["stage"] = stage
    return {"extra_info": info, "stats": {"min": seconds, "median": seconds * 1.1}}


def rows(default: float, entities: float | None, sm: float | None = 40.0) -> list[dict]:
    found = [row("tokenizer", "blank", 1.0), row("full", "default", default)]
    found.append(row("stage", "default", 0.3, "tokenisation"))
    if entities is not None:
        found.append(row("stage", "default", entities, "entities"))
    if sm is not None:
        found.append(row("full", "en_core_web_sm", sm))
    return found


@pytest.mark.parametrize(
    ("default", "entities", "sm", "meets"),
    [
        (1.6, 0.45, 40.0, True),
        (1.6, 0.5, 40.0, True),
        (1.6, 0.62, 40.0, False),  # the entity stage over half the tokenizer's time
        (2.5, 0.45, 60.0, False),  # the whole pipeline under half its throughput
        (1.6, 0.45, 20.0, False),  # under twenty times en_core_web_sm
        (1.6, None, None, True),  # what a run did not measure is not judged
    ],
)
def test_targets(ratios_module, default, entities, sm, meets):
    found = ratios_module.ratios(rows(default, entities, sm))
    assert len(found) == 1
    entry = found[0]
    assert entry["vs_tokenizer_min"] == pytest.approx(1.0 / default)
    if entities is None:
        assert entry["entities_share_min"] is None
    else:
        assert entry["entities_share_min"] == pytest.approx(entities)
        assert entry["entities_share_median"] == pytest.approx(entities)  # both x 1.1
    assert ratios_module.meets_targets(found) is meets


def test_each_corpus_is_judged_on_its_own_rows(ratios_module):
    other = rows(10.0, 0.9)
    for item in other:
        item["extra_info"]["corpus"] = "project"
    found = {e["corpus"]: e for e in ratios_module.ratios(rows(1.6, 0.45) + other)}
    assert found["dev"]["entities_share_min"] == pytest.approx(0.45)
    assert found["project"]["entities_share_min"] == pytest.approx(0.9)
    assert found["project"]["vs_tokenizer_min"] == pytest.approx(0.1)
    assert not ratios_module.meets_targets(list(found.values()))
    assert ratios_module.meets_targets([found["dev"]])


def test_stages_of_each_rule_set_are_listed_apart(ratios_module):
    found = rows(1.6, 0.45)
    other = row("stage", "sm-hybrid", 0.9, "entities")
    found.append(other)
    [entry] = ratios_module.ratios(found)
    assert entry["throughput"]["stage: entities"] == pytest.approx(1000 / 0.45)
    assert entry["throughput"]["stage (sm-hybrid): entities"] == pytest.approx(1000 / 0.9)
    assert entry["throughput"]["full: default"] == pytest.approx(1000 / 1.6)
    # The entity share is the default rule set's.
    assert entry["entities_share_min"] == pytest.approx(0.45)


@pytest.mark.parametrize(
    ("default", "entities", "sm", "missed"),
    [
        (1.6, 0.45, 40.0, []),
        (1.6, 0.62, 40.0, ["entity stage / tokenizer time 0.62 > 0.5"]),
        (
            2.5,
            0.45,
            40.0,
            ["default / tokenizer throughput 0.40 < 0.5", "en_core_web_sm throughput 16.0x < 20x"],
        ),
    ],
)
def test_check_names_each_missed_target(
    ratios_module, tmp_path, capsys, default, entities, sm, missed
):
    found = ratios_module.ratios(rows(default, entities, sm))
    lines = ratios_module.missed_targets(found)
    assert len(lines) == len(missed)
    assert all(part in line for part, line in zip(missed, lines, strict=True))
    path = tmp_path / "bench.json"
    path.write_text(json.dumps({"benchmarks": rows(default, entities, sm)}), encoding="utf-8")
    assert ratios_module.main([str(path), "--check"]) == (1 if missed else 0)
    err = capsys.readouterr().err
    assert all("missed: corpus dev: " in err and part in err for part in missed)


def test_check_judges_the_named_corpora_only(ratios_module, tmp_path, capsys):
    project = rows(10.0, 0.9)
    for item in project:
        item["extra_info"]["corpus"] = "project"
    found = ratios_module.ratios(rows(1.6, 0.45) + project)
    assert ratios_module.meets_targets(found, ["dev"])
    assert not ratios_module.meets_targets(found, ["dev", "project"])
    assert not ratios_module.meets_targets(found, ["other"])  # not measured: not met
    path = tmp_path / "bench.json"
    path.write_text(json.dumps({"benchmarks": rows(1.6, 0.45) + project}), encoding="utf-8")
    assert ratios_module.main([str(path), "--check"]) == 1  # every corpus by default
    assert ratios_module.main([str(path), "--check", "--corpus", "dev"]) == 0
    assert ratios_module.main([str(path), "--check", "--corpus", "project"]) == 1
    assert ratios_module.main([str(path), "--check", "--corpus", "real"]) == 2
    assert "no separate runs of corpus real" in capsys.readouterr().err


def test_format_and_check(ratios_module, tmp_path, capsys):
    text = ratios_module.format_ratios(ratios_module.ratios(rows(1.6, 0.62)))
    assert "entity stage / tokenizer time: 0.62" in text
    assert "default / tokenizer throughput: 0.62" in text
    path = tmp_path / "bench.json"
    path.write_text(json.dumps({"benchmarks": rows(1.6, 0.62)}), encoding="utf-8")
    assert ratios_module.main([str(path)]) == 0
    assert ratios_module.main([str(path), "--check"]) == 1
    path.write_text(json.dumps({"benchmarks": rows(1.6, 0.4)}), encoding="utf-8")
    assert ratios_module.main([str(path), "--check"]) == 0
    path.write_text(json.dumps({"benchmarks": []}), encoding="utf-8")
    assert ratios_module.main([str(path)]) == 2
    capsys.readouterr()


def interleaved_row(
    corpus: str, tokenizer: tuple[float, float], full: tuple[float, float], entities: tuple
) -> dict[str, Any]:
    """A row of the interleaved benchmark: each side's (fastest, median) round in seconds."""
    info: dict[str, Any] = {"corpus": corpus, "kind": "interleaved", "rule_set": "default"}
    info["tokens"] = 1000
    for side, (fastest, median) in (
        ("tokenizer", tokenizer),
        ("full", full),
        ("entities", entities),
    ):
        info[f"{side}_min"], info[f"{side}_median"] = fastest, median
    return {"extra_info": info, "stats": {"min": 9.0, "median": 9.0}}


def test_interleaved_ratios_read_each_side(ratios_module):
    turns = interleaved_row("dev", (1.0, 1.2), (2.0, 2.0), (0.55, 0.6))
    found = ratios_module.interleaved([*rows(1.6, 0.45), turns])
    assert len(found) == 1
    entry = found[0]
    assert entry["vs_tokenizer_min"] == pytest.approx(0.5)
    assert entry["vs_tokenizer_median"] == pytest.approx(0.6)
    assert entry["entities_share_min"] == pytest.approx(0.55)
    assert entry["entities_share_median"] == pytest.approx(0.5)
    text = ratios_module.format_interleaved(found)
    assert "default / tokenizer throughput 0.50 (median 0.60)" in text
    assert "entity stage / tokenizer time 0.55 (median 0.50)" in text
    # The interleaved run's own time (the whole loop) is no throughput of the pipeline.
    standard = ratios_module.ratios([*rows(1.6, 0.45), turns])
    assert not any("interleaved" in label for label in standard[0]["throughput"])


def test_a_file_with_only_the_interleaved_run_is_read(ratios_module, tmp_path, capsys):
    turns = interleaved_row("dev", (1.0, 1.0), (1.8, 1.9), (0.6, 0.6))
    path = tmp_path / "bench.json"
    path.write_text(json.dumps({"benchmarks": [turns]}), encoding="utf-8")
    assert ratios_module.main([str(path)]) == 0
    assert "sides run in turn" in capsys.readouterr().out
    assert ratios_module.main([str(path), "--check"]) == 1  # no separate runs to judge


@pytest.mark.parametrize(
    "flags, expected",
    [
        ([True, True], "rule modules: compiled (mypyc)"),
        ([False], "rule modules: Python sources"),
        ([None], "rule modules: not recorded"),
        ([False, True], "rule modules: Python sources, compiled (mypyc)"),
    ],
)
def test_the_summary_says_which_code_was_timed(ratios_module, flags, expected):
    rows = []
    for flag in flags:
        timed = row("tokenizer", "blank", 1.0)
        if flag is not None:
            timed["extra_info"]["compiled"] = flag
        rows.append(timed)
    assert ratios_module.build_line(rows) == expected
