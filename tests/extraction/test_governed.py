"""The instruments a signing verb governs: pipeline.extraction.governed."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from pipeline.extraction.governed import _joins_instruments, instruments_for
from pipeline.extraction.instruments import find_instruments


@dataclass(frozen=True)
class Verb:
    start: int
    end: int
    frame: str = "active"
    object_within: int = 12


@pytest.mark.parametrize(
    "gap, joined",
    [
        ([",", "a"], True),
        ([",", "and", "an"], True),
        (["on", "health", ",", "a"], True),
        (["on", "oil", "and", "gas", "and", "a"], True),
        (["on", "trade", "with", "togo", "and", "a"], False),
        (["with", "ghana", "and", "a"], False),
        (["on", "health"], False),
    ],
)
def test_joins_instruments(gap, joined):
    assert _joins_instruments(gap) is joined


@pytest.mark.parametrize(
    "text, names",
    [
        ("Ghana signed an MOU.", ["MOU"]),
        (
            "Ghana signed a memorandum on health, a letter of intent on energy and an agreement "
            "on trade.",
            ["memorandum", "letter of intent", "agreement"],
        ),
        (
            "Ghana signed two agreements on Monday: a grant agreement for seeds and a memorandum "
            "on soil.",
            ["grant agreement", "memorandum"],
        ),
        # A list after the partner the plural is signed with.
        (
            "Ghana signed two agreements with Togo: a grant agreement and a memorandum on soil.",
            ["grant agreement", "memorandum"],
        ),
        # Each instrument with its own partner after "with".
        (
            "Ghana signed a memorandum on labor with Mexico and a letter of intent on training "
            "with Togo.",
            ["memorandum", "letter of intent"],
        ),
        # A "with" after the first only: the second is no instrument of this verb.
        ("Ghana signed a memorandum with Togo and an agreement on ports.", ["memorandum"]),
        # Items that are "one on ...": the plural in the singular, with each topic.
        (
            "Ghana signed two memoranda of understanding: one on trade facilitation and one on "
            "artificial intelligence research.",
            [
                "memorandum of understanding on trade facilitation",
                "memorandum of understanding on artificial intelligence research",
            ],
        ),
        (
            "Ghana signed two agreements: one on fisheries, the other on ports.",
            ["agreement on fisheries", "agreement on ports"],
        ),
        # One item alone is no list: the plural stays.
        ("Ghana signed two agreements: one on fisheries.", ["agreements"]),
        # Nothing after the verb: the instrument just before it, when near.
        ("The agreement that Ghana signed stands.", ["agreement"]),
    ],
)
def test_instruments_for(parsed, lexicon, text, names):
    doc = parsed(text)
    sentence = next(doc.sents)
    verb = next(t.i for t in doc if t.lower_ == "signed")
    found = find_instruments(sentence, lexicon)
    assert [f.name for f in instruments_for(Verb(verb, verb + 1), found, doc)] == names


def test_a_passive_takes_its_subject(parsed, lexicon):
    doc = parsed("The memorandum was signed by Ghana and an agreement followed.")
    verb = next(t.i for t in doc if t.lower_ == "signed")
    found = find_instruments(next(doc.sents), lexicon)
    chosen = instruments_for(Verb(verb, verb + 1, frame="passive"), found, doc)
    assert [f.name for f in chosen] == ["memorandum"]


@pytest.mark.parametrize(
    "text, agreements",
    [
        # The verb's clause ends at ", and": the instrument after it is another clause's.
        (
            "Treasury said talks with Liechtenstein have concluded, and that the agreement "
            "will be signed in June.",
            [],
        ),
        (
            "Ghana and Togo concluded a tax information exchange agreement today.",
            ["tax information exchange agreement"],
        ),
        # A relative clause's verb signs the instrument before it, not one of a clause after.
        (
            "It implements the Agreement on Trade, which Ghana and Togo signed in 1996, and "
            "builds on the close partnership between them.",
            ["Agreement on Trade"],
        ),
        # "concluded" after an instrument with an auxiliary between: talks ended.
        ("Negotiations on the trade agreement have concluded in Geneva.", []),
        # In a relative clause, or before "it", it makes the instrument.
        ("It upholds the agreement it concluded with Togo in 2019.", ["agreement"]),
        # A parenthesis after the verb keeps its object; so do a list's bare plurals.
        ("Ghana and Togo signed, and later ratified, the treaty.", ["treaty"]),
        (
            "Ghana and Togo signed a memorandum on trade, and letters of intent on energy.",
            ["memorandum", "letters of intent"],
        ),
        # A list's last item after ", and" is still an object.
        (
            "Ghana and Togo signed three documents: a memorandum on trade, a letter of intent "
            "on energy, and a framework on digital trade.",
            ["memorandum", "letter of intent", "framework"],
        ),
    ],
)
def test_no_object_past_the_end_of_the_verbs_clause(events_of, text, agreements):
    signed = [e["agreement"] for e in events_of(text) if e["status"] == "signed"]
    assert signed == agreements
