from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from pipeline.agency_data import DEFAULT_GOVERNMENT_HEADS, DEFAULT_STOP_WORDS
from pipeline.agency_text import Countries
from pipeline.head_last import head_last_bodies, head_last_stop, read_head_last

STOP = head_last_stop(frozenset(DEFAULT_STOP_WORDS))
HEADS = frozenset(DEFAULT_GOVERNMENT_HEADS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            " National Environment Management Authority signed.",
            "National Environment Management Authority",
        ),
        (" National Forest and Wildlife Service (SERFOR)", "National Forest and Wildlife Service"),
        (" Space Agency Director General Joel Marciano", "Space Agency"),  # a title ends it
        (" National Aeronaval Service.", "National Aeronaval Service"),  # the sentence ends
        (" Presidential Leadership Council and the Saudi side", "Presidential Leadership Council"),
        (" Naval Forces & the U.S. Navy", "Naval Forces"),
        # The last head before "and" ends a name that runs into another one.
        (" Revenue Authority and USAID signed", "Revenue Authority"),
        # No head at the end: another kind of name.
        (" Farm Bureau Federation met", None),
        (" Red Cross said", None),
        (" Ministry of Health said", None),  # the trigger patterns read these
        (" Authority said", None),  # a head alone
        (" and Finance Ministry", None),  # a name does not open with a connector
        (" president said", None),
        ("\nSpace Agency", None),  # a line break ends the run
        (" Security Council's chair", "Security Council"),  # the head's possessive ends it
        (" Security Policy's chair", None),
        # Two bodies joined by "and" are two names; the first is read.
        (
            " Environmental Protection Agency and Forestry Commission",
            "Environmental Protection Agency",
        ),
        (" Health Service and Ghana Education Service", "Health Service"),
        # A title-case headline goes on through capitalised function words.
        (" Deepen Cooperation Through Kenya Wildlife Service", None),
        (" Ahead of Philippine Space Agency Launch", None),
        # Words that end an embassy's name stand inside these; some titles end them.
        (" Public Service Commission said", "Public Service Commission"),
        (" Joint Staff Office said", "Joint Staff Office"),
        (" Defence Forces Commander General Robert Kibochi", "Defence Forces"),
    ],
)
def test_read_head_last(text: str, expected: str | None) -> None:
    named = read_head_last(text, 0, STOP, HEADS)
    assert (named[0] if named else None) == expected
    if named:
        name, start, end = named
        assert text[start:end] == name


def _doc(text: str, countries: dict[str, tuple[str, str]]) -> Doc:
    doc = spacy.blank("en")(text)
    spans = []
    for key, (iso, form) in countries.items():
        form_text, _, nth = key.partition("#")  # "Japan#2": the second "Japan"
        start = -1
        for _ in range(int(nth or 1)):
            start = text.index(form_text, start + 1)
        span = doc.char_span(start, start + len(form_text))
        assert span is not None
        spans.append(Span(doc, span.start, span.end, label="COUNTRY", kb_id=iso, span_id=form))
    doc.spans["countries"] = sorted(spans, key=lambda s: s.start)
    return doc


@pytest.mark.parametrize(
    ("text", "countries", "expected"),
    [
        (
            "Kenya's National Environment Management Authority signed.",
            {"Kenya": ("KEN", "name")},
            [
                (
                    "Kenya's National Environment Management Authority",
                    "National Environment Management Authority of Kenya",
                    "KEN",
                )
            ],
        ),
        # After a possessive the country joins the name: two countries' bodies stay two.
        (
            "CBP signed agreements with Uganda's Revenue Authority and Kenya's Revenue Authority.",
            {"Uganda": ("UGA", "name"), "Kenya": ("KEN", "name")},
            [
                ("Uganda's Revenue Authority", "Revenue Authority of Uganda", "UGA"),
                ("Kenya's Revenue Authority", "Revenue Authority of Kenya", "KEN"),
            ],
        ),
        # Another country's mention opens another name.
        (
            "It was signed with Japan's Ministry of Defense and Japan Self-Defense Forces.",
            {"Japan": ("JPN", "name"), "Japan#2": ("JPN", "name")},
            [("Japan Self-Defense Forces", "Japan Self-Defense Forces", "JPN")],
        ),
        # A demonym or name inside a longer name, after a hyphen, or a U.S. state's name.
        ("The Royal Canadian Mounted Police said.", {"Canadian": ("CAN", "demonym")}, []),
        ("The Canada-India Business Council said.", {"India": ("IND", "name")}, []),
        ("The Georgia Emergency Management Agency said.", {"Georgia": ("GEO", "name")}, []),
        (
            "The Brazilian Space Agency signed.",
            {"Brazilian": ("BRA", "demonym")},
            [("Brazilian Space Agency", "Brazilian Space Agency", "BRA")],
        ),
        (
            "The Ghana Civil Aviation Authority signed.",
            {"Ghana": ("GHA", "name")},
            [("Ghana Civil Aviation Authority", "Ghana Civil Aviation Authority", "GHA")],
        ),
        # U.S. bodies are the gazetteer's; government forms own nothing.
        ("The U.S. Naval Forces Southern Command said.", {"U.S.": ("USA", "name")}, []),
        (
            "The Kenyan Government Revenue Authority said.",
            {"Kenyan Government": ("KEN", "government")},
            [],
        ),
        # A lower-case word after the owner: no name.
        ("Kenya's president said.", {"Kenya": ("KEN", "name")}, []),
    ],
)
def test_head_last_bodies(
    text: str, countries: dict[str, tuple[str, str]], expected: list[tuple[str, str, str]]
) -> None:
    doc = _doc(text, countries)
    found = head_last_bodies(doc, text, Countries(doc), STOP, HEADS)
    assert [
        (doc[c.start : c.end].text, c.body.canonical, c.body.country) for c in found
    ] == expected
    assert all(c.rule == "head_last" and c.rank == 2 for c in found)


def test_a_name_another_rule_ends_is_left_to_it() -> None:
    text = "The Tanzania National Guard deployed."
    doc = _doc(text, {"Tanzania": ("TZA", "name")})
    guard_end = doc.char_span(text.index("National"), text.index(" deployed")).end
    assert head_last_bodies(doc, text, Countries(doc), STOP, HEADS) != []
    assert (
        head_last_bodies(doc, text, Countries(doc), STOP, HEADS, known_ends=frozenset({guard_end}))
        == []
    )


def test_a_body_whose_name_opens_like_an_organisation_is_still_the_country_s() -> None:
    text = "Japan's International Cooperation Agency signed."
    doc = _doc(text, {"Japan": ("JPN", "name")})
    (found,) = head_last_bodies(doc, text, Countries(doc), STOP, HEADS)
    assert (found.body.canonical, found.body.kind, found.body.country) == (
        "International Cooperation Agency of Japan",
        "agency",
        "JPN",
    )


def test_empty_doc() -> None:
    doc = _doc("", {})
    assert head_last_bodies(doc, "", Countries(doc), STOP, HEADS) == []


def test_head_last_stop_words() -> None:
    stop = head_last_stop(frozenset({"Public", "Director", "Signs"}))
    assert "Public" not in stop
    assert {"Director", "Signs", "Commander"} <= stop
