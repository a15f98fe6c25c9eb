"""Instruments that make no event: pipeline.extraction.non_events over sentences we write."""

from __future__ import annotations

import pytest

from pipeline.extraction.instruments import find_instruments
from pipeline.extraction.non_events import (
    announces_list,
    counted,
    excluded_object,
    is_excluded,
    named_by_kind,
    release_genre,
    talks_before,
    unnamed_plural,
)

UNNAMED = [
    ("They signed eight defense-related agreements.", True),
    ("USDA Signs Three Agreements with Kenya", True),  # a headline's capitals after a count
    ("U.S. and Vietnam Sign Agreements During State Visit", True),  # no name before the head
    ("Ghana and Togo Sign Minsk Agreements", False),  # a name before it
    ("They signed the Minsk agreements.", False),  # a proper name
    ("They signed memoranda of understanding on cybersecurity.", False),  # a topic
    ("They signed these agreements.", False),  # refers back to ones named before
    ("They signed an agreement.", False),  # not plural
    ("They signed agreements for $300 million in financing.", True),  # an amount
    ("They signed agreements for up to 20 years.", True),
    ("They signed agreements for 20 years of cooperation.", True),
    ("They signed agreements for energy cooperation.", False),  # a topic
    ("They signed agreements for two new health clinics.", False),
    ("They signed memoranda of understanding for 6G research.", False),
]
BY_KIND = [
    ("Ghana is the 28th country to sign such an agreement.", True),
    ("Niger is the fifth country to have signed such an agreement.", True),
    ("Ghana has signed such agreements before.", True),
    ("Ghana will sign a similar agreement.", False),
    ("Ghana signed the agreement.", False),
    # One instrument of a kind: an ordinal before "such", or no infinitive "to sign".
    ("Such an Agreement on Ports was signed.", False),
    ("Ghana signed the first such agreement with Togo.", False),
    ("In 2019, Ghana signed such an agreement with Togo.", False),
    # "any" or "no" instrument names none.
    ("Fiji has not signed any security agreement with China.", True),
    ("Ghana signed no agreement with Togo.", True),
]


COUNTED = [
    ("This is the third agreement our countries have signed this year.", True),
    ("It is the 12th memorandum that Ghana has signed with Togo.", True),
    ("It is the first accord the two sides have ever signed.", True),
    # An ordinal that describes a signing of its own.
    ("Ghana today signed the first agreement of its kind with Togo.", False),
    ("Ghana signed the first memorandum the two governments have ever signed.", False),
    ("The third agreement will be signed in May.", False),
]


@pytest.mark.parametrize(
    "predicate, text, expected",
    [(unnamed_plural, *case) for case in UNNAMED]
    + [(named_by_kind, *case) for case in BY_KIND]
    + [(counted, *case) for case in COUNTED],
)
def test_instruments_that_name_none(parsed, lexicon, predicate, text, expected):
    doc = parsed(text)
    [found] = find_instruments(doc[:], lexicon)
    assert predicate(doc, found) is expected


@pytest.mark.parametrize(
    "text, excluded",
    [
        ("President Biden signed H.R. 55 into law.", True),
        ("The President signed an executive order on supply chains.", True),
        ("The Governor signed a proclamation, then a memorandum of understanding.", True),
        ("Ghana signed a memorandum of understanding with Togo.", False),
    ],
)
def test_is_excluded(parsed, first_trigger, lexicon, text, excluded):
    trigger = first_trigger(parsed(text))
    sentence = trigger.sent
    assert is_excluded(trigger.doc, trigger.end, sentence, lexicon) is excluded


@pytest.mark.parametrize(
    "text, talks",
    [
        ("Negotiations on the trade agreement concluded in Lima.", True),
        ("Talks over the agreement concluded last week.", True),
        # The verb's own object: the instrument before it is another act's.
        ("They completed the negotiation on the agreement and concluded it in May.", False),
        # The instrument is the subject.
        ("The agreement concluded in 1995 still holds.", False),
    ],
)
def test_talks_before(parsed, first_trigger, lexicon, text, talks):
    doc = parsed(text)
    trigger = first_trigger(doc)
    [found] = find_instruments(doc[:], lexicon)
    assert talks_before(doc, trigger.start, found, lexicon) is talks


@pytest.mark.parametrize(
    "text, excluded",
    [
        ("Statement by President Joe Biden on Signing the CHIPS and Science Act", True),
        ("Statement by President Joe Biden on Signing an Executive Order on Supply Chains", True),
        ("The statement on signing the Infrastructure Investment and Jobs Act", True),
        # Not an object of its own: nothing to exclude.
        ("The accord, which they signed in 2020, stands.", False),
        ("Statement by the Secretary on Signing the Artemis Accords", False),
        ("The statement on signing a memorandum", False),
        # A time phrase after the verb is no object.
        ("The agreement was signed the same day the new law took effect.", False),
        ("The agreement was signed the week the executive order was issued.", False),
    ],
)
def test_excluded_object(parsed, first_trigger, lexicon, text, excluded):
    trigger = first_trigger(parsed(text))
    assert excluded_object(trigger.doc, trigger.end, lexicon) is excluded


@pytest.mark.parametrize(
    "text, announces",
    [
        ("Ghana and Togo signed the following instruments:", True),
        ("Ghana and Togo signed the following three agreements:", True),
        ("Ghana and Togo signed these agreements.", False),
        ("Ghana and Togo signed the following agreement:", False),  # one, named below
        ("Ghana and Togo signed two agreements on trade.", False),
    ],
)
def test_announces_list(parsed, lexicon, text, announces):
    doc = parsed(text)
    found = find_instruments(next(doc.sents), lexicon)
    assert announces_list(doc, found[0]) is announces


@pytest.mark.parametrize(
    "text, genre",
    [
        ("Statement from NSC Spokesperson on the Postponed Shiprider Signing", True),
        ("Press Statement by Secretary Blinken on the Signing", True),
        # No speaker and topic after it: the statement is what was signed.
        ("Statement signed by Ghana and Togo on maritime security", False),
        ("The Joint Statement was signed by Ghana and Togo on Monday.", False),
        # Not the sentence's opening words.
        ("Ghana issued a statement by its minister on the signing.", False),
        # A sentence with a full stop is about the statement, not a heading.
        (
            "Statement by the Quad Foreign Ministers on Maritime Security was signed in "
            "Tokyo on Monday.",
            False,
        ),
    ],
)
def test_release_genre(parsed, first_trigger, lexicon, text, genre):
    doc = parsed(text)
    trigger = first_trigger(doc)
    instrument = find_instruments(doc[trigger.start].sent, lexicon)[0]
    assert release_genre(doc, instrument, trigger.start) is genre
