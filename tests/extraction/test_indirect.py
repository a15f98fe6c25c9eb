"""Parties given indirectly: pipeline.extraction.indirect over sentences we write."""

from __future__ import annotations

import pytest

import pipeline
from pipeline.extraction.indirect import (
    capital_after,
    capital_before,
    colon_members,
    country_label,
    group_phrase_before,
    included_members,
    opening_companions,
    opening_phrase_end,
)
from pipeline.extraction.parties import mentions_in


@pytest.fixture(scope="module")
def lexicon():
    return pipeline.load().get_pipe("undersigned_signings").lexicon


@pytest.mark.parametrize(
    "text, subject",
    [
        ("On the sidelines of the UN General Assembly, Ghana and Togo signed it.", "Ghana"),
        ("During the U.S.-Africa Leaders Summit, Ghana signed it.", "Ghana"),
        ("With the support of USAID, Togo signed it.", "Togo"),
        # No opening phrase, or one whose country is the signer's.
        ("Ghana and Togo signed it.", None),
        ("On behalf of the Government of Chile, Foreign Minister Ana Ruiz signed it.", None),
        ("On the sidelines of the summit Ghana signed it.", None),  # no comma
        # A party right after the preposition: the phrase is the clause's subject.
        ("After Ghana, Togo, and Benin signed it, they met.", None),
        ("Under Secretary Jose W. Fernandez, Minister Ken Ofori-Atta, and Togo signed it.", None),
        # One phrase after another, and a heading's colon before them.
        (
            "At the Akasaka Palace on Monday, in the presence of President Biden and Prime "
            "Minister Kishida, Secretary Raimondo and Minister Koichi Hagiuda signed it.",
            "Secretary",
        ),
        ("On Monday, in Nairobi, Kenya and Togo signed it.", "Kenya"),
        (
            "Signing a Civil Nuclear Agreement: In the presence of President Biden, Ghana "
            "signed it.",
            "Ghana",
        ),
        ("Energy Security: Ghana and Togo signed it.", None),  # a heading, no phrase after it
        (
            "Strengthening Supply Chains for Critical Minerals and Clean Energy Technologies "
            "across the Indo-Pacific Region: In the presence of President Biden, Ghana signed it.",
            "Ghana",
        ),
        # A companion phrase after another opening is not skipped: its partners sign too.
        ("On Tuesday, with Japan and Australia, Ghana signed it.", "with"),
    ],
)
def test_opening_phrase_end(parsed, text, subject):
    doc = parsed(text)
    trigger = next(t.i for t in doc if t.lower_ == "signed")
    end = opening_phrase_end(doc, 0, trigger)
    assert (doc[end].text if end is not None else None) == subject


@pytest.mark.parametrize(
    "text, names",
    [
        ("It is a statement that Moscow signed on to.", ["Russian Federation"]),
        ("Kyiv and Warsaw have also signed it.", ["Ukraine", "Poland"]),
        ("Ghana signed it in Accra.", []),  # the verb's subject is no capital
        ("The Minister signed it.", []),
        ("A Moscow-based firm signed it.", []),
    ],
)
def test_capital_before(parsed, lexicon, text, names):
    doc = parsed(text)
    verb = next(t.i for t in doc if t.lower_ == "signed")
    assert [m.name for m in capital_before(doc, lexicon, 0, verb)] == names


@pytest.mark.parametrize(
    "text, names",
    [
        ("Ghana signed it with Washington in 2019.", ["United States"]),
        ("Ghana signed it with Washington State.", []),  # a longer name goes on
        ("Ghana signed it with Togo.", []),
        # A hyphen joins the capital to a description of something else.
        ("A firm signed it with Tbilisi-based Kartli Wind Energy.", []),
        ("The Embassy signed it with Nairobi-based Savanna Power.", []),
        ("Ghana signed it with Nairobi - the capital - in May.", ["Kenya"]),
    ],
)
def test_capital_after(parsed, lexicon, text, names):
    doc = parsed(text)
    with_at = next(t.i for t in doc if t.lower_ == "with")
    assert [m.name for m in capital_after(doc, lexicon, with_at + 1)] == names


def test_country_label_names_countries_as_pycountry_does():
    assert (country_label("RUS"), country_label("BOL"), country_label("XKX")) == (
        "Russian Federation",
        "Bolivia",
        "XKX",
    )


@pytest.mark.parametrize(
    "text, found",
    [
        ("Then our two countries signed it.", True),
        ("Both sides have jointly signed it.", True),
        ("Ghana signed it with the two countries.", False),
        # Words of a planned or refused signing between the phrase and the verb.
        ("The agency expects to sign it.", True),
        ("The two countries declined to sign it.", True),
        ("Ghana expects to sign it.", False),
    ],
)
def test_group_phrase_before(parsed, lexicon, text, found):
    doc = parsed(text)
    verb = next(t.i for t in doc if t.lower_ in ("signed", "sign"))
    assert group_phrase_before(doc, lexicon, 0, verb) is found


@pytest.mark.parametrize(
    "text, names",
    [
        ("Nine countries signed it, including Ghana and Togo.", ["Ghana", "Togo"]),
        ("Nine countries signed it.", []),
        ("Ghana signed it, including its annex.", []),  # the subject is no unnamed group
    ],
)
def test_included_members(parsed, text, names):
    doc = parsed(text)
    verb = next(t.i for t in doc if t.lower_ == "signed")
    mentions = mentions_in(doc, 0, len(doc))
    assert [m.name for m in included_members(doc, mentions, 0, verb, len(doc))] == names


@pytest.mark.parametrize(
    "text, names",
    [
        ("With Japan and Australia, the United States signed it.", ["Japan", "Australia"]),
        ("Together with Ghana, Togo signed it.", ["Ghana"]),
        ("Along with the Philippines, Japan signed it.", ["Philippines"]),
        # Only governments, their bodies and their officials.
        ("With NATO Secretary General Jens Halvorsen, Chile signed it.", []),
        # The phrase is more than the list of parties, or no list opens the sentence.
        ("With support from USAID, Ghana signed it.", []),
        ("With Ghana's help and new funding, Togo signed it.", []),
        ("After Ghana and Togo, Benin signed it.", []),
        ("Ghana signed it with Togo.", []),
    ],
)
def test_opening_companions(parsed, text, names):
    doc = parsed(text)
    verb = next(t.i for t in doc if t.lower_ == "signed")
    mentions = mentions_in(doc, 0, len(doc))
    assert [m.name for m in opening_companions(doc, mentions, 0, verb)] == names


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "The following five countries signed the Health Declaration on Thursday: Barbados, "
            "Belize, Canada, Peru, and the United States.",
            ["Barbados", "Belize", "Canada", "Peru", "United States"],
        ),
        (
            "The declaration was signed by the following countries: Chile, Peru and Ecuador.",
            ["Chile", "Peru", "Ecuador"],
        ),
        (
            "The Accords were first signed in October 2020 by the United States and seven other "
            "founding nations: Australia, Canada, Italy and Japan.",
            ["Australia", "Canada", "Italy", "Japan"],
        ),
        # A colon that no group announces, or before the verb, lists no parties.
        ("Ghana and Togo signed the following: an MOU on trade with Benin and Niger.", []),
        ("Partners: Ghana and Togo signed the accord with Benin.", []),
        # A group the instrument is about or for is no signer.
        (
            "The United States and Japan signed a memorandum to support infrastructure in three "
            "Pacific Island nations: Palau, Fiji and Tonga.",
            [],
        ),
        (
            "USAID signed it with Japan to fund projects in the following countries: Kenya and "
            "Uganda.",
            [],
        ),
    ],
)
def test_colon_members(parsed, lexicon, text, names):
    from pipeline.extraction.parties import mentions_in

    doc = parsed(text)
    sentence = next(doc.sents)
    verb = next(t.i for t in doc if t.lower_ == "signed")
    members = colon_members(doc, mentions_in(doc, 0, len(doc)), sentence, verb)
    assert [m.name for m in members] == names


@pytest.mark.parametrize(
    "text, signers",
    [
        # A list item's verb takes the subject of the lead-in line before its colon.
        (
            "During the visit, the United States and Japan:\n\n"
            "• Signed a Memorandum of Cooperation on Critical Minerals;\n\n"
            "• Launched a new dialogue on clean energy finance;\n\n"
            "• Signed a Letter of Intent on clean hydrogen.",
            [["United States", "Japan"], ["United States", "Japan"]],
        ),
        (
            "During today's ministerial, the United States:\n"
            "Signed a Memorandum of Cooperation with Japan's Ministry of Economy, Trade and "
            "Industry;\nLaunched a new dialogue.",
            [["United States"]],
        ),
        # Not after a line that is no list item, nor without a lead-in's colon.
        ("The United States:\nThe Secretary met students.\nSigned it later.", []),
        ("The United States and Japan met in Tokyo.\n\nSigned a memorandum on trade.", []),
        # A participle that opens an item is no verb of the lead-in's subject.
        (
            "Secretary Blinken visited the following sites:\n\n• Signed in 2019, the "
            "memorandum with Kenya funds this clinic.",
            [[]],  # Kenya stays the counterparty it was; no signer from the lead-in
        ),
    ],
)
def test_a_list_item_takes_the_lead_ins_subject(events_of, text, signers):
    found = [[p["name"] for p in e["parties"] if p["role"] == "signer"] for e in events_of(text)]
    assert found == signers
