"""U.S. bodies' names that stand for another body: another country's, or a longer name.

A gazetteer name of a U.S. agency that says nothing of the U.S. ("National Guard",
"Geological Survey") names another country's body after that country's possessive or
demonym, or before "of" and it (:func:`foreign_namesake`); "Department" may open a longer
name of a state's body ("the Washington State Department of Ecology",
:func:`starts_longer_name`). :mod:`pipeline.components.agencies` asks these of each
gazetteer match.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .agency_data import Body
from .agency_spans import Candidate
from .agency_text import Countries, country_name, with_article

#: Tokens before a body's name that name no other country: a U.S. body, or an article.
_NOT_OWNERS = frozenset(
    {"U.S.", "US", "USA", "America", "American", "States", "The", "THE", "This", "A", "An"}
)
#: Words that make a written name a U.S. body whatever precedes it.
_US_WORDS = re.compile(r"\b(?:U\.S\.|United States|American|Federal|USA)\b")


def foreign_namesake(
    doc: Doc, text: str, countries: Countries, start: int, end: int, target: Body, role: str
) -> Candidate | None:
    """Another country's body of a U.S. body's name ("Mexico's National Guard").

    A gazetteer name of a U.S. agency that says nothing of the U.S. ("National Guard",
    "Department of Justice") after another country's possessive or demonym is that
    country's body: "National Guard of Mexico", from the country on; so is one followed
    by "of" and another country ("Geological Survey of India"). A bare name before it is
    a U.S. state's or territory's unit ("the Georgia National Guard").
    """
    if role not in ("name", "single") or target.country != "USA" or target.kind != "agency":
        return None
    last = doc[end - 1]
    first, last_char = doc[start].idx, last.idx + len(last)
    written = text[first:last_char]
    before = doc[start - 1].text if start else ""
    possessive = before in ("'s", "’s")
    if before in _NOT_OWNERS or not (before[:1].isupper() or possessive):
        owner = None  # most are "the National Guard" or "U.S. Department of State"
    else:
        owner = countries.before(text, first)
    if owner is not None and owner.kb_id_ not in ("", "USA") and not _US_WORDS.search(written):
        if owner.id_ != "demonym" and not possessive:
            return None  # "the Georgia National Guard", "Puerto Rico National Guard": U.S. units
        body = Body(f"{written} of {with_article(country_name(owner))}", "agency", owner.kb_id_)
        return Candidate(owner.start, end, body, "foreign_namesake")
    after = countries.after_of(text, last_char) if text.startswith(" of ", last_char) else None
    if after is None or after.kb_id_ in ("", "USA") or _US_WORDS.search(written):
        return None
    body = Body(f"{written} of {with_article(country_name(after))}", "agency", after.kb_id_)
    return Candidate(start, after.end, body, "foreign_namesake")


def starts_longer_name(doc: Doc, end: int) -> bool:
    """Whether a name ending in "Department" runs on as another body's ("... of Ecology")."""
    return (
        doc[end - 1].text == "Department"
        and end + 1 < len(doc)
        and doc[end].text == "of"
        and doc[end + 1].text[:1].isupper()
    )
