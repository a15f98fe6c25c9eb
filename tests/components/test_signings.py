from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy

import pipeline
from pipeline.corpus import Release
from pipeline.errors import RuleSetError
from pipeline.nlp import make_doc

ROOT = Path(__file__).resolve().parents[2]
DEFAULT = ROOT / "models" / "default"
TEXT = (
    "WASHINGTON -- Today, the United States and Costa Rica signed a Memorandum of "
    "Understanding on port security in Washington."
)


def signing_nlp(
    rules_path: Path = DEFAULT / "signing_rules.jsonl",
    lexicon_path: Path = DEFAULT / "lexicon.jsonl",
    places_path: Path | None = DEFAULT / "places.csv",
    **config,
):
    import pipeline.components  # noqa: F401

    nlp = spacy.blank("en")
    nlp.add_pipe("undersigned_sentences")
    nlp.add_pipe("undersigned_countries").initialize(countries_path=DEFAULT / "countries.jsonl")
    nlp.add_pipe("undersigned_dates")
    nlp.add_pipe("undersigned_signings", config=config).initialize(
        rules_path=rules_path, lexicon_path=lexicon_path, places_path=places_path
    )
    return nlp


@pytest.fixture(scope="module")
def nlp():
    return signing_nlp()


def run(nlp, text: str, date: str = "2021-03-03"):
    return nlp(make_doc(nlp, Release(id="r", text=text, date=date)))


def test_finds_the_event(nlp):
    [event] = run(nlp, TEXT)._.signings
    assert (event["agreement_type"], event["countries"], event["date"], event["rule"]) == (
        "memorandum",
        ["CRI", "USA"],
        "2021-03-03",
        "active.signed",
    )


def test_empty_doc(nlp):
    assert run(nlp, "")._.signings == []


def test_doc_without_triggers(nlp):
    assert run(nlp, "The Secretary met the Minister of Foreign Affairs of Ghana.")._.signings == []


def test_pipe_with_two_processes(nlp):
    docs = [make_doc(nlp, Release(id=f"r{i}", text=TEXT, date="2021-03-03")) for i in range(4)]
    results = [(doc._.release_id, len(doc._.signings)) for doc in nlp.pipe(docs, n_process=2)]
    assert results == [(f"r{i}", 1) for i in range(4)]


def test_to_disk_round_trip(nlp, tmp_path):
    nlp.to_disk(tmp_path / "p")
    assert sorted(p.name for p in (tmp_path / "p" / "undersigned_signings").iterdir()) == [
        "lexicon.jsonl",
        "places.csv",
        "signing_rules.jsonl",
    ]
    loaded = spacy.load(tmp_path / "p")
    assert run(loaded, TEXT)._.signings == run(nlp, TEXT)._.signings
    places = loaded.get_pipe("undersigned_signings").lexicon.places
    assert places == nlp.get_pipe("undersigned_signings").lexicon.places
    assert places["Kigali"] == ("RWA", "capital")


def test_a_pipeline_saved_without_places_loads(nlp, tmp_path):
    nlp.to_disk(tmp_path / "p")
    (tmp_path / "p" / "undersigned_signings" / "places.csv").unlink()
    loaded = spacy.load(tmp_path / "p")
    assert loaded.get_pipe("undersigned_signings").lexicon.places == {}
    assert len(run(loaded, TEXT)._.signings) == 1


@pytest.mark.parametrize(
    "places, agreement",
    [
        # With the gazetteer, a known city after a topic word is where it was signed.
        (DEFAULT / "places.csv", "Memorandum of Understanding on Energy Cooperation"),
        (None, "Memorandum of Understanding on Energy Cooperation in Kigali"),
    ],
)
def test_the_place_gazetteer_ends_instrument_names(places, agreement):
    nlp = signing_nlp(places_path=places)
    text = (
        "Rwanda and Costa Rica signed a Memorandum of Understanding on Energy Cooperation in "
        "Kigali on Monday."
    )
    [event] = run(nlp, text)._.signings
    assert event["agreement"] == agreement


@pytest.mark.parametrize(
    "content, pattern",
    [
        ("name,country,kind\nKigali,RWA,capital\n,GHA,city\n", r"E009.*places.csv:3.*'name'"),
        ("name,country,kind\nKigali,Rwanda,capital\n", r"E009.*places.csv:2.*'country'"),
        ("name,country,kind\nKigali,RWA,town\n", r"E009.*places.csv:2.*'kind'"),
        ("city,country,kind\nKigali,RWA,capital\n", r"E011.*places.csv:1"),
        ("name,country,kind\nKigali,RWA,capital,extra\n", r"E011.*places.csv:2"),
    ],
)
def test_bad_places_name_file_and_line(tmp_path, content, pattern):
    path = tmp_path / "places.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RuleSetError, match=pattern):
        signing_nlp(places_path=path)


def test_date_fallback_to_release_date(tmp_path):
    nlp = signing_nlp(date_fallback="release_date")
    [event] = run(
        nlp, "The United States and Costa Rica signed a Memorandum of Understanding."
    )._.signings
    assert (event["date"], event["date_source"]) == ("2021-03-03", "release_date")


def test_bad_date_fallback_is_rejected():
    with pytest.raises(RuleSetError, match="date_fallback.*none \\| occasion \\| release_date"):
        signing_nlp(date_fallback="sometimes")


def write_rules(tmp_path: Path, rules: list[dict | str]) -> Path:
    path = tmp_path / "signing_rules.jsonl"
    path.write_text(
        "\n".join(r if isinstance(r, str) else json.dumps(r) for r in rules) + "\n",
        encoding="utf-8",
    )
    return path


GOOD = {"id": "active.signed", "frame": "active", "pattern": [{"LOWER": "signed"}]}


@pytest.mark.parametrize(
    "rules, pattern",
    [
        ([GOOD, "{oops"], r"E006.*signing_rules.jsonl:2"),
        ([{**GOOD, "frame": "sideways"}], r"E009.*signing_rules.jsonl:1.*frame"),
        ([GOOD, GOOD], r"E009.*signing_rules.jsonl:2.*line 1 has it"),
        ([{**GOOD, "weight": 2}], r"E008.*signing_rules.jsonl:1.*'weight'"),
        ([{"id": "x", "frame": "active"}], r"E007.*signing_rules.jsonl:1.*'pattern'"),
        ([{**GOOD, "pattern": [{"LOWERCASE": "signed"}]}], r"E012.*active.signed"),
        ([{**GOOD, "pattern": [{"OP": "?"}]}], r"E012.*anchor"),
    ],
)
def test_bad_rules_name_file_and_line(tmp_path, rules, pattern):
    with pytest.raises(RuleSetError, match=pattern):
        signing_nlp(rules_path=write_rules(tmp_path, rules))


@pytest.mark.parametrize(
    "line, pattern",
    [
        ('{"kind": "instrument", "text": "pact"}', r"E009.*lexicon.jsonl:2.*type"),
        ('{"kind": "feeling", "text": "hope"}', r"E009.*lexicon.jsonl:2.*kind"),
        ('{"kind": "planned"}', r"E007.*lexicon.jsonl:2.*'text'"),
    ],
)
def test_bad_lexicon_names_file_and_line(tmp_path, line, pattern):
    path = tmp_path / "lexicon.jsonl"
    path.write_text(
        '{"kind": "instrument", "text": "agreement", "type": "agreement"}\n' + line + "\n",
        encoding="utf-8",
    )
    with pytest.raises(RuleSetError, match=pattern):
        signing_nlp(lexicon_path=path)


def test_rule_order_decides_overlaps(tmp_path):
    passive = {
        "id": "passive.signed_by",
        "frame": "passive",
        "pattern": [{"LOWER": "signed"}, {"LOWER": "by"}],
    }
    text = "The Letter of Intent was signed by the United States and Panama."
    first = signing_nlp(rules_path=write_rules(tmp_path, [passive, GOOD]))
    assert [e["rule"] for e in run(first, text)._.signings] == ["passive.signed_by"]
    (tmp_path / "b").mkdir()
    second = signing_nlp(rules_path=write_rules(tmp_path / "b", [GOOD, passive]))
    assert [e["rule"] for e in run(second, text)._.signings] == ["active.signed"]


def test_default_pipeline_records_are_serialisable():
    doc = pipeline.parse(Release(id="r", text=TEXT, date="2021-03-03"))
    assert json.loads(json.dumps(doc._.signings)) == doc._.signings
