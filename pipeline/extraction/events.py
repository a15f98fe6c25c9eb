"""Signing events from triggers: one record per instrument per signing occasion.

Each trigger (a rule's match, with its frame) is read in its sentence: the instrument
it governs, the parties by frame, the status, the date and the place. Mentions of the
same signing (headline and body, "the agreement" later on) are merged into one event
filled from all of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span

from ..extensions import COUNTRIES
from .context import is_today, pick_date, pick_location, status_of
from .instruments import Found, find_instruments, is_excluded
from .lexicon import Lexicon
from .parties import (
    CLAUSE_BREAKS,
    Mention,
    drop_locatives,
    mentions_in,
    prefer_people,
    to_party,
    unique,
    with_country,
)

COORDINATORS = frozenset({",", "and", "the", "a", "an", "as", "well", "its", "their", "our"})


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

    date_fallback: str = "none"  # "none" | "release_date"
    publisher_country: str | None = "USA"
    publisher_country_name: str = "United States"


def _instruments_for(trigger: Trigger, found: list[Found], doc: Doc) -> list[Found]:
    after = [f for f in found if f.start >= trigger.end and f.start - trigger.end <= trigger.object_within]
    before = [f for f in found if f.end <= trigger.start and trigger.start - f.end <= 15]
    if trigger.frame == "passive":
        chosen = [before[-1]] if before else after[:1]
    elif after:
        chosen = [after[0]]
        for candidate in after[1:]:
            gap = doc[chosen[-1].end:candidate.start]
            if all(token.lower_ in COORDINATORS for token in gap):
                chosen.append(candidate)
            elif candidate.head_start == chosen[-1].head_start:  # items of one list
                chosen.append(candidate)
            else:
                break
    else:
        chosen = [before[-1]] if before and trigger.start - before[-1].end <= 8 else []
    return chosen


def _after_word(doc: Doc, words: tuple[str, ...], start: int, end: int) -> int | None:
    for token in doc[start:end]:
        if token.lower_ in words:
            return token.i
    return None


def _clause_end(doc: Doc, start: int, end: int) -> int:
    for token in doc[start:end]:
        if token.lower_ in CLAUSE_BREAKS:
            return token.i
    return end


def _between(mentions: list[Mention], start: int, end: int) -> list[Mention]:
    return [m for m in mentions if start <= m.start and m.end <= end]


def _group_parties(doc: Doc, sentence: Span, lexicon: Lexicon) -> list[Mention]:
    """Countries that "the two countries" / "both sides" stand for: the latest ones before."""
    lowered = [t.lower_ for t in sentence]
    size = 0
    for words, count in lexicon.groups.items():
        n = len(words)
        if any(tuple(lowered[i:i + n]) == words for i in range(len(lowered) - n + 1)):
            size = max(size, count)
    if not size:
        return []
    found: list[Mention] = []
    seen: set[str] = set()
    for span in sorted(doc.spans.get(COUNTRIES, []), key=lambda s: -s.start):
        if span.start >= sentence.start or not span.kb_id_ or span.kb_id_ in seen:
            continue
        seen.add(span.kb_id_)
        found.append(Mention(span.start, span.end, "country", span.text.removeprefix("the "), span.kb_id_))
        if len(found) == size:
            break
    return list(reversed(found)) if len(found) == size else []


def _self_party(doc: Doc, sentence: Span, trigger: Trigger, lexicon: Lexicon,
                settings: Settings) -> list[Mention]:
    if not settings.publisher_country:
        return []
    for token in doc[sentence.start:trigger.start]:
        if token.lower_ in lexicon.self_words:
            return [Mention(token.i, token.i + 1, "country", settings.publisher_country_name,
                            settings.publisher_country)]
    return []


def assign_parties(
    doc: Doc, trigger: Trigger, sentence: Span, instrument: Found, floor: int,
    lexicon: Lexicon, settings: Settings,
) -> tuple[list[Mention], list[Mention], bool]:
    """Signers and counterparties of one event, and whether a fallback supplied them."""
    everything = drop_locatives(doc, mentions_in(doc, sentence.start, sentence.end), sentence.start)
    in_name = [m for m in everything if instrument.start <= m.start and m.end <= instrument.end]
    mentions = [m for m in everything if m not in in_name]
    behalf = _after_word(doc, ("behalf",), trigger.start, sentence.end)
    behalf_country = None
    if behalf is not None:
        acting_for = [m for m in mentions if m.start > behalf and m.start - behalf <= 3]
        if acting_for:
            behalf_country = acting_for[0].country
            mentions = [m for m in mentions if m is not acting_for[0]] if any(
                m.kind == "person" for m in mentions) else mentions
    first = min(trigger.start, instrument.start)
    between = _after_word(doc, ("between", "among"), first, sentence.end)
    limit = _clause_end(doc, trigger.end, sentence.end)
    signers: list[Mention] = []
    counterparties: list[Mention] = []
    if between is not None and _between(mentions, between, sentence.end):
        signers = prefer_people(_between(mentions, between, _clause_end(doc, between, sentence.end)))
    else:
        with_at = _after_word(doc, ("with",), trigger.end, limit)
        if trigger.frame == "passive" or (trigger.frame == "nominal" and _after_word(doc, ("by",), trigger.start, trigger.end + 1) is not None):
            by = _after_word(doc, ("by",), trigger.start, limit)
            if by is not None:
                signers = _between(mentions, by, with_at if with_at is not None else limit)
            else:
                signers = _between(mentions, floor, trigger.start)
        else:
            signers = _between(mentions, floor, trigger.start)
        if with_at is not None:
            counterparties = _between(mentions, with_at, limit)
        signers = prefer_people(signers)
    fallback = False
    if not signers and not counterparties:
        fallback = True
        signers = (_group_parties(doc, sentence, lexicon)
                   or _self_party(doc, sentence, trigger, lexicon, settings)
                   or in_name or prefer_people(mentions))
    signers = [with_country(m, behalf_country) for m in unique(signers)]
    counterparties = [m for m in unique(counterparties) if m not in signers]
    return signers, counterparties, fallback


def event_for(
    doc: Doc, trigger: Trigger, sentence: Span, instrument: Found, floor: int,
    lexicon: Lexicon, settings: Settings,
) -> dict[str, Any] | None:
    """One event record, or None when no party can be named."""
    signers, counterparties, fallback = assign_parties(
        doc, trigger, sentence, instrument, floor, lexicon, settings)
    if not signers and not counterparties:
        return None
    parties = [to_party(m, "signer") for m in signers] + [to_party(m, "counterparty") for m in counterparties]
    countries = sorted({str(p["country"]) for p in parties if p["country"]})
    date = pick_date(doc, sentence, trigger.start, (instrument.start, instrument.end))
    date_value = date.kb_id_ if date is not None and date.kb_id_ else None
    date_source = "text" if date_value else None
    if date_value is None and settings.date_fallback == "release_date" and doc._.release_date:
        date_value, date_source = doc._.release_date, "release_date"
    names = {str(p["name"]).lower() for p in parties}
    location = pick_location(doc, sentence, doc[trigger.start].idx, names)
    if location is None and is_today(date) and doc._.dateline:
        location = doc._.dateline
    confidence = trigger.confidence * (0.8 if fallback else 1.0)
    return {
        "status": status_of(doc, doc[trigger.start:trigger.end], sentence, lexicon),
        "agreement": instrument.name,
        "agreement_type": instrument.type,
        "parties": parties,
        "countries": countries,
        "date": date_value,
        "date_precision": _precision(date_value),
        "date_source": date_source,
        "date_text": date.text if date is not None else None,
        "location": location,
        "evidence": sentence.text.strip(),
        "start_char": sentence.start_char,
        "end_char": sentence.start_char + len(sentence.text.rstrip()),
        "rule": trigger.rule,
        "confidence": round(confidence, 3),
    }


def _precision(value: str | None) -> str | None:
    if not value:
        return None
    return {4: "year", 7: "month"}.get(len(value), "day")


def extract_events(
    doc: Doc, triggers: list[Trigger], lexicon: Lexicon, settings: Settings
) -> list[dict[str, Any]]:
    """Every signing event of a Doc, merged across mentions, in text order."""
    events: list[dict[str, Any]] = []
    instruments_by_sentence: dict[int, list[Found]] = {}
    floors: dict[int, int] = {}
    for trigger in triggers:
        if trigger.frame == "ignore":
            continue
        sentence = doc[trigger.start].sent
        found = instruments_by_sentence.setdefault(sentence.start, find_instruments(sentence, lexicon))
        chosen = _instruments_for(trigger, found, doc)
        if not chosen:
            continue
        first = chosen[0]
        if first.start >= trigger.end and is_excluded(doc, trigger.end, doc[trigger.end:first.start + 1], lexicon):
            continue
        floor = floors.get(sentence.start, sentence.start)
        for instrument in chosen:
            event = event_for(doc, trigger, sentence, instrument, floor, lexicon, settings)
            if event is not None:
                events.append(event)
        floors[sentence.start] = max(floor, max(i.end for i in chosen), trigger.end)
    return merge_events(events)


def _generic(name: str) -> bool:
    return len(name.split()) <= 1 or name.split()[0].lower() in ("agreement", "memorandum", "mou")


def _same_signing(a: dict[str, Any], b: dict[str, Any]) -> bool:
    if a["agreement_type"] != b["agreement_type"] or a["status"] != b["status"]:
        return False
    if a["date"] and b["date"] and not (a["date"].startswith(b["date"]) or b["date"].startswith(a["date"])):
        return False
    same_name = a["agreement"].lower() == b["agreement"].lower()
    if not same_name and not (_generic(a["agreement"]) or _generic(b["agreement"])):
        return False
    if a["evidence"] == b["evidence"] and not same_name:
        return False
    overlap = set(a["countries"]) & set(b["countries"]) or {
        p["name"] for p in a["parties"]} & {p["name"] for p in b["parties"]}
    return bool(overlap) or same_name


def merge_events(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Merge repeated mentions of one signing; the fullest mention leads, others fill gaps."""
    merged: list[dict[str, Any]] = []
    for event in events:
        for kept in merged:
            if _same_signing(kept, event):
                lead, other = (event, kept) if len(event["parties"]) > len(kept["parties"]) else (kept, event)
                combined = dict(lead)
                for key in ("date", "date_precision", "date_source", "date_text", "location"):
                    if combined[key] is None and other[key] is not None:
                        combined[key] = other[key]
                if _generic(combined["agreement"]) and not _generic(other["agreement"]):
                    combined["agreement"] = other["agreement"]
                combined["confidence"] = max(lead["confidence"], other["confidence"])
                merged[merged.index(kept)] = combined
                break
        else:
            merged.append(event)
    return merged
