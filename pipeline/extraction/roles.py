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

from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from ..extensions import (
    COUNTRIES,
    PEOPLE,
    cached_spans,
    doc_attr,
    doc_text,
    span_text,
)
from .groups import (
    ADVERBS,
    POSSESSIVES,
    agent_group,
    group_after,
    last_group_before,
    list_semicolons,
    nearest_group_before,
    subject_group,
)
from .indirect import (
    capital_after,
    capital_before,
    group_phrase_before,
    group_phrase_parties,
    included_members,
    opening_companions,
    opening_phrase_end,
    parties_between_in_name,
    people_subject,
    witnessed,
)
from .instruments import Found
from .lexicon import Lexicon
from .parties import (
    CLAUSE_BREAKS,
    Mention,
    drop_locatives,
    mentions_in,
    prefer_people,
    unique,
    with_country,
)
from .words import first_word_in, last_word_in, lower_words

FIRST_PERSON = frozenset({"we", "our", "us"})
#: Verbs of saying: the name before one is a speaker ("As the Secretary said, we signed").
SPEECH_VERBS = frozenset({"said", "says", "noted", "notes", "stated", "announced", "mentioned"})
#: Words that open an adverbial clause: a "we" before one is not the subject after it.
CLAUSE_OPENERS = frozenset(
    {"when", "where", "while", "after", "before", "since", "until", "because", "although"}
)
TOPIC_WORDS = ("on", "concerning", "regarding", "for", "to", "in")
#: Words between a possessive and the signing it names ("Rwanda's historic signing").
DESCRIPTIVE_BEFORE_SIGNING = frozenset({"historic", "formal", "official", "recent"})
#: Possessive endings as the tokenizer splits them ("Kenya's", "the Philippines’").
POSSESSIVE_MARKS = POSSESSIVES | {"'", "’"}
#: Where a dateline is looked for: the release's header.
DATELINE_CHARS = 1000


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


def _clause_end(doc: Doc, start: int, end: int) -> int:
    found = first_word_in(doc, CLAUSE_BREAKS, start, end)
    if found is not None and doc[found].text == ";":
        # "signed by A, Minister; B, Minister; and C": a list, not a new clause.
        in_list = list_semicolons(doc, start, end)
        while found is not None and found in in_list:
            found = first_word_in(doc, CLAUSE_BREAKS, found + 1, end)
    return end if found is None else found


def dateline_country(doc: Doc) -> str | None:
    """The country the release's dateline names ("Bangkok, Thailand"), if any."""
    dateline = doc_attr(doc, "dateline")
    if not dateline:
        return None
    start = doc_text(doc).find(dateline, 0, DATELINE_CHARS)
    if start < 0:
        return None
    end = start + len(dateline)
    codes = [
        s.kb_id_
        for s in cached_spans(doc, COUNTRIES)
        if start <= s.start_char and s.end_char <= end and s.kb_id_
    ]
    return codes[-1] if codes else None


#: Headline words of a multilateral occasion, where "we" is not two governments.
MULTILATERAL = frozenset(
    {"ministerial", "summit", "asean", "nato", "g7", "g20", "quad", "conference", "forum"}
    | {"assembly", "plenary", "multilateral"}
)


def _multilateral(doc: Doc) -> bool:
    """Whether the headline names a multilateral occasion ("... at the ASEAN Ministerial")."""
    headline = doc[0].sent
    return not MULTILATERAL.isdisjoint(lower_words(doc, headline.start, headline.end))


def partner_country(doc: Doc, home: str | None) -> Mention | None:
    """The foreign country a bilateral release is about.

    It has at least half the release's foreign mentions, or the release comes from it: its
    dateline names the country, which the release names more than any other foreign one
    (the Secretary's remarks in Bangkok, where Myanmar is named almost as often), and its
    headline names no multilateral occasion (a summit in Vilnius is not with Lithuania).
    """
    counts = Counter(
        s.kb_id_ for s in cached_spans(doc, COUNTRIES) if s.kb_id_ and s.kb_id_ != home
    )
    if not counts:
        return None
    (code, count), *others = counts.most_common(2)
    if count < 2:
        return None
    if count * 2 < sum(counts.values()):
        runner_up = others[0][1] if others else 0
        if count == runner_up or dateline_country(doc) != code or _multilateral(doc):
            return None
    mentions = [s for s in cached_spans(doc, COUNTRIES) if s.kb_id_ == code]
    # Named by its name where the release has it ("Thailand", not "Thai").
    first = next((s for s in mentions if s.id_ != "demonym"), mentions[0])
    name = first.text.removeprefix("the ") if first.id_ != "demonym" else code
    return Mention(first.start, first.end, "country", name, code)


def self_parties(
    context: Context, lexicon: Lexicon, home: str | None, home_name: str
) -> list[Mention]:
    """Parties of "we signed": the publisher's government, and a bilateral release's partner."""
    doc = context.doc
    if not home:
        return []
    # "We have shown ... as it was 70 years ago when the charter was signed": the "we" of
    # another clause did not sign.
    opener = last_word_in(doc, CLAUSE_OPENERS, context.sentence.start, context.start)
    if opener is not None and opener == context.start - 1 and doc[opener].lower_ == "since":
        # "we have since signed": an adverb before the verb opens no clause.
        opener = last_word_in(doc, CLAUSE_OPENERS, context.sentence.start, opener)
    start = context.sentence.start if opener is None else opener + 1
    for token in doc[start : context.start]:
        if token.lower_ in lexicon.self_words:
            parties = [Mention(token.i, token.i + 1, "country", home_name, home)]
            # "We signed" in a bilateral release speaks for both governments.
            partner = partner_country(doc, home) if token.lower_ in FIRST_PERSON else None
            return parties + ([partner] if partner else [])
    return []


def principals(doc: Doc, size: int = 2) -> list[Mention]:
    """The people a release is about: those its headline names, then the most mentioned.

    The most mentioned must be mentioned at least twice; a transcript's later speakers
    may be named more often than the guests of honour its headline names.
    """
    people = cached_spans(doc, PEOPLE)
    headline = doc[0].sent.end if len(doc) else 0
    chosen = list(dict.fromkeys(s.kb_id_ for s in people if s.kb_id_ and s.end <= headline))
    counts = Counter(s.kb_id_ for s in people if s.kb_id_)
    chosen += [name for name, count in counts.most_common() if count >= 2 and name not in chosen]
    chosen = chosen[:size]
    found: list[Mention] = []
    for name in chosen:
        mention = next(s for s in cached_spans(doc, PEOPLE) if s.kb_id_ == name)
        found.extend(m for m in mentions_in(doc, mention.start, mention.end) if m.kind == "person")
    return found


def is_stage_direction(sentence: Span) -> bool:
    """A transcript's note of what happens on stage: "(The Memorandum is signed.)"."""
    text = span_text(sentence).strip()
    return text.startswith("(") and text.endswith(")") and len(sentence) <= 16


def is_caption(context: Context) -> bool:
    """A photo caption: people "at a signing of" the instrument, with no verb of their own."""
    if context.frame != "nominal":
        return False
    doc, sentence = context.doc, context.sentence
    mentions = mentions_in(doc, sentence.start, sentence.end)
    return bool(_present_at_signing(doc, mentions, context))


def _possessors(doc: Doc, mentions: list[Mention], start: int, floor: int) -> list[Mention]:
    """The parties whose signing a noun names: "Kenya and Japan's (historic) signing of"."""
    at = start - 1
    if at > floor and doc[at].lower_ in DESCRIPTIVE_BEFORE_SIGNING:
        at -= 1
    if at <= floor or doc[at].lower_ not in POSSESSIVE_MARKS:
        return []
    if doc[at].lower_ in ("'", "’") and not doc[at - 1].lower_.endswith("s"):
        return []  # a closing quote, not "the Philippines' signing"
    if not any(m.end == at for m in mentions):
        return []
    return nearest_group_before(doc, mentions, at, floor)


#: Words between "we" and a signing verb it is the subject of, besides adverbs: auxiliaries
#: and the verbs of a signing still to come ("we expect to sign", "we did not sign").
WE_TO_VERB = frozenset(
    {"have", "has", "had", "did", "do", "will", "would", "shall", "can", "could", "may"}
    | {"might", "should", "not", "never", "to", "expect", "hope", "plan", "intend", "look"}
    | {"forward", "are", "were", "ready", "prepared", "set", "want", "wish", "aim"}
)


def _we_sign(context: Context, home: str | None, home_name: str) -> list[Mention]:
    """The publisher when "we" is the trigger's subject ("we have signed", "we expect to sign")."""
    doc = context.doc
    if not home:
        return []
    for i in range(context.start - 1, context.floor - 1, -1):
        word = doc[i].lower_
        if word == "we":
            return [Mention(i, i + 1, "country", home_name, home)]
        if word not in ADVERBS and word not in WE_TO_VERB:
            return []
    return []


def _present_at_signing(doc: Doc, mentions: list[Mention], context: Context) -> list[Mention]:
    """People just before "at a/the signing" (a photo caption): they are the signers."""
    words = lower_words(doc, context.start - 2, context.start)
    if len(words) != 2 or words[0] != "at" or words[1] not in ("a", "the"):
        return []
    group = [m for m in mentions if m.end <= context.start - 2]
    group = nearest_group_before(doc, group, context.start - 2, context.floor)
    return group if group and all(m.kind == "person" for m in group) else []


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
    mentions = [m for m in everything if m not in in_name]
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
    between = first_word_in(doc, ("between", "among"), first, limit)
    with_at = first_word_in(doc, ("with",), context.end, limit)
    # "a keystone of our relationship with Australia", "to advance the partnership between
    # A and B": a phrase that far after the instrument belongs to another noun.
    reach = max(context.end, instrument.end) + 3
    if with_at is not None and with_at > reach:
        with_at = None
    far_between = None
    if between is not None and between > reach:
        # Still the best word when the sentence names no one else ("The Accords were
        # signed in 2020 and established relations between the UAE and Israel").
        between, far_between = None, between
    by_frames = ("passive", "nominal", "document")
    by = first_word_in(doc, ("by",), context.start, limit) if context.frame in by_frames else None
    signers: list[Mention] = []
    counterparties: list[Mention] = []
    present = _present_at_signing(doc, mentions, context) if context.frame == "nominal" else []
    owners = (
        _possessors(doc, mentions, context.start, context.floor)
        if context.frame == "nominal"
        else []
    )
    if present:
        signers = present
    elif owners:
        signers = owners  # "welcomed Rwanda's signing of the Artemis Accords"
    elif (
        between is not None
        and not people_subject(doc, lexicon, mentions, context.frame, context.floor, context.start)
        and group_after(doc, mentions, between + 1, sentence.end)
    ):
        signers = group_after(doc, mentions, between + 1, sentence.end)
    elif by is not None and agent_group(doc, mentions, by + 1, limit):
        signers = agent_group(doc, mentions, by + 1, limit)
    elif context.frame == "nominal" and witnessed(doc, context.start, context.floor):
        # "A and B witnessed the signing of the MOU between C and D": C and D sign, not the
        # witnesses (without C and D, the fallbacks below, or no one).
        signers = parties_between_in_name(doc, everything, instrument.start, instrument.end)
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
        # "X ... by signing a Memorandum", "X welcomed the signing of": the clause's subject.
        gerund = context.start > sentence.start and doc[context.start - 1].lower_ in (
            "by",
            "after",
            "in",
        )
        if not signers and (gerund or context.frame == "nominal"):
            signers = subject_group(doc, mentions, context.floor, context.start)
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
            # "At a signing ceremony for the X, A and B signed": the main clause follows.
            signers = group_after(doc, mentions, instrument.end, limit)
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
    if signers and not counterparties and context.frame in ("active", "join"):
        # "With Japan and Australia, the United States signed": they sign with it.
        companions = opening_companions(doc, mentions, context.floor, context.start)
        counterparties = [m for m in companions if m not in signers]
    if not signers and counterparties and context.frame in ("active", "join"):
        # "We signed an Open Skies agreement with Ecuador": the publisher, with the partner.
        signers = _we_sign(context, home, home_name)
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
    if not signers and context.frame in ("active", "join"):
        # "a statement that Moscow signed on to": a capital for its government.
        signers = capital_before(doc, lexicon, context.floor, context.start)
    if with_at is not None and not counterparties:
        counterparties = capital_after(doc, lexicon, with_at + 1)
    signers = prefer_people(signers)
    fallback = ""
    if not signers and not counterparties:
        for kind, find in (
            ("group", lambda: group_phrase_parties(doc, sentence, lexicon, context.start)),
            ("self", lambda: self_parties(context, lexicon, home, home_name)),
            ("stage", lambda: principals(doc) if is_stage_direction(sentence) else []),
            # A signature block's title names its topic, not its signers; an organisation
            # that a name holds alone is what the instrument founds ("the NATO charter"),
            # beside a country it is a party ("the IAEA-Philippines Framework").
            (
                "name",
                lambda: (
                    in_name
                    if context.frame != "document"
                    and any(m.kind != "organization" for m in in_name)
                    else []
                ),
            ),
        ):
            signers = find()
            if signers:
                fallback = kind
                break
    signers = [with_country(m, behalf_country) for m in unique(signers)]
    counterparties = [m for m in unique(counterparties) if m not in signers]
    return signers, counterparties, fallback
