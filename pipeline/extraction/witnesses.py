"""Witnesses of a signing: who "witnessed" or "attended" it did not sign it.

"A and B witnessed the signing of the Memorandum between C and D": C and D sign; without
such a "between", the witnesses' governments ("President X and Prime Minister Y attended
the signing of the Memorandum": their two countries). :mod:`.roles` asks these for a
signing noun after a verb of witnessing.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .indirect import country_label
from .parties import Mention
from .words import first_word_in, lower_words

#: Verbs whose subject sees a signing rather than signs: "A and B witnessed the signing of
#: ... between C and D" (C and D sign).
WITNESS_VERBS = frozenset(
    {"witnessed", "witness", "witnesses", "witnessing", "attended", "attend", "attends"}
    | {"attending", "oversaw", "oversee", "oversees", "overseeing", "observed", "observe"}
)


def witnessed(doc: Doc, trigger_start: int, floor: int) -> bool:
    """Whether a signing noun is what its clause's subject witnessed ("witnessed the signing")."""
    words = lower_words(doc, max(floor, trigger_start - 2), trigger_start)
    while words and words[-1] in ("the", "a", "an"):
        words = words[:-1]
    return bool(words) and words[-1] in WITNESS_VERBS


def parties_between_in_name(
    doc: Doc, mentions: list[Mention], start: int, end: int
) -> list[Mention] | None:
    """The parties a name's own "between A and B" (or "among") gives, in order.

    A mention that starts in the name counts though it ends past it ("... between the SBA
    and Ghana's Ministry of Trade", where the name stops at "Ghana"). None when the name
    has no "between".
    """
    at = first_word_in(doc, ("between", "among"), start, end)
    return None if at is None else [m for m in mentions if at < m.start < end]


def witnesses_countries(witnesses: list[Mention]) -> list[Mention]:
    """The governments of those who witnessed a signing, as its parties when no other is named.

    "President Biden and Prime Minister Kishida attended the signing of the Memorandum":
    the United States and Japan, not the two leaders.
    """
    found: list[Mention] = []
    for mention in witnesses:
        if mention.kind == "country":
            country = mention
        elif mention.country:
            code = mention.country
            country = Mention(mention.start, mention.end, "country", country_label(code), code)
        else:
            continue
        if all(m.country != country.country for m in found):
            found.append(country)
    return found
