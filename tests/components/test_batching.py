from __future__ import annotations

import uuid

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import ignore_error

from pipeline.components.batching import BatchedComponent


class Logger(BatchedComponent):
    """Records which Doc it saw, in order; fails on Docs that say "boom"."""

    def __init__(self, name: str, log: list[tuple[str, str]]) -> None:
        self.name, self.log = name, log

    def __call__(self, doc: Doc) -> Doc:
        self.log.append((self.name, doc.text))
        if "boom" in doc.text:
            raise ValueError(f"{self.name} failed on {doc.text}")
        return doc


def _pipeline(log: list[tuple[str, str]]) -> Language:
    """A blank pipeline with two loggers, added as components under fresh names."""
    nlp = spacy.blank("en")
    for name in ("first", "second"):
        factory = f"undersigned_test_{name}_{uuid.uuid4().hex}"
        Language.component(factory, func=Logger(name, log))
        nlp.add_pipe(factory, name=name)
    return nlp


def _docs(words: str) -> list[Doc]:
    nlp = spacy.blank("en")
    return [nlp.make_doc(word) for word in words.split()]


def test_pipe_yields_every_doc_in_order():
    log: list[tuple[str, str]] = []
    docs = _docs("a b c d e")
    assert list(Logger("first", log).pipe(docs, batch_size=2)) == docs


def test_an_empty_stream_gives_nothing():
    log: list[tuple[str, str]] = []
    assert list(Logger("first", log).pipe([], batch_size=4)) == []
    assert log == []


@pytest.mark.parametrize(
    "batch_size, order",
    [
        (2, ["first a", "first b", "second a", "second b", "first c", "second c"]),
        (3, ["first a", "first b", "first c", "second a", "second b", "second c"]),
        (1, ["first a", "second a", "first b", "second b", "first c", "second c"]),
    ],
)
def test_nlp_pipe_runs_one_component_over_a_batch_before_the_next(batch_size, order):
    log: list[tuple[str, str]] = []
    nlp = _pipeline(log)
    texts = [doc.text for doc in nlp.pipe(["a", "b", "c"], batch_size=batch_size)]
    assert texts == ["a", "b", "c"]
    assert [f"{name} {text}" for name, text in log] == order


def test_a_failing_doc_raises_by_default():
    log: list[tuple[str, str]] = []
    with pytest.raises(ValueError, match="first failed on boom"):
        list(Logger("first", log).pipe(_docs("a boom c")))


def test_with_a_handler_the_failing_doc_is_left_out_and_its_batch_goes_on():
    log: list[tuple[str, str]] = []
    nlp = _pipeline(log)
    seen: list[tuple[str, list[str], str]] = []

    def handler(name, component, docs, error):
        seen.append((name, [d.text for d in docs], str(error)))

    nlp.set_error_handler(handler)
    texts = [doc.text for doc in nlp.pipe(["a", "boom", "c"], batch_size=3)]
    assert texts == ["a", "c"]
    assert seen == [("first", ["boom"], "first failed on boom")]
    assert ("second", "boom") not in log


def test_the_error_handler_can_be_read_back():
    component = Logger("first", [])
    component.set_error_handler(ignore_error)
    assert component.get_error_handler() is ignore_error
    assert [doc.text for doc in component.pipe(_docs("boom a"))] == ["a"]
