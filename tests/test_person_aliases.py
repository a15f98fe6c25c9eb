from __future__ import annotations

import pytest

from pipeline.person_aliases import phrase_hits


@pytest.mark.parametrize(
    "text, phrase, expected",
    [
        ("Nasser met Nasser's aide.", "Nasser", [(0, 6), (11, 17)]),
        ("Nasserite views; Abdel Nasser spoke.", "Nasser", [(23, 29)]),
        ("Al Owais said. Mr. Al Owais left.", "Al Owais", [(0, 8), (19, 27)]),
        ("No one here.", "Blinken", []),
        ("", "Blinken", []),
    ],
)
def test_phrase_hits_are_whole_words(text, phrase, expected):
    assert phrase_hits(text, phrase) == expected
