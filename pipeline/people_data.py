"""The data files of the people components, read and checked.

Rule set files, read with :func:`pipeline.rules.read_jsonl_numbered`; errors name the file
and line:

- ``titles.jsonl``: ``title`` as written and ``kind``: ``head`` (an office; optional
  ``complements``: prepositions it takes, "of", "for", "to", "on", "in", "at";
  ``family``: the office it names, "Minister" for "Foreign Minister"; ``home``;
  ``plural``: "Senators"; ``in_name``: a king's title, kept in the name, "King Abdullah
  II"; ``min_name_tokens``: 2 for ranks that are also common words, "General"),
  ``modifier`` ("Acting", "Deputy"), ``honorific`` ("Mr.", "His Excellency"), ``role``
  (lower-case nouns before names, "citizens") or ``portfolio`` (words of an office's
  "of ..." phrase that may precede a name without a comma, "Foreign", "Affairs"; never
  part of a name; ``before_head``: the word may also stand before a head, "Trade Cabinet
  Secretary", "External Affairs Minister"). Heads and honorifics may say the ``gender``
  ("m" or "f") of the person they name ("Mr.", "Queen"), which pronoun linking checks.
- ``name_stopwords.jsonl``: ``word`` and ``kind``: ``function`` ("The", "Today") and
  ``org`` ("Department", "Office") words are never part of a name; ``time`` words
  ("May", "Monday") do not start one.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .errors import Errors, RuleSetError
from .rules import read_jsonl_numbered

TITLES_FILE = "titles.jsonl"
STOPWORDS_FILE = "name_stopwords.jsonl"
TITLE_KINDS = ("head", "modifier", "honorific", "role", "portfolio")
STOPWORD_KINDS = ("function", "time", "org")
PREPOSITIONS = ("of", "for", "to", "on", "in", "at")
GENDERS = ("m", "f")


def _check(path: Path, line: int, key: str, value: Any, allowed: Iterable[str]) -> None:
    if value not in allowed:
        raise RuleSetError(
            Errors.E441.format(
                path=path, line=line, key=key, value=value, expected=", ".join(allowed)
            )
        )


def read_titles(path: Path) -> list[dict[str, Any]]:
    """Read and check ``titles.jsonl``; errors name the file and line."""
    records = []
    for line, record in read_jsonl_numbered(
        path,
        required={"title": str, "kind": str},
        optional={
            "complements": list,
            "family": str,
            "home": bool,
            "plural": str,
            "in_name": bool,
            "min_name_tokens": int,
            "gender": str,
            "before_head": bool,
        },
    ):
        _check(path, line, "kind", record["kind"], TITLE_KINDS)
        for preposition in record.get("complements") or []:
            _check(path, line, "complements", preposition, PREPOSITIONS)
        if record.get("gender") is not None:
            _check(path, line, "gender", record["gender"], GENDERS)
        if not record["title"].strip():
            raise RuleSetError(Errors.E442.format(path=path, line=line))
        records.append(record)
    return records


def read_stopwords(path: Path) -> list[dict[str, Any]]:
    """Read and check ``name_stopwords.jsonl``; errors name the file and line."""
    records = []
    for line, record in read_jsonl_numbered(path, required={"word": str, "kind": str}):
        _check(path, line, "kind", record["kind"], STOPWORD_KINDS)
        records.append(record)
    return records
