"""Hash columns read once per Doc, membership by binary search, the text table."""

from __future__ import annotations

import numpy
import pytest
import spacy

from pipeline.columns import HashSet, lower_column, text_of, texts_of


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("en")


def _hashes(nlp, words):
    return HashSet(nlp.vocab.strings.add(w) for w in words)


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
    assert values.positions(lower_column(doc)).tolist() == expected
    assert values.mask(lower_column(doc)).nonzero()[0].tolist() == expected


@pytest.mark.parametrize("size", [1, 20, HashSet.SHORT, HashSet.SHORT + 1, 5000])
def test_hash_set_agrees_with_numpy_isin(size):
    # Short columns are searched in Python, longer ones with numpy: both the same.
    rng = numpy.random.default_rng(7)
    column = rng.integers(0, 2**63, size, dtype=numpy.uint64)
    # Members from the column, others that share their low 16 bits (the table's key),
    # and random ones.
    members = column[:: 3 if size < 100 else 97]
    twins = (members & numpy.uint64(0xFFFF)) | numpy.uint64(1 << 40)
    values = HashSet([*members.tolist(), *twins.tolist(), *rng.integers(0, 2**63, 50).tolist()])
    assert (values.mask(column) == numpy.isin(column, values.values)).all()
    assert (
        values.positions(column).tolist()
        == numpy.flatnonzero(numpy.isin(column, values.values)).tolist()
    )
    assert values.positions(column).dtype == numpy.intp
    assert not HashSet([]).mask(column).any()
    assert HashSet([]).positions(column).tolist() == []
    # A strided view (a column of a 2-D array) is searched like a copy.
    table = numpy.stack([column, column[::-1]], axis=1)
    assert values.positions(table[:, 0]).tolist() == values.positions(column).tolist()


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


def test_texts_of_reads_known_and_new_hashes_alike(nlp):
    strings = nlp.vocab.strings
    known = strings.add("memorandum")
    text_of(strings, known)  # now in the shared table
    new = strings.add("undersigned-texts-of-probe")
    assert texts_of(strings, [known, new, known]) == [
        "memorandum",
        "undersigned-texts-of-probe",
        "memorandum",
    ]
    assert texts_of(strings, []) == []
