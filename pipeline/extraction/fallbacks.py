"""Parties of a signing whose sentence names none: group phrases, "we", stage directions.

:func:`unnamed_parties` is :mod:`.roles`' last resort, tried in order: "the two
countries" (:mod:`.group_phrases`), the release's own voice (:mod:`.publisher`), a
transcript's stage direction, and the countries the instrument's name joins
(:mod:`.name_parties`); a signing noun whose name says between whom goes by the name first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .group_phrases import group_phrase_parties
from .lexicon import Lexicon
from .name_parties import name_parties, named_between
from .parties import Mention
from .publisher import is_stage_direction, principals, self_parties
from .role_cues import joined_before

if TYPE_CHECKING:  # the roles module imports this one
    from .roles import Context


def unnamed_parties(
    context: Context,
    lexicon: Lexicon,
    home: str | None,
    home_name: str,
    in_name: list[Mention],
    mentions: list[Mention],
    reacted: bool,
) -> tuple[list[Mention], str]:
    """Signers from outside the sentence's names, and which fallback gave them.

    Args:
        context: The trigger's context.
        lexicon: The rule set's lexicon (group phrases).
        home: The publisher's country (ISO alpha-3), if any.
        home_name: Its name.
        in_name: The mentions inside the instrument's name.
        mentions: The sentence's other mentions.
        reacted: Whether the sentence's subject only reacted to the signing ("The two
            leaders welcomed the signing of ..."): it did not sign.

    Returns:
        The signers and the fallback ("group", "self", "stage", "name"), or ``([], "")``.
    """
    doc, sentence, instrument = context.doc, context.sentence, context.instrument
    signers: list[Mention] = []
    fallback = ""
    named = name_parties(doc, in_name, instrument.start, home)
    # "The signing of the Memorandum between A and B has been postponed while the two
    # governments ...": a signing noun's name that says between whom names its parties.
    between_first = context.frame == "nominal" and named_between(doc, named, instrument.start, home)
    for kind, find in (
        # "The two leaders welcomed the signing of ...": who welcomed it did not sign.
        (
            "group",
            lambda: (
                [] if reacted else group_phrase_parties(doc, sentence, lexicon, context.start, home)
            ),
        ),
        ("self", lambda: self_parties(context, lexicon, home, home_name)),
        ("stage", lambda: principals(doc) if is_stage_direction(sentence) else []),
        # A signature block's title names its topic, not its signers; an organisation
        # that a name holds alone is what the instrument founds ("the NATO charter"),
        # beside a country it is a party ("the IAEA-Philippines Framework").
        (
            "name",
            lambda: (
                joined_before(doc, mentions, instrument.start) + named
                if context.frame != "document" and any(m.kind != "organization" for m in named)
                else []
            ),
        ),
    ):
        if between_first and kind != "name":
            continue
        signers = find()
        if signers:
            fallback = kind
            break
    if fallback == "name" and named_between(doc, signers, instrument.start, home):
        fallback = ""  # "The signing of the Memorandum between A and B was postponed"
    return signers, fallback
