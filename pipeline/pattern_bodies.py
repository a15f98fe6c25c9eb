"""Bodies found by a pattern's trigger: "Ministry of" and a name, "Embassy" and a place.

A line of ``agency_patterns.jsonl`` names the trigger, the canonical body ("Ministry of
{name}"), whether a name or a place is read after it and whether a country must anchor it.
:func:`pattern_body` reads them around one trigger the shared phrase matcher found, with
the word lists of :class:`NameWords`.
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Doc

from .agency_data import Body, BodyPattern
from .agency_spans import Candidate
from .agency_text import Countries, country_name, read_name, read_place, with_article


class NameWords(NamedTuple):
    """What ends or cuts a body's name, and how far away its country may be named."""

    stop: frozenset[str]  # words that end a name (titles, "Minister")
    heads: frozenset[str]  # government head words ("Agency", "Authority")
    portfolio: frozenset[str]  # portfolio words of titles.jsonl ("Health", "Affairs")
    offices: frozenset[str]  # words of its offices ("Attorney", "General")
    country_window: int  # characters back to the nearest foreign country
    acronyms: frozenset[str] = frozenset()  # the gazetteer's acronyms ("USAID")


def pattern_body(
    doc: Doc,
    text: str,
    countries: Countries,
    start: int,
    end: int,
    pattern: BodyPattern,
    words: NameWords,
) -> Candidate | None:
    """The body a pattern's trigger at tokens ``start:end`` opens, or None.

    Its country is a country span just before the trigger (with "Royal" before that: "the
    Royal Australian Navy"), after "of" at the name's end, or the nearest foreign one for
    patterns that allow it; its name and place are read after the trigger.
    """
    first, last_token = doc[start].idx, doc[end - 1]
    last = last_token.idx + len(last_token)
    country = countries.before(text, first)
    span_start, span_end, body = (country.start_char if country else first), last, pattern.body
    if country is not None and text.endswith("Royal ", 0, span_start):
        span_start -= len("Royal ")  # "the Royal Australian Navy", "Royal Thai Army"
    if pattern.takes_name:
        named = read_name(
            text,
            last,
            countries,
            words.stop,
            words.heads,
            words.portfolio,
            words.offices,
            words.acronyms,
        )
        if named is None:
            return None
        name, span_end, after = named
        body, country = pattern.body.format(name=name), country or after
    elif country is None:
        country = countries.after_of(text, last)
        span_end = country.end_char if country is not None else span_end
    if country is None and pattern.nearest_country:
        country = countries.nearest_foreign(first, words.country_window)
    elif country is None and pattern.anchor == "required":
        return None
    place = None
    if pattern.takes_place:
        place = read_place(text, span_end, countries, words.stop)
    iso = country.kb_id_ if country is not None else None
    if iso == "USA":
        canonical = f"U.S. {body}" + (f" in {place[0]}" if place else "")
    elif country is not None:
        canonical = f"{body} of {with_article(country_name(country))}"
        home = place is not None and (
            place[0].startswith("Washington") or (place[2] is not None and place[2].kb_id_ == "USA")
        )
        canonical += f" in {place[0]}" if place is not None and not home else ""
    else:
        canonical = body
    span = doc.char_span(span_start, place[1] if place else span_end, alignment_mode="expand")
    if span is None:
        return None
    body_found = Body(canonical, pattern.kind, iso)
    return Candidate(span.start, span.end, body_found, pattern.id, rank=1)
