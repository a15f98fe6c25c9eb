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
        # Undated: the news, unless its sentence tells an older signing.
        ([mention("Memorandum of Understanding")], "2024-03-12", 0),
        (
            [
                mention(
                    "memorandum of understanding",
                    evidence="The two countries previously signed a memorandum of understanding.",
                )
            ],
            "2024-03-12",
            None,
        ),
        # A month that holds one of the two weeks' days ("Last week", "Earlier this month").
        ([mention("Memorandum of Understanding", date="2024-03")], "2024-03-12", 0),
        ([mention("Memorandum of Understanding", date="2024-02")], "2024-03-12", 0),
        ([mention("Memorandum of Understanding", date="2024-01")], "2024-03-12", None),
        # A headline dated by a month ("Last week") retells a signing of that month.
        ([mention("Memorandum of Understanding", date="2024-03")], "2024-03", 0),
        ([mention("Memorandum of Understanding", date="2024-03-05")], "2024-03", 0),
        ([mention("Memorandum of Understanding", date="2023")], "2024-03", None),
        # Older signings are not the news; no day, no telling.
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
        # A planned headline ("to Sign") over the body's planned signing of next week.
        (
            [mention("Memorandum of Understanding", status="planned", date="2024-03-19")],
            "2024-03-12",
            None,  # the headline here is signed: another status, and no topic shared
        ),
    ],
)
def test_retold_by_headline(body, day, retold):
    assert retold_by_headline(body, HEADLINE, day) == retold


def test_a_plural_headline_retells_nothing_here():
    plural = {**HEADLINE, "_plural": True}
    assert retold_by_headline([mention("MOU", date="2024-03-12")], plural, "2024-03-12") is None


def test_a_planned_headline_retells_the_planned_signing_to_come():
    headline = {**HEADLINE, "status": "planned"}
    body = [mention("Memorandum of Understanding", status="planned", date="2024-03-19")]
    assert retold_by_headline(body, headline, "2024-03-12") == 0


def test_of_several_signings_the_one_dated_is_retold():
    body = [
        mention("Agreement to Amend the Compact", type_="other", date="2024-03-12"),
        mention("Trust Fund Agreement", type_="other"),
        mention("Fiscal Procedures Agreement", type_="other"),
    ]
    assert retold_by_headline(body, {**HEADLINE, "agreement_type": "compact"}, "2024-03-12") == 0
    undated = [mention("Trust Fund Agreement", type_="other"), mention("Letter", type_="other")]
    assert retold_by_headline(undated, HEADLINE, "2024-03-12") is None
