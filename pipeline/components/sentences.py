"""Sentence boundaries that survive "U.S.", "Sept." and "Kevin K. McAleenan".

spaCy's tokenizer keeps abbreviations with their period as one token, so a period that
is a token of its own ends a sentence, and one inside a token ("Sept.", "K.") does not,
unless the token is an abbreviation that can close a sentence ("in the U.S. The next")
and the next word is a capitalised function word. Paragraph breaks always end one.

Candidates (terminal marks, closing abbreviations, white space with line breaks) are
found by comparing the Doc's token hashes with numpy, and only they are examined in
Python: a loop over every token would cost a third of tokenisation.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy
from spacy.attrs import IS_SPACE, ORTH
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.strings import StringStore
from spacy.tokens import Doc

from .batching import BatchedComponent

DEFAULT_TERMINAL_ABBREVIATIONS = [
    "U.S.",
    "D.C.",
    "U.K.",
    "U.N.",
    "E.U.",
    "Inc.",
    "Ltd.",
    "Co.",
    "Corp.",
    "Jr.",
    "Sr.",
    "a.m.",
    "p.m.",
    "etc.",
]
TERMINALS = (".", "!", "?", "...", "…", "..")
CLOSERS = frozenset({'"', "'", "”", "’", ")", "]", "»"})
OPENERS = frozenset({'"', "“", "‘", "(", "[", "«", "'"})
LINE_ENDS = frozenset('.!?…:"”’)')


def _hashes(strings: StringStore, words: Iterable[str]) -> numpy.ndarray:
    return numpy.array(sorted({strings.add(word) for word in words}), dtype="uint64")


def _opens_sentence(text: str) -> bool:
    first = text[:1]
    return first.isupper() or first.isdigit() or text in OPENERS


def _next_word(doc: Doc, index: int, spaces: numpy.ndarray) -> int:
    while index < len(doc) and spaces[index]:
        index += 1
    return index


def sentence_starts(doc: Doc, terminals: numpy.ndarray, abbreviations: numpy.ndarray) -> list[int]:
    """Indices of the tokens that start a sentence, the first token excluded.

    Args:
        doc: A tokenised document.
        terminals: Hashes of the tokens that end a sentence (".", "!", "?").
        abbreviations: Hashes of abbreviations that may end one when the next word is
            a capitalised function word ("The", "We", "In").

    Returns:
        Sorted token indices.
    """
    if len(doc) < 2:
        return []
    columns = doc.to_array([ORTH, IS_SPACE])
    orths, spaces = columns[:, 0], columns[:, 1].astype(bool)
    starts: set[int] = set()
    for i in numpy.flatnonzero(spaces).tolist():
        text = doc[i].text
        if "\n" not in text:
            continue
        j = _next_word(doc, i, spaces)
        if j >= len(doc) or j == 0:
            continue
        previous = doc[i - 1].text if i else ""
        if text.count("\n") >= 2 or not previous or previous[-1] in LINE_ENDS:
            starts.add(j)
    for i in numpy.flatnonzero(numpy.isin(orths, terminals)).tolist():
        j = i + 1
        while j < len(doc) and doc[j].text in CLOSERS:
            j += 1
        j = _next_word(doc, j, spaces)
        if j < len(doc) and _opens_sentence(doc[j].text):
            starts.add(j)
    for i in numpy.flatnonzero(numpy.isin(orths, abbreviations)).tolist():
        j = _next_word(doc, i + 1, spaces)
        if j < len(doc) and doc[j].text[:1].isupper() and doc[j].lower_ in STOP_WORDS:
            starts.add(j)
    return sorted(starts)


class SentenceSplitter(BatchedComponent):
    """Mark sentence starts from :func:`sentence_starts` in one array write."""

    def __init__(self, nlp: Language, name: str, *, terminal_abbreviations: list[str]) -> None:
        self.name = name
        self.terminal_abbreviations = list(terminal_abbreviations)
        self._terminals = _hashes(nlp.vocab.strings, TERMINALS)
        self._abbreviations = _hashes(nlp.vocab.strings, self.terminal_abbreviations)

    def __call__(self, doc: Doc) -> Doc:
        """Set every token's sentence-start flag."""
        if not len(doc):
            return doc
        # spaCy reads this array as uint64: -1 ("not a start") is its two's complement.
        values = numpy.full((len(doc), 1), numpy.iinfo("uint64").max, dtype="uint64")
        values[0, 0] = 1
        values[sentence_starts(doc, self._terminals, self._abbreviations), 0] = 1
        doc.from_array(["SENT_START"], values)  # type: ignore[arg-type]  # spaCy's Ints2d alias
        return doc


@Language.factory(
    "undersigned_sentences",
    default_config={"terminal_abbreviations": DEFAULT_TERMINAL_ABBREVIATIONS},
)
def make_sentence_splitter(
    nlp: Language, name: str, terminal_abbreviations: list[str]
) -> SentenceSplitter:
    """Build the sentence splitter (registered as ``undersigned_sentences``).

    Args:
        nlp: The pipeline.
        name: The component's name.
        terminal_abbreviations: Abbreviations that may end a sentence when a capitalised
            function word follows ("in the U.S. The next day ...").
    """
    return SentenceSplitter(nlp, name, terminal_abbreviations=terminal_abbreviations)
