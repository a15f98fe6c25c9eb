"""A headline that retells the body's signing in other words (pipeline.extraction.headline_retold)."""

from __future__ import annotations

import pytest

from pipeline.extraction.headline_retold import retold_by_headline


def mention(
    name, type_="memorandum", status="signed", date=None, countries=("GHA", "USA"), **flags
):
    return {
        "agreement": name,
        "agreement_type": type_,
        "status": status,
        "date": date,
        "countries": list(countries),
        **flags,
    }


HEADLINE = mention("Health Agreement", type_="agreement", _headline=True)


@pytest.mark.parametrize(
    "body, day, retold",
    [
        # The body's one signing of the day, of another type.
        ([mention("Memorandum of Understanding", date="2024-03-12")], "2024-03-12", 0),
        # Undated or older signings are not the news; no day, no telling.
        ([mention("Memorandum of Understanding")], "2024-03-12", None),
        ([mention("Memorandum of Understanding", date="2019")], "2024-03-12", None),
        ([mention("Memorandum of Understanding", date="2024-03-12")], None, None),
        # Two signings of the day: the headline cannot say which.
        (
            [
                mention("Memorandum of Understanding", date="2024-03-12"),
                mention("Letter of Intent", type_="letter_of_intent", date="2024-03-12"),
            ],
            "2024-03-12",
            None,
        ),
        # Another status: only when a word of the topic is shared.
        (
            [mention("memorandum", status="planned", _topic=("on", "health", "security"))],
            "2024-03-12",
            0,
        ),
        (
            [mention("memorandum", status="planned", _topic=("on", "fisheries"))],
            "2024-03-12",
            None,
        ),
    ],
)
def test_retold_by_headline(body, day, retold):
    assert retold_by_headline(body, HEADLINE, day) == retold


def test_a_plural_headline_retells_nothing_here():
    plural = {**HEADLINE, "_plural": True}
    assert retold_by_headline([mention("MOU", date="2024-03-12")], plural, "2024-03-12") is None
