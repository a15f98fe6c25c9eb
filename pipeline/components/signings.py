"""Signing events: trigger rules from the rule set, then :mod:`pipeline.extraction`.

A rule is a line of ``signing_rules.jsonl``: an ``id``, a spaCy ``Matcher`` token
``pattern``, the ``frame`` that says where its parties stand (``active``, ``passive``,
``nominal``, ``join``, ``document`` for a signature block whose instrument is the release
itself, or ``ignore`` for look-alikes such as "signs of"), a base
``confidence``, how far after the trigger its instrument may start
(``object_within``) and optionally its ``anchor`` token. Where rules overlap, the one
listed first wins.

Only sentences holding an anchor word reach the Matcher: they are found by comparing
the Doc's lower-case hashes with the anchors in one vectorised step, because running
the Matcher over every token costs more than tokenising.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy
from spacy.errors import MatchPatternError
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from ..errors import Errors, RuleSetError
from ..extensions import forget_spans, lower_column, positions_in
from ..extraction.events import Trigger, extract_events, make_settings
from ..extraction.lexicon import Lexicon, read_lexicon
from ..rules import read_jsonl, write_jsonl
from .batching import BatchedComponent

FRAMES = ("active", "passive", "nominal", "join", "document", "ignore")
RULES_FILE = "signing_rules.jsonl"
LEXICON_FILE = "lexicon.jsonl"


def read_rules(path: Path) -> list[dict[str, Any]]:
    """Read and check ``signing_rules.jsonl``; errors name file and line."""
    return list(
        read_jsonl(
            path,
            required={"id": str, "pattern": list, "frame": str},
            optional={"confidence": (int, float), "object_within": int, "anchor": int, "note": str},
            choices={"frame": FRAMES},
            unique="id",
        )
    )


def split_first_set(pattern: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """One pattern per word of the first token's ``{"IN": [...]}`` set.

    The Matcher tries every pattern's first token at every token, and a set costs a
    Python call where a plain ``LOWER`` value is compared in C; later tokens are only
    tried inside a started match, so they keep their sets.
    """
    first = pattern[0] if pattern else {}
    keys = [k for k, v in first.items() if isinstance(v, dict) and set(v) == {"IN"}]
    if len(keys) != 1 or keys[0] not in ("LOWER", "ORTH", "TEXT", "NORM") or "OP" in first:
        return [pattern]
    key = keys[0]
    return [[{**first, key: word}, *pattern[1:]] for word in first[key]["IN"]]


def build_matcher(nlp: Language, rules: list[dict[str, Any]], path: Path | str) -> Matcher:
    """A Matcher with one entry per rule, keyed by the rule's id."""
    matcher = Matcher(nlp.vocab, validate=True)
    for rule in rules:
        try:
            matcher.add(rule["id"], split_first_set(rule["pattern"]))
        except (MatchPatternError, ValueError) as exc:
            raise RuleSetError(
                Errors.E012.format(path=path, pattern_id=rule["id"], detail=exc)
            ) from exc
    return matcher


def _literals(pattern_token: dict[str, Any]) -> list[str]:
    """The literal words a Matcher token pattern accepts (empty when it accepts any)."""
    words: list[str] = []
    for key in ("LOWER", "ORTH", "TEXT", "NORM"):
        value = pattern_token.get(key)
        if isinstance(value, str):
            words.append(value.lower())
        elif isinstance(value, dict) and isinstance(value.get("IN"), list):
            words.extend(str(v).lower() for v in value["IN"])
    return words


def anchor_words(rules: list[dict[str, Any]], path: Path | str) -> set[str]:
    """The words that can anchor a rule: its ``anchor`` token's literals.

    A rule's ``anchor`` is the index of a pattern token whose words mark sentences
    worth matching ("signed" in "was signed"); by default its first token with
    literal words. Only sentences with an anchor word are given to the Matcher.
    """
    words: set[str] = set()
    for rule in rules:
        if rule["frame"] == "ignore":
            continue
        pattern = rule["pattern"]
        index = rule.get("anchor")
        if index is None:
            index = next((i for i, token in enumerate(pattern) if _literals(token)), None)
        if index is None or not 0 <= index < len(pattern) or not _literals(pattern[index]):
            raise RuleSetError(
                Errors.E012.format(
                    path=path,
                    pattern_id=rule["id"],
                    detail='it has no token with literal words to anchor it; set "anchor" to the '
                    "index of a token with LOWER/ORTH words",
                )
            )
        words.update(_literals(pattern[index]))
    return words


def pattern_reach(rules: list[dict[str, Any]]) -> int | None:
    """The most tokens any rule's match can span, or None when a pattern is unbounded."""
    longest = 0
    for rule in rules:
        size = 0
        for token in rule["pattern"]:
            op = str(token.get("OP", "1"))
            if op in ("*", "+") or (op.startswith("{") and op.rstrip("}").endswith(",")):
                return None
            if op.startswith("{"):
                size += int(op.strip("{}").split(",")[-1])
            else:
                size += 0 if op == "!" else 1
        longest = max(longest, size)
    return longest


def candidate_windows(doc: Doc, anchors: numpy.ndarray, reach: int | None) -> list[Span]:
    """Stretches of text the rules need to see: around each anchor word, within its sentence.

    A match holds an anchor word and spans at most ``reach`` tokens, so the Matcher need
    not see the rest of the sentence; with ``reach`` None it sees whole sentences.
    """
    if not len(doc) or not len(anchors):
        return []
    hits = positions_in(lower_column(doc), anchors)
    windows: list[Span] = []
    sentence: Span | None = None
    for index in hits.tolist():
        if sentence is None or not sentence.start <= index < sentence.end:
            sentence = doc[index].sent
        start, end = sentence.start, sentence.end
        if reach is not None:
            start, end = max(start, index - reach), min(end, index + reach + 1)
        if windows and start <= windows[-1].end and windows[-1].sent.start == sentence.start:
            windows[-1] = doc[windows[-1].start : max(end, windows[-1].end)]
        else:
            windows.append(doc[start:end])
    return windows


def choose_triggers(
    doc: Doc, matcher: Matcher, rules: list[dict[str, Any]], sentences: list[Span]
) -> list[Trigger]:
    """Non-overlapping rule matches in the given stretches; the rule listed first wins."""
    order = {rule["id"]: index for index, rule in enumerate(rules)}
    by_id = {rule["id"]: rule for rule in rules}
    matches = []
    for sentence in sentences:
        for match_id, start, end in matcher(sentence):
            rule_id = doc.vocab.strings[match_id]
            matches.append(
                (order[rule_id], sentence.start + start, -(sentence.start + end), rule_id)
            )
    taken: set[int] = set()
    triggers = []
    for _, start, negative_end, rule_id in sorted(matches):
        end = -negative_end
        if taken.intersection(range(start, end)):
            continue
        taken.update(range(start, end))
        rule = by_id[rule_id]
        triggers.append(
            Trigger(
                rule_id,
                rule["frame"],
                float(rule.get("confidence", 0.8)),
                int(rule.get("object_within", 12)),
                start,
                end,
            )
        )
    return sorted(triggers, key=lambda t: t.start)


class SigningExtractor(BatchedComponent):
    """Write signing-event records to ``doc._.signings``."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        *,
        date_fallback: str,
        publisher_country: str,
        publisher_country_name: str,
    ) -> None:
        self.name = name
        self.vocab_owner = nlp
        self.anchors = numpy.zeros(0, dtype="uint64")
        self.reach: int | None = 0
        self.settings = make_settings(
            name, date_fallback, publisher_country, publisher_country_name
        )
        self.rules: list[dict[str, Any]] = []
        self.lexicon = Lexicon()
        self.matcher = Matcher(nlp.vocab)

    def initialize(
        self,
        get_examples: Callable[[], Any] | None = None,
        *,
        nlp: Language | None = None,
        rules_path: Path | None = None,
        lexicon_path: Path | None = None,
    ) -> None:
        """Load the trigger rules and the lexicon from the rule set's data files."""
        if rules_path is not None:
            rules = read_rules(Path(rules_path))
            words = anchor_words(rules, rules_path)
            self.matcher = build_matcher(self.vocab_owner, rules, rules_path)
            self.rules = rules
            self.reach = pattern_reach(rules)
            strings = self.vocab_owner.vocab.strings
            self.anchors = numpy.array(sorted(strings.add(word) for word in words), dtype="uint64")
        if lexicon_path is not None:
            self.lexicon = read_lexicon(Path(lexicon_path))

    def __call__(self, doc: Doc) -> Doc:
        """Write the Doc's signing events to ``doc._.signings``."""
        sentences = candidate_windows(doc, self.anchors, self.reach)
        triggers = choose_triggers(doc, self.matcher, self.rules, sentences) if sentences else []
        try:
            doc._.signings = (
                extract_events(doc, triggers, self.lexicon, self.settings) if triggers else []
            )
        finally:
            forget_spans(doc)
        return doc

    def to_disk(self, path: str | Path, *, exclude: tuple[str, ...] = ()) -> None:
        """Save the rules and lexicon beside the pipeline."""
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        write_jsonl(folder / RULES_FILE, self.rules)
        write_jsonl(folder / LEXICON_FILE, self.lexicon.to_records())

    def from_disk(self, path: str | Path, *, exclude: tuple[str, ...] = ()) -> SigningExtractor:
        """Load what :meth:`to_disk` saved."""
        folder = Path(path)
        self.initialize(rules_path=folder / RULES_FILE, lexicon_path=folder / LEXICON_FILE)
        return self


@Language.factory(
    "undersigned_signings",
    default_config={
        "date_fallback": "none",
        "publisher_country": "USA",
        "publisher_country_name": "United States",
    },
)
def make_signing_extractor(
    nlp: Language,
    name: str,
    date_fallback: str,
    publisher_country: str,
    publisher_country_name: str,
) -> SigningExtractor:
    """Build the signing extractor (registered as ``undersigned_signings``).

    Args:
        nlp: The pipeline.
        name: The component's name.
        date_fallback: ``"none"`` leaves an undated signing's date empty;
            ``"release_date"`` uses the release date and marks ``date_source``.
        publisher_country: ISO alpha-3 of the government that "we" means in a release.
        publisher_country_name: That government's name, for the party record.
    """
    return SigningExtractor(
        nlp,
        name,
        date_fallback=date_fallback,
        publisher_country=publisher_country,
        publisher_country_name=publisher_country_name,
    )
