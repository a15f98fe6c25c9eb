"""Within one release, link every mention of a person to one canonical name.

The work of the ``undersigned_aliases`` component (:mod:`pipeline.components.aliases`,
whose docstring says what it writes): later mentions of known surnames, clusters of
mentions under a canonical name, titles that stand alone linked to their person, and
pronouns of the one person in view.

Name parsing and clustering are :mod:`pipeline.names`. The span groups are read with
:func:`pipeline.extensions.cached_spans` (:mod:`pipeline.components.people` leaves its
Span objects there), surnames are searched in the text, and a pronoun's sentence is found
by a binary search over the sentence starts, so that Python works per mention, not per
token.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any, NamedTuple

from spacy.tokens import Doc, Span

from .extensions import (
    PEOPLE,
    TITLES,
    cached_spans,
    doc_attr,
    doc_text,
    entity_key,
    set_doc_attr,
    set_spans,
)
from .names import NameParts, cluster_names, name_parts, written_surname
from .people_lexicon import TitleLexicon
from .phrases import PhraseIndex
from .title_context import SpanContext
from .title_links import link_titles, with_kb


class AliasSettings(NamedTuple):
    """What the linker reads besides the lexicon.

    Attributes:
        phrases: The pipeline's shared phrase index, holding the pronouns.
        namespace: The pronouns' namespace in ``phrases``: each pronoun under its own key
            (the word), and "His Excellency" and the like under ``honorific_key``.
        pronoun_genders: The hash of each pronoun's key -> ``"m"``, ``"f"`` or ``""``.
        honorific_key: The hash of the key of the honorifics, which are no pronouns.
        labels: Hashes of ``PERSON``, ``"name"`` and ``"pronoun"``.
        pronoun_window: How many sentences before the pronoun's own are searched.
    """

    phrases: PhraseIndex
    namespace: str
    pronoun_genders: dict[int, str]
    honorific_key: int
    labels: tuple[int, int, int]
    pronoun_window: int


def link_aliases(doc: Doc, lexicon: TitleLexicon, settings: AliasSettings) -> None:
    """Rewrite the ``people`` and ``titles`` groups with canonical names; add mentions."""
    written = cached_spans(doc, PEOPLE)
    if not written:
        return
    text, strings = doc_text(doc), doc.vocab.strings
    pronoun_form = settings.labels[2]
    people = [s for s in written if s.id != pronoun_form]
    titles = cached_spans(doc, TITLES)
    people += _more_mentions(doc, text, people, lexicon, settings.labels)
    people.sort(key=lambda s: s.start)
    keys: dict[str, set[str]] = {}
    for title in titles:
        if title.kb_id:
            keys.setdefault(title.kb_id_, set()).add(
                lexicon.title_key(text[title.start_char : title.end_char])
            )
    canonical = cluster_names(list(dict.fromkeys(s.kb_id_ for s in people)), keys)
    renamed = {
        strings[name]: strings.add(name_as)
        for name, name_as in canonical.items()
        if name != name_as
    }
    if renamed:
        # The names as written, read before the spans are renamed in place.
        _merge_attrs(doc, [s.kb_id_ for s in written], canonical)
        people = [with_kb(s, renamed.get(s.kb_id, s.kb_id)) for s in people]
    if renamed or any(not t.kb_id for t in titles):
        titles = link_titles(doc, text, titles, canonical, lexicon)
    people += _pronouns(doc, text, people, titles, lexicon, settings)
    set_spans(doc, PEOPLE, sorted(people, key=lambda s: s.start))
    set_spans(doc, TITLES, titles)


def _more_mentions(
    doc: Doc, text: str, people: list[Span], lexicon: TitleLexicon, labels: tuple[int, int, int]
) -> list[Span]:
    """Later mentions of known surnames, with a given name just before when new.

    Surnames are found in the text; each end of one is read once, with the first
    surname (in order of mention) that ends there.
    """
    surnames: dict[str, list[NameParts]] = {}
    for name in dict.fromkeys(s.kb_id_ for s in people):
        surnames.setdefault(written_surname(name), []).append(name_parts(name))
    # Most hits fall inside a name already found ("Secretary Blinken"): they are
    # dropped by character offsets before any span is made.
    starts = [s.start_char for s in people]
    ends = [s.end_char for s in people]
    hits = sorted(
        (end, order, start, surname)
        for order, surname in enumerate(surnames)
        for start, end in phrase_hits(text, surname)
    )
    taken = bytearray(len(doc) + 1)  # 1 for the tokens of a name found
    for known_span in people:
        taken[known_span.start : known_span.end] = b"\x01" * len(known_span)
    person_label, name_form, _ = labels
    strings = doc.vocab.strings
    found, last_end = [], -1
    bodies: SpanContext | None = None  # read only for a hit outside the known names
    for end, _, start, surname in hits:
        if end == last_end:
            continue
        last_end = end
        before = bisect_right(starts, end - 1) - 1
        if before >= 0 and ends[before] >= end:
            continue  # the last word is part of a name already found
        if bodies is None:
            bodies = SpanContext.of(doc)
        # A surname inside a longer country or agency name is not the person ("Sri
        # Lanka" after a "Sir Lanka" typo); one that is the whole name may be ("Jordan").
        if bodies.inside_other(start, end):
            continue
        known = surnames[surname]
        # The full name if it is written out ("Hossam Bahgat"), else the surname.
        written: Span | None = None
        for parts in known:
            begin = end - len(parts.name)
            if (
                len(parts.name) > len(surname)
                and text.endswith(parts.name, 0, end)
                and (not begin or not text[begin - 1].isalnum())
            ):
                written = doc.char_span(
                    begin, end, person_label, kb_id=strings.add(parts.name), span_id=name_form
                )
                if written is not None:
                    break
        if written is None:
            written = doc.char_span(
                start, end, person_label, kb_id=strings.add(known[0].name), span_id=name_form
            )
        if written is None or taken[written.end - 1]:
            continue  # not on token boundaries, or part of a name already found
        span = written
        if not any(p.given for p in known):
            span = _with_given_name(doc, text, span, lexicon)
        if taken.find(1, span.start, span.end) < 0:
            taken[span.start : span.end] = b"\x01" * len(span)
            found.append(span)
    return found


def _with_given_name(doc: Doc, text: str, span: Span, lexicon: TitleLexicon) -> Span:
    """The span widened to a given name just before it ("Michael Spavor"), if any."""
    begin = lexicon.names.name_start(text, span.end_char, 2)
    wider = doc.char_span(begin, span.end_char) if begin is not None else None
    if wider is None or wider.start >= span.start:
        return span
    name = " ".join(text[wider.start_char : wider.end_char].split())
    return Span(doc, wider.start, wider.end, label=span.label, kb_id=name, span_id=span.id)


def _pronouns(
    doc: Doc,
    text: str,
    people: list[Span],
    titles: list[Span],
    lexicon: TitleLexicon,
    settings: AliasSettings,
) -> list[Span]:
    """Pronouns of the one person mentioned in their sentence or the window before it."""
    matches = settings.phrases.matches(doc, settings.namespace)
    honorific_key = settings.honorific_key
    # "His Excellency", "Her Majesty" are honorifics, not pronouns.
    honorifics = {start for key, start, _ in matches if key == honorific_key}
    candidates = sorted(
        (start, key)
        for key, start, _ in matches
        if key != honorific_key and start not in honorifics
    )
    if not candidates:
        return []
    sentence_marks = doc.to_array("SENT_START")
    # A token's sentence number is the count of sentence starts up to it.
    starts = (sentence_marks == 1).nonzero()[0].tolist()
    # Without sentence boundaries only the first token is marked (as a start); with
    # two starts or more they are set, and the other marks need not be read.
    if len(starts) < 2 and not sentence_marks[1:].any():
        return []
    mentioned = people + [t for t in titles if t.kb_id]
    # "Vice Premier He Lifeng": a pronoun's word inside a name is the name's.
    named = {i for span in people for i in range(span.start, span.end)}
    spans_of: dict[int, list[Span]] = {}
    # The people each sentence names, with where each is first named in it.
    first_in: dict[int, dict[int, int]] = {}
    for span in mentioned:
        start, person = span.start, span.kb_id  # each a call into spaCy: read once
        named_at = first_in.setdefault(bisect_right(starts, start), {})
        named_at[person] = min(named_at.get(person, start), start)
        spans_of.setdefault(person, []).append(span)
    genders: dict[int, str] = {}
    person_label, _, pronoun_form = settings.labels
    found = []
    for index, key in candidates:
        if index in named:
            continue
        sentence = bisect_right(starts, index)
        persons: set[int] = set()
        for previous in range(sentence - settings.pronoun_window, sentence):
            persons.update(first_in.get(previous, ()))
        # In its own sentence, only those named before it ("He signed ... with
        # Minister Claudia Centurion": not her), unless it opens the sentence's only
        # mention of anyone ("After he arrived, Secretary Tom Ash signed").
        here = first_in.get(sentence, {})
        before = {person for person, at in here.items() if at < index}
        persons |= before if before or persons else set(here)
        if len(persons) != 1:
            continue
        person = persons.pop()
        wanted = settings.pronoun_genders[key]
        if wanted and person not in genders:
            genders[person] = _gender(text, spans_of[person], lexicon, person_label)
        if wanted and genders[person] not in ("", wanted):
            continue  # "she" of a person called "Mr.", "King"
        found.append(
            Span(doc, index, index + 1, label=person_label, kb_id=person, span_id=pronoun_form)
        )
    return found


def _gender(text: str, spans: list[Span], lexicon: TitleLexicon, person_label: int) -> str:
    """A person's gender when their honorifics and titles say one, and only one."""
    said = set()
    for span in spans:
        if span.label == person_label:
            said.add(lexicon.gender_before(text, span.start_char))
        else:
            said.add(lexicon.title_gender(text[span.start_char : span.end_char]))
    said.discard("")
    return said.pop() if len(said) == 1 else ""


def phrase_hits(text: str, phrase: str) -> list[tuple[int, int]]:
    """Offsets of ``phrase`` in ``text`` as a whole word or words ("Nasser" in "Nasser's")."""
    found, size, at = [], len(phrase), text.find(phrase)
    while at >= 0:
        end = at + size
        if (not at or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            found.append((at, end))
        at = text.find(phrase, at + 1)
    return found


def _merge_attrs(doc: Doc, names: list[str], canonical: dict[str, str]) -> None:
    """Merge each cluster's ``PERSON`` attributes into its canonical name's entry."""
    table = dict(doc_attr(doc, "entity_attrs") or {})
    merged: dict[str, dict[str, Any]] = {}
    for name in dict.fromkeys(names):
        values = table.get(entity_key("PERSON", name))
        target = canonical.get(name, name)
        if values is None:
            continue
        current = merged.setdefault(target, {"title": None, "country": None, "agency": None})
        if len(values.get("title") or "") > len(current["title"] or ""):
            current["title"] = values["title"]
        for field in ("country", "agency"):
            current[field] = current[field] or values.get(field)
        if target != name:
            del table[entity_key("PERSON", name)]
    for target, values in merged.items():
        table[entity_key("PERSON", target)] = values
    set_doc_attr(doc, "entity_attrs", table)
