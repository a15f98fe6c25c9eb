from __future__ import annotations

import pytest

from pipeline.metadata import (
    Metadata,
    clean_text,
    extract_metadata,
    parse_date,
    publisher_name,
)

BODY = (
    "Today the Secretary of Foreign Affairs of Ruritania and the U.S. Ambassador signed a "
    "memorandum of understanding on customs cooperation, which both governments expect to "
    "take effect before the end of the year."
)


@pytest.mark.parametrize(
    ("opening", "place", "date"),
    [
        ("WASHINGTON -- ", "Washington", None),
        ("WASHINGTON – ", "Washington", None),
        ("WASHINGTON—", "Washington", None),
        ("WASHINGTON - ", "Washington", None),
        ("WASHINGTON, Sept. 20, 2019 -- ", "Washington", "2019-09-20"),
        ("WASHINGTON, D.C. — ", "Washington", None),
        ("SAN SALVADOR, El Salvador (September 20, 2019) — ", "San Salvador", "2019-09-20"),
        ("NEW YORK, March 3, 2021 -- ", "New York", "2021-03-03"),
        ("PORT-AU-PRINCE, Haiti — ", "Port-au-Prince", None),
        ("MCALLEN, Texas -- ", "McAllen", None),
        ("DAR ES SALAAM, Tanzania, 12 July 2022 – ", "Dar es Salaam", "2022-07-12"),
        ("WASHINGTON (AP) -- ", "Washington", None),
        ("SAN JOSÉ, Costa Rica — ", "San José", None),
        ("TEGUCIGALPA, Honduras, July 28, 2021 — ", "Tegucigalpa", "2021-07-28"),
        ("ABIDJAN, Côte d’Ivoire — ", "Abidjan", None),
        # The date after the dash, in brackets or not; the dateline alone on its line.
        ("LILONGWE, Malawi – June 4, 2024 – ", "Lilongwe", "2024-06-04"),
        ("WASHINGTON, D.C. — (June 4, 2024) ", "Washington", "2024-06-04"),
        ("WASHINGTON, D.C. — (June 4, 2024)\n\n", "Washington", "2024-06-04"),
        ("LILONGWE, Malawi, June 4, 2024 —\n\n", "Lilongwe", "2024-06-04"),
        # A country of five words.
        (
            "KINSHASA, Democratic Republic of the Congo, September 21, 2022 — USAID ",
            "Kinshasa",
            "2022-09-21",
        ),
        # A place as written, with its region and a date after the dash.
        ("Washington, DC — June 4, 2024 — ", "Washington", "2024-06-04"),
        # A place of three parts; embassies' places and dates.
        ("WEWAK, East Sepik Province, Papua New Guinea, 24 April 2024 — ", "Wewak", "2024-04-24"),
        ("WEWAK, Papua New Guinea, 24 April 2024 — ", "Wewak", "2024-04-24"),
        ("PORT MORESBY, Papua New Guinea, 24 April 2024 — ", "Port Moresby", "2024-04-24"),
        ("NUKU'ALOFA, Tonga — ", "Nuku'alofa", None),
        ("ST. GEORGE'S, Grenada, May 2, 2024 — ", "St. George's", "2024-05-02"),
        ("DAR ES SALAAM, 14th March 2024 — ", "Dar es Salaam", "2024-03-14"),
        ("KYIV, 12 March 2023 — ", "Kyiv", "2023-03-12"),
        ("KYIV, 12 March 2023 – ", "Kyiv", "2023-03-12"),
        # No dash after the date: the sentence follows, on the same line or the next.
        ("KYIV, 12 March 2023. ", "Kyiv", "2023-03-12"),
        ("KYIV, 12 March 2023 ", "Kyiv", "2023-03-12"),
        ("KYIV, 12 March 2023\n", "Kyiv", "2023-03-12"),
        ("KYIV, 12 March 2023\n\n", "Kyiv", "2023-03-12"),
        ("KYIV, Ukraine, 12 March 2023.\n\n", "Kyiv", "2023-03-12"),
        ("WEWAK, East Sepik Province, Papua New Guinea, 24 April 2024\n\n", "Wewak", "2024-04-24"),
        # A place without a date: the date is not read from the sentence.
        ("GUATEMALA CITY — On 3 May 2024, ", "Guatemala City", None),
    ],
)
def test_dateline_place_and_date(opening: str, place: str, date: str | None) -> None:
    meta = extract_metadata(f"Ruritania Customs Memorandum Signed\n\n{opening}{BODY}")
    assert meta.dateline == place
    assert meta.date == date


@pytest.mark.parametrize(
    "text",
    [
        f"NOTE -- {BODY}",
        f"MODERATOR: Good morning. {BODY}",
        f"The Secretary spoke in WASHINGTON -- {BODY}",
        f"Washington -- {BODY}",  # the place of a dateline is written in capitals
        f"Today, June 4, 2024 — {BODY}",  # ... or has its region and a date after the dash
        f"Washington — June 4, 2024 — {BODY}",
        f"{BODY}\n\nWASHINGTON -- A later paragraph is no dateline.",
        f"{BODY}\n\nKYIV, 12 March 2023. A later paragraph is no dateline.",
        f"BREAKING, the Secretary of Foreign Affairs of Ruritania signed. {BODY}",
        f"BREAKING — {BODY}",
        f"Kyiv, 12 March 2023. {BODY}",  # without a dash, a place in capitals only
        f"PRESS RELEASE, 12 March 2023\n\n{BODY}",
    ],
)
def test_no_dateline(text: str) -> None:
    assert extract_metadata(text).dateline is None


@pytest.mark.parametrize(
    "text",
    [
        f"{BODY}\n\nKYIV, 12 March 2023. A later paragraph is no dateline.",
        f"Kyiv, 12 March 2023. {BODY}",
        f"Today, 12 March 2023, the Secretary signed. {BODY}",
    ],
)
def test_no_release_date_from_a_sentence(text: str) -> None:
    assert extract_metadata(text).date is None


@pytest.mark.parametrize(
    ("head", "date"),
    [
        ("Release Date: September 20, 2019", "2019-09-20"),
        ("**Release Date:** September 20, 2019", "2019-09-20"),
        ("RELEASE DATE: Friday, September 20, 2019", "2019-09-20"),
        ("Date: 2019-09-20", "2019-09-20"),
        ("Date: 9/20/2019", "2019-09-20"),
        ("FOR IMMEDIATE RELEASE\n\nSeptember 20, 2019", "2019-09-20"),
        ("For Immediate Release: Sept. 20, 2019", "2019-09-20"),
        ("Published: 20 September 2019", "2019-09-20"),
        ("Published on Nov. 3rd, 2021", "2021-11-03"),
        ("Release Date: TBD", None),
        ("Release Date: September 2019", None),  # no day: not a release date
        ("Release Date: February 30, 2019", None),
        ("Date: next Tuesday", None),
        ("Published reports on September 20, 2019 were wrong.", None),
    ],
)
def test_release_date_lines(head: str, date: str | None) -> None:
    assert extract_metadata(f"{head}\n\n{BODY}").date == date


@pytest.mark.parametrize(
    ("header", "date"),
    [
        ("Media Note\nOffice of the Spokesperson\nJune 14, 2022", "2022-06-14"),
        ("Press Statement\nMargaret L. Okafor, Secretary of State\nNovember 4, 2021", "2021-11-04"),
        ("*May 10, 2023 · Statements and Releases*", "2023-05-10"),
        ("FOR IMMEDIATE RELEASE\nWednesday, March 3, 2021", "2021-03-03"),
        (
            "Ruritania Signs a Memorandum\n\nOctober 6, 2022\n\nStatements and Releases",
            "2022-10-06",
        ),
    ],
)
def test_date_line_in_the_header(header: str, date: str) -> None:
    assert extract_metadata(f"{header}\n\n{BODY}").date == date


def test_date_in_the_body_is_not_the_release_date() -> None:
    assert extract_metadata(f"{BODY}\n\nJune 14, 2022\n\n{BODY}").date is None


def test_date_field_at_the_bottom_of_a_long_release() -> None:
    text = "\n\n".join([BODY] * 40) + "\n\nDate: November 9, 2022\n\nTags: Maritime Security"
    assert len(text) > 5000
    assert extract_metadata(text).date == "2022-11-09"


def test_header_lines_stay_apart() -> None:
    header = (
        "U.S. Department of Commerce\nOffice of Public Affairs\n\n"
        "Press Release\nRelease No. 0112.22\n\n"
        "U.S. Department of Commerce and Ruritania's Ministry of Trade Sign Customs Memorandum"
    )
    text = f"{header}\n\n{BODY}"
    assert clean_text(text).split("\n\n")[:5] == [
        "U.S. Department of Commerce",
        "Office of Public Affairs",
        "Press Release",
        "Release No. 0112.22",
        "U.S. Department of Commerce and Ruritania's Ministry of Trade Sign Customs Memorandum",
    ]
    meta = extract_metadata(text)
    assert meta.source == "U.S. Department of Commerce"
    assert meta.title == (
        "U.S. Department of Commerce and Ruritania's Ministry of Trade Sign Customs Memorandum"
    )


def test_release_date_line_wins_over_dateline_date() -> None:
    text = f"Release Date: September 20, 2019\n\nWASHINGTON, Sept. 21, 2019 -- {BODY}"
    assert extract_metadata(text) == Metadata(date="2019-09-20", dateline="Washington")


def test_last_published_date_at_the_end_is_not_the_release_date() -> None:
    assert extract_metadata(f"{BODY}\n\nLast Published Date: September 23, 2019").date is None


def test_field_line_inside_a_wrapped_paragraph() -> None:
    meta = extract_metadata(f"Release Date: September 20, 2019\nWASHINGTON -- {BODY}")
    assert meta.date == "2019-09-20"
    assert meta.dateline == "Washington"


@pytest.mark.parametrize(
    ("head", "source"),
    [
        ("U.S. Department of Homeland Security", "U.S. Department of Homeland Security"),
        ("U.S. Department of  \nHomeland Security", "U.S. Department of Homeland Security"),
        ("Office of the Spokesperson", "Office of the Spokesperson"),
        ("Media Note\nOffice of the Spokesperson", "Office of the Spokesperson"),
        ("Office of International Affairs", "Office of International Affairs"),
        ("U.S. Agency for International Development", "U.S. Agency for International Development"),
        ("THE WHITE HOUSE", "The White House"),
        ("U.S. Embassy in San Salvador", "U.S. Embassy in San Salvador"),
        ("Department of State", "Department of State"),
        ("Ruritania Signs a Customs Memorandum", None),
        # A press office names its organisation, which is the publisher.
        ("USAID Press Office", "USAID"),
        (
            "Press Office, U.S. Agency for International Development",
            "U.S. Agency for International Development",
        ),
        ("U.S. Department of Energy, Office of Public Affairs", "U.S. Department of Energy"),
        ("Media Relations, U.S. Department of Defense", "U.S. Department of Defense"),
        ("U.S. Embassy & Consulates in Brazil", "U.S. Embassy & Consulates in Brazil"),
        ("Office of Public Affairs", "Office of Public Affairs"),
        ("Press Office", None),
        ("USAID and Malawi Sign a Development Objective Agreement", None),
    ],
)
def test_publisher(head: str, source: str | None) -> None:
    assert extract_metadata(f"{head}\n\n{BODY}").source == source


@pytest.mark.parametrize(
    ("name", "publisher"),
    [
        ("U.S. Department of Defense", "U.S. Department of Defense"),
        ("United States Department of State", "United States Department of State"),
        ("U.S. Embassy in Ghana", "U.S. Embassy in Ghana"),
        ("The White House", "The White House"),
        ("  THE WHITE HOUSE ", "The White House"),
        ("USAID Press Office", "USAID"),
        # A web site's name that is a host, a headline or a brand is no publisher.
        ("state.gov", None),
        ("www.whitehouse.gov", None),
        ("U.S. and Peru Sign Letter of Intent to Combat Illegal Logging", None),
        ("NASA", None),
        ("", None),
    ],
)
def test_publisher_name(name: str, publisher: str | None) -> None:
    assert publisher_name(name) == publisher


def test_publisher_in_the_body_is_not_the_publisher() -> None:
    assert extract_metadata(f"{BODY}\n\nOffice of the Spokesperson").source is None


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            f"# Ruritania and the U.S. Sign a Customs Memorandum\n\n{BODY}",
            "Ruritania and the U.S. Sign a Customs Memorandum",
        ),
        (f"## Subtitle Comes First\n\n# The **Real** Title\n\n{BODY}", "The Real Title"),
        (
            f"Ruritania and the U.S. Sign a Customs Memorandum\n\n{BODY}",
            "Ruritania and the U.S. Sign a Customs Memorandum",
        ),
        (
            f"An official website of the U.S. government\n\nCustoms Memorandum Signed\n\n{BODY}",
            "Customs Memorandum Signed",
        ),
        (
            f"Office of the Spokesperson\n\nCustoms Memorandum Signed Today\n\n{BODY}",
            "Customs Memorandum Signed Today",
        ),
        (f"Antony J. Blinken, Secretary of State\n\nBerlin, Germany\n\n{BODY}", None),
        (f"Release Date: September 20, 2019\n\n{BODY}", None),
        (
            f"News & Events | Press Releases\n\nRuritania Signs a Memorandum\n\n{BODY}",
            "Ruritania Signs a Memorandum",
        ),
        (f"FOR IMMEDIATE RELEASE\nWednesday, March 3, 2021\n\n{BODY}", None),
        (f"Media Note\nOffice of the Spokesperson\n\n{BODY}", None),
        (BODY, None),
        (f"{BODY}\n\n# # #", None),
        (f"The below is attributable to the Spokesperson:\n\n{BODY}", None),
        # A dateline alone on its line is no title.
        (f"WEWAK, East Sepik Province, Papua New Guinea, 24 April 2024\n\n{BODY}", None),
    ],
)
def test_title(text: str, title: str | None) -> None:
    assert extract_metadata(text).title == title


def test_empty_text_has_no_metadata() -> None:
    assert extract_metadata("") == Metadata()


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("September 20, 2019", "2019-09-20"),
        ("Sept. 20, 2019", "2019-09-20"),
        ("Sep 20 2019", "2019-09-20"),
        ("20 September 2019", "2019-09-20"),
        ("Friday, September 20th, 2019, 10:00 a.m.", "2019-09-20"),
        ("2019-09-20", "2019-09-20"),
        ("9/20/2019", "2019-09-20"),
        ("2019-13-45", None),
        ("today", None),
        ("September 2019", None),
        ("garbage", None),
    ],
)
def test_parse_date(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        (
            "Remarks at a Signing Ceremony\n\nMargaret L. Okafor, Secretary of State\n\n"
            "Brussels, Belgium\n\nSECRETARY OKAFOR: Good morning, everyone, and thank you for "
            "joining us for this ceremony.",
            "Brussels, Belgium",
        ),
        (
            "Remarks to the Press\n\nDaniel Reyes, Department Spokesperson\n\nWashington, D.C.\n\n"
            "MR REYES: Good afternoon. I have a few announcements to make before taking questions.",
            "Washington, D.C.",
        ),
        (
            "Remarks to the Press\n\nDaniel Reyes, Department Spokesperson\n\n"
            "MR REYES: Good afternoon. I have a few announcements to make before taking questions.",
            None,
        ),
    ],
)
def test_place_line_under_the_byline_is_the_dateline(text: str, dateline: str | None) -> None:
    assert extract_metadata(text).dateline == dateline


def test_a_transcript_header_in_capitals():
    text = (
        "Remarks at the Signing of a Memorandum\n\nREMARKS\n\nANTONY J. BLINKEN, SECRETARY OF "
        "STATE\n\nTREATY ROOM\n\nSEPTEMBER 25, 2024\n\nSECRETARY BLINKEN: Good afternoon, "
        "everyone. Today we signed a memorandum of understanding with Fiji on maritime security."
    )
    meta = extract_metadata(text)
    assert meta.date == "2024-09-25"
    assert meta.dateline is None  # the byline in capitals is no place


@pytest.mark.parametrize(
    ("text", "date"),
    [("SEPTEMBER 25, 2024", "2024-09-25"), ("TBD", None), ("MAY", None)],
)
def test_parse_date_in_capitals(text, date):
    assert parse_date(text) == date
