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


def _hyphen_pair(doc: Doc, mention: Mention) -> bool:
    """Whether a hyphen joins the mention to the next or the one before ("U.S.-Kenya")."""
    after = mention.end < len(doc) and doc[mention.end].text in _HYPHENS
    before = mention.start > 0 and doc[mention.start - 1].text in _HYPHENS
    return after or before


def _says_who(doc: Doc, mention: Mention, name_start: int) -> str:
    """What a mention of the name is: "between" (a side), "party" or "topic"."""
    if _hyphen_pair(doc, mention):
        return "between"  # "the Memorandum on U.S.-Kenya Health Cooperation"
    marker = _last_marker(lower_words(doc, name_start, mention.start))
    if marker in ("between", "among"):
        return "between"
    return "topic" if marker in TOPIC_WORDS else "party"


def name_parties(doc: Doc, in_name: list[Mention], name_start: int) -> list[Mention]:
    """The mentions of an instrument's name that are its parties, in order.

    Args:
        doc: The Doc.
        in_name: Party candidates inside the name, in text order.
        name_start: The name's first token.
    """
    return [m for m in in_name if _says_who(doc, m, name_start) != "topic"]


def named_between(doc: Doc, parties: list[Mention], name_start: int) -> bool:
    """Whether the name states who signs.

    Two parties or more, each after "between" or "among" or joined by a hyphen
    ("U.S.-Japan"); one alone ("between USAID and BAPPENAS", where the second is unknown)
    does not.
    """
    return len(parties) >= 2 and all(_says_who(doc, m, name_start) == "between" for m in parties)
