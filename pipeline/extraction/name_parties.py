"""Which of the countries and bodies an instrument's name holds are its parties.

When a sentence names no signer, the name may: "the Fisheries Agreement between Ghana and
Togo was signed", "the U.S.-Japan Agreement was signed". A country the name is about is
no party: "the 30 Allies signed the Accession Protocols for Finland and Sweden", "Foreign
ministers signed a Joint Statement on Ukraine" name no one who signed. The last of these
words before a mention in the name decides; a mention with none before it (a compound,
"U.S.-Japan") is a party.
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


def _last_marker(words: list[str]) -> str | None:
    return next((w for w in reversed(words) if w in PARTY_WORDS or w in TOPIC_WORDS), None)


def name_parties(doc: Doc, in_name: list[Mention], name_start: int) -> list[Mention]:
    """The mentions of an instrument's name that are its parties, in order.

    Args:
        doc: The Doc.
        in_name: Party candidates inside the name, in text order.
        name_start: The name's first token.
    """
    return [
        m for m in in_name if _last_marker(lower_words(doc, name_start, m.start)) not in TOPIC_WORDS
    ]


def named_between(doc: Doc, parties: list[Mention], name_start: int) -> bool:
    """Whether every party comes after "between" or "among": the name states who signs."""
    return bool(parties) and all(
        _last_marker(lower_words(doc, name_start, m.start)) in ("between", "among") for m in parties
    )
