"""Lower-case words of token ranges, read from one array per Doc instead of Token objects.

The signing rules look at the words of a sentence many times (instrument heads, "by",
"with", "between", clause breaks). Each ``doc[i].lower_`` builds a Token object; reading
the Doc's ``LOWER`` column once and mapping its hashes to strings through the shared
table of :func:`pipeline.columns.text_of` costs a fraction of that.
"""

from __future__ import annotations

import weakref

from spacy.tokens import Doc

from ..columns import lower_column, texts_of

#: Per Doc, the lower-case form of each token read so far (None where not yet read):
#: the rules read the same sentence's words several times per event.
_WORDS: weakref.WeakKeyDictionary[Doc, list[str | None]] = weakref.WeakKeyDictionary()


def lower_words(doc: Doc, start: int, end: int) -> list[str]:
    """The lower-case forms of the tokens ``doc[start:end]``."""
    start, end = max(start, 0), min(end, len(doc))
    if end <= start:
        return []
    words = _WORDS.get(doc)
    if words is None or len(words) != len(doc):
        words = _WORDS[doc] = [None] * len(doc)
    known = words[start:end]
    if None not in known:
        return known  # type: ignore[return-value]  # no None left in the slice
    read = texts_of(doc.vocab.strings, lower_column(doc)[start:end].tolist())
    words[start:end] = read
    return read


def first_word_in(
    doc: Doc, words: frozenset[str] | set[str] | tuple[str, ...], start: int, end: int
) -> int | None:
    """Index of the first token of ``doc[start:end]`` whose lower-case form is in ``words``."""
    found = lower_words(doc, start, end)
    if len(words) == 1:
        [word] = words
        return start + found.index(word) if word in found else None
    for offset, word in enumerate(found):
        if word in words:
            return start + offset
    return None


def last_word_in(
    doc: Doc, words: frozenset[str] | set[str] | tuple[str, ...], start: int, end: int
) -> int | None:
    """Index of the last token of ``doc[start:end]`` whose lower-case form is in ``words``."""
    found = None
    for offset, word in enumerate(lower_words(doc, start, end)):
        if word in words:
            found = start + offset
    return found


def is_name_word(text: str) -> bool:
    """Whether a token may be a word of a proper name: capitalised or a number, not "The"."""
    return bool(text) and (text[0].isupper() or text[0].isdigit()) and text.lower() != "the"
