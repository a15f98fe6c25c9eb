"""Party candidates from entity spans: pipeline.extraction.parties over sentences we write."""

from __future__ import annotations

import pytest

from pipeline.extraction.parties import (
    Mention,
    city_country,
    drop_locatives,
    mentions_in,
    party_tokens,
    prefer_people,
    to_party,
    unique,
    with_country,
)


@pytest.mark.parametrize(
    "text, expected",
    [
        # A person with the title beside the name, and its country.
        (
            "Ghanaian Foreign Minister Kwame Asante met USAID.",
            [
                ("person", "Kwame Asante", "GHA"),
                ("agency", "U.S. Agency for International Development", "USA"),
            ],
        ),
        # A demonym that describes the next word is no party of its own; a name is.
        ("Salvadoran coffee growers met Ghana.", [("country", "Ghana", "GHA")]),
        # Before a word for a government's people, it stands for the country, unnamed.
        (
            "Salvadoran officials met Ghana.",
            [("country", "El Salvador", "SLV"), ("country", "Ghana", "GHA")],
        ),
        (
            "The Ghanaian and Togolese delegations met.",
            [("country", "Ghana", "GHA"), ("country", "Togo", "TGO")],
        ),
        # A country's name inside a company's stands for the company's country, which the
        # annotation counts ("a party ... through its official, agency or company").
        (
            "Korea Electric Power Corporation signed it with Ghana.",
            [("country", "Korea", "KOR"), ("country", "Ghana", "GHA")],
        ),
        # A demonym before "counterpart" is that country's unnamed official; a possessive
        # pronoun is no party.
        (
            "Secretary Ana Ruiz and her Ghanaian counterpart signed it.",
            [("person", "Ana Ruiz", "USA"), ("country", "Ghana", "GHA")],
        ),
        # A counterpart named after a comma acts for the demonym's country.
        (
            "Secretary Ana Ruiz and her Ghanaian counterpart, Minister Kofi Mensah, signed it.",
            [("person", "Ana Ruiz", "USA"), ("person", "Kofi Mensah", "GHA")],
        ),
        # A demonym before a company described in lower-case words: the company's country.
        (
            "DFC signed a loan with Gambian microfinance lender Reliance Financial Services.",
            [
                ("agency", "U.S. International Development Finance Corporation", "USA"),
                ("country", "Gambia", "GMB"),
            ],
        ),
        # An office named for no one stands for its government.
        (
            "The Secretary of State and the Foreign Minister of Ghana signed it.",
            [("country", "United States", "USA"), ("country", "Ghana", "GHA")],
        ),
        # A country span inside a known agency is the agency's.
        (
            "Vietnam's Ministry of Health signed it.",
            [("agency", "Ministry of Health of Vietnam", "VNM")],
        ),
    ],
)
def test_mentions_in(parsed, text, expected):
    doc = parsed(text)
    found = mentions_in(doc, 0, len(doc))
    assert [(m.kind, m.name, m.country) for m in found] == expected


@pytest.mark.parametrize(
    "text, company",
    [
        ("Vietnam Airlines signed it.", [True]),
        ("Fulbright University Vietnam signed it.", [True]),
        ("Korea Electric Power Corporation and Ghana signed it.", [True, False]),
        ("The U.S.-Japan Steel Arrangement was signed.", [False, False]),
        ("Bank Negara Malaysia signed it.", [False]),  # a central bank
        ("Gambian microfinance lender Reliance Financial signed it.", [True]),
        # A country's name that qualifies a company's noun.
        ("Acme Solar, a U.S. firm, signed it.", [True]),
        ("NuScale, a U.S. small modular reactor company, signed it.", [True]),
        ("Two U.S. companies signed it.", [True]),
        ("The U.S. government signed it.", [False]),
        ("The United States and Zambia signed it to support businesses.", [False, False]),
    ],
)
def test_a_country_in_a_company_name_is_marked(parsed, text, company):
    doc = parsed(text)
    found = [m for m in mentions_in(doc, 0, len(doc)) if m.kind == "country"]
    assert [m.company for m in found] == company


def test_party_tokens_are_the_tokens_of_the_mentions(parsed):
    doc = parsed("Ghana and Togo signed it.")
    assert party_tokens(doc, 0, len(doc)) == {0, 2}


def test_drop_locatives(parsed):
    doc = parsed("Ghana signed it in Togo.")
    kept = drop_locatives(doc, mentions_in(doc, 0, len(doc)))
    assert [m.name for m in kept] == ["Ghana"]


def _mention(kind: str, name: str, country: str | None = None) -> Mention:
    return Mention(0, 1, kind, name, country)


@pytest.mark.parametrize(
    ("mentions", "expected"),
    [
        # A country a named person acts for is that person's side.
        ([("country", "Ghana", "GHA"), ("person", "Kwame Asante", "GHA")], ["Kwame Asante"]),
        # "The United States and Salvadoran President Nayib Bukele signed": no one named
        # acts for the United States, which signs as itself.
        (
            [("country", "United States", "USA"), ("person", "Nayib Bukele", "SLV")],
            ["United States", "Nayib Bukele"],
        ),
        (
            [("agency", "USAID", "USA"), ("person", "Kwame Asante", "GHA")],
            ["USAID", "Kwame Asante"],
        ),
        # A person of unknown country covers nothing; a body of unknown country is no side.
        (
            [("person", "Gregory Lansing", None), ("country", "Costa Rica", "CRI")],
            ["Gregory Lansing", "Costa Rica"],
        ),
        (
            [("organization", "IAEA", None), ("person", "Kwame Asante", "GHA")],
            ["Kwame Asante"],
        ),
        ([("country", "Ghana", "GHA")], ["Ghana"]),
    ],
)
def test_prefer_people(mentions, expected):
    assert [m.name for m in prefer_people([_mention(*m) for m in mentions])] == expected


@pytest.mark.parametrize(
    "text, country, expected",
    [
        ("ACCRA, Ghana — The minister signed.", "Ghana", True),
        ("SAN JOSÉ, Costa Rica – The minister signed.", "Costa Rica", True),
        ("They met in Accra, Ghana, on Monday.", "Ghana", True),
        ("Palmer and Ghana signed.", "Ghana", False),
        ("With Togo, Ghana signed.", "Ghana", False),
        ("Palmer, Ghana and Togo signed.", "Ghana", False),
        ("The agreement was signed in Accra, Ghana.", "Ghana", True),
        # A place's country closes its phrase: not an instrument's topic before a list.
        (
            "After the signing of the MOU on Cooperation in Education, Ghana and Togo met.",
            "Ghana",
            False,
        ),
    ],
)
def test_city_country(parsed, text, country, expected):
    doc = parsed(text)
    start = text.index(country)
    span = doc.char_span(start, start + len(country))
    assert city_country(doc, span.start, span.end) is expected


def test_prefer_people_and_unique():
    people = [_mention("person", "Kwame Asante", "GHA")]
    assert prefer_people([_mention("country", "Ghana", "GHA"), *people]) == people
    assert prefer_people([_mention("country", "Ghana", "GHA")])[0].name == "Ghana"
    repeated = [
        _mention("country", "Ghana", "GHA"),
        _mention("country", "Republic of Ghana", "GHA"),
        _mention("agency", "USAID", "USA"),
        _mention("agency", "usaid", "USA"),
    ]
    assert [m.name for m in unique(repeated)] == ["Ghana", "USAID"]


def test_with_country_and_to_party():
    person = _mention("person", "Kwame Asante")
    assert with_country(person, "GHA").country == "GHA"
    assert with_country(_mention("person", "Afi Dossou", "TGO"), "GHA").country == "TGO"
    assert to_party(with_country(person, "GHA"), "signer") == {
        "name": "Kwame Asante",
        "kind": "person",
        "title": None,
        "country": "GHA",
        "role": "signer",
    }


@pytest.mark.parametrize(
    "text, expected",
    [
        # After the name, only an appositive's title is the person's ...
        (
            "Kwame Asante, Minister of Finance of Ghana, signed it.",
            ("Kwame Asante", "Minister of Finance of Ghana", "GHA"),
        ),
        # ... not that of the next person, who is not named.
        (
            "Secretary Troy Miller and the Director General of Ghana's customs signed it.",
            ("Troy Miller", "Secretary", "USA"),
        ),
    ],
)
def test_a_persons_title_is_before_the_name_or_its_appositive(parsed, text, expected):
    doc = parsed(text)
    [person] = [m for m in mentions_in(doc, 0, len(doc)) if m.kind == "person"]
    assert (person.name, person.title, person.country) == expected


def test_a_plural_title_is_each_person_s_in_the_singular(parsed):
    doc = parsed("Presidents Obama and Medvedev signed the treaty.")
    found = [m for m in mentions_in(doc, 0, len(doc)) if m.kind == "person"]
    assert [(m.name, m.title) for m in found] == [("Obama", "President"), ("Medvedev", "President")]


def test_a_title_a_question_addresses_is_no_party(parsed):
    doc = parsed(
        "Secretary Douglas Brennan spoke. QUESTION: Mr. Secretary, the Millennium Challenge "
        "Corporation signed a compact with Guatemala in 2018."
    )
    sentence = list(doc.sents)[-1]
    names = [m.name for m in mentions_in(doc, sentence.start, sentence.end)]
    assert "Douglas Brennan" not in names
    assert "Millennium Challenge Corporation" in names
