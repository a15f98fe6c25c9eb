"""Roles: which mentions signed, and with whom, for one trigger and its instrument.

The signers are the group of mentions nearest the trigger on the side its frame says
(before "signed", after "signed by", after "between"): mentions joined only by commas,
"and", "of", articles or titles. A mention further away is another clause's subject
("President Biden welcomed the Kingdom of Saudi Arabia signing ..."). Counterparties
are the group after "with". When the sentence names no party, fallbacks resolve "the
two countries", "we", or a stage direction ("(The Memorandum is signed.)") from the
rest of the release.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from .appositives import without_describing_bodies
from .fallbacks import unnamed_parties
from .governed import OWN_WITH_REACH
from .group_phrases import SPEECH_VERBS, group_phrase_parties, people_for_between
from .groups import (
    agent_group,
    group_after,
    last_group_before,
    list_semicolons,
    nearest_group_before,
    subject_group,
    talks_between,
)
from .indirect import (
    capital_after,
    capital_before,
    colon_members,
    group_phrase_before,
    included_members,
    lead_in_subject,
    opening_companions,
    opening_phrase_end,
    pronoun_antecedent,
)
from .instruments import Found
from .lexicon import Lexicon
from .name_parties import name_parties, named_between
from .named_bodies import with_named_bodies
from .parties import (
    CLAUSE_BREAKS,
    GOVERNMENT_PEOPLE,
    Mention,
    city_country,
    drop_locatives,
    mentions_in,
    prefer_people,
    unique,
    with_country,
)
from .publisher import FIRST_PERSON, we_sign
from .role_cues import (
    TOPIC_WORDS,
    attending,
    behalf_before,
    joined_in,
    owners_of,
    party_key,
    possessors,
    present_at_signing,
    topic_before,
)
from .witnesses import (
    REACTION_VERBS,
    congratulated_on,
    parties_between_in_name,
    witnessed,
    witnesses_countries,
)
from .words import first_word_in, lower_words

#: Words after the verb that name who signed with the subject ("signed in 1994 alongside
#: the United States and the United Kingdom").
_WITH_WORDS = ("with", "alongside")


@dataclass(frozen=True)
class Context:
    """What a trigger's roles are read from."""

    doc: Doc
    sentence: Span
    start: int  # trigger start
    end: int  # trigger end
    frame: str
    instrument: Found
    floor: int  # where this trigger's clause begins in the sentence
    ceiling: int | None = None  # where the sentence's next signing verb starts, if any
    # The comma or semicolon that opens that verb's own clause ("A signed X with B, and C
    # signed Y"), from clauses.next_subject_break, if any.
    subject_break: int | None = None
    # Character ranges of the instruments the trigger signs with this one ("signed A, B
    # and C"), for the place search.
    listed_chars: tuple[tuple[int, int], ...] = ()


def _clause_end(doc: Doc, start: int, end: int) -> int:
    found = first_word_in(doc, CLAUSE_BREAKS, start, end)
    if found is not None and doc[found].text == ";":
        # "signed by A, Minister; B, Minister; and C": a list, not a new clause.
        in_list = list_semicolons(doc, start, end)
        while found is not None and found in in_list:
            found = first_word_in(doc, CLAUSE_BREAKS, found + 1, end)
    return end if found is None else found


def is_caption(context: Context) -> bool:
    """A photo caption: people "at a signing of" the instrument, with no verb of their own."""
    if context.frame != "nominal":
        return False
    doc, sentence = context.doc, context.sentence
    mentions = mentions_in(doc, sentence.start, sentence.end)
    return bool(present_at_signing(doc, mentions, context.start, context.floor))


def assign_parties(
    context: Context, lexicon: Lexicon, home: str | None, home_name: str
) -> tuple[list[Mention], list[Mention], str]:
    """Signers and counterparties of one event, and which fallback supplied them.

    The fallback is "" when the sentence names the parties, else "group" ("the two
    countries"), "self" ("we"), "stage" (a transcript's stage direction) or "name" (the
    countries in the instrument's name).
    """
    doc, sentence, instrument = context.doc, context.sentence, context.instrument
    everything = drop_locatives(doc, mentions_in(doc, sentence.start, sentence.end), sentence.start)
    in_name = [m for m in everything if instrument.start <= m.start and m.end <= instrument.end]
    # A dateline's or a place's country ("NAIROBI, Kenya — USAID signed", "in Accra,
    # Ghana, by ...") says where, not who.
    mentions = [
        m
        for m in everything
        if m not in in_name and not (m.kind == "country" and city_country(doc, m.start, m.end))
    ]
    # "The Treasury and Bank Indonesia signed": a body the gazetteer lacks joins the group.
    with_bodies = with_named_bodies(
        doc, mentions, sentence.start, sentence.end, (instrument.start, instrument.end)
    )
    if with_bodies != mentions:
        mentions = drop_locatives(doc, with_bodies, sentence.start)
    # "Spellmon, commanding general of the U.S. Army Corps of Engineers, signed"
    mentions = without_describing_bodies(doc, mentions, sentence.end)
    behalf = first_word_in(doc, ("behalf",), context.start, sentence.end)
    # "On behalf of the Government of Chile, Foreign Minister X signed": whom the signer
    # acts for, though not a signer in its own right ("On behalf of the United States, I
    # send my best wishes ... the treaty signed in 1840").
    opening = lower_words(doc, context.floor, context.floor + 2) == ["on", "behalf"]
    behalf_country = None
    if behalf is not None or opening:
        of = behalf + 2 if behalf is not None else context.floor + 3
        acting_for = group_after(doc, mentions, of, sentence.end)[:1]
        if acting_for:
            behalf_country = acting_for[0].country
            if any(m.kind == "person" for m in mentions):
                mentions = [m for m in mentions if m is not acting_for[0]]
    limit = _clause_end(doc, context.end, sentence.end)
    # "A signed X with B, and C signed Y": C is the next verb's subject, not a partner.
    if context.subject_break is not None:
        limit = min(limit, context.subject_break)
    first = max(sentence.start, min(context.start, instrument.start))
    between: int | None = first_word_in(doc, ("between", "among"), first, limit)
    with_at = first_word_in(doc, _WITH_WORDS, context.end, limit)
    # "a keystone of our relationship with Australia", "to advance the partnership between
    # A and B": a phrase that far after the instrument belongs to another noun.
    reach = max(context.end, instrument.end) + 3
    if with_at is not None and context.end <= with_at < instrument.start:
        # "a Memorandum ... with Mexico and a Letter of Intent ... with Guatemala": the
        # "with" before this instrument is another's; its own follows it.
        own = first_word_in(
            doc, ("with",), instrument.end, min(limit, instrument.end + OWN_WITH_REACH)
        )
        if own is not None:
            with_at, reach = own, limit
    if (
        with_at is not None
        and with_at > reach
        and not behalf_before(doc, instrument.end, with_at)
        and not topic_before(doc, reach - 3, with_at)
    ):
        with_at = None
    far_between: int | None = None
    if between is not None and between > reach:
        # Still the best word when the sentence names no one else ("The Accords were
        # signed in 2020 and established relations between the UAE and Israel").
        far_between = between
        between = None
    by_frames = ("passive", "nominal", "document")
    by = first_word_in(doc, ("by",), context.start, limit) if context.frame in by_frames else None
    signers: list[Mention] = []
    subject_phrase = False  # a group phrase is the verb's subject ("the agency expects to")
    counterparties: list[Mention] = []
    present = (
        present_at_signing(doc, mentions, context.start, context.floor)
        if context.frame == "nominal"
        else []
    )
    owners = (
        possessors(doc, mentions, context.start, context.floor)
        if context.frame == "nominal"
        else []
    )
    congratulated = (
        congratulated_on(doc, mentions, context.start, context.floor)
        if context.frame == "nominal"
        else []
    )
    reacted = context.frame == "nominal" and witnessed(
        doc, context.start, context.floor, REACTION_VERBS
    )
    if present:
        signers = present
    elif congratulated:
        signers = congratulated  # "congratulated Kenya on the signing of the Accords"
    elif owners:
        signers = owners  # "welcomed Rwanda's signing of the Artemis Accords"
    elif between is not None and group_after(doc, mentions, between + 1, sentence.end):
        signers = group_after(doc, mentions, between + 1, sentence.end)
        signers = (
            people_for_between(
                doc, lexicon, mentions, signers, context.frame, context.floor, context.start
            )
            or signers
        )
    elif by is not None and agent_group(doc, mentions, by + 1, limit):
        signers = agent_group(doc, mentions, by + 1, limit)
    elif reacted:
        # "The United States welcomed the signing of the ceasefire agreement": others signed.
        signers = parties_between_in_name(doc, everything, instrument.start, instrument.end) or []
    elif context.frame == "nominal" and witnessed(doc, context.start, context.floor):
        # "A and B witnessed the signing of the MOU between C and D": C and D sign, not the
        # witnesses; without a "between" in the name, the witnesses' governments. A
        # "between" of parties the rules do not know gives none ("... between Boeing and
        # Vietnam Airlines" is a company deal).
        named = parties_between_in_name(doc, everything, instrument.start, instrument.end)
        governments = witnesses_countries(
            subject_group(doc, mentions, context.floor, context.start)
        )
        # One witness's government alone tells no signing apart ("President Biden witnessed
        # the signing of the Agreement on Trade": who signed it is not said).
        signers = named if named is not None else (governments if len(governments) > 1 else [])
    else:
        anchor = (
            min(context.start, instrument.start) if context.frame == "passive" else context.start
        )
        after_phrase = opening_phrase_end(doc, context.floor, anchor)
        signers = (
            nearest_group_before(doc, mentions, anchor, after_phrase)
            if after_phrase is not None
            else []
        ) or nearest_group_before(doc, mentions, anchor, context.floor)
        if not signers and context.frame == "passive" and context.start > instrument.end:
            # "The United States and Canada renewed their agreement, first signed in 1999":
            # the subject whose instrument it is, unless the name says between whom ("their
            # commitment to the Treaty between the United States and the Philippines").
            named = name_parties(doc, in_name, instrument.start, home)
            signers = (
                named
                if named_between(doc, named, instrument.start, home)
                else owners_of(doc, mentions, instrument.start, context.floor)
            )
        if not signers and context.frame == "passive":
            # "Negotiations between A and B on an Agreement ... have concluded, and the
            # agreement will be signed next Thursday": who negotiated it signs it.
            signers = talks_between(doc, mentions, sentence.start, instrument.start)
        # "X ... by signing a Memorandum", "X welcomed the signing of": the clause's subject.
        gerund = context.start > sentence.start and doc[context.start - 1].lower_ in (
            "by",
            "after",
            "in",
        )
        if not signers and (gerund or context.frame == "nominal"):
            signers = subject_group(doc, mentions, context.floor, context.start)
            if signers and gerund:
                signers += joined_in(doc, mentions, signers[-1].end, context.start)
        if not signers and gerund and context.start - 1 == sentence.start:
            # "In signing this Declaration, the United States and partners will ...": the
            # main clause after the opening phrase names who signs.
            comma = first_word_in(doc, (",",), max(context.end, instrument.end), sentence.end)
            if comma is not None:
                signers = group_after(doc, mentions, comma + 1, sentence.end)
        if not signers and context.start == sentence.start and instrument.start >= context.end:
            # "Signed in late 2021, the Partnership ... from USAID and NOAA will ...".
            after = first_word_in(
                doc, ("from", "by", "between"), instrument.end, instrument.end + 2
            )
            signers = agent_group(doc, mentions, after + 1, limit) if after is not None else []
        if not signers and context.frame == "nominal" and instrument.start >= context.end:
            # "At a signing ceremony for the X, A and B signed": the main clause follows,
            # after a time or place that closes the opening phrase ("for the X last month,").
            signers = group_after(doc, mentions, instrument.end, limit)
            subject = opening_phrase_end(doc, context.floor, limit) if not signers else None
            if subject is not None and subject >= instrument.end:
                signers = group_after(doc, mentions, subject, limit)
        if not signers and context.frame in ("active", "join"):
            # "Russia declined to sign", "The United States and Japan are working to sign":
            # the nearest name, with those it is listed with; not a speaker whose "we" is
            # the verb's subject ("As the Secretary said, we signed ...").
            group = last_group_before(doc, mentions, context.floor, context.start)
            gap = lower_words(doc, group[-1].end if group else context.start, context.start)
            reported = SPEECH_VERBS.intersection(gap) and FIRST_PERSON.intersection(gap)
            # "..., our two countries signed": the group phrase is the subject (below).
            subject_phrase = group_phrase_before(doc, lexicon, context.floor, context.start)
            signers = [] if reported or subject_phrase else group
    if with_at is not None:
        counterparties = group_after(doc, mentions, with_at + 1, limit)
        if counterparties and attending(doc, counterparties[-1].end):
            counterparties = []  # "with NASA Administrator Bill Nelson in attendance": a witness
        if counterparties and doc[with_at].lower_ == "alongside":
            following = counterparties[-1].end
            if following < len(doc) and doc[following].is_lower and doc[following].is_alpha:
                counterparties = []  # "alongside the African Union summit": an occasion
        words = lower_words(doc, with_at + 1, with_at + 4)
        if not counterparties and "of" in words[1:3]:
            # "with representatives of Australia, Canada, India and Japan"
            head = words[: words.index("of", 1)]
            if head[-1] in GOVERNMENT_PEOPLE and all(
                w == "the" or w in GOVERNMENT_PEOPLE for w in head
            ):
                counterparties = group_after(doc, mentions, with_at + 2 + len(head), limit)
    if signers and not counterparties and context.frame in ("active", "join"):
        # "With Japan and Australia, the United States signed": they sign with it.
        companions = opening_companions(doc, mentions, context.floor, context.start)
        counterparties = [m for m in companions if m not in signers]
    if not signers and context.frame in ("active", "join"):
        # "We call on Chad to uphold the agreement it signed with rebel groups": Chad.
        signers = pronoun_antecedent(doc, mentions, sentence.start, instrument.start, context.start)
    if not signers and context.frame in ("active", "join"):
        # "During today's ministerial, the United States: • Signed a Memorandum ...".
        signers = lead_in_subject(doc, sentence, context.start)
    if not signers and counterparties and context.frame in ("active", "join"):
        # "We signed an Open Skies agreement with Ecuador": the publisher, with the partner.
        signers = we_sign(context, home, home_name)
    if not signers and not counterparties and far_between is not None:
        signers = group_after(doc, mentions, far_between + 1, sentence.end)
    if not signers and behalf is not None:
        # "The Protocols were signed ... on behalf of the United States": that government.
        signers = group_after(doc, everything, behalf + 2, sentence.end)
    if not signers and context.frame == "document":
        # "We, signed below, ...": the parties the title names before its topic
        # ("Joint Statement of the United States and Finland on ...").
        topic = first_word_in(doc, TOPIC_WORDS, instrument.head_end, instrument.end)
        signers = mentions_in(doc, instrument.start, instrument.end if topic is None else topic)
    if not signers and not counterparties and context.frame in ("active", "join"):
        # "Nine countries signed the declaration, including the United States and Japan":
        # the members an unnamed group's "including" names.
        signers = included_members(doc, mentions, context.floor, context.start, limit)
    if context.frame in ("active", "passive", "join"):
        # "The following 12 countries signed the Declaration: A, B, ...", "by the United
        # States and seven other founding nations: A, B, ...": the list names them.
        listed = colon_members(doc, everything, sentence, context.start)
        signers = unique(signers + [m for m in listed if m not in counterparties])
    if not signers and context.frame in ("active", "join"):
        # "a statement that Moscow signed on to": a capital for its government.
        signers = capital_before(doc, lexicon, context.floor, context.start)
    if with_at is not None and not counterparties:
        counterparties = capital_after(doc, lexicon, with_at + 1)
    signers = prefer_people(signers, doc)
    # "with Paraguay's Minister ... Claudia Centurion": she, not also Paraguay
    counterparties = prefer_people(counterparties, doc)
    fallback = ""
    if not signers and counterparties and subject_phrase:
        # "the agency expects to sign the agreement with the Government of Mozambique"
        signers = group_phrase_parties(doc, sentence, lexicon, context.start, home)
        fallback = "group" if signers else ""
    if not signers and not counterparties:
        signers, fallback = unnamed_parties(
            context, lexicon, home, home_name, in_name, mentions, reacted
        )
    signers = [with_country(m, behalf_country) for m in unique(signers)]
    # "the Tax Treaty with Chile, which the United States and Chile signed": Chile signs.
    signing = {party_key(m) for m in signers}
    counterparties = [
        m for m in unique(counterparties) if m not in signers and party_key(m) not in signing
    ]
    return signers, counterparties, fallback
