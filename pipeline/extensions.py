"""The ``Doc._`` attributes and span-group names that components share.

Everything stored here is serialisable (strings, numbers, lists and dicts of them),
so that Docs cross process boundaries in ``nlp.pipe(n_process=...)`` and DocBin.
"""

from __future__ import annotations

import weakref
from bisect import bisect_left
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, cast

from spacy.tokens import Doc, Span, SpanGroup
from spacy.vocab import Vocab

#: Span groups written by the entity components; each span's ``kb_id_`` holds the
#: normalised value (ISO alpha-3, canonical agency or person name, ISO date).
COUNTRIES = "countries"
AGENCIES = "agencies"
PEOPLE = "people"
TITLES = "titles"
DATES = "dates"
ENTITY_GROUPS = (PEOPLE, COUNTRIES, AGENCIES)

#: Doc attributes: name -> default. Defaults are immutable; components assign new values.
DOC_ATTRIBUTES: dict[str, Any] = {
    # Release metadata, set by the caller before the pipeline runs.
    "release_id": None,  # str
    "title": None,  # str
    "release_date": None,  # ISO "YYYY-MM-DD"
    "dateline": None,  # place named in the dateline ("WASHINGTON") or None
    "publisher": None,  # str
    # Written by components.
    "entity_attrs": None,  # {"PERSON:Kevin K. McAleenan": {"title": ..., "country": ...}}
    "signings": None,  # list of event records (dicts), see pipeline.records
}


_TEXT_KEY = "undersigned.text"
#: Docs whose span lists are kept (:func:`cached_spans`). A cached Span holds its Doc,
#: so the cache is bounded: a batch job would otherwise keep every Doc it read alive.
MAX_CACHED_DOCS = 256


class _SpanLists:
    """Span lists of the Docs seen last, keyed by Doc identity, oldest dropped first."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._entries: OrderedDict[int, tuple[weakref.ref[Doc], dict[str, Any]]] = OrderedDict()
        # A component asks for the same Doc several times in a row: the last entry is
        # returned without touching the order (it is the newest already).
        self._last: tuple[weakref.ref[Doc], dict[str, Any]] | None = None

    def of(self, doc: Doc) -> dict[str, Any]:
        """The Doc's entry: group name -> cached lists (made empty for a new Doc)."""
        last = self._last
        if last is not None and last[0]() is doc:
            return last[1]
        key = id(doc)
        entry = self._entries.get(key)
        if entry is None or entry[0]() is not doc:
            entry = (weakref.ref(doc), {})
            self._entries[key] = entry
            if len(self._entries) > self.size:
                self._entries.popitem(last=False)
        else:
            self._entries.move_to_end(key)
        self._last = entry
        return entry[1]

    def drop(self, doc: Doc) -> None:
        """Forget the Doc's lists."""
        entry = self._entries.get(id(doc))
        if entry is not None and entry[0]() is doc:
            del self._entries[id(doc)]
            # Compared by the lists, not the pair: compiled code may rebuild the pair.
            if self._last is not None and self._last[1] is entry[1]:
                self._last = None


_SPAN_LISTS = _SpanLists(MAX_CACHED_DOCS)


def cached_spans(doc: Doc, group: str) -> list[Span]:
    """The spans of a group as a list, made once per Doc and group.

    Iterating a ``SpanGroup`` builds new Span objects each time; the signing rules look
    at the same groups once per event. The list is made again when the group is
    replaced or grows, or when :data:`MAX_CACHED_DOCS` later Docs have pushed it out.
    """
    groups = _SPAN_LISTS.of(doc)
    current = doc.spans.get(group)
    size = len(current) if current is not None else 0
    cached = groups.get(group)
    if cached is None or cached[0] is not current or cached[1] != size:
        cached = (current, size, list(current) if current is not None else [])
        groups[group] = cached
    return cached[2]


def span_cache(doc: Doc) -> dict[str, Any]:
    """The Doc's entry in the span-list cache, for values derived from its span lists.

    Keys other than group names start with the unit separator (U+001F), which no group
    name holds; the entry goes when the Doc is pushed out or forgotten.
    """
    return _SPAN_LISTS.of(doc)


def spans_between(doc: Doc, group: str, start: int, end: int) -> list[Span]:
    """The group's spans that lie within the token offsets ``[start, end)``, by start.

    The signing rules ask this for every sentence with a trigger; a binary search over
    the spans' starts (sorted once per Doc and group) spares them a pass over thousands of
    country mentions each time.
    """
    spans = cached_spans(doc, group)  # a new list whenever the group changes
    groups = _SPAN_LISTS.of(doc)
    key = f"{group}\x1fby start"
    known = groups.get(key)
    if known is None or known[0] is not spans:
        ordered = sorted(spans, key=lambda span: span.start)
        known = (spans, ordered, [span.start for span in ordered])
        groups[key] = known
    _, ordered, starts = known
    first, last = bisect_left(starts, start), bisect_left(starts, end)
    return [span for span in ordered[first:last] if span.end <= end]


def set_spans(doc: Doc, group: str, spans: list[Span]) -> None:
    """Write a span group and keep its Span objects for :func:`cached_spans`.

    A component that has just built the Spans spares the next reader of the group from
    building them again (which costs about a microsecond per span).
    """
    # Given a SpanGroup, ``doc.spans`` stores it as it is (a list would be made into one by
    # a Python-level helper), and the group need not be looked up again.
    current = SpanGroup(doc, name=group, spans=spans)
    doc.spans[group] = current
    _SPAN_LISTS.of(doc)[group] = (current, len(current), list(spans))


def forget_spans(doc: Doc) -> None:
    """Drop the Doc's cached spans (its span groups may change afterwards)."""
    _SPAN_LISTS.drop(doc)


#: Set while the Docs a pipeline gives are made into records in the same process.
_RECORDS_FOLLOW: ContextVar[bool] = ContextVar("undersigned_records_follow", default=False)


@contextmanager
def records_follow() -> Iterator[None]:
    """Keep each Doc's span lists past the pipeline, for the records made from it next.

    :func:`pipeline.records.doc_records` reads the entity groups from them and then drops
    them. Elsewhere (``nlp(text)``, ``nlp.pipe``) the last component drops
    them, so that a Doc the caller lets go is freed.
    """
    token = _RECORDS_FOLLOW.set(True)
    try:
        yield
    finally:
        _RECORDS_FOLLOW.reset(token)


def pipeline_done(doc: Doc) -> None:
    """The last component is done with the Doc: drop its span lists unless records follow."""
    if not _RECORDS_FOLLOW.get():
        forget_spans(doc)


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per Doc.

    ``Doc.text`` joins every token in Python on each call, which costs an eighth of
    tokenisation; components call this instead.
    """
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.text
        doc.user_data[_TEXT_KEY] = text
    return str(text)


def remember_text(doc: Doc, text: str) -> None:
    """Record the text a Doc was made from, so that :func:`doc_text` need not rebuild it."""
    doc.user_data[_TEXT_KEY] = text


def span_text(span: Span) -> str:
    """``span.text`` sliced from the cached document text instead of joined from tokens."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def register() -> None:
    """Register the ``Doc._`` attributes; safe to call more than once."""
    for name, default in DOC_ATTRIBUTES.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


def _user_data(doc: Doc) -> dict[Any, Any]:
    # spaCy's stubs say str keys; the extension values sit under tuple keys.
    return cast(dict[Any, Any], doc.user_data)


def _user_data_key(name: str) -> tuple[str, str, None, None]:
    # Where spaCy keeps the value of a Doc attribute registered with a default.
    return ("._.", name, None, None)


def _layout_holds() -> bool:
    """Whether ``doc._.<name>`` reads and writes ``doc.user_data[_user_data_key(name)]``."""
    register()
    probe = Doc(Vocab(), words=["probe"])
    probe._.title = "written"
    _user_data(probe)[_user_data_key("publisher")] = "stored"
    return (
        _user_data(probe).get(_user_data_key("title")) == "written"
        and probe._.publisher == "stored"
    )


#: Whether :func:`doc_attr` and :func:`set_doc_attr` may use ``user_data`` directly;
#: checked once, so that another spaCy version's layout falls back to ``doc._``.
_DIRECT = _layout_holds()


def doc_attr(doc: Doc, name: str) -> Any:
    """``doc._.<name>`` for a name of :data:`DOC_ATTRIBUTES`, read without ``doc._``.

    Each ``doc._`` access builds an accessor object (about 1.8 microseconds, ten times
    the lookup); the signing rules read the release date and the entity table per event.
    """
    if _DIRECT:
        return _user_data(doc).get(_user_data_key(name), DOC_ATTRIBUTES[name])
    return getattr(doc._, name)


def set_doc_attr(doc: Doc, name: str, value: Any) -> None:
    """``doc._.<name> = value`` for a name of :data:`DOC_ATTRIBUTES`, without ``doc._``."""
    if _DIRECT:
        _user_data(doc)[_user_data_key(name)] = value
    else:
        setattr(doc._, name, value)


def entity_key(label: str, normalized: str) -> str:
    """Key of an entity in ``doc._.entity_attrs``."""
    return f"{label}:{normalized}"


def entity_attrs(doc: Doc, label: str, normalized: str) -> dict[str, Any]:
    """Attributes recorded for one entity (empty when none were)."""
    table = doc_attr(doc, "entity_attrs") or {}
    return dict(table.get(entity_key(label, normalized), {}))


def entity_attrs_table(doc: Doc) -> dict[str, dict[str, Any]]:
    """All entity attributes of a Doc, keyed by :func:`entity_key`; read it once per Doc.

    Each ``doc._`` access builds a new accessor object, which costs more than the lookup
    itself in a loop over spans.
    """
    return dict(doc_attr(doc, "entity_attrs") or {})


def merge_entity_attrs(doc: Doc, found: dict[str, dict[str, Any]]) -> None:
    """Merge the attributes of several entities (keyed by :func:`entity_key`) at once.

    A known value is never replaced by None; the table is read and written once.
    """
    table = doc_attr(doc, "entity_attrs")
    if not table:  # the first component to record attributes
        set_doc_attr(doc, "entity_attrs", {key: dict(values) for key, values in found.items()})
        return
    table = dict(table)
    for key, values in found.items():
        current = dict(table.get(key, {}))
        for name, value in values.items():
            if value is not None or name not in current:
                current[name] = value
        table[key] = current
    set_doc_attr(doc, "entity_attrs", table)


def set_entity_attrs(doc: Doc, label: str, normalized: str, **values: Any) -> None:
    """Merge attributes of one entity into ``doc._.entity_attrs``, keeping known values."""
    merge_entity_attrs(doc, {entity_key(label, normalized): values})


register()
