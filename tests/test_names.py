from __future__ import annotations

import pytest
from nameparser import HumanName

from pipeline.names import (
    capitalise,
    cluster_names,
    compatible,
    name_parts,
    normal_name,
    written_surname,
)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Marta Lucía Pardo, Jr.", "marta lucia pardo jr"),
        ("J.R.  Littlefield", "j r littlefield"),
        ("Ömer Çelik", "omer celik"),
    ],
)
def test_normal_name(name, expected):
    assert normal_name(name) == expected


def test_names_in_capitals_are_capitalised_by_nameparser():
    assert capitalise("DANIEL R. MCKAY JR.") == "Daniel R. McKay Jr."


@pytest.mark.parametrize(
    ("name", "surname"),
    [
        ("Elena Ruiz Castro", "Castro"),
        ("King Hussein", "Hussein"),
        ("Whitfield", "Whitfield"),
        ("Ursula von der Leyen", "von der Leyen"),
    ],
)
def test_written_surname(name, surname):
    assert written_surname(name) == surname


def test_name_parts_use_nameparser():
    parts = name_parts("Joseph R. Biden, Jr.")
    assert (parts.surname, parts.given, parts.size) == ("biden", "joseph", 4)
    assert name_parts("King Abdullah II").surname == "abdullah"
    assert name_parts("Ursula von der Leyen").surname == "von der leyen"
    assert name_parts("Ursula von der Leyen").content == ("ursula", "leyen")


@pytest.mark.parametrize("word", ["Blinken", "King", "Jr.", "Nasser’s", "Ó", "McAleenan"])
def test_one_word_names_are_parsed_as_nameparser_would(word):
    # One word skips the parser; the parts must be the ones it would give.
    human = HumanName(word)
    surname = normal_name(human.last) or normal_name(human.first) or normal_name(word)
    parts = name_parts(word)
    assert (parts.surname, parts.given) == (surname, "")
    assert written_surname(word) == (human.last or word)


@pytest.mark.parametrize(
    ("short", "full", "expected"),
    [
        ("Blinken", "Antony J. Blinken", True),
        ("Antony Blinken", "Antony J. Blinken", True),
        ("Joe Biden", "Joseph R. Biden, Jr.", True),
        ("A. Blinken", "Antony J. Blinken", True),
        ("Mark Stone", "Karen Stone", False),
        ("Lee", "Lee Wen Jie", True),
        ("Ruiz", "Elena Ruiz Castro", True),
        ("Al Owais", "Abdul Rahman Al Owais", True),
        ("Moussa Diallo", "Moussa Diallo Faye", True),
        ("von der Leyen", "Ursula von der Leyen", True),
        ("Stone", "Karen Moss", False),
        ("der", "Ursula von der Leyen", False),
    ],
)
def test_name_compatibility(short, full, expected):
    assert compatible(name_parts(short), name_parts(full)) is expected


def test_cluster_names_pick_the_fullest_form():
    canonical = cluster_names(
        ["Stone", "Mark Stone", "Karen Stone", "Ash"],
        {"Stone": {"ambassador"}, "Mark Stone": {"ambassador"}},
    )
    assert canonical == {
        "Mark Stone": "Mark Stone",
        "Karen Stone": "Karen Stone",
        "Stone": "Mark Stone",
        "Ash": "Ash",
    }


def test_cluster_names_join_by_any_word_of_the_fuller_name():
    canonical = cluster_names(
        ["Hill", "Alexandra Hill Tinoco", "Tinoco", "Lee Hsien Loong", "Lee"], {}
    )
    assert canonical["Hill"] == canonical["Tinoco"] == "Alexandra Hill Tinoco"
    assert canonical["Lee"] == "Lee Hsien Loong"


def test_one_name_is_its_own_cluster():
    assert cluster_names(["Ada Lund"], {}) == {"Ada Lund": "Ada Lund"}


@pytest.mark.parametrize(
    "name",
    [
        "Antony Blinken",
        "Dean Acheson",
        "Sheikh Tamim",
        "Abdul Rahman",
        "Le Drian",
        "Mary Ann",
        "Van Morrison",
        "Dr Who",
        "Ban Ki-moon",
        "Biden Jr",
        "Ali And",
        "Lopez Obrador",
    ],
)
def test_two_word_names_are_split_as_nameparser_would(name):
    # Plain two-word names skip the parser; others go through it: both must agree with it.
    human = HumanName(name)
    assert written_surname(name) == (human.last or name.split()[-1])
    parts = name_parts(name)
    if human.last:
        assert (parts.surname, parts.given) == (normal_name(human.last), normal_name(human.first))
