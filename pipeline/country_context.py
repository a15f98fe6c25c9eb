"""Context rules for country forms that are also other words.

A few one-word forms of the country gazetteer are decided by the words around them:
Georgia (the U.S. state), Jordan, Chad, Holland and Welsh (people's names), Turkey (the
bird) and US (the pronoun in capitals). Each rule takes the Doc and the token span of a
match and returns True when the match is *not* the country. They look at a few tokens
around the match and, for Georgia and Turkey, at the words of its sentence; the
component calls them only for those forms.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Token

from .extensions import doc_text

_WORD = re.compile(r"\w+")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


US_STATE_NAMES = _words(
    "Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Hawaii "
    "Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts "
    "Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon "
    "Pennsylvania Tennessee Texas Utah Vermont Virginia Wisconsin Wyoming Carolina Dakota "
    "Hampshire"
)
US_STATE_CUES = US_STATE_NAMES | _words(
    "Atlanta Savannah Augusta Macon Governor governor governors Senator senator Senators "
    "senators county County counties Legislature legislature statewide"
)
US_STATE_FOLLOWERS = _words(
    "Department Bureau Governor governor Senator senator Senators senators Legislature legislature "
    "General State Tech Power Democrats Republicans Representative Supreme county counties "
    "voters election elections law laws Mayor Mayors Sheriff House Senate"
)
GEORGIA_COUNTRY_CUES = _words(
    "Tbilisi Georgian Georgians Caucasus Abkhazia Ossetia Batumi Kutaisi Black"
)
PERSON_TITLES = _words(
    "Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Sen. Rep. Gov. Secretary Senator Representative Governor "
    "Judge Justice Director Commissioner Officer Agent Coach Administrator Ambassador Deputy "
    "Acting Chairman Chairwoman Chair Mayor Sgt. Captain Lieutenant Colonel General Gen. "
    "Admiral Professor Prof. Chief Envoy Counselor Spokesperson"
)
# Title-case words next to a country in headlines and names of bodies: they do not make
# "Jordan" or "Chad" a person's name.
NOT_NAME_WORDS = _words(
    "Joint Strategic Dialogue Statement Foreign Minister Ministry Embassy Government Relations "
    "Partnership Cooperation Agreement Valley River Basin Lake Day Summit Meeting Call Visit "
    "Travel Trip Security Assistance Program Armed Forces Air Army Navy Border Trade Economic "
    "Energy Investment Development Initiative Commission Council Committee Crown King Queen "
    "Prince Princess Kingdom Republic National Independence Task Force Mission Office "
    "Consulate Accords Treaty Memorandum Plan Fund Response Sea Region Delta Desert Today "
    "Yesterday Tomorrow Visiting Welcome Meanwhile Additionally Also Both"
)
BIRD_FOLLOWERS = _words(
    "dinner dinners pardon pardons pardoning pardoned sandwich sandwiches feast trot hunt "
    "hunting farm farms farmers leg legs breast bacon burger burgers meat gravy stuffing "
    "roast recipe recipes"
)
BIRD_PRECEDERS = frozenset({"Thanksgiving", "National", "roast", "Roast", "wild", "Wild"})
SHOUTED_VERBS = _words(
    "LET JOIN HELP TELL GIVE SHOW CONTACT FOLLOW EMAIL CALL VISIT WATCH TEXT WRITE ASK"
)


def sentence_words(doc: Doc, start: int, window: int = 40) -> set[str]:
    """The words of the sentence around token ``start`` (a window when none is set)."""
    try:
        sentence = doc[start].sent
        low, high = sentence.start, sentence.end
    except ValueError:  # no sentence boundaries (E030); Doc.has_annotation would scan all tokens
        low, high = max(0, start - window), min(len(doc), start + window)
    last = doc[high - 1]
    return set(_WORD.findall(doc_text(doc), doc[low].idx, last.idx + len(last)))


def _across_coordination(doc: Doc, index: int, step: int) -> str:
    """Text of the nearest token from ``index`` towards ``step`` that is not , and or."""
    while 0 <= index < len(doc) and doc[index].lower_ in {",", "and", "or"}:
        index += step
    return doc[index].text if 0 <= index < len(doc) else ""


def is_georgia_us_state(doc: Doc, start: int, end: int) -> bool:
    """True when "Georgia" at ``doc[start:end]`` is the U.S. state, not the country.

    The state: after "Atlanta,", "state of" or "University of"; before "Department",
    "Senator", "Mayor", "'s governor" or "National Guard"; next to another state ("Georgia and
    Alabama"); or with U.S.-state words (Governor, Senator, county, Atlanta) in its
    sentence and no cue of the country (Tbilisi, Georgian, Caucasus).
    """
    before = [t.text for t in doc[max(0, start - 2) : start]]
    if before in (["Atlanta", ","], ["state", "of"], ["State", "of"], ["University", "of"]):
        return True
    after = doc[end : end + 2]
    if len(after) and after[0].text in ("'s", "’s"):
        after = after[1:]
    if len(after) and after[0].text in US_STATE_FOLLOWERS:
        return True
    if [t.text for t in after] == ["National", "Guard"]:  # a state's unit
        return True
    if (
        _across_coordination(doc, end, 1) in US_STATE_NAMES
        or _across_coordination(doc, start - 1, -1) in US_STATE_NAMES
    ):
        return True
    words = sentence_words(doc, start)
    return not words & GEORGIA_COUNTRY_CUES and bool(words & US_STATE_CUES)


def _looks_like_name_part(token: Token) -> bool:
    return bool(
        token.is_title
        and token.is_alpha
        and token.lower_ not in STOP_WORDS
        and token.text not in NOT_NAME_WORDS
        and token.text not in PERSON_TITLES
    )


def is_person_name(doc: Doc, start: int, end: int) -> bool:
    """True when a country form that is also a given or family name names a person.

    "Jordan Smith", "Michael Jordan", "Secretary Chad Wolf" are people; "in Jordan",
    "Jordan's King", "Jordan Strategic Dialogue" are the country.
    """
    if start > 0 and (
        doc[start - 1].text in PERSON_TITLES or _looks_like_name_part(doc[start - 1])
    ):
        return True
    if _office_of(doc, start):
        return False  # "U.S. Ambassador to Chad Alexander Laskaris": the name is the envoy's
    return end < len(doc) and _looks_like_name_part(doc[end])


#: Offices and bodies whose "to"/"of"/"in" is followed by a country.
_OFFICES_OF_COUNTRIES = frozenset(
    {"Ambassador", "Ambassadors", "Embassy", "Envoy", "Consul", "Consulate", "Mission"}
    | {"Republic", "Kingdom", "Government", "Affaires", "Representative", "Minister"}
    | {"Ministry", "Bank", "Director"}
)


def _office_of(doc: Doc, start: int) -> bool:
    """Whether an office's "to", "of" or "in" stands right before the word ("Ambassador to")."""
    return (
        start > 1
        and doc[start - 1].lower_ in ("to", "of", "in")
        and doc[start - 2].text in _OFFICES_OF_COUNTRIES
    )


def is_turkey_the_bird(doc: Doc, start: int, end: int) -> bool:
    """True when "Turkey" is the bird: "Turkey dinner", "National Thanksgiving Turkey"."""
    if end < len(doc) and doc[end].lower_ in BIRD_FOLLOWERS:
        return True
    if start > 0 and doc[start - 1].text in BIRD_PRECEDERS:
        return True
    words = {word.lower() for word in sentence_words(doc, start)}
    return "thanksgiving" in words and bool(words & {"pardon", "pardons", "pardoned"})


def is_pronoun_us(doc: Doc, start: int, end: int) -> bool:
    """True when "US" is the pronoun in capitals: "JOIN US", "FOR US", "FOR JOINING US"."""
    for index in (start - 1, end):
        if 0 <= index < len(doc):
            token = doc[index]
            if not (token.is_upper and token.is_alpha and len(token) > 1):
                continue
            verb = token.text in SHOUTED_VERBS or (index < start and token.text.endswith("ING"))
            if verb or token.lower_ in STOP_WORDS:
                return True
    return False


#: One-word forms whose meaning depends on context, with the test that rejects them.
CONTEXT_RULES: dict[str, Callable[[Doc, int, int], bool]] = {
    "Georgia": is_georgia_us_state,
    "Jordan": is_person_name,
    "Chad": is_person_name,
    "Holland": is_person_name,
    "Welsh": is_person_name,
    "Turkey": is_turkey_the_bird,
    "US": is_pronoun_us,
}
