"""Words that describe a party rather than separate two (sentences written for these tests)."""

from __future__ import annotations

import pytest

from pipeline.extraction.describing import describing_tokens


@pytest.mark.parametrize(
    "text, words",
    [
        # A demonym and a title describe the person after them.
        (
            "Ambassador Ana Ruiz and Salvadoran Minister of Foreign Affairs Alexandra Hill "
            "Tinoco signed.",
            ["Ambassador", "Salvadoran", "Minister", "of", "Foreign", "Affairs"],
        ),
        # A possessive before a body's name the rules do not know, then its official's title.
        (
            "Ambassador Ana Ruiz and Bangladesh's Economic Relations Division Secretary "
            "Rahima Akter Chowdhury signed.",
            ["Ambassador", "'s", "Economic", "Relations", "Division", "Secretary"],
        ),
        # A possessive apostrophe alone, and an honorific between office and name.
        (
            "Ambassador Ana Ruiz and Barbados' Minister of Health Dr Jerome Walcott signed.",
            ["Ambassador", "'", "Minister", "of", "Health", "Dr"],
        ),
        # Where the office is, after "of" behind the name: a name the rules may not know.
        (
            "Governor Greg Abbott of Texas and Mexican Ambassador Esteban Moctezuma signed.",
            ["Governor", "of", "Texas", "Mexican", "Ambassador"],
        ),
        # With the place's state after its comma.
        (
            "Mayor Muriel Bowser of Washington, D.C., and Paris Mayor Anne Hidalgo signed.",
            ["Mayor", "of", "Washington", ",", "D.C.", ",", "Paris", "Mayor"],
        ),
        # Not a quotation mark after a name that does not end in "s".
        (
            "Ambassador Ana Ruiz and Ghana' Minister of Health Kwaku Agyeman-Manu signed.",
            ["Ambassador", "Minister", "of", "Health"],
        ),
    ],
)
def test_describing_tokens(parsed, text, words):
    doc = parsed(text)
    found = describing_tokens(doc, 0, len(doc))
    assert [doc[i].text for i in sorted(found)] == words
