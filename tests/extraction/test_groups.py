"""Groups of party mentions around a word (sentences written for these tests)."""

from __future__ import annotations

import pytest

from pipeline.extraction.groups import (
    agent_group,
    group_after,
    last_group_before,
    list_semicolons,
    nearest_group_before,
    talks_between,
)
from pipeline.extraction.parties import mentions_in


def _names(group):
    return [m.name for m in group]


def _setup(parsed, text, word):
    doc = parsed(text)
    mentions = mentions_in(doc, 0, len(doc))
    index = next(t.i for t in doc if t.text == word)
    return doc, mentions, index


@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("Ghana and Togo signed the pact.", "signed", ["Ghana", "Togo"]),
        ("Ghana, Togo and Benin today signed the pact.", "signed", ["Ghana", "Togo", "Benin"]),
        # A mention in another clause is not part of the subject.
        ("Ghana welcomed that Togo signed the pact.", "signed", ["Togo"]),
        ("Officials signed the pact.", "signed", []),
        # Titles, demonyms and a country's possessive before a title describe the next name.
        (
            "Secretary Blinken and Indian External Affairs Minister Jaishankar signed the pact.",
            "signed",
            ["Blinken", "Jaishankar"],
        ),
        (
            "Ambassador Linda Thomas-Greenfield and Ghana's Minister of Finance Ken Ofori-Atta "
            "signed the pact.",
            "signed",
            ["Linda Thomas-Greenfield", "Ghana", "Ken Ofori-Atta"],
        ),
        # A possessive before anything but a title still ends the group.
        ("Ghana's partners and Togo signed the pact.", "signed", ["Togo"]),
    ],
)
def test_nearest_group_before(parsed, text, word, expected):
    doc, mentions, index = _setup(parsed, text, word)
    assert _names(nearest_group_before(doc, mentions, index, 0)) == expected


@pytest.mark.parametrize(
    "text, word, expected",
    [
        # However far the group ends from the word.
        ("Ghana and Togo are working hard to sign the pact.", "sign", ["Ghana", "Togo"]),
        (
            "Ghana, Togo and Benin intend to finish talks and sign.",
            "sign",
            ["Ghana", "Togo", "Benin"],
        ),
        # A comma alone is an opening phrase, not a list.
        ("After talks with Ghana, Togo declined to sign the pact.", "sign", ["Togo"]),
        ("Officials declined to sign the pact.", "sign", []),
        # A list that ends with an unnamed rest keeps every name, when it opens the clause.
        (
            "The United States, Canada, Mexico and 18 other countries signed the pact.",
            "signed",
            ["United States", "Canada", "Mexico"],
        ),
        ("Ghana, Togo and ten other nations signed the pact.", "signed", ["Ghana", "Togo"]),
        ("After talks with Ghana, Togo and 10 other nations signed the pact.", "signed", ["Togo"]),
    ],
)
def test_last_group_before(parsed, text, word, expected):
    doc, mentions, index = _setup(parsed, text, word)
    assert _names(last_group_before(doc, mentions, 0, index)) == expected


@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("The pact was signed with Ghana and Togo.", "with", ["Ghana", "Togo"]),
        (
            "The pact was signed with the EU delegation and Ghana.",
            "with",
            ["European Union", "Ghana"],
        ),
        ("The pact was signed with care in Ghana.", "with", []),
        (
            "I signed it with my friend the Minister of Energy of Mexico, Rocio Nahle.",
            "with",
            ["Rocio Nahle"],
        ),
        # After ", and" a name with a verb of its own opens another clause.
        (
            "Ghana signed it with Secretary Ana Ruiz, and Deputy Secretary Kofi Mensah "
            "witnessed the ceremony.",
            "with",
            ["Ana Ruiz"],
        ),
        (
            "Ghana signed it with Togo, Benin, and Niger in Accra.",
            "with",
            ["Togo", "Benin", "Niger"],
        ),
    ],
)
def test_group_after(parsed, text, word, expected):
    doc, mentions, index = _setup(parsed, text, word)
    assert _names(group_after(doc, mentions, index + 1, len(doc))) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("It was signed by Ghana and Togo.", ["Ghana", "Togo"]),
        ("It was signed by successive Ghanaian governments.", ["Ghanaian governments"]),
        ("It was signed by the embassies of Ghana and Togo.", ["Ghana", "Togo"]),
        ("It was signed by hand in the capital of Ghana.", []),
        # A group phrase set off by a comma before the names.
        (
            "It was signed by the two space agencies, NASA and Ghana.",
            ["National Aeronautics and Space Administration", "Ghana"],
        ),
        ("It was signed by hand, in Ghana.", []),
        # A second "and by" brings more agents, past what the first one's words say.
        ("It was signed by Ghana and by Togo.", ["Ghana", "Togo"]),
        (
            "It was signed by Ambassador Ana Ruiz on behalf of the Government of Ghana and by "
            "Assistant Secretary Lee Satterfield.",
            ["Ana Ruiz", "Lee Satterfield"],
        ),
        # Not a "by" of another verb before it.
        ("It was signed by Ghana in 2019 and ratified by Togo.", ["Ghana"]),
    ],
)
def test_agent_group(parsed, text, expected):
    doc, mentions, index = _setup(parsed, text, "by")
    assert _names(agent_group(doc, mentions, index + 1, len(doc))) == expected


@pytest.mark.parametrize(
    "text, after, count",
    [
        # Items with commas inside, the last after "; and": the subject up to the verb ...
        (
            "The Minister of Finance of Ghana, Ken Ofori-Atta; the Minister of Economy of Togo, "
            "Sani Yaya; and the Minister of Finance of Benin, Romuald Wadagni, signed it.",
            False,
            2,
        ),
        (
            "Ghana's Minister Ken Ofori-Atta; Togo's Minister Sani Yaya; and Benin's Minister signed.",
            False,
            2,
        ),
        # ... or what follows the verb.
        (
            "It was signed by the Minister of Ghana, Ken Ofori-Atta; and the Minister of Togo.",
            True,
            1,
        ),
        (
            "It was signed by the Minister of Ghana, Ken Ofori-Atta; the Minister of Togo, Sani "
            "Yaya; and Benin's Minister, Romuald Wadagni, in Accra on March 3.",
            True,
            2,
        ),
        # Clauses, not items: no "; and", a lone semicolon without commas, an item with a
        # verb, or a relative clause in the last item.
        ("Ghana signed the accord with Togo; Benin welcomed it.", True, 0),
        ("Ghana signed the accord with Togo; and Benin welcomed it.", True, 0),
        ("Ghana signed it; later, Togo joined.", True, 0),
        ("Ghana signed it with Togo; Benin hosted the ceremony; and Niger welcomed it.", True, 0),
        (
            "Present were the Minister of Ghana, Ken Ofori-Atta; the Minister of Togo, Sani "
            "Yaya; and Secretary Blinken, who signed the agreement.",
            False,
            0,
        ),
    ],
)
def test_list_semicolons(parsed, text, after, count):
    doc = parsed(text)
    signed = next(t.i for t in doc if t.lower_ == "signed")
    start, end = (signed + 1, len(doc)) if after else (0, signed)
    found = list_semicolons(doc, start, end)
    assert len(found) == count
    assert all(doc[i].text == ";" for i in found)


@pytest.mark.parametrize(
    "text",
    [
        "Minister Ana Ruiz of Chile and Acting U.S. Ambassador Jane Doe signed the agreement.",
        "Minister Ana Ruiz of Chile and Deputy U.S. Trade Representative Jane Doe signed the agreement.",
        "Minister Ana Ruiz of Chile and former U.S. Ambassador Jane Doe signed the agreement.",
    ],
)
def test_a_title_s_modifier_before_its_country_holds_the_group(events_of, text):
    [event] = events_of(text)
    assert {p["name"] for p in event["parties"]} == {"Ana Ruiz", "Jane Doe"}
    assert event["countries"] == ["CHL", "USA"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Negotiations between Ghana and Togo on an accord have concluded, and the accord "
            "will be signed in June.",
            ["Ghana", "Togo"],
        ),
        ("Talks with Ghana have ended, and the accord will be signed in June.", ["Ghana"]),
        ("Ghana and Togo said the accord will be signed in June.", []),
    ],
)
def test_talks_between(parsed, text, expected):
    doc = parsed(text)
    mentions = mentions_in(doc, 0, len(doc))
    signed = next(t.i for t in doc if t.lower_ == "signed")
    assert _names(talks_between(doc, mentions, 0, signed)) == expected
