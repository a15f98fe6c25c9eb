"""Where an instrument's name ends and its place begins: pipeline.extraction.name_places."""

from __future__ import annotations

import pytest

from pipeline.extraction.instruments import find_instruments


@pytest.mark.parametrize(
    "text, dateline, name",
    [
        # A known city or state, a name before ", <country>", the dateline's place.
        (
            "They signed the MOU on Energy Cooperation in Kigali on Monday.",
            None,
            "MOU on Energy Cooperation",
        ),
        (
            "They signed the Agreement on Space Cooperation in Hawaii.",
            None,
            "Agreement on Space Cooperation",
        ),
        (
            "They signed the Agreement on Science Cooperation in Davos, Switzerland.",
            None,
            "Agreement on Science Cooperation",
        ),
        (
            "They signed the Memorandum on Cooperation in Ilulissat.",
            "ILULISSAT, Greenland",
            "Memorandum on Cooperation",
        ),
        # The dateline's whole place, not its first word.
        (
            "They signed the Agreement on Cooperation in the Field of Energy Research.",
            "THE HAGUE",
            "Agreement on Cooperation in the Field of Energy Research",
        ),
        (
            "They signed the Memorandum on Cooperation in New and Renewable Energy.",
            "NEW DELHI",
            "Memorandum on Cooperation in New and Renewable Energy",
        ),
        (
            "They signed the Memorandum on Cooperation in New Delhi.",
            "NEW DELHI",
            "Memorandum on Cooperation",
        ),
        # Datelines without a word are no place.
        ("They signed the Memorandum on Cooperation in Kumasi.", " ", "Memorandum on Cooperation"),
        (
            "They signed the Memorandum on Cooperation in Ilulissat.",
            ", Ghana",
            "Memorandum on Cooperation in Ilulissat",
        ),
        # Right after the head: a place, unless the name goes on with "of", "on".
        (
            "They signed the Agreement in Principle on the Columbia River Treaty.",
            None,
            "Agreement in Principle on the Columbia River Treaty",
        ),
        (
            "They signed a Letter of Intent in Support of Clean Energy Development.",
            None,
            "Letter of Intent in Support of Clean Energy Development",
        ),
        (
            "They signed the Memorandum of Understanding in Ilulissat on Monday.",
            None,
            "Memorandum of Understanding",
        ),
        # Two places: the last "in" is where.
        (
            "They signed the Agreement on Cooperation in Antarctica in Santiago.",
            None,
            "Agreement on Cooperation in Antarctica",
        ),
        # A place with its own article.
        (
            "They signed the Joint Declaration on Undersea Cable Security in The Hague.",
            None,
            "Joint Declaration on Undersea Cable Security",
        ),
        (
            "They signed the Memorandum of Understanding on Fisheries in The Gambia on Monday.",
            None,
            "Memorandum of Understanding on Fisheries",
        ),
        # A topic word, then no place.
        (
            "They signed an Agreement on Cooperation in Enterprise Development.",
            None,
            "Agreement on Cooperation in Enterprise Development",
        ),
    ],
)
def test_the_name_ends_before_its_place(parsed, lexicon, text, dateline, name):
    sentence = next(parsed(text, dateline=dateline).sents)
    assert [f.name for f in find_instruments(sentence, lexicon)] == [name]
