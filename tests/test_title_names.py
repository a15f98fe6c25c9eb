from __future__ import annotations

import pytest

from pipeline.name_shapes import NameShapes
from pipeline.title_names import left_appositive, name_ending_complement, name_line_above

SHAPES = NameShapes(
    cut_words=frozenset({"Secretary", "Minister", "Director", "The", "He"}),
    time_words=frozenset({"May", "Monday"}),
)


def _named(text: str, found: tuple[int, ...] | None) -> str | None:
    return None if found is None else text[found[-2] : found[-1]]


@pytest.mark.parametrize(
    "text, title, minimum, name",
    [
        # The complement's unknown words end where a full name closes it.
        ("Minister of Equipment and Water Nizar Baraka", "Minister of", 2, "Nizar Baraka"),
        ("Envoy for the Horn of Africa Mike Hammer", "Envoy for", 2, "Mike Hammer"),
        # Too few capitalised words before the name: the words may all be the office's.
        ("President of Oh Boy Records", "President of", 2, None),
        # After a place one capitalised word is enough, and the name may end before "and".
        ("Consul General in Lagos Will Stevens", "Consul General", 1, "Will Stevens"),
        (
            "Consul General in Lagos Will Stevens and Nigeria's Minister",
            "Consul General",
            1,
            "Will Stevens",
        ),
    ],
)
def test_name_ending_complement(text, title, minimum, name):
    title_end = len(title)
    greedy_end = text.find(" and ") if " and Nigeria" in text else len(text)
    found = name_ending_complement(SHAPES, text, title_end, greedy_end, minimum)
    assert _named(text, found) == name
    if found is not None:
        assert found[0] <= found[1]  # the complement ends before the name starts


@pytest.mark.parametrize(
    "text, title, name",
    [
        ("Nizar Baraka, Minister of Equipment", "Minister", "Nizar Baraka"),
        ("talks with Ana Ruiz, the former Chilean Minister of Energy", "Minister", "Ana Ruiz"),
        # A place is not a name: "In New York, Secretary ..." opens a sentence.
        ("In New York, Secretary Blinken spoke", "Secretary", None),
        ("Minister of Equipment", "Minister", None),
    ],
)
def test_left_appositive(text, title, name):
    assert _named(text, left_appositive(SHAPES, text, text.index(title))) == name


@pytest.mark.parametrize(
    "text, title, name",
    [
        ("Signed:\n\nMaria Lopez\nDirector of Trade", "Director", "Maria Lopez"),
        ("Maria Lopez\n  \nDirector of Trade", "Director", "Maria Lopez"),
        # The title must open its line, and the line above must be the name alone.
        ("Maria Lopez\nour Director of Trade", "Director", None),
        ("Maria Lopez signed.\nDirector of Trade", "Director", None),
        ("Director of Trade", "Director", None),
    ],
)
def test_name_line_above(text, title, name):
    assert _named(text, name_line_above(SHAPES, text, text.index(title))) == name
