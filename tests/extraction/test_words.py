from __future__ import annotations

import pytest
import spacy

from pipeline.extraction.lexicon import Instrument, Lexicon
from pipeline.extraction.words import first_word_in, is_name_word, lower_words

TEXT = "The United States and El Salvador SIGNED a Memorandum of Understanding on Tuesday."


@pytest.fixture(scope="module")
def doc():
    return spacy.blank("en")(TEXT)


@pytest.mark.parametrize(
    "start, end",
    [(0, 3), (3, 9), (5, 14), (0, 0), (13, 14), (-2, 3), (10, 99)],
)
def test_lower_words_are_the_tokens_lower_forms(doc, start, end):
    expected = [t.lower_ for t in doc[max(start, 0) : min(end, len(doc))]]
    assert lower_words(doc, start, end) == expected


@pytest.mark.parametrize(
    "words, start, end, found",
    [
        (("signed",), 0, 14, 6),  # "SIGNED" as written in capitals
        (("and", "with"), 0, 14, 3),
        (("and",), 4, 14, None),  # after the range start
        (("of",), 0, 9, None),  # past the range end
        (("the",), 0, 14, 0),
    ],
)
def test_first_word_in_gives_the_first_index_in_the_range(doc, words, start, end, found):
    assert first_word_in(doc, words, start, end) == found


def test_an_empty_doc_has_no_words():
    empty = spacy.blank("en")("")
    assert lower_words(empty, 0, 5) == []
    assert first_word_in(empty, ("x",), 0, 5) is None


def test_a_doc_made_again_is_read_again():
    nlp = spacy.blank("en")
    first, second = nlp("one two"), nlp("three four five")
    assert lower_words(first, 0, 2) == ["one", "two"]
    assert lower_words(second, 0, 3) == ["three", "four", "five"]


def test_the_lexicon_shape_follows_its_instruments():
    lexicon = Lexicon()
    assert lexicon.longest_instrument == 1
    assert lexicon.instrument_firsts == frozenset()
    words = ("memorandum", "of", "understanding")
    lexicon.instruments[words] = Instrument(words, "memorandum", False)
    assert lexicon.longest_instrument == 3
    assert lexicon.instrument_firsts == {"memorandum"}


@pytest.mark.parametrize(
    "words, start, end, found",
    [
        (("the", "a"), 0, 14, 7),  # the last of several
        (("the", "a"), 0, 7, 0),  # within the range only
        (("signed",), 0, 14, 6),
        (("with",), 0, 14, None),
        (("the",), 3, 3, None),
    ],
)
def test_last_word_in(doc, words, start, end, found):
    from pipeline.extraction.words import last_word_in

    assert last_word_in(doc, words, start, end) == found


@pytest.mark.parametrize(
    "order", [[(5, 9), (0, 14), (3, 7)], [(0, 14), (5, 9)], [(8, 12), (2, 10)]]
)
def test_ranges_read_in_any_order_give_the_same_words(order):
    doc = spacy.blank("en")(TEXT)
    for start, end in order:
        assert lower_words(doc, start, end) == [t.lower_ for t in doc[start:end]]


def test_a_caller_changing_its_words_changes_no_later_read():
    doc = spacy.blank("en")(TEXT)
    words = lower_words(doc, 0, 4)
    words[0] = "changed"
    again = lower_words(doc, 0, 4)
    again.append("more")
    assert lower_words(doc, 0, 4) == ["the", "united", "states", "and"]


def test_a_retokenised_doc_is_read_again():
    doc = spacy.blank("en")(TEXT)
    assert lower_words(doc, 1, 3) == ["united", "states"]
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[1:3])
    assert lower_words(doc, 1, 3) == ["united states", "and"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kigali", True),
        ("123", True),
        ("U.S.", True),
        ("The", False),
        ("the", False),
        ("in", False),
        ("", False),
    ],
)
def test_is_name_word(text, expected):
    assert is_name_word(text) is expected
