from __future__ import annotations

import pytest

from pipeline.extraction.instruments import find_instruments


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "They signed a Protection Cooperative Agreement with Panama.",
            [("Protection Cooperative Agreement", "agreement")],
        ),
        # The last head of a compound name types it; a head after "on" is its topic.
        (
            "They adopted the Accra U.S.-Ghana Strategic Partnership Joint Declaration.",
            [("Accra U.S.-Ghana Strategic Partnership Joint Declaration", "declaration")],
        ),
        (
            "They signed the Agreement on the Framework for Space Cooperation.",
            [("Agreement on the Framework for Space Cooperation", "agreement")],
        ),
        (
            "They signed a Memorandum of Understanding on 4G and 5G Security.",
            [("Memorandum of Understanding on 4G and 5G Security", "memorandum")],
        ),
        (
            "They signed an information-sharing memorandum of understanding.",
            [("information-sharing memorandum of understanding", "memorandum")],
        ),
        (
            "The U.S.-Kazakhstan Air Transport Agreement entered into force.",
            [("U.S.-Kazakhstan Air Transport Agreement", "agreement")],
        ),
        (
            "It marks the signing of the Australia, New Zealand, United States (ANZUS) Treaty.",
            [("Australia, New Zealand, United States (ANZUS) Treaty", "treaty")],
        ),
        (
            "Thailand signed the Clean Energy Demand Initiative (CEDI) Letter of Intent.",
            [("Clean Energy Demand Initiative (CEDI) Letter of Intent", "letter_of_intent")],
        ),
        (
            "Israel and Egypt concluded the Camp David Accords 43 years ago.",
            [("Camp David Accords", "accord")],
        ),
        ("They signed the historic MOU between the two countries.", [("MOU", "memorandum")]),
        # Acronyms of instruments that releases use alone.
        ("They signed a five-year DOAG in Kinshasa.", [("DOAG", "agreement")]),
        ("They signed a SOFA in 2023.", [("SOFA", "agreement")]),
        ("They signed the MLAT in 2019.", [("MLAT", "treaty")]),
        # A foreign military sale's letter: "and" inside the name does not cut it.
        (
            "Poland signed a letter of offer and acceptance with the United States.",
            [("letter of offer and acceptance", "other")],
        ),
        ("Poland signed an LOA for 96 helicopters.", [("LOA", "other")]),
        (
            "They signed a joint statement and a Communiqué on Strategic Partnership.",
            [
                ("joint statement", "joint_statement"),
                ("Communiqué on Strategic Partnership", "other"),
            ],
        ),
        (
            "Ghana signed three agreements: on aviation, on trade and on health.",
            [
                ("agreement on aviation", "agreement"),
                ("agreement on trade", "agreement"),
                ("agreement on health", "agreement"),
            ],
        ),
        (
            "They signed more than a dozen agreements, including on banking, on technology and on water.",
            [
                ("agreement on banking", "agreement"),
                ("agreement on technology", "agreement"),
                ("agreement on water", "agreement"),
            ],
        ),
        ("Nothing was agreed at the meeting.", []),
        # "in" right after the head, a second "in", or "in" before a country tells where it
        # was signed; after a topic word it is part of the name.
        (
            "They signed the Memorandum of Understanding in Kigali.",
            [("Memorandum of Understanding", "memorandum")],
        ),
        (
            "Ministers signed the Accra Declaration in Accra on March 3.",
            [("Accra Declaration", "declaration")],
        ),
        (
            "They signed an Agreement on Cooperation in Health Security in Accra.",
            [("Agreement on Cooperation in Health Security", "agreement")],
        ),
        (
            "They signed the Agreement to Prevent Unregulated High Seas Fisheries in the Central "
            "Arctic Ocean in Ilulissat.",
            [
                (
                    "Agreement to Prevent Unregulated High Seas Fisheries in the Central Arctic Ocean",
                    "agreement",
                )
            ],
        ),
        (
            "They signed a Framework for Cooperation in Education in Ghana.",
            [("Framework for Cooperation in Education", "framework")],
        ),
        # A number of three digits or more before the head is part of its name; a count or
        # a year is not.
        (
            "They signed a 123 Agreement on civil nuclear cooperation.",
            [("123 Agreement", "agreement")],
        ),
        ("They signed the 2015 Paris Agreement.", [("Paris Agreement", "agreement")]),
        (
            "They signed the 1899 Convention on the Pacific Settlement of Disputes.",
            [("Convention on the Pacific Settlement of Disputes", "convention")],
        ),
        ("They signed 150 Agreements on trade.", [("Agreements", "agreement")]),
        # A headline's verb ends the name before it.
        (
            "U.S. and Ghana Sign Memorandum of Understanding in Accra",
            [("Memorandum of Understanding", "memorandum")],
        ),
        (
            "United States, Japan Ink Agreement on Critical Minerals",
            [("Agreement on Critical Minerals", "agreement")],
        ),
        # A city of the place gazetteer after a topic word, with no capitalised word after it.
        (
            "They signed a Memorandum of Understanding on Energy Cooperation in Kigali on Monday.",
            [("Memorandum of Understanding on Energy Cooperation", "memorandum")],
        ),
        (
            "They signed an Agreement on Cooperation in Enterprise Development.",
            [("Agreement on Cooperation in Enterprise Development", "agreement")],
        ),
        (
            "They signed the Memorandum of Understanding on Cooperation in Science and Technology.",
            [
                (
                    "Memorandum of Understanding on Cooperation in Science and Technology",
                    "memorandum",
                )
            ],
        ),
        # A "between" whose "and" the name does not reach is cut off with what follows.
        (
            "They signed a Reciprocal Defense Procurement Agreement between the Department of "
            "Defense (DoD) and the Department of National Defense of the Philippines.",
            [("Reciprocal Defense Procurement Agreement", "agreement")],
        ),
        (
            "They signed the Treaty between the United States of America and the Republic of "
            "Cabo Verde on Mutual Legal Assistance.",
            [
                (
                    "Treaty between the United States of America and the Republic of Cabo "
                    "Verde on Mutual Legal Assistance",
                    "treaty",
                )
            ],
        ),
        ("They did not sign the logistics annex.", [("logistics annex", "other")]),
        # "and" inside a capitalised name, not between two parties.
        (
            "It updates the Trade and Investment Council Agreement signed in 1990.",
            [("Trade and Investment Council Agreement", "agreement")],
        ),
        # "of" too.
        (
            "They signed a Security of Supply Arrangement on Monday.",
            [("Security of Supply Arrangement", "arrangement")],
        ),
        (
            "The Government of Ghana Framework Agreement was signed in 2019.",
            [("Ghana Framework Agreement", "agreement")],
        ),
        (
            "The United States and Ghana Framework Agreement was signed in 2019.",
            [("Ghana Framework Agreement", "agreement")],
        ),
        (
            "The Department of State and USAID Memorandum was signed in 2019.",
            [("USAID Memorandum", "memorandum")],
        ),
        # An "and" before lower-case words cuts the "between" short too.
        (
            "They signed the Memorandum of Understanding between the Department of State and "
            "the government of Kenya.",
            [("Memorandum of Understanding", "memorandum")],
        ),
        (
            "The United States signed the Agreement between the Parties to the North Atlantic "
            "Treaty regarding the Status of their Forces.",
            [("Agreement between the Parties to the North Atlantic Treaty", "agreement")],
        ),
        (
            "They signed an Addendum to the Port Agreement.",
            [("Addendum to the Port Agreement", "other")],
        ),
        # An instrument word inside a person's title names no instrument.
        (
            "Special Presidential Envoy for Compact Negotiations Joseph Yun signed the agreement.",
            [("agreement", "agreement")],
        ),
        (
            "The Coordinator for the Artemis Accords, Jane Doe, signed the letter.",
            [("letter", "other")],
        ),
        # A hyphenated modifier keeps the word before its hyphen.
        (
            "They signed a five-year development objective agreement.",
            [("five-year development objective agreement", "agreement")],
        ),
        # A headline's verb after the name is no part of it.
        (
            "Signing of U.S.-Serbia Energy Agreement Postponed",
            [("U.S.-Serbia Energy Agreement", "agreement")],
        ),
        (
            "U.S.-Kenya Health Agreement Signed in Nairobi",
            [("U.S.-Kenya Health Agreement", "agreement")],
        ),
        (
            "Signing of U.S.-Japan Space Agreement Paves Way for Lunar Mission",
            [("U.S.-Japan Space Agreement", "agreement")],
        ),
    ],
)
def test_find_instruments(parsed, lexicon, text, expected):
    sentence = next(parsed(text).sents)
    assert [(f.name, f.type) for f in find_instruments(sentence, lexicon)] == expected


@pytest.mark.parametrize(
    "text, definite",
    [
        ("They signed the Agreement.", True),
        ("They signed an Agreement.", False),
        ("They signed this MOU.", True),
    ],
)
def test_definite_reference(parsed, lexicon, text, definite):
    [found] = find_instruments(next(parsed(text).sents), lexicon)
    assert found.definite is definite
