"""Signing events: trigger rules from the rule set, then :mod:`pipeline.extraction`.

A rule is a line of ``signing_rules.jsonl``: an ``id``, a spaCy ``Matcher`` token
``pattern``, the ``frame`` that says where its parties stand (``active``, ``passive``,
``nominal``, ``join``, ``document`` for a signature block whose instrument is the release
itself, or ``ignore`` for look-alikes such as "signs of"), a base
``confidence``, how far after the trigger its instrument may start
(``object_within``) and optionally its ``anchor`` token. Where rules overlap, the one
listed first wins.

Only the tokens around anchor words reach the Matchers (:mod:`pipeline.trigger_windows`):
they are found by comparing the Doc's lower-case hashes with the anchors in one
vectorised step, because running the Matcher over every token costs more than tokenising.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..columns import HashSet
from ..extensions import pipeline_done, set_doc_attr
from ..extraction.events import Trigger, extract_events, make_settings
from ..extraction.lexicon import Lexicon, read_lexicon
from ..places import read_places, save_places, saved_places
from ..rules import read_jsonl, write_jsonl
from ..trigger_windows import (
    RuleGroup,
    all_anchors,
    anchor_hits,
    rule_groups,
    window_matches,
)
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


def rule_matches(doc: Doc, groups: list[RuleGroup], every: HashSet) -> list[tuple[int, int, int]]:
    """Every group's matches in its windows, as ``(match id, start, end)`` in the Doc."""
    matches = []
    for group, hits in zip(groups, anchor_hits(doc, groups, every), strict=True):
        matches += window_matches(doc, group, hits)
    return matches


def choose_triggers(
    doc: Doc, rules: list[dict[str, Any]], matches: list[tuple[int, int, int]]
) -> list[Trigger]:
    """Non-overlapping rule matches; the rule listed first wins."""
    order = {rule["id"]: index for index, rule in enumerate(rules)}
    by_id = {rule["id"]: rule for rule in rules}
    strings = doc.vocab.strings
    ranked = sorted((order[strings[key]], start, -end, strings[key]) for key, start, end in matches)
    taken: set[int] = set()
    triggers = []
    for _, start, negative_end, rule_id in ranked:
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
        self.groups: list[RuleGroup] = []
        self.anchors = HashSet([])
        self.settings = make_settings(
            name, date_fallback, publisher_country, publisher_country_name
        )
        self.rules: list[dict[str, Any]] = []
        self.lexicon = Lexicon()

    def initialize(
        self,
        get_examples: Callable[[], Any] | None = None,
        *,
        nlp: Language | None = None,
        rules_path: Path | None = None,
        lexicon_path: Path | None = None,
        places_path: Path | None = None,
    ) -> None:
        """Load the trigger rules and the lexicon from the rule set's data files."""
        if rules_path is not None:
            rules = read_rules(Path(rules_path))
            self.groups = rule_groups(self.vocab_owner, rules, rules_path)
            self.anchors = all_anchors(self.groups)
            self.rules = rules
        if lexicon_path is not None:
            self.lexicon = read_lexicon(Path(lexicon_path))
        if places_path is not None:
            self.lexicon.places = read_places(Path(places_path))

    def __call__(self, doc: Doc) -> Doc:
        """Write the Doc's signing events to ``doc._.signings``."""
        matches = rule_matches(doc, self.groups, self.anchors)
        triggers = choose_triggers(doc, self.rules, matches) if matches else []
        try:
            events = extract_events(doc, triggers, self.lexicon, self.settings) if triggers else []
            set_doc_attr(doc, "signings", events)
        finally:
            pipeline_done(doc)
        return doc

    def to_disk(self, path: str | Path, *, exclude: tuple[str, ...] = ()) -> None:
        """Save the rules and lexicon beside the pipeline."""
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        write_jsonl(folder / RULES_FILE, self.rules)
        write_jsonl(folder / LEXICON_FILE, self.lexicon.to_records())
        save_places(folder, self.lexicon.places)

    def from_disk(self, path: str | Path, *, exclude: tuple[str, ...] = ()) -> SigningExtractor:
        """Load what :meth:`to_disk` saved."""
        folder = Path(path)
        self.initialize(
            rules_path=folder / RULES_FILE,
            lexicon_path=folder / LEXICON_FILE,
            places_path=saved_places(folder),
        )
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
