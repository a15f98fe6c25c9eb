"""The shape of a trigger's clause: pipeline.extraction.clauses over sentences we write."""

from __future__ import annotations

import pytest

from pipeline.extraction.clauses import (
    is_participle,
    is_relative_clause,
    opens_relative,
    shares_subject,
)


@pytest.mark.parametrize(
    "text, participle, opens, relative",
    [
        ("The accord signed on Monday by Peru stands.", True, False, False),
        ("The accord, formally signed by Peru, stands.", True, False, False),
        ("The accord that Peru signed stands.", False, True, True),
        ("The accord we signed stands.", False, True, False),
        (
            "The accord which the United States and the Republic of Korea signed stands.",
            False,
            True,
            True,
        ),
        ("The accord in Lima was later formally signed.", False, False, False),
    ],
)
def test_what_stands_between_an_instrument_and_its_trigger(
    parsed, text, participle, opens, relative
):
    doc = parsed(text)
    instrument_end = 2  # "The accord" in every text
    trigger = next(t.i for t in doc if t.lower_ == "signed")
    assert is_participle(doc, instrument_end, trigger) is participle
    assert opens_relative(doc, instrument_end, trigger) is opens
    assert is_relative_clause(doc, instrument_end, trigger) is relative


@pytest.mark.parametrize(
    "text, shared",
    [
        ("Ghana signed the accord in 2019 and signed the protocol.", True),
        ("Ghana signed the accord in Accra and will sign the protocol.", True),
        ("Ghana signed the accord, and Togo signed the protocol.", False),
        ("Ghana signed the accord in 2019 and Boeing signed the protocol.", False),
        ("Ghana signed the accord with Togo in 2019 and later signed the protocol.", True),
        ("Ghana signed the accord, Togo criticized it and signed the protocol.", False),
        ("Ghana signed the accord and welcomed the talks before it signed the protocol.", False),
        ("Ghana signed the accord, then signed the protocol.", False),  # no "and"
    ],
)
def test_shares_subject(parsed, text, shared):
    doc = parsed(text)
    accord_end = next(t.i for t in doc if t.lower_ == "accord") + 1
    second = [t.i for t in doc if t.lower_ in ("signed", "sign")][1]
    assert shares_subject(doc, accord_end, second) is shared
