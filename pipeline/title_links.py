"""Titles written alone, linked to the people they stand for, within one release.

The alias linker (:mod:`pipeline.components.aliases`) asks :func:`link_titles` once it has
the release's canonical names: "the Secretary" after "Agriculture Secretary Tom Vilsack" is
Vilsack; a title with its own "of ..." phrase must match word for word.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from .name_shapes import title_case
from .people_lexicon import NEUTRAL_MODIFIERS, TitleLexicon


def link_titles(
    doc: Doc, text: str, titles: list[Span], canonical: dict[str, str], lexicon: TitleLexicon
) -> list[Span]:
    """Titles alone linked to the one person their office names, with the canonical names.

    "the Secretary" after "Agriculture Secretary Tom Vilsack"; of two people with one
    office, the one whose title it opens or of its country (:func:`_one_of`).
    """
    strings = doc.vocab.strings
    seen: list[tuple[str, str, str]] = []  # (office key, title words, person)
    countries: dict[str, str] = {}  # person -> country of their first title that has one
    linked = []
    for title in titles:
        written = text[title.start_char : title.end_char]
        key, words = lexicon.title_key(written), _office(written)
        if title.kb_id:
            name = title.kb_id_
            person = canonical.get(name, name)
            seen.append((key, words, person))
            if title.id:
                countries.setdefault(person, title.id_)
            linked.append(with_kb(title, strings.add(person)) if person != name else title)
            continue
        with_phrase = " of " in words or " for " in words
        people = {p for k, w, p in seen if k == key and (not with_phrase or w == words)}
        if len(people) > 1:
            people = _one_of(seen, key, words, title.id_, countries) or people
        if len(people) == 1:
            person = people.pop()
            country = title.id or strings.add(countries.get(person, ""))
            title = with_kb(title, strings.add(person), country)
        linked.append(title)
    return linked


def _one_of(
    seen: list[tuple[str, str, str]], key: str, words: str, country: str, countries: dict[str, str]
) -> set[str]:
    """Of several people with a title's office, the one it names plainly, if any.

    "the Cabinet Secretary" is the one whose title it opens ("Cabinet Secretary for
    Agriculture"), not the "Agriculture Secretary"; a bare "the Secretary" of the home
    country the home country's.
    """
    opening = {p for k, w, p in seen if k == key and (w == words or w.startswith(words + " "))}
    if len(opening) == 1:
        return opening
    return {p for k, _, p in seen if k == key and country and countries.get(p) == country}


@lru_cache(maxsize=4096)
def _office(title: str) -> str:
    """A title's words without neutral modifiers, for comparing "of ..." titles."""
    words = (title_case(title) if title.isupper() else title).split()
    return " ".join(w for w in words if w not in NEUTRAL_MODIFIERS).lower()


def with_kb(span: Span, kb_id: int, span_id: int | None = None) -> Span:
    """The span, given another ``kb_id`` (and ``id``) as hashes, in place.

    The alias linker renames the spans the people recognizer wrote and then writes the
    groups again: setting the hashes on the Span objects spares making each anew (a Span
    reads three Tokens to find its offsets). A span group keeps copies of its spans, so
    the group a span was read from changes only when it is written again.
    """
    if span.kb_id != kb_id:
        span.kb_id = kb_id
    if span_id is not None and span.id != span_id:
        span.id = span_id
    return span
