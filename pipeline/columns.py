"""Token attribute columns read once per Doc, searched by hash, and read back as strings.

A component that looks at every token compares ``StringStore`` hashes in numpy arrays
instead of building a Token object per token; :func:`text_of` turns the few hashes it
keeps back into strings through a table shared by all Docs.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable

import numpy
from spacy.attrs import IS_PUNCT, IS_SPACE, LOWER, ORTH
from spacy.strings import StringStore
from spacy.tokens import Doc

#: Hash -> string, shared by all Docs of a process: a string's hash is the same in every
#: vocabulary and column (ORTH, LOWER), so one table serves them all.
_TEXTS: dict[int, str] = {}
_MAX_TEXTS = 200_000


def text_of(strings: StringStore, key: int) -> str:
    """The string a hash stands for, through a table shared by all Docs.

    Reading token texts from an attribute column this way builds no Token objects;
    the table stops growing at :data:`_MAX_TEXTS` entries.
    """
    text = _TEXTS.get(key)
    if text is None:
        text = strings[key]
        if len(_TEXTS) < _MAX_TEXTS:
            _TEXTS[key] = text
    return text


def texts_of(strings: StringStore, keys: list[int]) -> list[str]:
    """:func:`text_of` for each of ``keys``; known strings are looked up without a call."""
    known = _TEXTS.get
    return [known(key) or text_of(strings, key) for key in keys]


_COLUMNS: weakref.WeakKeyDictionary[Doc, dict[tuple[int, ...], numpy.ndarray]] = (
    weakref.WeakKeyDictionary()
)


def _columns(doc: Doc, attrs: tuple[int, ...]) -> numpy.ndarray:
    """``Doc.to_array(attrs)``, read once per Doc (one column, or n x len(attrs))."""
    per_doc = _COLUMNS.setdefault(doc, {})
    columns = per_doc.get(attrs)
    if columns is None or len(columns) != len(doc):
        empty = (0, len(attrs)) if len(attrs) > 1 else 0
        columns = doc.to_array(list(attrs)) if len(doc) else numpy.zeros(empty, dtype="uint64")
        per_doc[attrs] = columns
    return columns


def lower_column(doc: Doc) -> numpy.ndarray:
    """The Doc's ``LOWER`` hashes, one per token, read once per Doc.

    The date component, the signing rules' anchors and their word lists all look at
    lower-case forms; ``Doc.to_array`` costs about 20 ns a token each time.
    """
    return _columns(doc, (LOWER,))


def shape_columns(doc: Doc) -> numpy.ndarray:
    """The Doc's ``ORTH``, ``IS_SPACE`` and ``IS_PUNCT`` columns (n x 3), read once per Doc.

    The sentence splitter reads the first two, the manifest's word count the last two;
    reading the three in one ``Doc.to_array`` costs two thirds of two separate reads.
    """
    return _columns(doc, (ORTH, IS_SPACE, IS_PUNCT))


class HashSet:
    """A fixed set of string hashes, for finding its members in a hash column.

    ``numpy.isin`` sorts or tables its arguments on every call, and a binary search per
    token costs 17 ns; a table of the hashes' low 16 bits rules out almost every token
    with one lookup (about 1.5 ns), and only the few left are searched for.

    Args:
        hashes: The members (``StringStore`` hashes, as the ``ORTH``/``LOWER`` columns).
    """

    _LOW = numpy.uint64(0xFFFF)
    #: Columns up to this length are searched in Python: numpy's dozen calls cost more.
    SHORT = 64

    def __init__(self, hashes: Iterable[int]) -> None:
        self.values = numpy.array(sorted(set(hashes)), dtype="uint64")
        self._members = frozenset(self.values.tolist())
        self._table = numpy.zeros(1 << 16, dtype=bool)
        self._table[(self.values & self._LOW).astype(numpy.intp)] = True

    @classmethod
    def of_words(cls, strings: StringStore, words: Iterable[str]) -> HashSet:
        """The set of ``words``' hashes, added to ``strings``."""
        return cls(strings.add(word) for word in words)

    def __len__(self) -> int:
        return len(self.values)

    def positions(self, column: numpy.ndarray) -> numpy.ndarray:
        """Indices of the column's entries that are members, in order."""
        if not len(self.values) or not len(column):
            return numpy.zeros(0, dtype=numpy.intp)
        if len(column) <= self.SHORT:
            members = self._members
            found = [i for i, key in enumerate(column.tolist()) if key in members]
            return numpy.array(found, dtype=numpy.intp)
        candidates = self._table.take((column & self._LOW).astype(numpy.intp)).nonzero()[0]
        if not len(candidates):
            return candidates
        picked = column.take(candidates)
        found_at = self.values.searchsorted(picked)
        numpy.minimum(found_at, len(self.values) - 1, out=found_at)
        return candidates[self.values.take(found_at) == picked]

    def mask(self, column: numpy.ndarray) -> numpy.ndarray:
        """Whether each entry of the column is a member."""
        flags = numpy.zeros(len(column), dtype=bool)
        flags[self.positions(column)] = True
        return flags
