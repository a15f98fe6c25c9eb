"""Signing events from dependency rules (registered as ``undersigned_dependency_signings``).

The statistical counterpart of ``undersigned_signings``: instead of token patterns and
word order, a rule is a spaCy ``DependencyMatcher`` pattern over a parse (for example
en_core_web_sm's parser, sourced by the ``sm-hybrid`` rule set). A rule is a line of
``dependency_rules.jsonl``: an ``id``, a ``pattern`` whose node names are roles (see
:mod:`pipeline.extraction.dependency`), a ``confidence`` and an optional ``note``. The
instruments, status and date cues come from the same ``lexicon.jsonl`` as the default rule
set's, and records have the same shape.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from spacy.errors import MatchPatternError
from spacy.language import Language
from spacy.matcher import DependencyMatcher, Matcher
from spacy.tokens import Doc, Span

from ..errors import Errors, RuleSetError
from ..extensions import set_doc_attr
from ..extraction.dependency import (
    NER_KINDS,
    ROLES,
    DependencyRule,
    collect_roles,
    extract_dependency_events,
    node_role,
)
from ..extraction.events import make_settings
from ..extraction.lexicon import Lexicon, read_lexicon
from ..places import read_places, save_places, saved_places
from ..rules import read_jsonl_numbered, write_jsonl
from .batching import BatchedComponent

RULES_FILE = "dependency_rules.jsonl"
LEXICON_FILE = "lexicon.jsonl"


def _check_nodes(path: Path, number: int, record: dict[str, Any]) -> tuple[str | None, ...]:
    """The role of each node of a pattern; E351 on a misplaced trigger or unknown name."""
    names = [node.get("RIGHT_ID") if isinstance(node, dict) else None for node in record["pattern"]]
    expected = ", ".join((*ROLES, "<role>_<n>", "_<structure>"))
    for position, name in enumerate(names):
        bad = (
            not isinstance(name, str)
            or (position == 0) != (name == "trigger")
            or (not name.startswith("_") and node_role(name) is None)
        )
        if bad:
            raise RuleSetError(
                Errors.E351.format(
                    path=path, line=number, pattern_id=record["id"], node=name, expected=expected
                )
            )
    return tuple(node_role(str(name)) for name in names)


def read_dependency_rules(path: Path) -> tuple[list[dict[str, Any]], list[DependencyRule]]:
    """Read and check ``dependency_rules.jsonl``; errors name file and line.

    Returns:
        The records as read (for ``to_disk``) and the rules they describe, in file order.
    """
    records: list[dict[str, Any]] = []
    rules: list[DependencyRule] = []
    for number, record in read_jsonl_numbered(
        path,
        required={"id": str, "pattern": list},
        optional={"confidence": (int, float), "note": str},
        unique="id",
    ):
        if not record["pattern"]:
            raise RuleSetError(
                Errors.E009.format(
                    path=path,
                    line=number,
                    key="pattern",
                    value=[],
                    expected="a non-empty list of nodes",
                )
            )
        roles = _check_nodes(path, number, record)
        records.append(record)
        rules.append(DependencyRule(record["id"], float(record.get("confidence", 0.8)), roles))
    return records, rules


def build_trigger_matcher(nlp: Language, records: list[dict[str, Any]]) -> Matcher:
    """A token Matcher for the rules' trigger nodes.

    Only sentences it matches go through the DependencyMatcher, whose token matching over
    a whole Doc would cost as much as the tagger.
    """
    matcher = Matcher(nlp.vocab)
    patterns: list[list[dict[str, Any]]] = []
    for record in records:
        pattern = [dict(record["pattern"][0].get("RIGHT_ATTRS", {}))]
        if pattern not in patterns:
            patterns.append(pattern)
    if patterns:
        matcher.add("trigger", patterns)
    return matcher


def trigger_sentences(doc: Doc, matcher: Matcher) -> list[Span]:
    """The sentences that hold a token matching a rule's trigger node, in text order."""
    starts: dict[int, Span] = {}
    for _, start, _ in matcher(doc):
        sentence = doc[start].sent
        starts.setdefault(sentence.start, sentence)
    return [starts[key] for key in sorted(starts)]


def match_sentences(
    sentences: list[Span], matcher: DependencyMatcher
) -> list[tuple[int, list[int]]]:
    """Dependency matches of each sentence, with token ids made Doc offsets again."""
    matches: list[tuple[int, list[int]]] = []
    for sentence in sentences:
        for match_id, token_ids in matcher(sentence):
            matches.append((match_id, [sentence.start + i for i in token_ids]))
    return matches


def build_dependency_matcher(
    nlp: Language, records: list[dict[str, Any]], path: Path | str
) -> DependencyMatcher:
    """A DependencyMatcher with one entry per rule, keyed by the rule's id (E012 if invalid)."""
    matcher = DependencyMatcher(nlp.vocab, validate=True)
    for record in records:
        try:
            matcher.add(record["id"], [record["pattern"]])
        except (MatchPatternError, ValueError, KeyError) as exc:
            raise RuleSetError(
                Errors.E012.format(path=path, pattern_id=record["id"], detail=exc)
            ) from exc
    return matcher


class DependencySigningExtractor(BatchedComponent):
    """Write signing-event records to ``doc._.signings`` from dependency rules."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        *,
        date_fallback: str,
        publisher_country: str,
        publisher_country_name: str,
        ner_labels: list[str],
    ) -> None:
        unknown = [label for label in ner_labels if label not in NER_KINDS]
        if unknown:
            raise RuleSetError(
                Errors.E009.format(
                    path=f"[components.{name}]",
                    line="-",
                    key="ner_labels",
                    value=unknown,
                    expected="a list of " + " | ".join(NER_KINDS),
                )
            )
        self.name = name
        self.nlp = nlp
        self.settings = make_settings(
            name, date_fallback, publisher_country, publisher_country_name
        )
        self.ner_labels = tuple(ner_labels)
        self.records: list[dict[str, Any]] = []
        self.rules: list[DependencyRule] = []
        self.rule_index: dict[int, int] = {}
        self.lexicon = Lexicon()
        self.matcher = DependencyMatcher(nlp.vocab)
        self.trigger_matcher = Matcher(nlp.vocab)

    def initialize(
        self,
        get_examples: Callable[[], Any] | None = None,
        *,
        nlp: Language | None = None,
        rules_path: Path | None = None,
        lexicon_path: Path | None = None,
        places_path: Path | None = None,
    ) -> None:
        """Load the dependency rules and the lexicon from the rule set's data files."""
        if rules_path is not None:
            self.records, self.rules = read_dependency_rules(Path(rules_path))
            self.matcher = build_dependency_matcher(self.nlp, self.records, rules_path)
            self.trigger_matcher = build_trigger_matcher(self.nlp, self.records)
            strings = self.nlp.vocab.strings
            self.rule_index = {strings.add(rule.id): i for i, rule in enumerate(self.rules)}
        if lexicon_path is not None:
            self.lexicon = read_lexicon(Path(lexicon_path))
        if places_path is not None:
            self.lexicon.places = read_places(Path(places_path))

    def __call__(self, doc: Doc) -> Doc:
        """Find the rules' triggers and roles in the parse and write the events."""
        if not self.rules or not len(doc):
            set_doc_attr(doc, "signings", [])
            return doc
        if not doc.has_annotation("DEP"):
            if all(token.is_space for token in doc):
                set_doc_attr(doc, "signings", [])
                return doc
            raise RuleSetError(Errors.E352.format(name=self.name))
        sentences = trigger_sentences(doc, self.trigger_matcher)
        matches = match_sentences(sentences, self.matcher) if sentences else []
        roles = collect_roles(matches, self.rules, self.rule_index)
        events = (
            extract_dependency_events(doc, roles, self.lexicon, self.settings, self.ner_labels)
            if roles
            else []
        )
        set_doc_attr(doc, "signings", events)
        return doc

    def to_disk(self, path: str | Path, *, exclude: tuple[str, ...] = ()) -> None:
        """Save the rules and lexicon beside the pipeline."""
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        write_jsonl(folder / RULES_FILE, self.records)
        write_jsonl(folder / LEXICON_FILE, self.lexicon.to_records())
        save_places(folder, self.lexicon.places)

    def from_disk(
        self, path: str | Path, *, exclude: tuple[str, ...] = ()
    ) -> DependencySigningExtractor:
        """Load what :meth:`to_disk` saved."""
        folder = Path(path)
        self.initialize(
            rules_path=folder / RULES_FILE,
            lexicon_path=folder / LEXICON_FILE,
            places_path=saved_places(folder),
        )
        return self


@Language.factory(
    "undersigned_dependency_signings",
    default_config={
        "date_fallback": "none",
        "publisher_country": "USA",
        "publisher_country_name": "United States",
        "ner_labels": list(NER_KINDS),
    },
)
def make_dependency_signing_extractor(
    nlp: Language,
    name: str,
    date_fallback: str,
    publisher_country: str,
    publisher_country_name: str,
    ner_labels: list[str],
) -> DependencySigningExtractor:
    """Build the dependency-rule signing extractor.

    Args:
        nlp: The pipeline.
        name: The component's name.
        date_fallback: ``"none"`` leaves an undated signing's date empty;
            ``"release_date"`` uses the release date and marks ``date_source``.
        publisher_country: ISO alpha-3 of the government that "we" means in a release.
        publisher_country_name: That government's name, for the party record.
        ner_labels: Statistical NER labels (``PERSON``, ``ORG``) a party role falls back
            on when its subtree holds no entity span; ``[]`` uses entity spans only.
    """
    return DependencySigningExtractor(
        nlp,
        name,
        date_fallback=date_fallback,
        publisher_country=publisher_country,
        publisher_country_name=publisher_country_name,
        ner_labels=ner_labels,
    )
