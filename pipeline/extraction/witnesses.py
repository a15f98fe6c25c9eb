"""Witnesses of a signing: who "witnessed" or "attended" it did not sign it.

"A and B witnessed the signing of the Memorandum between C and D": C and D sign; without
such a "between", the witnesses' governments ("President X and Prime Minister Y attended
the signing of the Memorandum": their two countries). Who welcomed or applauded a signing
did not sign it either, and stands for no one. :mod:`.roles` asks these for a
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
#: Verbs whose subject answers a signing of others: "The United States welcomed the signing
#: of the ceasefire agreement" (no party named). "Congratulated X on the signing" is not one:
#: its object signed.
REACTION_VERBS = frozenset(
    {"welcomed", "welcome", "welcomes", "welcoming", "applauded", "applaud", "applauds"}
    | {"hailed", "hail", "hails", "commended", "commend", "commends", "praised", "praise"}
    | {"praises", "celebrated", "celebrate", "celebrates", "noted", "note", "notes"}
)
#: Verbs whose object is congratulated on its own signing.
CONGRATULATE_VERBS = frozenset({"congratulated", "congratulate", "congratulates"})
#: Most tokens from such a verb to the "on" of "on the signing".
_CONGRATULATED_REACH = 14


def witnessed(
    doc: Doc, trigger_start: int, floor: int, verbs: frozenset[str] = WITNESS_VERBS
) -> bool:
    """Whether a signing noun is what its clause's subject witnessed ("witnessed the signing").

    ``verbs``: :data:`REACTION_VERBS` asks whether the subject answered it ("welcomed the
    signing").
    """
    words = lower_words(doc, max(floor, trigger_start - 2), trigger_start)
    while words and words[-1] in ("the", "a", "an"):
        words = words[:-1]
    return bool(words) and words[-1] in verbs


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


def congratulated_on(
    doc: Doc, mentions: list[Mention], trigger_start: int, floor: int
) -> list[Mention]:
    """Who was congratulated on a signing: "congratulated Kenya on the signing of the Accords".

    The mentions between a verb of congratulating and the "on" before the signing noun, at
    most :data:`_CONGRATULATED_REACH` tokens apart; empty when there is no such verb.
    """
    at = trigger_start - 1
    while at > floor and doc[at].lower_ in ("the", "its", "their", "her", "his"):
        at -= 1
    if at <= floor or doc[at].lower_ not in ("on", "upon"):
        return []
    verb = first_word_in(doc, CONGRATULATE_VERBS, max(floor, at - _CONGRATULATED_REACH), at)
    if verb is None:
        return []
    return [m for m in mentions if verb < m.start and m.end <= at]
