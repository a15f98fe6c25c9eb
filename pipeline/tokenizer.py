"""The tokenizer of undersigned's rule sets: spaCy's English one, one infix, two shortcuts.

Besides the infix below, military ranks abbreviated with a period ("Lt.", "Brig.") are
special cases, one token each, as spaCy's English already has "Gen." and "Adm.".

spaCy keeps "U.S.-Kazakhstan" and "U.S.-based" as one token, hiding the second country of
"the U.S.-Kazakhstan Air Transport Agreement". Splitting a hyphen that follows an
abbreviation's final period gives "U.S.", "-", "Kazakhstan". A rule set asks for it with::

    [nlp.tokenizer]
    @tokenizers = "undersigned.Tokenizer.v1"

Fast path: a chunk made of ASCII letters only ("signed", "Memorandum") is one token
under English's prefix, suffix and infix rules (every one of them needs a digit, a
punctuation mark or a symbol), but spaCy's tokenizer still runs all three regular
expressions (and the URL one) on it whenever the chunk is not in its cache, and the
cache keeps only the first 10,000 chunks and none after a document's first special
case ("U.S.", "Mr."). Such chunks are two in three of the cache misses of a release
corpus. The tokenizer's ``token_match`` (spaCy's hook for "never split this") takes
them first, so they skip the four searches; special cases ("cannot") still apply
because spaCy looks them up before ``token_match``. The tokens are the same;
:func:`letters_stay_whole` checks the claim for the language's rules when the
tokenizer is built, and the fast path is left off where it fails or where the
language has a ``token_match`` of its own.

Most of the misses left are a word and one closing mark ("said,", "that."), whose
suffix is the mark alone: :class:`MarkSuffixes` answers those without the suffix
expression (:func:`marks_split_alone` checks it with the same probes).
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Iterable
from typing import Any

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, registry

from .regex_trees import letter_tree

#: A hyphen or dash after "X." and before a letter: "U.S.-Japan", "U.K.-led".
ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)[-–—](?=[A-Za-z])"
#: Chunks of ASCII letters only. ``\Z`` rather than ``fullmatch`` because spaCy
#: restores a serialised ``token_match`` as ``re.compile(pattern).match``.
ASCII_WORD = re.compile(r"[A-Za-z]+\Z")
#: A word of ASCII letters and one closing mark ("said,", "that.", "(inaudible)"): the
#: mark alone is the suffix. A period counts only after a lower-case letter (English
#: splits it after "AB" or "b" but not after "aB").
WORD_AND_MARK = re.compile(r"(?:[A-Za-z]+[,;:!?)]|[A-Za-z]*[a-z]\.)\Z")
MARKS = ",;:!?)."
#: Military ranks abbreviated with a period that English splits ("Lt." -> "Lt", "."),
#: which then ends a sentence inside "Lt. Gen. Scott Spellmon" ("Gen." it keeps whole).
RANK_ABBREVIATIONS = ("Lt.", "Brig.", "Col.", "Maj.", "Capt.", "Sgt.", "Cmdr.", "Cdr.", "Cpl.")
#: Abbreviations inside titles that English splits: "Chargé d'Affaires a.i. Ana Ruiz".
TITLE_ABBREVIATIONS = ("a.i.",)
_LAST_CHARACTER = re.compile(r".\Z", re.DOTALL)


@registry.tokenizers("undersigned.Tokenizer.v1")
def create_tokenizer() -> Callable[[Language], Tokenizer]:
    """SpaCy's default tokenizer for the language, plus one infix and two shortcuts.

    The infix is :data:`ABBREVIATION_HYPHEN`; the shortcuts (:func:`whole_words`,
    :class:`MarkSuffixes`) are described in the module docstring.
    """
    default = registry.tokenizers.get("spacy.Tokenizer.v1")()

    def make(nlp: Language) -> Tokenizer:
        tokenizer: Tokenizer = default(nlp)
        ranks = {rank: [{ORTH: rank}] for rank in (*RANK_ABBREVIATIONS, *TITLE_ABBREVIATIONS)}
        tokenizer.rules = {**(tokenizer.rules or {}), **ranks}
        infixes = list(nlp.Defaults.infixes or []) + [ABBREVIATION_HYPHEN]
        tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
        if tokenizer.token_match is None and _fast_path_holds(nlp, tokenizer):
            # One reload of the special cases (each setter reloads them) for both.
            suffix_search = MarkSuffixes(tokenizer.suffix_search)
            tokenizer = Tokenizer(
                nlp.vocab,
                rules=tokenizer.rules,
                prefix_search=tokenizer.prefix_search,
                suffix_search=suffix_search,
                infix_finditer=tokenizer.infix_finditer,
                token_match=whole_words(tokenizer.rules or {}),
                url_match=tokenizer.url_match,
                faster_heuristics=tokenizer.faster_heuristics,
            )
        return tokenizer

    return make


def whole_words(rules: dict[str, object]) -> Callable[[str], re.Match[str] | None]:
    """The tokenizer's ``token_match``: :data:`ASCII_WORD`, except for special cases.

    The tokenizer looks special cases up before ``token_match``, so letting them through
    would give the same tokens, but ``Tokenizer.explain`` asks ``token_match`` first and
    would show "cannot," as one token. The special cases are therefore left out by a
    negative look-ahead, written as a tree of their letters (one branch per first
    letter, and so on; :mod:`pipeline.regex_trees`): a flat list of ~300 alternatives
    cost half a microsecond a call, the tree less than a tenth of that. A compiled
    expression's ``match`` is called by the tokenizer without a Python frame, and spaCy
    saves it by its pattern.

    Args:
        rules: The tokenizer's special cases (only their keys of ASCII letters matter).
    """
    specials = sorted(key for key in rules if ASCII_WORD.match(key))
    if not specials:
        return ASCII_WORD.match
    return re.compile(f"(?!{letter_tree(specials)}\\Z){ASCII_WORD.pattern}").match


class MarkSuffixes:
    """A tokenizer's ``suffix_search`` that answers for :data:`WORD_AND_MARK` chunks itself.

    Such chunks are most of the cache misses left once words of letters are whole
    ("said," "that." "Yes."), and the suffix expression costs ~2 microseconds a search
    against ~0.3 for this. Other chunks go to the rules' expression. spaCy serialises a
    ``suffix_search`` by the pattern of its ``__self__``: this one gives the rules',
    and a pipeline read back from disk searches with it (the same tokens, without the
    shortcut).
    """

    def __init__(self, search: Callable[[str], re.Match[str] | None]) -> None:
        self.search = search
        self.__self__ = getattr(search, "__self__", None)

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        # See pipeline.pickling.
        return MarkSuffixes, (self.search,)

    def __call__(self, text: str) -> re.Match[str] | None:
        """The suffix match of ``text``, as the rules' expression would give it."""
        if WORD_AND_MARK.match(text):
            return _LAST_CHARACTER.match(text, len(text) - 1)
        return self.search(text)


#: Whether the shortcuts hold for a language's rules, by the rules' patterns: checking
#: ~10,000 probes takes ~0.2 s, too long to repeat for every pipeline built.
_CHECKED: dict[tuple[str, ...], bool] = {}


def _fast_path_holds(nlp: Language, tokenizer: Tokenizer) -> bool:
    key = tuple(
        getattr(getattr(search, "__self__", None), "pattern", repr(search))
        for search in (tokenizer.prefix_search, tokenizer.suffix_search, tokenizer.infix_finditer)
    )
    if key not in _CHECKED:
        words = probe_words(nlp)
        _CHECKED[key] = letters_stay_whole(tokenizer, words) and marks_split_alone(tokenizer, words)
    return _CHECKED[key]


_LONG_PADS = ("a" * 8, "A" * 8)


def probe_words(nlp: Language) -> list[str]:
    """ASCII-letter strings a prefix, suffix or infix rule of ``nlp`` might match.

    A probe, not a proof: every letter and pair of letters, and every run of letters
    written in the rules themselves ("km" of the units, "US" of "US$", "s" of "'s") in
    lower, upper and its own case, alone and between short and long runs of letters, so
    that a rule looking behind or ahead at letters is tried too.
    """
    sources: Iterable[object] = [
        *(nlp.Defaults.prefixes or []),
        *(nlp.Defaults.suffixes or []),
        *(nlp.Defaults.infixes or []),
        ABBREVIATION_HYPHEN,
    ]
    letters = string.ascii_letters
    words = {a + b for a in letters for b in ("", *letters)}
    runs = {run for source in sources for run in re.findall(r"[A-Za-z]+", str(source))}
    pads = ("", "a", "A", *_LONG_PADS)
    for run in runs:
        for cased in {run, run.lower(), run.upper()}:
            words.update(before + cased + after for before in pads for after in pads)
    return sorted(words)


def letters_stay_whole(tokenizer: Tokenizer, words: Iterable[str]) -> bool:
    """Whether no prefix, suffix or infix rule of ``tokenizer`` matches in any of ``words``.

    The URL rule is not asked: a chunk it matches is one token, as on the fast path.
    """
    for word in words:
        if tokenizer.prefix_search is not None and tokenizer.prefix_search(word):
            return False
        if tokenizer.suffix_search is not None and tokenizer.suffix_search(word):
            return False
        if tokenizer.infix_finditer is not None and any(tokenizer.infix_finditer(word)):
            return False
    return True


def marks_split_alone(tokenizer: Tokenizer, words: Iterable[str]) -> bool:
    """Whether the rules split a closing mark alone off each of ``words``.

    Only the word-and-mark chunks :data:`WORD_AND_MARK` takes are asked: for each, the
    rules must find no prefix, and the mark alone as suffix.
    """
    for word in words:
        if word.endswith(_LONG_PADS):
            continue  # the mark's rules look at most a few letters behind it
        for mark in MARKS:
            chunk = word + mark
            if not WORD_AND_MARK.match(chunk):
                continue
            if tokenizer.prefix_search is not None and tokenizer.prefix_search(chunk):
                return False
            found = tokenizer.suffix_search(chunk) if tokenizer.suffix_search else None
            if found is None or (found.start(), found.end()) != (len(word), len(chunk)):
                return False
    return True
