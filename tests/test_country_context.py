from __future__ import annotations

import pytest
import spacy

import pipeline.components.countries
from pipeline.country_context import (
    CONTEXT_RULES,
    is_georgia_us_state,
    is_person_name,
    is_pronoun_us,
    is_turkey_the_bird,
    sentence_words,
)


def tokens(text):
    return spacy.blank("en").make_doc(text)


def at(doc, word):
    index = next(t.i for t in doc if t.text == word)
    return doc, index, index + 1


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He lives in Atlanta, Georgia now.", True),
        ("Georgia Senator Jones voted.", True),
        ("Athens, Georgia Mayor Kelly Girtz spoke.", True),
        ("The Georgia House passed the bill.", True),
        ("In Georgia and Florida schools opened.", True),
        ("The county clerk in Georgia resigned.", True),
        ("Students at the University of Georgia signed a pledge.", True),
        ("The Georgia National Guard trained with Armenia.", True),
        ("Georgia borders Russia.", False),
        ("Georgia National Security Council met.", False),
        ("In Georgia, the governor of Tbilisi region spoke.", False),
    ],
)
def test_is_georgia_us_state(text, expected):
    assert is_georgia_us_state(*at(tokens(text), "Georgia")) is expected


@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("Jordan Smith spoke.", "Jordan", True),
        ("Michael Jordan spoke.", "Jordan", True),
        ("Acting Secretary Chad Wolf spoke.", "Chad", True),
        ("Ms. Welsh asked a question.", "Welsh", True),
        ("Tom Holland acted.", "Holland", True),
        ("Aid to Jordan grew.", "Jordan", False),
        ("The U.S. - Jordan Strategic Dialogue.", "Jordan", False),
        ("Jordan's King Abdullah spoke.", "Jordan", False),
        ("Sudan and Chad signed.", "Chad", False),
        # An office's "to" or "of" before it: a name after it is the office holder's.
        ("U.S. Ambassador to Chad Alexander Laskaris spoke.", "Chad", False),
        ("U.S. Ambassador to Jordan Henry Wooster spoke.", "Jordan", False),
        ("Governor of the Central Bank of Jordan Omar Haddad spoke.", "Jordan", False),
        ("He spoke to Chad Wolf.", "Chad", True),
        ("USAID Mission Director in Jordan Sherry Carlin spoke.", "Jordan", False),
    ],
)
def test_is_person_name(text, word, expected):
    assert is_person_name(*at(tokens(text), word)) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Turkey pardon is on Wednesday.", True),
        ("National Thanksgiving Turkey Peanut Butter.", True),
        ("At Thanksgiving the President pardoned Turkey named Corn.", True),
        ("THANKSGIVING: THE PRESIDENT PARDONS Turkey.", True),
        ("Turkey signed the protocol.", False),
        ("Greece and Turkey met.", False),
    ],
)
def test_is_turkey_the_bird(text, expected):
    assert is_turkey_the_bird(*at(tokens(text), "Turkey")) is expected


def test_thanksgiving_in_another_sentence_makes_no_bird():
    doc = tokens("Turkey signed the protocol. Thanksgiving pardons are on Wednesday.")
    for token in doc:
        token.is_sent_start = token.i in (0, 5)
    assert is_turkey_the_bird(*at(doc, "Turkey")) is False
    assert is_turkey_the_bird(*at(tokens("At Thanksgiving they pardoned Turkey."), "Turkey"))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("LET US KNOW.", True),
        ("JOIN US TODAY", True),
        ("FOR US", True),
        ("THANK YOU FOR JOINING US", True),
        ("US EMBASSY", False),
        ("The US and Canada.", False),
        ("US-ASEAN ties.", False),
        ("US NAVY", False),
    ],
)
def test_is_pronoun_us(text, expected):
    assert is_pronoun_us(*at(tokens(text), "US")) is expected


def test_sentence_words_use_sentence_boundaries_when_set():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp("Atlanta is hot. Georgia borders Russia near Tbilisi.")
    index = next(t.i for t in doc if t.text == "Georgia")
    assert sentence_words(doc, index) == {"Georgia", "borders", "Russia", "near", "Tbilisi"}
    plain = tokens("Atlanta is hot. Georgia borders Russia near Tbilisi.")
    assert "Atlanta" in sentence_words(plain, index)  # no boundaries: a window of tokens


def test_each_context_rule_is_registered_for_its_form():
    assert CONTEXT_RULES["Georgia"] is is_georgia_us_state
    assert CONTEXT_RULES["Turkey"] is is_turkey_the_bird
    assert CONTEXT_RULES["US"] is is_pronoun_us
    assert {form for form, rule in CONTEXT_RULES.items() if rule is is_person_name} == {
        "Jordan",
        "Chad",
        "Holland",
        "Welsh",
    }
    assert pipeline.components.countries.is_person_name is is_person_name
