"""The release's own voice: pipeline.extraction.publisher over releases we write."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.extraction.publisher import (
    dateline_country,
    is_stage_direction,
    partner_country,
    partner_officials,
    place_officials,
    principals,
)
from pipeline.places import Place, read_places

ROOT = Path(__file__).resolve().parents[2]

HEADER = "Margaret L. Okafor, Secretary of State\n\n{place}\n\n"


@pytest.mark.parametrize(
    "place, expected",
    [
        ("Bangkok, Thailand", "THA"),
        ("Nairobi, Kenya", "KEN"),
        ("Washington, D.C.", None),
        (None, None),
    ],
)
def test_dateline_country(parsed, place, expected):
    text = HEADER.format(place=place or "Remarks") + "The Secretary met the press."
    assert dateline_country(parsed(text, dateline=place)) == expected


@pytest.mark.parametrize(
    "body, place, expected",
    [
        # Half of the foreign mentions or more.
        ("Ghana and the United States. Ghana, Ghana and Togo.", None, "GHA"),
        # Fewer than half (the dateline counts too), but the dateline names it and it leads.
        ("Kenya and Kenya. Sudan and Sudan. Ethiopia, Somalia and Chad.", "Nairobi, Kenya", "KEN"),
        # Fewer than half, and the dateline names another country, or the lead is tied.
        (
            "Kenya, Kenya and Kenya. Sudan and Sudan. Ethiopia, Somalia, Chad and Eritrea.",
            "Addis Ababa, Ethiopia",
            None,
        ),
        ("Kenya and Kenya. Sudan, Sudan and Sudan. Ethiopia and Somalia.", "Nairobi, Kenya", None),
        # Named once only: the partner when it is the only foreign country named.
        ("Ghana signed.", None, "GHA"),
        ("Ghana and Togo signed.", None, None),
        ("Ghana and the United States signed. The United States met Ghana's press.", None, "GHA"),
        # Not one named in passing.
        ("The United States signed a letter on nutrition in Sudan.", None, None),
        ("We discussed the crisis in Haiti.", None, None),
    ],
)
def test_partner_country(parsed, body, place, expected):
    doc = parsed(HEADER.format(place=place or "Remarks") + body, dateline=place)
    found = partner_country(doc, "USA")
    assert (found.country if found else None) == expected


def test_the_partner_is_named_by_its_name_where_the_release_has_it(parsed):
    doc = parsed("Thai officials met. Thailand and Thailand agreed. The Thai side left.")
    found = partner_country(doc, "USA")
    assert found is not None and (found.name, found.country) == ("Thailand", "THA")


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("(The Memorandum is signed.)", True),
        ("The Memorandum was signed in Accra.", False),
    ],
)
def test_stage_direction(parsed, sentence, expected):
    doc = parsed(f"Remarks at a signing\n\n{sentence}")
    assert is_stage_direction(list(doc.sents)[-1]) is expected


def test_principals_are_the_people_the_headline_names(parsed):
    doc = parsed(
        "Secretary Okafor and Minister Kwame Asante at a Signing Ceremony\n\n"
        "SECRETARY OKAFOR: Thank you, Minister Asante. Minister Asante and I have worked "
        "on this for a year, said Secretary Okafor."
    )
    assert [m.name for m in principals(doc)][:2] == ["Okafor", "Kwame Asante"]


def test_no_dateline_partner_at_a_multilateral_occasion(parsed):
    body = "Remarks at the ASEAN Ministerial\n\nJakarta, Indonesia\n\n"
    body += "Indonesia and Malaysia. Vietnam, Laos and Cambodia. Indonesia again."
    assert partner_country(parsed(body, dateline="Jakarta, Indonesia"), "USA") is None
    bilateral = body.replace("Remarks at the ASEAN Ministerial", "Remarks to the Press")
    found = partner_country(parsed(bilateral, dateline="Jakarta, Indonesia"), "USA")
    assert found is not None and found.country == "IDN"


def test_an_organization_s_secretary_general_gets_no_partner(parsed):
    doc = parsed("Cabo Verde is a partner. The memorandum helps Cabo Verde modernize.")
    parties = [
        {"name": "Baron Waqa", "kind": "person", "country": None, "title": "Secretary General"},
        {"name": "USA", "kind": "country", "country": "USA"},
    ]
    partner_officials(doc, parties, "USA")
    assert parties[0]["country"] is None


@pytest.mark.parametrize(
    ("countries", "filled"),
    [
        (["USA"], "CPV"),  # the publisher's side named, no other country: the partner's
        (["USA", "SEN"], None),  # another country named: left unknown
        ([], None),  # the publisher's side not named
    ],
)
def test_partner_officials(parsed, countries, filled):
    doc = parsed("Cabo Verde is a partner. The memorandum helps Cabo Verde modernize.")
    parties = [{"name": "Olavo Tavares", "kind": "person", "country": None}] + [
        {"name": code, "kind": "country", "country": code} for code in countries
    ]
    partner_officials(doc, parties, "USA")
    assert parties[0]["country"] == filled


@pytest.mark.parametrize(
    "title, text, country",
    [
        # A capital, or a U.S. state, names its country.
        ("Mayor of Tbilisi", "They signed.", "GEO"),
        ("Governor of Texas", "They signed.", "USA"),
        # A city when the release names its country.
        ("Governor of Nakuru County", "In Kenya, they signed.", "KEN"),
        # A capital's name ending in a unit's word is looked up whole first.
        ("Mayor of Mexico City", "They signed.", "MEX"),
        ("Mayor of the City of San Pedro Sula", "Honduras and the city signed.", "HND"),
        # A city's name alone may be another's: "Alexandria" of Virginia, not of Egypt.
        ("Mayor of Alexandria", "They signed a sister city agreement.", None),
        # No place of the gazetteer: the country stays unknown.
        ("Governor of East New Britain Province", "They signed.", None),
        ("Minister of Health", "They signed.", None),
    ],
)
def test_place_officials(parsed, title, text, country):
    places = read_places(ROOT / "models" / "default" / "places.csv")
    parties = [{"name": "X", "kind": "person", "country": None, "title": title}]
    place_officials(parsed(text), parties, places)
    assert parties[0]["country"] == country


def test_place_officials_keep_a_country_given(parsed):
    places = {"Tbilisi": Place("GEO", "capital")}
    parties = [{"name": "X", "kind": "person", "country": "USA", "title": "Mayor of Tbilisi"}]
    place_officials(parsed("They signed."), parties, places)
    assert parties[0]["country"] == "USA"


@pytest.mark.parametrize(
    "text, countries",
    [
        # A U.S. state or a capital before the office, or after "of" behind the name.
        (
            "Texas Governor Greg Abbott and Mexican Ambassador Esteban Moctezuma signed an "
            "agreement.",
            {"Greg Abbott": "USA", "Esteban Moctezuma": "MEX"},
        ),
        (
            "Governor Greg Abbott of Texas and Mexican Ambassador Esteban Moctezuma signed an "
            "agreement.",
            {"Greg Abbott": "USA", "Esteban Moctezuma": "MEX"},
        ),
        (
            "Tbilisi Mayor Kakha Kaladze and U.S. Ambassador Kelly Degnan signed a memorandum.",
            {"Kakha Kaladze": "GEO", "Kelly Degnan": "USA"},
        ),
        # A U.S. state after the city's comma says whose the city is.
        (
            "Mayor Jeff Dever of Dublin, Ohio, signed a sister-city agreement with Irish "
            "Ambassador Geraldine Byrne Nason.",
            {"Jeff Dever": "USA", "Geraldine Byrne Nason": "IRL"},
        ),
        (
            "Mexico City Head of Government Marti Batres and U.S. Ambassador Ken Salazar "
            "signed an agreement.",
            {"Marti Batres": "MEX", "Ken Salazar": "USA"},
        ),
        # A city there is not read: "Ontario" is also a Californian city's name.
        (
            "Michigan Governor Gretchen Whitmer signed the memorandum with Ontario Premier Doug "
            "Ford in 2022.",
            {"Gretchen Whitmer": "USA", "Doug Ford": None},
        ),
    ],
)
def test_officials_of_places_written_beside_them(events_of, text, countries):
    [event] = events_of(text)
    assert {p["name"]: p["country"] for p in event["parties"]} == countries


@pytest.mark.parametrize(
    "name, country",
    [
        ("Texas Department of Transportation", "USA"),
        ("New York State Energy Research and Development Authority", "USA"),
        # A city's name opens no state's body; a body with a country keeps it.
        ("Houston Port Authority", None),
    ],
)
def test_a_body_named_for_a_us_state_is_american(parsed, name, country):
    places = read_places(ROOT / "models" / "default" / "places.csv")
    parties = [{"name": name, "kind": "agency", "country": None}]
    place_officials(parsed("They signed."), parties, places)
    assert parties[0]["country"] == country
