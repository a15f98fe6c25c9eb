"""Government bodies (AGENCY) and international organisations (ORG).

Writes ``doc.spans["agencies"]`` (label ``AGENCY``) and ``doc.spans["organizations"]``
(label ``ORG``); each span's ``kb_id_`` is the canonical name, its ``id_`` the rule that
found it, and ``doc._.entity_attrs`` gets the acronym and country (ISO alpha-3) of each.
Candidates come from four sources, none of which loops over all tokens in Python:

* the gazetteer ``agencies.jsonl``: canonical names, variants and acronyms, matched
  case-sensitively through the pipeline's shared phrase index (:mod:`pipeline.phrases`).
  Acronyms match only as written ("ICE", never "ice"); capitals forms of long names
  are added so that "THE WHITE HOUSE" matches.
* the patterns ``agency_patterns.jsonl``: a trigger ("Ministry of", "Embassy", "Foreign
  Ministry") found by the same matcher, whose name ("Foreign Affairs"), country (a
  ``doc.spans["countries"]`` span just before it or after "of") and place ("in Kyiv")
  are then read from the text around it.
* another country's body named head last, after the country's possessive or demonym
  ("Kenya's National Environment Management Authority", "the Philippine Space Agency"),
  read by :mod:`pipeline.head_last` (``head_last_names``);
* another country's body named head first, before "of" and the country ("the Civil
  Aviation Authority of Singapore"), read by :mod:`pipeline.head_of` (``head_of_names``);
* acronyms defined in the release ("National Space Science Agency (NSSA)") whose long form
  is a known body or looks like a government body, and their later mentions.

Overlapping candidates keep the longest; gazetteer entries win ties. Organisations are
recognised so that they are never labelled AGENCY. The data files are read by
:mod:`pipeline.agency_data`; the text around a trigger is read by :mod:`pipeline.agency_text`;
acronyms defined in the release by :mod:`pipeline.acronym_definitions`.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import ensure_path

from ..acronym_definitions import AcronymKnowledge
from ..acronyms import long_form, spells
from ..agency_data import (
    AGENCIES_FILE,
    DEFAULT_BANK_HEADS,
    DEFAULT_GOVERNMENT_HEADS,
    DEFAULT_ORGANIZATION_MARKERS,
    DEFAULT_STOP_WORDS,
    PATTERNS_FILE,
    US_STATE_CODES,
    Body,
    BodyPattern,
    body_of,
    gazetteer_phrases,
    read_agencies,
    read_patterns,
)
from ..agency_finder import AgencySettings, find_bodies
from ..agency_spans import (
    AGENCY_LABEL,
    ORG_LABEL,
    ORGANIZATIONS,
    Candidate,
    select,
    write_spans,
)
from ..agency_text import (
    Countries,
    country_name,
    gazetteer_context_ok,
    load_country_names,
    read_name,
    read_place,
    with_article,
)
from ..errors import Errors, RuleSetError
from ..head_last import head_last_stop
from ..pattern_bodies import NameWords
from ..people_data import TITLES_FILE, read_titles
from ..phrases import phrase_index
from ..rules import DEFAULT_RULES_FOLDER, write_jsonl
from .batching import BatchedComponent

# Names that lived here before pipeline.agency_data and pipeline.agency_text stay importable.
__all__ = [
    "AGENCIES_FILE",
    "AGENCY_LABEL",
    "DEFAULT_GOVERNMENT_HEADS",
    "DEFAULT_ORGANIZATION_MARKERS",
    "DEFAULT_STOP_WORDS",
    "ORGANIZATIONS",
    "ORG_LABEL",
    "PATTERNS_FILE",
    "US_STATE_CODES",
    "AgencyRecognizer",
    "Body",
    "BodyPattern",
    "Candidate",
    "Countries",
    "country_name",
    "gazetteer_context_ok",
    "gazetteer_phrases",
    "long_form",
    "make_agency_recognizer",
    "read_agencies",
    "read_name",
    "read_patterns",
    "read_place",
    "select",
    "spells",
    "with_article",
    "write_spans",
]


class AgencyRecognizer(BatchedComponent):
    """Find agencies and organisations; see the module docstring."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        *,
        define_acronyms: bool,
        head_last_names: bool,
        head_of_names: bool,
        country_window: int,
        name_stop_words: list[str],
        government_heads: list[str],
        organization_markers: list[str],
        bank_heads: list[str],
    ) -> None:
        self.nlp = nlp
        self.name = name
        self.define_acronyms = define_acronyms
        self.head_last_names = head_last_names
        self.head_of_names = head_of_names
        self.country_window = country_window
        self.stop_words = frozenset(name_stop_words)
        self.head_last_stop = head_last_stop(self.stop_words)
        self.government_heads = frozenset(government_heads)
        self.organization_markers = tuple(organization_markers)
        self.bank_heads = list(bank_heads)
        self.phrases = phrase_index(nlp.vocab)
        self.namespace = self.phrases.namespace(self, name)
        self._build([], [], [])  # empty tables, so that to_disk works before initialize
        self.loaded = False  # no data until initialize() or from_disk(): see __call__

    def initialize(
        self,
        get_examples: Any = None,
        *,
        nlp: Language | None = None,
        agencies_path: Path | None = None,
        patterns_path: Path | None = None,
        titles_path: Path | None = None,
    ) -> None:
        """Load the gazetteer, the patterns and the title lexicon's portfolios and offices.

        Each file is the default rule set's when not given. Portfolio words ("Health",
        "Foreign Affairs") and offices ("Attorney General") tell a body's name from a
        person named after it.
        """
        titles = read_titles(Path(titles_path or DEFAULT_RULES_FOLDER / TITLES_FILE))
        self._build(
            read_agencies(Path(agencies_path or DEFAULT_RULES_FOLDER / AGENCIES_FILE)),
            read_patterns(Path(patterns_path or DEFAULT_RULES_FOLDER / PATTERNS_FILE)),
            [r for r in titles if r["kind"] in ("portfolio", "head")],
        )

    def to_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> None:
        """Save the gazetteer, the patterns, portfolios and offices as JSONL in ``path``."""
        folder = ensure_path(path)
        folder.mkdir(parents=True, exist_ok=True)
        write_jsonl(folder / AGENCIES_FILE, self.agency_records)
        write_jsonl(folder / PATTERNS_FILE, self.pattern_records)
        write_jsonl(folder / TITLES_FILE, self.title_records)

    def from_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> AgencyRecognizer:
        """Load what :meth:`to_disk` saved."""
        folder = ensure_path(path)
        self._build(
            read_agencies(folder / AGENCIES_FILE),
            read_patterns(folder / PATTERNS_FILE),
            read_titles(folder / TITLES_FILE),
        )
        return self

    def _build(
        self,
        agencies: list[dict[str, Any]],
        patterns: list[dict[str, Any]],
        titles: list[dict[str, Any]],
    ) -> None:
        self.agency_records, self.pattern_records = agencies, patterns
        self.title_records = titles
        self.words = NameWords(
            self.stop_words,
            self.government_heads,
            frozenset(w for r in titles if r["kind"] == "portfolio" for w in r["title"].split()),
            frozenset(w for r in titles if r["kind"] == "head" for w in r["title"].split()),
            self.country_window,
            frozenset(a for r in agencies for a in r.get("acronyms") or []),
        )
        self.bodies = [body_of(record) for record in agencies]
        self.patterns = [BodyPattern(**r) for r in patterns]
        self.acronyms: dict[str, int] = {}
        phrases: dict[str, set[str]] = {}
        for index, record in enumerate(agencies):
            for role, phrase in gazetteer_phrases(record):
                phrases.setdefault(f"G{index}:{role}", set()).add(phrase)
            for acronym in record.get("acronyms") or []:
                self.acronyms.setdefault(acronym, index)
        acronym_knowledge = AcronymKnowledge(
            self.acronyms, self.bodies, self.government_heads, self.organization_markers
        )
        for index, pattern in enumerate(self.patterns):
            phrases[f"P{index}"] = {pattern.trigger}
        self.phrases.clear(self.namespace)
        # match id -> (role, body) of a gazetteer phrase, or ("pattern", pattern)
        keys: dict[int, tuple[str, Body | BodyPattern]] = {}
        for key, forms in phrases.items():
            number, _, role = key[1:].partition(":")
            target = self.patterns[int(number)] if key[0] == "P" else self.bodies[int(number)]
            match_key = self.phrases.add(
                self.namespace, key, [self.phrases.doc(self.nlp, f) for f in sorted(forms)]
            )
            keys[match_key] = (role or "pattern", target)
        # Head words ("Agency", "Authority") outside every other body are where a body
        # named head last may end, or a body named head first before "of <country>":
        # most Docs have none, and skip those readings.
        head_key = self.phrases.add(
            self.namespace,
            "H",
            [self.phrases.doc(self.nlp, head) for head in sorted(self.government_heads)],
        )
        bank_key = self.phrases.key(self.namespace, "B")
        if self.bank_heads:
            self.phrases.add(
                self.namespace, "B", [self.phrases.doc(self.nlp, h) for h in self.bank_heads]
            )
        self.settings = AgencySettings(
            phrases=self.phrases,
            namespace=self.namespace,
            keys=keys,
            head_key=head_key,
            bank_key=bank_key,
            words=self.words,
            head_last_names=self.head_last_names,
            head_of_names=self.head_of_names,
            head_last_stop=self.head_last_stop,
            government_heads=self.government_heads,
            define_acronyms=self.define_acronyms,
            acronym_knowledge=acronym_knowledge,
        )
        self.loaded = True
        load_country_names()

    def __call__(self, doc: Doc) -> Doc:
        """Write the agency and organisation spans of ``doc``."""
        if not self.loaded:
            raise RuleSetError(Errors.E420.format(name=self.name))
        write_spans(doc, self.find(doc) if len(doc) else [])
        return doc

    def find(self, doc: Doc) -> list[Candidate]:
        """The agencies and organisations of a Doc, overlaps resolved."""
        return find_bodies(doc, self.settings)


# nlp.initialize() validates these settings from the signature, which needs types rather than
# the strings that `from __future__ import annotations` leaves there.
AgencyRecognizer.initialize.__annotations__.update(
    agencies_path=Path | None, patterns_path=Path | None, titles_path=Path | None
)


@Language.factory(
    "undersigned_agencies",
    default_config={
        "define_acronyms": True,
        "head_last_names": True,
        "head_of_names": True,
        "country_window": 400,
        "name_stop_words": DEFAULT_STOP_WORDS,
        "government_heads": DEFAULT_GOVERNMENT_HEADS,
        "organization_markers": DEFAULT_ORGANIZATION_MARKERS,
        "bank_heads": DEFAULT_BANK_HEADS,
    },
)
def make_agency_recognizer(
    nlp: Language,
    name: str,
    define_acronyms: bool,
    head_last_names: bool,
    head_of_names: bool,
    country_window: int,
    name_stop_words: list[str],
    government_heads: list[str],
    organization_markers: list[str],
    bank_heads: list[str],
) -> AgencyRecognizer:
    """Build the agency recognizer (registered as ``undersigned_agencies``)."""
    return AgencyRecognizer(
        nlp,
        name,
        define_acronyms=define_acronyms,
        head_last_names=head_last_names,
        head_of_names=head_of_names,
        country_window=country_window,
        name_stop_words=name_stop_words,
        government_heads=government_heads,
        organization_markers=organization_markers,
        bank_heads=bank_heads,
    )
