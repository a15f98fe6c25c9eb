from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.regex_trees import letter_tree, unit_tree

BLANKS = r"[^\S\r\n]+"
APOSTROPHE = "['’]"


def units(phrase: str) -> list[str]:
    """Units as the title lexicon writes them: escaped characters, apostrophes, blanks."""
    found: list[str] = []
    for word in phrase.split():
        if found:
            found.append(BLANKS)
        found += [APOSTROPHE if c in "'’" else re.escape(c) for c in word]
    return found


def flat(phrases: list[str]) -> str:
    """The flat alternation, longest first, that a tree replaces."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "|".join("".join(units(p)) for p in ordered)


@pytest.mark.parametrize(
    "words, inside, outside",
    [
        (["a"], ["a"], ["", "aa", "b"]),
        (["ab", "abc"], ["ab", "abc"], ["a", "abcd", "abd"]),
        (["do", "dont", "done", "Do"], ["do", "dont", "done", "Do"], ["d", "don", "DO", "dones"]),
        (["can", "cannot", "x"], ["can", "cannot", "x"], ["cann", "canno", "cannots", "xx"]),
        (["a.b", "a+"], ["a.b", "a+"], ["axb", "a", "aa"]),  # marks are escaped
    ],
)
def test_letter_tree_matches_exactly_its_words(words, inside, outside):
    pattern = re.compile(letter_tree(words) + r"\Z")
    assert all(pattern.match(word) for word in inside)
    assert not any(pattern.match(word) for word in outside)


TITLES = [
    "Minister",
    "Minister of Foreign Affairs",
    "Foreign Minister",
    "Prime Minister",
    "Secretary",
    "Secretary of State",
    "Secretary-General",
    "Vice President",
    "President",
    "People's Deputy",
]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Minister of Foreign Affairs Ana Ruiz", "Minister of Foreign Affairs"),
        ("Minister of   Foreign Affairs", "Minister of   Foreign Affairs"),  # any blanks
        ("Minister of Foreign Trade", "Minister"),  # back to the shorter phrase
        ("Secretary-General Guterres", "Secretary-General"),
        ("Secretary of Statecraft", "Secretary"),  # the longer one fails its look-ahead
        ("People’s Deputy Lin", "People’s Deputy"),  # either apostrophe
        ("Presidents", None),
        ("Vice Chair", None),
    ],
)
def test_a_tree_of_units_matches_the_longest_phrase_that_fits(text, expected):
    pattern = re.compile(f"(?:{unit_tree(units(t) for t in TITLES)})(?![\\w-])")
    match = pattern.match(text)
    assert (match.group(0) if match else None) == expected


def test_no_phrases_give_the_empty_expression():
    assert unit_tree([]) == ""
    assert letter_tree([]) == ""


WORDS = st.sampled_from(["of", "Minister", "Mini", "Vice", "State", "Sta", "O'Neil", "a", "ab"])
PHRASES = st.lists(st.lists(WORDS, min_size=1, max_size=3).map(" ".join), min_size=1, max_size=8)


@settings(max_examples=200, deadline=None)
@given(phrases=PHRASES, words=st.lists(WORDS, min_size=1, max_size=5))
def test_a_tree_matches_what_the_flat_alternation_matches(phrases, words):
    # Followed by a look-ahead, as the title expression is, so that backtracking counts.
    tree = re.compile(f"(?:{unit_tree(units(p) for p in phrases)})(?![\\w'-])")
    alternation = re.compile(f"(?:{flat(phrases)})(?![\\w'-])")
    text = " ".join(words)
    for start in range(len(text)):
        found, expected = tree.match(text, start), alternation.match(text, start)
        assert (found and found.span()) == (expected and expected.span()), (text, start)
