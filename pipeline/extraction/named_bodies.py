"""Bodies the entity components do not know, read from the name a country stands in.

"The U.S. Department of the Treasury and Bank Indonesia signed": the entity spans give
the Treasury and "Indonesia", and "Bank" between them breaks the group of signers, so
the Treasury was lost. A country or demonym written inside a longer capitalised name
that holds an institution's head word ("Equity Bank Kenya", "the Japanese National
Cancer Center", "the Korea Trade Insurance Corporation") is read as that institution,
a party of kind ``organization`` acting for the country. The group of parties then runs
on through it, and the country still counts, as the annotation conventions ask (a
country is a party through its agency or company).
"""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from ..extensions import COUNTRIES, DATES, TITLES, spans_between
from .parties import COMPANY_WORDS_AFTER, COMPANY_WORDS_BEFORE, Mention
from .words import lower_words

#: Head words of institutions whose names may hold a country's ("Bank Indonesia",
#: "Kenya Medical Research Institute", "University of Nairobi").
INSTITUTION_HEADS = frozenset(
    {"Bank", "Center", "Centre", "Institute", "University", "College", "Academy"}
    | {"Corporation", "Corp.", "Company", "Co.", "Inc.", "Ltd.", "Limited", "Group"}
    | {"Holdings", "Airlines", "Airways", "Foundation", "Association", "Hospital"}
    | {"Laboratory", "Laboratories", "Exchange", "Telecom", "Petroleum", "Railways"}
)
#: Words that make the body a company or a school wherever they stand in its name: no
#: government of its own, so a deal of such bodies alone is no event. Other words count
#: as they do for a country's name (:data:`.parties.COMPANY_WORDS_AFTER`): "Equity
#: Bank Kenya" may be a company, but "Bank Indonesia" is a central bank.
COMPANY_DESIGNATORS = frozenset(
    {"Corporation", "Corp.", "Company", "Co.", "Inc.", "Ltd.", "Limited", "Holdings"}
    | {"Airlines", "Airways", "University", "College"}
)
#: Lower-case words that may join the words of one name ("Bank of Korea").
NAME_JOINERS = frozenset({"of", "for"})


def with_named_bodies(
    doc: Doc, mentions: list[Mention], start: int, end: int, outside: tuple[int, int] = (0, 0)
) -> list[Mention]:
    """``mentions`` with each country that stands in an institution's name made that body.

    Args:
        doc: The Doc.
        mentions: The party mentions of ``doc[start:end]``, in text order
            (:func:`.parties.mentions_in`).
        start: First token of the stretch (a sentence).
        end: Token after it.
        outside: Tokens ``(start, end)`` no body may take (the instrument's name).

    Returns:
        The mentions in text order; a country read as a body is replaced by it, and a
        demonym that describes the body's name ("the Japanese National Cancer Center")
        gives a body of its own.
    """
    countries = spans_between(doc, COUNTRIES, start, end)
    if not countries:
        return mentions
    taken = _taken_tokens(doc, mentions, start, end)
    taken.update(range(*outside))
    kept = list(mentions)
    for country in countries:
        mention = next((m for m in mentions if (m.start, m.end) == _range(country)), None)
        if mention is None and (country.id_ != "demonym" or _inside_taken(country, taken)):
            continue  # inside another party, a title, or an instrument's name
        body = _body_around(doc, country, taken, start, end)
        if body is None:
            continue
        if mention is not None:
            kept[kept.index(mention)] = body
        else:
            kept.append(body)
        taken.update(range(body.start, body.end))
    kept.sort(key=lambda m: m.start)
    return kept


def _taken_tokens(doc: Doc, mentions: list[Mention], start: int, end: int) -> set[int]:
    """Tokens of other names: parties that are no country, titles and dates."""
    taken = {i for m in mentions if m.kind != "country" for i in range(m.start, m.end)}
    for group in (TITLES, DATES):
        for span in spans_between(doc, group, start, end):
            taken.update(range(span.start, span.end))
    return taken


def _range(span: Span) -> tuple[int, int]:
    return span.start, span.end


def _inside_taken(span: Span, taken: set[int]) -> bool:
    return any(i in taken for i in range(span.start, span.end))


def _body_around(doc: Doc, country: Span, taken: set[int], start: int, end: int) -> Mention | None:
    """The institution whose name holds ``country``, if the capitalised words say one."""
    words = lower_words(doc, start, end)

    def name_word(i: int) -> bool:
        text = doc[i].text
        return (
            i not in taken
            and text[:1].isupper()
            and (text.isalpha() or text.endswith("."))
            and words[i - start] not in STOP_WORDS
        )

    def joins(i: int, outer: int) -> bool:
        # "Bank of Korea": a joiner between two words of the name.
        return words[i - start] in NAME_JOINERS and start <= outer < end and name_word(outer)

    left = country.start
    while left > start and (name_word(left - 1) or joins(left - 1, left - 2)):
        left -= 1
    right = country.end
    while right < end and (name_word(right) or joins(right, right + 1)):
        right += 1
    before = {doc[i].text for i in range(left, country.start)}
    after = {doc[i].text for i in range(country.end, right)}
    if not INSTITUTION_HEADS & (before | after):
        return None
    company = bool(
        COMPANY_DESIGNATORS & (before | after)
        or COMPANY_WORDS_AFTER & after
        or COMPANY_WORDS_BEFORE & before
    )
    name = doc[left:right].text
    return Mention(left, right, "organization", name, country.kb_id_ or None, company=company)
