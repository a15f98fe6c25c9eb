from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.components import agencies
from pipeline.errors import RuleSetError
from pipeline.extensions import entity_attrs
from pipeline.rules import initialize_arguments

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"

# Country mentions for these tests only, so that they do not depend on undersigned_countries.
TEST_COUNTRIES = {
    "El Salvador": ("SLV", "name"),
    "Salvadoran": ("SLV", "demonym"),
    "Honduran": ("HND", "demonym"),
    "U.S.": ("USA", "name"),
    "United States": ("USA", "name"),
    "American": ("USA", "demonym"),
    "UAE": ("ARE", "name"),
    "Ukraine": ("UKR", "name"),
    "Republic of Cyprus": ("CYP", "name"),
    "Mexico": ("MEX", "name"),
    "Japanese": ("JPN", "demonym"),
    "Kosovar": ("XKX", "demonym"),
    "Emirati": ("ARE", "demonym"),
    "Costa Rican": ("CRI", "demonym"),
    "Colombia": ("COL", "name"),
    "Kenya": ("KEN", "name"),
    "Peru": ("PER", "name"),
    "Philippine": ("PHL", "demonym"),
    "Ghana": ("GHA", "name"),
    "Georgia": ("GEO", "name"),
}
_COUNTRY_RE = re.compile(
    r"(?<!\w)(?:"
    + "|".join(re.escape(f) for f in sorted(TEST_COUNTRIES, key=len, reverse=True))
    + r")(?!\w)"
)


@Language.component("test_countries")
def mark_test_countries(doc: Doc) -> Doc:
    spans = []
    for match in _COUNTRY_RE.finditer(doc.text):
        span = doc.char_span(match.start(), match.end())
        if span is not None:
            iso, form = TEST_COUNTRIES[match.group(0)]
            spans.append(Span(doc, span.start, span.end, label="COUNTRY", kb_id=iso, span_id=form))
    doc.spans["countries"] = spans
    return doc


def make_nlp(**config: object) -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("test_countries")
    nlp.add_pipe("undersigned_agencies", config=config)
    nlp.initialize()
    return nlp


@pytest.fixture(scope="module")
def nlp() -> Language:
    return make_nlp()


def found(doc: Doc, group: str = "agencies") -> list[tuple[str, str]]:
    return [(span.text, span.kb_id_) for span in doc.spans[group]]


@pytest.mark.parametrize(
    ("text", "mention", "canonical"),
    [
        (
            "The Department of Homeland Security said.",
            "Department of Homeland Security",
            "U.S. Department of Homeland Security",
        ),
        (
            "The Homeland Security Department said.",
            "Homeland Security Department",
            "U.S. Department of Homeland Security",
        ),
        ("Officials at DHS said.", "DHS", "U.S. Department of Homeland Security"),
        ("The NWS issued a warning.", "NWS", "National Weather Service"),
        ("The Royal Honduran Navy sailed.", "Royal Honduran Navy", "Navy of Honduras"),
        # A central bank named head first before its country; a commercial bank is no body.
        (
            "The Central Bank of Mexico said.",
            "Central Bank of Mexico",
            "Central Bank of Mexico",
        ),
        # Foreign bodies named "<word> <country>", which read as a country otherwise.
        ("Transport Canada and the FAA met.", "Transport Canada", "Transport Canada"),
        ("Geoscience Australia mapped it.", "Geoscience Australia", "Geoscience Australia"),
        ("Bank Indonesia raised its rate.", "Bank Indonesia", "Bank Indonesia"),
        ("Parks Canada staff met.", "Parks Canada", "Parks Canada"),
        # Counterparts of U.S. agencies, and their acronyms.
        ("The RCMP signed it.", "RCMP", "Royal Canadian Mounted Police"),
        ("HM Treasury signed it.", "HM Treasury", "HM Treasury"),
        ("AUSTRAC signed it.", "AUSTRAC", "Australian Transaction Reports and Analysis Centre"),
        ("The ICMR signed it.", "ICMR", "Indian Council of Medical Research"),
        # Other governments' development agencies.
        ("JICA signed it.", "JICA", "Japan International Cooperation Agency"),
        ("KOICA signed it.", "KOICA", "Korea International Cooperation Agency"),
        # The national laboratories are U.S. bodies.
        ("NREL signed it.", "NREL", "National Renewable Energy Laboratory"),
        (
            "Oak Ridge National Laboratory signed it.",
            "Oak Ridge National Laboratory",
            "Oak Ridge National Laboratory",
        ),
        ("A State Department spokesperson said.", "State Department", "U.S. Department of State"),
        (
            "He was welcomed at the Department of State today.",
            "Department of State",
            "U.S. Department of State",
        ),
        (
            "The U.S. Department of State announced.",
            "U.S. Department of State",
            "U.S. Department of State",
        ),
        ("The Pentagon confirmed the flight.", "Pentagon", "U.S. Department of Defense"),
        ("The DoD aircraft landed.", "DoD", "U.S. Department of Defense"),
        ("The Defense Department paid.", "Defense Department", "U.S. Department of Defense"),
        ("The Justice Department sued.", "Justice Department", "U.S. Department of Justice"),
        ("DOJ grants will follow.", "DOJ", "U.S. Department of Justice"),
        ("Treasury designated five firms.", "Treasury", "U.S. Department of the Treasury"),
        (
            "The US Department of Energy will release oil.",
            "US Department of Energy",
            "U.S. Department of Energy",
        ),
        ("USDA will buy wheat.", "USDA", "U.S. Department of Agriculture"),
        (
            "Officers of U.S. Customs and Border Protection met.",
            "U.S. Customs and Border Protection",
            "U.S. Customs and Border Protection",
        ),
        ("CBP officers met.", "CBP", "U.S. Customs and Border Protection"),
        ("ICE removed them.", "ICE", "U.S. Immigration and Customs Enforcement"),
        ("USCIS will reopen cases.", "USCIS", "U.S. Citizenship and Immigration Services"),
        ("FEMA sent teams.", "FEMA", "Federal Emergency Management Agency"),
        ("USAID will provide food.", "USAID", "U.S. Agency for International Development"),
        ("NASA signed the accords.", "NASA", "National Aeronautics and Space Administration"),
        (
            "The Office of the U.S. Trade Representative wrote.",
            "Office of the U.S. Trade Representative",
            "Office of the U.S. Trade Representative",
        ),
        (
            "Uruguay and the U.S. Trade Representative will talk.",
            "U.S. Trade Representative",
            "Office of the U.S. Trade Representative",
        ),
        ("The White House said.", "White House", "White House"),
        ("THE WHITE HOUSE,\nJuly 11, 2022.", "WHITE HOUSE", "White House"),
        (
            "Office of the Spokesperson\n\nThe Secretary spoke.",
            "Office of the Spokesperson",
            "Office of the Spokesperson",
        ),
        ("The NSC spokesperson said.", "NSC", "National Security Council"),
        (
            "NIAID will fund the trials.",
            "NIAID",
            "National Institute of Allergy and Infectious Diseases",
        ),
        (
            "The Rural Utilities Service awarded loans.",
            "Rural Utilities Service",
            "Rural Utilities Service",
        ),
        ("The United States Army trained them.", "United States Army", "U.S. Army"),
        ("U.S. Southern Command sent ships.", "U.S. Southern Command", "U.S. Southern Command"),
        ("The Peace Corps returns.", "Peace Corps", "Peace Corps"),
        ("The U.S. Coast Guard rescued them.", "U.S. Coast Guard", "U.S. Coast Guard"),
        (
            "Representatives of the U.S. Geological Survey met.",
            "U.S. Geological Survey",
            "U.S. Geological Survey",
        ),
        # Taiwan's and the United States' unofficial representations, and older names.
        ("AIT signed it.", "AIT", "American Institute in Taiwan"),
        (
            "TECRO signed it.",
            "TECRO",
            "Taipei Economic and Cultural Representative Office in the United States",
        ),
        (
            "The Coordination Council for North American Affairs signed it.",
            "Coordination Council for North American Affairs",
            "Coordination Council for North American Affairs",
        ),
        ("The Library of Congress signed it.", "Library of Congress", "Library of Congress"),
        ("The Smithsonian signed it.", "Smithsonian", "Smithsonian Institution"),
    ],
)
def test_gazetteer_names_variants_and_acronyms(
    nlp: Language, text: str, mention: str, canonical: str
) -> None:
    assert (mention, canonical) in found(nlp(text))


@pytest.mark.parametrize(
    "text",
    [
        "The ice on the road melted.",
        "The State will appeal.",
        "The Secretary of State met them.",
        "He was determined by the Secretary of the Treasury to have acted.",
        "The Secretary of Homeland Security spoke.",
        "He lives in Arlington, VA with his family.",
        "Senator Tim Kaine (D-VA) spoke.",
        "The department said it would act.",
        "The Biden Administration acted.",
        "Ned Price, Department Spokesperson",
        "He took office in 2021 and the state department stores closed.",
    ],
)
def test_case_and_context_traps_are_not_agencies(nlp: Language, text: str) -> None:
    assert found(nlp(text)) == []


def test_longest_match_wins_without_overlaps(nlp: Language) -> None:
    doc = nlp(
        "He signed it at DHS U.S. Customs and Border Protection Headquarters, and the "
        "White House Office of Science and Technology Policy hosted."
    )
    assert found(doc) == [
        ("DHS", "U.S. Department of Homeland Security"),
        ("U.S. Customs and Border Protection", "U.S. Customs and Border Protection"),
        (
            "White House Office of Science and Technology Policy",
            "Office of Science and Technology Policy",
        ),
    ]


def test_entity_attributes(nlp: Language) -> None:
    doc = nlp(
        "The Department of Homeland Security and the Salvadoran Ministry of Foreign Affairs met."
    )
    assert entity_attrs(doc, "AGENCY", "U.S. Department of Homeland Security") == {
        "acronym": "DHS",
        "country": "USA",
    }
    assert entity_attrs(doc, "AGENCY", "Ministry of Foreign Affairs of El Salvador") == {
        "acronym": None,
        "country": "SLV",
    }


@Language.component("test_earlier_attributes")
def set_earlier_attributes(doc: Doc) -> Doc:
    doc._.entity_attrs = {
        "PERSON:Kevin K. McAleenan": {"title": "Acting Secretary"},
        "AGENCY:U.S. Department of Homeland Security": {
            "acronym": None,
            "country": "USA",
            "note": "kept",
        },
    }
    return doc


def test_entity_attributes_merge_with_those_set_before() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("test_earlier_attributes")
    nlp.add_pipe("undersigned_agencies")
    nlp.initialize()
    doc = nlp("DHS and the Department of Homeland Security met CBP.")
    assert doc._.entity_attrs["PERSON:Kevin K. McAleenan"] == {"title": "Acting Secretary"}
    assert entity_attrs(doc, "AGENCY", "U.S. Department of Homeland Security") == {
        "acronym": "DHS",
        "country": "USA",
        "note": "kept",
    }
    assert entity_attrs(doc, "AGENCY", "U.S. Customs and Border Protection")["acronym"] == "CBP"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The National Space Science Agency (NSSA) signed. The NSSA will lead.",
            [
                ("National Space Science Agency", "National Space Science Agency"),
                ("NSSA", "National Space Science Agency"),
                ("NSSA", "National Space Science Agency"),
            ],
        ),
        # translated names: the letters in another order
        (
            "Members of the Supreme Electoral Council (CSE) resigned; the CSE met.",
            [
                ("Supreme Electoral Council", "Supreme Electoral Council"),
                ("CSE", "Supreme Electoral Council"),
                ("CSE", "Supreme Electoral Council"),
            ],
        ),
        (
            "The Department of the Interior (DOI) and DOI staff.",
            [
                ("Department of the Interior", "U.S. Department of the Interior"),
                ("DOI", "U.S. Department of the Interior"),
                ("DOI", "U.S. Department of the Interior"),
            ],
        ),
        (
            "The Immigration & Customs Enforcement (ICE) team.",
            [
                ("Immigration & Customs Enforcement", "U.S. Immigration and Customs Enforcement"),
                ("ICE", "U.S. Immigration and Customs Enforcement"),
            ],
        ),
        # a definition that is not a body takes the acronym from the gazetteer
        ("Improving maritime domain awareness (MDA) matters; MDA tools help.", []),
        ("The Central American Minors (CAM) program grew.", []),
        ("The Libyan Political Dialogue Forum (LPDF) met.", []),
    ],
)
def test_defined_acronyms(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert found(nlp(text)) == expected


def test_defined_acronym_records_the_acronym(nlp: Language) -> None:
    doc = nlp("The National Space Science Agency (NSSA) signed.")
    assert entity_attrs(doc, "AGENCY", "National Space Science Agency")["acronym"] == "NSSA"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # After a possessive the country follows the name (as other patterns write it);
        # a demonym or a bare country name is part of it.
        (
            "Kenya's National Environment Management Authority signed the agreement.",
            [
                (
                    "Kenya's National Environment Management Authority",
                    "National Environment Management Authority of Kenya",
                )
            ],
        ),
        (
            "Peru's National Forest and Wildlife Service (SERFOR) will lead.",
            [
                (
                    "Peru's National Forest and Wildlife Service",
                    "National Forest and Wildlife Service of Peru",
                )
            ],
        ),
        (
            "The Philippine Space Agency Director General Joel Marciano signed.",
            [("Philippine Space Agency", "Philippine Space Agency")],
        ),
        (
            "The Ghana Civil Aviation Authority and USAID signed.",
            [
                ("Ghana Civil Aviation Authority", "Ghana Civil Aviation Authority"),
                ("USAID", "U.S. Agency for International Development"),
            ],
        ),
        (
            "Colombia's National Planning Department and the Salvadoran National Police met.",
            [
                (
                    "Colombia's National Planning Department",
                    "National Planning Department of Colombia",
                ),
                ("Salvadoran National Police", "National Police of El Salvador"),
            ],
        ),
        # Bodies joined by "and" stay apart, and a body another rule reads keeps its reading.
        (
            "Ghana's Environmental Protection Agency and Forestry Commission signed.",
            [
                (
                    "Ghana's Environmental Protection Agency",
                    "Environmental Protection Agency of Ghana",
                )
            ],
        ),
        (
            "It trained with the Ghana Navy and Ghana Civil Aviation Authority.",
            [
                ("Ghana Navy", "Navy of Ghana"),
                ("Ghana Civil Aviation Authority", "Ghana Civil Aviation Authority"),
            ],
        ),
        # A run of capitals that goes on past its head is another kind of name.
        ("The American Farm Bureau Federation met.", []),
        # A head alone names a kind; a gazetteer body ending there is read by other rules.
        ("The Salvadoran Authority met.", []),
        ("The Georgia National Guard deployed.", [("National Guard", "National Guard")]),
    ],
)
def test_foreign_bodies_named_head_last(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(nlp(text)) == expected


def test_head_last_body_keeps_its_country(nlp: Language) -> None:
    doc = nlp("Kenya's National Environment Management Authority signed.")
    attrs = entity_attrs(doc, "AGENCY", "National Environment Management Authority of Kenya")
    assert attrs["country"] == "KEN"
    assert [span.id_ for span in doc.spans["agencies"]] == ["head_last"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A later mention without the country is the same body.
        (
            "Kenya's Energy and Petroleum Regulatory Authority signed. The Energy and "
            "Petroleum Regulatory Authority did not sign the protocol.",
            [
                (
                    "Kenya's Energy and Petroleum Regulatory Authority",
                    "Energy and Petroleum Regulatory Authority of Kenya",
                ),
                (
                    "Energy and Petroleum Regulatory Authority",
                    "Energy and Petroleum Regulatory Authority of Kenya",
                ),
            ],
        ),
        # Not before "of" another country: that country's body of the same name.
        (
            "Kenya's Energy Regulatory Authority signed. The Energy Regulatory Authority of "
            "Ghana met.",
            [
                ("Kenya's Energy Regulatory Authority", "Energy Regulatory Authority of Kenya"),
                ("Energy Regulatory Authority of Ghana", "Energy Regulatory Authority of Ghana"),
            ],
        ),
    ],
)
def test_later_mentions_of_a_body_named_head_last(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(nlp(text)) == expected


def test_head_last_names_can_be_switched_off() -> None:
    doc = make_nlp(head_last_names=False)(
        "Kenya's National Environment Management Authority signed."
    )
    assert found(doc) == []


def test_bodies_named_head_first_before_of_and_a_country() -> None:
    text = "The Civil Aviation Authority of Mexico signed."
    assert found(make_nlp()(text)) == [
        ("Civil Aviation Authority of Mexico", "Civil Aviation Authority of Mexico")
    ]
    assert found(make_nlp(head_of_names=False)(text)) == []


def test_acronym_definitions_can_be_switched_off() -> None:
    doc = make_nlp(define_acronyms=False)("The National Space Science Agency (NSSA) signed.")
    assert found(doc) == []


@pytest.mark.parametrize(
    ("text", "mention", "canonical", "country"),
    [
        (
            "He thanked the U.S. Embassy in San Salvador.",
            "U.S. Embassy in San Salvador",
            "U.S. Embassy in San Salvador",
            "USA",
        ),
        (
            "Staff of the U.S. Embassy San Salvador attended.",
            "U.S. Embassy San Salvador",
            "U.S. Embassy in San Salvador",
            "USA",
        ),
        (
            "Today, U.S. Embassy Bogota Chargé d’Affaires Ana Ruiz signed.",
            "U.S. Embassy Bogota",
            "U.S. Embassy in Bogota",
            "USA",
        ),
        (
            "We reopened the U.S. Embassy in Kyiv, Ukraine.",
            "U.S. Embassy in Kyiv",
            "U.S. Embassy in Kyiv",
            "USA",
        ),
        (
            "The American Embassy in Kyiv reopened.",
            "American Embassy in Kyiv",
            "U.S. Embassy in Kyiv",
            "USA",
        ),
        (
            "The Embassy of the United States in Mexico City hosted it.",
            "Embassy of the United States in Mexico City",
            "U.S. Embassy in Mexico City",
            "USA",
        ),
        (
            "The U.S. Consulate General in Monterrey opened.",
            "U.S. Consulate General in Monterrey",
            "U.S. Consulate General in Monterrey",
            "USA",
        ),
        (
            "A reception at the Embassy of El Salvador in Washington.",
            "Embassy of El Salvador in Washington",
            "Embassy of El Salvador",
            "SLV",
        ),
        (
            "The Salvadoran Embassy hosted it.",
            "Salvadoran Embassy",
            "Embassy of El Salvador",
            "SLV",
        ),
        (
            "An official of the UAE Embassy to the United States spoke.",
            "UAE Embassy to the United States",
            "Embassy of the UAE",
            "ARE",
        ),
        (
            "Officials of the Japanese Embassy in Mexico City came.",
            "Japanese Embassy in Mexico City",
            "Embassy of Japan in Mexico City",
            "JPN",
        ),
        # A headline's verb after "Embassy" is no place.
        ("U.S. Embassy Partners with Mexico on Security", "U.S. Embassy", "U.S. Embassy", "USA"),
    ],
)
def test_embassies_and_consulates(
    nlp: Language, text: str, mention: str, canonical: str, country: str
) -> None:
    doc = nlp(text)
    assert (mention, canonical) in found(doc)
    assert entity_attrs(doc, "AGENCY", canonical)["country"] == country


def test_an_embassy_without_a_country_is_not_recognised(nlp: Language) -> None:
    assert found(nlp("The Embassy will be closed on Monday.")) == []


@pytest.mark.parametrize(
    ("text", "mention", "canonical"),
    [
        (
            "The Ministry of Foreign Affairs of El Salvador wrote.",
            "Ministry of Foreign Affairs of El Salvador",
            "Ministry of Foreign Affairs of El Salvador",
        ),
        (
            "El Salvador's Ministry of Foreign Affairs wrote.",
            "El Salvador's Ministry of Foreign Affairs",
            "Ministry of Foreign Affairs of El Salvador",
        ),
        (
            "The Salvadoran Ministry of Foreign Affairs wrote.",
            "Salvadoran Ministry of Foreign Affairs",
            "Ministry of Foreign Affairs of El Salvador",
        ),
        (
            "El Salvador’s Foreign Ministry wrote.",
            "El Salvador’s Foreign Ministry",
            "Ministry of Foreign Affairs of El Salvador",
        ),
        (
            "The Foreign Ministry of El Salvador wrote.",
            "Foreign Ministry of El Salvador",
            "Ministry of Foreign Affairs of El Salvador",
        ),
        (
            "The Salvadoran Ministry of Defense spokesperson said.",
            "Salvadoran Ministry of Defense",
            "Ministry of Defense of El Salvador",
        ),
        (
            "The Japanese Defense Ministry said.",
            "Japanese Defense Ministry",
            "Ministry of Defense of Japan",
        ),
        (
            "It was chaired by the UAE Ministry of Foreign Affairs and International Cooperation’s "
            "Assistant Minister.",
            "UAE Ministry of Foreign Affairs and International Cooperation",
            "Ministry of Foreign Affairs and International Cooperation of the UAE",
        ),
        (
            "He met Republic of Cyprus Foreign Minister Ioannis Kasoulides on his return to the "
            "Ministry of Foreign Affairs.",
            "Ministry of Foreign Affairs",
            "Ministry of Foreign Affairs of the Republic of Cyprus",
        ),
        (
            "A Kosovar Ministry of Justice official came.",
            "Kosovar Ministry of Justice",
            "Ministry of Justice of Kosovo",
        ),
        (
            "The Emirati Ministry of Health wrote.",
            "Emirati Ministry of Health",
            "Ministry of Health of the United Arab Emirates",
        ),
        ("He praised Ukraine’s Armed Forces.", "Ukraine’s Armed Forces", "Armed Forces of Ukraine"),
        (
            "The Costa Rican Coast Guard patrols.",
            "Costa Rican Coast Guard",
            "Coast Guard of Costa Rica",
        ),
        (
            "The Ministry of Foreign Affairs of the United States",
            "Ministry of Foreign Affairs of the United States",
            "U.S. Ministry of Foreign Affairs",
        ),
        (
            "Mexico's Agency for International Development Cooperation wrote.",
            "Mexico's Agency for International Development Cooperation",
            "Agency for International Development Cooperation of Mexico",
        ),
        (
            "Mexico's Secretariat of Economy wrote.",
            "Mexico's Secretariat of Economy",
            "Secretariat of Economy of Mexico",
        ),
        (
            "The Ministry for Foreign Affairs of Ukraine wrote.",
            "Ministry for Foreign Affairs of Ukraine",
            "Ministry for Foreign Affairs of Ukraine",
        ),
        # A headline in title case: its verb ends the name.
        (
            "Commerce and Mexico's Secretariat of Economy Sign Memorandum on Trade",
            "Mexico's Secretariat of Economy",
            "Secretariat of Economy of Mexico",
        ),
    ],
)
def test_foreign_bodies_by_pattern(nlp: Language, text: str, mention: str, canonical: str) -> None:
    assert (mention, canonical) in found(nlp(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A U.S. body's plain name after another country's possessive or demonym is
        # that country's body ...
        (
            "Mexico's National Guard met the press.",
            [("Mexico's National Guard", "National Guard of Mexico")],
        ),
        (
            "The Japanese Department of Justice met the press.",
            [("Japanese Department of Justice", "Department of Justice of Japan")],
        ),
        (
            "The Japanese National Cancer Institute met the press.",
            [("Japanese National Cancer Institute", "National Cancer Institute of Japan")],
        ),
        # ... and so is one followed by "of" and another country ...
        (
            "USGS met the Geological Survey of Mexico.",
            [
                ("USGS", "U.S. Geological Survey"),
                ("Geological Survey of Mexico", "Geological Survey of Mexico"),
            ],
        ),
        # ... but not when the name says it is American, or nothing comes before it.
        ("The U.S. Coast Guard met the press.", [("U.S. Coast Guard", "U.S. Coast Guard")]),
        (
            "The State Department of the United States met the press.",
            [("State Department", "U.S. Department of State")],
        ),
        (
            "The National Guard met the press.",
            [("National Guard", "National Guard")],
        ),
        # A bare name before it: a U.S. state's or territory's unit ("Georgia National Guard").
        (
            "The Colombia National Guard met the press.",
            [("National Guard", "National Guard")],
        ),
    ],
)
def test_foreign_namesakes_of_us_bodies(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(nlp(text)) == expected


def test_a_us_name_that_runs_on_is_another_body(nlp: Language) -> None:
    doc = nlp("The Washington State Department of Ecology met them.")
    assert found(doc) == [("Department of Ecology", "Department of Ecology")]


def test_a_name_stops_at_the_next_body_and_at_titles(nlp: Language) -> None:
    doc = nlp(
        "The Honduran Ministry of Labor and the Salvadoran Ministry of Labor and Social Welfare "
        "met the Bureau of Energy Resources Senior Bureau Official Harry Kamian."
    )
    assert [kb for _, kb in found(doc)] == [
        "Ministry of Labor of Honduras",
        "Ministry of Labor and Social Welfare of El Salvador",
        "Bureau of Energy Resources",
    ]


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        (
            "The Department of State’s Bureau of Population, Refugees, and Migration has worked.",
            "Bureau of Population, Refugees, and Migration",
        ),
        ("Contact the Office of Press Relations at once.", "Office of Press Relations"),
        (
            "She leads our Office of Global Women’s Issues, Rina Amiri said.",
            "Office of Global Women’s Issues",
        ),
        (
            "The Office of Disability Employment Policy, Employee Benefits Security "
            "Administration, and others met.",
            "Office of Disability Employment Policy",
        ),
    ],
)
def test_bureaus_and_offices_by_pattern(nlp: Language, text: str, canonical: str) -> None:
    assert canonical in [kb for _, kb in found(nlp(text))]


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("NATO allies met.", "North Atlantic Treaty Organization"),
        ("The African Union Commission (AUC) signed; the AUC agreed.", "African Union Commission"),
        (
            "The Africa Centres for Disease Control and Prevention (Africa CDC) grew; "
            "Africa CDC leads.",
            "Africa Centres for Disease Control and Prevention",
        ),
        ("The European Union and the UN Security Council spoke.", "European Union"),
        ("The World Health Organization (WHO) warned.", "World Health Organization"),
        ("The International Energy Agency (IEA) agreed.", "International Energy Agency"),
        (
            "The Inter-American Commission on Human Rights (IACHR) ruled.",
            "Inter-American Commission on Human Rights",
        ),
    ],
)
def test_organisations_are_not_agencies(nlp: Language, text: str, canonical: str) -> None:
    doc = nlp(text)
    assert found(doc) == []
    assert canonical in [kb for _, kb in found(doc, "organizations")]
    assert all(span.label_ == "ORG" for span in doc.spans["organizations"])


def test_spans_carry_label_and_rule(nlp: Language) -> None:
    doc = nlp("DHS and the Salvadoran Ministry of Foreign Affairs met.")
    assert [(s.label_, s.id_) for s in doc.spans["agencies"]] == [
        ("AGENCY", "gazetteer_acronym"),
        ("AGENCY", "ministry_of"),
    ]


def test_empty_doc(nlp: Language) -> None:
    doc = nlp("")
    assert list(doc.spans["agencies"]) == [] and list(doc.spans["organizations"]) == []


def test_works_without_country_spans() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("undersigned_agencies")
    nlp.initialize()
    doc = nlp("DHS and the Ministry of Foreign Affairs met at the Embassy.")
    assert found(doc) == [
        ("DHS", "U.S. Department of Homeland Security"),
        ("Ministry of Foreign Affairs", "Ministry of Foreign Affairs"),
    ]


def test_pipe_with_two_processes(nlp: Language) -> None:
    texts = [
        "The Salvadoran Ministry of Foreign Affairs met CBP.",
        "NASA and the Pentagon.",
        "",
    ] * 4
    expected = [found(nlp(text)) for text in texts]
    assert [found(doc) for doc in nlp.pipe(texts, n_process=2, batch_size=2)] == expected


def test_to_disk_and_spacy_load_round_trip(nlp: Language, tmp_path: Path) -> None:
    nlp.to_disk(tmp_path / "model")
    assert (tmp_path / "model" / "undersigned_agencies" / "agencies.jsonl").is_file()
    assert (tmp_path / "model" / "undersigned_agencies" / "titles.jsonl").is_file()
    loaded = spacy.load(tmp_path / "model")
    text = "The UAE Embassy to the United States, USAID and the Supreme Electoral Council (CSE)."
    assert found(loaded(text)) == found(nlp(text)) != []
    # The portfolio words come back too: the minister's name stays out of the ministry's.
    text = "The Salvadoran Ministry of Health Aspect Maunganidze spoke."
    assert (
        found(loaded(text))
        == found(nlp(text))
        == [("Salvadoran Ministry of Health", "Ministry of Health of El Salvador")]
    )


def test_uninitialised_component_raises() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("undersigned_agencies")
    with pytest.raises(RuleSetError, match="E420"):
        nlp("DHS")


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


GOOD_AGENCY = json.dumps({"name": "U.S. Department of Homeland Security", "acronyms": ["DHS"]})
GOOD_PATTERN = json.dumps(
    {"id": "embassy", "trigger": "Embassy", "body": "Embassy", "takes_place": True}
)


@pytest.mark.parametrize(
    ("agency_lines", "pattern_lines", "message"),
    [
        (
            [GOOD_AGENCY, '{"name": "FEMA", "acronyms": "FEMA"}'],
            [GOOD_PATTERN],
            r"agencies\.jsonl:2: field 'acronyms'",
        ),
        ([GOOD_AGENCY, "{not json"], [GOOD_PATTERN], r"agencies\.jsonl:2: invalid JSON"),
        (
            [GOOD_AGENCY, '{"name": "NATO", "kind": "alliance"}'],
            [GOOD_PATTERN],
            r"agencies\.jsonl:2: field 'kind'",
        ),
        (
            [GOOD_AGENCY, '{"name": "X", "country": "Salvador"}'],
            [GOOD_PATTERN],
            r"agencies\.jsonl:2: field 'country'",
        ),
        ([GOOD_AGENCY, "", GOOD_AGENCY], [GOOD_PATTERN], r"\[E421\].*agencies\.jsonl:3: .* line 1"),
        (
            [GOOD_AGENCY],
            [
                GOOD_PATTERN,
                '{"id": "m", "trigger": "Ministry of", "body": "Ministry", "takes_name": true}',
            ],
            r"agency_patterns\.jsonl:2: field 'body'",
        ),
        (
            [GOOD_AGENCY],
            ['{"id": "m", "trigger": "Embassy", "body": "Embassy", "anchor": "maybe"}'],
            r"agency_patterns\.jsonl:1: field 'anchor'",
        ),
        (
            [GOOD_AGENCY],
            ['{"id": "m", "body": "Embassy"}'],
            r"agency_patterns\.jsonl:1: missing required field 'trigger'",
        ),
    ],
)
def test_bad_data_names_file_and_line(
    tmp_path: Path, agency_lines: list[str], pattern_lines: list[str], message: str
) -> None:
    agencies_path = _write(tmp_path / "agencies.jsonl", agency_lines)
    patterns_path = _write(tmp_path / "agency_patterns.jsonl", pattern_lines)
    component = spacy.blank("en").add_pipe("undersigned_agencies")
    assert isinstance(component, agencies.AgencyRecognizer)
    with pytest.raises(RuleSetError, match=message):
        component.initialize(agencies_path=agencies_path, patterns_path=patterns_path)


def test_bad_titles_file_names_file_and_line(tmp_path: Path) -> None:
    titles_path = _write(
        tmp_path / "titles.jsonl",
        ['{"title": "Health", "kind": "portfolio"}', '{"title": "Affairs", "kind": 3}'],
    )
    component = spacy.blank("en").add_pipe("undersigned_agencies")
    assert isinstance(component, agencies.AgencyRecognizer)
    with pytest.raises(RuleSetError, match=r"titles\.jsonl:2: field 'kind'"):
        component.initialize(titles_path=titles_path)


def test_custom_data_files(tmp_path: Path) -> None:
    agencies_path = _write(
        tmp_path / "agencies.jsonl",
        [
            json.dumps(
                {
                    "name": "Foreign, Commonwealth and Development Office",
                    "acronyms": ["FCDO"],
                    "country": "GBR",
                    "kind": "agency",
                }
            )
        ],
    )
    patterns_path = _write(tmp_path / "agency_patterns.jsonl", [GOOD_PATTERN])
    nlp = spacy.blank("en")
    component = nlp.add_pipe("undersigned_agencies")
    assert isinstance(component, agencies.AgencyRecognizer)
    component.initialize(agencies_path=agencies_path, patterns_path=patterns_path)
    doc = nlp("The FCDO and DHS met.")
    assert found(doc) == [("FCDO", "Foreign, Commonwealth and Development Office")]
    assert (
        entity_attrs(doc, "AGENCY", "Foreign, Commonwealth and Development Office")["country"]
        == "GBR"
    )


def test_factory_config_and_initialize_arguments() -> None:
    meta = Language.get_factory_meta("undersigned_agencies")
    assert set(meta.default_config or {}) == {
        "define_acronyms",
        "head_last_names",
        "head_of_names",
        "country_window",
        "name_stop_words",
        "government_heads",
        "organization_markers",
        "bank_heads",
    }
    assert initialize_arguments(Language.factories["undersigned_agencies"]) == (
        "agencies_path",
        "patterns_path",
        "titles_path",
    )


def test_seed_release_agencies(nlp: Language) -> None:
    seed = SHARED / "seed"
    if not (seed / "gold.jsonl").is_file():
        pytest.skip("shared seed data not available")
    gold = json.loads((seed / "gold.jsonl").read_text(encoding="utf-8").splitlines()[0])
    text = (seed / f"{gold['id']}.txt").read_text(encoding="utf-8")
    doc = nlp(text)
    found_agencies = {span.kb_id_ for span in doc.spans["agencies"]}
    assert set(gold["entities"]["agencies"]) <= found_agencies
