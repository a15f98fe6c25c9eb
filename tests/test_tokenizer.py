from __future__ import annotations

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
