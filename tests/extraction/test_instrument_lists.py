from __future__ import annotations

import pytest

from pipeline.extraction.instrument_lists import singular_name, split_list
from pipeline.extraction.instruments import date_tokens, find_heads, instrument_at


def _first_instrument(parsed, lexicon, text):
    doc = parsed(text)
    sentence = next(iter(doc.sents))
    found = instrument_at(doc, find_heads(sentence, lexicon)[0], sentence, lexicon)
    return doc, sentence, found


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "Ghana signed three agreements: on aviation, on trade and on health.",
            ["agreement on aviation", "agreement on trade", "agreement on health"],
        ),
        (
            "They signed two memoranda, including on water and on energy.",
            ["memorandum on water", "memorandum on energy"],
        ),
        (
            "They signed two treaties on extradition and on mutual legal assistance.",
            ["treaty on extradition", "treaty on mutual legal assistance"],
        ),
        # The head of a name with "of" is its first word.
        (
            "They signed two Memoranda of Understanding: on health and on energy.",
            [
                "Memorandum of Understanding on health",
                "Memorandum of Understanding on energy",
            ],
        ),
        # One item is no list; "and" inside an item joins its words.
        ("They signed agreements on science and technology.", None),
        ("They signed two agreements: on energy.", None),
        # Dates and places after a plural name are when and where, not items.
        ("They signed the Artemis Accords on Wednesday, in Washington.", None),
        # A singular instrument is never split.
        ("They signed an agreement on trade, on energy and on health.", None),
    ],
)
def test_listed_items_become_instruments(parsed, lexicon, text, names):
    doc, sentence, found = _first_instrument(parsed, lexicon, text)
    items = split_list(doc, found, sentence, date_tokens(doc, sentence))
    if names is None:
        assert items == [found]
    else:
        assert [item.name for item in items] == names
        assert all(not item.plural and not item.definite for item in items)
        assert all(item.type == found.type for item in items)
        assert all(doc[item.start].lower_ in ("on", "for", "in") for item in items)


@pytest.mark.parametrize(
    "plural, singular",
    [
        ("memoranda of understanding", "memorandum of understanding"),
        ("letters of intent", "letter of intent"),
        ("grant agreements", "grant agreement"),
        ("Memoranda", "Memorandum"),
        ("Treaties", "Treaty"),
        ("Accords", "Accord"),
        ("strategies", "strategy"),
        ("protocol", "protocol"),
        ("Convention on Access", "Convention on Access"),
    ],
)
def test_singular_name(plural, singular):
    assert singular_name(plural) == singular
