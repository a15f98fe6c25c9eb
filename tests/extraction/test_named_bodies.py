"""Bodies read from the name a country stands in: pipeline.extraction.named_bodies."""

from __future__ import annotations

import pytest

from pipeline.extraction.named_bodies import with_named_bodies
from pipeline.extraction.parties import mentions_in


def _bodies(doc, outside=(0, 0)):
    found = with_named_bodies(doc, mentions_in(doc, 0, len(doc)), 0, len(doc), outside)
    return [(m.kind, m.name, m.country, m.company) for m in found]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A head word before the country: a central bank, not a company.
        (
            "The Treasury and Bank Negara Malaysia signed it.",
            [
                ("agency", "U.S. Department of the Treasury", "USA", False),
                ("organization", "Bank Negara Malaysia", "MYS", False),
            ],
        ),
        # A bank's own name before "Bank" and the country: a company.
        (
            "USAID and Equity Bank Kenya signed it.",
            [
                ("agency", "U.S. Agency for International Development", "USA", False),
                ("organization", "Equity Bank Kenya", "KEN", True),
            ],
        ),
        # Libraries, museums and archives are public bodies of their countries, in the
        # plural too.
        (
            "The Smithsonian Institution and the National Museums of Kenya signed it.",
            [
                ("agency", "Smithsonian Institution", "USA", False),
                ("organization", "National Museums of Kenya", "KEN", False),
            ],
        ),
        (
            "The Library of Congress and the National Library of Armenia signed it.",
            [
                ("agency", "Library of Congress", "USA", False),
                ("organization", "National Library of Armenia", "ARM", False),
            ],
        ),
        # Words on both sides, with "of" inside the name.
        (
            "USAID and the Development Bank of Kenya signed it.",
            [
                ("agency", "U.S. Agency for International Development", "USA", False),
                ("organization", "Development Bank of Kenya", "KEN", False),
            ],
        ),
        # A central bank is a government body, found by the agency recognizer.
        (
            "USAID and the Central Bank of Kenya signed it.",
            [
                ("agency", "U.S. Agency for International Development", "USA", False),
                ("agency", "Central Bank of Kenya", "KEN", False),
            ],
        ),
        # A company designator after the country.
        (
            "DFC and the Korea Trade Insurance Corporation signed it.",
            [
                ("agency", "U.S. International Development Finance Corporation", "USA", False),
                ("organization", "Korea Trade Insurance Corporation", "KOR", True),
            ],
        ),
        # A demonym that describes the name gives a body of its own.
        (
            "NASA and the Japanese National Cancer Center signed it.",
            [
                ("agency", "National Aeronautics and Space Administration", "USA", False),
                ("organization", "Japanese National Cancer Center", "JPN", False),
            ],
        ),
        # A school's name.
        (
            "Fulbright University Vietnam signed it.",
            [("organization", "Fulbright University Vietnam", "VNM", True)],
        ),
    ],
)
def test_bodies_around_countries(parsed, text, expected):
    assert _bodies(parsed(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # No institution's head word in the name.
        "Ghana Deepen Cooperation with Togo.",
        # A title after the demonym, not a name.
        "Salvadoran Minister of Foreign Affairs Alexandra Hill Tinoco signed it.",
        # A country alone, and one before a lower-case word.
        "Kenya signed the bank agreement.",
    ],
)
def test_no_body_without_a_name_around_the_country(parsed, text):
    doc = parsed(text)
    mentions = mentions_in(doc, 0, len(doc))
    assert with_named_bodies(doc, mentions, 0, len(doc)) == mentions


def test_a_date_is_no_word_of_the_name(parsed):
    found = _bodies(parsed("On Monday Kenya Airways signed it."))
    assert found == [("organization", "Kenya Airways", "KEN", True)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # An institution without a country: a party of no country and no government.
        (
            "CDC signed it with Johns Hopkins University and the Ministry of Health of Rwanda.",
            [
                ("agency", "Centers for Disease Control and Prevention", "USA", False),
                ("organization", "Johns Hopkins University", None, True),
                ("agency", "Ministry of Health of Rwanda", "RWA", False),
            ],
        ),
        (
            "USDA met the University of Nairobi.",
            [
                ("agency", "U.S. Department of Agriculture", "USA", False),
                ("organization", "University of Nairobi", None, True),
            ],
        ),
        # "and" inside one name, not between two.
        (
            "The Ghana Space Science and Technology Institute met.",
            [("organization", "Ghana Space Science and Technology Institute", "GHA", False)],
        ),
        (
            "Harvard University and Yale University met.",
            [
                ("organization", "Harvard University", None, True),
                ("organization", "Yale University", None, True),
            ],
        ),
        # A head alone is no name.
        ("The University met Ghana.", [("country", "Ghana", "GHA", False)]),
    ],
)
def test_institutions_without_a_country(parsed, text, expected):
    assert _bodies(parsed(text)) == expected


def test_the_instruments_name_is_left_alone(parsed):
    doc = parsed("Kenya signed the Kenya Bank Partnership Memorandum.")
    name = next(i for i, t in enumerate(doc) if t.text == "Kenya" and i > 0)
    assert all(kind == "country" for kind, *_ in _bodies(doc, (name, len(doc) - 1)))


def test_a_sentence_without_countries_keeps_its_mentions(parsed):
    doc = parsed("USAID and Microsoft signed it.")
    mentions = mentions_in(doc, 0, len(doc))
    assert with_named_bodies(doc, mentions, 0, len(doc)) is mentions


@pytest.mark.parametrize(
    "text, countries",
    [
        (
            "The U.S. Department of the Treasury and Bank Indonesia signed a Memorandum of "
            "Understanding on Tuesday.",
            ["IDN", "USA"],
        ),
        ("USAID and Equity Bank Kenya signed a partnership agreement in Nairobi.", ["KEN", "USA"]),
        (
            "The U.S. National Cancer Institute and the Japanese National Cancer Center signed "
            "a Memorandum of Cooperation.",
            ["JPN", "USA"],
        ),
        # A company beside an official signs for its country too.
        ("Ambassador Meg Whitman and Kenya Airways signed a letter of intent.", ["KEN", "USA"]),
        # Companies alone make no event.
        ("Kenya Airways and Vietnam Airlines signed a codeshare agreement.", None),
        ("Harvard University and Yale University signed an agreement.", None),
        # Associations, foundations and federations have no government of their own.
        (
            "The U.S. Grains Council and the Japan Feed Trade Association signed a memorandum "
            "of understanding on feed grain quality standards.",
            None,
        ),
        ("The Japan Bankers Association and the Korea Federation of Banks signed an MOU.", None),
        # A federation that governs: "Federation" is private only after a country's name.
        (
            "The Federation of Bosnia and Herzegovina and Republika Srpska signed an agreement "
            "on electricity transmission.",
            ["BIH"],
        ),
        ("USAID and the Kenya Red Cross Foundation signed a grant agreement.", ["KEN", "USA"]),
        # A head word inside a country's own name is no institution.
        (
            "The New START Treaty, which the Russian Federation and the United States signed "
            "in Prague in 2010, expires in 2026.",
            ["RUS", "USA"],
        ),
        # An institution keeps a list of parties together.
        (
            "The CDC signed a cooperative agreement with Johns Hopkins University and the "
            "Ministry of Health of Rwanda.",
            ["RWA", "USA"],
        ),
    ],
)
def test_events_keep_the_parties_beside_the_body(events_of, text, countries):
    events = events_of(text)
    if countries is None:
        assert events == []
    else:
        assert [sorted(e["countries"]) for e in events] == [countries]


def test_a_head_word_of_a_countrys_name_is_no_institution(parsed):
    doc = parsed("The Russian Federation and the United States signed the treaty in 2010.")
    assert [kind for kind, *_ in _bodies(doc)] == ["country", "country"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A country's possessive before a name with an institution's head word: its body,
        # the mention holding the possessive so that the group of parties holds together.
        (
            "NREL and Mexico's National Institute of Electricity and Clean Energy signed it.",
            [
                ("agency", "National Renewable Energy Laboratory", "USA", False),
                (
                    "organization",
                    "National Institute of Electricity and Clean Energy",
                    "MEX",
                    False,
                ),
            ],
        ),
        # A known body after the possessive stays the agency it is.
        (
            "USAID and Kenya's Ministry of Health signed it.",
            [
                ("agency", "U.S. Agency for International Development", "USA", False),
                ("agency", "Ministry of Health of Kenya", "KEN", False),
            ],
        ),
    ],
)
def test_a_body_after_a_countrys_possessive(parsed, text, expected):
    assert _bodies(parsed(text)) == expected
