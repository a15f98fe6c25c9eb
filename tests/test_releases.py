from __future__ import annotations

import pytest

import pipeline.corpus
from pipeline.errors import ReadError
from pipeline.releases import ReadFailure, Release, record_date, release_from_text


def test_release_from_text() -> None:
    release = release_from_text(
        "Release Date: September 20, 2019\n\nWASHINGTON -- Body.", id="x", date="Sept. 21, 2019"
    )
    assert (release.date, release.dateline, release.text) == (
        "2019-09-21",
        "Washington",
        "Release Date: September 20, 2019\n\nWASHINGTON -- Body.",
    )
    with pytest.raises(ReadError, match="E111"):
        release_from_text("Body.", id="x", date="soon")
    with pytest.raises(ReadError, match="E101"):
        release_from_text("\u200b\n\n", id="x")


@pytest.mark.parametrize(
    ("text", "given", "expected"),
    [
        (
            "# Ruritania Joins the Customs Pact\n\nOffice of the Spokesperson\n\n"
            "May 4, 2022\n\nLISBON -- The Minister of Trade of Ruritania signed the pact today "
            "in the presence of the ministers of six other governments and the secretary "
            "general of the customs council, who welcomed the new member.",
            {},
            (
                "Ruritania Joins the Customs Pact",
                "2022-05-04",
                "Office of the Spokesperson",
                "Lisbon",
            ),
        ),
        (
            "# Ruritania Joins the Customs Pact\n\nLISBON -- Signed today.",
            {"title": "Given Title", "date": "2022-05-05", "source": "Given Publisher"},
            ("Given Title", "2022-05-05", "Given Publisher", "Lisbon"),
        ),
    ],
)
def test_given_metadata_wins_and_the_rest_comes_from_the_text(
    text: str, given: dict[str, str], expected: tuple[str, str, str, str]
) -> None:
    release = release_from_text(text, id="pact", url="https://example.gov/pact", **given)
    assert (release.title, release.date, release.source, release.dateline) == expected
    assert release.url == "https://example.gov/pact"
    assert not release.text.startswith("#")


def test_records_are_frozen_and_importable_from_corpus() -> None:
    release = Release(id="a", text="Text.")
    with pytest.raises(AttributeError):
        release.id = "b"  # type: ignore[misc]
    assert pipeline.corpus.Release is Release
    assert pipeline.corpus.ReadFailure is ReadFailure
    assert pipeline.corpus.release_from_text is release_from_text


FRONT_MATTER = (
    "---\ntitle: United States and Ghana Sign Port Memorandum\ndate: 2022-06-14\n"
    "publisher: U.S. Department of State\nurl: https://example.gov/ghana\n---\n\n"
    "ACCRA – Today, the United States and Ghana signed a Memorandum of Understanding.\n"
)


def test_front_matter_fills_the_metadata_and_is_not_text() -> None:
    release = release_from_text(FRONT_MATTER, id="x")
    assert (release.title, release.date, release.source, release.url, release.dateline) == (
        "United States and Ghana Sign Port Memorandum",
        "2022-06-14",
        "U.S. Department of State",
        "https://example.gov/ghana",
        "Accra",
    )
    assert release.text.startswith("ACCRA – Today")


def test_given_metadata_wins_over_front_matter_and_a_date_that_is_none_is_left_out() -> None:
    release = release_from_text(FRONT_MATTER, id="x", title="Given", date="2022-06-15")
    assert (release.title, release.date) == ("Given", "2022-06-15")
    for bad in ("TBD", "2022-02-30"):
        text = f"---\ndate: {bad}\n---\nWASHINGTON, June 14, 2022 -- Body text here."
        assert release_from_text(text, id="x").date == "2022-06-14"  # the text's date


@pytest.mark.parametrize(
    ("given", "date"),
    [
        ("2024-04-30", "2024-04-30"),
        # ISO date-times give their date, as written: no time zone is converted.
        ("2024-04-30T14:00:00Z", "2024-04-30"),
        ("2024-04-30T23:30:00-05:00", "2024-04-30"),
        ("2024-04-30 14:00", "2024-04-30"),
        ("2024-04-30T14:00:00.250+02:00", "2024-04-30"),
        (" 2024-04-30 ", "2024-04-30"),
        # A date with its month in words is read as a release's text would be.
        ("April 30, 2024", "2024-04-30"),
        ("30 April 2024", "2024-04-30"),
        ("Tuesday, April 30, 2024", "2024-04-30"),
        ("Apr. 30, 2024 2:00 PM EDT", "2024-04-30"),
        # Numeric dates are ambiguous (04/05/2024: April 5 or May 4?); others are none.
        ("30/04/2024", None),
        ("04/05/2024", None),
        ("4.5.24", None),
        ("2024-04-31", None),
        ("2024-04-31T10:00:00Z", None),
        ("soon", None),
        (20240430, None),
        (None, None),
        ("", None),
    ],
)
def test_record_date(given: object, date: str | None) -> None:
    assert record_date(given) == date
