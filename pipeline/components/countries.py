"""Country mentions: names, abbreviations, demonyms and "the Government of X".

Writes ``doc.spans["countries"]``: label ``COUNTRY``, ``kb_id_`` the ISO alpha-3 code,
``id_`` the form of the mention: ``"name"`` ("El Salvador", "ROK", "U.S."), ``"demonym"``
("Salvadoran") or ``"government"`` ("Government of El Salvador", "Salvadoran Government";
the leading "the" is left out). In "the Governments of A, B and C" the government form
distributes: A's span starts at "Governments"; B and C, spans of their names alone, are
marked ``"government"`` too (likewise "the A and B Governments").

The forms come from the gazetteer ``countries.jsonl`` (see :mod:`pipeline.gazetteer`).
The pipeline's shared ``PhraseMatcher`` (:mod:`pipeline.phrases`) matches them
case-sensitively on whole tokens, so "Niger" never matches inside "Nigeria" and "us"
never matches "US"; it also matches the government phrases built from them. Overlapping
matches keep the longest ("Papua New Guinea" over "Guinea"); a blocked phrase of the
gazetteer ("Latin America", "New Mexico") wins like any match and then yields nothing. A
few one-word forms are decided by context, each by a rule of
:mod:`pipeline.country_context`: Georgia (the U.S. state), Jordan, Chad, Holland, Welsh
(people's names), Turkey (the bird) and US (the pronoun in capitals). Only matches are
looked at in Python.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from operator import itemgetter
from pathlib import Path
from typing import Any, NamedTuple, get_type_hints

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..country_context import (
    CONTEXT_RULES,
    is_georgia_us_state,
    is_person_name,
    is_pronoun_us,
    is_turkey_the_bird,
)
from ..country_mentions import (
    GOVERNMENT,
    country_spans,
    glued_matches,
    longest_first,
    mention_spans,
    spread_governments,
    without_rejected,
)
from ..errors import Errors, RuleSetError
from ..extensions import COUNTRIES, doc_text, set_spans
from ..phrases import phrase_index
from ..rules import DEFAULT_RULES_FOLDER, read_jsonl, write_jsonl
from .batching import BatchedComponent

# The context rules lived here before pipeline.country_context; they stay importable.
__all__ = [
    "BLOCKED",
    "CONTEXT_RULES",
    "DEMONYM",
    "GOVERNMENT",
    "LABEL",
    "NAME",
    "CountryRecognizer",
    "is_georgia_us_state",
    "is_person_name",
    "is_pronoun_us",
    "is_turkey_the_bird",
    "load_countries",
    "longest_first",
    "make_country_recognizer",
    "spread_governments",
]

LABEL = "COUNTRY"
NAME, DEMONYM, BLOCKED = "name", "demonym", "blocked"
DATA_FILE = "countries.jsonl"
#: The gazetteer of the bundled ``default`` rule set, used when none is given.
DEFAULT_COUNTRIES_PATH = DEFAULT_RULES_FOLDER / DATA_FILE
GOVERNMENT_HEADS = ("Government", "government", "Governments", "governments")
_ISO3 = re.compile(r"[A-Z]{3}")
_KEY = itemgetter(0)

# --- The component -----------------------------------------------------------------------


def load_countries(path: Path) -> list[dict[str, Any]]:
    """Read and check a gazetteer file of ``{"iso3", "name", "names", "demonyms", "blocked"}``.

    Raises:
        RuleSetError: Naming file and line of invalid JSON, a missing or unknown field, a
            code that is not three capitals, or a list holding something other than text.
    """
    records = read_jsonl(
        path,
        required={"iso3": str, "name": str, "names": list, "demonyms": list},
        optional={"blocked": list},
    )
    with path.open(encoding="utf-8") as handle:
        lines = [number for number, text in enumerate(handle, start=1) if text.strip()]
    checked = []
    for line, record in zip(lines, records, strict=True):
        if not _ISO3.fullmatch(record["iso3"]):
            raise RuleSetError(
                Errors.E404.format(
                    path=path,
                    line=line,
                    key="iso3",
                    value=record["iso3"],
                    expected="an ISO alpha-3 code of three capital letters",
                )
            )
        for key in ("names", "demonyms", "blocked"):
            values = record.get(key) or []
            if not all(isinstance(v, str) and v.strip() for v in values):
                raise RuleSetError(
                    Errors.E404.format(
                        path=path,
                        line=line,
                        key=key,
                        value=values,
                        expected="a list of non-empty strings",
                    )
                )
        checked.append(record)
    return checked


class _Key(NamedTuple):
    form: str
    iso3: str
    rule: Callable[[Doc, int, int], bool] | None
    spread: int


class CountryRecognizer(BatchedComponent):
    """Find country mentions by the gazetteer's phrases in the shared phrase index.

    Args:
        nlp: The pipeline; its tokenizer splits the gazetteer forms into patterns.
        name: The component name.
        government_forms: Match "Government of X" and "X Government" as one mention.
        context_rules: Reject Georgia, Jordan, Chad, Holland, Welsh, Turkey and US when
            their context says they are not the country (see ``CONTEXT_RULES``).
    """

    def __init__(
        self, nlp: Language, name: str, *, government_forms: bool, context_rules: bool
    ) -> None:
        self.name = name
        self.nlp = nlp
        self.government_forms = government_forms
        self.context_rules = context_rules
        self.entries: list[dict[str, Any]] = []
        self.phrases = phrase_index(nlp.vocab)
        self.namespace = self.phrases.namespace(self, name)
        self._targets: dict[int, _Key] = {}  # match key -> what it stands for
        # The hashes each match key's span is written with, and the keys that need more
        # than writing: blocked, decided by context, or spreading a government form.
        self._kb_ids: dict[int, int] = {}
        self._span_ids: dict[int, int] = {}
        self._special: set[int] = set()
        self._spreading: set[int] = set()
        self._abbreviations: dict[str, int] = {}  # "U.S." -> its match key
        self._hashes: dict[str, int] = {}  # ISO code or form -> its string-store hash
        self._label = nlp.vocab.strings.add(LABEL)

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Any]] | None = None,
        *,
        nlp: Language | None = None,
        countries_path: Path | None = None,
    ) -> None:
        """Load the gazetteer (by default the one of the bundled ``default`` rule set)."""
        self.set_entries(load_countries(Path(countries_path or DEFAULT_COUNTRIES_PATH)))

    def _patterns(self, entry: dict[str, Any]) -> dict[_Key, list[list[str]]]:
        """Token lists to match for one country, by match key."""
        iso3 = entry["iso3"]
        patterns: dict[_Key, list[list[str]]] = {}
        for form, field in ((NAME, "names"), (DEMONYM, "demonyms"), (BLOCKED, "blocked")):
            for doc in (self.phrases.doc(self.nlp, t) for t in entry.get(field) or []):
                words = [t.text for t in doc]
                rule = CONTEXT_RULES.get(words[0]) if len(words) == 1 else None
                patterns.setdefault(_Key(form, iso3, rule, 0), []).append(words)
                if not self.government_forms or form == BLOCKED:
                    continue
                for head in GOVERNMENT_HEADS:
                    plural = head.endswith("s")
                    patterns.setdefault(_Key(GOVERNMENT, iso3, None, -plural), []).append(
                        [*words, head]
                    )
                    if form == NAME:
                        left = patterns.setdefault(_Key(GOVERNMENT, iso3, None, +plural), [])
                        left += [[head, "of", *words], [head, "of", "the", *words]]
        return patterns

    def set_entries(self, entries: list[dict[str, Any]]) -> None:
        """Add the gazetteer's phrases to the shared phrase index."""
        self.entries = entries
        self.phrases.clear(self.namespace)
        self._targets, self._abbreviations = {}, {}
        self._kb_ids, self._span_ids, self._special, self._spreading = {}, {}, set(), set()
        strings = self.nlp.vocab.strings
        self._hashes = {
            text: strings.add(text)
            for text in (NAME, DEMONYM, GOVERNMENT, BLOCKED, *(e["iso3"] for e in entries))
        }
        for entry in entries:
            for key, word_lists in self._patterns(entry).items():
                rule_name = key.rule.__name__ if key.rule else ""
                name = f"{key.form}:{key.iso3}:{key.spread}:{rule_name}"
                match_key = self.phrases.add(
                    self.namespace, name, [Doc(self.nlp.vocab, words=w) for w in word_lists]
                )
                self._targets[match_key] = key
                self._kb_ids[match_key] = self._hashes[key.iso3]
                self._span_ids[match_key] = self._hashes[key.form]
                if key.form == BLOCKED or key.rule is not None or key.spread:
                    self._special.add(match_key)
                if key.spread:
                    self._spreading.add(match_key)
                if key.form == NAME:
                    self._abbreviations.update(
                        {w[0]: match_key for w in word_lists if len(w) == 1 and w[0].endswith(".")}
                    )

    def _kept(self, doc: Doc) -> list[tuple[int, int, int]]:
        """The matches that overlap no longer one, as ``(key, start, end)``, by start."""
        matches = self.phrases.matches(doc, self.namespace)
        glued = glued_matches(doc, doc_text(doc), self._abbreviations)
        return longest_first([*matches, *glued] if glued else matches)

    def _is_mention(self, doc: Doc, key: int, start: int, end: int) -> bool:
        target = self._targets[key]
        return target.form != BLOCKED and not (
            target.rule is not None and self.context_rules and target.rule(doc, start, end)
        )

    def _mentions(self, doc: Doc, kept: list[tuple[int, int, int]]) -> list[list[Any]]:
        targets = self._targets
        mentions = [
            [start, end, targets[key].iso3, targets[key].form, targets[key].spread]
            for key, start, end in without_rejected(doc, kept, self._special, self._is_mention)
        ]
        if any(mention[4] for mention in mentions):
            spread_governments(doc, mentions)
        return mentions

    def mentions(self, doc: Doc) -> list[list[Any]]:
        """Country mentions of a Doc as ``[start, end, iso3, form, spread]``, by start."""
        return self._mentions(doc, self._kept(doc)) if len(doc) else []

    def __call__(self, doc: Doc) -> Doc:
        """Set ``doc.spans["countries"]``."""
        if not self.entries:
            raise RuleSetError(Errors.E400.format(name=self.name))
        label, kept = self._label, (self._kept(doc) if len(doc) else [])
        if not self._special.isdisjoint(map(_KEY, kept)):  # one doc in three
            if not self._spreading.isdisjoint(map(_KEY, kept)):  # rare: forms may change
                mentions = self._mentions(doc, kept)
                return self._write(doc, mention_spans(doc, mentions, label, self._hashes))
            kept = without_rejected(doc, kept, self._special, self._is_mention)
        # Most matches are written as the gazetteer gives them, with hashes made beforehand.
        return self._write(doc, country_spans(doc, kept, label, self._kb_ids, self._span_ids))

    @staticmethod
    def _write(doc: Doc, spans: list[Span]) -> Doc:
        set_spans(doc, COUNTRIES, spans)  # kept as objects: the agency recognizer reads them
        return doc

    def to_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> None:
        """Save the gazetteer records as ``countries.jsonl`` in the folder ``path``."""
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        write_jsonl(folder / DATA_FILE, self.entries)

    def from_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> CountryRecognizer:
        """Load the gazetteer saved by :meth:`to_disk`."""
        file = Path(path) / DATA_FILE
        if not file.is_file():
            raise RuleSetError(Errors.E406.format(path=Path(path)))
        self.set_entries(load_countries(file))
        return self


# spaCy validates the settings of ``nlp.initialize()`` with pydantic, which needs the
# types themselves, not the strings that postponed annotations leave.
CountryRecognizer.initialize.__annotations__ = get_type_hints(CountryRecognizer.initialize)


@Language.factory(
    "undersigned_countries",
    default_config={"government_forms": True, "context_rules": True},
)
def make_country_recognizer(
    nlp: Language, name: str, government_forms: bool, context_rules: bool
) -> CountryRecognizer:
    """Build the country recognizer (registered as ``undersigned_countries``)."""
    return CountryRecognizer(
        nlp, name, government_forms=government_forms, context_rules=context_rules
    )
