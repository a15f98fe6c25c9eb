"""Companies among the party mentions: a country that acts only through a company.

"Vietnam Airlines", "Gambian microfinance lender Reliance Financial Services", "Acme
Solar, a U.S. firm,": the country is a party through the company, and a deal of companies
alone is no signing event (:mod:`.events`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

#: Words that make a country's name part of a company's or a school's when they follow it
#: ("Vietnam Airlines", "Korea Electric Power Corporation") or come before it. "Bank"
#: before a country counts only after a name of its own ("Equity Bank Kenya", "Stanbic
#: Bank Uganda"): "Bank Indonesia" is a central bank.
COMPANY_WORDS_AFTER = frozenset(
    {"Airlines", "Airways", "Bank", "University", "Corporation", "Company", "Group", "Holdings"}
    | {"Inc.", "Ltd.", "Limited", "Telecom", "Petroleum", "Railways", "Motors", "Electric"}
    # "the Korea Federation of Banks" (not "the Federation of Bosnia and Herzegovina")
    | {"Federation"}
)
COMPANY_WORDS_BEFORE = frozenset({"University", "College"})
BANK_WORDS = frozenset({"Bank", "Bancorp"})
#: Words before "Bank" that leave it a public bank ("Central Bank Kenya" is not a firm).
_PUBLIC_BANK_WORDS = frozenset({"the", "central", "national", "reserve", "development"})


def bank_before(doc: Doc, country_start: int) -> bool:
    """Whether a company's name ends with "Bank" right before the country.

    "Equity Bank Kenya", "Stanbic Bank Uganda": the bank's own name comes first. "Bank
    Indonesia" and "Central Bank Kenya" are public banks.
    """
    if country_start < 2 or doc[country_start - 1].text not in BANK_WORDS:
        return False
    word = doc[country_start - 2].text
    return word[:1].isupper() and word.lower() not in _PUBLIC_BANK_WORDS


def describes_company(doc: Doc, country: Span, covered: list[tuple[int, int]]) -> bool:
    """A demonym before a company described in lower-case words, then named.

    "Gambian microfinance lender Reliance Financial Services": the company is Gambian, a
    party through which the Gambia counts. Not before a body or person already found.
    """
    position = country.end
    while position < min(len(doc), country.end + 3) and doc[position].is_lower:
        position += 1
    if position == country.end or position + 1 >= len(doc):
        return False
    if any(start <= position < end for start, end in covered):
        return False
    if all(doc[i].text[:1].isupper() and doc[i].is_alpha for i in (position, position + 1)):
        return True
    # "Polish energy company PGE": one word in capitals after a company's noun.
    name = doc[position].text
    nouns = {doc[i].text for i in range(country.end, position)}
    return len(name) > 1 and name.isupper() and name.isalpha() and bool(nouns & COMPANY_NOUNS)


#: Lower-case nouns of a company that a country's name may qualify ("a U.S. firm").
COMPANY_NOUNS = frozenset(
    {"firm", "company", "business", "lender", "startup", "manufacturer", "exporter"}
    | {"producer", "investor", "developer", "supplier", "contractor", "corporation"}
    | {"agribusiness", "conglomerate", "insurer", "bank", "utility", "companies"}
    | {"firms", "businesses", "lenders", "startups", "manufacturers", "exporters"}
    | {"producers", "investors", "developers", "suppliers", "contractors", "banks"}
    | {"retailer", "retailers", "automaker", "automakers", "airline", "operator", "provider"}
)


def in_company_name(doc: Doc, country: Span) -> bool:
    """Whether a country's name is part of a company's or school's name, or qualifies one.

    "Vietnam Airlines", "Acme Solar, a U.S. firm,", "a U.S. engineering company": the
    country acts only through the company (up to three lower-case words before its noun).
    """
    before = doc[country.start - 1].text if country.start else ""
    after = doc[country.end].text if country.end < len(doc) else ""
    if after in COMPANY_WORDS_AFTER or before in COMPANY_WORDS_BEFORE:
        return True
    if bank_before(doc, country.start):
        return True
    words = [w for w in doc[country.end : country.end + 6] if w.text not in ("-", "–")]
    for word in words[:4]:  # "an India-based developer", "a U.S.-owned utility"
        if not word.is_lower or word.is_stop:
            return False  # "Zambia signed it to support businesses": another phrase
        if word.text in COMPANY_NOUNS:
            return True
    return False


#: Relative pronouns, and words between one and its verb ("companies that have already").
_RELATIVES = frozenset({"that", "who", "which"})
_BEFORE_VERB = frozenset({"have", "has", "had", "already", "recently", "also", "now", "since"})


def companies_relative(doc: Doc, trigger_start: int, floor: int) -> bool:
    """Whether the verb's subject is companies, unnamed, through a relative pronoun.

    "The Vice President highlighted commitments from companies that have signed on to
    the Call to Action": the companies signed, not the Vice President; companies alone
    make no event.
    """
    i = trigger_start - 1
    while i > floor and doc[i].lower_ in _BEFORE_VERB:
        i -= 1
    return i > floor and doc[i].lower_ in _RELATIVES and doc[i - 1].text in COMPANY_NOUNS
