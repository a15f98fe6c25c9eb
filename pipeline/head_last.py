"""Another country's body named head last: "Kenya's National Environment Management Authority".

The agency patterns read a name after a trigger ("Ministry of| Health"); many bodies of
other governments are written the other way round, the country first and the kind of
body last: "Peru's National Forest and Wildlife Service", "the Philippine Space Agency",
"Ghana Civil Aviation Authority". :func:`head_last_bodies` reads them after a country's
possessive, demonym or name, as a run of capitalised words that ends on a government head
word ("Service", "Agency", "Authority"). The run stops before a title ("... Agency
Director General Joel Marciano"), a mark, another country, a capitalised function word of
a title-case headline ("... Cooperation Through Kenya ..."), and at the first head before
"and" (two bodies: "Ghana Health Service and Ghana Education Service"). A run that goes
on past its last head ("American Farm Bureau Federation") is no body, nor a head alone
("the Palestinian Authority"); nor are names whose demonym or country name belongs to a
longer name ("Royal Canadian Mounted Police", "U.S.-India Business Council") or to a U.S.
state ("Georgia Emergency Management Agency"), nor the U.S. bodies (the gazetteer's).

The canonical name is written as the other patterns write it after a possessive, with the
country ("National Environment Management Authority of Kenya": two countries' "Revenue
Authority" stay two bodies), and as written after a demonym or a country's name, which
such names carry ("Philippine Space Agency", "Ghana Civil Aviation Authority").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence

from spacy.tokens import Doc

from .agency_data import Body
from .agency_spans import Candidate
from .agency_text import CONNECTORS, Countries, country_name, with_article

RULE = "head_last"
#: Forms of a country mention that own the body after them (with "'s" for names).
_OWNER_FORMS = frozenset({"name", "demonym"})
_POSSESSIVES = ("'s ", "’s ")
#: One word of the run: capitalised (hyphens, inner periods and "&" allowed) or a
#: connector; a comma, a bracket or a line break ends the run.
_STEP = re.compile(r"[^\S\n]+([A-Z][\w'’&.-]*|and|of|for|on|&)(?![\w'’-])")
_MAX_WORDS = 8
#: How far before a head its owner may start, in characters (eight long words).
_REACH = 160
_AND = frozenset({"and", "&"})
#: Capitalised function words: a headline in title case, not a body's name, goes on
#: through them ("United States and Kenya Deepen Cooperation Through ...").
_HEADLINE_WORDS = frozenset(
    {"With", "Through", "Ahead", "Of", "For", "To", "On", "In", "At", "And", "By", "From"}
    | {"Into", "Over", "After", "Before", "During", "About", "Amid", "Under", "As", "On"}
)
#: Words before a demonym or country name that make it part of a longer name ("Royal
#: Canadian Mounted Police"); an article or the start of a sentence does not.
_ARTICLES = frozenset({"The", "the", "A", "a", "An", "an", "This", "this", "These", "these"})
#: Countries that share a U.S. state's name: bare, they name the state's bodies
#: ("Georgia Emergency Management and Homeland Security Agency").
_STATE_NAMESAKES = frozenset({"Georgia"})
#: Words of the name stop list that stand inside bodies' names ("Kenya's Public Service
#: Commission", "Japan's Joint Staff Office"): they end an embassy's name, not these.
INNER_WORDS = frozenset({"Public", "Staff", "Section", "Consular"})
#: Titles after a body's name that the stop list lacks ("Kenya Defence Forces Commander").
TITLES_AFTER = frozenset({"Commander", "Commandant", "Inspector", "Superintendent", "Registrar"})


def head_last_stop(stop: frozenset[str]) -> frozenset[str]:
    """The words that end a head-last name, from those that end a trigger's name."""
    return (stop - INNER_WORDS) | TITLES_AFTER


#: The word just before a mention, on its line (none after a mark or a line break).
_WORD_BEFORE = re.compile(r"([\w'’.-]+)[^\S\n]+\Z")


def read_head_last(
    text: str,
    char: int,
    stop: frozenset[str],
    heads: frozenset[str],
    country_starts: frozenset[int] = frozenset(),
) -> tuple[str, int, int] | None:
    """The body's name that starts after ``char`` and ends on a head word, and its offsets.

    Args:
        text: The release text.
        char: Where the owner ends (after its "'s").
        stop: Words that end a name (titles, title-case verbs).
        heads: Government head words; the name's last word must be one.
        country_starts: Where country mentions start: another country opens another
            name ("Japan's Ministry of Defense and Japan Self-Defense Forces").

    Returns:
        The name, its start and end offsets; None when the run does not end on a head.
    """
    words: list[tuple[str, int]] = []
    position = char
    while len(words) < _MAX_WORDS:
        match = _STEP.match(text, position)
        if match is None or match.start(1) in country_starts:
            break
        word = match.group(1)
        core = word[:-1] if word.endswith(".") and word.count(".") == 1 else word
        owned = core.endswith(("'s", "’s"))
        if owned:
            core = core[:-2]  # "the Philippine Space Agency's Director": the name ends here
        if core.split("-")[0] in stop or core in _HEADLINE_WORDS or (owned and core not in heads):
            break  # "... Agency Director General", "... Cooperation Through Kenya ..."
        words.append((core, match.start(1) + len(core)))
        position = match.end()
        if core != word:
            break  # a possessive, or the period that ended the sentence
    while words and words[-1][0] in CONNECTORS:
        words.pop()
    # Two bodies joined by "and" are two names: "Ghana's Environmental Protection Agency
    # and Forestry Commission", "... Authority and USAID".
    joined = [i for i in range(len(words) - 1) if words[i][0] in heads and words[i + 1][0] in _AND]
    if joined:
        words = words[: joined[0] + 1]
    if len(words) < 2 or words[0][0] in CONNECTORS or words[-1][0] not in heads:
        return None  # a head alone is a kind, not a name: "the Palestinian Authority"
    start = words[0][1] - len(words[0][0])
    return " ".join(word for word, _ in words), start, words[-1][1]


def _stands_alone(text: str, start: int, owner: str) -> bool:
    """Whether a demonym or bare country name before a name is that name's country.

    Not inside a longer name ("Royal Canadian Mounted Police"), a compound ("U.S.-India
    Business Council") or a U.S. state's name ("Georgia Emergency Management Agency").
    """
    if owner in _STATE_NAMESAKES or text[start - 1 : start] in ("-", "–", "—"):
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return before is None or not before.group(1)[:1].isupper() or before.group(1) in _ARTICLES


def head_last_bodies(
    doc: Doc,
    text: str,
    countries: Countries,
    stop: frozenset[str],
    heads: frozenset[str],
    known_ends: frozenset[int] = frozenset(),
    head_chars: Sequence[int] | None = None,
) -> list[Candidate]:
    """Bodies written "<country>'s <Name> <Head>" or "<Demonym> <Name> <Head>".

    Args:
        doc: The Doc, with its ``countries`` span group.
        text: The Doc's text.
        countries: The Doc's country spans by offsets.
        stop: Words that end a name.
        heads: Government head words.
        known_ends: Token ends of the bodies found otherwise: a name that ends as one
            does is that body, read by the other rules ("Georgia National Guard" is a
            U.S. unit, "the Costa Rican Coast Guard" the gazetteer's "Coast Guard" of
            Costa Rica).
        head_chars: Offsets of the head words no other body holds; only the mentions
            that end shortly before one are read (all mentions when None).

    Returns:
        One candidate per body, spanning the owner and the name (rank 2: any other
        reading of the same tokens wins).
    """
    found: list[Candidate] = []
    strings = doc.vocab.strings
    # Compared as hashes: most country mentions are ruled out before any string is read.
    owner_forms = {strings.add(form) for form in _OWNER_FORMS}
    usa = strings.add("USA")
    index = countries.index
    starts, ends, spans = index.starts, index.ends, index.spans
    if head_chars is None:
        near: Iterable[int] = range(len(spans))
    else:  # the mentions that start within reach before a head
        near = sorted(
            {
                at
                for head in head_chars
                for at in range(bisect_left(starts, head - _REACH), bisect_left(starts, head))
            }
        )
    country_starts: frozenset[int] | None = None  # made for the first owner read
    for at in near:
        owner, end = spans[at], ends[at]
        possessive = text.startswith(_POSSESSIVES, end)
        if possessive:
            end += 2
        if text[end : end + 1] != " " or not text[end + 1 : end + 2].isupper():
            continue  # "U.S.-Japan", "Kenya's president"
        if owner.id not in owner_forms or owner.kb_id == usa:
            continue  # U.S. bodies are the gazetteer's: "U.S. Coast Guard and U.S. Navy"
        if not possessive and not _stands_alone(text, owner.start_char, owner.text):
            continue
        if country_starts is None:
            country_starts = frozenset(starts)
        named = read_head_last(text, end, stop, heads, country_starts)
        if named is None:
            continue
        name, _, name_end = named
        span = doc.char_span(owner.start_char, name_end, alignment_mode="expand")
        if span is None:
            continue
        if span.end in known_ends:
            continue  # another rule's body ends there: "Georgia National Guard" is a U.S. unit
        if possessive:  # two countries' "Revenue Authority" are two bodies
            name = f"{name} of {with_article(country_name(owner))}"
        else:  # "Philippine Space Agency", "Ghana Civil Aviation Authority"
            name = text[owner.start_char : name_end]
        found.append(Candidate(span.start, span.end, Body(name, "agency", owner.kb_id_), RULE, 2))
    return found
