"""Acronyms a release defines ("National Space Science Agency (NSSA)") and their mentions.

The agency recognizer (:mod:`pipeline.components.agencies`) hands its candidates here
after the gazetteer, the patterns and the head-first and head-last readers have run. A
definition whose long form is a candidate already (or spells the acronym out in words
that look like a government body) gives that body the acronym; the release's later
mentions of a new acronym become candidates too, and its own meaning of an acronym
overrides the gazetteer's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span

from .acronyms import long_form, spells
from .agency_data import Body
from .agency_spans import Candidate
from .agency_text import CONNECTORS, Countries, find_words
from .pickling import dataclass_reduce

#: "(NSSA)", "(MoFA)", "(CBPs)": a bracketed acronym right after its long form.
DEFINITION = re.compile(r"\(([A-Z][A-Za-z&]*[A-Z]s?)\)")


@dataclass(frozen=True)
class AcronymKnowledge:
    """What the gazetteer knows that a definition is read against.

    Args:
        acronyms: Gazetteer acronyms -> index of their body in ``bodies``.
        bodies: The gazetteer's bodies.
        government_heads: Words that make a long form a government body ("Ministry").
        organization_markers: Openings of an international organisation's name.
    """

    acronyms: dict[str, int]
    bodies: list[Body]
    government_heads: frozenset[str]
    organization_markers: tuple[str, ...]

    def classify(self, words: list[str], country: Span | None) -> Body | None:
        """The body of a long form that looks like a government body or organisation."""
        if not self.government_heads.intersection(words):
            return None
        name = " ".join(words)
        if name.startswith(self.organization_markers):
            return Body(name, "organization", None)
        return Body(name, "agency", country.kb_id_ if country is not None else None)

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return dataclass_reduce(self)


def _translated(acronym: str, body: Body) -> bool:
    """Whether an acronym may stand for another country's body in its own language.

    "Mexico's Agency for Safety, Energy and Environment (ASEA)", "the Ministry of Health
    (MINSA)": letters another language spells, which open as the body's name does.
    """
    if body.country in (None, "USA"):
        return False
    words = [w for w in body.canonical.split() if w[:1].isupper()]
    return bool(words) and acronym[0] == words[0][0]


def _definitions(text: str) -> list[re.Match[str]]:
    """``DEFINITION.finditer(text)``, tried only at brackets: a release has a few."""
    found = []
    at = text.find("(")
    while at >= 0:
        match = DEFINITION.match(text, at)
        if match is not None:
            found.append(match)
        at = text.find("(", match.end() if match is not None else at + 1)
    return found


def with_definitions(
    doc: Doc,
    text: str,
    countries: Countries,
    found: list[Candidate],
    known: AcronymKnowledge,
) -> list[Candidate]:
    """``found`` with the long forms and mentions of the acronyms the release defines."""
    definitions = _definitions(text)
    if not definitions:
        return found
    ends: dict[int, Candidate] = {}  # the longest candidate ending at each token
    for candidate in found:
        longest = ends.get(candidate.end)
        if longest is None or candidate.end - candidate.start >= longest.end - longest.start:
            ends[candidate.end] = candidate
    defined: dict[str, Body | None] = {}
    for match in definitions:
        acronym, end = match.group(1), match.start()
        while end and text[end - 1].isspace():
            end -= 1
        bracket = doc.char_span(match.start(), match.start() + 1, alignment_mode="expand")
        before = ends.get(bracket.start) if bracket is not None else None
        before_words = tuple(doc[before.start : before.end].text.split()) if before else ()
        span: Span | None = None  # the long form, when this definition spells one out
        if before is not None and (
            spells(acronym, before_words) or _translated(acronym, before.body)
        ):
            body: Body | None = before.body
        elif (
            spelled := long_form(text, end, acronym, lowercase=acronym in known.acronyms)
        ) is not None:
            start, words = spelled
            if not all(w[0].isupper() for w in words if w not in CONNECTORS):
                body = None  # "maritime domain awareness (MDA)": not a body
            elif acronym in known.acronyms:  # a variant the gazetteer lacks
                body = known.bodies[known.acronyms[acronym]]
            elif known.government_heads.intersection(words):
                body = known.classify(words, countries.before(text, start))
            else:
                body = None  # "Memorandum of Understanding (MOU)": not a body
            span = doc.char_span(start, end, alignment_mode="expand")
        else:
            continue
        if body is not None:
            body = body._replace(acronym=acronym)
            if span is not None:
                found.append(Candidate(span.start, span.end, body, "defined_acronym"))
        defined.setdefault(acronym, body)
    if not defined:
        return found
    # The release's own definition overrides the gazetteer's meaning of an acronym.
    kept = [
        c
        for c in found
        if not (
            c.rule == "gazetteer_acronym"
            and doc[c.start].text in defined
            and getattr(defined[doc[c.start].text], "canonical", None) != c.body.canonical
        )
    ]
    new = sorted(
        acronym
        for acronym, body in defined.items()
        if body is not None and acronym not in known.acronyms
    )
    for start, end, acronym in find_words(text, new) if new else ():
        span, body = doc.char_span(start, end), defined[acronym]
        if span is not None and body is not None:
            kept.append(Candidate(span.start, span.end, body, "defined_acronym_mention"))
    return kept
