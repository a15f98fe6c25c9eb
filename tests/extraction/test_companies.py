"""Countries that act through a company: pipeline.extraction.companies."""

from __future__ import annotations

import pytest

from pipeline.extensions import COUNTRIES, cached_spans
from pipeline.extraction.companies import describes_company, in_company_name


def _country(parsed, text):
    doc = parsed(text)
    return doc, cached_spans(doc, COUNTRIES)[0]


@pytest.mark.parametrize(
    "text, company",
    [
        ("Vietnam Airlines signed it.", True),
        ("Fulbright University Vietnam signed it.", True),
        ("Acme Solar, a U.S. firm, signed it.", True),
        ("Acme Retail, a U.S. retailer, signed it.", True),
        ("Solaris, an India-based developer, signed it.", True),
        ("Coastal Power, a U.S.-owned utility, signed it.", True),
        ("The U.S. government signed it.", False),
        ("Bank Negara Malaysia signed it.", False),
        # "Bank" before the country: a firm after a name of its own, a public bank else.
        ("Equity Bank Kenya signed it.", True),
        ("Stanbic Bank Uganda signed it.", True),
        ("Bank Indonesia signed it.", False),
        ("The Central Bank Kenya signed it.", False),
        ("Ghana signed it to support local businesses.", False),
    ],
)
def test_in_company_name(parsed, text, company):
    doc, country = _country(parsed, text)
    assert in_company_name(doc, country) is company


@pytest.mark.parametrize(
    "text, company",
    [
        ("Gambian microfinance lender Reliance Financial signed it.", True),
        ("Gambian officials signed it.", False),
        # One word in capitals after a company's noun; not after another noun.
        ("Polish energy company PGE signed it.", True),
        ("Polish health officials WHO signed it.", False),
    ],
)
def test_describes_company(parsed, text, company):
    doc, country = _country(parsed, text)
    assert describes_company(doc, country, []) is company
