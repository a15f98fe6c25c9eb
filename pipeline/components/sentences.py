"""Sentence boundaries that survive "U.S.", "Sept." and "Kevin K. McAleenan".

spaCy's tokenizer keeps abbreviations with their period as one token, so a period that
is a token of its own ends a sentence, and one inside a token ("Sept.", "K.") does not,
unless the token is an abbreviation that can close a sentence ("in the U.S. The next")
and the next word is a capitalised function word. Paragraph breaks always end one.

Candidates (terminal marks, closing abbreviations, white space with line breaks) are
found by comparing the Doc's token hashes with numpy, and the next word after each is
found by one array pass; only the candidates' texts are read in Python, from the
string store, without building Token objects. A loop over every token would cost a
third of tokenisation.
"""

from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.strings import StringStore
from spacy.tokens import Doc

from ..columns import HashSet, shape_columns, text_of
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


#: -1 as spaCy's uint64 arrays hold it: "not a sentence start".
_NOT_A_START = numpy.iinfo("uint64").max


def _opens_sentence(text: str) -> bool:
    first = text[:1]
    return first.isupper() or first.isdigit() or text in OPENERS


#: Hash -> whether the word may open a sentence, shared by all Docs (a word's hash is
#: the same in every vocabulary); stops growing at ``_MAX_OPENERS`` entries.
_OPENS: dict[int, bool] = {}
_MAX_OPENERS = 200_000


def _opens(strings: StringStore, key: int) -> bool:
    found = _OPENS.get(key)
    if found is None:
        found = _opens_sentence(text_of(strings, key))
        if len(_OPENS) < _MAX_OPENERS:
            _OPENS[key] = found
    return found


def _next_false(flags: numpy.ndarray) -> numpy.ndarray:
    """For each index k (and len(flags)), the first index >= k whose flag is False."""
    size = len(flags)
    positions = numpy.where(flags, size, numpy.arange(size))
    return numpy.append(numpy.minimum.accumulate(positions[::-1])[::-1], size)


def _past_members(
    members: HashSet, column: numpy.ndarray, positions: numpy.ndarray
) -> numpy.ndarray:
    """Each position moved forward past the members of ``members`` found there.

    Closers after a terminal are few and short ('."' or '.)"'): stepping the positions
    that stand on one costs less than an array pass over every token.
    """
    flags = numpy.append(members.mask(column), False)  # the end is no member: steps stop
    positions = positions.copy()
    on_member = flags[positions]
    while on_member.any():
        positions[on_member] += 1
        on_member = flags[positions]
    return positions


def sentence_starts(
    doc: Doc, terminals: HashSet, abbreviations: HashSet, closers: HashSet
) -> list[int]:
    """Indices of the tokens that start a sentence, the first token excluded.

    Args:
        doc: A tokenised document.
        terminals: Hashes of the tokens that end a sentence (".", "!", "?").
        abbreviations: Hashes of abbreviations that may end one when the next word is
            a capitalised function word ("The", "We", "In").
        closers: Hashes of closing quotes and brackets, which stay with the sentence
            they close.

    Returns:
        Sorted token indices.
    """
    size = len(doc)
    if size < 2:
        return []
    columns = shape_columns(doc)  # shared with the manifest's word count
    orths, space_column = columns[:, 0], columns[:, 1].astype(bool)
    strings = doc.vocab.strings

    def text_at(index: int) -> str:
        # One index at a time: a whole uint64 column made Python integers costs more.
        return text_of(strings, int(orths[index]))

    # The first word at or after each index: past white space, or past closers first.
    next_word = _next_false(space_column)
    starts: set[int] = set()
    spaces = numpy.flatnonzero(space_column)
    for i, j in zip(spaces.tolist(), next_word[spaces].tolist(), strict=True):
        text = text_at(i)
        if "\n" not in text or j >= size or j == 0:
            continue
        previous = text_at(i - 1) if i else ""
        if text.count("\n") >= 2 or not previous or previous[-1] in LINE_ENDS:
            starts.add(j)
    after_ends = next_word[_past_members(closers, orths, terminals.positions(orths) + 1)]
    after_ends = after_ends[after_ends < size]
    # Ten thousand terminals in two hundred releases: each word is judged once, by hash.
    starts.update(
        j
        for j, key in zip(after_ends.tolist(), orths[after_ends].tolist(), strict=True)
        if _opens(strings, key)
    )
    closing = abbreviations.positions(orths)
    for j in next_word[closing + 1].tolist():
        if j < size:
            following = text_at(j)
            if following[:1].isupper() and following.lower() in STOP_WORDS:
                starts.add(j)
    return sorted(starts)


class SentenceSplitter(BatchedComponent):
    """Mark sentence starts from :func:`sentence_starts` in one array write."""

    def __init__(self, nlp: Language, name: str, *, terminal_abbreviations: list[str]) -> None:
        self.name = name
        self.terminal_abbreviations = list(terminal_abbreviations)
        strings = nlp.vocab.strings
        self._terminals = HashSet.of_words(strings, TERMINALS)
        self._abbreviations = HashSet.of_words(strings, self.terminal_abbreviations)
        self._closers = HashSet.of_words(strings, CLOSERS)

    def __call__(self, doc: Doc) -> Doc:
        """Set every token's sentence-start flag."""
        if not len(doc):
            return doc
        # spaCy reads this array as uint64: -1 ("not a start") is its two's complement.
        values = numpy.full((len(doc), 1), _NOT_A_START, dtype="uint64")
        values[0, 0] = 1
        values[sentence_starts(doc, self._terminals, self._abbreviations, self._closers), 0] = 1
        doc.from_array([SENT_START], values)  # type: ignore[arg-type]  # spaCy's Ints2d alias
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
