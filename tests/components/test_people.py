from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

import pipeline.components.people  # noqa: F401
from pipeline.errors import RuleSetError
from pipeline.extensions import cached_spans, entity_attrs, set_entity_attrs
from pipeline.people_lexicon import load_lexicon
from pipeline.rules import factory_arguments, initialize_arguments

# Countries and agencies for these tests only, so that they do not depend on the
# undersigned_countries and undersigned_agencies components.
TEST_COUNTRIES = {
    "U.S.": ("USA", "name"),
    "El Salvador": ("SLV", "name"),
    "Salvadoran": ("SLV", "demonym"),
    "Mexico": ("MEX", "name"),
    "Brazilian": ("BRA", "demonym"),
    "Albania": ("ALB", "name"),
    "Norwegian": ("NOR", "demonym"),
    "Kenyan": ("KEN", "demonym"),
    "Burmese": ("MMR", "demonym"),
    "Swiss": ("CHE", "demonym"),
    "Indian": ("IND", "demonym"),
    "Austrian": ("AUT", "demonym"),
}
TEST_AGENCIES = {
    "U.S. Department of Homeland Security": ("U.S. Department of Homeland Security", "USA"),
    "State Department": ("U.S. Department of State", "USA"),
    "Ministry of Foreign Affairs": ("Ministry of Foreign Affairs", None),
}


def _finder(table: dict[str, object]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(k) for k in sorted(table, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


_COUNTRY_RE, _AGENCY_RE = _finder(TEST_COUNTRIES), _finder(TEST_AGENCIES)


@Language.component("test_people_context")
def mark_test_context(doc: Doc) -> Doc:
    agencies, taken = [], set()
    for match in _AGENCY_RE.finditer(doc.text):
        span = doc.char_span(match.start(), match.end())
        if span is not None:
            canonical, country = TEST_AGENCIES[match.group(0)]
            agencies.append(Span(doc, span.start, span.end, label="AGENCY", kb_id=canonical))
            set_entity_attrs(doc, "AGENCY", canonical, acronym=None, country=country)
            taken.update(range(span.start, span.end))
    countries = []
    for match in _COUNTRY_RE.finditer(doc.text):
        span = doc.char_span(match.start(), match.end())
        if span is not None and span.start not in taken:
            iso, form = TEST_COUNTRIES[match.group(0)]
            countries.append(
                Span(doc, span.start, span.end, label="COUNTRY", kb_id=iso, span_id=form)
            )
    doc.spans["countries"] = countries
    doc.spans["agencies"] = agencies
    return doc


def make_nlp(**config: object) -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("test_people_context")
    nlp.add_pipe("undersigned_people", config=config)
    nlp.initialize()
    return nlp


@pytest.fixture(scope="module")
def nlp() -> Language:
    return make_nlp()


def persons(doc: Doc) -> list[tuple[str, str]]:
    return [(s.text, s.kb_id_) for s in doc.spans["people"]]


def titles(doc: Doc) -> list[tuple[str, str, str]]:
    return [(s.text, s.kb_id_, s.id_) for s in doc.spans["titles"]]


# (text, people as (text, kb_id), titles as (text, person, country)); sentences written
# for these tests, in the shapes that government releases use.
SHAPES = [
    (
        "Today the Acting Secretary of the U.S. Department of Homeland Security, Dana R. "
        "Whitfield, signed a letter with Salvadoran Minister of Foreign Affairs, Elena Ruiz "
        "Castro, in Washington.",
        [("Dana R. Whitfield", "Dana R. Whitfield"), ("Elena Ruiz Castro", "Elena Ruiz Castro")],
        [
            (
                "Acting Secretary of the U.S. Department of Homeland Security",
                "Dana R. Whitfield",
                "USA",
            ),
            ("Minister of Foreign Affairs", "Elena Ruiz Castro", "SLV"),
        ],
    ),
    (
        "Acting Secretary of Homeland Security Dana R. Whitfield met reporters.",
        [("Dana R. Whitfield", "Dana R. Whitfield")],
        [("Acting Secretary of Homeland Security", "Dana R. Whitfield", "USA")],
    ),
    (
        # A portfolio before "Minister": the whole office, with the demonym's country.
        "Norwegian External Affairs Minister Ravi Menon and Kenyan Health Minister Grace Otieno "
        "met.",
        [("Ravi Menon", "Ravi Menon"), ("Grace Otieno", "Grace Otieno")],
        [
            ("External Affairs Minister", "Ravi Menon", "NOR"),
            ("Health Minister", "Grace Otieno", "KEN"),
        ],
    ),
    (
        # Portfolios before a head join the title, but not from inside an agency's name.
        "Kenyan Trade Cabinet Secretary Moses Kamau met the Ministry of Foreign Affairs "
        "Deputy Director Ana Ruiz.",
        [("Moses Kamau", "Moses Kamau"), ("Ana Ruiz", "Ana Ruiz")],
        [
            ("Trade Cabinet Secretary", "Moses Kamau", "KEN"),
            ("Deputy Director", "Ana Ruiz", ""),
        ],
    ),
    (
        # A portfolio word after "of" ends a name; after "and" it opens the next title.
        "Chamber of Commerce President Paul Ortega met Ravi Menon and External Affairs "
        "Minister Ana Ruiz.",
        [("Paul Ortega", "Paul Ortega"), ("Ana Ruiz", "Ana Ruiz")],
        [("President", "Paul Ortega", ""), ("External Affairs Minister", "Ana Ruiz", "")],
    ),
    (
        # A sentence's last word is no body before the next title: the home office stays.
        "They met in Lima. Education Secretary Paul Ortega spoke.",
        [("Paul Ortega", "Paul Ortega")],
        [("Education Secretary", "Paul Ortega", "USA")],
    ),
    (
        "Secretary Whitfield spoke first.",
        [("Whitfield", "Whitfield")],
        [("Secretary", "Whitfield", "USA")],
    ),
    (
        "Secretary of State Martin J. Hale arrived on Monday.",
        [("Martin J. Hale", "Martin J. Hale")],
        [("Secretary of State", "Martin J. Hale", "USA")],
    ),
    # A bare "Ambassador" is the home country's, as in an embassy's release; a country
    # before the title or after "of" says whose.
    (
        "Ambassador Linda Okafor-Reyes welcomed the delegation.",
        [("Linda Okafor-Reyes", "Linda Okafor-Reyes")],
        [("Ambassador", "Linda Okafor-Reyes", "USA")],
    ),
    (
        "Kenyan Ambassador Linda Okafor-Reyes welcomed the delegation.",
        [("Linda Okafor-Reyes", "Linda Okafor-Reyes")],
        [("Ambassador", "Linda Okafor-Reyes", "KEN")],
    ),
    (
        "Ambassador of Albania Linda Okafor-Reyes welcomed the delegation.",
        [("Linda Okafor-Reyes", "Linda Okafor-Reyes")],
        [("Ambassador of Albania", "Linda Okafor-Reyes", "ALB")],
    ),
    # So is a bare "Administrator" (of USAID, NASA, EPA in a U.S. release), but not one
    # of a body (whose country the agency recognizer, not run here, gives).
    (
        "Deputy Administrator Carla Whitcombe signed the memorandum.",
        [("Carla Whitcombe", "Carla Whitcombe")],
        [("Deputy Administrator", "Carla Whitcombe", "USA")],
    ),
    (
        "Ramon Dizon, Administrator of the Civil Aviation Authority of the Philippines, spoke.",
        [("Ramon Dizon", "Ramon Dizon")],
        [("Administrator of the Civil Aviation Authority of the Philippines", "Ramon Dizon", "")],
    ),
    # A name between commas after a title is its holder when another titled person
    # follows the "and" ("The First Lady, A, and B" may be a list).
    (
        "It was signed by the Minister of Health, Simon Zwane, and Ambassador Ana Ruiz.",
        [("Simon Zwane", "Simon Zwane"), ("Ana Ruiz", "Ana Ruiz")],
        [("Minister of Health", "Simon Zwane", ""), ("Ambassador", "Ana Ruiz", "USA")],
    ),
    # After "in", a place of one word or more, then the name ("Will" is a name here).
    (
        "Consul General in Lagos Will Stevens and Minister of Health Akin Abayomi met.",
        [("Will Stevens", "Will Stevens"), ("Akin Abayomi", "Akin Abayomi")],
        [
            ("Consul General in Lagos", "Will Stevens", "USA"),
            ("Minister of Health", "Akin Abayomi", ""),
        ],
    ),
    (
        "Chargé d'Affaires in Ho Chi Minh City Susan Burns spoke.",
        [("Susan Burns", "Susan Burns")],
        [("Chargé d'Affaires in Ho Chi Minh City", "Susan Burns", "USA")],
    ),
    (
        "Minister Delegate for Foreign Trade Franck Riester and Undersecretary of National "
        "Defense Irineo Espino met Minister of Production Raul Perez.",
        [
            ("Franck Riester", "Franck Riester"),
            ("Irineo Espino", "Irineo Espino"),
            ("Raul Perez", "Raul Perez"),
        ],
        [
            ("Minister Delegate for Foreign Trade", "Franck Riester", ""),
            ("Undersecretary of National Defense", "Irineo Espino", ""),
            ("Minister of Production", "Raul Perez", ""),
        ],
    ),
    # "head of" in lower case, with its body and the name after a comma.
    (
        "Bill Nelson and the head of the Ghana Space Agency, Salem Al Marzooqi, spoke.",
        [("Salem Al Marzooqi", "Salem Al Marzooqi")],
        [("head of the Ghana Space Agency", "Salem Al Marzooqi", "")],
    ),
    ("The head of state met the delegation.", [], []),
    # A home leader's surname after "President": the home country; another President named
    # bare, no one's.
    (
        "President Biden and President Yoon Suk Yeol met.",
        [("Biden", "Biden"), ("Yoon Suk Yeol", "Yoon Suk Yeol")],
        [("President", "Biden", "USA"), ("President", "Yoon Suk Yeol", "")],
    ),
    (
        "President Joseph R. Biden, Jr. spoke.",
        [("Joseph R. Biden, Jr.", "Joseph R. Biden, Jr.")],
        [("President", "Joseph R. Biden, Jr.", "USA")],
    ),
    (
        "The First Lady, Ana Ruiz, and Maria Lopez spoke.",
        [],
        [("First Lady", "", "USA")],
    ),
    (
        "Country Director Caroline Ryan and Board Chair Reta Jo Lewis met.",
        [("Caroline Ryan", "Caroline Ryan"), ("Reta Jo Lewis", "Reta Jo Lewis")],
        [("Country Director", "Caroline Ryan", ""), ("Board Chair", "Reta Jo Lewis", "")],
    ),
    (
        "President Daniel R. Moore, Jr. met the press.",
        [("Daniel R. Moore, Jr.", "Daniel R. Moore, Jr.")],
        [("President", "Daniel R. Moore, Jr.", "")],
    ),
    (
        "President Ana Castillo of El Salvador spoke.",
        [("Ana Castillo", "Ana Castillo")],
        [("President", "Ana Castillo", "SLV")],
    ),
    (
        "Prime Minister Arben Kola of Albania and Minister for Trade and Industry Tan Wei Ming "
        "signed.",
        [("Arben Kola", "Arben Kola"), ("Tan Wei Ming", "Tan Wei Ming")],
        [
            ("Prime Minister", "Arben Kola", "ALB"),
            ("Minister for Trade and Industry", "Tan Wei Ming", ""),
        ],
    ),
    (
        "His Excellency Amadou Faye Diallo, Chairperson of the African Union Commission (AUC), "
        "attended.",
        [("Amadou Faye Diallo", "Amadou Faye Diallo")],
        [("Chairperson of the African Union Commission (AUC)", "Amadou Faye Diallo", "")],
    ),
    (
        "Dana R. Whitfield, Acting Secretary of Homeland Security, signed it.",
        [("Dana R. Whitfield", "Dana R. Whitfield")],
        [("Acting Secretary of Homeland Security", "Dana R. Whitfield", "USA")],
    ),
    (
        "Brazilian Foreign Minister Pereira thanked the hosts.",
        [("Pereira", "Pereira")],
        [("Foreign Minister", "Pereira", "BRA")],
    ),
    (
        "Martin J. Hale, Secretary of State\n\nToday we mark an anniversary.",
        [("Martin J. Hale", "Martin J. Hale")],
        [("Secretary of State", "Martin J. Hale", "USA")],
    ),
    (
        "The below is attributable to State Department Spokesperson Paul Avery:",
        [("Paul Avery", "Paul Avery")],
        [("Spokesperson", "Paul Avery", "USA")],
    ),
    (
        "U.S. Secretary of State Martin J. Hale and Mexico's Secretary of Foreign Affairs "
        "Jorge Lima met.",
        [("Martin J. Hale", "Martin J. Hale"), ("Jorge Lima", "Jorge Lima")],
        [
            ("Secretary of State", "Martin J. Hale", "USA"),
            ("Secretary of Foreign Affairs", "Jorge Lima", "MEX"),
        ],
    ),
    (
        "Secretary of Foreign Affairs Jorge Lima met the press.",
        [("Jorge Lima", "Jorge Lima")],
        [("Secretary of Foreign Affairs", "Jorge Lima", "")],
    ),
    (
        "Thank you to Senators Grant and Molloy and Representatives Ines Navarro (TX-09) and "
        "Paul Kim for their leadership.",
        [
            ("Grant", "Grant"),
            ("Molloy", "Molloy"),
            ("Ines Navarro", "Ines Navarro"),
            ("Paul Kim", "Paul Kim"),
        ],
        [("Senators", "Grant", "USA"), ("Representatives", "Ines Navarro", "USA")],
    ),
    (
        "We call for the release of Norwegian citizens Tomas Berg and Ola Lind.",
        [("Tomas Berg", "Tomas Berg"), ("Ola Lind", "Ola Lind")],
        [],
    ),
    (
        "Commissioner Ursula van der Berg met Crown Prince Khalid bin Nasser and President "
        "Abdel Karim al-Hassan.",
        [
            ("Ursula van der Berg", "Ursula van der Berg"),
            ("Khalid bin Nasser", "Khalid bin Nasser"),
            ("Abdel Karim al-Hassan", "Abdel Karim al-Hassan"),
        ],
        [
            ("Commissioner", "Ursula van der Berg", ""),
            ("Crown Prince", "Khalid bin Nasser", ""),
            ("President", "Abdel Karim al-Hassan", ""),
        ],
    ),
    (
        # A rank named bare is the home country's, as a bare "Ambassador" is: U.S. releases
        # mark a foreign officer's country. Here that default is wrong (a known cost).
        "King Faisal II received Colonel Omar Said Nasser.",
        [("King Faisal II", "King Faisal II"), ("Omar Said Nasser", "Omar Said Nasser")],
        [("King", "King Faisal II", ""), ("Colonel", "Omar Said Nasser", "USA")],
    ),
    (
        # An appositive with a role says whose officer he is; a role that names no country
        # (the Philippine Army is no body here: the agency recognizer does not run) leaves
        # the rank the home one's, as for "commanding general of V Corps".
        "Maj. Gen. Roy Galido, commander of the Philippine Army, and Gen. Ana Ruiz met.",
        [("Roy Galido", "Roy Galido"), ("Ana Ruiz", "Ana Ruiz")],
        [("Maj. Gen.", "Roy Galido", "USA"), ("Gen.", "Ana Ruiz", "USA")],
    ),
    (
        # The role's body gives the officer's country (the agency recognizer, not run
        # here, would give a body's; a country does here).
        "Lt. Gen. Ramon Cabrera, commanding general of the army of Albania, spoke.",
        [("Ramon Cabrera", "Ramon Cabrera")],
        [("Lt. Gen.", "Ramon Cabrera", "ALB")],
    ),
    (
        # No closing comma: no appositive to read.
        "Lt. Gen. Ramon Cabrera, commanding general of the army of Albania.",
        [("Ramon Cabrera", "Ramon Cabrera")],
        [("Lt. Gen.", "Ramon Cabrera", "")],
    ),
    (
        # A plural after the comma is a list, not his role.
        "Secretary of State Ana Ruiz, foreign ministers of Egypt and Morocco met.",
        [("Ana Ruiz", "Ana Ruiz")],
        [("Secretary of State", "Ana Ruiz", "USA")],
    ),
    (
        "Colombian Vice President and Minister of Foreign Affairs Marta Luz Pardo signed.",
        [("Marta Luz Pardo", "Marta Luz Pardo")],
        [
            ("Vice President", "Marta Luz Pardo", ""),
            ("Minister of Foreign Affairs", "Marta Luz Pardo", ""),
        ],
    ),
    (
        "Rafael Ortiz, the former Deputy Prime Minister, was honored.",
        [("Rafael Ortiz", "Rafael Ortiz")],
        [("Deputy Prime Minister", "Rafael Ortiz", "")],
    ),
    (
        "UN Special Envoy Hanna Berglund will travel.",
        [("Hanna Berglund", "Hanna Berglund")],
        [("Special Envoy", "Hanna Berglund", "")],
    ),
    # A university's rector; its name, capitalised words before "University", is the office's.
    (
        "Ambassador Roy Perrin and the Rector of the National Autonomous University of "
        "Mexico, Marta Elena Zúniga, signed.",
        [("Roy Perrin", "Roy Perrin"), ("Marta Elena Zúniga", "Marta Elena Zúniga")],
        [
            ("Ambassador", "Roy Perrin", "USA"),
            (
                "Rector of the National Autonomous University of Mexico",
                "Marta Elena Zúniga",
                "MEX",
            ),
        ],
    ),
    (
        "The Vice-Rector of the Pedagogical Institute Ana Ruiz spoke.",
        [("Ana Ruiz", "Ana Ruiz")],
        [("Vice-Rector of the Pedagogical Institute", "Ana Ruiz", "")],
    ),
    # Portfolio words of a ministry's name before the holder's ("Energy Transition").
    (
        "Salvadoran Minister of Energy Transition Leila Benali spoke.",
        [("Leila Benali", "Leila Benali")],
        [("Minister of Energy Transition", "Leila Benali", "SLV")],
    ),
    # A mission's (deputy) chief is the home country's, as an ambassador is.
    (
        "Deputy Chief of Mission J.R. Littlefield spoke.",
        [("J.R. Littlefield", "J.R. Littlefield")],
        [("Deputy Chief of Mission", "J.R. Littlefield", "USA")],
    ),
    # A word before a portfolio word belongs to the office ("Livestock Development"),
    # so the name after it is not swallowed by the title.
    (
        "Kenyan Cabinet Secretary for Fisheries and Livestock Development Amina Njeri Otieno "
        "signed.",
        [("Amina Njeri Otieno", "Amina Njeri Otieno")],
        [
            (
                "Cabinet Secretary for Fisheries and Livestock Development",
                "Amina Njeri Otieno",
                "KEN",
            )
        ],
    ),
    (
        "Minister for Water and Sanitation Services Tomas Berg spoke.",
        [("Tomas Berg", "Tomas Berg")],
        [("Minister for Water and Sanitation Services", "Tomas Berg", "")],
    ),
    # A party's General Secretary is no U.S. Secretary.
    (
        "General Secretary Tran Minh Duc spoke.",
        [("Tran Minh Duc", "Tran Minh Duc")],
        [("General Secretary", "Tran Minh Duc", "")],
    ),
    # Military ranks, abbreviated, alone or after an office: the office's country holds.
    (
        "Lt. Gen. Scott Spellmon spoke.",
        [("Scott Spellmon", "Scott Spellmon")],
        [("Lt. Gen.", "Scott Spellmon", "USA")],
    ),
    (
        "Kenyan Chairman of the Joint Chiefs of Staff Maj. Gen. Yousef Huneiti spoke.",
        [("Yousef Huneiti", "Yousef Huneiti")],
        [
            ("Chairman of the Joint Chiefs of Staff", "Yousef Huneiti", "KEN"),
            ("Maj. Gen.", "Yousef Huneiti", "KEN"),
        ],
    ),
    (
        "Chief of Staff Lt. Gen. Ali Ahmed spoke.",
        [("Ali Ahmed", "Ali Ahmed")],
        [("Chief of Staff", "Ali Ahmed", ""), ("Lt. Gen.", "Ali Ahmed", "")],
    ),
    # A portfolio that is also a title ("Justice"), another government's "State
    # Secretary", an office then a rank, a mission's director.
    (
        "Kenyan Minister of Justice Ana Berg spoke.",
        [("Ana Berg", "Ana Berg")],
        [("Minister of Justice", "Ana Berg", "KEN")],
    ),
    (
        "Norwegian State Secretary Ana Berg spoke.",
        [("Ana Berg", "Ana Berg")],
        [("State Secretary", "Ana Berg", "NOR")],
    ),
    (
        "Kenyan Commandant Admiral Ana Berg spoke.",
        [("Ana Berg", "Ana Berg")],
        [("Commandant", "Ana Berg", "KEN"), ("Admiral", "Ana Berg", "KEN")],
    ),
    (
        "Mission Director Ana Berg spoke.",
        [("Ana Berg", "Ana Berg")],
        [("Mission Director", "Ana Berg", "")],
    ),
    # A named office that goes on with a second portfolio.
    (
        "Kenyan Secretary of Agriculture and Rural Development Ana Berg spoke.",
        [("Ana Berg", "Ana Berg")],
        [("Secretary of Agriculture and Rural Development", "Ana Berg", "KEN")],
    ),
    # The words of an office the name follows ("Climate Change", "Public Works").
    (
        "Minister of Environment and Climate Change Steven Guilbeault spoke.",
        [("Steven Guilbeault", "Steven Guilbeault")],
        [("Minister of Environment and Climate Change", "Steven Guilbeault", "")],
    ),
    (
        "Minister of Transport and Public Works Ana Ruiz spoke.",
        [("Ana Ruiz", "Ana Ruiz")],
        [("Minister of Transport and Public Works", "Ana Ruiz", "")],
    ),
    # A surname spelt like a pronoun; an inner apostrophe.
    (
        "Brazilian Vice Premier He Lifeng spoke.",
        [("He Lifeng", "He Lifeng")],
        [("Vice Premier", "He Lifeng", "BRA")],
    ),
    (
        "Governor Njuguna Ndung'u spoke.",
        [("Njuguna Ndung'u", "Njuguna Ndung'u")],
        [("Governor", "Njuguna Ndung'u", "")],
    ),
    # Offices of other governments and their forces.
    (
        "Burmese State Counsellor Khin Mya Thwe spoke.",
        [("Khin Mya Thwe", "Khin Mya Thwe")],
        [("State Counsellor", "Khin Mya Thwe", "MMR")],
    ),
    (
        "Swiss Federal Councillor Guy Parmelin spoke.",
        [("Guy Parmelin", "Guy Parmelin")],
        [("Federal Councillor", "Guy Parmelin", "CHE")],
    ),
    (
        "Minister-President Klaus Reindl spoke.",
        [("Klaus Reindl", "Klaus Reindl")],
        [("Minister-President", "Klaus Reindl", "")],
    ),
    (
        "Adm. John Aquilino and Indian Chief of Naval Staff Adm. R. Hari Kumar spoke.",
        [("John Aquilino", "John Aquilino"), ("R. Hari Kumar", "R. Hari Kumar")],
        [
            ("Adm.", "John Aquilino", "USA"),
            ("Chief of Naval Staff", "R. Hari Kumar", "IND"),
            ("Adm.", "R. Hari Kumar", "IND"),
        ],
    ),
    (
        "Austrian Chief of Defence Gen. Rudolf Striedinger spoke.",
        [("Rudolf Striedinger", "Rudolf Striedinger")],
        [("Chief of Defence", "Rudolf Striedinger", "AUT"), ("Gen.", "Rudolf Striedinger", "AUT")],
    ),
    # A hyphenated office; a portfolio of public safety.
    (
        "Norwegian Vice-Minister Naoki Kobayashi spoke.",
        [("Naoki Kobayashi", "Naoki Kobayashi")],
        [("Vice-Minister", "Naoki Kobayashi", "NOR")],
    ),
    (
        "Kenyan Minister of Public Safety Dominic LeBlanc spoke.",
        [("Dominic LeBlanc", "Dominic LeBlanc")],
        [("Minister of Public Safety", "Dominic LeBlanc", "KEN")],
    ),
    # A presidential envoy named bare is the home government's; another's has its country.
    (
        "Special Presidential Envoy for Climate Dana Hale spoke with Brazilian Presidential "
        "Envoy Luiz Costa.",
        [("Dana Hale", "Dana Hale"), ("Luiz Costa", "Luiz Costa")],
        [
            ("Special Presidential Envoy for Climate", "Dana Hale", "USA"),
            ("Presidential Envoy", "Luiz Costa", "BRA"),
        ],
    ),
    # A headline's verb in capitals is no name, nor part of one.
    (
        "Deputy Secretary of Commerce Leads Trade Mission to Cabo Verde\n\nIt went well.",
        [],
        [("Deputy Secretary of Commerce", "", "USA")],
    ),
    (
        "Secretary Blinken Attends Signing Ceremony in Rome\n\nIt went well.",
        [("Blinken", "Blinken")],
        [("Secretary", "Blinken", "USA")],
    ),
    (
        "Secretary Blinken Witnesses Signing of U.S.-Kazakhstan Memorandum\n\nIt went well.",
        [("Blinken", "Blinken")],
        [("Secretary", "Blinken", "USA")],
    ),
    (
        "Ambassador Whitman Hails Signing of Health Agreement\n\nIt went well.",
        [("Whitman", "Whitman")],
        [("Ambassador", "Whitman", "USA")],
    ),
    (
        "Secretary Raimondo Tours Factory in Ohio\n\nIt went well.",
        [("Raimondo", "Raimondo")],
        [("Secretary", "Raimondo", "USA")],
    ),
    # Malaysian honorifics before a name, several in a row.
    (
        "Minister Tengku Datuk Seri Zafrul Aziz spoke.",
        [("Zafrul Aziz", "Zafrul Aziz")],
        [("Minister", "Zafrul Aziz", "")],
    ),
    (
        "Minister of Trade Dato' Seri Rafidah Aziz spoke.",
        [("Rafidah Aziz", "Rafidah Aziz")],
        [("Minister of Trade", "Rafidah Aziz", "")],
    ),
    # "on behalf of" a country after the name gives the title that country.
    (
        "Ambassador Maria Ortega, on behalf of Mexico, spoke.",
        [("Maria Ortega", "Maria Ortega")],
        [("Ambassador", "Maria Ortega", "MEX")],
    ),
    # "a.i." and "ad interim" belong to the title; an Ambassador-at-Large is American.
    (
        "U.S. Chargé d'Affaires a.i. Harold W. Benning spoke.",
        [("Harold W. Benning", "Harold W. Benning")],
        [("Chargé d'Affaires a.i.", "Harold W. Benning", "USA")],
    ),
    (
        "Chargé d'Affaires ad interim Harold W. Benning spoke.",
        [("Harold W. Benning", "Harold W. Benning")],
        [("Chargé d'Affaires ad interim", "Harold W. Benning", "USA")],
    ),
    (
        "Ambassador-at-Large of Mexico Ana Luisa Ruiz spoke.",
        [("Ana Luisa Ruiz", "Ana Luisa Ruiz")],
        [("Ambassador-at-Large of Mexico", "Ana Luisa Ruiz", "MEX")],
    ),
    (
        "Ambassador-at-Large for Counterterrorism Dan Halvorsen spoke.",
        [("Dan Halvorsen", "Dan Halvorsen")],
        [("Ambassador-at-Large for Counterterrorism", "Dan Halvorsen", "USA")],
    ),
]


@pytest.mark.parametrize(("text", "expected_people", "expected_titles"), SHAPES)
def test_title_anchored_people(nlp, text, expected_people, expected_titles):
    doc = nlp(text)
    assert persons(doc) == expected_people
    assert titles(doc) == expected_titles


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"The talks went well," said Omar Haddad.', [("Omar Haddad", "Omar Haddad")]),
        ("Lucia Ferreira said the talks went well.", [("Lucia Ferreira", "Lucia Ferreira")]),
        ("According to Ivan Petrov, the plan works.", [("Ivan Petrov", "Ivan Petrov")]),
        (
            "Mr. Petrov and Dr. Lena Vogt agreed.",
            [("Petrov", "Petrov"), ("Lena Vogt", "Lena Vogt")],
        ),
        # One word next to a speech verb is not enough: it may be a place or a body.
        ("Washington said no.", []),
        ("The United States said it would help.", []),
        ("Kendall Partners said it would help.", []),
    ],
)
def test_people_without_titles(nlp, text, expected):
    assert persons(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected_people", "expected_titles"),
    [
        (
            "SECRETARY HALE: Thank you.\n\nPRIME MINISTER KOLA: Thank you very much.\n\n"
            "QUESTION: And the agreement?",
            [("HALE", "Hale"), ("KOLA", "Kola")],
            [("SECRETARY", "Hale", "USA"), ("PRIME MINISTER", "Kola", "")],
        ),
        (
            "I transmit the protocol.\n\nSincerely,\n\nDANIEL R. MCKAY JR.\n\nTHE WHITE HOUSE,",
            [("DANIEL R. MCKAY JR.", "Daniel R. McKay Jr.")],
            [],
        ),
        # A signature block: a name alone on its line, its title on the next one.
        (
            "Signed at Tirana.\n\nLena Vogt\n\nPrime Minister of Albania\n",
            [("Lena Vogt", "Lena Vogt")],
            [("Prime Minister of Albania", "Lena Vogt", "ALB")],
        ),
        # A title that does not open its line is not under a signature.
        (
            "Lena Vogt\n\nThe visit of the Prime Minister of Albania ended.",
            [],
            [("Prime Minister of Albania", "", "ALB")],
        ),
    ],
)
def test_speaker_labels_and_signatures_in_capitals(nlp, text, expected_people, expected_titles):
    doc = nlp(text)
    assert persons(doc) == expected_people
    assert titles(doc) == expected_titles


@pytest.mark.parametrize(
    ("text", "expected_titles"),
    [
        ("General Motors said it would invest.", []),
        ("The General Services Administration agreed.", []),
        ("In Brussels, the Secretary met the press.", [("Secretary", "", "USA")]),
        (
            "It was decided by the Secretary of the Treasury, in consultation with the "
            "Secretary of State.",
            [("Secretary of the Treasury", "", "USA"), ("Secretary of State", "", "USA")],
        ),
        ("Office of the Spokesperson\n\nThe talks ended.", []),
        ("Thank you, Mr. Prime Minister.", [("Prime Minister", "", "")]),
        ("The Board of Directors met.", []),
        # One word after "for ..." that is no name found elsewhere: the title stands alone.
        (
            "The Special Envoy for Hostage Affairs Lindqvist, they said, travelled.",
            [("Special Envoy for Hostage Affairs", "", "")],
        ),
    ],
)
def test_titles_without_people(nlp, text, expected_titles):
    doc = nlp(text)
    assert persons(doc) == []
    assert titles(doc) == expected_titles


def test_entity_attrs_keep_the_fullest_title_country_and_agency(nlp):
    doc = nlp(
        "The Acting Secretary of the U.S. Department of Homeland Security, Dana R. "
        "Whitfield, signed. Later Acting Secretary Dana R. Whitfield left."
    )
    assert entity_attrs(doc, "PERSON", "Dana R. Whitfield") == {
        "title": "Acting Secretary of the U.S. Department of Homeland Security",
        "country": "USA",
        "agency": "U.S. Department of Homeland Security",
    }


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        # A plural title: only the home leader's is the home country's.
        ("Presidents Obama and Medvedev signed the treaty.", {"Obama": "USA", "Medvedev": None}),
        ("Presidents Yoon and Biden met.", {"Yoon": None, "Biden": "USA"}),
        ("Presidents Lula and Petro met.", {"Lula": None, "Petro": None}),
    ],
)
def test_plural_title_gives_the_home_country_to_the_home_leader_only(nlp, text, countries):
    doc = nlp(text)
    assert {name: entity_attrs(doc, "PERSON", name)["country"] for name in countries} == countries


@pytest.mark.parametrize(
    ("text", "expected_titles"),
    [
        (
            "Kenyan Ambassador Grace Wanjiru arrived. Ambassador Wanjiru and Ambassador "
            "Dana Hale signed.",
            [
                ("Ambassador", "Grace Wanjiru", "KEN"),
                ("Ambassador", "Wanjiru", "KEN"),
                ("Ambassador", "Dana Hale", "USA"),
            ],
        ),
        (
            "Secretary Rao spoke first. Later Indian Secretary Meera Rao signed.",
            [("Secretary", "Rao", "IND"), ("Secretary", "Meera Rao", "IND")],
        ),
        # Two stated countries for the surname: the bare title keeps the home country.
        (
            "Kenyan Minister Ann Otieno and Austrian Minister Paul Otieno met Ambassador Otieno.",
            [
                ("Minister", "Ann Otieno", "KEN"),
                ("Minister", "Paul Otieno", "AUT"),
                ("Ambassador", "Otieno", "USA"),
            ],
        ),
    ],
)
def test_default_home_country_yields_to_the_stated_one(nlp, text, expected_titles):
    assert titles(nlp(text)) == expected_titles


@pytest.mark.parametrize(
    ("text", "expected_titles"),
    [
        # Offices of other governments' civil services are no home offices.
        ("Principal Secretary Chris Kiptoo signed.", [("Principal Secretary", "Chris Kiptoo", "")]),
        ("Permanent Secretary Ann Kamau signed.", [("Permanent Secretary", "Ann Kamau", "")]),
    ],
)
def test_civil_service_secretaries_are_not_home_offices(nlp, text, expected_titles):
    assert titles(nlp(text)) == expected_titles


def test_home_country_can_be_turned_off():
    doc = make_nlp(home_country="")("Secretary of State Martin J. Hale arrived.")
    assert titles(doc) == [("Secretary of State", "Martin J. Hale", "")]


def test_speech_verbs_come_from_the_config():
    text = "Omar Haddad declared victory. Lucia Ferreira said no."
    doc = make_nlp(speech_verbs=["declared"])(text)
    assert persons(doc) == [("Omar Haddad", "Omar Haddad")]


def test_spans_are_left_for_the_next_reader(nlp):
    doc = nlp("Secretary of State Martin J. Hale met Ambassador Linda Okafor-Reyes.")
    # The component's own Span objects are what cached_spans gives the aliases linker.
    assert [s.text for s in cached_spans(doc, "people")] == ["Martin J. Hale", "Linda Okafor-Reyes"]
    assert cached_spans(doc, "people") == list(doc.spans["people"])


def test_spans_do_not_overlap(nlp):
    doc = nlp("His Excellency Dr. Amadou Faye Diallo and CEO Dr. Amadou Faye Diallo met.")
    spans = list(doc.spans["people"])
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:], strict=False))
    assert {s.label_ for s in spans} == {"PERSON"} and len(spans) == 2


def test_empty_doc(nlp):
    doc = nlp("")
    assert list(doc.spans["people"]) == [] and list(doc.spans["titles"]) == []


def test_pipe_with_two_processes(nlp):
    texts = [SHAPES[0][0], "Secretary Whitfield spoke first.", ""] * 3
    expected = [(persons(nlp(t)), titles(nlp(t))) for t in texts]
    results = [(persons(d), titles(d)) for d in nlp.pipe(texts, n_process=2, batch_size=2)]
    assert results == expected and expected[0][0] != []


def test_to_disk_and_spacy_load_round_trip(nlp, tmp_path):
    nlp.to_disk(tmp_path / "model")
    folder = tmp_path / "model" / "undersigned_people"
    assert (folder / "titles.jsonl").is_file() and (folder / "name_stopwords.jsonl").is_file()
    loaded = spacy.load(tmp_path / "model")
    text = SHAPES[0][0]
    assert persons(loaded(text)) == persons(nlp(text)) != []
    assert titles(loaded(text)) == titles(nlp(text))


def test_config_lists_exactly_the_keyword_arguments():
    assert set(factory_arguments("undersigned_people")) == {
        "speech_verbs",
        "home_country",
        "home_leaders",
    }
    assert initialize_arguments(Language.factories["undersigned_people"]) == (
        "titles_path",
        "name_stopwords_path",
    )


def test_uninitialised_component_raises():
    nlp = spacy.blank("en")
    nlp.add_pipe("undersigned_people")
    with pytest.raises(RuleSetError, match="E440"):
        nlp("Secretary Whitfield spoke.")


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


GOOD_TITLE = json.dumps({"title": "Secretary", "kind": "head", "complements": ["of"]})
GOOD_STOPWORD = json.dumps({"word": "Department", "kind": "org"})


@pytest.mark.parametrize(
    ("title_lines", "stopword_lines", "message"),
    [
        (
            [GOOD_TITLE, "", '{"title": "Envoy", "kind": "chief"}'],
            [GOOD_STOPWORD],
            r"titles\.jsonl:3: field 'kind' has value 'chief'",
        ),
        ([GOOD_TITLE, "{not json"], [GOOD_STOPWORD], r"titles\.jsonl:2: invalid JSON"),
        (
            [GOOD_TITLE, '{"title": "Envoy", "kind": "head", "complements": ["with"]}'],
            [GOOD_STOPWORD],
            r"titles\.jsonl:2: field 'complements' has value 'with'",
        ),
        (
            [GOOD_TITLE, '{"title": " ", "kind": "head"}'],
            [GOOD_STOPWORD],
            r"titles\.jsonl:2: 'title' is empty",
        ),
        (
            [GOOD_TITLE, '{"title": "Envoy", "kind": "head", "home": "yes"}'],
            [GOOD_STOPWORD],
            r"titles\.jsonl:2: field 'home'",
        ),
        (
            [GOOD_TITLE],
            [GOOD_STOPWORD, '{"word": "Monday", "kind": "day"}'],
            r"name_stopwords\.jsonl:2: field 'kind' has value 'day'",
        ),
    ],
)
def test_bad_data_file_names_file_and_line(tmp_path, title_lines, stopword_lines, message):
    nlp = spacy.blank("en")
    component = nlp.add_pipe("undersigned_people")
    with pytest.raises(RuleSetError, match=message):
        component.initialize(
            titles_path=_write(tmp_path / "titles.jsonl", title_lines),
            name_stopwords_path=_write(tmp_path / "name_stopwords.jsonl", stopword_lines),
        )


def test_missing_data_file_is_reported(tmp_path):
    with pytest.raises(RuleSetError, match=r"E443.*missing\.jsonl"):
        load_lexicon(tmp_path / "missing.jsonl", None)


def test_small_lexicon_from_files(tmp_path):
    nlp = spacy.blank("en")
    nlp.add_pipe("undersigned_people")
    nlp.get_pipe("undersigned_people").initialize(
        titles_path=_write(
            tmp_path / "titles.jsonl", [GOOD_TITLE, json.dumps({"title": "Warden", "kind": "head"})]
        ),
        name_stopwords_path=_write(tmp_path / "name_stopwords.jsonl", [GOOD_STOPWORD]),
    )
    doc = nlp("Warden Ada Price met Secretary Tom Ash and Minister Ola Berg.")
    assert persons(doc) == [("Ada Price", "Ada Price"), ("Tom Ash", "Tom Ash")]
