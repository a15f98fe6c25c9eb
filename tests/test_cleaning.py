from __future__ import annotations

import pytest

import pipeline.metadata
from pipeline.cleaning import (
    clean_text,
    inline_text,
    join_paragraphs,
    normalize_text,
    strip_markdown,
    without_diacritics,
)


def test_wrapped_body_lines_are_joined_even_in_the_header() -> None:
    wrapped = (
        "WASHINGTON -- Today the Minister of Trade of Ruritania and the U.S.\n"
        "Secretary of Commerce signed a memorandum of understanding.\n"
    )
    assert clean_text(wrapped) == (
        "WASHINGTON -- Today the Minister of Trade of Ruritania and the U.S. Secretary of "
        "Commerce signed a memorandum of understanding."
    )


@pytest.mark.parametrize(
    "date_line",
    [
        "September 21, 2023",
        "Sept. 21, 2023",
        "Sep 21, 2023",
        "21 September 2023",
        "Monday, May 1, 2023",
    ],
)
def test_a_date_line_keeps_a_header_block_apart_beside_a_long_line(date_line: str) -> None:
    # "U.S. International Development Finance Corporation" is 51 characters long.
    raw = (
        "DFC Announces New Commitments\n\nU.S. International Development Finance Corporation\n"
        f"{date_line}\n\nNAIROBI – The agency signed two agreements today."
    )
    assert clean_text(raw).split("\n\n")[1:3] == [
        "U.S. International Development Finance Corporation",
        date_line,
    ]


def test_wrapped_headline_lines_stay_one_paragraph_beside_a_date_line() -> None:
    raw = (
        "United States and Kenya Sign Memorandum of Understanding on Health\n"
        "Cooperation and Global Health Security Partnership\nJuly 10, 2022\n\n"
        "WASHINGTON – They signed it today."
    )
    assert clean_text(raw).split("\n\n")[:2] == [
        "United States and Kenya Sign Memorandum of Understanding on Health Cooperation and "
        "Global Health Security Partnership",
        "July 10, 2022",
    ]


def test_a_long_header_line_without_a_date_line_is_still_joined() -> None:
    raw = (
        "Title of the Release\n\nThe U.S. International Development Finance Corporation\n"
        "signed two agreements in Nairobi today.\n\nMore text follows here."
    )
    assert clean_text(raw).split("\n\n")[1] == (
        "The U.S. International Development Finance Corporation signed two agreements in "
        "Nairobi today."
    )


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Biden-\u2060Harris", "Biden-Harris"),
        ("zero\u200bwidth\u200c and\u200d joiners", "zerowidth and joiners"),
        ("\ufeffByte order mark", "Byte order mark"),
        ("co\u00adoperation", "cooperation"),
        ("Jose\u0301", "José"),  # NFC
        ("non\u00a0breaking\u202fspaces", "non breaking spaces"),
        ("one\r\ntwo\rthree", "one\ntwo\nthree"),
        ("trailing   \nspaces \t", "trailing\nspaces"),
    ],
)
def test_normalize_text(raw: str, clean: str) -> None:
    assert normalize_text(raw) == clean


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("A hard-wrapped\nparagraph.\n\n\n\nNext one.", "A hard-wrapped paragraph.\n\nNext one."),
        ("First.\n \n  \nSecond.", "First.\n\nSecond."),
        ("Two  spaces   inside.", "Two spaces inside."),
        ("# Heading\nBody sentence.", "Heading\n\nBody sentence."),
        ("A **bold**, *italic*, _also_ and __this__.", "A bold, italic, also and this."),
        ("Read [the statement](https://example.gov/x) now.", "Read the statement now."),
        ("Photo: ![a photo](img.png) here.", "Photo: here."),
        ("Pictures can be found here. [\\(/redirect?url=x](#)).", "Pictures can be found here."),
        ("Topics: [Trade](#) [\\(/topics/trade\\)](#).", "Topics: Trade."),
        ("Body.\n\nhttps://www.example.gov/news/1\n\n---\n\n###\n\nEnd.", "Body.\n\nEnd."),
        ("We agree to:\n- share data\n- train", "We agree to:\n\nshare data\n\ntrain"),
        ("Steps:\n1. First step.\n2. Second step.", "Steps:\n\nFirst step.\n\nSecond step."),
        ("> A quoted\n> sentence.", "A quoted sentence."),
        (
            "leaders in countering smugglers, transnational\n\ncriminal organizations, and gangs.",
            "leaders in countering smugglers, transnational criminal organizations, and gangs.",
        ),
        ("A heading\n\nlowercase start after it", "A heading lowercase start after it"),
        ("Ends with a period.\n\nlowercase start", "Ends with a period.\n\nlowercase start"),
        ("Plain: 5 * 3 = 15 and snake_case_name.", "Plain: 5 * 3 = 15 and snake_case_name."),
        (
            "Release Date: September 20, 2019\nWASHINGTON -- Today.",
            "Release Date: September 20, 2019\n\nWASHINGTON -- Today.",
        ),
        ("Escaped \\*stars\\* and \\[brackets\\].", "Escaped *stars* and [brackets]."),
        ("", ""),
    ],
)
def test_clean_text(raw: str, clean: str) -> None:
    assert clean_text(raw) == clean


def test_clean_text_is_idempotent() -> None:
    once = clean_text(
        "# Title\n\n**Release Date:** September 20, 2019\n\nWASHINGTON -- Body\ntext.\n\n- item"
    )
    assert clean_text(once) == once


def test_strip_markdown_keeps_list_markers_for_join_paragraphs() -> None:
    stripped = strip_markdown("Intro:\n- one\n- two")
    assert stripped == "Intro:\n- one\n- two"
    assert join_paragraphs(stripped) == "Intro:\n\none\n\ntwo"


@pytest.mark.parametrize(
    ("raw", "line"),
    [
        (
            "**Ruritania and the United States Sign a Customs Memorandum**",
            "Ruritania and the United States Sign a Customs Memorandum",
        ),
        ("Read [the statement](https://example.gov/x)  \\*now\\*", "Read the statement *now*"),
        ("__Joint__   Statement\n on _Trade_", "Joint Statement on Trade"),
    ],
)
def test_inline_text(raw: str, line: str) -> None:
    assert inline_text(raw) == line


def test_cleaning_names_stay_importable_from_metadata() -> None:
    for name in ("clean_text", "join_paragraphs", "normalize_text", "strip_markdown"):
        assert getattr(pipeline.metadata, name) is globals()[name]


@pytest.mark.parametrize(
    "text, plain",
    [
        ("Lomé", "Lome"),
        ("Côte d’Ivoire", "Cote d’Ivoire"),
        ("São Tomé", "Sao Tome"),
        ("Accra", "Accra"),
    ],
)
def test_without_diacritics(text, plain):
    assert without_diacritics(text) == plain
