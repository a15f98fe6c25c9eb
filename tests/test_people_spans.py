from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from pipeline.extensions import entity_attrs, forget_spans, register
from pipeline.mentions import Mention
from pipeline.people_lexicon import TitleEntry
from pipeline.people_spans import write_people
from pipeline.title_context import TitleHit

SECRETARY = TitleEntry(title="Secretary", kind="office", home=True)
MINISTER = TitleEntry(title="Minister", kind="office")
MINISTERS = TitleEntry(title="Minister", kind="office", plural="Ministers", plural_form=True)


@pytest.fixture(scope="module", autouse=True)
def extensions() -> None:
    register()


def make(text: str) -> Doc:
    return spacy.blank("en")(text)


def hit(text: str, title: str, entry: TitleEntry, **values: object) -> TitleHit:
    start = text.index(title)
    return TitleHit(start, start + len(title), entry, **values)  # type: ignore[arg-type]


def mention(text: str, name: str, *titles: TitleHit, occurrence: int = 0) -> Mention:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(name, start + 1)
    return Mention(start, start + len(name), name, list(titles))


def people(doc: Doc) -> list[tuple[str, str, str]]:
    return [(s.text, s.kb_id_, s.id_) for s in doc.spans["people"]]


def titles(doc: Doc) -> list[tuple[str, str, str]]:
    return [(s.text, s.kb_id_, s.id_) for s in doc.spans["titles"]]


@pytest.mark.parametrize(
    "text, title, country, agency",
    [
        (
            "Secretary of Homeland Security Kevin McAleenan signed it.",
            "Secretary of Homeland Security",
            "USA",
            "U.S. Department of Homeland Security",
        ),
        (
            "Salvadoran Minister of Foreign Affairs Alexandra Hill Tinoco signed it.",
            "Minister of Foreign Affairs",
            "SLV",
            None,
        ),
    ],
)
def test_a_titled_person_gets_spans_and_attributes(text, title, country, agency):
    doc = make(text)
    name = text[text.index(title) + len(title) + 1 : text.index(" signed")]
    entry = SECRETARY if title.startswith("Secretary") else MINISTER
    found = hit(text, title, entry, country=country, agency=agency)
    write_people(doc, [mention(text, name, found)], [])
    assert people(doc) == [(name, name, "name")]
    assert titles(doc) == [(title, name, country)]
    assert all(s.label_ == "PERSON" for s in doc.spans["people"])
    assert all(s.label_ == "TITLE" for s in doc.spans["titles"])
    assert entity_attrs(doc, "PERSON", name) == {
        "title": title,
        "country": country,
        "agency": agency,
    }
    forget_spans(doc)


def test_the_longest_title_wins_and_country_and_agency_are_kept_from_the_first():
    text = (
        "Minister Hill Tinoco met Secretary Blinken. Minister of Foreign Affairs Hill Tinoco left."
    )
    doc = make(text)
    short = hit(text, "Minister", MINISTER, country="SLV")
    long_start = text.index("Minister of Foreign Affairs")
    long = TitleHit(long_start, long_start + len("Minister of Foreign Affairs"), MINISTER)
    found = [
        mention(text, "Hill Tinoco", short),
        mention(text, "Blinken", hit(text, "Secretary", SECRETARY, country="USA")),
        mention(text, "Hill Tinoco", long, occurrence=1),
    ]
    write_people(doc, found, [])
    assert [p[0] for p in people(doc)] == ["Hill Tinoco", "Blinken", "Hill Tinoco"]
    assert entity_attrs(doc, "PERSON", "Hill Tinoco") == {
        "title": "Minister of Foreign Affairs",
        "country": "SLV",
        "agency": None,
    }
    # Each title span names its own person; the later one has no country of its own.
    assert titles(doc) == [
        ("Minister", "Hill Tinoco", "SLV"),
        ("Secretary", "Blinken", "USA"),
        ("Minister of Foreign Affairs", "Hill Tinoco", ""),
    ]
    forget_spans(doc)


@pytest.mark.parametrize(
    "text, title, entry, written",
    [
        # A title in capitals is written title-cased; a plural title as its singular.
        ("SECRETARY JOHN DOE spoke.", "SECRETARY", SECRETARY, "Secretary"),
        ("Ministers Ana Diaz and Juan Perez spoke.", "Ministers", MINISTERS, "Minister"),
        # Line breaks inside a title are one space.
        (
            "Minister of\nForeign Affairs Ana Diaz spoke.",
            "Minister of\nForeign Affairs",
            MINISTER,
            "Minister of Foreign Affairs",
        ),
    ],
)
def test_titles_are_recorded_as_written_in_one_form(text, title, entry, written):
    doc = make(text)
    name = "JOHN DOE" if "JOHN" in text else "Ana Diaz"
    write_people(doc, [mention(text, name, hit(text, title, entry))], [])
    assert entity_attrs(doc, "PERSON", name)["title"] == written
    forget_spans(doc)


def test_names_with_line_breaks_get_one_space_in_their_key():
    text = "Secretary Antony\nBlinken signed."
    doc = make(text)
    write_people(doc, [mention(text, "Antony\nBlinken", hit(text, "Secretary", SECRETARY))], [])
    assert people(doc) == [("Antony\nBlinken", "Antony Blinken", "name")]
    assert titles(doc) == [("Secretary", "Antony Blinken", "")]
    forget_spans(doc)


def test_titles_alone_have_no_person_and_the_first_title_at_an_offset_wins():
    text = "The Minister of Foreign Affairs spoke; Secretary Blinken signed."
    doc = make(text)
    alone = hit(text, "Minister of Foreign Affairs", MINISTER, country="SLV")
    again = hit(text, "Minister", MINISTER, country="CRI")  # same start: not written again
    write_people(doc, [mention(text, "Blinken", hit(text, "Secretary", SECRETARY))], [alone, again])
    assert titles(doc) == [
        ("Minister of Foreign Affairs", "", "SLV"),
        ("Secretary", "Blinken", ""),
    ]
    forget_spans(doc)


def test_nothing_found_writes_empty_groups_and_no_attributes():
    doc = make("The accord was signed today.")
    write_people(doc, [], [])
    assert people(doc) == [] and titles(doc) == []
    assert entity_attrs(doc, "PERSON", "anyone") == {}
    forget_spans(doc)
