from __future__ import annotations

import pytest

from pipeline import title_shapes as shapes


@pytest.mark.parametrize(
    ("text", "end_before"),
    [
        ("Customs and Border Protection (CBP) Commissioner", "CBP"),
        ("the Bureau (see below) Commissioner", "below)"),
    ],
)
def test_prefix_end_steps_into_an_acronym_in_brackets(text, end_before):
    end = shapes.prefix_end(text, text.index("Commissioner"))
    assert text[:end].endswith(end_before)


def test_prefix_end_skips_a_possessive():
    text = "El Salvador’s Minister"
    assert shapes.prefix_end(text, text.index("Minister")) == text.index("’")
    assert shapes.prefix_end("Salvadoran Minister", 11) == 10
    # A name ending in "s" takes the apostrophe alone; a quote after another letter stays.
    text = "Barbados' Minister"
    assert shapes.prefix_end(text, text.index("Minister")) == text.index("'")
    text = "Togo' Minister"
    assert shapes.prefix_end(text, text.index("Minister")) == text.index("'") + 1


@pytest.mark.parametrize(
    ("text", "office", "of"),
    [
        ("Office of the Spokesperson", True, True),
        ("Office of Spokesperson", True, True),
        ("Department of Justice", False, True),
        ("the Spokesperson", False, False),
    ],
)
def test_before_the_title(text, office, of):
    start = text.rindex(" ") + 1
    assert shapes.office_before(text, start) is office
    assert shapes.of_before(text, start) is of


def test_joints_and_lists():
    assert shapes.chain_at("Minister, and", 8).group(0) == ", "
    assert shapes.chain_at("Minister and Secretary", 8).group(0) == " and "
    assert shapes.list_joint_at("Ines Navarro (TX-09) and Paul", 12).end() == 25
    assert shapes.list_follows("The First Lady, Ana Ruiz, and", 14)
    assert not shapes.list_follows("Ana Ruiz, who", 8)


def test_of_country_and_comma():
    assert shapes.of_country_start("Ana Castillo of El Salvador", 12) == 16
    assert shapes.of_country_start("Ana Castillo of the Bahamas", 12) == 20
    assert shapes.of_country_start("Ana Castillo spoke", 12) is None
    assert shapes.skip_comma("Minister, Berg", 8) == (10, True)
    assert shapes.skip_comma("Minister Berg", 8) == (9, False)
    assert shapes.skip_comma("Minister\nBerg", 8) == (8, False)


@pytest.mark.parametrize(
    ("text", "joint"),
    [
        ("Minister and Secretary", " and "),
        ("Minister  and\tSecretary", "  and\t"),
        ("Minister,  Secretary", ",  "),
        ("Minister andorra", None),
        ("Minister Lima", None),
        ("Minister \nand", None),
        ("Minister", None),
    ],
)
def test_chain_at_with_any_blanks(text, joint):
    match = shapes.chain_at(text, 8)
    assert (match.group(0) if match else None) == joint


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Ana Castillo of El Salvador", 16),
        ("Ana Castillo  of\u00a0the Bahamas", 21),
        ("Ana Castillo\u00a0of Chile", 16),
        ("Ana Castillo offered", None),
        ("Ana Castillo said", None),
        ("Ana Castillo \nof Chile", None),
        ("Ana Castillo", None),
        # "on behalf of" names the country a person acts for, after a comma too.
        ("Ana Castillo on behalf of the Government of Chile", 30),
        ("Ana Castillo, on behalf of Chile", 27),
        ("Ana Castillo, of Chile", 17),
        ("Ana Castillo on her behalf", None),
    ],
)
def test_of_country_start_with_any_blanks(text, start):
    assert shapes.of_country_start(text, 12) == start


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Minister Berg", (9, False)),
        ("Minister  Berg", (10, False)),
        ("Minister \u00a0Berg", (10, False)),
        ("Minister \nBerg", (9, False)),
        ("Minister ", (9, False)),
        ("Minister,  Berg", (11, True)),
        ("Minister", (8, False)),
    ],
)
def test_skip_comma_takes_every_blank_within_the_line(text, expected):
    assert shapes.skip_comma(text, 8) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rafael Ortiz, the former Deputy Prime Minister", True),
        ("Rafael Ortiz, Prime Minister", True),
        ("Rafael Ortiz met the press, then the Prime Minister", False),
    ],
)
def test_appositive_comma(text, expected):
    title = text.index("Deputy") if "Deputy" in text else text.index("Prime")
    assert (shapes.appositive_comma(text, title) == text.index(",")) is expected


def test_place_before():
    assert shapes.place_before("In New York", 3)
    assert not shapes.place_before("Mayor New York", 6)
