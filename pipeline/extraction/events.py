"""Signing events from triggers: one record per instrument per signing occasion.

Each trigger (a rule's match, with its frame) is read in its sentence: the instrument
it governs (:mod:`.instruments`), the parties by frame (:mod:`.roles`), the status,
date and place (:mod:`.context`). Repeated mentions are merged (:mod:`.merge`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span

from ..errors import Errors, RuleSetError
from ..extensions import doc_attr, span_text
from ..pickling import dataclass_reduce
from .clauses import (
    is_participle,
    next_subject_break,
    opens_relative,
    shares_subject,
    topic_words,
)
from .companies import companies_relative
from .dating import (
    same_day_dates,
)
from .event_time import instrument_chars, signing_when, signing_where
from .generic_names import is_generic
from .governed import instruments_for
from .instruments import Found, find_instruments
from .lexicon import Lexicon
from .listed_items import ListedItem, item_events, listed_items, listed_parties
from .merge import merge_events, named_by_headline
from .named_instruments import named_after_joining, pronoun_object
from .non_events import (
    announces_list,
    counted,
    excluded_object,
    is_excluded,
    named_by_kind,
    release_genre,
    talks_before,
    unnamed_plural,
)
from .parties import Mention, to_party
from .publisher import partner_officials, place_officials
from .roles import Context, assign_parties
from .signatories import (
    SignatoryList,
    add_listed,
    add_signers_for,
    block_parties,
    signatory_lists,
    signed_for,
)
from .statuses import asks_about

#: Signers, counterparties, and which fallback supplied them ("" when none did).
Parties = tuple[list[Mention], list[Mention], str]


@dataclass(frozen=True)
class Trigger:
    """A signing-rule match: the rule's id, frame and confidence, and the token range."""

    rule: str
    frame: str
    confidence: float
    object_within: int
    start: int
    end: int


@dataclass(frozen=True)
class Settings:
    """Choices of the rule set that are not lexicon entries."""

    date_fallback: str = "none"  # "none" | "occasion" | "release_date"
    publisher_country: str | None = "USA"
    publisher_country_name: str = "United States"

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return dataclass_reduce(self)


DATE_FALLBACKS = ("none", "occasion", "release_date")
#: Frames of triggers that are verbs: the next one in a sentence ends a trigger's dates.
VERB_FRAMES = frozenset({"active", "passive", "join"})


def make_settings(
    component: str, date_fallback: str, publisher_country: str, publisher_country_name: str
) -> Settings:
    """Settings from a signing component's config, checked.

    Raises:
        RuleSetError: When ``date_fallback`` is not one of :data:`DATE_FALLBACKS`.
    """
    if date_fallback not in DATE_FALLBACKS:
        raise RuleSetError(
            Errors.E009.format(
                path=f"[components.{component}]",
                line="-",
                key="date_fallback",
                value=date_fallback,
                expected=" | ".join(DATE_FALLBACKS),
            )
        )
    return Settings(date_fallback, publisher_country or None, publisher_country_name)


def _unilateral(event: dict[str, Any], settings: Settings) -> bool:
    """A memorandum a head of state signs alone is a presidential memorandum, not an event."""
    parties = event["parties"]
    return (
        event["agreement_type"] == "memorandum"
        and len(parties) == 1
        and parties[0]["kind"] == "person"
        and "president" in (parties[0]["title"] or "").lower()
        and parties[0]["country"] in (settings.publisher_country, None)
    )


def event_for(
    doc: Doc,
    trigger: Trigger,
    context: Context,
    lexicon: Lexicon,
    settings: Settings,
    known_parties: Parties | None = None,
) -> dict[str, Any] | None:
    """One event record, or None when no party can be named or it is no signing event.

    ``known_parties`` (signers, counterparties, which fallback supplied them) are read from
    the words around the trigger unless given (the dependency rules find them in the parse).
    """
    signers, counterparties, fallback = known_parties or assign_parties(
        context, lexicon, settings.publisher_country, settings.publisher_country_name
    )
    if not signers and not counterparties:
        return None
    sentence, instrument = context.sentence, context.instrument
    parties = [to_party(m, "signer") for m in signers] + [
        to_party(m, "counterparty") for m in counterparties
    ]
    place_officials(doc, parties, lexicon.places)
    partner_officials(doc, parties, settings.publisher_country)
    countries = sorted({str(p["country"]) for p in parties if p["country"]})
    when = signing_when(
        doc,
        context,
        lexicon,
        settings.date_fallback,
        fallback,
        countries,
        settings.publisher_country,
    )
    if when is None:
        return None  # a future or refused signing must name its parties itself
    location = signing_where(doc, context, {str(p["name"]).lower() for p in parties}, when)
    if location and ", " in location:
        # "... Memorandum in Tokyo, Leads Trade Mission": a headline's next verb, no region.
        place, _, region = location.partition(", ")
        if region.split()[0].lower() in lexicon.headline_verbs:
            location = place
    text = span_text(sentence)
    date_value = when.value
    event = {
        "status": when.status,
        "agreement": instrument.name,
        "agreement_type": instrument.type,
        "parties": parties,
        "countries": countries,
        "date": date_value,
        "date_precision": {4: "year", 7: "month"}.get(len(date_value), "day")
        if date_value
        else None,
        "date_source": when.source,
        "date_text": when.occasion.text if when.occasion else when.text,
        "location": location,
        "evidence": text.strip(),
        "start_char": sentence.start_char,
        "end_char": sentence.start_char + len(text.rstrip()),
        "rule": trigger.rule,
        "confidence": round(trigger.confidence * (0.8 if fallback else 1.0), 3),
        # Read by the merging step and removed there.
        "_definite": instrument.definite,
        # "the memorandum of understanding on debt management": a topic of its own
        "_topic": topic_words(doc, instrument.end, sentence.end),
        "_headline": is_headline(doc, sentence, text),
        "_plural": instrument.plural,
    }
    return None if _unilateral(event, settings) else event


def is_headline(doc: Doc, sentence: Span, text: str) -> bool:
    """Whether a sentence is the release's headline: its first, or its title as read.

    A release file may open with its agency and office lines before the title.
    """
    if text.rstrip().endswith((".", "!", "?")):
        return False
    title = doc_attr(doc, "title")
    return sentence.start == 0 or (
        bool(title) and " ".join(text.split()) == " ".join(str(title).split())
    )


#: Words that open an addressee's name after "to": "a letter to the Senate", "to his
#: counterpart" (not an infinitive: "a letter to formalize the arrangement").
_ADDRESSEE_OPENERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my"})


def _addressed(doc: Doc, end: int, lexicon: Lexicon) -> bool:
    """Whether the name ending at ``end`` is correspondence to an addressee.

    The name's last word and the next are an excluded pair before the addressee: "signed a
    letter to the Senate Foreign Relations Committee".
    """
    if end + 1 >= len(doc) or (doc[end - 1].lower_, doc[end].lower_) not in lexicon.excluded:
        return False
    following = doc[end + 1]
    return following.lower_ in _ADDRESSEE_OPENERS or following.text[:1].isupper()


def _excluded(doc: Doc, trigger: Trigger, instrument: Found, lexicon: Lexicon) -> bool:
    name = tuple(instrument.name.lower().split())
    for size in (3, 2):
        if any(name[i : i + size] in lexicon.excluded for i in range(len(name) - size + 1)):
            return True
    if _addressed(doc, instrument.end, lexicon):
        return True
    if instrument.start >= trigger.end:
        return is_excluded(doc, trigger.end, doc[trigger.end : instrument.start + 1], lexicon)
    return (
        talks_before(doc, trigger.start, instrument, lexicon)
        or excluded_object(doc, trigger.end, lexicon)
        or release_genre(doc, instrument, trigger.start)
    )


def extract_events(
    doc: Doc, triggers: list[Trigger], lexicon: Lexicon, settings: Settings
) -> list[dict[str, Any]]:
    """Every signing event of a Doc, merged across mentions, in text order."""
    events: list[dict[str, Any]] = []
    lists: list[SignatoryList] | None = None  # read when first needed
    signers_for: list[tuple[int, Mention]] = []  # "A signed for the United States"
    instruments_by_sentence: dict[int, list[Found]] = {}

    def instruments_in(sentence: Span) -> list[Found]:
        # Several triggers share a sentence, and document triggers share the headline.
        found = instruments_by_sentence.get(sentence.start)
        if found is None:
            # "the third agreement our countries have signed" counts, it names none: a
            # trigger near it governs the instrument it does name.
            found = [i for i in find_instruments(sentence, lexicon) if not counted(doc, i)]
            instruments_by_sentence[sentence.start] = found
        return found

    listed_by_sentence: dict[int, list[ListedItem]] = {}

    def listed_in(sentence: Span) -> list[ListedItem]:
        # Several triggers may share the lead sentence of a list.
        if sentence.start not in listed_by_sentence:
            listed_by_sentence[sentence.start] = listed_items(doc, sentence, lexicon)
        return listed_by_sentence[sentence.start]

    floors: dict[int, int] = {}
    subject_floors: dict[int, int] = {}  # the floor the sentence's last trigger read from
    previous_signers: dict[int, tuple[list[Mention], str]] = {}  # and its signers, fallback
    for trigger in triggers:
        if trigger.frame == "ignore":
            continue
        sentence: Span = doc[trigger.start].sent
        found = instruments_in(sentence)
        if asks_about(doc, sentence, trigger.start, (f.start for f in found)):
            continue  # "Has Caracas signed the roadmap?" tells of no signing
        if companies_relative(doc, trigger.start, sentence.start):
            continue  # "... from companies that have signed on to ...": companies alone
        next_trigger = None
        if trigger.frame == "document":
            found = instruments_in(doc[0].sent)
            chosen = found[:1]
        else:
            later = [t for t in triggers if trigger.start < t.start < sentence.end]
            following = [t for t in later if t.frame != "ignore"]
            # A look-alike bounds the instruments too: "welcomed the signing as a sign of
            # the deep partnership" names none.
            chosen = instruments_for(
                trigger, found, doc, min((t.start for t in later), default=None)
            )
            # A date past the next verb is that verb's; "at a signing ceremony" is no verb.
            next_trigger = min((t.start for t in following if t.frame in VERB_FRAMES), default=None)
        # "the following agreements were signed:" and a list of them below; "the two sides
        # signed the following:" names none in its own sentence.
        listed = listed_in(sentence) if chosen or trigger.frame in VERB_FRAMES else []
        if listed and not chosen:
            chosen = [listed[0].instrument]
        if not listed:
            chosen = [
                i
                for i in chosen
                if not (unnamed_plural(doc, i) or named_by_kind(doc, i) or announces_list(doc, i))
            ]
        if not chosen and trigger.frame == "join":  # "a signatory to the AIM for Climate"
            chosen = named_after_joining(doc, trigger.start, trigger.end, sentence)
        if not chosen and trigger.frame == "active":
            chosen = pronoun_object(doc, trigger.end, [f for f in found if f.end <= trigger.start])
        if not chosen and trigger.frame == "active":
            people = signed_for(doc, trigger.start, trigger.end, sentence)
            signers_for += [(sentence.start_char, person) for person in people]
        if not chosen or _excluded(doc, trigger, chosen[0], lexicon):
            continue
        floor = floors.get(sentence.start, sentence.start)
        shared = floor > sentence.start and shares_subject(doc, floor, trigger.start)
        if shared:
            floor = subject_floors[sentence.start]  # "A signed X in 2019 and signed Y"
        # "A signed X with B, and C signed Y": the next verb's clause opens at the break.
        subject_break = next_subject_break(doc, trigger.end, next_trigger)
        chosen_chars = tuple(instrument_chars(doc, i) for i in chosen) if len(chosen) > 1 else ()
        for instrument in chosen:
            # "the agreement signed on June 28 by ...": a participle after its instrument
            # is passive ("the MOU that Japan signed" is not).
            participle = is_participle(doc, instrument.end, trigger.start)
            frame = "passive" if trigger.frame == "active" and participle else trigger.frame
            # "the agreement that they signed": the relative clause holds the subject.
            clause = instrument.end if opens_relative(doc, instrument.end, trigger.start) else floor
            context = Context(
                doc,
                sentence,
                trigger.start,
                trigger.end,
                frame,
                instrument,
                clause,
                next_trigger,
                subject_break,
                chosen_chars,
            )
            if frame == "document":
                if lists is None:
                    lists = signatory_lists(doc)
                parties = block_parties(
                    context,
                    lexicon,
                    lists,
                    settings.publisher_country,
                    settings.publisher_country_name,
                )
            else:
                parties = assign_parties(
                    context, lexicon, settings.publisher_country, settings.publisher_country_name
                )
            if listed and not (parties[0] or parties[1]):
                parties = (listed_parties(listed), [], "")  # "were signed:" and a list
            previous = previous_signers.get(sentence.start)
            if shared and previous:
                # "A signed X with B and signed Y (with C)": A signs again; B was X's.
                own = [m for m in parties[1] if m not in previous[0]]
                parties = (previous[0], own, previous[1])
            if all(m.company for m in parties[0] + parties[1]) and (parties[0] or parties[1]):
                continue  # "Vietnam Airlines signed ... with Boeing": companies alone
            event = event_for(doc, trigger, context, lexicon, settings, parties)
            if event is not None:
                events.extend(item_events(event, listed) if listed else [event])
                previous_signers[sentence.start] = (parties[0], parties[2])
            else:  # a later verb shares no subject with one two verbs back
                previous_signers.pop(sentence.start, None)
        subject_floors[sentence.start] = floor
        floors[sentence.start] = max(floor, max(i.end for i in chosen), trigger.end)
        if subject_break is not None:
            floors[sentence.start] = max(floors[sentence.start], subject_break + 1)
    if any(e.get("_definite") and is_generic(e["agreement"]) for e in events) and len(doc):
        headline = [(i.name, i.type) for i in instruments_in(doc[0].sent)]
        events = named_by_headline(events, headline)
    same_day_dates(events)
    merged = merge_events(events, doc_attr(doc, "release_date"))
    if signers_for:
        merged = add_signers_for(merged, signers_for)
    if merged:
        lists = signatory_lists(doc) if lists is None else lists
        merged = [add_listed(event, lists) for event in merged] if lists else merged
    return merged
