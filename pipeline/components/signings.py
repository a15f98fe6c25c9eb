"""Signing events: trigger rules from the rule set, then :mod:`pipeline.extraction`.

A rule is a line of ``signing_rules.jsonl``: an ``id``, a spaCy ``Matcher`` token
``pattern``, the ``frame`` that says where its parties stand (``active``, ``passive``,
``nominal``, ``join``, or ``ignore`` for look-alikes such as "signs of"), a base
``confidence`` and how far after the trigger its instrument may start
(``object_within``). Where rules overlap, the one listed first wins.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from spacy.errors import MatchPatternError
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

from ..errors import Errors, RuleSetError
from ..extraction.events import Settings, Trigger, extract_events
from ..extraction.lexicon import Lexicon, read_lexicon
from ..rules import read_jsonl_numbered, write_jsonl

FRAMES = ("active", "passive", "nominal", "join", "ignore")
RULES_FILE = "signing_rules.jsonl"
LEXICON_FILE = "lexicon.jsonl"


def read_rules(path: Path) -> list[dict[str, Any]]:
    """Read and check ``signing_rules.jsonl``; errors name file and line."""
    rules = []
    seen: dict[str, int] = {}
    for number, record in read_jsonl_numbered(
        path,
        required={"id": str, "pattern": list, "frame": str},
        optional={"confidence": (int, float), "object_within": int, "note": str},
    ):
        if record["frame"] not in FRAMES:
            raise RuleSetError(Errors.E009.format(path=path, line=number, key="frame",
                                                  value=record["frame"], expected=" | ".join(FRAMES)))
        if record["id"] in seen:
            raise RuleSetError(Errors.E009.format(
                path=path, line=number, key="id", value=record["id"],
                expected=f"an id not used before (line {seen[record['id']]} has it)"))
        seen[record["id"]] = number
        rules.append(record)
    return rules


def build_matcher(nlp: Language, rules: list[dict[str, Any]], path: Path | str) -> Matcher:
    """A Matcher with one entry per rule, keyed by the rule's id."""
    matcher = Matcher(nlp.vocab, validate=True)
    for rule in rules:
        try:
            matcher.add(rule["id"], [rule["pattern"]])
        except (MatchPatternError, ValueError) as exc:
            raise RuleSetError(Errors.E012.format(path=path, pattern_id=rule["id"], detail=exc)) from exc
    return matcher


def choose_triggers(doc: Doc, matcher: Matcher, rules: list[dict[str, Any]]) -> list[Trigger]:
    """Non-overlapping rule matches; the rule listed first wins an overlap."""
    order = {rule["id"]: index for index, rule in enumerate(rules)}
    by_id = {rule["id"]: rule for rule in rules}
    matches = []
    for match_id, start, end in matcher(doc):
        rule_id = doc.vocab.strings[match_id]
        matches.append((order[rule_id], start, -end, rule_id))
    taken: set[int] = set()
    triggers = []
    for _, start, negative_end, rule_id in sorted(matches):
        end = -negative_end
        if taken.intersection(range(start, end)):
            continue
        taken.update(range(start, end))
        rule = by_id[rule_id]
        triggers.append(Trigger(rule_id, rule["frame"], float(rule.get("confidence", 0.8)),
                                int(rule.get("object_within", 12)), start, end))
    return sorted(triggers, key=lambda t: t.start)


class SigningExtractor:
    """Write signing-event records to ``doc._.signings``."""

    def __init__(self, nlp: Language, name: str, *, date_fallback: str,
                 publisher_country: str, publisher_country_name: str) -> None:
        if date_fallback not in ("none", "release_date"):
            raise RuleSetError(Errors.E009.format(
                path=f"[components.{name}]", line="-", key="date_fallback", value=date_fallback,
                expected="none | release_date"))
        self.name = name
        self.vocab_owner = nlp
        self.settings = Settings(date_fallback, publisher_country or None, publisher_country_name)
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
            self.rules = read_rules(Path(rules_path))
            self.matcher = build_matcher(self.vocab_owner, self.rules, rules_path)
        if lexicon_path is not None:
            self.lexicon = read_lexicon(Path(lexicon_path))

    def __call__(self, doc: Doc) -> Doc:
        triggers = choose_triggers(doc, self.matcher, self.rules) if self.rules else []
        doc._.signings = extract_events(doc, triggers, self.lexicon, self.settings) if triggers else []
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
    nlp: Language, name: str, date_fallback: str, publisher_country: str, publisher_country_name: str
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
    return SigningExtractor(nlp, name, date_fallback=date_fallback,
                            publisher_country=publisher_country,
                            publisher_country_name=publisher_country_name)
