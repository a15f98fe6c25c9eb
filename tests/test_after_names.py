"""What follows a titled name: pipeline.after_names over sentences we write."""

from __future__ import annotations

import pytest
import spacy

from pipeline.after_names import (
    ROLE_APPOSITIVE,
    country_from_role,
    home_leader,
    ranked_at_home,
    titled_next,
)
from pipeline.extensions import set_entity_attrs
from pipeline.people_lexicon import TitleLexicon, load_lexicon
from pipeline.title_context import NO_CONTEXT, SpanContext, read_title

NLP = spacy.blank("en")


@pytest.fixture(scope="module")
def lexicon() -> TitleLexicon:
    return load_lexicon(None, None)


@pytest.mark.parametrize(
    ("after", "role"),
    [
        (", commander of the Philippine Army,", True),
        (", commanding general of U.S. Army Pacific,", True),
        (", head of the delegation for Ghana,", True),
        # A list, a verb, a relative clause: no role.
        (", foreign ministers of Egypt and Morocco", False),
        (", will announce the name of the winner", False),
        (", who spoke on behalf of Ghana", False),
        (" and the Minister of Health", False),
    ],
)
def test_role_appositive(after: str, role: bool) -> None:
    assert (ROLE_APPOSITIVE.match(after) is not None) is role


def _chain(lexicon: TitleLexicon, text: str) -> list:
    return [read_title(lexicon, text, NO_CONTEXT, lexicon.title_re.match(text, 0))]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Maj. Gen. Roy Galido, commander of the army of Ghana, spoke.", "GHA"),
        ("Maj. Gen. Roy Galido, commander of the U.S. Army, spoke.", "USA"),
        # No closing comma: nothing read; a role naming no country says so (False).
        ("Maj. Gen. Roy Galido, commander of the army of Ghana.", ""),
        ("Maj. Gen. Roy Galido, commanding general of V Corps, spoke.", ""),
    ],
)
def test_country_from_role(lexicon: TitleLexicon, text: str, country: str) -> None:
    doc = NLP(text)
    countries = (
        [doc.char_span(text.index("Ghana"), text.index("Ghana") + 5, "X", kb_id="GHA")]
        if "Ghana" in text
        else []
    )
    agencies = []
    if "U.S. Army" in text:
        start = text.index("U.S. Army")
        agencies = [doc.char_span(start, start + 9, "X", kb_id="U.S. Army")]
        set_entity_attrs(doc, "AGENCY", "U.S. Army", country="USA")
    doc.spans["countries"], doc.spans["agencies"] = countries, agencies
    chain = _chain(lexicon, text)
    named = country_from_role(text, SpanContext(doc), chain, text.index(","))
    assert chain[0].country == country
    assert named is (bool(country) or not text.endswith(", spoke."))


@pytest.mark.parametrize(
    ("text", "index", "described", "home"),
    [
        ("Rear Adm. Ana Ruiz", 0, False, True),
        ("Rear Adm. Ana Ruiz", 0, True, False),  # a role says whose officer she is
        ("Chief of Staff Lt. Gen. Ali Ahmed", 1, False, False),  # the chief's country
        ("Secretary Ana Ruiz", 0, True, True),  # not a rank: the home rules apply
    ],
)
def test_ranked_at_home(
    lexicon: TitleLexicon, text: str, index: int, described: bool, home: bool
) -> None:
    chain = _chain(lexicon, text)
    if index:
        rank_start = text.index("Lt. Gen.")
        chain.append(
            read_title(lexicon, text, NO_CONTEXT, lexicon.title_re.match(text, rank_start))
        )
    assert ranked_at_home(text, chain, index, described) is home


@pytest.mark.parametrize(
    ("after", "titled"),
    [
        (", and Ambassador Jeanne Maloney signed", True),
        (" and CDC Country Director Caroline Ryan signed", True),
        (", and Maria Lopez spoke", False),
        (" spoke", False),
    ],
)
def test_titled_next(lexicon: TitleLexicon, after: str, titled: bool) -> None:
    assert titled_next(lexicon, after, 0) is titled


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("President Biden", "Biden", "USA"),
        ("President Joseph R. Biden, Jr.", "Joseph R. Biden, Jr.", "USA"),
        ("President Yoon Suk Yeol", "Yoon Suk Yeol", ""),
        # Only the offices of LEADER_OFFICES: "Minister Johnson" is no one's.
        ("Minister Johnson", "Johnson", ""),
    ],
)
def test_home_leader(lexicon: TitleLexicon, text: str, name: str, country: str) -> None:
    chain = _chain(lexicon, text)
    home_leader(chain, name, frozenset({"Biden", "Johnson"}), "USA")
    assert chain[0].country == country
