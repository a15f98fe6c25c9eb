from __future__ import annotations

import json
import re

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

import pipeline.components.aliases  # noqa: F401
import pipeline.components.people  # noqa: F401
import pipeline.components.sentences  # noqa: F401
from pipeline.errors import RuleSetError
from pipeline.extensions import entity_attrs, set_entity_attrs
from pipeline.rules import factory_arguments, initialize_arguments

# Countries and agencies for these tests only, so that they do not depend on the
# undersigned_countries and undersigned_agencies components.
TEST_COUNTRIES = {
    "U.S.": "USA",
    "Salvadoran": "SLV",
    "Albanian": "ALB",
    "Norwegian": "NOR",
    "Sri Lanka": "LKA",
}
TEST_AGENCIES = {"Department of Homeland Security": "USA"}
_COUNTRY_RE = re.compile(r"(?<!\w)(?:U\.S\.|Salvadoran|Albanian|Norwegian|Sri Lanka)(?!\w)")
_AGENCY_RE = re.compile(r"(?<!\w)Department of Homeland Security(?!\w)")


@Language.component("test_aliases_context")
def mark_test_context(doc: Doc) -> Doc:
    countries, agencies = [], []
    for match in _COUNTRY_RE.finditer(doc.text):
        span = doc.char_span(match.start(), match.end())
        if span is not None:
            countries.append(
                Span(
                    doc,
                    span.start,
                    span.end,
                    label="COUNTRY",
                    kb_id=TEST_COUNTRIES[match.group(0)],
                    span_id="demonym",
                )
            )
    for match in _AGENCY_RE.finditer(doc.text):
        span = doc.char_span(match.start(), match.end())
        if span is not None:
            name = "U.S. " + match.group(0)
            agencies.append(Span(doc, span.start, span.end, label="AGENCY", kb_id=name))
            set_entity_attrs(doc, "AGENCY", name, acronym=None, country="USA")
    doc.spans["countries"], doc.spans["agencies"] = countries, agencies
    return doc


def make_nlp(sentences: bool = True, **config: object) -> Language:
    nlp = spacy.blank("en")
    if sentences:
        nlp.add_pipe("undersigned_sentences")
    nlp.add_pipe("test_aliases_context")
    nlp.add_pipe("undersigned_people")
    nlp.add_pipe("undersigned_aliases", config=config)
    nlp.initialize()
    return nlp


@pytest.fixture(scope="module")
def nlp() -> Language:
    return make_nlp()


def persons(doc: Doc, form: str | None = None) -> list[tuple[str, str]]:
    return [(s.text, s.kb_id_) for s in doc.spans["people"] if form is None or s.id_ == form]


def titles(doc: Doc) -> list[tuple[str, str]]:
    return [(s.text, s.kb_id_) for s in doc.spans["titles"]]


def test_title_alone_takes_the_country_of_its_person(nlp):
    doc = nlp(f"{OPENING} The Minister agreed.")
    assert [(s.text, s.id_) for s in doc.spans["titles"]][-1] == ("Minister", "SLV")


WHITFIELD = "Dana R. Whitfield"
OPENING = (
    f"The Acting Secretary of the Department of Homeland Security, {WHITFIELD}, "
    "signed an agreement with Salvadoran Minister of Foreign Affairs, Elena Ruiz Castro."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Surname, title and surname, and modifier, title and surname all join the full name.
        (
            f"{OPENING} Whitfield thanked the team. Acting Secretary Whitfield left. "
            "Secretary Whitfield returned.",
            [
                (WHITFIELD, WHITFIELD),
                ("Elena Ruiz Castro", "Elena Ruiz Castro"),
                ("Whitfield", WHITFIELD),
                ("Whitfield", WHITFIELD),
                ("Whitfield", WHITFIELD),
            ],
        ),
        # A later surname mention of a double surname ("Minister Ruiz").
        (
            f"{OPENING} Minister Ruiz agreed.",
            [
                (WHITFIELD, WHITFIELD),
                ("Elena Ruiz Castro", "Elena Ruiz Castro"),
                ("Ruiz", "Elena Ruiz Castro"),
            ],
        ),
        # A possessive mention is found by its surname.
        (
            "Minister Omar Said Nasser arrived. Nasser’s visit ended.",
            [("Omar Said Nasser", "Omar Said Nasser"), ("Nasser", "Omar Said Nasser")],
        ),
        # The fullest form wins, whichever comes first.
        (
            "President Moore spoke. President Daniel R. Moore, Jr. then signed.",
            [("Moore", "Daniel R. Moore, Jr."), ("Daniel R. Moore, Jr.", "Daniel R. Moore, Jr.")],
        ),
        # A given name that is compatible (an initial) joins; a different one does not.
        (
            "Ambassador Mark Stone met Ambassador M. Stone and Director Karen Stone.",
            [
                ("Mark Stone", "Mark Stone"),
                ("M. Stone", "Mark Stone"),
                ("Karen Stone", "Karen Stone"),
            ],
        ),
        # A surname shared by two people stays with the one whose office it shares.
        (
            "Ambassador Mark Stone met Director Karen Stone. Ambassador Stone left first.",
            [("Mark Stone", "Mark Stone"), ("Karen Stone", "Karen Stone"), ("Stone", "Mark Stone")],
        ),
        # Given names that are not compatible make two people.
        (
            "Ambassador Mark Stone met Ambassador Karen Stone. Ambassador Stone left first.",
            [("Mark Stone", "Mark Stone"), ("Karen Stone", "Karen Stone"), ("Stone", "Stone")],
        ),
        # A name known only as a surname takes the given name found before it later.
        (
            "Mr. Halvorsen was released. Nils Halvorsen thanked the embassy.",
            [("Halvorsen", "Nils Halvorsen"), ("Nils Halvorsen", "Nils Halvorsen")],
        ),
        # The last words of a fuller name ("Al Owais").
        (
            'Minister Abdul Rahman Al Owais spoke. "We agree," said Al Owais.',
            [
                ("Abdul Rahman Al Owais", "Abdul Rahman Al Owais"),
                ("Al Owais", "Abdul Rahman Al Owais"),
            ],
        ),
        # A name in capitals in a speaker label.
        (
            "Prime Minister Arben Kola met the press.\n\nPRIME MINISTER KOLA: Thank you.",
            [("Arben Kola", "Arben Kola"), ("KOLA", "Arben Kola")],
        ),
        # A full name written out again is one mention, not its surname alone.
        (
            "Minister Omar Said Nasser arrived. Later, Omar Said Nasser spoke.",
            [("Omar Said Nasser", "Omar Said Nasser"), ("Omar Said Nasser", "Omar Said Nasser")],
        ),
        # A surname inside a longer word is no mention.
        (
            "Ambassador Mark Stone met the Stonemasons Guild. Stone left.",
            [("Mark Stone", "Mark Stone"), ("Stone", "Mark Stone")],
        ),
        # Nor is a surname inside a country or an agency.
        (
            "Minister Ravi Lanka spoke. The crisis in Sri Lanka deepened. Lanka left.",
            [("Ravi Lanka", "Ravi Lanka"), ("Lanka", "Ravi Lanka")],
        ),
    ],
)
def test_mentions_link_to_the_fullest_name(nlp, text, expected):
    assert persons(nlp(text), "name") == expected


@pytest.mark.parametrize(
    ("text", "expected_titles"),
    [
        # A title alone after the full mention refers to the one person with that office.
        (
            f"{OPENING} The Secretary and the Minister discussed migration.",
            [
                ("Acting Secretary of the Department of Homeland Security", WHITFIELD),
                ("Minister of Foreign Affairs", "Elena Ruiz Castro"),
                ("Secretary", WHITFIELD),
                ("Minister", "Elena Ruiz Castro"),
            ],
        ),
        # Two people with the office: the title alone stays unlinked.
        (
            "Minister Ada Lund met Minister Ola Berg. The Minister spoke.",
            [("Minister", "Ada Lund"), ("Minister", "Ola Berg"), ("Minister", "")],
        ),
        # "The Deputy Secretary" is another office than "Secretary".
        (
            "Secretary Tom Ash spoke. The Deputy Secretary agreed.",
            [("Secretary", "Tom Ash"), ("Deputy Secretary", "")],
        ),
        # A title alone before any person stays unlinked.
        (
            "The Minister arrived. Minister Ada Lund then spoke.",
            [("Minister", ""), ("Minister", "Ada Lund")],
        ),
        # A title with its own "of ..." phrase must match word for word.
        (
            "Secretary of State Tom Ash met the Secretary of the Treasury and the Secretary of State.",
            [
                ("Secretary of State", "Tom Ash"),
                ("Secretary of the Treasury", ""),
                ("Secretary of State", "Tom Ash"),
            ],
        ),
        # "Foreign Minister" and "Minister of Foreign Affairs" are one office.
        (
            "Albanian Minister of Foreign Affairs Ada Lund arrived. The Foreign Minister spoke.",
            [("Minister of Foreign Affairs", "Ada Lund"), ("Foreign Minister", "Ada Lund")],
        ),
        # A portfolio before the head says which Secretary: "the Secretary" is that one.
        (
            "Agriculture Secretary Tom Ash arrived. The Secretary spoke.",
            [("Agriculture Secretary", "Tom Ash"), ("Secretary", "Tom Ash")],
        ),
        # Two people of one office: the title they open, or the home country's.
        (
            "Agriculture Secretary Tom Ash met Cabinet Secretary for Agriculture Ada Lund. "
            "The Secretary and the Cabinet Secretary signed.",
            [
                ("Agriculture Secretary", "Tom Ash"),
                ("Cabinet Secretary for Agriculture", "Ada Lund"),
                ("Secretary", "Tom Ash"),
                ("Cabinet Secretary", "Ada Lund"),
            ],
        ),
    ],
)
def test_titles_alone(nlp, text, expected_titles):
    assert titles(nlp(text)) == expected_titles


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # One person in this and the previous sentence: linked; a linked pronoun does not
        # carry the person further.
        (
            "Secretary Tom Ash visited Oslo. He met students there. She was not there.",
            [("He", "Tom Ash")],
        ),
        # Two people: not linked.
        ("Secretary Tom Ash met Minister Ada Lund. He thanked her.", []),
        # In its own sentence only those named before a pronoun count.
        (
            "Secretary Tom Ash visited Oslo. He met Minister Ada Lund there.",
            [("He", "Tom Ash")],
        ),
        # With no one before it, the one person its sentence names.
        ("After he arrived, Secretary Tom Ash spoke.", [("he", "Tom Ash")]),
        # Too far from the only person: not linked.
        ("Secretary Tom Ash visited Oslo. The weather was fine. It rained later. He left.", []),
        # "His Excellency" is an honorific, not a pronoun.
        ("Secretary Tom Ash spoke. His Excellency Ada Lund replied.", []),
        # Honorifics and titles that say a gender: a pronoun of the other is not linked.
        ("Ms. Ada Lund arrived. She spoke first.", [("She", "Ada Lund")]),
        ("Mr. Tom Ash arrived. She spoke first.", []),
        ("Queen Ada Lund spoke. He listened.", []),
        ("Her Excellency Ada Lund spoke. He listened. She left.", []),
        ("Her Excellency Ada Lund spoke. She left.", [("She", "Ada Lund")]),
        # Nothing says a gender: linked.
        ("Dr. Tom Ash arrived. She spoke first.", [("She", "Tom Ash")]),
        # A surname spelt like a pronoun is the name's, not a pronoun.
        ("Vice Premier He Lifeng spoke.", []),
    ],
)
def test_pronouns(nlp, text, expected):
    assert persons(nlp(text), "pronoun") == expected


def test_pronouns_need_sentences():
    doc = make_nlp(sentences=False)("Secretary Tom Ash visited Oslo. He met students there.")
    assert persons(doc, "pronoun") == []


def test_pronouns_can_be_turned_off():
    doc = make_nlp(pronouns=[])("Secretary Tom Ash visited Oslo. He met students there.")
    assert persons(doc, "pronoun") == []


def test_pronoun_window_from_config():
    text = "Secretary Tom Ash visited Oslo. The weather was fine. He left."
    assert persons(make_nlp(pronoun_window=2)(text), "pronoun") == [("He", "Tom Ash")]


def test_cluster_attributes_are_merged_under_the_canonical_name(nlp):
    doc = nlp(f"{OPENING} Later, Secretary Whitfield of the U.S. left.")
    table = doc._.entity_attrs
    assert "PERSON:Whitfield" not in table
    assert entity_attrs(doc, "PERSON", WHITFIELD) == {
        "title": "Acting Secretary of the Department of Homeland Security",
        "country": "USA",
        "agency": "U.S. Department of Homeland Security",
    }
    assert entity_attrs(doc, "PERSON", "Elena Ruiz Castro")["country"] == "SLV"


def test_doc_without_people(nlp):
    doc = nlp("The talks ended. He left. The Minister agreed.")
    assert persons(doc) == [] and titles(doc) == [("Minister", "")]


def test_empty_doc(nlp):
    doc = nlp("")
    assert list(doc.spans["people"]) == [] and list(doc.spans["titles"]) == []


def test_pipe_with_two_processes(nlp):
    texts = [f"{OPENING} Whitfield thanked the team. He left.", "", "The Minister spoke."] * 3
    expected = [(persons(nlp(t)), titles(nlp(t))) for t in texts]
    results = [(persons(d), titles(d)) for d in nlp.pipe(texts, n_process=2, batch_size=2)]
    assert results == expected and ("Whitfield", WHITFIELD) in expected[0][0]


def test_to_disk_and_spacy_load_round_trip(nlp, tmp_path):
    nlp.to_disk(tmp_path / "model")
    assert (tmp_path / "model" / "undersigned_aliases" / "titles.jsonl").is_file()
    loaded = spacy.load(tmp_path / "model")
    text = f"{OPENING} The Secretary thanked Whitfield's team. He left."
    assert persons(loaded(text)) == persons(nlp(text)) != []
    assert titles(loaded(text)) == titles(nlp(text))


def test_config_lists_exactly_the_keyword_arguments():
    assert set(factory_arguments("undersigned_aliases")) == {"pronouns", "pronoun_window"}
    assert initialize_arguments(Language.factories["undersigned_aliases"]) == (
        "titles_path",
        "name_stopwords_path",
    )


def test_uninitialised_component_raises():
    nlp = spacy.blank("en")
    nlp.add_pipe("undersigned_aliases")
    with pytest.raises(RuleSetError, match="E440"):
        nlp("Secretary Whitfield spoke.")


def test_bad_titles_file_names_file_and_line(tmp_path):
    path = tmp_path / "titles.jsonl"
    path.write_text(
        json.dumps({"title": "Secretary", "kind": "head"})
        + "\n"
        + json.dumps({"title": "Envoy", "kind": "boss"})
        + "\n",
        encoding="utf-8",
    )
    nlp = spacy.blank("en")
    component = nlp.add_pipe("undersigned_aliases")
    with pytest.raises(RuleSetError, match=r"titles\.jsonl:2: field 'kind' has value 'boss'"):
        component.initialize(titles_path=path)


def test_missing_data_file(tmp_path):
    nlp = spacy.blank("en")
    component = nlp.add_pipe("undersigned_aliases")
    with pytest.raises(RuleSetError, match="E443"):
        component.from_disk(tmp_path)
