"""Signatories listed apart from the signing sentence.

Joint statements end with their signature block ("Co-signatories:" and one line per
minister) and fact sheets list who joined ("Those endorsing the Declaration include
Albania, Andorra, ..."), while the sentence that states the signing names only "the
undersigned foreign ministers" or "the United States and partners". The annotation
conventions count the listed parties, so the rules read the lists:

* a header line of its own ("Co-signatories:", "Signatories:") followed by one short
  line per signatory: the people (or else the governments) of those lines sign the
  release itself;
* a sentence "Those signing/endorsing/joining the <instrument> include <list>": the
  listed parties signed that instrument.

"The other signatories of the Accords are ..." is not read: those signed before, on
other occasions.

A sentence may also say who signed for whom without naming the instrument ("Secretary
Blinken signed for the United States, and Minister Mirzoyan signed for Armenia"): those
people are the signers, for those countries, of the signing stated just before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from spacy.tokens import Doc, Span

from ..extensions import COUNTRIES, TITLES, cached_spans, doc_text
from .appositives import without_describing_bodies
from .groups import group_after, nearest_group_before
from .lexicon import Lexicon
from .parties import (
    Mention,
    drop_locatives,
    mentions_in,
    prefer_people,
    to_party,
    unique,
    with_country,
)
from .roles import Context, assign_parties
from .words import lower_words

_HEADER = re.compile(
    r"^[ \t]*(?:co-?signatories|signatories|signatory countries)[ \t]*:[ \t]*$", re.I | re.M
)
#: Longest list item, in words ("United Kingdom's Secretary of State for ..., Rt Hon ...").
MAX_ITEM_WORDS = 30
#: Lines read after a closing line: a name and a title for each of a few signatories.
MAX_SIGNATURE_LINES = 12
# The look-behind comes after the literal "Those": a pattern that opens with a literal is
# searched for by a fast scan, one that opens with \b is tried at every position (30x).
_SENTENCE = re.compile(
    r"Those(?<!\wThose) (?:signing|endorsing|joining) (?:the|this) "
    r"((?:[A-Z][\w’'-]*\s?)+?)\s*(?:include|are)\b"
)


@dataclass(frozen=True)
class SignatoryList:
    """Parties listed for an instrument (``head`` None: the release itself)."""

    head: str | None  # last word of the instrument's name, lower-cased ("declaration")
    parties: tuple[Mention, ...]


def _token_range(doc: Doc, start_char: int, end_char: int) -> tuple[int, int] | None:
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    return (span.start, span.end) if span is not None else None


def _item_lines(text: str, start: int) -> list[tuple[int, int]]:
    """Offsets of the list items after ``start``: short lines, blank lines between.

    Items are one line each (the reader has removed their bullets); a longer line of
    prose ends the list.
    """
    items = []
    for line in re.finditer(r"[^\n]*\n?", text[start:]):
        content = line.group(0)
        if not content:
            break
        if not content.strip():
            continue
        if len(content.split()) > MAX_ITEM_WORDS:
            break
        items.append((start + line.start(), start + line.end()))
    return items


def _listed(doc: Doc, start_char: int, end_char: int) -> tuple[Mention, ...]:
    found = _token_range(doc, start_char, end_char)
    if found is None:
        return ()
    return tuple(unique(prefer_people(mentions_in(doc, *found))))


def signatures_after(doc: Doc, end_char: int) -> tuple[Mention, ...]:
    """The people signing on the short lines after a closing line ("Signed at ...").

    Returns an empty tuple unless at least two lines name someone.
    """
    text = doc_text(doc)
    signers: list[Mention] = []
    for start, end in _item_lines(text, end_char)[:MAX_SIGNATURE_LINES]:
        found = _token_range(doc, start, end)
        if found is None:
            continue
        people = [m for m in mentions_in(doc, *found) if m.kind == "person"]
        if people:
            signers += people
        elif signers and not signers[-1].country:
            # "President of the United States of America" under a name: the title's country.
            countries = [
                span.id_ if group == TITLES else span.kb_id_  # a title's id is its country
                for group in (TITLES, COUNTRIES)
                for span in cached_spans(doc, group)
                if found[0] <= span.start and span.end <= found[1]
            ]
            countries = [country for country in countries if country]
            signers[-1] = with_country(signers[-1], countries[0] if countries else None)
    return tuple(unique(signers)) if len(signers) >= 2 else ()


def signatory_lists(doc: Doc) -> list[SignatoryList]:
    """The signatory lists of a release, in text order."""
    text = doc_text(doc)
    lists: list[SignatoryList] = []
    if "ignator" in text:  # a cheap test before the expression runs over the whole text
        for header in _HEADER.finditer(text):
            # One signatory a line: a line of prose naming two countries is no list.
            items = [_listed(doc, *item) for item in _item_lines(text, header.end() + 1)]
            items = [item for item in items if item]
            if len(items) >= 2:
                lists.append(SignatoryList(None, tuple(unique([m for i in items for m in i]))))
    if "Those " in text:
        for sentence in _SENTENCE.finditer(text):
            found = _token_range(doc, sentence.start(), sentence.end())
            if found is None:
                continue
            stop = doc[found[0]].sent.end_char
            parties = _listed(doc, sentence.end(), stop)
            if len(parties) >= 2:
                head = sentence.group(1).split()[-1].lower()
                lists.append(SignatoryList(head, parties))
    return lists


def add_listed(event: dict[str, object], lists: list[SignatoryList]) -> dict[str, object]:
    """The event with the parties of the lists that name its instrument."""
    name = str(event["agreement"]).lower().split()
    listed = [
        m for found in lists if found.head is not None and found.head in name for m in found.parties
    ]
    if not listed or event["status"] != "signed":
        return event
    parties = list(event["parties"])  # type: ignore[call-overload]
    names = {str(p["name"]).lower() for p in parties}
    countries = {p["country"] for p in parties if p["country"]}
    for mention in listed:
        if mention.name.lower() in names or (mention.country and mention.country in countries):
            continue
        parties.append(to_party(mention, "signer"))
        names.add(mention.name.lower())
        if mention.country:
            countries.add(mention.country)
    return {**event, "parties": parties, "countries": sorted(str(c) for c in countries)}


def signed_for(doc: Doc, trigger_start: int, trigger_end: int, sentence: Span) -> list[Mention]:
    """The people of "A signed for the United States" with that country, or [].

    Read when a trigger governs no instrument: "for X" or "on behalf of X" must follow it
    and a person precede it.
    """
    words = lower_words(doc, trigger_end, min(sentence.end, trigger_end + 3))
    if words[:1] == ["for"]:
        after = trigger_end + 1
    elif words == ["on", "behalf", "of"]:
        after = trigger_end + 3
    else:
        return []
    mentions = drop_locatives(doc, mentions_in(doc, sentence.start, sentence.end), sentence.start)
    # "Vice Adm. Andrew Tiongson, commander of Coast Guard Pacific Area, signed on behalf of"
    mentions = without_describing_bodies(doc, mentions, sentence.end)
    acting = group_after(doc, mentions, after, sentence.end)[:1]
    if not acting or not acting[0].country:
        return []
    before = nearest_group_before(doc, mentions, trigger_start, sentence.start)
    return [replace(m, country=acting[0].country) for m in before if m.kind == "person"]


def add_signers_for(
    events: list[dict[str, Any]], signers: list[tuple[int, Mention]]
) -> list[dict[str, Any]]:
    """Give each "signed for" person to the latest signing before it that has their country.

    The person replaces the country, agency or body of their country as a party (the
    conventions name people when known); an event that already names someone for that
    country keeps its parties.
    """
    events = [dict(event) for event in events]
    for position, person in signers:
        earlier = [
            event
            for event in events
            if event["start_char"] <= position
            and event["status"] == "signed"
            and person.country in event["countries"]
        ]
        if not earlier:
            continue
        event = max(earlier, key=lambda e: e["start_char"])
        parties = list(event["parties"])
        if any(p["kind"] == "person" and p["country"] == person.country for p in parties):
            continue
        # "Deputy Secretary Turk signed for DOE": he replaces the agency as he would the
        # country; bodies of other countries stay.
        kept = [p for p in parties if p["kind"] == "person" or p["country"] != person.country]
        event["parties"] = [*kept, to_party(person, "signer")]
    return events


def block_parties(
    context: Context,
    lexicon: Lexicon,
    lists: list[SignatoryList],
    home: str | None,
    home_name: str,
) -> tuple[list[Mention], list[Mention], str]:
    """The parties of a release that signs itself, and the fallback that gave them.

    Its signature block ("Co-signatories:"), else the people on the lines after its
    closing line ("Signed at Jerusalem on ..."), else those its signing sentence names.
    """
    blocks = [found for found in lists if found.head is None]
    if blocks:
        return list(blocks[0].parties), [], "list"
    below = signatures_after(context.doc, context.sentence.end_char)
    if below:
        return list(below), [], "list"
    return assign_parties(context, lexicon, home, home_name)
