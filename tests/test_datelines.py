from __future__ import annotations

import pytest

from pipeline.datelines import Dateline, dateline_length, place_line, read_dateline, smart_title

SENTENCE = "The U.S. Embassy and the Ministry of Energy signed a memorandum of understanding."


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("WASHINGTON -- ", Dateline("Washington", None)),
        ("WASHINGTON, Sept. 20, 2019 -- ", Dateline("Washington", "Sept. 20, 2019")),
        ("WASHINGTON (AP) -- ", Dateline("Washington", "AP")),
        ("LILONGWE, Malawi – June 4, 2024 – ", Dateline("Lilongwe", "June 4, 2024")),
        ("Washington, DC — June 4, 2024 — ", Dateline("Washington", "June 4, 2024")),
        # A place of three comma-separated parts, the first of which is the dateline's.
        (
            "WEWAK, East Sepik Province, Papua New Guinea, 24 April 2024 — ",
            Dateline("Wewak", "24 April 2024"),
        ),
        ("WEWAK, East Sepik Province, Papua New Guinea — ", Dateline("Wewak", None)),
        (
            "ARUSHA, Arusha Region, Tanzania – June 4, 2024 – ",
            Dateline("Arusha", "June 4, 2024"),
        ),
        (
            "PORT MORESBY, Papua New Guinea, 24 April 2024 — ",
            Dateline("Port Moresby", "24 April 2024"),
        ),
        ("NUKU'ALOFA, Tonga — ", Dateline("Nuku'alofa", None)),
        ("ST. GEORGE'S, Grenada, May 2, 2024 — ", Dateline("St. George's", "May 2, 2024")),
        ("DAR ES SALAAM, 14th March 2024 — ", Dateline("Dar es Salaam", "14th March 2024")),
        # No dash after the date: a sentence follows, or nothing.
        ("KYIV, 12 March 2023. ", Dateline("Kyiv", "12 March 2023")),
        ("KYIV, 12 March 2023 ", Dateline("Kyiv", "12 March 2023")),
        ("KYIV, 12 March 2023: ", Dateline("Kyiv", "12 March 2023")),
        ("KYIV, Ukraine, 12 March 2023. ", Dateline("Kyiv", "12 March 2023")),
        (
            "WEWAK, East Sepik Province, Papua New Guinea, 24 April 2024. ",
            Dateline("Wewak", "24 April 2024"),
        ),
        ("DAR ES SALAAM, Tanzania, 12 July 2022 ", Dateline("Dar es Salaam", "12 July 2022")),
    ],
)
def test_read_dateline(opening: str, dateline: Dateline) -> None:
    assert read_dateline(f"{opening}{SENTENCE}") == dateline


@pytest.mark.parametrize(
    "line",
    ["KYIV, 12 March 2023", "KYIV, 12 March 2023.", "WEWAK, Papua New Guinea, 24 April 2024"],
)
def test_a_dateline_alone_on_its_line(line: str) -> None:
    assert read_dateline(line) is not None
    assert dateline_length(line) == len(line)


@pytest.mark.parametrize(
    "paragraph",
    [
        # A capitalised word and a comma open many sentences.
        "BREAKING, the U.S. and Ruritania signed a memorandum of understanding today.",
        f"BREAKING — {SENTENCE}",
        f"NOTE -- {SENTENCE}",
        f"Kyiv, 12 March 2023. {SENTENCE}",  # without a dash, only a place in capitals
        "KYIV, 12 March 2023 the U.S. Embassy and the Ministry of Energy signed a memorandum.",
        "KYIV, 12 March 2023, the U.S. Embassy and the Ministry of Energy signed a memorandum.",
        f"KYIV, in March 2023. {SENTENCE}",
        f"KYIV. {SENTENCE}",
        # Header lines in capitals before a date.
        "PRESS RELEASE, 12 March 2023",
        "MEDIA NOTE, 12 March 2023",
        "MONDAY, June 3, 2024",
        "U.S. EMBASSY KYIV, 12 March 2023",
        "U.S. AND UKRAINE SIGN ENERGY MEMORANDUM, 12 March 2023",
        # A list in a sentence, not a place's parts.
        "USAID, the State Department, and Treasury — three agencies — signed the memorandum.",
        "WASHINGTON, Tokyo, and Seoul — the three capitals — signed the memorandum.",
    ],
)
def test_no_dateline(paragraph: str) -> None:
    assert read_dateline(paragraph) is None
    assert dateline_length(paragraph) == 0


@pytest.mark.parametrize(
    ("paragraph", "rest"),
    [
        ("WASHINGTON, June 4, 2024 — Today in Accra, they signed.", "Today in Accra, they signed."),
        (
            "GUATEMALA CITY – In the presence of X, they signed.",
            "In the presence of X, they signed.",
        ),
        ("GUATEMALA CITY — On 3 May 2024, they signed.", "On 3 May 2024, they signed."),
        ("In Washington, they signed.", "In Washington, they signed."),
        ("Washington -- they signed.", "Washington -- they signed."),
        ("KYIV, 12 March 2023. The Embassy signed.", "The Embassy signed."),
        ("KYIV, 12 March 2023 The Embassy signed.", "The Embassy signed."),
        (
            "WEWAK, East Sepik Province, Papua New Guinea, 24 April 2024 — Today, they signed.",
            "Today, they signed.",
        ),
    ],
)
def test_dateline_length(paragraph: str, rest: str) -> None:
    assert paragraph[dateline_length(paragraph) :] == rest


@pytest.mark.parametrize(
    ("header", "line"),
    [
        (
            ["Remarks", "Margaret L. Okafor, Secretary of State", "Brussels, Belgium"],
            "Brussels, Belgium",
        ),
        (["Remarks to the Press", "Washington, D.C."], "Washington, D.C."),
        (["Remarks to the Press", "Daniel Reyes, Department Spokesperson"], None),
        (["Remarks", "Berlin, June 4, 2024"], None),
    ],
)
def test_place_line(header: list[str], line: str | None) -> None:
    assert place_line(header) == line


@pytest.mark.parametrize(
    ("text", "titled"),
    [
        ("WASHINGTON", "Washington"),
        ("SAN SALVADOR", "San Salvador"),
        ("PORT-AU-PRINCE", "Port-au-Prince"),
        ("U.S. DEPARTMENT OF STATE", "U.S. Department of State"),
        ("ST. LOUIS", "St. Louis"),
        ("DAR ES SALAAM", "Dar es Salaam"),
        ("Already Mixed Case", "Already Mixed Case"),
    ],
)
def test_smart_title(text: str, titled: str) -> None:
    assert smart_title(text) == titled
