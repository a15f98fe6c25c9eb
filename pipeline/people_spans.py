"""The spans and entity attributes of the people and titles a release names.

What :class:`pipeline.people_finder.PeopleFinder` found is written here, for the
``undersigned_people`` component (:mod:`pipeline.components.people`, whose docstring
describes the span groups and attributes).
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span

from .extensions import PEOPLE, TITLES, doc_text, entity_key, merge_entity_attrs, set_spans
from .mentions import Mention
from .name_shapes import title_case
from .title_context import TitleHit


def _title_as_written(text: str, hit: TitleHit) -> str:
    title = " ".join(text[hit.start : hit.end].split())
    title = title_case(title) if title.isupper() else title
    if hit.entry.plural_form:
        title = title.replace(hit.entry.plural, hit.entry.title)
    return title


def write_people(doc: Doc, mentions: list[Mention], alone: list[TitleHit]) -> None:
    """Write the spans and entity attributes found by :meth:`PeopleFinder.find`.

    Args:
        doc: The Doc.
        mentions: People found, in text order, not overlapping.
        alone: Titles found without a person.
    """
    text, strings = doc_text(doc), doc.vocab.strings
    person, title_label = strings.add("PERSON"), strings.add("TITLE")
    name_form = strings.add("name")
    people: list[Span] = []
    titles: dict[int, Span] = {}
    attrs: dict[str, dict[str, Any]] = {}
    # A release names the same few people and countries many times: each distinct
    # string is normalised and hashed once.
    names: dict[str, tuple[str, int]] = {}
    hashes: dict[str, int] = {}
    for mention in mentions:
        known_name = names.get(mention.name)
        if known_name is None:
            name = " ".join(mention.name.split())
            known_name = names[mention.name] = (name, strings.add(name))
        name, key = known_name
        span = doc.char_span(
            mention.start,
            mention.end,
            person,
            kb_id=key,
            span_id=name_form,
            alignment_mode="expand",
        )
        if span is None:
            continue  # white space only; the finder never gives such a range
        people.append(span)
        known = attrs.get(name)
        if known is None:
            known = attrs[name] = {"title": None, "country": None, "agency": None}
        for hit in mention.titles:
            title = _title_as_written(text, hit)
            if len(title) > len(known["title"] or ""):
                known["title"] = title
            known["country"] = known["country"] or hit.country or None
            known["agency"] = known["agency"] or hit.agency
            _add_title(doc, titles, hit, title_label, key, hashes)
    for hit in alone:
        _add_title(doc, titles, hit, title_label, 0, hashes)
    set_spans(doc, PEOPLE, people)
    set_spans(doc, TITLES, [titles[start] for start in sorted(titles)])
    if attrs:
        merge_entity_attrs(
            doc, {entity_key("PERSON", name): values for name, values in attrs.items()}
        )


def _add_title(
    doc: Doc,
    titles: dict[int, Span],
    hit: TitleHit,
    label: int,
    person: int,
    hashes: dict[str, int],
) -> None:
    """Add the TITLE span of a hit, unless one starts there already (the first wins).

    ``hashes`` keeps the country codes hashed so far (code -> hash).
    """
    if hit.start in titles:
        return
    country = hashes.get(hit.country)
    if country is None:
        country = hashes[hit.country] = doc.vocab.strings.add(hit.country)
    span = doc.char_span(
        hit.start, hit.end, label, kb_id=person, span_id=country, alignment_mode="expand"
    )
    if span is not None:
        titles[hit.start] = span
