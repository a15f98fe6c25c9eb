"""Sentence boundaries that survive "U.S.", "Sept." and "Kevin K. McAleenan".

spaCy's tokenizer keeps abbreviations with their period as one token, so a period that
is a token of its own ends a sentence, and one inside a token ("Sept.", "K.") does not,
unless the token is an abbreviation that can close a sentence ("in the U.S. The next")
and the next word is a capitalised function word. Paragraph breaks always end one.

Candidates are found with a regular expression over the text and only they are
examined in Python: a loop over every token would cost a third of tokenisation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import numpy
from spacy.attrs import SENT_START
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import doc_text

DEFAULT_TERMINAL_ABBREVIATIONS = [
    "U.S.", "D.C.", "U.K.", "U.N.", "E.U.", "Inc.", "Ltd.", "Co.", "Corp.", "Jr.", "Sr.",
    "a.m.", "p.m.", "etc.",
]

# A terminal mark, closing quotes or brackets, white space, then what may open a sentence.
_CANDIDATE = re.compile(r"([.!?…]+)[\"'”’)\]»]*(\s+)(?=[\"“‘(\[«]?[A-Z0-9])")
_PARAGRAPH = re.compile(r"\n[^\S\n]*\n\s*(?=\S)|\n\s*(?=\S)")
_FIRST_WORD = re.compile(r"[\"“‘(\[«]?([A-Za-z]+)")


def _paragraph_break(text: str, match: re.Match[str]) -> bool:
    if match.group(0).count("\n") >= 2:
        return True
    before = text[: match.start()].rstrip()
    return not before or before[-1] in ".!?…:\"”’)"


def sentence_start_chars(
    doc: Doc, terminal_abbreviations: Iterable[str]
) -> list[int]:
    """Character offsets of the tokens that start a sentence (the first token excluded).

    Args:
        doc: A tokenised document.
        terminal_abbreviations: Abbreviations that may end a sentence when the next
            word is a capitalised function word ("The", "We", "In").

    Returns:
        Sorted offsets, each the start of a token.
    """
    text = doc_text(doc)
    abbreviations = frozenset(terminal_abbreviations)
    starts = doc.to_array("IDX")
    found: set[int] = set()
    for match in _PARAGRAPH.finditer(text):
        if match.end() < len(text) and _paragraph_break(text, match):
            found.add(match.end())
    for match in _CANDIDATE.finditer(text):
        mark_start = match.start(1)
        token = doc[int(numpy.searchsorted(starts, mark_start, side="right")) - 1]
        if token.idx == mark_start and token.text[0] in ".!?…":
            found.add(match.end())
            continue
        if token.text in abbreviations:
            word = _FIRST_WORD.match(text, match.end())
            if word and word.group(1).lower() in STOP_WORDS:
                found.add(match.end())
    chars = numpy.array(sorted(found), dtype="uint64")
    if not len(chars):
        return []
    positions = numpy.searchsorted(starts, chars)
    inside = positions < len(starts)
    aligned = chars[inside][starts[positions[inside]] == chars[inside]]
    return [int(char) for char in aligned if char > 0]


class SentenceSplitter:
    """Mark sentence starts from :func:`sentence_start_chars` in one array write."""

    def __init__(self, nlp: Language, name: str, *, terminal_abbreviations: list[str]) -> None:
        self.name = name
        self.terminal_abbreviations = list(terminal_abbreviations)

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        # spaCy reads this array as uint64: -1 ("not a start") is its two's complement.
        values = numpy.full((len(doc), 1), numpy.iinfo("uint64").max, dtype="uint64")
        values[0, 0] = 1
        starts = doc.to_array("IDX")
        chars = numpy.array(sentence_start_chars(doc, self.terminal_abbreviations), dtype="uint64")
        values[numpy.searchsorted(starts, chars), 0] = 1
        doc.from_array([SENT_START], values)
        return doc


@Language.factory(
    "undersigned_sentences",
    default_config={"terminal_abbreviations": DEFAULT_TERMINAL_ABBREVIATIONS},
)
def make_sentence_splitter(
    nlp: Language, name: str, terminal_abbreviations: list[str]
) -> SentenceSplitter:
    """Build the sentence splitter (registered as ``undersigned_sentences``)."""
    return SentenceSplitter(nlp, name, terminal_abbreviations=terminal_abbreviations)
