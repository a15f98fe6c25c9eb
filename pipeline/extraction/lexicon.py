"""The signing lexicon of a rule set: instruments, status cues, exclusions, group phrases.

Read from the rule set's ``lexicon.jsonl``: one entry a line, ``{"kind": ..., "text": ...}``
plus the fields its kind takes. Kinds:

- ``instrument``: a head noun phrase and its ``type`` ("memorandum of understanding" ->
  memorandum); ``plural`` marks plural forms that may introduce a list.
- ``planned`` / ``negated``: words or phrases that, before the trigger in the same clause,
  make a signing planned ("will", "plans to") or negated ("not", "declined to").
- ``excluded``: objects that make a "signing" not an event ("executive order", "bill").
- ``group``: phrases that stand for earlier parties ("the two countries"), with ``size``
  and what they stand for, ``stands_for``: ``countries`` (the default), ``agencies``
  ("the two agencies") or ``people`` ("the two officials"; their countries when fewer
  people were named).
- ``self``: first-person words that stand for the publisher's government ("we").
- ``headline_verb``: a headline's verbs that follow an instrument's name in capitals and
  are never part of it ("... Energy Agreement Postponed", "... Agreement Paves Way").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from ..pickling import dataclass_reduce
from ..places import Place
from ..records import AGREEMENT_TYPES
from ..rules import read_jsonl_numbered

KINDS = ("instrument", "planned", "negated", "excluded", "group", "self", "headline_verb")
#: What a group phrase may stand for: the span group its parties are read from.
GROUP_PARTIES = ("countries", "agencies", "people")


class GroupPhrase(NamedTuple):
    """How many earlier parties a group phrase stands for, and of which kind."""

    size: int
    stands_for: str = "countries"


@dataclass(frozen=True)
class Instrument:
    """An instrument head phrase, lower-cased, as token texts."""

    words: tuple[str, ...]
    type: str
    plural: bool = False

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return dataclass_reduce(self)


@dataclass
class Lexicon:
    """Everything the signing rules look up, as lower-cased token tuples."""

    instruments: dict[tuple[str, ...], Instrument] = field(default_factory=dict)
    planned: set[tuple[str, ...]] = field(default_factory=set)
    negated: set[tuple[str, ...]] = field(default_factory=set)
    excluded: set[tuple[str, ...]] = field(default_factory=set)
    groups: dict[tuple[str, ...], GroupPhrase] = field(default_factory=dict)
    self_words: set[str] = field(default_factory=set)
    #: A headline's verbs after a name, lower-cased ("postponed", "paves").
    headline_verbs: set[str] = field(default_factory=set)
    #: Places of the rule set's ``places.csv``: "in <place>" after an instrument's name
    #: tells where it was signed, not what it is about; a capital may stand for its
    #: government ("Moscow signed on to").
    places: dict[str, Place] = field(default_factory=dict)
    _shape: tuple[Any, int, int, frozenset[str], frozenset[str]] | None = field(
        default=None, init=False, repr=False, compare=False
    )
    _capitals: tuple[Any, int, dict[str, str]] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        # Compiled (mypyc) dataclasses leave fields that ``__init__`` skips unset.
        self._shape = None
        self._capitals = None

    @property
    def longest_instrument(self) -> int:
        """Length in tokens of the longest instrument phrase."""
        return self._instrument_shape()[0]

    @property
    def instrument_firsts(self) -> frozenset[str]:
        """The words that instrument phrases start with."""
        return self._instrument_shape()[1]

    def _instrument_shape(self) -> tuple[int, frozenset[str], frozenset[str]]:
        # Read once per change of the table: the rules ask for every sentence.
        instruments = self.instruments
        cached = self._shape
        if cached is None or cached[0] is not instruments or cached[1] != len(instruments):
            longest = max((len(words) for words in instruments), default=1)
            firsts = frozenset(words[0] for words in instruments if words)
            plurals = frozenset(words[-1] for words, entry in instruments.items() if entry.plural)
            cached = (instruments, len(instruments), longest, firsts, plurals)
            self._shape = cached
        return cached[2], cached[3], cached[4]

    @property
    def plural_heads(self) -> frozenset[str]:
        """The last words of plural instrument phrases ("agreements", "memoranda")."""
        return self._instrument_shape()[2]

    @property
    def capitals(self) -> dict[str, str]:
        """Capital -> ISO alpha-3 code of its country, from :attr:`places`."""
        cached = self._capitals
        if cached is None or cached[0] is not self.places or cached[1] != len(self.places):
            capitals = {n: p.country for n, p in self.places.items() if p.kind == "capital"}
            cached = self._capitals = (self.places, len(self.places), capitals)
        return cached[2]

    def to_records(self) -> list[dict[str, Any]]:
        """The lexicon as ``lexicon.jsonl`` records (for ``to_disk``)."""
        records: list[dict[str, Any]] = [
            {"kind": "instrument", "text": " ".join(i.words), "type": i.type, "plural": i.plural}
            for i in self.instruments.values()
        ]
        for kind, entries in (
            ("planned", self.planned),
            ("negated", self.negated),
            ("excluded", self.excluded),
        ):
            records.extend({"kind": kind, "text": " ".join(words)} for words in sorted(entries))
        records.extend(
            {"kind": "group", "text": " ".join(words), "size": group.size}
            | ({"stands_for": group.stands_for} if group.stands_for != "countries" else {})
            for words, group in sorted(self.groups.items())
        )
        records.extend({"kind": "self", "text": word} for word in sorted(self.self_words))
        records.extend(
            {"kind": "headline_verb", "text": word} for word in sorted(self.headline_verbs)
        )
        return records

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return dataclass_reduce(self)


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.lower().split())


def lexicon_from_records(records: Iterable[dict[str, Any]]) -> Lexicon:
    """Build a :class:`Lexicon` from validated records."""
    lexicon = Lexicon()
    for record in records:
        words = _words(record["text"])
        kind = record["kind"]
        if kind == "instrument":
            lexicon.instruments[words] = Instrument(
                words, record["type"], bool(record.get("plural"))
            )
        elif kind == "planned":
            lexicon.planned.add(words)
        elif kind == "negated":
            lexicon.negated.add(words)
        elif kind == "excluded":
            lexicon.excluded.add(words)
        elif kind == "group":
            lexicon.groups[words] = GroupPhrase(
                int(record.get("size") or 2), record.get("stands_for") or "countries"
            )
        elif kind == "headline_verb":
            lexicon.headline_verbs.add(words[0])
        else:
            lexicon.self_words.add(words[0])
    return lexicon


def read_lexicon(path: Path) -> Lexicon:
    """Read and validate a ``lexicon.jsonl`` file.

    Raises:
        RuleSetError: Naming file and line of a malformed entry, an unknown kind or type.
    """
    from ..errors import Errors, RuleSetError

    records = []
    for number, record in read_jsonl_numbered(
        path,
        required={"kind": str, "text": str},
        optional={"type": str, "plural": bool, "size": int, "stands_for": str, "note": str},
        choices={"kind": KINDS, "stands_for": GROUP_PARTIES},
    ):
        if record["kind"] == "instrument" and record.get("type") not in AGREEMENT_TYPES:
            raise RuleSetError(
                Errors.E009.format(
                    path=path,
                    line=number,
                    key="type",
                    value=record.get("type"),
                    expected=" | ".join(AGREEMENT_TYPES),
                )
            )
        if not record["text"].split():
            # An empty phrase would be found in every sentence.
            raise RuleSetError(
                Errors.E009.format(
                    path=path, line=number, key="text", value=record["text"], expected="words"
                )
            )
        records.append(record)
    return lexicon_from_records(records)
