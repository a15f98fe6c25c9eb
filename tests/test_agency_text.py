from __future__ import annotations

import re

import pytest
import spacy
from spacy.tokens import Doc, Span

from pipeline.agency_data import DEFAULT_GOVERNMENT_HEADS, DEFAULT_STOP_WORDS
from pipeline.agency_text import (
    Countries,
    country_name,
    find_words,
    gazetteer_context_ok,
    read_name,
    read_place,
    with_article,
)
from pipeline.extensions import COUNTRIES, set_spans

STOP = frozenset(DEFAULT_STOP_WORDS)
HEADS = frozenset(DEFAULT_GOVERNMENT_HEADS)
TEXT = (
    "The Salvadoran Ministry of Foreign Affairs of El Salvador and the U.S. Embassy in "
    "San Salvador met officials of Honduras and the Embassy of the United Arab Emirates."
)
# token spans of the countries in TEXT: (start, end, ISO code, form)
COUNTRY_TOKENS = [
    (1, 2, "SLV", "demonym"),
    (7, 9, "SLV", "name"),
    (11, 12, "USA", "name"),
    (19, 20, "HND", "name"),
    (25, 28, "ARE", "name"),
]


def doc_with_countries(
    text: str = TEXT, mentions: list[tuple[int, int, str, str]] | None = None
) -> Doc:
    doc = spacy.blank("en")(text)
    spans = [
        Span(doc, s, e, label="COUNTRY", kb_id=iso, span_id=form)
        for s, e, iso, form in (COUNTRY_TOKENS if mentions is None else mentions)
    ]
    set_spans(doc, COUNTRIES, spans)
    return doc


def test_countries_index_by_offsets() -> None:
    doc = doc_with_countries()
    countries = Countries(doc)
    ministry = TEXT.index("Ministry")
    assert countries.before(TEXT, ministry).text == "Salvadoran"  # type: ignore[union-attr]
    after_affairs = TEXT.index(" of El Salvador")
    assert countries.after_of(TEXT, after_affairs).text == "El Salvador"  # type: ignore[union-attr]
    assert countries.before(TEXT, TEXT.index("Foreign")) is None
    embassy = TEXT.rindex("Embassy")
    assert countries.after_of(TEXT, embassy + len("Embassy")).kb_id_ == "ARE"  # type: ignore
    assert countries.nearest_foreign(embassy, window=400).kb_id_ == "HND"  # type: ignore
    assert countries.nearest_foreign(TEXT.index("U.S. Embassy") + 5, window=400).kb_id_ == "SLV"  # type: ignore


def test_countries_index_without_country_spans() -> None:
    doc = spacy.blank("en")("The Ministry of Foreign Affairs of El Salvador.")
    countries = Countries(doc)
    assert countries.spans == [] and countries.after_of(doc.text, 30) is None


@pytest.mark.parametrize(
    ("trigger", "expected"),
    [
        ("Ministry of", ("Foreign Affairs", "El Salvador")),
        ("Embassy of", None),  # "the United Arab Emirates" is a country, not a name
    ],
)
def test_read_name(trigger: str, expected: tuple[str, str] | None) -> None:
    doc = doc_with_countries()
    char = TEXT.index(trigger) + len(trigger)
    named = read_name(TEXT, char, Countries(doc), STOP, HEADS)
    if expected is None:
        assert named is None
    else:
        assert named is not None and named[0] == expected[0]
        assert named[2] is not None and named[2].text == expected[1]
        assert named[1] == named[2].end_char


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("the Bureau of Energy Resources Senior Official said", "Energy Resources"),
        ("the Office of Policy, Planning and Resources today", "Policy, Planning and Resources"),
        ("the Department of State's Bureau of Oceans", "State"),
        ("the Ministry of Women's Affairs said", "Women's Affairs"),
        ("the Office of the Secretary.", None),
        # "Public" stops a name ("Embassy Public Affairs Section"), but may open one.
        ("the Ministry of Public Health said", "Public Health"),
        ("the Ministry of Public Works and Public Affairs staff", "Public Works"),
    ],
)
def test_read_name_stops_at_titles_lists_and_possessives(text: str, name: str | None) -> None:
    trigger = re.search(r"(?:Bureau|Office|Department|Ministry) of", text)
    assert trigger is not None
    doc = spacy.blank("en")(text)
    named = read_name(text, trigger.end(), Countries(doc), STOP, HEADS)
    assert (named[0] if named else None) == name


PORTFOLIO = frozenset({"Health", "Foreign", "Affairs", "European", "Eurasian", "State"})
PORTFOLIO |= {"Agriculture", "Livestock", "Fisheries", "Assets", "Control"}
OFFICE_WORDS = frozenset({"Attorney", "General", "Director"})


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A person named after the body: two plain words after a portfolio word, or a list
        # item of two plain words after a comma.
        ("the Ministry of Health Aspect Maunganidze and the Ambassador", "Health"),
        (
            "the Bureau of European and Eurasian Affairs Amy Radetsky spoke",
            "European and Eurasian Affairs",
        ),
        ("the Ministry of Health, Simon Zwane, and CDC Country", "Health"),
        # Names of bodies keep their words.
        ("the Office of Foreign Assets Control said", "Foreign Assets Control"),
        (
            "the Ministry of Agriculture, Livestock and Fisheries said",
            "Agriculture, Livestock and Fisheries",
        ),
        (
            "the Office of the Washington State Attorney General said",
            "the Washington State Attorney General",
        ),
        ("the Ministry of Hajj said", "Hajj"),
    ],
)
def test_read_name_leaves_out_a_person_named_after_the_body(text: str, name: str) -> None:
    trigger = re.search(r"(?:Bureau|Office|Ministry) of", text)
    assert trigger is not None
    doc = spacy.blank("en")(text)
    named = read_name(text, trigger.end(), Countries(doc), STOP, HEADS, PORTFOLIO, OFFICE_WORDS)
    assert named is not None and named[0] == name
    # Without portfolio words, nothing is cut.
    whole = read_name(text, trigger.end(), Countries(doc), STOP, HEADS)
    assert whole is not None and len(whole[0]) >= len(name)


@pytest.mark.parametrize(
    ("after", "place"),
    [
        ("Embassy in San Salvador met", "San Salvador"),
        ("Embassy Bogota Chargé d'Affaires", "Bogota"),
        ("Embassy to the Holy See.", "Holy See"),
        ("Embassy Ambassador Jones", None),
    ],
)
def test_read_place(after: str, place: str | None) -> None:
    text = f"The U.S. {after}"
    doc = spacy.blank("en")(text)
    found = read_place(text, text.index("Embassy") + len("Embassy"), Countries(doc), STOP)
    assert (found[0] if found else None) == place


def test_read_place_that_is_a_country() -> None:
    doc = doc_with_countries()
    found = read_place(TEXT, TEXT.rindex("Embassy") + len("Embassy"), Countries(doc), STOP)
    assert found is None  # "of the United Arab Emirates" is no place preposition
    text = "The U.S. Embassy to Honduras opened."
    doc = doc_with_countries(text, [(4, 5, "HND", "name")])
    place = read_place(text, text.index(" to"), Countries(doc), STOP)
    assert place is not None and place[0] == "Honduras" and place[2] is not None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("NSSA and the NSSA's chief; not NSSAs or XNSSA.", ["NSSA"]),
        ("R&D, R&D&E and D&E", ["D&E", "R&D", "R&D&E"]),
        ("CSE(CSE)CSE_ CSE", ["CSE"]),
        ("", ["NSSA"]),
    ],
)
def test_find_words_matches_a_whole_word_regex(text: str, words: list[str]) -> None:
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b")
    assert find_words(text, words) == [
        (m.start(), m.end(), m.group(0)) for m in pattern.finditer(text)
    ]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("United Arab Emirates", "the United Arab Emirates"),
        ("El Salvador", "El Salvador"),
        ("ROK", "the ROK"),
        ("Republic of Korea", "the Republic of Korea"),
        ("Philippines", "the Philippines"),
    ],
)
def test_with_article(name: str, expected: str) -> None:
    assert with_article(name) == expected


def test_country_name_of_names_and_demonyms() -> None:
    doc = doc_with_countries()
    spans = Countries(doc).spans
    assert [country_name(span) for span in spans] == [
        "El Salvador",
        "El Salvador",
        "U.S.",
        "Honduras",
        "United Arab Emirates",
    ]
    kosovar = doc_with_countries("A Kosovar minister.", [(1, 2, "XKX", "demonym")])
    assert country_name(Countries(kosovar).spans[0]) == "Kosovo"


@pytest.mark.parametrize(
    ("text", "phrase", "role", "means_the_body"),
    [
        ("The Treasury said.", "Treasury", "single", True),
        ("The Secretary of the Treasury said.", "Treasury", "single", False),
        ("The Secretary of Treasury said.", "Treasury", "single", False),
        # Another government's body of the same word.
        ("Kenya's National Treasury said.", "Treasury", "single", False),
        ("HM Treasury said.", "Treasury", "single", False),
        ("The U.S. Treasury said.", "Treasury", "single", True),
        ("Officials in VA met.", "VA", "state_code", True),
        ("Arlington, VA is near.", "VA", "state_code", False),
        ("Senator Smith (D-VA) spoke.", "VA", "state_code", False),
        ("He met the Trade Representative today.", "Trade Representative", "office", True),
        ("He met Trade Representative Tai today.", "Trade Representative", "office", False),
        ("the Trade Representative Tai spoke.", "Trade Representative", "office", False),
        ("Ministry of Trade", "Ministry of Trade", "name", True),
    ],
)
def test_gazetteer_context_ok(text: str, phrase: str, role: str, means_the_body: bool) -> None:
    doc = spacy.blank("en")(text)
    span = doc.char_span(text.index(phrase), text.index(phrase) + len(phrase))
    assert span is not None
    assert gazetteer_context_ok(doc, span.start, span.end, role) is means_the_body


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A known body's acronym after "and" is another body ...
        ("the Kenyan Ministry of Health and USAID signed", "Health"),
        # ... an unknown one is the name's ("Ministry of Science and ICT").
        ("the Ministry of Science and ICT signed", "Science and ICT"),
    ],
)
def test_read_name_stops_before_a_known_acronym(text: str, name: str) -> None:
    trigger = re.search(r"Ministry of", text)
    assert trigger is not None
    doc = spacy.blank("en")(text)
    named = read_name(
        text, trigger.end(), Countries(doc), STOP, HEADS, acronyms=frozenset({"USAID"})
    )
    assert named is not None and named[0] == name
