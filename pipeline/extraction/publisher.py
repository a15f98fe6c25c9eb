"""Parties the release's own voice gives: "we", its partner, a transcript's principals.

"We signed" in a government's release is that government's signing, and in a bilateral
release also its partner's (the foreign country the release is about); a transcript's
stage direction ("(The Memorandum is signed.)") is signed by the people the release is
about. :mod:`.roles` asks these when a trigger's clause names no party plainly.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc, Span

from ..extensions import (
    COUNTRIES,
    PEOPLE,
    TITLES,
    cached_spans,
    doc_attr,
    doc_text,
    span_cache,
    span_text,
)
from ..places import Place
from .groups import ADVERBS
from .lexicon import Lexicon
from .parties import Mention, mentions_in
from .words import last_word_in, lower_words

if TYPE_CHECKING:  # the roles module imports this one
    from .roles import Context

FIRST_PERSON = frozenset({"we", "our", "us"})
#: Words that open an adverbial clause: a "we" before one is not the subject after it.
CLAUSE_OPENERS = frozenset(
    {"when", "where", "while", "after", "before", "since", "until", "because", "although"}
)
#: Where a dateline is looked for: the release's header.
DATELINE_CHARS = 1000


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
    """The foreign country a bilateral release is about (read once per Doc and home).

    See :func:`_partner_country`; group phrases and officials ask it for many events.
    """
    cache = span_cache(doc)
    key = f"\x1fpartner {home}"
    spans = cached_spans(doc, COUNTRIES)
    known = cache.get(key)
    if known is None or known[0] is not spans:
        known = cache[key] = (spans, _partner_country(doc, home))
    return known[1]


def _partner_country(doc: Doc, home: str | None) -> Mention | None:
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
    if count < 2 and (others or _in_passing(doc, code)):
        # One mention among others' names no partner; the only foreign one does, unless it
        # is named in passing ("the crisis in Haiti", "child nutrition in Sudan").
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


#: Prepositions before a country named in passing ("the war in Ukraine").
PASSING = ("in", "of", "for", "to", "on", "against", "from", "across", "toward")
#: Of those, the ones before a release's only foreign country that make it no partner
#: ("the crisis in Haiti"; not "Ambassador to Kenya", "Government of Ghana").
_PASSING_ONCE = (frozenset(PASSING) - {"of", "to"}) | {"about"}


def _in_passing(doc: Doc, code: str) -> bool:
    """Whether a country's one mention follows a preposition ("the crisis in Haiti")."""
    span = next((s for s in cached_spans(doc, COUNTRIES) if s.kb_id_ == code), None)
    return span is not None and span.start > 0 and doc[span.start - 1].lower_ in _PASSING_ONCE


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


#: Words between "we" and a signing verb it is the subject of, besides adverbs: auxiliaries
#: and the verbs of a signing still to come ("we expect to sign", "we did not sign").
WE_TO_VERB = frozenset(
    {"have", "has", "had", "did", "do", "will", "would", "shall", "can", "could", "may"}
    | {"might", "should", "not", "never", "to", "expect", "hope", "plan", "intend", "look"}
    | {"forward", "are", "were", "ready", "prepared", "set", "want", "wish", "aim"}
)


def we_sign(context: Context, home: str | None, home_name: str) -> list[Mention]:
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


#: Titles of international organisations' officers, who act for no country.
_ORGANIZATION_HEADS = re.compile(r"(?i)\bsecretary[ -]general\b")


def partner_officials(doc: Doc, parties: list[dict[str, Any]], home: str | None) -> None:
    """Give a bilateral release's partner to its officials whose title names no country.

    "Ambassador Jeff Hale and Minister of Finance Olavo Tavares signed" in a release about
    Cabo Verde: the minister is Cabo Verde's. Only when the publisher's side is named and
    no other country is.
    """
    unknown = [
        p
        for p in parties
        if p["kind"] == "person"
        and not p["country"]
        and not _ORGANIZATION_HEADS.search(str(p.get("title") or ""))
    ]
    named = {p["country"] for p in parties if p["country"]}
    if not unknown or not home or home not in named:
        return
    partner = partner_country(doc, home)
    if partner is None or not named <= {home, partner.country}:
        return
    for party in unknown:
        party["country"] = partner.country


#: A place at the end of an office's name: "Mayor of Tbilisi", "Governor of Nakuru County".
_OFFICE_PLACE = re.compile(r"\b(?:of|in)\s+(?:the\s+)?((?:[A-Z][\w'’.-]*\s*)+)$")
#: Words for a unit of local government after a place's name ("Nakuru County").
_LOCAL_UNITS = frozenset(
    {"City", "County", "Province", "Municipality", "Region", "District", "Prefecture"}
    | {"Governorate", "Oblast", "Department", "State"}
)


def place_officials(doc: Doc, parties: list[dict[str, Any]], places: dict[str, Place]) -> None:
    """Give a local official the country of the city or state the office is of.

    "the Mayor of Tbilisi, Giorgi Beridze", "the Governor of Nakuru County" in a release
    that names Kenya: a place of the gazetteer names the country when it is a capital or
    a U.S. state, or when the release names its country too; a city's name alone may be
    another's ("the Mayor of Alexandria" of Virginia, not Egypt). A capital or a U.S.
    state written before the office or after "of" behind the name counts too ("Texas
    Governor Greg Abbott", "Governor Greg Abbott of Texas", "Mexico City Head of
    Government Martí Batres"); a city there is not read ("Ontario Premier Doug Ford" is
    no Californian's). Only people whose title named no country; and a body of no country
    whose name opens with a U.S. state's is American ("the Texas Department of
    Transportation").
    """
    named: set[str] | None = None  # the release's countries, read when first needed
    for party in parties:
        if party["kind"] in ("agency", "organization") and not party["country"]:
            state = _state_opening(str(party["name"]), places)
            if state is not None:
                party["country"] = state.country
            continue
        if party["kind"] != "person" or party["country"]:
            continue
        place = _office_place(str(party.get("title") or ""), places)
        if place is not None and place.kind == "city":
            if named is None:
                named = {s.kb_id_ for s in cached_spans(doc, COUNTRIES)}
            if place.country not in named:
                place = None
        if place is None:
            place = _place_beside(doc, str(party["name"]), places)
        if place is not None:
            party["country"] = place.country


def _office_place(title: str, places: dict[str, Place]) -> Place | None:
    """The place at the end of an office's name ("Mayor of Mexico City", "... County")."""
    found = _OFFICE_PLACE.search(title)
    if found is None:
        return None
    words = found.group(1).split()
    place = places.get(" ".join(words))
    if place is None and len(words) > 1 and words[-1] in _LOCAL_UNITS:
        place = places.get(" ".join(words[:-1]))
    return place


#: The longest place looked up beside an office or in a body's name, in words ("Salt
#: Lake City").
_PLACE_TOKENS = 3


def _state_opening(name: str, places: dict[str, Place]) -> Place | None:
    """The U.S. state a body's name opens with: "the Texas Department of Transportation"."""
    words = name.removeprefix("the ").split()
    for size in range(_PLACE_TOKENS, 0, -1):
        place = places.get(" ".join(words[:size]))
        if place is not None and place.kind == "state":
            return place
    return None


def _place_beside(doc: Doc, name: str, places: dict[str, Place]) -> Place | None:
    """A capital or U.S. state right before a person's office or after "of" behind the name."""
    titles = cached_spans(doc, TITLES)
    for person in cached_spans(doc, PEOPLE):
        if person.kb_id_ != name:
            continue
        title = next((t for t in titles if 0 <= person.start - t.end <= 1), None)
        sizes = range(_PLACE_TOKENS, 0, -1)
        spots = [(max(0, title.start - size), title.start) for size in sizes] if title else []
        if person.end + 1 < len(doc) and doc[person.end].lower_ == "of":
            first = person.end + 1
            spots += [(first, first + size) for size in sizes]
        for start, end in spots:
            words = doc[start:end]
            if len(words) and all(t.text[:1].isupper() and t.is_alpha for t in words):
                place = places.get(span_text(words))
                if place is None:
                    continue
                # "Mayor Jeff Dever of Dublin, Ohio": the U.S. state after the city says whose.
                state = _state_after(doc, end, places)
                if state is not None:
                    return state
                if place.kind in ("capital", "state"):
                    return place
    return None


def _state_after(doc: Doc, end: int, places: dict[str, Place]) -> Place | None:
    """A U.S. state after a place's comma ("Dublin, Ohio"), if any."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return None
    for size in (2, 1):
        words = doc[end + 1 : end + 1 + size]
        place = places.get(span_text(words)) if len(words) == size else None
        if place is not None and place.kind == "state":
            return place
    return None
