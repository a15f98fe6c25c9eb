from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.errors import RuleSetError
from pipeline.people_lexicon import TitleLexicon, load_lexicon

TITLES = [
    {
        "title": "Secretary",
        "kind": "head",
        "complements": ["of", "for"],
        "home": True,
        "plural": "Secretaries",
    },
    {"title": "Cabinet Secretary", "kind": "head", "complements": ["for"], "family": "Secretary"},
    {"title": "Minister", "kind": "head", "complements": ["of", "for"]},
    {"title": "Foreign Minister", "kind": "head", "family": "Minister"},
    {"title": "Queen", "kind": "head", "in_name": True, "gender": "f"},
    {"title": "Acting", "kind": "modifier"},
    {"title": "Deputy", "kind": "modifier"},
    {"title": "Mr.", "kind": "honorific", "gender": "m"},
    {"title": "Dr.", "kind": "honorific"},
    {"title": "Her Excellency", "kind": "honorific", "gender": "f"},
    {"title": "citizens", "kind": "role"},
    {"title": "Fisheries", "kind": "portfolio"},
    {"title": "Development", "kind": "portfolio"},
    {"title": "Foreign", "kind": "portfolio"},
    {"title": "Affairs", "kind": "portfolio"},
]
STOPWORDS = [
    {"word": "Department", "kind": "org"},
    {"word": "The", "kind": "function"},
    {"word": "May", "kind": "time"},
]


@pytest.fixture(scope="module")
def lexicon() -> TitleLexicon:
    return TitleLexicon(TITLES, STOPWORDS)


def _write(path: Path, records: list[object]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_files_round_trip(lexicon, tmp_path):
    lexicon.to_disk(tmp_path / "lexicon")
    loaded = load_lexicon(
        tmp_path / "lexicon" / "titles.jsonl", tmp_path / "lexicon" / "name_stopwords.jsonl"
    )
    assert loaded.title_records == TITLES and loaded.stopword_records == STOPWORDS


def test_missing_file(tmp_path):
    with pytest.raises(RuleSetError, match="E443"):
        load_lexicon(tmp_path / "none.jsonl", None)


def test_bundled_lexicon_loads():
    lexicon = load_lexicon(None, None)
    assert lexicon.entry(lexicon.title_re.match("Secretary of State")).title == "Secretary of State"


@pytest.mark.parametrize(
    ("title", "key"),
    [
        ("Acting Secretary", "secretary"),
        ("Deputy Secretary", "deputy secretary"),
        ("Foreign Minister", "minister"),
        ("SECRETARY", "secretary"),
        ("Chief Whip", "chief whip"),  # not in the lexicon: the title itself
    ],
)
def test_title_key(lexicon, title, key):
    assert lexicon.title_key(title) == key


def test_modifiers_start(lexicon):
    text = "the Acting Deputy Secretary and Deputy\tSecretary"
    assert lexicon.modifiers_start(text, text.index("Secretary")) == text.index("Acting")
    assert lexicon.modifiers_start(text, text.rindex("Secretary")) == text.rindex("Deputy")
    assert lexicon.modifiers_start("said Secretary", 5) == 5


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Minister for Fisheries and Livestock Development Amina Otieno",
            "Minister for Fisheries and Livestock Development",
        ),
        ("Minister of Foreign Affairs Jorge Lima", "Minister of Foreign Affairs"),
        ("Minister for Fisheries Amina Otieno", "Minister for Fisheries"),
        ("Minister for Amina Otieno", "Minister"),
        # Other blanks than one space before the preposition still lead to it.
        ("Minister  of Foreign Affairs Jorge Lima", "Minister  of Foreign Affairs"),
        ("Minister\u00a0of Foreign Affairs Jorge Lima", "Minister\u00a0of Foreign Affairs"),
        ("Minister\tfor Fisheries Amina Otieno", "Minister\tfor Fisheries"),
        # A word that no preposition starts, or none at all, ends the title.
        ("Minister Jorge Lima", "Minister"),
        ("Minister offered", "Minister"),
        ("Minister ", "Minister"),
        ("Minister", "Minister"),
        ("Minister\nof Foreign Affairs", "Minister"),
    ],
)
def test_complement_end(lexicon, text, expected):
    match = lexicon.title_re.match(text)
    end, _ = lexicon.complement_end(text, match.end(), lexicon.entry(match), lambda _: False)
    assert text[:end] == expected


def test_genders(lexicon):
    assert lexicon.title_gender("Queen") == "f"
    assert lexicon.title_gender("Minister") == ""
    text = "Mr. Lee met Her Excellency Dr. Ada Lund and Dr. Tom Ash."
    assert lexicon.gender_before(text, text.index("Lee")) == "m"
    assert lexicon.gender_before(text, text.index("Ada")) == "f"
    assert lexicon.gender_before(text, text.index("Tom")) == ""


def test_skip_honorifics_and_body_prefix(lexicon):
    text = "Minister, Mr. Dr. Berg"
    assert lexicon.skip_honorifics(text, text.index("Mr.")) == text.index("Berg")
    assert lexicon.has_body_prefix("UN Envoy", 3)
    assert not lexicon.has_body_prefix("The Envoy", 4)  # a function word
    assert not lexicon.has_body_prefix("said, Envoy", 6)
