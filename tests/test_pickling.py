"""Objects that cross process boundaries are rebuilt from their constructors' arguments."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
import spacy

from pipeline.extraction.events import Settings
from pipeline.extraction.lexicon import Instrument, read_lexicon
from pipeline.name_shapes import NameShapes
from pipeline.people_finder import people_finder
from pipeline.people_lexicon import load_lexicon as load_title_lexicon
from pipeline.pickling import dataclass_reduce

LEXICON = Path(__file__).resolve().parents[1] / "models" / "default" / "lexicon.jsonl"


def round_trip(obj):
    return pickle.loads(pickle.dumps(obj))


def test_a_dataclass_is_rebuilt_from_its_init_fields():
    words = ("memoranda", "of", "understanding")
    instrument = Instrument(words, "memorandum", plural=True)
    cls, args = dataclass_reduce(instrument)
    assert cls is Instrument and args == (words, "memorandum", True)
    assert round_trip(instrument) == instrument


def test_frozen_settings_survive_pickling():
    settings = Settings()
    assert round_trip(settings) == settings


def test_the_signing_lexicon_survives_pickling_and_makes_its_caches_again():
    lexicon = read_lexicon(LEXICON)
    longest = lexicon.longest_instrument  # fills a cache that __init__ does not take
    copy = round_trip(lexicon)
    assert copy.instruments == lexicon.instruments
    assert copy.longest_instrument == longest


def test_name_shapes_survive_pickling_without_their_cache():
    shapes = NameShapes(frozenset({"Department"}), frozenset({"Monday"}))
    text = "Minister Alexandra Hill Tinoco"
    before = shapes.name_end(text, 9, 2)
    copy = round_trip(shapes)
    assert (copy.cut_words, copy.time_words) == (shapes.cut_words, shapes.time_words)
    assert before and copy.name_end(text, 9, 2) == before


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "Secretary Blinken met Foreign Minister Alexandra Hill Tinoco.",
            ["Blinken", "Alexandra Hill Tinoco"],
        ),
        ("The agreement was signed today.", []),
    ],
)
def test_a_people_finder_finds_the_same_people_after_pickling(text, names):
    nlp = spacy.blank("en")
    finder = people_finder(nlp, load_title_lexicon(None, None), ["said"], "USA", "people-test")
    copy = round_trip(finder)
    for found in (finder, copy):
        mentions, _ = found.find(nlp(text))
        assert [text[m.start : m.end] for m in mentions] == names
