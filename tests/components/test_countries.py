from __future__ import annotations

import json
import re

import pytest
import spacy

import pipeline.components.countries  # noqa: F401
import pipeline.components.sentences  # noqa: F401
from pipeline.components.countries import longest_first
from pipeline.errors import RuleSetError
from pipeline.extensions import COUNTRIES


def make_nlp(**config):
    nlp = spacy.blank("en")
    nlp.add_pipe("undersigned_sentences")
    nlp.add_pipe("undersigned_countries", config=config)
    nlp.initialize()
    return nlp


@pytest.fixture(scope="module")
def nlp():
    return make_nlp()


def found(nlp, text):
    doc = nlp(text)
    return [(s.text, s.kb_id_, s.id_) for s in doc.spans[COUNTRIES]]


def codes(nlp, text):
    doc = nlp(text)
    return [s.kb_id_ for s in doc.spans[COUNTRIES]]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Talks with the Republic of Korea (ROK) went well.",
            [("Republic of Korea", "KOR", "name"), ("ROK", "KOR", "name")],
        ),
        (
            "South Korea and North Korea met; the DPRK left.",
            [
                ("South Korea", "KOR", "name"),
                ("North Korea", "PRK", "name"),
                ("DPRK", "PRK", "name"),
            ],
        ),
        ("Korea hosted the forum.", [("Korea", "KOR", "name")]),
        (
            "Türkiye, formerly Turkey, and Turkiye.",
            [("Türkiye", "TUR", "name"), ("Turkey", "TUR", "name"), ("Turkiye", "TUR", "name")],
        ),
        (
            "Côte d’Ivoire, Cote d'Ivoire and Ivory Coast.",
            [
                ("Côte d’Ivoire", "CIV", "name"),
                ("Cote d'Ivoire", "CIV", "name"),
                ("Ivory Coast", "CIV", "name"),
            ],
        ),
        ("Burma, also called Myanmar.", [("Burma", "MMR", "name"), ("Myanmar", "MMR", "name")]),
        (
            "The People’s Republic of China (PRC) and China.",
            [
                ("People’s Republic of China", "CHN", "name"),
                ("PRC", "CHN", "name"),
                ("China", "CHN", "name"),
            ],
        ),
        ("Taiwan and Russia.", [("Taiwan", "TWN", "name"), ("Russia", "RUS", "name")]),
        (
            "The UAE, the U.A.E. and the Emirates.",
            [("UAE", "ARE", "name"), ("U.A.E.", "ARE", "name"), ("Emirates", "ARE", "name")],
        ),
        (
            "The UK, the U.K., Britain and Great Britain.",
            [
                ("UK", "GBR", "name"),
                ("U.K.", "GBR", "name"),
                ("Britain", "GBR", "name"),
                ("Great Britain", "GBR", "name"),
            ],
        ),
        (
            "The Netherlands, also Holland.",
            [("Netherlands", "NLD", "name"), ("Holland", "NLD", "name")],
        ),
        (
            "Czechia, the Czech Republic.",
            [("Czechia", "CZE", "name"), ("Czech Republic", "CZE", "name")],
        ),
        (
            "The Holy See and the Vatican.",
            [("Holy See", "VAT", "name"), ("Vatican", "VAT", "name")],
        ),
        (
            "Talks with the Republic of the Union of Myanmar, or Burma.",
            [("Republic of the Union of Myanmar", "MMR", "name"), ("Burma", "MMR", "name")],
        ),
        (
            "Kosovo and the State of Palestine.",
            [("Kosovo", "XKX", "name"), ("State of Palestine", "PSE", "name")],
        ),
        (
            "Eswatini, once Swaziland; Cabo Verde or Cape Verde.",
            [
                ("Eswatini", "SWZ", "name"),
                ("Swaziland", "SWZ", "name"),
                ("Cabo Verde", "CPV", "name"),
                ("Cape Verde", "CPV", "name"),
            ],
        ),
        (
            "Timor-Leste (East Timor), North Macedonia and Macedonia.",
            [
                ("Timor-Leste", "TLS", "name"),
                ("East Timor", "TLS", "name"),
                ("North Macedonia", "MKD", "name"),
                ("Macedonia", "MKD", "name"),
            ],
        ),
        (
            "Vietnam, Viet Nam, Laos, Syria, Iran and Micronesia.",
            [
                ("Vietnam", "VNM", "name"),
                ("Viet Nam", "VNM", "name"),
                ("Laos", "LAO", "name"),
                ("Syria", "SYR", "name"),
                ("Iran", "IRN", "name"),
                ("Micronesia", "FSM", "name"),
            ],
        ),
        (
            "Venezuela, Bolivia, Tanzania, Moldova and Brunei.",
            [
                ("Venezuela", "VEN", "name"),
                ("Bolivia", "BOL", "name"),
                ("Tanzania", "TZA", "name"),
                ("Moldova", "MDA", "name"),
                ("Brunei", "BRN", "name"),
            ],
        ),
        (
            "the Philippines, the Bahamas and the Gambia",
            [("Philippines", "PHL", "name"), ("Bahamas", "BHS", "name"), ("Gambia", "GMB", "name")],
        ),
        (
            "The United States of America, the USA and the U.S.A.",
            [
                ("United States of America", "USA", "name"),
                ("USA", "USA", "name"),
                ("U.S.A.", "USA", "name"),
            ],
        ),
        ("Visit the U.S. Embassy in San Salvador.", [("U.S.", "USA", "name")]),
        (
            "Kingdom of Saudi Arabia and the former Socialist Federal Republic of Yugoslavia.",
            [
                ("Kingdom of Saudi Arabia", "SAU", "name"),
                ("Socialist Federal Republic of Yugoslavia", "YUG", "name"),
            ],
        ),
        (
            "The Democratic Republic of the Congo (DRC) and the Republic of the Congo.",
            [
                ("Democratic Republic of the Congo", "COD", "name"),
                ("DRC", "COD", "name"),
                ("Republic of the Congo", "COG", "name"),
            ],
        ),
        ("Kendamil formula was flown from England.", [("England", "GBR", "name")]),
        # A former name with a demonym inside it is one name, not also Yugoslavia.
        (
            "Greece and the former Yugoslav Republic of Macedonia (FYROM) signed it.",
            [
                ("Greece", "GRC", "name"),
                ("former Yugoslav Republic of Macedonia", "MKD", "name"),
                ("FYROM", "MKD", "name"),
            ],
        ),
        # Formal names of the aliases table ("Viet Nam" is pycountry's spelling).
        (
            "The Socialist Republic of Vietnam and the Commonwealth of Australia signed it.",
            [
                ("Socialist Republic of Vietnam", "VNM", "name"),
                ("Commonwealth of Australia", "AUS", "name"),
            ],
        ),
        # Taiwan's formal name, and the longer name that holds it.
        (
            "The People's Republic of China objected to the Republic of China's claim.",
            [("People's Republic of China", "CHN", "name"), ("Republic of China", "TWN", "name")],
        ),
    ],
)
def test_names_and_aliases(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Salvadoran and Salvadorean officials met Emirati and Filipino delegates.",
            ["SLV", "SLV", "ARE", "PHL"],
        ),
        ("A Philippine company and Kosovar and Kosovan students.", ["PHL", "XKX", "XKX"]),
        (
            "British, Chinese, Jordanian, Chadian, Turkish and Ukrainian diplomats.",
            ["GBR", "CHN", "JOR", "TCD", "TUR", "UKR"],
        ),
        ("Georgian wine, Guinean miners and Dominican baseball.", ["GEO", "GIN", "DOM"]),
        ("Congolese, South Korean, North Korean and Korean firms.", ["COD", "KOR", "PRK", "KOR"]),
        ("Nigerien soldiers and Nigerian soldiers.", ["NER", "NGA"]),
        ("Americans, Salvadorans, Emiratis and Filipinos agree.", ["USA", "SLV", "ARE", "PHL"]),
        ("The American people.", ["USA"]),
        # Historical states keep their adjectives: "Soviet General Secretary Gorbachev".
        ("Soviet, Yugoslav and Czechoslovak delegations.", ["SUN", "YUG", "CSK"]),
    ],
)
def test_demonyms(nlp, text, expected):
    doc = nlp(text)
    spans = doc.spans[COUNTRIES]
    assert [s.kb_id_ for s in spans] == expected
    assert {s.id_ for s in spans} == {"demonym"}


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "He thanked the Government of El Salvador.",
            [("Government of El Salvador", "SLV", "government")],
        ),
        ("He thanked the Salvadoran Government.", [("Salvadoran Government", "SLV", "government")]),
        (
            "The Government of the Republic of Albania signed.",
            [("Government of the Republic of Albania", "ALB", "government")],
        ),
        ("The U.S. government agreed.", [("U.S. government", "USA", "government")]),
        (
            "released by the Governments of the United States of America and the United Arab "
            "Emirates.",
            [
                ("Governments of the United States of America", "USA", "government"),
                ("United Arab Emirates", "ARE", "government"),
            ],
        ),
        (
            "Signed by the Governments of Australia, Austria, and Canada.",
            [
                ("Governments of Australia", "AUS", "government"),
                ("Austria", "AUT", "government"),
                ("Canada", "CAN", "government"),
            ],
        ),
        (
            "the U.S. and Mexican Governments agreed",
            [("U.S.", "USA", "government"), ("Mexican Governments", "MEX", "government")],
        ),
        (
            "The Government of Mexico and Canada agreed.",
            [("Government of Mexico", "MEX", "government"), ("Canada", "CAN", "name")],
        ),
        (
            "The Government of Georgia and the Government of Jordan signed.",
            [
                ("Government of Georgia", "GEO", "government"),
                ("Government of Jordan", "JOR", "government"),
            ],
        ),
    ],
)
def test_government_forms(nlp, text, expected):
    assert found(nlp, text) == expected


def test_government_forms_can_be_switched_off():
    assert found(make_nlp(government_forms=False), "the Government of El Salvador") == [
        ("El Salvador", "SLV", "name")
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # Georgia: the U.S. state or the country.
        ("He visited Atlanta, Georgia last week.", []),
        ("The state of Georgia passed a law.", []),
        ("Georgia's governor signed the bill.", []),
        ("The Georgia Department of Labor opened.", []),
        ("The Georgia Bureau of Investigation arrested him.", []),
        ("Voters in Georgia and Alabama went to the polls.", []),
        ("The Senator from Georgia spoke.", []),
        ("Georgia and Russia met in Tbilisi.", ["GEO", "RUS"]),
        ("We support Georgia's NATO aspirations.", ["GEO"]),
        # Jordan, Chad: people or countries.
        ("Jordan Smith joined the team.", []),
        ("Michael Jordan retired.", []),
        ("Secretary Chad Wolf spoke.", []),
        ("We met in Jordan and Chad.", ["JOR", "TCD"]),
        ("King Abdullah II of Jordan arrived.", ["JOR"]),
        ("Jordan is a critical ally.", ["JOR"]),
        ("Attacks in the Lake Chad Basin in Cameroon, Chad, and Niger.", ["CMR", "TCD", "NER"]),
        # Niger vs Nigeria; Guinea inside longer names; Dominica; Sudan.
        ("Niger, Nigeria, Nigerien, Nigerian.", ["NER", "NGA", "NER", "NGA"]),
        (
            "Papua New Guinea, Equatorial Guinea, Guinea-Bissau and Guinea.",
            ["PNG", "GNQ", "GNB", "GIN"],
        ),
        ("Dominica and the Dominican Republic.", ["DMA", "DOM"]),
        ("Sudan and South Sudan.", ["SDN", "SSD"]),
        ("American Samoa and Samoa.", ["ASM", "WSM"]),
        # Turkey: the country or the bird.
        ("Turkey is a NATO Ally.", ["TUR"]),
        ("The National Thanksgiving Turkey was pardoned.", []),
        ("We ate a Turkey dinner.", []),
        ("a turkey and the Thanksgiving turkey", []),
        # Washington is never a country.
        ("Washington and Washington, D.C.", []),
        # America.
        ("Latin America, Central America, South America and North America.", []),
        ("Latin American, Central American, African American and Native American leaders.", []),
        ("The Summit of the Americas.", []),
        ("America first. The American people.", ["USA", "USA"]),
        # US: only in capitals, and not the pronoun.
        ("The US and the U.S. agreed; let us see.", ["USA", "USA"]),
        ("JOIN US FOR THE EVENT.", []),
        # Regions and cities that contain a country name.
        ("New Mexico, New Jersey and Mexico City.", []),
        ("The South China Sea and the Indian Ocean.", []),
        ("The Korean Peninsula.", []),
        ("Northern Ireland and Ireland.", ["GBR", "IRL"]),
        ("Congo and the Congo Basin.", ["COD"]),
    ],
)
def test_traps(nlp, text, expected):
    assert codes(nlp, text) == expected


def test_abbreviation_glued_to_a_dash(nlp):
    # spaCy's English tokenizer keeps "U.S.-Japan" as one token: it goes to the abbreviation.
    assert found(nlp, "The U.S.-Japan alliance and U.K.-based firms.") == [
        ("U.S.-Japan", "USA", "name"),
        ("U.K.-based", "GBR", "name"),
    ]
    # With an infix that splits after such abbreviations, both countries are found.
    split = make_nlp()
    infixes = [*split.Defaults.infixes, r"(?<=[A-Z]\.)[-–—](?=[A-Za-z])"]
    split.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
    assert codes(split, "The U.S.-Japan alliance.") == ["USA", "JPN"]


def test_context_rules_can_be_switched_off():
    assert codes(make_nlp(context_rules=False), "Michael Jordan retired.") == ["JOR"]


@pytest.mark.parametrize(
    ("matches", "kept"),
    [
        (
            [(1, 0, 1), (2, 0, 3), (3, 2, 4), (4, 5, 6), (5, 5, 6), (6, 7, 9), (7, 8, 10)],
            [(2, 0, 3), (4, 5, 6), (6, 7, 9)],
        ),
        ([], []),
        ([(1, 4, 5)], [(1, 4, 5)]),
        ([(1, 0, 2), (2, 2, 4), (3, 4, 5)], [(1, 0, 2), (2, 2, 4), (3, 4, 5)]),  # touching
        ([(3, 6, 7), (1, 0, 2), (2, 1, 4)], [(2, 1, 4), (3, 6, 7)]),  # not in start order
        # a chain of overlaps is one cluster: the longest, then what still fits
        (
            [(1, 0, 2), (2, 1, 3), (3, 2, 6), (4, 5, 7), (5, 6, 8)],
            [(1, 0, 2), (3, 2, 6), (5, 6, 8)],
        ),
    ],
)
def test_longest_first_keeps_longest_then_earliest(matches, kept):
    assert longest_first(matches) == kept


def test_empty_doc(nlp):
    doc = nlp("")
    assert len(doc) == 0 and list(doc.spans[COUNTRIES]) == []


def test_doc_without_countries(nlp):
    assert found(nlp, "The committee met on Tuesday to discuss the budget.") == []


def test_spans_do_not_overlap_and_carry_label(nlp):
    doc = nlp(
        "The Government of the Republic of Korea and the U.S. Government signed with "
        "Papua New Guinea, the Latin American states and the Salvadoran Government."
    )
    spans = list(doc.spans[COUNTRIES])
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:], strict=False))
    assert {s.label_ for s in spans} == {"COUNTRY"}
    assert [s.kb_id_ for s in spans] == ["KOR", "USA", "PNG", "SLV"]


def test_pipe_with_two_processes(nlp):
    texts = ["The Salvadoran Government and the U.S. signed.", "Michael Jordan met Jordan."] * 3
    results = [
        [(s.text, s.kb_id_, s.id_) for s in doc.spans[COUNTRIES]]
        for doc in nlp.pipe(texts, n_process=2)
    ]
    assert (
        results
        == [
            [("Salvadoran Government", "SLV", "government"), ("U.S.", "USA", "name")],
            [("Jordan", "JOR", "name")],
        ]
        * 3
    )


def test_to_disk_round_trip(nlp, tmp_path):
    nlp.to_disk(tmp_path / "p")
    assert (tmp_path / "p" / "undersigned_countries" / "countries.jsonl").is_file()
    loaded = spacy.load(tmp_path / "p")
    text = "The Government of El Salvador, Emirati officials and Michael Jordan in Georgia."
    assert found(loaded, text) == found(nlp, text) != []


def test_uninitialised_component_raises():
    nlp = spacy.blank("en")
    nlp.add_pipe("undersigned_countries")
    with pytest.raises(RuleSetError, match="E400"):
        nlp("Mexico")


def test_from_disk_without_data_raises(tmp_path):
    nlp = spacy.blank("en")
    component = nlp.add_pipe("undersigned_countries")
    with pytest.raises(RuleSetError, match="E406"):
        component.from_disk(tmp_path)


def write_lines(path, records):
    path.write_text(
        "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records),
        encoding="utf-8",
    )
    return path


GOOD = {
    "iso3": "SLV",
    "name": "El Salvador",
    "names": ["El Salvador"],
    "demonyms": ["Salvadoran"],
    "blocked": [],
}


@pytest.mark.parametrize(
    "bad_line, message",
    [
        ('{"iso3": "MEX", "name": "Mexico"', "E006"),
        ({"iso3": "MEX", "name": "Mexico", "names": ["Mexico"]}, "E007"),
        ({**GOOD, "iso3": "mex"}, "E404"),
        ({**GOOD, "names": ["Mexico", 3]}, "E404"),
        ({**GOOD, "colour": "green"}, "E008"),
    ],
)
def test_bad_data_file_names_file_and_line(tmp_path, bad_line, message):
    path = write_lines(tmp_path / "countries.jsonl", [GOOD, "", bad_line])
    component = spacy.blank("en").add_pipe("undersigned_countries")
    with pytest.raises(RuleSetError, match=message) as error:
        component.initialize(countries_path=path)
    assert f"{path}:3" in str(error.value)


def test_data_path_from_initialize_settings(tmp_path):
    path = write_lines(tmp_path / "countries.jsonl", [GOOD])
    nlp = spacy.blank("en")
    nlp.add_pipe("undersigned_countries")
    nlp.config["initialize"]["components"]["undersigned_countries"] = {"countries_path": str(path)}
    nlp.initialize()
    assert codes(nlp, "El Salvador and Mexico") == ["SLV"]


def test_custom_data_file(tmp_path):
    path = write_lines(tmp_path / "countries.jsonl", [GOOD])
    nlp = spacy.blank("en")
    nlp.add_pipe("undersigned_countries")
    nlp.get_pipe("undersigned_countries").initialize(countries_path=path)
    assert found(nlp, "El Salvador and Mexico; the Salvadoran Government.") == [
        ("El Salvador", "SLV", "name"),
        ("Salvadoran Government", "SLV", "government"),
    ]


def test_unknown_config_key_is_rejected():
    nlp = spacy.blank("en")
    with pytest.raises(Exception, match="colour"):
        nlp.add_pipe("undersigned_countries", config={"colour": "green"})


def test_dev_gold_country_sets(shared):
    """Document-level country sets against the dev gold (development releases only)."""
    folder = shared / "corpus-real"
    gold = {}
    for line in (folder / "gold-dev.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record.get("entities"):
            gold[record["id"]] = set(record["entities"]["countries"])
    nlp = make_nlp()
    true = predicted = expected = 0
    for line in (folder / "releases.jsonl").read_text(encoding="utf-8").splitlines():
        # Only the development releases are parsed; the others are held out.
        release_id = re.match(r'\{"id": "([^"]+)"', line)
        if release_id and release_id.group(1) in gold:
            release = json.loads(line)
            doc = nlp(release["text"])
            found_codes = {s.kb_id_ for s in doc.spans[COUNTRIES]}
            true += len(found_codes & gold[release["id"]])
            predicted += len(found_codes)
            expected += len(gold[release["id"]])
    precision, recall = true / predicted, true / expected
    assert 2 * precision * recall / (precision + recall) >= 0.95


@pytest.mark.parametrize(
    "text, spans",
    [
        # Official names said without pycountry's "the" are whole names.
        ("The Republic of Niger signed.", [("Republic of Niger", "NER")]),
        ("The Republic of Sudan signed.", [("Republic of Sudan", "SDN")]),
        ("The Republic of Gambia signed.", [("Republic of Gambia", "GMB")]),
        ("The Union of Comoros signed.", [("Union of Comoros", "COM")]),
        # A former name.
        ("The United States and Zaire signed.", [("United States", "USA"), ("Zaire", "COD")]),
    ],
)
def test_official_names_without_the(nlp, text, spans):
    assert [(s.text, s.kb_id_) for s in nlp(text).spans["countries"]] == spans
