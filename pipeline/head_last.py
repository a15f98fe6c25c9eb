"""Another country's body named head last: "Kenya's National Environment Management Authority".

The agency patterns read a name after a trigger ("Ministry of| Health"); many bodies of
other governments are written the other way round, the country first and the kind of
body last: "Peru's National Forest and Wildlife Service", "the Philippine Space Agency",
"Colombia's National Planning Department". :func:`head_last_bodies` reads them after a
country's possessive or demonym (a bare country name is left alone: "Georgia National
Guard" is a U.S. state's unit), as a run of capitalised words that ends on a government
head word ("Service", "Agency", "Authority") and stops before a title ("... Agency
Director General Joel Marciano") or at a mark, or on the last head before "and"
("... Authority and USAID"). A run that goes on past its last head ("American Farm
Bureau Federation") is no body, nor a head alone ("the Palestinian Authority").

The canonical name is the body's own: the name without the possessive ("National
Environment Management Authority", the country in the entity's ``country``), or with its
demonym, which such names carry ("Philippine Space Agency", "Lebanese Armed Forces").
Unlike a U.S. body's name after another country ("Mexico's National Guard", see
:func:`pipeline.components.agencies._foreign_namesake`), these names are no gazetteer
body's, so they need no "of <country>" to tell them apart.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence

from spacy.tokens import Doc

from .agency_data import Body
from .agency_spans import Candidate
from .agency_text import CONNECTORS, Countries

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


def read_head_last(
    text: str, char: int, stop: frozenset[str], heads: frozenset[str]
) -> tuple[str, int, int] | None:
    """The body's name that starts after ``char`` and ends on a head word, and its offsets.

    Args:
        text: The release text.
        char: Where the owner ends (after its "'s").
        stop: Words that end a name (titles, title-case verbs).
        heads: Government head words; the name's last word must be one.

    Returns:
        The name, its start and end offsets; None when the run does not end on a head.
    """
    words: list[tuple[str, int]] = []
    position = char
    while len(words) < _MAX_WORDS:
        match = _STEP.match(text, position)
        if match is None:
            break
        word = match.group(1)
        core = word[:-1] if word.endswith(".") and word.count(".") == 1 else word
        if core.split("-")[0] in stop or core.endswith(("'s", "’s")):
            break  # "... Agency Director General", "... Authority's"
        words.append((core, match.start(1) + len(core)))
        position = match.end()
        if core != word:
            break  # the period ended the sentence
    while words and words[-1][0] in CONNECTORS:
        words.pop()
    if len(words) < 2 or words[0][0] in CONNECTORS:
        return None  # a head alone is a kind, not a name: "the Palestinian Authority"
    if words[-1][0] not in heads:
        # "Kenya's National Environment Management Authority and USAID": the name ends
        # on the last head that "and" follows.
        ends = [
            i for i in range(len(words) - 1) if words[i][0] in heads and words[i + 1][0] in _AND
        ]
        if not ends:
            return None
        words = words[: ends[-1] + 1]
    start = words[0][1] - len(words[0][0])
    return " ".join(word for word, _ in words), start, words[-1][1]


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
    for at in near:
        owner, end = spans[at], ends[at]
        possessive = text.startswith(_POSSESSIVES, end)
        if possessive:
            end += 2
        if text[end : end + 1] != " " or not text[end + 1 : end + 2].isupper():
            continue  # "U.S.-Japan", "Kenya's president"
        if owner.id not in owner_forms or owner.kb_id == usa:
            continue  # U.S. bodies are the gazetteer's: "U.S. Coast Guard and U.S. Navy"
        named = read_head_last(text, end, stop, heads)
        if named is None:
            continue
        name, _, name_end = named
        span = doc.char_span(owner.start_char, name_end, alignment_mode="expand")
        if span is None:
            continue
        if span.end in known_ends:
            continue  # another rule's body ends there: "Georgia National Guard" is a U.S. unit
        if not possessive:  # "Philippine Space Agency", "Ghana Civil Aviation Authority"
            name = text[owner.start_char : name_end]
        found.append(Candidate(span.start, span.end, Body(name, "agency", owner.kb_id_), RULE, 2))
    return found
