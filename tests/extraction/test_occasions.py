from __future__ import annotations

import pytest

from pipeline.extraction.occasions import occasion_date

HEADLINE = "Joint Statement\n\n"


@pytest.mark.parametrize(
    "lead, value",
    [
        # A meeting the lead dates, no later than the release and at most a month before.
        (
            "Delegations of Ghana and Togo met in Accra on February 17 to review trade.",
            "2022-02-17",
        ),
        ("A meeting held in Lome on March 1, 2022 reviewed the accord.", "2022-03-01"),
        # Too long before the release, or after it: no occasion.
        ("Delegations of Ghana and Togo met in Accra on January 3 to review trade.", None),
        ("Delegations of Ghana and Togo will meet in Accra on March 20 to review trade.", None),
        # A lead without an occasion word dates nothing.
        ("Ghana and Togo reviewed trade in Accra on March 1 at length.", None),
    ],
)
def test_occasion_date(parsed, lead, value):
    found = occasion_date(parsed(HEADLINE + lead), "2022-03-07")
    assert (found.value if found else None) == value


def test_a_lead_of_unnamed_instruments_signed_is_an_occasion(parsed, lexicon):
    doc = parsed(HEADLINE + "DFC signed agreements worth $300 million with Ghana on March 4.")
    found = occasion_date(doc, "2022-03-07", lexicon.plural_heads)
    assert found is not None and found.signing and found.value == "2022-03-04"


def test_no_occasion_without_a_release_date(parsed):
    assert occasion_date(parsed(HEADLINE + "They met in Accra on March 1 to talk."), None) is None
