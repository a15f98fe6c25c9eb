"""Instruments listed under a signing sentence that ends with a colon.

"During the visit, the following agreements were signed:" and a list below it, one
instrument a line ("A Memorandum of Understanding between USAID and Kenya's Ministry of
Agriculture on food security", "2. Protocol on Visa Facilitation"): each item is an event
of its own, dated and placed as the lead sentence says, signed by the parties its
"between" names or else by the lead's.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from spacy.tokens import Doc, Span

from ..extensions import span_text
from .groups import group_after
from .instruments import Found, find_instruments
from .lexicon import Lexicon
from .parties import Mention, mentions_in, to_party, unique
from .words import first_word_in

#: The most items read under one lead sentence.
MAX_ITEMS = 12
#: How far into its line an item's instrument may begin ("A", "An", "The", "One").
_ITEM_OPENING = 2


class ListedItem(NamedTuple):
    """One item of a list: its sentence, its instrument and the parties its "between" names."""

    sentence: Span
    instrument: Found
    parties: list[Mention]


def listed_items(doc: Doc, lead: Span, lexicon: Lexicon) -> list[ListedItem]:
    """The items listed under a lead sentence ending with a colon.

    An item is a sentence that opens with one instrument, not a definite or plural one
    ("The agreements build on ..."), and holds no signing verb of its own; the list ends
    at the first sentence that is not one.
    """
    if not span_text(lead).rstrip().endswith(":"):
        return []
    items: list[ListedItem] = []
    position = lead.end
    while position < len(doc) and len(items) < MAX_ITEMS:
        sentence = doc[position].sent
        found = find_instruments(sentence, lexicon)
        if (
            not found
            or found[0].start - sentence.start > _ITEM_OPENING
            or found[0].definite  # "The agreements build on ...": the text goes on
            or found[0].plural
        ):
            break
        if any(token.lower_.startswith("sign") for token in sentence):
            break
        items.append(ListedItem(sentence, found[0], _between_parties(doc, sentence, found[0])))
        position = sentence.end
    return items


def _between_parties(doc: Doc, sentence: Span, instrument: Found) -> list[Mention]:
    """The parties an item's "between" names (two or more), else none."""
    between = first_word_in(doc, ("between",), instrument.head_end, sentence.end)
    if between is None:
        return []
    mentions = mentions_in(doc, sentence.start, sentence.end)
    named = unique(group_after(doc, mentions, between + 1, sentence.end))
    return named if len(named) > 1 else []


def listed_parties(items: list[ListedItem]) -> list[Mention]:
    """Every party the items name, for a lead sentence that names none."""
    return unique([m for item in items for m in item.parties])


def item_events(lead: dict[str, Any], items: list[ListedItem]) -> list[dict[str, Any]]:
    """One event per listed item, from the lead sentence's event."""
    events = []
    for sentence, instrument, named in items:
        parties = [to_party(m, "signer") for m in named] if named else lead["parties"]
        text = span_text(sentence)
        events.append(
            {
                **lead,
                "agreement": instrument.name,
                "agreement_type": instrument.type,
                "parties": parties,
                "countries": sorted({str(p["country"]) for p in parties if p["country"]}),
                "evidence": text.strip(),
                "start_char": sentence.start_char,
                "end_char": sentence.start_char + len(text.rstrip()),
                "_definite": False,
                "_plural": False,
                "_topic": (),
                "_headline": False,
            }
        )
    return events
