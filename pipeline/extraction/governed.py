"""The instruments a signing verb governs: its object, its list, or the subject of a passive.

"signed a Memorandum", "signed a memorandum on health, a letter of intent on energy and
an agreement on cybersecurity" (three), "signed two agreements on Tuesday: a grant
agreement ... and a memorandum ..." (the items, not the count), "the agreement that Japan
signed", "the agreement was signed".
"""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Doc

from .clauses import RELATIVE_REACH, RELATIVE_SUBJECTS, TOPIC_OPENERS, is_relative_clause
from .instrument_lists import singular_name
from .instruments import Found
from .statuses import AUXILIARIES, PAST_FORMS
from .words import lower_words

#: Words that may stand between two instruments of one list.
COORDINATORS = frozenset({",", "and", "the", "a", "an", "as", "well", "its", "their", "our"})
#: Words that end a topic: the rest of the clause, not another instrument's list.
_TOPIC_STOPS = frozenset({"with", "by", "which", "that", "who", ";", ":", "signed", "will"})
#: How far after an instrument its own "with" may stand (tokens: a topic between).
OWN_WITH_REACH = 8
#: How far before its verb an instrument may stand as its object (tokens), further only
#: with a relative clause's subject alone between them (:data:`.clauses.RELATIVE_REACH`).
BEFORE_REACH = 15
#: Subjects of a passive that say no instrument was signed.
_NOTHING = frozenset({"nothing", "none", "neither"})
#: How far after a plural the colon of its list may stand (tokens).
_COLON_REACH = 25


class Governing(Protocol):
    """What this module reads of a trigger (:class:`.events.Trigger`)."""

    @property
    def start(self) -> int:
        """The trigger's first token."""

    @property
    def end(self) -> int:
        """The token after the trigger."""

    @property
    def frame(self) -> str:
        """The trigger's frame ("active", "passive", ...)."""

    @property
    def object_within(self) -> int:
        """How many tokens after the trigger its object may start."""


def _prefer_specific(candidates: list[Found]) -> list[Found]:
    """Drop vague heads ("initiative") when a specific one is also in reach."""
    specific = [f for f in candidates if f.type != "other"]
    return specific if specific else candidates


#: Verbs that are also said of talks ending, without an object: "talks have concluded".
_CONCLUDING = frozenset({"concluded", "concludes", "conclude"})


def _talks_ended(doc: Doc, gap_start: int, trigger_start: int, trigger_end: int) -> bool:
    """Whether "concluded" after an instrument says that talks ended, not that it was made.

    "negotiations on a tax agreement have concluded": nothing or an auxiliary between;
    not "the agreement it concluded", "the agreement Ghana and Togo concluded", nor
    "... and conclude it in 2023" (an object pronoun after the verb).
    """
    if lower_words(doc, trigger_end, trigger_end + 1) in (["it"], ["them"]):
        return False
    gap = lower_words(doc, gap_start, trigger_start)
    return not gap or bool(AUXILIARIES.intersection(gap))


#: Words that open another clause after a comma that ends the verb's own.
_CLAUSE_OPENERS = frozenset({"and", "but", "while", "whereas", "which", "although"})


#: Words that may stand between ", and" and a list's last instrument ("and a framework",
#: "and two letters of intent", "and 12 grant agreements").
_ITEM_OPENERS = frozenset(
    {"a", "an", "the", "another", "both", "several", "new", "separate", "additional"}
    | {"its", "their", "our", "his", "her", "related", "other"}
)
#: How far a comma may close a parenthesis after ", and" ("signed, and later ratified, the
#: treaty"), in tokens.
_PARENTHESIS_REACH = 5


def _objects_end(doc: Doc, start: int, bound: int, starts: frozenset[int]) -> int:
    """Where the verb's clause ends: at a comma and a conjunction, else at ``bound``.

    "talks have concluded, and the agreement will be signed", "the Agreement ..., which
    the two governments signed in Amman in 1996, and builds on the close partnership". Not
    at a parenthesis that closes with a comma ("signed, and later ratified, the treaty"),
    nor before a list's last instrument (", and a framework on digital trade", ", and
    letters of intent on energy"); ``starts`` are the first tokens of the instruments.
    """
    words = lower_words(doc, start, bound)
    for i, word in enumerate(words[:-1]):
        if word != "," or words[i + 1] not in _CLAUSE_OPENERS:
            continue
        if "," in words[i + 2 : i + 2 + _PARENTHESIS_REACH]:
            continue  # a parenthesis: "signed, and later ratified, the treaty"
        if i and words[i + 1] == "and" and _list_item_at(doc, start + i + 2, bound, starts):
            continue
        return start + i
    return bound


def _list_item_at(doc: Doc, position: int, bound: int, starts: frozenset[int]) -> bool:
    """Whether an instrument starts at ``position``, after articles and counts only."""
    while position < bound and position not in starts:
        token = doc[position]
        if not (token.lower_ in _ITEM_OPENERS or token.like_num):
            return False
        position += 1
    return position in starts


def instruments_for(
    trigger: Governing, found: list[Found], doc: Doc, next_trigger: int | None = None
) -> list[Found]:
    """The instruments a trigger governs: the object after it, or the subject before a passive.

    An object after the next trigger of the sentence is that trigger's ("talks have
    concluded and Allies sign the accession protocols"), and so is none after a comma and
    a conjunction that end the verb's clause ("talks have concluded, and the agreement
    will be signed", "which they signed in 1996, and builds on the close partnership").
    """
    bound = len(doc) if next_trigger is None else next_trigger
    # The clause's end matters only up to the last instrument: no need to read further.
    last = min(bound, max((f.end for f in found), default=trigger.end))
    if last > trigger.end:
        end = _objects_end(doc, trigger.end, last, frozenset(f.start for f in found))
        bound = end if end < last else bound
    # "joined the Artemis Accords by signing": an instrument may sit inside the match.
    after = _prefer_specific(
        [
            f
            for f in found
            if f.start > trigger.start
            and f.start < bound
            and f.start - trigger.end <= trigger.object_within
        ]
    )
    before = [f for f in found if f.end <= trigger.start and trigger.start - f.end <= BEFORE_REACH]
    if (
        trigger.frame == "active"
        and before
        and before[-1].end == trigger.start - 1
        and doc[before[-1].end].text == ","
        and doc[trigger.start].lower_ in _PARTICIPLES
    ):
        # "the Treaty of Friendship, signed in 1979, and the memorandum ...": a participle
        # after its instrument; what follows its clause is another's.
        return [before[-1]]
    if trigger.frame == "passive":
        if before and _NOTHING.intersection(lower_words(doc, before[-1].end, trigger.start)):
            return []  # "We discussed a memorandum ..., but nothing has been signed."
        return [before[-1]] if before else after[:1]
    if before and _zero_relative(doc, before[-1].end, trigger.start):
        # "The agreement we just signed builds on a long partnership": the object is the
        # instrument before the clause, not the words after the verb.
        return [before[-1]]
    if not after:
        # "Negotiations on a tax agreement have concluded": talks end, no one signs; an
        # instrument before "concluded" is its object only in a relative clause.
        concluding = (
            doc[trigger.start].lower_ in _CONCLUDING
            and bool(before)
            and _talks_ended(doc, before[-1].end, trigger.start, trigger.end)
        )
        near = before and (
            (trigger.start - before[-1].end <= 8 and not concluding)
            or is_relative_clause(doc, before[-1].end, trigger.start)
        )
        if near:
            return [before[-1]]
        # A relative clause's subject may be longer with acronyms in brackets ("that the
        # U.S. Department of Energy (DOE) and Mexico's Secretariat of Energy (SENER) first
        # signed"): nothing but the subject stands between.
        far = [f for f in found if BEFORE_REACH < trigger.start - f.end <= RELATIVE_REACH]
        return far[-1:] if far and is_relative_clause(doc, far[-1].end, trigger.start) else []
    chosen = [after[0]]
    # Items of one list ("three agreements: on A, on B and on C") go together, however long,
    # and so do instruments joined as one list past the object's reach.
    after += [f for f in found if f.head_start == after[0].head_start and f not in after]
    after += [f for f in found if after[-1].start < f.start < bound and f.type != "other"]
    # "signed the following: a memorandum ...; an agreement ...; and a letter ...": after a
    # colon, semicolons separate the items of one list.
    colon_list = ":" in lower_words(doc, trigger.end, after[0].start)
    for candidate in after[1:]:
        gap = [token.lower_ for token in doc[chosen[-1].end : candidate.start]]
        if colon_list and gap[:1] == [";"]:
            if _has_verb(doc, candidate.end, bound):
                break  # "...; a Letter of Intent is expected to follow in June": a clause
            gap = gap[1:]
        listed = candidate.head_start == chosen[-1].head_start
        if listed or _joins_instruments(gap) or _with_each(doc, gap, candidate, bound):
            chosen.append(candidate)
        else:
            break
    if len(chosen) == 1 and chosen[0].plural:
        # "signed two agreements on Tuesday: a grant agreement ... and a memorandum ...":
        # the items after the colon, not the count.
        items = _items_after_colon(doc, chosen[0], after[1:]) or _ones_after_colon(doc, chosen[0])
        if items:
            return items
    return chosen


#: Verbs that make a semicolon's words a clause rather than an item of a list.
_ITEM_VERBS = frozenset(
    {"is", "are", "was", "were", "will", "would", "has", "have", "had", "be", "remains"}
)


def _has_verb(doc: Doc, start: int, bound: int) -> bool:
    """Whether the words after an item, to the next semicolon or the end, hold a verb."""
    for word in lower_words(doc, start, min(bound, len(doc), start + 20)):
        if word in (";", "."):
            return False
        if word in _ITEM_VERBS:
            return True
    return False


#: Subjects of a relative clause with no "that" ("the agreement we just signed").
_CLAUSE_PRONOUNS = RELATIVE_SUBJECTS - {"that", "which", "it"}
_CLAUSE_FILLERS = frozenset({"just", "have", "has", "had", "all", "both", "jointly", "also"})


def _zero_relative(doc: Doc, instrument_end: int, trigger_start: int) -> bool:
    """Whether a pronoun subject, and adverbs, alone stand between instrument and verb."""
    words = lower_words(doc, instrument_end, trigger_start)
    return (
        bool(words)
        and words[0] in _CLAUSE_PRONOUNS
        and all(w in _CLAUSE_FILLERS for w in words[1:])
    )


#: Participles that may follow their instrument after a comma.
_PARTICIPLES = PAST_FORMS - {"entered", "became", "joined"}


def _joins_instruments(gap: list[str]) -> bool:
    """Whether the words between two instruments join them as one list.

    Articles, commas and "and" ("a memorandum, a letter of intent and an agreement"), after
    the first one's topic ("a memorandum on health, a letter of intent on energy").
    """
    if gap and gap[0] in TOPIC_OPENERS:
        joints = [i for i, word in enumerate(gap) if word in (",", "and")]
        if not joints or _TOPIC_STOPS.intersection(gap[: joints[-1]]):
            return False
        gap = gap[joints[-1] :]
    return all(word in COORDINATORS for word in gap)


def _with_each(doc: Doc, gap: list[str], candidate: Found, bound: int) -> bool:
    """Whether two instruments each have their own partner after "with".

    "signed a Memorandum ... with Mexico and a Letter of Intent ... with Guatemala": the gap
    holds the first one's "with" and ends with "and" (and articles), and a "with" follows
    the second one.
    """
    if "with" not in gap or "and" not in gap:
        return False
    last_and = len(gap) - 1 - gap[::-1].index("and")
    if not all(word in COORDINATORS for word in gap[last_and:]):
        return False
    if (_TOPIC_STOPS - {"with"}).intersection(gap[:last_and]):
        return False
    return "with" in lower_words(doc, candidate.end, min(bound, candidate.end + OWN_WITH_REACH))


def _items_after_colon(doc: Doc, plural: Found, later: list[Found]) -> list[Found]:
    """Instruments listed after a colon that follows a plural.

    "two agreements on Tuesday: ...", "three agreements with India's Minister of Commerce
    and Industry Piyush Goyal: ..."; no other instrument may stand before the colon.
    """
    words = [token.lower_ for token in doc[plural.end : plural.end + _COLON_REACH]]
    if ":" not in words or ";" in words[: words.index(":")] or not later:
        return []
    colon = plural.end + words.index(":")
    if any(plural.end <= f.start < colon for f in later):
        return []
    items: list[Found] = []
    start = colon + 1
    for candidate in later:
        gap = [token.lower_ for token in doc[start : candidate.start]]
        if candidate.start <= colon or not _joins_instruments(gap):
            break
        items.append(candidate)
        start = candidate.end
    return items


#: Words that open an item of "signed two memoranda: one on A and one on B".
_ONE_WORDS = frozenset({"one", "another"})
_TWO_WORD_OPENERS = (["the", "other"], ["a", "second"])
#: Words that end such an item's topic.
_ITEM_ENDS = frozenset({",", ";", ".", "and", ":"})


def _ones_after_colon(doc: Doc, plural: Found) -> list[Found]:
    """The items "one on A and one on B" after a plural's colon, one instrument each.

    "signed two memoranda of understanding: one on trade facilitation and one on artificial
    intelligence research"; each is named as the plural in the singular, with its topic.
    """
    words = lower_words(doc, plural.end, plural.end + _COLON_REACH)
    if ":" not in words or ";" in words[: words.index(":")]:
        return []
    position, limit, items = plural.end + words.index(":") + 1, len(doc), []
    singular = singular_name(plural.name)
    while position < limit:
        opener = 2 if lower_words(doc, position, position + 2) in _TWO_WORD_OPENERS else 1
        if opener == 1 and doc[position].lower_ not in _ONE_WORDS:
            break
        topic = position + opener
        if topic >= limit or doc[topic].lower_ not in TOPIC_OPENERS:
            break
        end = topic + 1
        while end < limit and doc[end].lower_ not in _ITEM_ENDS:
            end += 1
        name = f"{singular} {doc[topic:end].text}"
        items.append(Found(position, end, position, position + opener, name, plural.type, False))
        position = end
        while position < limit and doc[position].lower_ in (",", "and"):
            position += 1
    return items if len(items) > 1 else []
