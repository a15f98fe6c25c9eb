from __future__ import annotations

import re

import pytest
import spacy
from spacy.lang.en import English

import pipeline.tokenizer  # noqa: F401

CONFIG = {"nlp": {"tokenizer": {"@tokenizers": "undersigned.Tokenizer.v1"}}}


@pytest.fixture(scope="module")
def nlp():
    return English.from_config(CONFIG)


@pytest.mark.parametrize(
    "text, tokens",
    [
        ("the U.S.-Kazakhstan Agreement", ["the", "U.S.", "-", "Kazakhstan", "Agreement"]),
        ("U.K.-led talks", ["U.K.", "-", "led", "talks"]),
        ("in the U.S. The end.", ["in", "the", "U.S.", "The", "end", "."]),
        (
            "a well-known Washington, D.C. firm",
            ["a", "well", "-", "known", "Washington", ",", "D.C.", "firm"],
        ),
        ("Sept. 20", ["Sept.", "20"]),
        # Ranks: one token each, as English's "Gen." ("Lt" and "." would end a sentence).
        ("Lt. Gen. Ana Ruiz", ["Lt.", "Gen.", "Ana", "Ruiz"]),
        ("Brig. Gen. Ana Ruiz", ["Brig.", "Gen.", "Ana", "Ruiz"]),
        # "a.i." (ad interim) after a title stays whole, so no sentence ends there.
        ("Chargé d'Affaires a.i. Ana Ruiz", ["Chargé", "d'Affaires", "a.i.", "Ana", "Ruiz"]),
    ],
)
def test_abbreviation_hyphens_split(nlp, text, tokens):
    assert [t.text for t in nlp(text)] == tokens


def test_same_tokens_as_spacy_elsewhere(nlp):
    text = (
        "Acting Secretary Kevin K. McAleenan signed the Agreement (CBP) on Sept. 20, 2019 -- today."
    )
    assert [t.text for t in nlp(text)] == [t.text for t in spacy.blank("en")(text)]


def test_round_trip(nlp, tmp_path):
    nlp.to_disk(tmp_path / "p")
    assert [t.text for t in spacy.load(tmp_path / "p")("U.S.-Japan")] == ["U.S.", "-", "Japan"]


def _without_fast_path(nlp):
    """A second tokenizer of the same rules with both shortcuts off."""
    tokenizer = English.from_config(CONFIG).tokenizer
    tokenizer.token_match = None
    tokenizer.suffix_search = tokenizer.suffix_search.search
    return tokenizer


def test_fast_path_is_on_for_english(nlp):
    expected = pipeline.tokenizer.whole_words(nlp.tokenizer.rules)
    assert nlp.tokenizer.token_match.__self__.pattern == expected.__self__.pattern
    assert isinstance(nlp.tokenizer.suffix_search, pipeline.tokenizer.MarkSuffixes)


@pytest.mark.parametrize(
    "text",
    ["cannot,", "(cannot)", "gonna.", "Gonna!", "dont?", "signed, today", "U.S.-Japan"],
)
def test_explain_agrees_with_the_tokens(nlp, text):
    # explain asks token_match before special cases once a prefix or suffix is off.
    assert [token for _, token in nlp.tokenizer.explain(text)] == [t.text for t in nlp(text)]


@pytest.mark.parametrize(
    "chunk, whole",
    [("signed", True), ("Memorandum", True), ("cannot", False), ("gonna", False), ("x1", False)],
)
def test_whole_words_leave_special_cases_to_the_tokenizer(nlp, chunk, whole):
    token_match = nlp.tokenizer.token_match
    assert bool(token_match(chunk)) is whole
    assert bool(token_match.__self__.match(chunk)) is whole  # the pattern a saved one uses


def test_whole_words_refuse_every_special_case_of_letters(nlp):
    rules = nlp.tokenizer.rules
    token_match = pipeline.tokenizer.whole_words(rules)
    letters_only = [key for key in rules if key.isascii() and key.isalpha()]
    assert len(letters_only) > 100  # English has ~300 ("cannot", "Gonna", "dont")
    assert not any(token_match(key) for key in letters_only)
    # Their prefixes and extensions are plain words.
    near = {key[:-1] for key in letters_only} | {key + "s" for key in letters_only}
    near = {word for word in near if word and word not in rules}
    assert all(token_match(word) for word in near)


@pytest.mark.parametrize(
    "chunk, suffix",
    [
        ("said,", ","),
        ("that.", "."),
        ("Yes.", "."),
        ("JCPOA.", "."),  # the English rule for two capitals
        ("inaudible)", ")"),
        ("really?!", "!"),  # not a word and one mark: the rules' own answer
        ("aB.", None),  # English keeps the period after "aB"
        ("5km,", ","),
        ("signed", None),
    ],
)
def test_mark_suffixes_answer_as_the_rules_do(nlp, chunk, suffix):
    search = nlp.tokenizer.suffix_search
    found, expected = search(chunk), search.search(chunk)
    assert (found and found.group()) == (expected and expected.group()) == suffix


@pytest.mark.parametrize(
    "text",
    [
        "cannot gonna Let's don't ain't I'm",
        "Mr Mr. Dr Dr. St. Jan. Sept.",
        "5km 10kg US$5 $20 20% 3rd 1990s",
        "the President's signing; signed: (Agreement) [Memorandum] {x}",
        "e.g. i.e. U.S.-Japan U.K.-led well-known state-of-the-art",
        "visit www.state.gov or https://www.dhs.gov/news today",
        "email press@state.gov!",
        "Côte d'Ivoire Türkiye São Tomé naïve",
        "km kg mph US S s nt a A Rs kr",
        "HELLO...world --dash— 'quoted' \"double\"",
    ],
)
def test_fast_path_gives_the_same_tokens(nlp, text):
    slow = _without_fast_path(nlp)
    assert [t.text for t in nlp(text)] == [t.text for t in slow(text)]


def test_fast_path_same_tokens_on_the_corpus(nlp, root):
    from pipeline.corpus import Release, iter_releases
    from pipeline.nlp import document_text

    texts = [document_text(r) for r in iter_releases([root / "corpus"]) if isinstance(r, Release)]
    assert len(texts) > 20
    slow = _without_fast_path(nlp)
    for text in texts:
        assert [t.text for t in nlp(text)] == [t.text for t in slow(text)]


def test_fast_path_same_tokens_on_dev_releases(nlp, shared):
    import json

    from pipeline.corpus import Release, iter_releases
    from pipeline.nlp import document_text

    gold = (shared / "corpus-real" / "gold-dev.jsonl").read_text(encoding="utf-8")
    dev = {json.loads(line)["id"] for line in gold.splitlines() if line.strip()}
    releases = iter_releases([shared / "corpus-real" / "releases.jsonl"])
    texts = [document_text(r) for r in releases if isinstance(r, Release) and r.id in dev]
    assert len(texts) == len(dev)
    slow = _without_fast_path(nlp)
    changed = [
        text[:60] for text in texts if [t.text for t in nlp(text)] != [t.text for t in slow(text)]
    ]
    assert changed == []


def _english_with_suffixes(before: list[str], after: list[str]):
    """An English pipeline of the rule sets' tokenizer with suffix rules added."""
    suffixes = [*before, *(English.Defaults.suffixes or []), *after]
    defaults = type("Defaults", (English.Defaults,), {"suffixes": suffixes})
    language = type("SuffixEnglish", (English,), {"lang": "en", "Defaults": defaults})
    return language.from_config(CONFIG)


@pytest.mark.parametrize(
    "before, after, text, tokens",
    [
        # A suffix made of letters: the fast path would keep "signing" whole.
        ([], [r"(?<=[a-z]{3})ing"], "signing today", ["sign", "ing", "today"]),
        # "s," as one suffix: a closing mark would not be split alone.
        ([r"(?<=[a-z])s,"], [], "the sides, today", ["the", "side", "s,", "today"]),
    ],
)
def test_shortcuts_off_when_rules_split_letters(before, after, text, tokens):
    nlp = _english_with_suffixes(before, after)
    assert nlp.tokenizer.token_match is None
    assert not isinstance(nlp.tokenizer.suffix_search, pipeline.tokenizer.MarkSuffixes)
    assert [t.text for t in nlp(text)] == tokens


@pytest.mark.parametrize(
    "rule, alone",
    [
        (r"[,;:!?)]|(?<=[a-z])\.", True),
        (r"[,;:!?).]", True),  # "aB." is not the shortcut's to answer
        (r"s,|[,;:!?)]|(?<=[a-z])\.", False),  # "Yes," would give "s,"
        (r",", False),  # no suffix for the other marks
        (r"[,;:!?)]|(?<=[A-Z])\.", False),  # "Yes." would keep its period
    ],
)
def test_marks_split_alone(rule, alone):
    from spacy.tokenizer import Tokenizer

    tokenizer = Tokenizer(English().vocab, suffix_search=re.compile(f"(?:{rule})$").search)
    words = ["said", "aB", "Yes", "that"]
    assert pipeline.tokenizer.marks_split_alone(tokenizer, words) is alone


@pytest.mark.parametrize(
    "rule, whole",
    [
        (r"(?<=[0-9])km", True),  # looks behind at a digit: never in a word of letters
        (r"'s", True),
        (r"(?<=[a-z]{3})ing", False),
        (r"(?<=[A-Z])US", False),  # a run written in the rule, after a letter
        (r"[xyz]", False),
    ],
)
def test_letters_stay_whole(rule, whole):
    from spacy.tokenizer import Tokenizer

    tokenizer = Tokenizer(English().vocab, suffix_search=re.compile(f"(?:{rule})$").search)
    assert pipeline.tokenizer.letters_stay_whole(tokenizer, ["signing", "AUS", "x", "km"]) is whole


def test_fast_path_survives_a_round_trip(nlp, tmp_path):
    nlp.to_disk(tmp_path / "p")
    loaded = spacy.load(tmp_path / "p")
    text = "Secretary Blinken signed the U.S.-Japan agreement, today's 5km."
    assert [t.text for t in loaded(text)] == [t.text for t in nlp(text)]
    assert loaded.tokenizer.token_match("signed")
    assert not loaded.tokenizer.token_match("signed,")
    assert not loaded.tokenizer.token_match("cannot")
    assert loaded.tokenizer.suffix_search("signed,").group() == ","


def test_shortcuts_same_tokens_on_random_text(nlp):
    # Words, marks, digits, quotes, dashes and special cases thrown together: the
    # shortcuts must never change a token (60,000 such texts were compared once; a few
    # thousand run here).
    import random

    rng = random.Random(7)
    alphabet = "abcXYZsS'’.,;:!?)(-–\"“”0123456789$%&/ \néÜß"
    pieces = ["U.S.", "Mr.", "a.m.", "can't", "gonna", "km", "'s", "n't", "e.g.", "...", "--"]
    slow = _without_fast_path(nlp)
    for _ in range(3000):
        parts = [
            rng.choice(pieces)
            if rng.random() < 0.3
            else "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 8)))
            for _ in range(rng.randint(1, 6))
        ]
        text = ("" if rng.random() < 0.5 else " ").join(parts)
        assert [t.text for t in nlp(text)] == [t.text for t in slow(text)], text
