"""Place of a signing and facts of its sentence, read from the words around its trigger.

Its status is read by :mod:`.statuses`, its date by :mod:`.dating`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span

from ..calendar_names import MONTH_NAMES, WEEKDAY_NAMES
from ..datelines import dateline_length
from ..extensions import COUNTRIES, DATES, TITLES, cached_spans, doc_text, span_text
from ..span_offsets import OffsetIndex
from .place_patterns import (
    AT_PLACE,
    AT_VENUE,
    BUILDING,
    CAMPUS,
    CEREMONY_BEFORE,
    CEREMONY_OPENING,
    DATE_WORDS,
    DAY_THEN_COMMA,
    JOINED_VERB,
    OPENING_TAIL,
    PLACE,
    TALK_OPENING,
    TIME_OPENING,
    VENUE,
    VENUE_BEFORE_PLACE,
    VENUE_OF_ANOTHER,
    VENUE_OPENING,
)
from .words import lower_words

#: A semicolon that opens another clause: a lower-case word other than a conjunction or
#: an article after it ("; with the establishment of ...").
_NEW_CLAUSE = re.compile(r";\s+(?!(?:and|or|the|a|an)\b)[a-z]")
#: Words between the signing and an "in ..." that make it the place of something else:
#: where a party is based, or what a purpose or relative clause is about ("to expand
#: lending in Kenya", "which covers research in Antarctica").
_PLACE_OF_ANOTHER = re.compile(
    r"\b(?:based|headquartered|located|registered|incorporated)\s*$"
    r"|\b(?:which|who)\s+[a-z]"
    r"|\bthat\s+(?:will|would|could|can|is|are|was|were|has|have|had)\b"
    # "to" and a verb; not a preposition ("to the", "signed on to a") nor "to signing"
    r"|\bto\s+(?!(?:a|an|the|its|their|his|her|our|your|this|that|these|those|it|them|us"
    r"|be|sign)\b)[a-z]+\b(?<!ing)"
)
#: A lower-case topic right before "in <country>": the country is the topic's, not where
#: the signing was ("a letter of intent on water security in Ethiopia").
_TOPIC_BEFORE = re.compile(
    r"\b(?:on|for|regarding|concerning"
    # "the joint statement condemning the violence in Sudan": what it is about
    r"|(?<!while\s)(?<!after\s)(?<!before\s)(?<!when\s)(?<!since\s)(?<!upon\s)"
    r"(?!(?:signing|during|following|including|according|being|attending|visiting|touring"
    r"|hosting|meeting|traveling|travelling)\b)[a-z]+ing)"
    r"\s+(?:[a-z][\w-]*\s+){1,4}$"
)


def _country_at(doc: Doc, char: int) -> bool:
    """Whether a country's name (not a city's) starts at the character."""
    return char in OffsetIndex.of(doc, COUNTRIES).by_start


#: A day or month after a purpose clause: the signing's own, and so is the place after it.
_DATED = re.compile(rf"\b(?:on|in)\s+(?:{'|'.join(WEEKDAY_NAMES + MONTH_NAMES)})\b")
#: A place a where-clause opens with: "traveled to Kumasi, where she signed ...".
_WHERE_PLACE = re.compile(
    r"\b(?:to|in|at)\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*"
    r"(?:,\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)?),?"
    # "traveled to San José, Costa Rica, yesterday, where he signed"
    r"(?:\s+(?:yesterday|today|last\s+week|this\s+week|on\s+[A-Z][a-z]+day),?)?\s+where\b"
)
#: How far from a signing's sentence the day's meeting place may be told (characters).
NEAR_CHARS = 600
_VIRTUAL = re.compile(r"\b(?:virtual|virtually|video|videoconference|online)\b", re.I)
#: The place of the release's own occasion ("Today's meeting in Washington, D.C.").
_TODAYS_PLACE = re.compile(
    r"Today['’]s\s+(?:[a-z]+\s+)?(?:meeting|signing|ceremony|event|session|dialogue|talks|summit)"
    r"\s+in\s+"
    r"((?:[A-Z][\w'’.-]*)(?:\s+[A-Z][\w'’.-]*)*(?:,\s+(?:D\.C\.|[A-Z][\w'’.-]*))?)"
)
#: A trip or visit that frames the sentence: "On her trip to Mexico, ...", "During his visit
#: to Accra, ..." (not "Ahead of his visit to India", "Following her trip to Africa").
_VISIT_PLACE = re.compile(
    r"(?:On|During|While\s+on)\s+(?:[\w'’.-]+\s+){0,3}?(?:trip|visit|travels|journey|mission)"
    r"\s+to\s+((?:[A-Z][\w'’.-]*)(?:\s+[A-Z][\w'’.-]*)*)"
)
#: (A place's own article: "The Hague", "The Gambia", "The Bahamas".)
_NOT_PLACES = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday|The(?!\s+(?:Hague|Gambia|Bahamas)\b)|This|That|Addition|Accordance|Support|Order|Light|"
    r"Response|Recognition|Particular|Total|Person|Front|Partnership|Cooperation|Coordination|"
    r"Honor|Honour|Memory|Celebration|Commemoration|Observance|Solidarity|"
    # Regions are what cooperation is about ("... in Central America"), not where one signs.
    r"(?:Central|Latin|South|North)\s+America|Southeast\s+Asia|Asia|Africa|Europe|Americas|"
    r"Indo-Pacific|Middle\s+East|Western\s+Hemisphere|Sahel|Arctic)\b"
)
#: Languages an instrument is signed in ("signed in English and Spanish"): no place.
_LANGUAGES = re.compile(
    r"(?:(?:English|Spanish|French|Arabic|Portuguese|Russian|Chinese|Mandarin|Japanese|Korean"
    r"|Ukrainian|Swahili|Hindi|German|Italian|Dutch|Turkish|Persian|Dari|Pashto|Urdu|Filipino"
    r"|Tagalog|Indonesian|Vietnamese|Thai|Hebrew|Greek|Polish|Romanian|Georgian|Armenian)"
    r"(?:,?\s+(?:and\s+)?)?)+"
)
_TODAY = re.compile(r"(?i)^(?:today|this (?:morning|afternoon|evening)|earlier today|tonight)$")


#: Words with which a sentence recalls an earlier time.
PAST_MARKERS = frozenset(
    {"since", "ago", "recently", "previous", "previously", "former", "decades", "once"}
)


def recalls_past(doc: Doc, sentence: Span) -> bool:
    """Whether a sentence speaks of an earlier time ("since we signed", "years ago")."""
    return not PAST_MARKERS.isdisjoint(lower_words(doc, sentence.start, sentence.end))


def has_date(doc: Doc, sentence: Span) -> bool:
    """Whether a date expression stands anywhere in the sentence."""
    return any(sentence.start <= s.start < sentence.end for s in cached_spans(doc, DATES))


def is_present_passive(doc: Doc, start: int, end: int) -> bool:
    """Whether the verb is a present passive ("is signed"): it happens as the release is written."""
    words = [token.lower_ for token in doc[max(0, start - 2) : end]]
    return any(word in ("is", "are") for word in words) and words[-1] == "signed"


def signs_this(doc: Doc, sentence: Span, trigger_start: int, instrument_start: int) -> bool:
    """Whether a sentence opens with "In signing this <instrument>, ...".

    "In signing this Declaration, the United States and partners will ...": the signing is
    the occasion of the release that states it (a fact sheet's own day).
    """
    return (
        trigger_start == sentence.start + 1
        and doc[sentence.start].lower_ == "in"
        and doc[trigger_start].lower_ == "signing"
        and instrument_start >= 1
        and doc[instrument_start - 1].lower_ == "this"
        # The main clause says what the signers will do, not what they did in the past.
        and "will" in lower_words(doc, instrument_start, sentence.end)
    )


def todays_place(doc: Doc, sentence: Span) -> str | None:
    """Where the day's occasion is: "Today's meeting in Washington, D.C. ...".

    Only when told near the signing's sentence, and not for a virtual signing.
    """
    text = doc_text(doc)
    if _VIRTUAL.search(text, sentence.start_char, sentence.end_char):
        return None
    start = max(0, sentence.start_char - NEAR_CHARS)
    match = _TODAYS_PLACE.search(text, start, sentence.end_char + NEAR_CHARS)
    if match is None or _NOT_PLACES.match(match.group(1)):
        return None
    return _place_text(match.group(1))


#: First words of an official after a place and its comma, who is no part of the place
#: ("in Manila Bay, Vice Admiral Andrew Tiongson ... signed").
_OFFICIAL_OPENERS = frozenset(
    {"Vice", "Rear", "Admiral", "Adm.", "Gen.", "General", "Lt.", "Maj.", "Col.", "Capt."}
    | {"Secretary", "Minister", "Ambassador", "President", "Deputy", "Under", "Assistant"}
)


#: Capitalised words after "at" that make a phrase, not a place: "Crimes at Sea".
_AT_PHRASES = frozenset({"Sea", "Home", "Large", "Risk", "Work", "Night", "Scale"})


def _place_text(found: str) -> str:
    """A place as matched, without a trailing comma or period ("D.C." keeps its own)."""
    place, _, region = found.partition(", ")
    if not region or region.split()[0] not in _OFFICIAL_OPENERS:
        place = found
    place = re.sub(
        r"(?:\s+(?:of|de|del|da|do|dos|das|la|las|los|el|es|upon))+$", "", place.rstrip(".,")
    )
    return place + "." if place.endswith((" D.C", ",D.C")) else place


def is_today(date: Span | None) -> bool:
    """Whether a date expression means the release day itself."""
    return date is not None and bool(_TODAY.match(date.text.strip()))


def _may_be_place(found: str, names: set[str]) -> bool:
    """Whether capitalised words after "in"/"at" may name a place.

    Not a month, region or other word :data:`_NOT_PLACES` knows, nor a party of the event,
    nor a possessive, nor languages ("signed in English and Spanish").
    """
    # "the largest investment in Benin's history": a possessive owns what follows it.
    possessive = found.endswith(("'s", "’s"))
    return (
        not possessive
        and not _LANGUAGES.fullmatch(found)
        and not _NOT_PLACES.match(found)
        and found.lower() not in names
    )


def _venue_place(
    text: str, venue: re.Match[str], names: set[str], subject_may_follow: bool = False
) -> str:
    """The city named right after a venue, else the venue itself.

    "at NASA Headquarters in Washington" is Washington. At a sentence's opening
    (``subject_may_follow``) the words after the city's comma may be the subject: "at
    United Nations Headquarters in New York, Ghana and Togo signed" is New York.
    """
    city = PLACE.match(text, venue.end() + 1)
    if city is None or not _may_be_place(_place_text(city.group(1)), names):
        return " ".join(venue.group(1).split())
    found = _place_text(city.group(1))
    if subject_may_follow and text[city.end() : city.end() + 1] != ",":
        return found.split(", ")[0]
    return found


def _inside(char: int, ranges: Sequence[tuple[int, int]]) -> bool:
    return any(start <= char < end for start, end in ranges)


def pick_location(
    doc: Doc,
    sentence: Span,
    after_char: int,
    names: set[str],
    name_chars: tuple[int, int] = (0, 0),
    listed_chars: Sequence[tuple[int, int]] = (),
    trigger_end_char: int | None = None,
) -> str | None:
    """Where a signing happened, skipping dates, parties and instruments.

    A room or building ("in the Oval Office"); a place named with "in" after the trigger
    ("at ..." names a venue, "at DHS Headquarters in Washington", so the place is the
    "in ..." that follows it). Before the trigger: a place opening the sentence ("In
    Nairobi, Kenya and ..."), the place a where-clause opens with ("traveled to Kumasi,
    where she signed"), or the trip or visit that frames the sentence ("On her trip to
    Mexico, ..."). An "in ..." inside the instrument's name (``name_chars``, its character
    range) is no place: :mod:`.name_places` has ended the name before a place it knows,
    so what is left is a topic ("Framework for Cooperation in Education"), and so is one
    inside the names of the instruments signed with it (``listed_chars``: "a Memorandum on
    Cooperation in Civil Nuclear Energy Training, a Letter of Intent ..."), nor one inside
    a person's title ("Ambassador-at-Large to Monitor and Combat Trafficking in Persons").
    """
    titles = [
        (title.start_char, title.end_char)
        for title in cached_spans(doc, TITLES)
        if sentence.start <= title.start < sentence.end
    ]
    names_chars = [name_chars, *listed_chars, *titles]
    text = span_text(sentence)
    offset = sentence.start_char
    # "signed at Praia on March 14": a place right after the verb.
    at = AT_PLACE.match(text, max(0, after_char - offset))
    if (
        at
        and _may_be_place(at.group(1), names)
        and not CAMPUS.search(text, 0, at.start(1))
        and not BUILDING.search(at.group(1))  # a building's city comes after it
        and at.group(1) not in _AT_PHRASES
    ):
        return at.group(1)
    # "signed in Washington on August 30, 1951": a place right after the verb is the
    # signing's, whatever place opens the sentence ("In Manila, the Secretary will ...").
    # ("was signed in Geneva": after the whole trigger, ``trigger_end_char``, when given.)
    verb_end = (
        trigger_end_char - offset
        if trigger_end_char is not None
        else text.find(" ", max(0, after_char - offset))
    )
    right_after = PLACE.match(text, verb_end + 1) if verb_end >= 0 else None
    if right_after and _may_be_place(_place_text(right_after.group(1)), names):
        return _place_text(right_after.group(1))
    # "In the Oval Office today, the two leaders witnessed the signing of ...".
    for venue in VENUE.finditer(text):
        inside_name = _inside(offset + venue.start(), names_chars)
        # "hosted the Minister in the Treaty Room, where the two signed ...".
        where = text.startswith(", where", venue.end())
        if not inside_name and (
            venue.start() == 0 or offset + venue.start() >= after_char or where
        ):
            return venue.group(1)
    # A place after "; with ..." is another clause's; "; and Togo's Minister ..., in Accra"
    # or "; the ceremony took place in Accra" still tells the signing's.
    clause_end = _NEW_CLAUSE.search(text, max(0, after_char - offset))
    # "At a signing ceremony in Tashkent on April 18, A and B signed": the opening phrase
    # tells where the ceremony was.
    # "WASHINGTON, June 4, 2024 — Today in Accra, ...": the sentence opens after the dateline.
    base = dateline_length(text)
    ceremony = CEREMONY_OPENING.match(text, base)
    for match in PLACE.finditer(text, 0, len(text) if clause_end is None else clause_end.start()):
        # "Today in Accra, the two countries signed": a place opening the sentence counts,
        # and "In Nairobi, Kenya and Japan signed" is Nairobi (the subject follows it).
        capital = text[match.start()] == "I"
        if capital and (text[base : match.start()].strip() or " of " in match.group(1)):
            continue  # a capital "In" opens the sentence with a place: not "In Honor of ..."
        if _inside(offset + match.start(), names_chars):
            continue
        found = match.group(1)
        # "In Washington on Monday, ...", "In Nairobi yesterday, ...": a day before the comma.
        ends_clause = text[match.end() : match.end() + 1] == "," or bool(
            DAY_THEN_COMMA.match(text, match.end())
            # "In New York on the margins of the UN General Assembly in September, ...":
            # the sentence's opening phrase, when it opens the sentence.
            or (capital and OPENING_TAIL.match(text, match.end()))
        )
        near = (
            match.start() - base < 24
            or bool(TIME_OPENING.fullmatch(text, base, match.start()))
            or bool(VENUE_BEFORE_PLACE.fullmatch(text, base, match.start()))
        )
        opening = (near and (ends_clause or ", " in found)) or (
            ceremony is not None and match.start() < ceremony.end()
        )
        if offset + match.start() < after_char and (
            not opening
            or (
                TALK_OPENING.match(text, base, match.start())
                and PLACE.search(text, max(0, after_char - offset)) is not None
            )
        ):
            continue  # a talk's place, when the signing names its own after the verb
        other = _PLACE_OF_ANOTHER.search(text, max(0, after_char - offset), match.start())
        if other and not _DATED.search(text, other.end(), match.start()):
            # "... with Banco Pichincha, a bank headquartered in Ecuador"; not "... to
            # combat trafficking on Friday in Mexico City", where a date ends the clause.
            continue
        if _TOPIC_BEFORE.search(text, max(0, after_char - offset), match.start()) and (
            _country_at(sentence.doc, offset + match.start(1))
        ):
            continue  # "a letter of intent on water security in Ethiopia": the topic's
        if opening and not ends_clause and offset + match.start() < after_char:
            found = found.split(", ")[0]
        place = _place_text(found)
        following = text[match.end() : match.end() + 2].strip()
        if not _may_be_place(place, names) or following.startswith("("):
            continue
        if any(
            word in place
            for word in (
                "Agreement",
                "Memorandum",
                "Accord",
                "Department",
                "Ministry",
                "Office",
                "Treaty",
                "Headquarters",
                "Embassy",
            )
        ):
            continue
        return place
    for venue in AT_VENUE.finditer(
        text, 0, len(text) if clause_end is None else clause_end.start()
    ):
        if _inside(offset + venue.start(), names_chars):
            continue
        at_opening = venue.start() - base < VENUE_OPENING or bool(
            CEREMONY_BEFORE.fullmatch(text, base, venue.start())
            or TIME_OPENING.fullmatch(text, base, venue.start())
        )
        if at_opening and offset + venue.start() < after_char:
            # "At the Akasaka Palace on Monday, ...", "At a ceremony at the Port of ..., ",
            # "Two months later, at United Nations Headquarters in New York, ...".
            return _venue_place(text, venue, names, subject_may_follow=True)
        between = DATE_WORDS.sub(" ", text[max(0, after_char - offset) : venue.start()])
        # "signed and exchanged the Agreement at ...": a verb joined to the signing's own;
        # "..., at State House": a comma right before the building sets off the place.
        between = JOINED_VERB.sub("", between).rstrip().removesuffix(",")
        if offset + venue.start() >= after_char and not VENUE_OF_ANOTHER.search(between):
            return _venue_place(text, venue, names)
    # "Secretary Blinken traveled to Kumasi, where he signed ...".
    wheres = list(_WHERE_PLACE.finditer(text, 0, max(0, after_char - offset)))
    if wheres and _may_be_place(wheres[-1].group(1), names):  # the last before the trigger
        return wheres[-1].group(1)
    # "On her trip to Mexico, the Vice President witnessed the signing of ...".
    visit = _VISIT_PLACE.match(text, 0, max(0, after_char - offset))
    if visit and not _NOT_PLACES.match(visit.group(1)):
        return visit.group(1)
    return None
