"""Shared Doc helpers: hash columns, membership by binary search, the text table."""

from __future__ import annotations

import numpy
import pytest
import spacy

from pipeline.extensions import lower_column, member_mask, positions_in, text_of


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("en")


def _hashes(nlp, words):
    return numpy.array(sorted({nlp.vocab.strings.add(w) for w in words}), dtype="uint64")


@pytest.mark.parametrize(
    "text, words, expected",
    [
        ("The two ministers signed the agreement.", ["signed"], [3]),
        ("Signed at Jerusalem; signed again.", ["signed"], [0, 4]),
        ("The accord was inked and signed today.", ["inked", "signed", "concluded"], [3, 5]),
        ("No anchor word here.", ["signed"], []),
        ("", ["signed"], []),
        ("The ministers met.", [], []),
        # Hashes above and below every value in the list still fall outside it.
        ("a zzzz signed", ["signed", "mmmm"], [2]),
    ],
)
def test_positions_in_finds_the_lower_case_words(nlp, text, words, expected):
    doc = nlp(text)
    values = _hashes(nlp, [w.lower() for w in words])
    assert positions_in(lower_column(doc), values).tolist() == expected


def test_member_mask_agrees_with_numpy_isin():
    rng = numpy.random.default_rng(7)
    column = rng.integers(0, 2**63, 2000, dtype=numpy.uint64)
    values = numpy.sort(
        numpy.concatenate([column[::97], rng.integers(0, 2**63, 50, dtype="uint64")])
    )
    assert (member_mask(column, values) == numpy.isin(column, values)).all()
    wanted = set(values.tolist())
    assert member_mask(column, values).tolist() == [v in wanted for v in column.tolist()]
    assert not member_mask(column, numpy.zeros(0, dtype="uint64")).any()


def test_lower_column_is_read_once_per_doc(nlp):
    doc = nlp("Secretary Blinken SIGNED the Accords.")
    first = lower_column(doc)
    assert lower_column(doc) is first
    assert [text_of(nlp.vocab.strings, int(h)) for h in first] == [
        "secretary",
        "blinken",
        "signed",
        "the",
        "accords",
        ".",
    ]


def test_lower_column_of_an_empty_doc(nlp):
    assert lower_column(nlp("")).tolist() == []
