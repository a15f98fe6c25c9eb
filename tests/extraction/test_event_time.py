"""Status, date and place of one signing: pipeline.extraction.event_time."""

from __future__ import annotations

import pytest

from pipeline.extraction.event_time import (
    ceremony_headline,
    instrument_chars,
    signing_when,
    signing_where,
)
from pipeline.extraction.instruments import find_instruments
from pipeline.extraction.roles import Context


def _context(doc, lexicon, frame="active"):
    sentence = next(doc.sents)
    trigger = next(t.i for t in sentence if t.lower_.startswith(("sign", "conclu")))
    found = find_instruments(sentence, lexicon)
    return Context(doc, sentence, trigger, trigger + 1, frame, found[0], sentence.start)


@pytest.mark.parametrize(
    "text, status, value, source",
    [
        ("Ghana and Togo signed the accord on March 1.", "signed", "2022-03-01", "text"),
        ("Ghana and Togo will sign the accord on March 9.", "planned", "2022-03-09", "text"),
        ("Ghana and Togo just signed the accord.", "signed", "2022-03-07", "text"),
        ("When Ghana and Togo had just signed the accord, trade grew.", "signed", None, None),
        (
            "Our 1979 Treaty of Friendship, signed by Ghana and Togo, stands.",
            "signed",
            "1979",
            "text",
        ),
        ("(The accord is signed.)", "signed", "2022-03-07", "release_date"),
        # An anniversary counts back from its day, unless the signing's own date is given.
        (
            "Last year marked the 70th anniversary of the signing of the accord by Ghana and Togo.",
            "signed",
            "1951",
            "text",
        ),
        (
            "Today marks the 75th anniversary of the signing of the accord by Ghana and Togo on "
            "April 4, 1947.",
            "signed",
            "1947-04-04",
            "text",
        ),
        # Not a date of another clause, nor one before the signing.
        (
            "Today marks the 75th anniversary of the signing of the accord by Ghana and Togo, "
            "which their parliaments approved in July 1947.",
            "signed",
            "1947",
            "text",
        ),
        (
            "In 2017, Ghana and Togo marked the fifth anniversary of the signing of the accord.",
            "signed",
            "2012",
            "text",
        ),
        ("Ghana declined to sign the accord.", "negated", None, None),
    ],
)
def test_signing_when(parsed, lexicon, text, status, value, source):
    doc = parsed(text)
    when = signing_when(doc, _context(doc, lexicon), lexicon, "occasion", "")
    assert when is not None
    assert (when.status, when.value, when.source) == (status, value, source)


def test_a_planned_signing_with_parties_from_a_fallback_is_none(parsed, lexicon):
    doc = parsed("We will sign the accord next week.")
    assert signing_when(doc, _context(doc, lexicon), lexicon, "occasion", "self") is None


@pytest.mark.parametrize(
    "text, dateline, place",
    [
        ("Ghana and Togo signed the accord in Accra on March 1.", None, "Accra"),
        ("Ghana and Togo signed the accord today.", "Lomé", "Lomé"),
        ("Ghana and Togo signed the accord in 2019.", "Lomé", None),
    ],
)
def test_signing_where(parsed, lexicon, text, dateline, place):
    doc = parsed(text, dateline=dateline)
    context = _context(doc, lexicon)
    when = signing_when(doc, context, lexicon, "none", "")
    assert when is not None
    assert signing_where(doc, context, {"ghana", "togo"}, when) == place


def test_instrument_chars(parsed, lexicon):
    doc = parsed("Ghana and Togo signed the Treaty of Friendship.")
    start, end = instrument_chars(doc, find_instruments(next(doc.sents), lexicon)[0])
    assert doc.text[start:end] == "Treaty of Friendship"


@pytest.mark.parametrize(
    "title, ceremony",
    [
        ("Remarks at the Signing Ceremony for the U.S.-Uruguay Agreement", True),
        ("Secretary Blinken at the Signing of the Memorandum on Minerals", True),
        ("Remarks at Signing Ceremony for the U.S.-Peru Memorandum", True),
        ("Remarks on the Agreement on Minerals", False),
    ],
)
def test_ceremony_headline(parsed, title, ceremony):
    import pipeline
    from pipeline.corpus import Release

    doc = pipeline.parse(
        Release(id="t", title=title, text="The ministers spoke.", date="2024-04-24")
    )
    assert ceremony_headline(doc, next(doc.sents)) is ceremony


def test_a_signing_told_only_by_a_ceremony_headline_is_the_release_s(events_of):
    import pipeline
    from pipeline.corpus import Release

    release = Release(
        id="t",
        title="Remarks at the Signing Ceremony for the U.S.-Uruguay Science Agreement",
        text="MODERATOR: Good afternoon and welcome.",
        date="2024-04-24",
        dateline="Montevideo",
    )
    [event] = pipeline.parse(release)._.signings
    assert (event["date"], event["location"], event["countries"]) == (
        "2024-04-24",
        "Montevideo",
        ["URY", "USA"],
    )


@pytest.mark.parametrize(
    "text, date, precision",
    [
        # Counted from the last day named before it, not from the release date (March 9).
        (
            "On Monday, the Secretary met the Minister. The previous day, Ghana and Togo "
            "signed the accord.",
            "2022-03-06",
            "day",
        ),
        (
            "The Secretary arrived in Accra on March 3. Two days later, Ghana and Togo signed "
            "the accord.",
            "2022-03-05",
            "day",
        ),
        (
            "The Secretary arrived in Accra on March 3. A week earlier, Ghana and Togo signed "
            "the accord.",
            "2022-02",
            "month",
        ),
        # A signing counted from a date still to come is not dated after the release.
        (
            "The Secretary will visit Accra on March 20. The day before, Ghana and Togo signed "
            "the accord.",
            None,
            None,
        ),
        # With no day named before, there is nothing to count from; nor does the occasion's
        # date stand in for it.
        ("The previous day, Ghana and Togo signed the accord.", None, None),
    ],
)
def test_a_day_counted_from_another(events_of, text, date, precision):
    [event] = events_of(text, date="2022-03-09")
    assert (event["date"], event["date_precision"]) == (date, precision)
    if date is not None:
        assert event["date_source"] == "text"


def test_an_in_phrase_of_a_title_is_no_place(events_of):
    [event] = events_of(
        "The Joint Declaration was signed today by Ambassador-at-Large to Monitor and Combat "
        "Trafficking in Persons Cindy Dyer and Minister of Interior Ali Hassan of Bahrain."
    )
    assert event["location"] is None
    assert {p["name"] for p in event["parties"]} >= {"Cindy Dyer", "Ali Hassan"}
