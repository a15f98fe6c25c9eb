from __future__ import annotations

import gc
import pickle

import pytest
import spacy

from pipeline import nlp as nlp_module
from pipeline.phrases import PhraseIndex, phrase_index


class Owner:
    """Stands for a component: something whose life bounds its namespace."""


class CountingMatcher:
    """Wraps a PhraseMatcher and counts its calls."""

    def __init__(self, matcher):
        self.matcher, self.calls = matcher, 0

    def __call__(self, doc):
        self.calls += 1
        return self.matcher(doc)

    def __getattr__(self, name):
        return getattr(self.matcher, name)


def texts(doc, matches, names):
    """Matches as (the name their key was added under, text); ``names``: key -> name."""
    return [(names[key], doc[start:end].text) for key, start, end in matches]


@pytest.fixture
def nlp():
    return spacy.blank("en")


def test_each_namespace_gets_its_own_matches_under_its_own_keys(nlp):
    index = PhraseIndex(nlp.vocab)
    a, b = Owner(), Owner()
    countries, titles = index.namespace(a, "countries"), index.namespace(b, "titles")
    names = {
        index.add(countries, "SLV", [nlp.make_doc("El Salvador")]): "SLV",
        index.add(titles, "TITLE", [nlp.make_doc("Minister"), nlp.make_doc("Foreign Minister")]): (
            "TITLE"
        ),
        index.add(titles, "SLV", [nlp.make_doc("Salvadoran")]): "SLV",  # one key, two namespaces
    }
    assert len(names) == 3  # the two namespaces' "SLV" phrases carry keys of their own
    doc = nlp.make_doc("The Salvadoran Foreign Minister visited El Salvador.")
    assert texts(doc, index.matches(doc, countries), names) == [("SLV", "El Salvador")]
    assert sorted(texts(doc, index.matches(doc, titles), names)) == [
        ("SLV", "Salvadoran"),
        ("TITLE", "Foreign Minister"),
        ("TITLE", "Minister"),
    ]
    assert index.matches(doc, "unknown#0") == []


def test_a_key_is_known_before_its_phrases_are_added(nlp):
    index = PhraseIndex(nlp.vocab)
    owner = Owner()
    name = index.namespace(owner, "agencies")
    expected = index.key(name, "B")
    assert index.add(name, "B", [nlp.make_doc("Bank")]) == expected
    assert index.key(name, "B") != index.key(index.namespace(Owner(), "other"), "B")


def test_the_matcher_runs_once_per_doc_for_all_namespaces(nlp):
    index = PhraseIndex(nlp.vocab)
    owners = [Owner() for _ in range(3)]
    names = [index.namespace(owner, f"c{i}") for i, owner in enumerate(owners)]
    for i, name in enumerate(names):
        index.add(name, "K", [nlp.make_doc(f"word{i}")])
    counting = CountingMatcher(index.matcher)
    index.matcher = counting  # type: ignore[assignment]
    doc = nlp.make_doc("word0 word1 word2 word0")
    assert [len(index.matches(doc, name)) for name in names] == [2, 1, 1]
    assert counting.calls == 1
    other = nlp.make_doc("word2")
    assert [len(index.matches(other, name)) for name in names] == [0, 0, 1]
    assert counting.calls == 2


def test_clearing_a_namespace_drops_its_phrases_and_the_cached_matches(nlp):
    index = PhraseIndex(nlp.vocab)
    owner = Owner()
    name = index.namespace(owner, "agencies")
    names = {index.add(name, "DHS", [nlp.make_doc("DHS")]): "DHS"}
    doc = nlp.make_doc("DHS and CBP")
    assert texts(doc, index.matches(doc, name), names) == [("DHS", "DHS")]
    index.clear(name)
    names = {index.add(name, "CBP", [nlp.make_doc("CBP")]): "CBP"}
    assert texts(doc, index.matches(doc, name), names) == [("CBP", "CBP")]


def test_a_freed_owner_takes_its_phrases_with_it(nlp):
    index = PhraseIndex(nlp.vocab)
    owner = Owner()
    name = index.namespace(owner, "gone")
    index.add(name, "X", [nlp.make_doc("x")])
    assert index.namespaces() == [name]
    del owner
    gc.collect()
    assert index.namespaces() == []
    assert len(index.matcher) == 0


def test_one_index_per_vocabulary(nlp):
    assert phrase_index(nlp.vocab) is phrase_index(nlp.vocab)
    assert phrase_index(nlp.vocab) is not phrase_index(spacy.blank("en").vocab)


def test_an_empty_doc_has_no_matches(nlp):
    index = PhraseIndex(nlp.vocab)
    owner = Owner()
    name = index.namespace(owner, "x")
    index.add(name, "X", [nlp.make_doc("x")])
    assert index.matches(nlp.make_doc(""), name) == []


def _index_of(component):
    return component.phrases if hasattr(component, "phrases") else component.finder.phrases


def test_the_default_components_share_one_index_and_still_do_after_pickling():
    nlp = nlp_module.load("default")
    names = ["undersigned_countries", "undersigned_agencies", "undersigned_people"]
    components = [nlp.get_pipe(name) for name in names]
    assert len({id(_index_of(c)) for c in components}) == 1
    # Worker processes receive the components pickled together.
    copies = pickle.loads(pickle.dumps(components))
    assert len({id(_index_of(c)) for c in copies}) == 1
    assert _index_of(copies[0]) is not _index_of(components[0])
    countries = copies[0]
    doc = countries(countries.nlp.make_doc("Salvadoran officials met in El Salvador."))
    assert [s.kb_id_ for s in doc.spans["countries"]] == ["SLV", "SLV"]


@pytest.mark.parametrize(
    "text",
    ["U.S.-Japan", "Côte d'Ivoire", "Ministry of Foreign Affairs", "the Hon. Marise Payne"],
)
def test_phrases_are_tokenised_like_texts_by_a_copy_of_the_tokenizer(text):
    nlp = nlp_module.load("default")
    index = PhraseIndex(nlp.vocab)
    doc = index.doc(nlp, text)
    assert [t.text for t in doc] == [t.text for t in nlp.make_doc(text)]
    assert index._tokenizers is not None
    assert index._tokenizers[1] is not nlp.tokenizer
    assert index.doc(nlp, text).vocab is nlp.vocab


def test_a_custom_tokenizer_is_used_as_it_is(nlp):
    from spacy.tokens import Doc

    nlp.tokenizer = lambda text: Doc(nlp.vocab, words=text.split("|"))
    index = PhraseIndex(nlp.vocab)
    assert [t.text for t in index.doc(nlp, "a b|c")] == ["a b", "c"]


def test_the_tokenizer_copy_is_not_pickled(nlp):
    index = PhraseIndex(nlp.vocab)
    index.doc(nlp, "some words")
    copy = pickle.loads(pickle.dumps(index))
    assert copy._tokenizers is None
    assert [t.text for t in copy.doc(nlp, "some words")] == ["some", "words"]
