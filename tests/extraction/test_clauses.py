"""The shape of a trigger's clause: pipeline.extraction.clauses over sentences we write."""

from __future__ import annotations

import pytest

from pipeline.extraction.clauses import (
    is_participle,
    is_relative_clause,
    next_subject_break,
    opens_relative,
    participle_end,
    shares_subject,
    topic_words,
)
from pipeline.extraction.instruments import find_instruments


@pytest.mark.parametrize(
    "text, participle, opens, relative",
    [
        ("The accord signed on Monday by Peru stands.", True, False, False),
        ("The accord, formally signed by Peru, stands.", True, False, False),
        ("The accord that Peru signed stands.", False, True, True),
        ("The accord we signed stands.", False, True, False),
        (
            "The accord which the United States and the Republic of Korea signed stands.",
            False,
            True,
            True,
        ),
        ("The accord in Lima was later formally signed.", False, False, False),
        # A topic before the clause, with or without a comma.
        ("The accord on fisheries, which Peru signed, stands.", False, True, True),
        ("The accord on cultural property that Peru signed stands.", False, True, True),
        # A topic with a capitalised word is no topic of this kind.
        ("The accord on Lima, which Peru signed, stands.", False, False, False),
        # An adverb before the verb, acronyms in brackets, a group phrase as the subject.
        ("The accord that Peru and Chile first signed in 2015 stands.", False, True, True),
        (
            "The accord that the U.S. Department of Energy (DOE) and Peru signed stands.",
            False,
            True,
            True,
        ),
        ("The accord on fisheries, which the two countries signed, stands.", False, True, True),
        # An acronym in brackets the rules do not know still belongs to the subject.
        (
            "The accord that Peru and Mexico's National Water Commission (CONAGUA) signed stands.",
            False,
            True,
            True,
        ),
        ("The accord that the talks produced was signed.", False, True, False),
    ],
)
def test_what_stands_between_an_instrument_and_its_trigger(
    parsed, text, participle, opens, relative
):
    doc = parsed(text)
    instrument_end = 2  # "The accord" in every text
    trigger = next(t.i for t in doc if t.lower_ == "signed")
    assert is_participle(doc, instrument_end, trigger) is participle
    assert opens_relative(doc, instrument_end, trigger) is opens
    assert is_relative_clause(doc, instrument_end, trigger) is relative


@pytest.mark.parametrize(
    "text, shared",
    [
        ("Ghana signed the accord in 2019 and signed the protocol.", True),
        ("Ghana signed the accord in Accra and will sign the protocol.", True),
        ("Ghana signed the accord, and Togo signed the protocol.", False),
        ("Ghana signed the accord in 2019 and Boeing signed the protocol.", False),
        ("Ghana signed the accord with Togo in 2019 and later signed the protocol.", True),
        ("Ghana signed the accord, Togo criticized it and signed the protocol.", False),
        ("Ghana signed the accord and welcomed the talks before it signed the protocol.", False),
        ("Ghana signed the accord, then signed the protocol.", False),  # no "and"
    ],
)
def test_shares_subject(parsed, text, shared):
    doc = parsed(text)
    accord_end = next(t.i for t in doc if t.lower_ == "accord") + 1
    second = [t.i for t in doc if t.lower_ in ("signed", "sign")][1]
    assert shares_subject(doc, accord_end, second) is shared


@pytest.mark.parametrize(
    "text, break_word",
    [
        # The next verb's own subject follows the break.
        ("Ghana signed the accord with Togo, and Benin signed the protocol.", ","),
        ("Ghana signed the accord with Togo, while Benin will sign the protocol.", ","),
        ("Ghana signed the accord; Benin signed the protocol.", ";"),
        # No party after the break: the same subject signs again.
        ("Ghana signed the accord with Togo, and later signed the protocol.", None),
        # No break: "and Benin" is one more partner.
        ("Ghana signed the accord with Togo and Benin and signed the protocol.", None),
        # A serial comma, then "and" before the second verb: the same subject again.
        ("Ghana signed the accord with Togo, Benin, and Niger and will sign the protocol.", None),
        # A relative clause of the last partner has no subject of its own.
        ("Ghana signed the accord with Togo, and Benin, which signed the protocol.", None),
    ],
)
def test_next_subject_break(parsed, text, break_word):
    doc = parsed(text)
    first, second = [t.i for t in doc if t.lower_ in ("signed", "sign")][:2]
    found = next_subject_break(doc, first + 1, second)
    assert (doc[found].text if found is not None else None) == break_word
    assert next_subject_break(doc, first + 1, None) is None


def test_next_subject_break_is_the_last_before_the_verb(parsed):
    doc = parsed("Ghana signed the accord with Togo, and Benin, and Niger signed the protocol.")
    first, second = [t.i for t in doc if t.lower_ == "signed"]
    assert next_subject_break(doc, first + 1, second) == 9  # the comma before "and Niger"


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("a memorandum on sanctions with the UAE", ("on", "sanctions")),
        ("a memorandum on information exchange, signed", ("on", "information", "exchange")),
        ("a memorandum with the UAE", ()),
    ],
)
def test_topic_words(parsed, text, topic):
    doc = parsed(text)
    after = next(t.i for t in doc if t.lower_ == "memorandum") + 1
    assert topic_words(doc, after, len(doc)) == topic


@pytest.mark.parametrize(
    "text, ends_before",
    [
        # The main clause goes on after the participle's phrase.
        (
            "The 2013 agreement, signed in Hanoi by Ghana and Togo, expired last year.",
            "expired",
        ),
        # The name's topic stands between the name and the comma.
        (
            "The agreement on health cooperation, signed by Ghana and Togo, expired last year.",
            "expired",
        ),
        # A place, a time or an adverb after a comma is still the phrase's.
        ("The Treaty of Amity, signed by Ghana and Togo, in 1960, remains in force.", "remains"),
        (
            "The Trade Agreement, signed by Ghana and Togo, originally in April 2006, was amended.",
            "was",
        ),
        # No comma before the verb: no participle set off by commas.
        ("Ghana and Togo signed the agreement, which expired last year.", None),
        # The phrase runs to the sentence's end.
        ("They welcomed the agreement, signed by Ghana and Togo on Monday.", None),
        # An appositive before an active verb is no participle's phrase.
        (
            "Minister Mudavadi, accompanied by his delegation, signed the agreement with Ghana, "
            "capping two years of talks, on April 29.",
            None,
        ),
    ],
)
def test_participle_end(parsed, first_trigger, lexicon, text, ends_before):
    doc = parsed(text)
    trigger = first_trigger(doc)
    sentence = doc[trigger.start].sent
    instrument = find_instruments(sentence, lexicon)[0]
    end = participle_end(doc, sentence.end, trigger.start, trigger.end, instrument.end)
    if ends_before is None:
        assert end is None
    else:
        assert end is not None and doc[end].text == "," and doc[end + 1].text == ends_before
