"""Within one release, link every mention of a person to one canonical name.

Reads the ``people`` and ``titles`` span groups written by :mod:`.people` and rewrites
them (registered as ``undersigned_aliases``):

- later mentions of a known surname ("McAleenan", "Nemtsov's") become ``PERSON`` spans;
  a given name just before a surname known only alone is taken in ("Mr. Spavor" ...
  "Michael Spavor");
- mentions are clustered: same surname (``nameparser``) with compatible given names
  (same first two letters, or an initial), or a single word that is part of a fuller
  name ("Minister Hill" of "Alexandra Hill Tinoco", "Prime Minister Lee" of "Lee Hsien
  Loong"), or the last words of a fuller name ("Al Owais"). A mention that fits two
  clusters joins the one whose titles it shares, else stays alone. The canonical name
  is the fullest form (most words), and every span's ``kb_id_`` becomes it;
- a title standing alone ("the Secretary", "The Deputy Secretary") gets as ``kb_id_``
  the one person seen before with that office (modifiers such as "Acting" aside; a
  title with its own "of ..." phrase must match the person's title word for word), and
  as ``id_``, when it has none, the country of that person's titles;
- "he", "she" (the configured pronouns) become ``PERSON`` spans with ``id_``
  ``"pronoun"`` when exactly one person is mentioned in the current sentence and the
  ``pronoun_window`` sentences before it (sentences must be set; otherwise pronouns
  are left alone);
- the ``PERSON`` entity attributes of a cluster are merged under its canonical name:
  the longest title, the first known country and agency.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, get_type_hints

import numpy
from nameparser import HumanName
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..errors import Errors, RuleSetError
from ..extensions import PEOPLE, TITLES, doc_text, entity_key
from .people import (
    NEUTRAL_MODIFIERS,
    PARTICLES,
    STOPWORDS_FILE,
    TITLES_FILE,
    TitleLexicon,
    load_lexicon,
    normal_name,
    title_case,
)

PRONOUN = "pronoun"
HONORIFIC_FOLLOWERS = frozenset({"Excellency", "Majesty", "Royal", "Highness"})
DEFAULT_PRONOUNS = ["he", "she", "him", "his", "her"]


@dataclass(frozen=True)
class NameParts:
    """A name split by ``nameparser``, normalised for comparison."""

    name: str
    words: tuple[str, ...]
    surname: str
    given: str

    @property
    def size(self) -> int:
        """Number of words."""
        return len(self.words)


@lru_cache(maxsize=4096)
def written_surname(name: str) -> str:
    """The surname as written ("Hill Tinoco" gives "Tinoco", "King Hussein" "Hussein")."""
    return HumanName(name).last or name.split()[-1]


@lru_cache(maxsize=4096)
def name_parts(name: str) -> NameParts:
    """Split a name; a single word ("Blinken") is a surname, a king's name its own."""
    human = HumanName(name)
    last, first = normal_name(human.last), normal_name(human.first)
    words = tuple(normal_name(name).split())
    if not last:
        return NameParts(name, words, first or (words[-1] if words else ""), "")
    return NameParts(name, words, last, first)


def _given_compatible(one: str, other: str) -> bool:
    if not one or not other:
        return True
    if len(one) == 1 or len(other) == 1:
        return one[0] == other[0]
    return one[:2] == other[:2]


def compatible(short: NameParts, full: NameParts) -> bool:
    """Whether ``short`` can be another mention of the person named ``full``."""
    if short.surname == full.surname and _given_compatible(short.given, full.given):
        return True
    content = [w for w in full.words if len(w) > 1 and w not in PARTICLES]
    if short.size == 1:
        return short.words[0] in content
    # "Al Owais" of "Abdul Rahman Al Owais"; "Moussa Faki" of "Moussa Faki Mahamat".
    return short.size < full.size and short.words in (
        full.words[-short.size:], full.words[:short.size])


def cluster_names(
    names: list[str], title_keys: dict[str, set[str]]
) -> dict[str, str]:
    """Map each name to its cluster's canonical name (the fullest form).

    Args:
        names: Names in the order of their first mention.
        title_keys: Office keys of each name's titles, to settle ambiguous mentions.
    """
    order = {name: index for index, name in enumerate(names)}
    ranked = sorted(order, key=lambda n: (-name_parts(n).size, -len(n), order[n]))
    clusters: list[tuple[NameParts, set[str]]] = []
    canonical: dict[str, str] = {}
    for name in ranked:
        parts, keys = name_parts(name), title_keys.get(name, set())
        matches = [c for c in clusters if compatible(parts, c[0])]
        if len(matches) > 1:
            matches = [c for c in matches if keys & c[1]]
        if len(matches) == 1:
            canonical[name] = matches[0][0].name
            matches[0][1].update(keys)
        elif not matches:
            clusters.append((parts, set(keys)))
            canonical[name] = name
        else:
            canonical[name] = name
    return canonical


class AliasLinker:
    """Link mentions of one person (registered as ``undersigned_aliases``).

    Args:
        nlp: The pipeline.
        name: The component name.
        pronouns: Lower-case pronouns to link ("he", "she", ...); ``[]`` turns it off.
        pronoun_window: How many sentences before the pronoun's own are searched.
    """

    def __init__(self, nlp: Language, name: str, *, pronouns: list[str],
                 pronoun_window: int) -> None:
        self.name = name
        self.pronouns = list(pronouns)
        self.pronoun_window = pronoun_window
        self.lexicon: TitleLexicon | None = None
        self.tokenizer = nlp.tokenizer
        self._hashes: dict[str, tuple[int, ...]] = {}
        words = {p for w in pronouns for p in (w.lower(), w.capitalize())}
        self.pronoun_hashes = numpy.array(
            [nlp.vocab.strings.add(w) for w in sorted(words)], dtype="uint64")
        self.honorific_followers = {nlp.vocab.strings.add(w) for w in HONORIFIC_FOLLOWERS}

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Any]] | None = None,
        *,
        nlp: Language | None = None,
        titles_path: Path | None = None,
        name_stopwords_path: Path | None = None,
    ) -> None:
        """Load the title lexicon (by default that of ``default``) for office keys."""
        self.lexicon = load_lexicon(titles_path, name_stopwords_path)

    def __call__(self, doc: Doc) -> Doc:
        """Rewrite the ``people`` and ``titles`` groups with canonical names; add mentions."""
        if self.lexicon is None:
            raise RuleSetError(Errors.E440.format(name=self.name))
        if PEOPLE not in doc.spans or not len(doc.spans[PEOPLE]):
            return doc
        text = doc_text(doc)
        written = list(doc.spans[PEOPLE])
        people = [s for s in written if s.id_ != PRONOUN]
        titles = list(doc.spans[TITLES]) if TITLES in doc.spans else []
        orth = doc.to_array("ORTH")
        people += self._more_mentions(doc, text, people, orth)
        people.sort(key=lambda s: s.start)
        keys: dict[str, set[str]] = {}
        for title in titles:
            if title.kb_id_:
                keys.setdefault(title.kb_id_, set()).add(
                    self.lexicon.title_key(text[title.start_char:title.end_char]))
        canonical = cluster_names(list(dict.fromkeys(s.kb_id_ for s in people)), keys)
        people = [_with_kb(s, canonical.get(s.kb_id_, s.kb_id_)) for s in people]
        titles = self._link_titles(text, titles, canonical)
        _merge_attrs(doc, [s.kb_id_ for s in written], canonical)
        people += self._pronouns(doc, people, titles, orth)
        doc.spans[PEOPLE] = sorted(people, key=lambda s: s.start)
        doc.spans[TITLES] = titles
        return doc

    def _more_mentions(self, doc: Doc, text: str, people: list[Span],
                       orth: numpy.ndarray) -> list[Span]:
        """Later mentions of known surnames, with a given name just before when new."""
        assert self.lexicon is not None
        surnames: dict[tuple[int, ...], list[NameParts]] = {}
        for span in people:
            key = self._token_hashes(written_surname(span.kb_id_))
            surnames.setdefault(key, []).append(name_parts(span.kb_id_))
        # Found on tokens by the hash of the surname's last token, then checked token by token.
        taken = numpy.zeros(len(doc) + 1, dtype=bool)
        for span in people:
            taken[span.start:span.end] = True
        last = numpy.array([key[-1] for key in surnames], dtype="uint64")
        candidates = numpy.flatnonzero((orth[:, None] == last[None, :]).any(axis=1) & ~taken[:-1])
        found = []
        for index in candidates.tolist():
            for key, known in surnames.items():
                start = index + 1 - len(key)
                if key[-1] != orth[index] or start < 0 or tuple(orth[start:index + 1]) != key:
                    continue
                span = Span(doc, start, index + 1, label="PERSON", kb_id=known[0].name,
                            span_id="name")
                if not any(p.given for p in known):
                    begin = self.lexicon.name_start(text, span.end_char, 2)
                    wider = doc.char_span(begin, span.end_char) if begin is not None else None
                    if wider is not None and wider.start < start:
                        name = " ".join(text[wider.start_char:wider.end_char].split())
                        span = Span(doc, wider.start, wider.end, label="PERSON", kb_id=name,
                                    span_id="name")
                if not taken[span.start:span.end].any():
                    taken[span.start:span.end] = True
                    found.append(span)
                break
        return found

    def _token_hashes(self, phrase: str) -> tuple[int, ...]:
        hashes = self._hashes.get(phrase)
        if hashes is None:
            hashes = self._hashes[phrase] = tuple(t.orth for t in self.tokenizer(phrase))
        return hashes

    def _link_titles(self, text: str, titles: list[Span],
                     canonical: dict[str, str]) -> list[Span]:
        assert self.lexicon is not None
        seen: list[tuple[str, str, str]] = []  # (office key, title words, person)
        countries: dict[str, str] = {}  # person -> country of their first title that has one
        linked = []
        for title in titles:
            written = text[title.start_char:title.end_char]
            key, words = self.lexicon.title_key(written), _office(written)
            if title.kb_id_:
                person = canonical.get(title.kb_id_, title.kb_id_)
                seen.append((key, words, person))
                if title.id_:
                    countries.setdefault(person, title.id_)
                linked.append(_with_kb(title, person))
                continue
            with_phrase = " of " in words or " for " in words
            people = {p for k, w, p in seen if k == key and (not with_phrase or w == words)}
            if len(people) == 1:
                person = people.pop()
                title = _with_kb(title, person, title.id_ or countries.get(person, ""))
            linked.append(title)
        return linked

    def _pronouns(self, doc: Doc, people: list[Span], titles: list[Span],
                  orth: numpy.ndarray) -> list[Span]:
        if not len(self.pronoun_hashes):
            return []
        candidates = numpy.flatnonzero(
            (orth[:, None] == self.pronoun_hashes[None, :]).any(axis=1))
        if not len(candidates):
            return []
        sentence_marks = doc.to_array("SENT_START").astype("int64")
        # Without sentence boundaries only the first token is marked (as a start).
        if not sentence_marks[1:].any():
            return []
        sentence_of = numpy.cumsum(sentence_marks == 1)  # token -> sentence number
        by_sentence: dict[int, set[str]] = {}
        for span in people + [t for t in titles if t.kb_id_]:
            by_sentence.setdefault(int(sentence_of[span.start]), set()).add(span.kb_id_)
        found = []
        for index in candidates.tolist():
            if index + 1 < len(doc) and int(orth[index + 1]) in self.honorific_followers:
                continue  # "His Excellency", "Her Majesty"
            sentence = int(sentence_of[index])
            persons: set[str] = set()
            for previous in range(sentence - self.pronoun_window, sentence + 1):
                persons |= by_sentence.get(previous, set())
            if len(persons) == 1:
                found.append(Span(doc, index, index + 1, label="PERSON",
                                  kb_id=persons.pop(), span_id=PRONOUN))
        return found

    def to_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> None:
        """Save the lexicon as ``titles.jsonl`` and ``name_stopwords.jsonl`` in ``path``."""
        if self.lexicon is None:
            raise RuleSetError(Errors.E440.format(name=self.name))
        self.lexicon.to_disk(Path(path))

    def from_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> AliasLinker:
        """Load the lexicon saved by :meth:`to_disk`."""
        folder = Path(path)
        self.lexicon = load_lexicon(folder / TITLES_FILE, folder / STOPWORDS_FILE)
        return self


@lru_cache(maxsize=4096)
def _office(title: str) -> str:
    """A title's words without neutral modifiers, for comparing "of ..." titles."""
    words = (title_case(title) if title.isupper() else title).split()
    return " ".join(w for w in words if w not in NEUTRAL_MODIFIERS).lower()


def _with_kb(span: Span, kb_id: str, span_id: str | None = None) -> Span:
    span_id = span.id_ if span_id is None else span_id
    if span.kb_id_ == kb_id and span.id_ == span_id:
        return span
    return Span(span.doc, span.start, span.end, label=span.label_, kb_id=kb_id, span_id=span_id)


def _merge_attrs(doc: Doc, names: list[str], canonical: dict[str, str]) -> None:
    """Merge each cluster's ``PERSON`` attributes into its canonical name's entry."""
    table = dict(doc._.entity_attrs or {})
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
    doc._.entity_attrs = table


# spaCy validates the settings of ``nlp.initialize()`` with pydantic, which needs the
# types themselves, not the strings that postponed annotations leave.
AliasLinker.initialize.__annotations__ = get_type_hints(AliasLinker.initialize)


@Language.factory(
    "undersigned_aliases",
    default_config={"pronouns": DEFAULT_PRONOUNS, "pronoun_window": 1},
)
def make_alias_linker(
    nlp: Language, name: str, pronouns: list[str], pronoun_window: int
) -> AliasLinker:
    """Build the alias linker (registered as ``undersigned_aliases``)."""
    return AliasLinker(nlp, name, pronouns=pronouns, pronoun_window=pronoun_window)
