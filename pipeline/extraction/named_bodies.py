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
from .companies import COMPANY_WORDS_AFTER, COMPANY_WORDS_BEFORE, bank_before
from .parties import Mention
from .words import lower_words

#: Head words of institutions whose names may hold a country's ("Bank Indonesia",
#: "Kenya Medical Research Institute", "University of Nairobi").
INSTITUTION_HEADS = frozenset(
    {"Bank", "Center", "Centre", "Institute", "University", "College", "Academy"}
    | {"Corporation", "Corp.", "Company", "Co.", "Inc.", "Ltd.", "Limited", "Group"}
    | {"Holdings", "Airlines", "Airways", "Foundation", "Association", "Hospital"}
    | {"Laboratory", "Laboratories", "Exchange", "Telecom", "Petroleum", "Railways"}
    | {"Federation", "Library", "Libraries", "Museum", "Museums", "Archives"}
)
#: Words that make the body a company, a school or a private association wherever they
#: stand in its name: no government of its own, so a deal of such bodies alone is no
#: event ("the Japan Feed Trade Association and the U.S. Grains Council signed"). Other
#: words count as they do for a country's name (:data:`.companies.COMPANY_WORDS_AFTER`):
#: "Bank Indonesia" is a central bank, "Equity Bank Kenya" a company (:func:`.bank_before`).
COMPANY_DESIGNATORS = frozenset(
    {"Corporation", "Corp.", "Company", "Co.", "Inc.", "Ltd.", "Limited", "Holdings"}
    | {"Airlines", "Airways", "University", "College"}
    | {"Association", "Foundation"}
)
#: Lower-case words that may join the words of one name ("Bank of Korea").
NAME_JOINERS = frozenset({"of", "for"})
_AND = frozenset({"and", "&"})
_POSSESSIVES = frozenset({"'s", "’s"})


def with_named_bodies(
    doc: Doc, mentions: list[Mention], start: int, end: int, outside: tuple[int, int] = (0, 0)
) -> list[Mention]:
    """``mentions`` with the bodies that capitalised names around them say.

    Args:
        doc: The Doc.
        mentions: The party mentions of ``doc[start:end]``, in text order
            (:func:`.parties.mentions_in`).
        start: First token of the stretch (a sentence).
        end: Token after it.
        outside: Tokens ``(start, end)`` no body may take (the instrument's name).

    Returns:
        The mentions in text order. A country read as a body is replaced by it; a demonym
        that describes the body's name ("the Japanese National Cancer Center") gives a
        body of its own; so does an institution's name without a country ("Johns Hopkins
        University", "the University of Tennessee"), a party of no country and no
        government, which keeps a list of parties together ("with Johns Hopkins
        University and the Ministry of Health of Rwanda").
    """
    words = lower_words(doc, start, end)
    heads = [start + i for i, word in enumerate(words) if word in _LOWER_HEADS]
    if not heads:
        return mentions
    names = _Names(doc, words, start, end, _taken_tokens(doc, mentions, start, end))
    names.taken.update(range(*outside))
    kept = list(mentions)
    countries = spans_between(doc, COUNTRIES, start, end)
    # A head word of a country's own name is no institution's: "the Russian Federation".
    in_countries = {i for country in countries for i in range(country.start, country.end)}
    for country in countries:
        mention = next((m for m in mentions if (m.start, m.end) == _range(country)), None)
        if mention is None and (country.id_ != "demonym" or names.any_taken(country)):
            continue  # inside another party, a title, or an instrument's name
        body = names.body_around(country)
        if body is None:
            continue
        if mention is not None:
            kept[kept.index(mention)] = body
        else:
            kept.append(body)
        names.taken.update(range(body.start, body.end))
    for head in heads:
        body = None if head in in_countries else names.institution_at(head)
        if body is not None:
            kept.append(body)
            names.taken.update(range(body.start, body.end))
    kept.sort(key=lambda m: m.start)
    return kept


_LOWER_HEADS = frozenset(head.lower() for head in INSTITUTION_HEADS)


def _taken_tokens(doc: Doc, mentions: list[Mention], start: int, end: int) -> set[int]:
    """Tokens of other names: parties that are no country, titles and dates."""
    taken = {i for m in mentions if m.kind != "country" for i in range(m.start, m.end)}
    for group in (TITLES, DATES):
        for span in spans_between(doc, group, start, end):
            taken.update(range(span.start, span.end))
    return taken


def _range(span: Span) -> tuple[int, int]:
    return span.start, span.end


class _Names:
    """The capitalised names of a stretch of a Doc, around tokens no body may take."""

    def __init__(self, doc: Doc, words: list[str], start: int, end: int, taken: set[int]) -> None:
        self.doc, self.words, self.start, self.end, self.taken = doc, words, start, end, taken

    def any_taken(self, span: Span) -> bool:
        return any(i in self.taken for i in range(span.start, span.end))

    def name_word(self, i: int) -> bool:
        """A capitalised word no other name holds (not "The", "And")."""
        if not self.start <= i < self.end or i in self.taken:
            return False
        text = self.doc[i].text
        return (
            text[:1].isupper()
            and (text.isalpha() or text.endswith("."))
            and self.words[i - self.start] not in STOP_WORDS
        )

    def joins(self, i: int, outer: int, inner: int) -> bool:
        """A joiner between two words of one name ("Bank of Korea").

        "and" joins only where no name has ended before it: "Space Science and Technology
        Institute" is one name, "Harvard University and Yale University" two.
        """
        if not self.start <= i < self.end or not self.name_word(outer):
            return False
        word = self.words[i - self.start]
        if word in NAME_JOINERS:
            return True
        before = min(outer, inner)
        return word in _AND and self.doc[before].text not in INSTITUTION_HEADS

    def run(self, first: int, last: int) -> tuple[int, int]:
        """The name around tokens ``first:last``, grown over name words and joiners."""
        while self.name_word(first - 1) or self.joins(first - 1, first - 2, first):
            first -= 1
        while self.name_word(last) or self.joins(last, last + 1, last - 1):
            last += 1
        return first, last

    def body_around(self, country: Span) -> Mention | None:
        """The institution whose name holds ``country``, if the words around it say one.

        After the country's possessive, the name that follows is the country's body:
        "Mexico's National Institute of Electricity and Clean Energy".
        """
        doc = self.doc
        if country.end + 1 < self.end and doc[country.end].text in _POSSESSIVES:
            owned = self.owned_after(country.end + 1)
            if owned is not None:
                left, right = owned
                name = doc[left:right].text
                company = bool(COMPANY_DESIGNATORS & {doc[i].text for i in range(left, right)})
                # The mention holds the possessive, so a group of parties holds together.
                return Mention(
                    country.start,
                    right,
                    "organization",
                    name,
                    country.kb_id_ or None,
                    company=company,
                )
        left, right = self.run(country.start, country.end)
        before = {doc[i].text for i in range(left, country.start)}
        after = {doc[i].text for i in range(country.end, right)}
        if not INSTITUTION_HEADS & (before | after):
            return None
        company = bool(
            COMPANY_DESIGNATORS & (before | after)
            or COMPANY_WORDS_AFTER & after
            or COMPANY_WORDS_BEFORE & before
            or bank_before(doc, country.start)
        )
        name = doc[left:right].text
        return Mention(left, right, "organization", name, country.kb_id_ or None, company=company)

    def owned_after(self, first: int) -> tuple[int, int] | None:
        """The name of two words or more from ``first`` with an institution's head word."""
        if not self.name_word(first):
            return None
        _, right = self.run(first, first + 1)
        words = {self.doc[i].text for i in range(first, right)}
        if right - first < 2 or not INSTITUTION_HEADS & words:
            return None
        return first, right

    def institution_at(self, head: int) -> Mention | None:
        """The institution named around the head word at ``head``, when it has no country."""
        if not self.name_word(head) or self.doc[head].text not in INSTITUTION_HEADS:
            return None
        left, right = self.run(head, head + 1)
        if right - left < 2:
            return None  # a head alone: "the Bank", "the University"
        name = self.doc[left:right].text
        return Mention(left, right, "organization", name, None, company=True)
