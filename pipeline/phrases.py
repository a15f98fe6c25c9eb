"""One phrase matcher shared by the entity components, run once per Doc.

A ``PhraseMatcher`` call costs about 30 ns per token whatever its patterns: with four
components each running their own (countries, agencies, people's cues, pronouns) that
was a sixth of tokenisation. Components of one pipeline therefore add their phrases to
the :class:`PhraseIndex` of their vocabulary, under a namespace of their own; the first
of them to look at a Doc runs the matcher and the others read their share of its matches.

Each component still owns its data: it adds its phrases when it loads them and replaces
them (:meth:`PhraseIndex.clear`) when it loads others. A match carries the key that
:meth:`PhraseIndex.add` returned for its phrases (:meth:`PhraseIndex.key` gives it too),
so the matches are handed on as the matcher made them, without a new tuple each.

Phrases are tokenised by a copy of the pipeline's tokenizer (:meth:`PhraseIndex.doc`):
spaCy's tokenizer caches at most 10,000 chunks of text, and thousands of gazetteer phrases
would fill that cache, leaving every chunk of the releases read later to be tokenised
anew (a tenth more tokenisation time).
"""

from __future__ import annotations

import weakref

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.vocab import Vocab

from .match_groups import Match, group_matches

# Vocab objects cannot be weakly referenced; an index keeps its vocabulary alive, so the
# id of a live index's vocabulary is never reused while the entry exists.
_INDEXES: weakref.WeakValueDictionary[int, PhraseIndex] = weakref.WeakValueDictionary()
_RESULTS: weakref.WeakKeyDictionary[Doc, tuple[PhraseIndex, int, int, dict[str, list[Match]]]] = (
    weakref.WeakKeyDictionary()
)
_SEPARATOR = "\x1f"


def _shared(namespace: str, key: str) -> str:
    """The matcher's name for a namespace's key, whose hash its matches carry."""
    return f"{namespace}{_SEPARATOR}{key}"


class PhraseIndex:
    """Phrases of several components in one case-sensitive ``PhraseMatcher``.

    Args:
        vocab: The vocabulary of the pipeline whose components share the index.
    """

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self.matcher = PhraseMatcher(vocab, attr="ORTH")
        self._owners: dict[int, str] = {}  # match key -> namespace
        self._keys: dict[str, list[str]] = {}  # namespace -> its shared keys
        self.version = 0  # changes whenever phrases are added or removed
        self._tokenizers: tuple[object, Tokenizer] | None = None  # (pipeline's, copy)

    def doc(self, nlp: Language, text: str) -> Doc:
        """A phrase as a Doc, tokenised as the pipeline tokenises, without using its cache."""
        tokenizer = nlp.tokenizer
        if not isinstance(tokenizer, Tokenizer):
            return nlp.make_doc(text)
        if self._tokenizers is None or self._tokenizers[0] is not tokenizer:
            copy = Tokenizer(
                nlp.vocab,
                rules=tokenizer.rules,
                prefix_search=tokenizer.prefix_search,
                suffix_search=tokenizer.suffix_search,
                infix_finditer=tokenizer.infix_finditer,
                token_match=tokenizer.token_match,
                url_match=tokenizer.url_match,
                faster_heuristics=tokenizer.faster_heuristics,
            )
            self._tokenizers = (tokenizer, copy)
        return self._tokenizers[1](text)

    def __getstate__(self) -> dict[str, object]:
        # The tokenizer copy is made again where it is needed (worker processes read).
        return {**self.__dict__, "_tokenizers": None}

    def add(self, namespace: str, key: str, phrases: list[Doc]) -> int:
        """Add phrases under a namespace's key; returns the key their matches carry."""
        shared = _shared(namespace, key)
        self.matcher.add(shared, phrases)
        match_key = self.vocab.strings.add(shared)
        self._owners[match_key] = namespace
        self._keys.setdefault(namespace, []).append(shared)
        self.version += 1
        return match_key

    def key(self, namespace: str, key: str) -> int:
        """The key that matches of a namespace's ``key`` carry, added or not."""
        return self.vocab.strings.add(_shared(namespace, key))

    def clear(self, namespace: str) -> None:
        """Remove every phrase of a namespace (before its component loads new data)."""
        for shared in dict.fromkeys(self._keys.pop(namespace, [])):
            self.matcher.remove(shared)
            self._owners.pop(self.vocab.strings[shared], None)
        self.version += 1

    def namespace(self, owner: object, name: str) -> str:
        """A namespace for ``owner``'s phrases, cleared when ``owner`` is freed.

        A component removed from its pipeline thus takes its phrases with it.
        """
        namespace = f"{name}#{id(owner):x}"
        weakref.finalize(owner, self.clear, namespace)
        return namespace

    def namespaces(self) -> list[str]:
        """The namespaces that have phrases."""
        return list(self._keys)

    def matches(self, doc: Doc, namespace: str) -> list[Match]:
        """A namespace's matches in ``doc`` as ``(key, start, end)``, keys as :meth:`add` gave.

        The matcher runs once per Doc (and again only if the phrases or the Doc's length
        changed); the matches of all namespaces are kept until the Doc is freed.
        """
        cached = _RESULTS.get(doc)
        if (
            cached is None
            or cached[0] is not self
            or cached[1] != self.version
            or cached[2] != len(doc)
        ):
            grouped = group_matches(self.matcher(doc), self._owners, self._keys)
            cached = (self, self.version, len(doc), grouped)
            _RESULTS[doc] = cached
        return cached[3].get(namespace, [])


def phrase_index(vocab: Vocab) -> PhraseIndex:
    """The index shared by the components of the pipeline that owns ``vocab``."""
    index = _INDEXES.get(id(vocab))
    if index is None or index.vocab is not vocab:
        index = PhraseIndex(vocab)
        _INDEXES[id(vocab)] = index
    return index
