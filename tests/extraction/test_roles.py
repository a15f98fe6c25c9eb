"""Who signs and with whom: pipeline.extraction.roles.assign_parties over sentences we write."""

from __future__ import annotations

import pytest

from pipeline.extraction.instruments import find_instruments
from pipeline.extraction.roles import Context, assign_parties, is_caption


def _context(parsed, first_trigger, lexicon, text: str, frame: str) -> Context:
    trigger = first_trigger(parsed(text))
    sentence = trigger.sent
    [instrument] = find_instruments(sentence, lexicon)[:1]
    return Context(
        trigger.doc,
        sentence,
        trigger.start,
        trigger.end,
        frame,
        instrument,
        sentence.start,
    )


@pytest.mark.parametrize(
    "text, frame, signers, counterparties, fallback",
    [
        ("Ghana signed the agreement with Togo.", "active", ["Ghana"], ["Togo"], ""),
        (
            "The agreement was signed by Ghana and Togo.",
            "passive",
            ["Ghana", "Togo"],
            [],
            "",
        ),
        (
            "They signed an agreement between Ghana and Togo.",
            "active",
            ["Ghana", "Togo"],
            [],
            "",
        ),
        # People who are the subject sign for the "between" parties they act for.
        (
            "Ghanaian Foreign Minister Kwame Asante and Togolese Foreign Minister Afi Dossou "
            "signed an agreement between Ghana and Togo.",
            "active",
            ["Kwame Asante", "Afi Dossou"],
            [],
            "",
        ),
        # Witnesses do not sign: the name's own "between" does.
        (
            "Secretary Margaret Okafor witnessed the signing of the Agreement on Ports between "
            "Ghana and Togo.",
            "nominal",
            ["Ghana", "Togo"],
            [],
            "",
        ),
        # A government no named signer acts for signs as itself beside them.
        (
            "The United States and Salvadoran President Nayib Bukele signed the agreement.",
            "active",
            ["United States", "Nayib Bukele"],
            [],
            "",
        ),
        (
            "Ghana and Ghanaian Foreign Minister Kwame Asante signed the agreement.",
            "active",
            ["Kwame Asante"],
            [],
            "",
        ),
        # A country that says where the city is does not sign beside people.
        (
            "ACCRA, Ghana — Ambassador Virginia Palmer and Minister Ken Ofori-Atta signed the agreement.",
            "active",
            ["Virginia Palmer", "Ken Ofori-Atta"],
            [],
            "",
        ),
        # An opening list of partners.
        (
            "With Japan and Australia, the United States signed the Statement of Intent.",
            "active",
            ["United States"],
            ["Japan", "Australia"],
            "",
        ),
        # A relative clause after the instrument's partner: the partner signs, once.
        (
            "The Senate approved the Tax Treaty with Chile, which the United States and "
            "Chile signed in 2010.",
            "active",
            ["United States", "Chile"],
            [],
            "",
        ),
        # A person's role between commas keeps the list of signers together.
        (
            "Maj. Gen. Dana Hale, commanding general of V Corps, and Lt. Gen. Jan Nowak, "
            "commander of the Polish Land Forces, signed the memorandum.",
            "active",
            ["Dana Hale", "Jan Nowak"],
            [],
            "",
        ),
        # Witnesses set off before the subject do not sign, after a dateline too.
        (
            "GUATEMALA CITY – In the presence of President Kwame Asante, Ghana and Togo "
            "signed the agreement.",
            "active",
            ["Ghana", "Togo"],
            [],
            "",
        ),
        (
            "In the presence of President Kwame Asante, Ghana and Togo signed the agreement.",
            "active",
            ["Ghana", "Togo"],
            [],
            "",
        ),
        (
            "Witnessed by Secretary Ana Ruiz, Ghana and Togo signed the agreement.",
            "active",
            ["Ghana", "Togo"],
            [],
            "",
        ),
        (
            "As Secretary Ana Ruiz looked on, Ghana and Togo signed the agreement.",
            "active",
            ["Ghana", "Togo"],
            [],
            "",
        ),
        # "as X looked on" after the partner: witnesses; "as well as" still lists.
        (
            "Ghana signed the agreement with Togo, as Secretary Ana Ruiz looked on.",
            "active",
            ["Ghana"],
            ["Togo"],
            "",
        ),
        (
            "Ghana signed the agreement with Togo, as well as Benin.",
            "active",
            ["Ghana"],
            ["Togo", "Benin"],
            "",
        ),
        # Offices in the plural before their countries keep the list together.
        (
            "Secretary Ana Ruiz and the Foreign Ministers of Japan, Australia, and India "
            "signed a joint statement.",
            "active",
            ["Ana Ruiz", "Japan", "Australia", "India"],
            [],
            "",
        ),
        # Whom the subject "joined ... in signing" signs too.
        (
            "Ghana joined Togo and Benin in signing the agreement.",
            "active",
            ["Ghana", "Togo", "Benin"],
            [],
            "",
        ),
        ("Ghana joined the talks in signing the agreement.", "active", ["Ghana"], [], ""),
        # An honorific keeps a list of parties together.
        (
            "Secretary Ana Ruiz and Sheikh Abdullah bin Zayed Al Nahyan, the Emirati Minister "
            "of Foreign Affairs, signed the memorandum.",
            "active",
            ["Ana Ruiz", "Abdullah bin Zayed Al Nahyan"],
            [],
            "",
        ),
        (
            "Secretary Ana Ruiz signed a memorandum with Sheikh Mohammed bin Abdulrahman Al "
            "Thani, Qatar's Prime Minister.",
            "active",
            ["Ana Ruiz"],
            ["Mohammed bin Abdulrahman Al Thani"],
            "",
        ),
        # The partner after a lower-case topic of several words is still the partner.
        (
            "Ghana signed a memorandum on agricultural trade facilitation with Togo.",
            "active",
            ["Ghana"],
            ["Togo"],
            "",
        ),
        (
            "Ghana signed a memorandum on the facilitation of trade with Togo.",
            "active",
            ["Ghana"],
            ["Togo"],
            "",
        ),
        (
            "Ghana signed an agreement to expand agricultural trade with Togo.",
            "active",
            ["Ghana"],
            ["Togo"],
            "",
        ),
        # Not past a comma or a name, nor after a phrase that is no topic ("of").
        (
            "Ghana signed a memorandum on trade, a pillar of ties with Togo.",
            "active",
            ["Ghana"],
            [],
            "",
        ),
        (
            "Ghana signed the agreement, a keystone of our relationship with Togo.",
            "active",
            ["Ghana"],
            [],
            "",
        ),
        # An opening "at a signing ceremony for X" is signed by the main clause's subject,
        # also past a time or place that closes the phrase.
        (
            "At a signing ceremony for the Open Skies Agreement, Ghana and Togo signed it.",
            "nominal",
            ["Ghana", "Togo"],
            [],
            "",
        ),
        (
            "At a signing ceremony for the Open Skies Agreement last month, Ghanaian Foreign "
            "Minister Kwame Asante and Togolese Foreign Minister Afi Dossou signed on behalf of "
            "their governments.",
            "nominal",
            ["Kwame Asante", "Afi Dossou"],
            [],
            "",
        ),
        (
            "At a signing ceremony for the Open Skies Agreement in Accra, Ghana and Togo "
            "reaffirmed their partnership.",
            "nominal",
            ["Ghana", "Togo"],
            [],
            "",
        ),
        # Past a clause of its own, the phrase's subject is not read ("held in Accra").
        (
            "At a signing ceremony for the Open Skies Agreement, held in Accra, officials spoke.",
            "nominal",
            [],
            [],
            "",
        ),
        # The sentence names no party: the fallback says which rule supplied them.
        (
            "Ghana and Togo met. The two countries signed the agreement.",
            "active",
            ["Ghana", "Togo"],
            [],
            "group",
        ),
    ],
)
def test_assign_parties(
    parsed, first_trigger, lexicon, text, frame, signers, counterparties, fallback
):
    context = _context(parsed, first_trigger, lexicon, text, frame)
    found_signers, found_counterparties, found_fallback = assign_parties(
        context, lexicon, "USA", "United States"
    )
    assert [m.name for m in found_signers] == signers
    assert [m.name for m in found_counterparties] == counterparties
    assert found_fallback == fallback


def test_we_signs_for_the_publisher_with_a_partner(parsed, first_trigger, lexicon):
    context = _context(
        parsed, first_trigger, lexicon, "We expect to sign a framework with Colombia.", "active"
    )
    signers, counterparties, _ = assign_parties(context, lexicon, "USA", "United States")
    assert ([m.name for m in signers], [m.name for m in counterparties]) == (
        ["United States"],
        ["Colombia"],
    )


@pytest.mark.parametrize(
    "text, caption",
    [
        ("Minister Kwame Asante and Minister Afi Dossou at the signing of the MOU.", True),
        ("Ghana welcomed the signing of the MOU.", False),
    ],
)
def test_is_caption(parsed, first_trigger, lexicon, text, caption):
    assert is_caption(_context(parsed, first_trigger, lexicon, text, "nominal")) is caption


@pytest.mark.parametrize(
    "text, signers",
    [
        # The parties of the name, and one joined to them by "and" just before it.
        ("The United States and Ghana Framework Agreement was signed.", ["United States", "Ghana"]),
        ("The Ghana Framework Agreement was signed.", ["Ghana"]),
    ],
)
def test_parties_from_the_name(parsed, first_trigger, lexicon, text, signers):
    context = _context(parsed, first_trigger, lexicon, text, "passive")
    found, _, fallback = assign_parties(context, lexicon, "USA", "United States")
    assert ([m.name for m in found], fallback) == (signers, "name")
