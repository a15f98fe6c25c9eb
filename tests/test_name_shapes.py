from __future__ import annotations

import pytest

from pipeline.name_shapes import (
    NameShapes,
    blank_start,
    capital_segments,
    is_signature,
    next_word,
    previous_word,
    single_given_name,
    skip_blank,
    title_case,
)

SHAPES = NameShapes(
    cut_words=frozenset({"Secretary", "Department", "The", "Minister", "He"}),
    time_words=frozenset({"May", "Monday"}),
)


@pytest.mark.parametrize(
    ("text", "start", "expected"),
    [
        ("met Acting Secretary", 11, (4, "Acting")),
        ("met Acting  Secretary", 12, (4, "Acting")),
        ("met\u00a0Acting\tSecretary", 11, (4, "Acting")),  # no-break space, tab
        ("line one\nActing Secretary", 16, (9, "Acting")),
        ("Secretary", 0, (0, "")),
        ("met Acting,Secretary", 11, (11, "")),  # no blank before: no previous word
        ("x" * 80 + " Secretary", 81, (0, "x" * 80)),  # longer than the fast search
    ],
)
def test_previous_word(text, start, expected):
    assert previous_word(text, start) == expected


def test_blanks():
    assert skip_blank("Minister  Berg", 8) == 10
    assert skip_blank("Minister\nBerg", 8) == 8  # a line break is no blank
    assert blank_start("Berg  said", 6) == 4


def test_title_case_keeps_length_and_numerals():
    assert title_case("SECRETARY MCKAY-REYES II") == "Secretary Mckay-Reyes II"
    assert len(title_case("STRASSE ß")) == len("STRASSE ß")


@pytest.mark.parametrize(
    ("text", "position", "minimum", "expected"),
    [
        ("Dana R. Whitfield said", 0, 1, "Dana R. Whitfield"),
        ("Daniel R. Moore, Jr. met", 0, 1, "Daniel R. Moore, Jr."),
        ("Ursula van der Berg met", 0, 2, "Ursula van der Berg"),
        ("María José de los Santos signed", 0, 2, "María José de los Santos"),
        ("Ulisses Correia e Silva signed", 0, 2, "Ulisses Correia e Silva"),
        ("Ana Ruiz e said", 0, 2, "Ana Ruiz"),  # a particle needs a name word after it
        ("Ana Castillo of El Salvador", 0, 1, "Ana Castillo"),
        ("Whitfield Department", 0, 1, "Whitfield"),  # cut at an org word
        ("Whitfield and", 0, 2, ""),  # one word, two wanted
        ("May Lee spoke", 0, 1, ""),  # a time word does not start a name
        ("Lee May spoke", 0, 1, "Lee May"),  # but may end one
        ("the Minister", 0, 1, ""),
        # A surname spelt like a word that cuts names, before a name word.
        ("He Lifeng said", 0, 2, "He Lifeng"),
        ("He said", 0, 1, ""),
        ("He Secretary", 0, 1, ""),
        # An inner apostrophe belongs to the name, a possessive does not.
        ("Njuguna Ndung'u said", 0, 2, "Njuguna Ndung'u"),
        ("Ana Berg's aide", 0, 2, "Ana Berg"),
    ],
)
def test_name_end(text, position, minimum, expected):
    end = SHAPES.name_end(text, position, minimum)
    assert text[position:end] == expected if end else expected == ""


def test_one_word_after_a_comma_must_end_there():
    assert SHAPES.name_end("Minister, Berg, spoke", 10, 1, comma=True) == 14
    end = SHAPES.name_end("Minister, Berg Lund Hall spoke", 10, 1, comma=True)
    assert end == len("Minister, Berg Lund Hall")  # two words or more need no comma
    assert SHAPES.name_end("Minister, Berg spoke", 10, 1, comma=True) == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Antony J. Blinken, Secretary of State", "Antony J. Blinken"),
        ("The Lucia Ferreira", "Lucia Ferreira"),  # a function word is cut
        ("(Omar Haddad", "Omar Haddad"),
        ("yesterday Haddad", None),  # one word, two wanted
    ],
)
def test_name_start(text, expected):
    end = text.index(",") if "," in text else len(text)
    start = SHAPES.name_start(text, end, 2)
    assert (text[start:end] if start is not None else None) == expected


def test_capital_segments_and_signatures():
    text = "SECRETARY HALE: Thank you.\n\nDANIEL R. MCKAY JR.\nMore text."
    segments = [(text[s:e], whole) for s, e, whole in capital_segments(text)]
    assert segments == [("SECRETARY HALE", False), ("DANIEL R. MCKAY JR.", True)]
    copy = title_case("DANIEL R. MCKAY JR.")
    assert is_signature(copy, len(copy))
    assert not is_signature("Daniel Mckay", len("Daniel Mckay"))


def test_single_given_name():
    assert single_given_name("Abdullah II")
    assert not single_given_name("Faisal bin Farhan")


@pytest.mark.parametrize(
    ("text", "start", "limit", "expected"),
    [
        ("Trade Cabinet Secretary", 0, 14, 6),
        ("Trade  Cabinet Secretary", 0, 15, 7),  # past every space
        ("Trade Cabinet Secretary", 6, 14, 14),  # the next word is the limit itself
        ("Trade Cabinet Secretary", 6, 13, None),  # no space before the limit
    ],
)
def test_next_word(text, start, limit, expected):
    assert next_word(text, start, limit) == expected
