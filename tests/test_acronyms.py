"""Which words an acronym spells: pipeline.acronyms."""

from __future__ import annotations

import pytest

from pipeline.acronyms import long_form, spells


@pytest.mark.parametrize(
    ("acronym", "words", "whole", "expected"),
    [
        ("DHS", ("U.S.", "Department", "of", "Homeland", "Security"), False, True),
        ("DHS", ("U.S.", "Department", "of", "Homeland", "Security"), True, False),
        ("USDHS", ("U.S.", "Department", "of", "Homeland", "Security"), True, True),
        ("DOD", ("Department", "of", "Defense"), True, True),
        ("IADB", ("Inter-American", "Development", "Bank"), True, True),
        ("IDB", ("Inter-American", "Development", "Bank"), True, True),
        ("CSE", ("Supreme", "Electoral", "Council"), True, True),  # letters in another order
        ("MOUs", ("Memorandum", "of", "Understanding"), True, True),
        ("NSA", ("National", "Space", "Science", "Agency"), True, False),
    ],
)
def test_spells(acronym: str, words: tuple[str, ...], whole: bool, expected: bool) -> None:
    assert spells(acronym, words, whole) is expected


@pytest.mark.parametrize(
    ("text", "acronym", "lowercase", "words"),
    [
        (
            "They created the National Space Science Agency (NSSA)",
            "NSSA",
            False,
            ["National", "Space", "Science", "Agency"],
        ),
        (
            "signed a Memorandum of Understanding (MOU)",
            "MOU",
            False,
            ["Memorandum", "of", "Understanding"],
        ),
        ("on maritime domain awareness (MDA)", "MDA", False, None),
        ("on maritime domain awareness (MDA)", "MDA", True, ["maritime", "domain", "awareness"]),
        ("the Electoral Council, (CSE)", "CSE", False, None),
    ],
)
def test_long_form(text: str, acronym: str, lowercase: bool, words: list[str] | None) -> None:
    end = text.index(" (")
    found = long_form(text, end, acronym, lowercase=lowercase)
    if words is None:
        assert found is None
    else:
        assert found is not None and found[1] == words
        assert text[found[0] : end] == " ".join(words)
