"""Another country's body named head first, its country after "of".

"The Federal Aviation Administration and the Civil Aviation Authority of Singapore
signed": the gazetteer knows the FAA, no pattern starts with "Civil", and "Singapore"
alone stood for the other party. :func:`head_of_bodies` reads a run of capitalised words
that ends on a government head word ("Authority", "Service", "Survey") right before "of
(the) <country>", and names the body as written with its country: "Civil Aviation
Authority of Singapore". The run stops at a word of the name stop list (titles:
"Director General of the Civil Aviation Authority of Singapore" is a title, then the
body), at "the" and at anything not capitalised. A head alone ("the Police of Kenya") is
no name, and the U.S. bodies are the gazetteer's. Later mentions of such a body by its
name without the country ("Chairman of the National Bank" after "the National Bank of the
Kyrgyz Republic") are that body (:func:`short_mentions`).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

from .agency_data import Body
from .agency_spans import Candidate
from .agency_text import Countries, country_name, find_words, with_article

RULE = "head_of"
SHORT_RULE = "head_of_short"
#: Most words of a name before its head.
_MAX_WORDS = 6


def head_of_bodies(
    doc: Doc, text: str, countries: Countries, stop: frozenset[str], heads: Iterable[int]
) -> list[Candidate]:
    """Bodies written "<Name> <Head> of <country>".

    Args:
        doc: The Doc, with its ``countries`` span group.
        text: The Doc's text.
        countries: The Doc's country spans by offsets.
        stop: Words that end a name (titles, "Minister").
        heads: Token indices of the government head words no other body holds.

    Returns:
        One candidate per body, from its first word to the country's end (rank 2: any
        other reading of the same tokens wins).
    """
    found: list[Candidate] = []
    for head in heads:
        word = doc[head]
        end_char = word.idx + len(word)
        country = countries.after_of(text, end_char) if text.startswith(" of ", end_char) else None
        if country is None or country.kb_id_ in ("", "USA"):
            continue
        start = head
        while start > 0 and head - start < _MAX_WORDS and _name_word(doc[start - 1].text, stop):
            start -= 1
        if start == head:
            continue  # a head alone
        written = text[doc[start].idx : end_char]
        name = f"{written} of {with_article(country_name(country))}"
        found.append(Candidate(start, country.end, Body(name, "agency", country.kb_id_), RULE, 2))
    return found


def _name_word(text: str, stop: frozenset[str]) -> bool:
    """A capitalised word that may stand in a body's name before its head."""
    return text[:1].isupper() and text.replace("-", "").isalpha() and text not in stop


def short_mentions(doc: Doc, text: str, bodies: list[Candidate]) -> list[Candidate]:
    """Later mentions of bodies found head first, by their names without "of <country>".

    Args:
        doc: The Doc.
        text: The Doc's text.
        bodies: The candidates :func:`head_of_bodies` gave.

    Returns:
        One candidate per later mention of two words or more (rank 3: any other reading
        of the same tokens wins).
    """
    found: list[Candidate] = []
    for body in bodies:
        written = body.body.canonical.split(" of ")[0]
        if " " not in written:
            continue
        after = doc[body.end - 1].idx
        for at, end, _ in find_words(text, [written]):
            # Not another country's body of the name ("... of Fiji"); a capitalised word
            # after it may be a holder's name ("the National Bank Melis Turgunbaev").
            if at < after or text[end : end + 4] in (" of ", " Of "):
                continue
            span = doc.char_span(at, end)
            if span is not None:
                found.append(Candidate(span.start, span.end, body.body, SHORT_RULE, 3))
    return found
