from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from pipeline.extensions import set_entity_attrs
from pipeline.people_lexicon import TitleLexicon, load_lexicon
from pipeline.title_context import (
    NO_CONTEXT,
    SpanContext,
    default_country,
    has_prefix,
    read_title,
)

NLP = spacy.blank("en")


@pytest.fixture(scope="module")
def lexicon() -> TitleLexicon:
    return load_lexicon(None, None)


def make_doc(text: str, countries: dict[str, str], agencies: dict[str, str]) -> Doc:
    """A Doc with COUNTRY and AGENCY spans on the given phrases (agency -> its country)."""
    doc = NLP(text)
    spans = {}
    for group, table in (("countries", countries), ("agencies", agencies)):
        found = []
        for phrase, kb in table.items():
            start = text.index(phrase)
            span = doc.char_span(
                start, start + len(phrase), "X", kb_id=kb if group == "countries" else phrase
            )
            found.append(span)
            if group == "agencies":
                set_entity_attrs(doc, "AGENCY", phrase, country=kb)
        spans[group] = sorted(found, key=lambda s: s.start)
    doc.spans["countries"], doc.spans["agencies"] = spans["countries"], spans["agencies"]
    return doc


def test_context_queries():
    text = "Salvadoran Minister of Foreign Affairs met the State Department Spokesperson."
    doc = make_doc(text, {"Salvadoran": "SLV"}, {"State Department": "USA"})
    ctx = SpanContext(doc)
    assert ctx.country_ending_at(len("Salvadoran")) == "SLV"
    assert ctx.country_starting_at(0) == "SLV" and ctx.country_starting_at(1) == ""
    end = text.index(" Spokesperson")
    assert ctx.agency_ending_at(end) == "State Department"
    assert ctx.agency_country("State Department") == "USA"
    assert ctx.known(text.index("Department")) and not ctx.known(text.index("met"))
    assert ctx.inside_agency(text.index("Department"))
    assert not ctx.inside_agency(text.index("State"))  # its start is not inside
    assert ctx.overlaps(0, 3) and not ctx.overlaps(11, 19)
    assert ctx.within(0, len(text)) == [
        (0, "COUNTRY", "SLV"),
        (text.index("State"), "AGENCY", "State Department"),
    ]
    assert NO_CONTEXT.empty and not NO_CONTEXT.known(0)


def test_spans_out_of_order_are_sorted():
    text = "Norway and Chile"
    doc = NLP(text)
    doc.spans["countries"] = [Span(doc, 2, 3, "X", kb_id="CHL"), Span(doc, 0, 1, "X", kb_id="NOR")]
    ctx = SpanContext(doc)
    assert ctx.countries.starts == [0, 11] and ctx.known(12)


def test_context_of_a_doc_is_made_once_while_its_groups_stay():
    from pipeline.extensions import set_spans

    text = "Salvadoran Minister of Foreign Affairs met the State Department Spokesperson."
    doc = make_doc(text, {"Salvadoran": "SLV"}, {"State Department": "USA"})
    first = SpanContext.of(doc)
    assert SpanContext.of(doc) is first
    assert first.country_ending_at(len("Salvadoran")) == "SLV"
    # A country group written anew (here: one country more) gives a new context.
    set_spans(doc, "countries", [*doc.spans["countries"], Span(doc, 7, 9, "X", kb_id="USA")])
    second = SpanContext.of(doc)
    assert second is not first
    assert second.country_ending_at(text.index(" Spokesperson")) == "USA"
    assert SpanContext.of(doc) is second
    # Another Doc has its own.
    other = make_doc(text, {}, {"State Department": "USA"})
    assert SpanContext.of(other) is not second
    assert SpanContext.of(other).country_ending_at(len("Salvadoran")) == ""


def _nested_countries(doc: Doc, depth: int) -> SpanContext:
    # One long span, then ``depth`` one-token spans inside it, as a sloppy group might hold.
    spans = [Span(doc, 0, len(doc), "X")] + [Span(doc, i, i + 1, "X") for i in range(depth)]
    doc.spans["countries"] = spans
    return SpanContext(doc)


@pytest.mark.parametrize("depth", [0, 3, 12])
def test_overlaps_see_a_long_span_behind_many_short_ones(depth):
    doc = NLP(" ".join(["word"] * 20))
    ctx = _nested_countries(doc, depth)
    last = doc[19]
    assert ctx.overlaps(last.idx, last.idx + 4)  # inside the long span only
    assert ctx.known(last.idx)
    assert not ctx.overlaps(len(doc.text), len(doc.text) + 1)


@pytest.mark.parametrize(
    ("start_word", "end_word", "inside"),
    [
        ("Sri", "Lanka", False),  # the whole country
        ("Lanka", "Lanka", True),  # a surname inside a longer country name
        ("Department", "Department", True),  # a word inside an agency
        ("State", "Department", False),  # the whole agency
        ("met", "met", False),  # outside every span
    ],
)
def test_inside_other(start_word, end_word, inside):
    text = "Sri Lanka met the State Department today"
    doc = make_doc(text, {"Sri Lanka": "LKA"}, {"State Department": "USA"})
    ctx = SpanContext(doc)
    start = text.index(start_word)
    end = text.index(end_word) + len(end_word)
    assert ctx.inside_other(start, end) is inside


def test_inside_other_answers_every_query_of_one_context():
    # The spans' exact ranges are gathered on the first hit inside one, then kept.
    text = "Sri Lanka met the State Department today"
    doc = make_doc(text, {"Sri Lanka": "LKA"}, {"State Department": "USA"})
    ctx = SpanContext(doc)
    queries = [("Lanka", "Lanka", True), ("Sri", "Lanka", False), ("met", "met", False)]
    queries += [("State", "Department", False), ("Department", "Department", True)]
    for _ in range(2):
        for start_word, end_word, inside in queries:
            start, end = text.index(start_word), text.index(end_word) + len(end_word)
            assert ctx.inside_other(start, end) is inside


@pytest.mark.parametrize(
    ("text", "countries", "agencies", "title", "country", "agency"),
    [
        (
            "Salvadoran Minister of Foreign Affairs Ana Ruiz",
            {"Salvadoran": "SLV"},
            {},
            "Minister of Foreign Affairs",
            "SLV",
            None,
        ),
        ("El Salvador’s Minister Ana Ruiz", {"El Salvador": "SLV"}, {}, "Minister", "SLV", None),
        (
            "the Secretary of the Department of Homeland Security",
            {},
            {"Department of Homeland Security": "USA"},
            "Secretary of the Department of Homeland Security",
            "USA",
            "Department of Homeland Security",
        ),
        (
            "the Minister of Foreign Affairs of Mexico",
            {"Mexico": "MEX"},
            {},
            "Minister of Foreign Affairs of Mexico",
            "MEX",
            None,
        ),
        # A country before the name of a body the title is of.
        (
            "Bangladeshi Economic Relations Division Secretary Ana Ruiz",
            {"Bangladeshi": "BGD"},
            {},
            "Secretary",
            "BGD",
            None,
        ),
        # A body's acronym in brackets between it and the title.
        (
            "U.S. Customs and Border Protection (CBP) Commissioner Ana Ruiz",
            {},
            {"U.S. Customs and Border Protection": "USA", "CBP": "USA"},
            "Commissioner",
            "USA",
            "CBP",
        ),
        # An agency's mission in a country: the agency's officer.
        (
            "USAID/Tanzania Mission Director Ana Ruiz",
            {"Tanzania": "TZA"},
            {"USAID": "USA"},
            "Mission Director",
            "USA",
            "USAID",
        ),
        # A mission named after a region that follows its country.
        (
            "USAID/Kenya and East Africa Mission Director Ana Ruiz",
            {"Kenya": "KEN"},
            {"USAID": "USA"},
            "Mission Director",
            "USA",
            "USAID",
        ),
        # A region the gazetteer does not know, without the agency's slash: no mission.
        (
            "USAID Central Asia Mission Director Ana Ruiz",
            {},
            {"USAID": "USA"},
            "Mission Director",
            "",
            None,
        ),
        # A mission named after a region the gazetteer does not know.
        (
            "USAID/Central Asia Mission Director Ana Ruiz",
            {},
            {"USAID": "USA"},
            "Mission Director",
            "USA",
            "USAID",
        ),
        (
            "Peace Corps Ghana Country Director Ana Ruiz",
            {"Ghana": "GHA"},
            {"Peace Corps": "USA"},
            "Country Director",
            "USA",
            "Peace Corps",
        ),
        (
            "the Ghana Country Director Ana Ruiz",
            {"Ghana": "GHA"},
            {},
            "Country Director",
            "GHA",
            None,
        ),
        # The country ends a run of blanks before the body's words, or with an "'s".
        (
            "Bangladeshi   Economic Relations Division Secretary Ana Ruiz",
            {"Bangladeshi": "BGD"},
            {},
            "Secretary",
            "BGD",
            None,
        ),
        (
            "Bangladesh's Economic Relations Division Secretary Ana Ruiz",
            {"Bangladesh": "BGD"},
            {},
            "Secretary",
            "BGD",
            None,
        ),
        # A country further back than the body's three words is not the title's.
        (
            "Bangladesh sent its delegation, and the Economic Relations Division Secretary "
            "Ana Ruiz",
            {"Bangladesh": "BGD"},
            {},
            "Secretary",
            "",
            None,
        ),
        # Not across a word in lower case, nor over more than three words.
        (
            "Ghana and Relations Division Secretary Ana Ruiz",
            {"Ghana": "GHA"},
            {},
            "Secretary",
            "",
            None,
        ),
        (
            "Ghanaian Economic Relations Board Division Secretary Ana Ruiz",
            {"Ghanaian": "GHA"},
            {},
            "Secretary",
            "",
            None,
        ),
    ],
)
def test_read_title(lexicon, text, countries, agencies, title, country, agency):
    doc = make_doc(text, countries, agencies)
    ctx = SpanContext(doc)
    start = text.index(title.split()[0])
    hit = read_title(lexicon, text, ctx, lexicon.title_re.match(text, start))
    assert (text[hit.start : hit.end], hit.country, hit.agency) == (title, country, agency)


def test_home_country_and_the_prefix_read_on_demand(lexicon):
    text = "UN Secretary Berg and Secretary of State Hale"
    first = read_title(lexicon, text, NO_CONTEXT, lexicon.title_re.match(text, 3))
    second = read_title(lexicon, text, NO_CONTEXT, lexicon.title_re.match(text, 22))
    assert first.has_prefix is None  # not read yet
    default_country(first, "USA", lexicon, text)
    default_country(second, "USA", lexicon, text)
    assert has_prefix(first, lexicon, text) and first.country == ""  # "UN" names a body
    assert second.country == "USA"
    assert first.shifted(10).start == 13 and first.shifted(10).head_end == first.head_end + 10
