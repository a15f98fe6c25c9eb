"""Statuses of signings: pipeline.extraction.statuses."""

from __future__ import annotations

import pytest

from pipeline.extraction.instruments import find_instruments
from pipeline.extraction.statuses import (
    asks_about,
    dating_predicate,
    nominal_status,
    predicate_start,
    status_of,
)


@pytest.mark.parametrize(
    "text, status",
    [
        ("Panama signed the agreement.", "signed"),
        ("The agreement was signed yesterday.", "signed"),
        ("Panama will sign the agreement.", "planned"),
        ("The agreement will be signed next month.", "planned"),
        ("Panama plans to sign the agreement.", "planned"),
        ("We look forward to signing the agreement.", "planned"),
        ("Kenya was invited to sign the Accords.", "planned"),
        ("Bahrain became the 17th nation to sign the Accords.", "signed"),
        (
            "Bahrain became the 17th nation, and the third nation in the Middle East, to sign "
            "the Accords.",
            "signed",
        ),
        ("Panama did not sign the agreement.", "negated"),
        ("Panama declined to sign the agreement.", "negated"),
        ("Panama has never signed the treaty.", "negated"),
        ("Panama has yet to sign the treaty.", "negated"),
        # Who was "one of" or "among" those to sign did sign.
        ("Panama was one of 20 countries to sign the declaration.", "signed"),
        ("Panama and Chile were among the nations to sign the declaration.", "signed"),
        ("Panama is one of the countries expected to sign the accord.", "planned"),
        # Under way, not yet done; a participle after "after being" is done.
        ("The agreement, which is being signed today, opens new markets.", "planned"),
        ("After being signed by both parties, the agreement entered into force.", "signed"),
        # A possessive "'s" is no "is": "Today's signing of ..." reports a signing.
        ("Today's signing of the Accords by Rwanda makes it the 24th nation to join.", "signed"),
        ("Secretary Okafor's signing of the MOU with Kenya was a milestone.", "signed"),
        # The clause before the verb ends at a mark two tokens back or more.
        ("Panama did not hesitate; today Chile signed the agreement.", "signed"),
        ("Panama did not wait, then Chile signed the agreement.", "signed"),
        ("Panama did not wait and sign the agreement.", "negated"),
    ],
)
def test_status(parsed, first_trigger, lexicon, text, status):
    doc = parsed(text)
    trigger = first_trigger(doc)
    assert status_of(doc, trigger, trigger.sent, lexicon) == status


@pytest.mark.parametrize(
    "text, status",
    [
        (
            "Japan and the United States intend to finish talks and conclude the Framework Agreement.",
            "planned",
        ),
        ("The United States and Ghana Sign Three Agreements", "signed"),
        ("Canada did sign the Accords in the end.", "signed"),
    ],
)
def test_base_forms(parsed, first_trigger, lexicon, text, status):
    doc = parsed(text)
    trigger = first_trigger(doc)
    assert status_of(doc, trigger, trigger.sent, lexicon) == status


@pytest.mark.parametrize(
    "text, asked",
    [
        ("QUESTION: And on Venezuela – has Caracas signed the electoral roadmap?", True),
        ("Did the Secretary sign the Protocol with Peru?", True),
        ("Why has Ghana not signed the accord with Togo?", True),
        ("So will Ghana sign the accord next week?", True),
        # A signing the question takes as told: a clause of an instrument named before.
        (
            "If the Taliban violate the agreement that they signed with the United States in "
            "2020, then why stay?",
            False,
        ),
        ("What does the agreement Ghana signed with Togo in 2020 say?", False),
        ("Ghana signed the accord with Togo in 2020, so why wait?", False),
        ("Has Ghana finished its review? It signed the accord in 2020.", False),
        ("Ghana has signed the accord with Togo.", False),  # no question
        # "that" after a report or a claim opens what is asked, not a relative clause.
        ("QUESTION: Can you confirm reports that Niger signed a uranium deal with Iran?", True),
        ("Is it true that Ghana signed the accord with Togo?", True),
    ],
)
def test_asks_about(parsed, first_trigger, lexicon, text, asked):
    from pipeline.extraction.instruments import find_instruments

    trigger = first_trigger(parsed(text))
    sentence = trigger.sent
    starts = [f.start for f in find_instruments(sentence, lexicon)]
    assert asks_about(trigger.doc, sentence, trigger.start, starts) is asked


@pytest.mark.parametrize(
    "text, status",
    [
        (
            "A signing ceremony for the Framework Agreement between the United States and "
            "Indonesia is scheduled for Friday in Jakarta.",
            "planned",
        ),
        (
            "The signing of the Free Trade Agreement between the United States and Kenya, "
            "planned for this week in Nairobi, has been postponed.",
            "negated",
        ),
        ("The signing of the memorandum with Peru will take place next week.", "planned"),
        ("The signing of the agreement with Chile was cancelled.", "negated"),
        ("The signing of the agreement with Chile was canceled on Monday.", "negated"),
        ("The signing of the agreement with Chile has been delayed until next year.", "negated"),
        ("The signing of the agreement with Chile is expected in June.", "planned"),
        # The predicate tells of a signing done, or of nothing: no status of its own.
        ("The signing of the agreement with Chile took place in Santiago on Monday.", None),
        ("The signing ceremony for the memorandum was held in Santiago.", None),
        ("The signing of the accord marks a new chapter.", None),
        # Only the main predicate counts: not a relative clause, nor a later clause.
        (
            "The signing of the Peace and Security Accord between Ethiopia and Kenya, which "
            "was scheduled for March, finally took place.",
            None,
        ),
        (
            "The signing of the accord between Ethiopia and Kenya, which had been delayed for "
            "nearly two years, took place in Nairobi on Monday.",
            None,
        ),
        (
            "The signing of the loan agreement between Zambia and China, which suspended "
            "repayments until 2026.",
            None,
        ),
        ("The signing of the memorandum covers projects that have been delayed by permits.", None),
        (
            "The signing of the accord took place in Tokyo on Monday, and follow-up talks are "
            "scheduled for June.",
            None,
        ),
        ("The signing of the accord, planned for this week, did not take place.", "negated"),
        ("The signing of the accord has been pushed back to June.", "negated"),
        ("The signing of the accord is anticipated later this month.", "planned"),
        ("The signing of the accord has been rescheduled for June.", "planned"),
        # Lists and places with commas inside the noun phrase are read through.
        (
            "The signing of the memoranda on health, energy and trade has been postponed.",
            "negated",
        ),
        (
            "The signing of the agreement in Accra, Ghana was postponed until further notice.",
            "negated",
        ),
        ("The signing of the agreement had to be postponed because of the storm.", "negated"),
        ("The signing of the accord could not take place because of the storm.", "negated"),
        ("The signing of the accord was put on hold.", "negated"),
        ("The signing of the Compact with Senegal is to take place next week.", "planned"),
        # A headline's participle, with no auxiliary; not in a sentence about other things.
        ("Signing of U.S.-Serbia Energy Agreement Postponed", "negated"),
        ("Signing of U.S.-Serbia Energy Agreement Scheduled for June", "planned"),
        ("Signing of U.S.-Serbia Energy Agreement Celebrated in Belgrade", None),
        # Only the word right after the name: not one further on.
        ("Signing of U.S.-Japan Space Agreement Paves Way for Mission Planned for 2028", None),
        ("The signing of the memorandum covers projects delayed by permits.", None),
    ],
)
def test_nominal_status(parsed, first_trigger, lexicon, text, status):
    doc = parsed(text)
    trigger = first_trigger(doc)
    names = [i for i in find_instruments(trigger.sent, lexicon) if i.start >= trigger.end]
    name_end = names[0].end if names else None
    assert nominal_status(doc, trigger.end, trigger.sent, name_end) == status


def test_nominal_status_at_the_end_of_a_sentence(parsed):
    doc = parsed("They attended the signing.")
    sentence = next(doc.sents)
    assert nominal_status(doc, sentence.end, sentence) is None


@pytest.mark.parametrize(
    "text, predicate",
    [
        ("The signing of the accord took place on Friday.", "took"),
        ("The signing of the accord, which had been delayed, took place on Friday.", "took"),
        ("The signing of the accord has been postponed.", "has"),
        ("The signing of the accord, which was delayed for years", None),
    ],
)
def test_predicate_start(parsed, first_trigger, text, predicate):
    doc = parsed(text)
    trigger = first_trigger(doc)
    start = predicate_start(doc, trigger.end, trigger.sent)
    assert (doc[start].text if start is not None else None) == predicate


@pytest.mark.parametrize(
    "text, dated",
    [
        ("The signing of the accord, which had been delayed, took place on Friday.", True),
        ("The signing of the accord is scheduled for Friday.", True),
        ("The signing of the accord has been postponed to June.", True),
        # Not a predicate about something else done to the signing.
        ("The signing of the accord, which took place in March, was welcomed on Friday.", False),
    ],
)
def test_dating_predicate(parsed, first_trigger, text, dated):
    doc = parsed(text)
    trigger = first_trigger(doc)
    assert (dating_predicate(doc, trigger.end, trigger.sent) is not None) is dated
