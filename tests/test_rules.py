from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline import rules
from pipeline.errors import RuleSetError


def copy_rule_set(tmp_path: Path, root: Path, config_edit=None) -> Path:
    folder = tmp_path / "rules"
    folder.mkdir()
    for source in (root / "models" / "default").rglob("*"):
        if source.is_file():
            target = folder / source.relative_to(root / "models" / "default")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(source.read_bytes())
    if config_edit:
        path = folder / "config.cfg"
        path.write_text(config_edit(path.read_text(encoding="utf-8")), encoding="utf-8")
    return folder


def test_bundled_default_is_found_by_name():
    assert "default" in rules.bundled_rule_sets()
    rule_set = rules.load("default")
    assert rule_set.name == "default"
    assert (rule_set.path / "config.cfg").is_file()


def test_unknown_rule_set_names_the_bundled_ones():
    with pytest.raises(RuleSetError, match=r"E001.*no-such-rules.*default"):
        rules.resolve("no-such-rules")


@pytest.mark.parametrize(
    "edit, pattern",
    [
        (
            lambda t: t.replace(
                'date_fallback = "occasion"', 'date_fallback = "occasion"\ndate_fallbak = "x"'
            ),
            r"E003.*config.cfg:\d+: unknown key 'date_fallbak' in \[components.undersigned_signings\]",
        ),
        (lambda t: t + "\n[surprise]\nkey = 1\n", r"E004.*unknown section \[surprise\]"),
        (
            lambda t: t.replace('description = "', 'descripton = "'),
            r"E003.*'descripton' in \[undersigned\]",
        ),
        (
            lambda t: t.replace(
                'rules_path = "signing_rules.jsonl"', 'rules_file = "signing_rules.jsonl"'
            ),
            r"E003.*'rules_file'.*initialize.components.undersigned_signings",
        ),
        (
            lambda t: t.replace('factory = "undersigned_dates"', 'factory = "undersigned_datez"'),
            r"E005.*undersigned_datez",
        ),
        (lambda t: t.replace("[nlp]", "[nlp\n"), r"E002"),
    ],
)
def test_bad_config_names_file_line_and_key(tmp_path, root, edit, pattern):
    folder = copy_rule_set(tmp_path, root, edit)
    with pytest.raises(RuleSetError, match=pattern):
        rules.load(folder)


def test_unknown_key_error_gives_the_right_line(tmp_path, root):
    folder = copy_rule_set(
        tmp_path,
        root,
        lambda t: t.replace('publisher_country = "USA"', 'publisher_country = "USA"\nbogus = 1'),
    )
    text = (folder / "config.cfg").read_text(encoding="utf-8").splitlines()
    line = next(i for i, row in enumerate(text, start=1) if row.startswith("bogus"))
    with pytest.raises(RuleSetError, match=rf"config.cfg:{line}: unknown key 'bogus'"):
        rules.load(folder)


def test_missing_data_file_is_named(tmp_path, root):
    from pipeline.nlp import build

    folder = copy_rule_set(tmp_path, root)
    (folder / "lexicon.jsonl").unlink()
    with pytest.raises(RuleSetError, match=r"E010.*lexicon.jsonl"):
        build(rules.load(folder))


@pytest.mark.parametrize(
    "lines, pattern",
    [
        (['{"a": 1}', "{not json"], r"E006.*data.jsonl:2"),
        (['{"a": 1}', "", '{"b": 2}'], r"E007.*data.jsonl:3.*'a'"),
        (['{"a": 1, "c": 3}'], r"E008.*data.jsonl:1.*'c'"),
        (['{"a": "one"}'], r"E009.*data.jsonl:1.*'a'.*int"),
        (["[1, 2]"], r"E006.*data.jsonl:1.*not an object"),
    ],
)
def test_read_jsonl_reports_file_and_line(tmp_path, lines, pattern):
    path = tmp_path / "data.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(RuleSetError, match=pattern):
        list(rules.read_jsonl(path, required={"a": int}, optional={"b": int}))


def test_read_jsonl_numbered_counts_blank_lines(tmp_path):
    path = tmp_path / "data.jsonl"
    path.write_text('{"a": 1}\n\n{"a": 2}\n', encoding="utf-8")
    assert [n for n, _ in rules.read_jsonl_numbered(path, required={"a": int})] == [1, 3]


def test_read_csv_checks_header_and_rows(tmp_path):
    path = tmp_path / "data.csv"
    path.write_text("iso3,alias\nSLV,El Salvador\nUSA\n", encoding="utf-8")
    with pytest.raises(RuleSetError, match=r"E011.*data.csv:3"):
        list(rules.read_csv(path, columns=("iso3", "alias")))
    path.write_text("code,alias\n", encoding="utf-8")
    with pytest.raises(RuleSetError, match=r"E011.*data.csv:1"):
        list(rules.read_csv(path, columns=("iso3", "alias")))


def test_write_jsonl_round_trips(tmp_path):
    records = [{"a": 1, "b": "é"}, {"a": 2}]
    rules.write_jsonl(tmp_path / "x.jsonl", records)
    assert [
        json.loads(line) for line in (tmp_path / "x.jsonl").read_text(encoding="utf-8").splitlines()
    ] == records


@pytest.mark.parametrize(
    "lines, pattern",
    [
        (
            ['{"id": "a", "frame": "active"}', '{"id": "b", "frame": "sideways"}'],
            r"E009.*data.jsonl:2.*'frame'.*active \| passive",
        ),
        (
            ['{"id": "a", "frame": "active"}', "", '{"id": "a", "frame": "passive"}'],
            r"E009.*data.jsonl:3.*'id'.*line 1 has it",
        ),
    ],
)
def test_read_jsonl_checks_choices_and_unique_values(tmp_path, lines, pattern):
    path = tmp_path / "data.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(RuleSetError, match=pattern):
        list(
            rules.read_jsonl(
                path,
                required={"id": str, "frame": str},
                choices={"frame": ("active", "passive")},
                unique="id",
            )
        )
