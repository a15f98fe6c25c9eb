from __future__ import annotations

import json

import pycountry
import pytest

from pipeline import gazetteer
from pipeline.errors import RuleSetError
from pipeline.gazetteer import plural, prose_name, spelling_variants

COMMITTED = gazetteer.DEFAULT_OUT


@pytest.fixture(scope="module")
def records():
    lines = COMMITTED.read_text(encoding="utf-8").splitlines()
    return {record["iso3"]: record for record in map(json.loads, lines)}


def test_committed_gazetteer_is_up_to_date(tmp_path):
    out = tmp_path / "countries.jsonl"
    assert gazetteer.main(["--out", str(out)]) == 0
    assert out.read_bytes() == COMMITTED.read_bytes(), (
        "models/default/countries.jsonl is stale: run `python -m pipeline.gazetteer`"
    )


def test_generation_is_deterministic(tmp_path):
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    gazetteer.main(["--out", str(first)])
    gazetteer.main(["--out", str(second)])
    assert first.read_bytes() == second.read_bytes()


def test_every_iso_country_is_present_once_sorted(records):
    codes = [json.loads(line)["iso3"] for line in COMMITTED.read_text("utf-8").splitlines()]
    assert codes == sorted(set(codes))
    assert {c.alpha_3 for c in pycountry.countries} <= set(codes)
    assert {"XKX", "YUG", "SUN"} <= set(codes)


@pytest.mark.parametrize(
    "iso3, label",
    [
        ("SLV", "El Salvador"),
        ("BOL", "Bolivia"),
        ("IRN", "Iran"),
        ("KOR", "South Korea"),
        ("PRK", "North Korea"),
        ("RUS", "Russian Federation"),
        ("USA", "United States"),
        ("GBR", "United Kingdom"),
        ("COD", "Democratic Republic of the Congo"),
        ("COG", "Republic of the Congo"),
        ("VAT", "Holy See"),
        ("PSE", "State of Palestine"),
        ("XKX", "Kosovo"),
        ("VIR", "U.S. Virgin Islands"),
        ("TWN", "Taiwan"),
        ("TUR", "Türkiye"),
    ],
)
def test_labels(records, iso3, label):
    assert records[iso3]["name"] == label


def test_label_is_always_a_name(records):
    assert all(r["name"] in r["names"] for r in records.values())


@pytest.mark.parametrize(
    "iso3, names",
    [
        ("USA", ["U.S.", "US", "USA", "U.S.A.", "United States of America", "America"]),
        ("KOR", ["Korea", "ROK", "Republic of Korea"]),
        (
            "PRK",
            [
                "DPRK",
                "Democratic People's Republic of Korea",
                "Democratic People’s Republic of Korea",
            ],
        ),
        ("CIV", ["Côte d'Ivoire", "Cote d'Ivoire", "Côte d’Ivoire", "Ivory Coast"]),
        ("COD", ["Congo", "DRC"]),
        ("PSE", ["Palestine", "State of Palestine"]),
        ("VAT", ["Holy See", "Vatican"]),
        ("FSM", ["Micronesia", "Federated States of Micronesia"]),
    ],
)
def test_key_names(records, iso3, names):
    assert set(names) <= set(records[iso3]["names"])


@pytest.mark.parametrize(
    "iso3, demonyms",
    [
        ("SLV", ["Salvadoran", "Salvadorean", "Salvadorans"]),
        ("ARE", ["Emirati", "Emiratis"]),
        ("PHL", ["Filipino", "Philippine"]),
        ("XKX", ["Kosovar", "Kosovan"]),
        ("USA", ["American", "Americans"]),
        ("COD", ["Congolese"]),
        ("DOM", ["Dominican"]),
        ("NER", ["Nigerien"]),
        ("NGA", ["Nigerian"]),
        ("KOR", ["Korean", "South Korean"]),
    ],
)
def test_key_demonyms(records, iso3, demonyms):
    assert set(demonyms) <= set(records[iso3]["demonyms"])


def test_every_form_names_one_country(records):
    owners: dict[str, str] = {}
    for code, record in records.items():
        for form in record["names"] + record["demonyms"]:
            assert owners.setdefault(form, code) == code, form


def test_forms_that_must_not_exist(records):
    forms = {f for r in records.values() for f in r["names"] + r["demonyms"]}
    assert (
        not {
            "Washington",
            "us",
            "Us",
            "the Netherlands",
            "Korea, Republic of",
            "Virgin Islands, British",
        }
        & forms
    )
    assert "Congo" not in records["COG"]["names"]
    assert "Dominican" not in records["DMA"]["demonyms"]


def test_blocked_phrases(records):
    assert {"Latin America", "Central American", "Native American"} <= set(
        records["USA"]["blocked"]
    )
    assert "New Mexico" in records["MEX"]["blocked"]


@pytest.mark.parametrize(
    "iso_name, expected",
    [
        ("Korea, Republic of", "Republic of Korea"),
        ("Congo, The Democratic Republic of the", "Democratic Republic of the Congo"),
        ("Holy See (Vatican City State)", "Holy See"),
        ("the State of Palestine", "State of Palestine"),
        ("Virgin Islands, British", None),
        ("El Salvador", "El Salvador"),
    ],
)
def test_prose_name(iso_name, expected):
    assert prose_name(iso_name) == expected


def test_spelling_variants():
    assert spelling_variants("Côte d'Ivoire") == [
        "Cote d'Ivoire",
        "Cote d’Ivoire",
        "Côte d'Ivoire",
        "Côte d’Ivoire",
    ]


@pytest.mark.parametrize(
    "demonym, expected",
    [
        ("Salvadoran", "Salvadorans"),
        ("Emirati", "Emiratis"),
        ("Filipino", "Filipinos"),
        ("Czech", "Czechs"),
        ("South Korean", "South Koreans"),
        ("Chinese", None),
        ("British", None),
        ("Swiss", None),
    ],
)
def test_plural(demonym, expected):
    assert plural(demonym) == expected


def write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def demonyms(tmp_path):
    return write(tmp_path / "demonyms.csv", "iso3,demonym\nSLV,Salvadoran\n")


@pytest.mark.parametrize(
    "aliases, code, line",
    [
        ("iso3,alias\nSLV,Salvador\n\nZZQ,Atlantis\n", "E401", 4),
        ("iso3,alias\nSLV,Salvador\nMEX,Salvador\n", "E402", 3),
        ("iso3,alias\nBES,Bonaire\nSHN,Saint Helena\nUSA,!Latin Quarter\n", "E403", 4),
        ("iso3,country\nSLV,Salvador\n", "E011", 1),
        ("iso3,alias\nSLV\n", "E011", 2),
    ],
)
def test_bad_aliases_name_file_and_line(tmp_path, demonyms, aliases, code, line):
    path = write(tmp_path / "aliases.csv", aliases)
    with pytest.raises(RuleSetError, match=code) as error:
        gazetteer.build_gazetteer(path, demonyms)
    assert f"{path}:{line}" in str(error.value)


def test_demonym_that_is_another_countrys_name(tmp_path):
    aliases = write(tmp_path / "aliases.csv", "iso3,alias\n")
    path = write(tmp_path / "demonyms.csv", "iso3,demonym\nSLV,Salvadoran\nMEX,Guatemala\n")
    with pytest.raises(RuleSetError, match="E402") as error:
        gazetteer.build_gazetteer(aliases, path)
    assert f"{path}:3" in str(error.value)


def test_country_without_prose_name_needs_an_alias(tmp_path, demonyms):
    aliases = write(tmp_path / "aliases.csv", "iso3,alias\nSHN,Saint Helena\n")
    with pytest.raises(RuleSetError, match=r"E405.*BES"):
        gazetteer.build_gazetteer(aliases, demonyms)


def test_command_line_reports_errors(tmp_path, demonyms, capsys):
    aliases = write(tmp_path / "aliases.csv", "iso3,alias\nZZQ,Atlantis\n")
    out = tmp_path / "out.jsonl"
    assert (
        gazetteer.main(["--out", str(out), "--aliases", str(aliases), "--demonyms", str(demonyms)])
        == 1
    )
    assert "E401" in capsys.readouterr().err and not out.exists()
