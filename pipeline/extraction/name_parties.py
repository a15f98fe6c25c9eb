"""Which of the countries and bodies an instrument's name holds are its parties.

When a sentence names no signer, the name may: "the Fisheries Agreement between Ghana and
Togo was signed", "the U.S.-Japan Agreement was signed". A country the name is about is
no party: "the 30 Allies signed the Accession Protocols for Finland and Sweden", "Foreign
ministers signed a Joint Statement on Ukraine" name no one who signed. The last of these
words before a mention in the name decides; a mention with none before it, or joined to
another by a hyphen ("U.S.-Japan", "on U.S.-Kenya Health Cooperation"), is a party.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .parties import Mention
from .words import lower_words

#: Words after which the name's countries are the signing's parties.
PARTY_WORDS = frozenset({"between", "among", "with", "by"})
#: Words after which they are what the instrument is about.
TOPIC_WORDS = frozenset(
    {"for", "on", "in", "to", "regarding", "concerning", "against", "about", "into"}
)


_HYPHENS = frozenset({"-", "–"})


def _last_marker(words: list[str]) -> str | None:
    return next((w for w in reversed(words) if w in PARTY_WORDS or w in TOPIC_WORDS), None)


def _pair_partner(mention: Mention, in_name: list[Mention]) -> Mention | None:
    """The mention a hyphen joins this one to ("U.S.-Kenya"), if any; not "U.S.-funded"."""
    return next(
        (m for m in in_name if m.start == mention.end + 1 or m.end + 1 == mention.start),
        None,
    )


def _says_who(
    doc: Doc, mention: Mention, in_name: list[Mention], name_start: int, home: str | None
) -> str:
    """What a mention of the name is: "between" (a side), "party" or "topic"."""
    marker = _last_marker(lower_words(doc, name_start, mention.start))
    partner = _pair_partner(mention, in_name)
    # "the U.S.-Japan Agreement", "the Memorandum on U.S.-Kenya Health Cooperation"; after
    # a topic word only a pair with the publisher's country ("on Ethiopia-Eritrea Border
    # Demining" is a topic).
    if (
        partner is not None
        and doc[min(mention.end, partner.end)].text in _HYPHENS
        and (marker not in TOPIC_WORDS or home in (mention.country, partner.country))
    ):
        return "between"
    if marker in ("between", "among"):
        return "between"
    return "topic" if marker in TOPIC_WORDS else "party"


def name_parties(
    doc: Doc, in_name: list[Mention], name_start: int, home: str | None = None
) -> list[Mention]:
    """The mentions of an instrument's name that are its parties, in order.

    Args:
        doc: The Doc.
        in_name: Party candidates inside the name, in text order.
        name_start: The name's first token.
        home: The publisher's country (ISO alpha-3), if any.
    """
    return [m for m in in_name if _says_who(doc, m, in_name, name_start, home) != "topic"]


def named_between(
    doc: Doc, parties: list[Mention], name_start: int, home: str | None = None
) -> bool:
    """Whether the name states who signs.

    Two parties or more, each after "between" or "among" or joined by a hyphen
    ("U.S.-Japan"); one alone ("between USAID and BAPPENAS", where the second is unknown)
    does not.
    """
    return len(parties) >= 2 and all(
        _says_who(doc, m, parties, name_start, home) == "between" for m in parties
    )
