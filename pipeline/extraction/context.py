"""Status, date and place of a signing, read from the words around its trigger."""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterator
from datetime import date
from typing import NamedTuple

from spacy.tokens import Doc, Span

from ..components.dates import find_dates, resolve
from ..extensions import DATES, cached_spans, doc_text, span_text
from .lexicon import Lexicon
from .words import lower_words

#: Present forms of "be" before "being signed" (a signing under way).
PRESENT_BE = frozenset({"is", "are", "am", "'re", "’re"})  # not "'s": "Today's signing"

PAST_FORMS = frozenset(
    {
        "signed",
        "inked",
        "concluded",
        "co-signed",
        "cosigned",
        "countersigned",
        "entered",
        "became",
        "joined",
    }
)
# "the 17th nation to sign", "the first country to sign": a completed signing.
BASE_FORMS = frozenset({"sign", "conclude", "enter", "join", "ink", "co-sign", "countersign"})
ORDINAL_TO_SIGN = re.compile(
    r"(?i)\b(first|second|third|\d+(st|nd|rd|th)|latest|last|newest)\b[\w\s,’'-]{0,80}?"
    r"\bto\s+(sign|join|become)\b"
)
_PLACE = re.compile(
    r"\bin\s+((?:[A-Z][\w'’.-]*)(?:\s+(?:[A-Z][\w'’.-]*|de|del|da|do|of))*"
    r"(?:,\s+(?:D\.C\.|DC|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*))?)"
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
_AT_PLACE = re.compile(
    r"\w+\s+at\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?=\s+(?:on|in|last|this|earlier|and)\b|[,.;](?:\s|$)|$)"
)
_NOT_PLACES = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday|The|This|That|Addition|Accordance|Support|Order|Light|"
    r"Response|Recognition|Particular|Total|Person|Front|Partnership|Cooperation|Coordination)\b"
)
_TODAY = re.compile(r"(?i)^(?:today|this (?:morning|afternoon|evening)|earlier today|tonight)$")


#: Marks that end the clause before a trigger, two tokens back or more.
CLAUSE_MARKS = frozenset({",", ";", ":", "(", "—", "–"})


def _window(doc: Doc, trigger_start: int, floor: int, size: int) -> list[tuple[str, ...]]:
    """Lower-cased n-grams (up to 3) of the ``size`` tokens before the trigger, in the clause."""
    first = max(floor, trigger_start - size, 0)
    before = lower_words(doc, first, trigger_start)  # marks are their own lower case
    start = trigger_start
    while start > floor and trigger_start - start < size:
        if before[start - 1 - first] in CLAUSE_MARKS and trigger_start - start > 1:
            break
        start -= 1
    words = before[start - first :]
    grams: list[tuple[str, ...]] = []
    for size_ in (1, 2, 3):
        grams.extend(tuple(words[i : i + size_]) for i in range(len(words) - size_ + 1))
    return grams


def _verb(trigger: Span) -> int:
    """Index of the signing verb inside a trigger ("was signed" -> "signed")."""
    for token in trigger:
        if token.lower_.startswith(("sign", "ink", "conclu", "enter", "join", "co-sign", "cosign")):
            return token.i
    return trigger.start


def status_of(doc: Doc, trigger: Span, sentence: Span, lexicon: Lexicon) -> str:
    """``signed``, ``planned`` or ``negated`` for the trigger's clause.

    A past form ("signed", "was signed") is a completed signing unless negated; an
    infinitive ("plans to sign", "to be signed") or a base form after a future or modal
    cue ("will sign") is planned, except "the first nation to sign"; "did not sign" and
    "declined to sign" are negated.
    """
    verb = _verb(trigger)
    before = _window(doc, verb, sentence.start, 6)
    if any(gram in lexicon.negated for gram in before):
        return "negated"
    previous = doc[verb - 1].lower_ if verb > sentence.start else ""
    head = span_text(doc[max(sentence.start, verb - 20) : verb + 1])
    if ORDINAL_TO_SIGN.search(head):
        return "signed"  # "the 17th nation to sign", "the first country to become a signatory"
    planned_cue = any(gram in lexicon.planned for gram in before)
    if previous == "being" and verb - 2 >= sentence.start and doc[verb - 2].lower_ in PRESENT_BE:
        return "planned"  # "which is being signed today": under way, not yet done
    if previous == "be":
        return "planned" if planned_cue else "signed"
    if previous == "to":
        return "planned"
    if doc[verb].lower_ in PAST_FORMS:
        return "signed"
    if planned_cue:
        return "planned"
    # "... and conclude the Agreement": a bare base form in running text is a future act;
    # headlines use it for the past ("X and Y Sign Agreement"), and "did sign" is emphatic.
    headline = not span_text(sentence).rstrip().endswith((".", "!", "?", '"', "”", ")"))
    if doc[verb].lower_ in BASE_FORMS and not headline and previous not in ("did", "do", "does"):
        return "planned"
    return "signed"


# Words that separate a date before the trigger from the trigger's own clause
# ("negotiated in 2014 and signed by Russia").
DATE_BARRIERS = frozenset({"and", "which", "that", ";", "but", "while", "after", "before", "since"})


def pick_date(
    doc: Doc, sentence: Span, start: int, end: int, avoid: tuple[int, int]
) -> Span | None:
    """The DATE span of the trigger's clause nearest to it, not inside the instrument's name.

    A date after the trigger counts up to the end of the clause; a date before it only
    when no conjunction or relative word separates them, or when it opens the sentence
    ("In 2008, ...", "On Wednesday, March 2, ...").
    """
    best = None
    best_distance = 10**9
    for span in cached_spans(doc, DATES):
        if span.start < sentence.start or span.end > sentence.end:
            continue
        if avoid[0] <= span.start and span.end <= avoid[1]:
            continue
        if span.end <= start:
            opens = span.start - sentence.start <= 3
            if not opens and _barrier(doc, span.end, start):
                continue
            distance = start - span.end
        else:
            between = {token.lower_ for token in doc[end : span.start]}
            if between & {";", "which", "while", "but"}:
                continue
            distance = span.start - end
        if distance < best_distance:
            best, best_distance = span, distance
    return best


def _barrier(doc: Doc, start: int, end: int) -> bool:
    """Whether a clause boundary lies between two offsets.

    "and" separates clauses only before a lower-case word ("... in 2014 and signed by"),
    not inside a list of parties ("Prescott and Mexican Secretary ...").
    """
    for token in doc[start:end]:
        if token.lower_ in DATE_BARRIERS and token.lower_ != "and":
            return True
        if token.lower_ == "and" and token.i + 1 < len(doc) and doc[token.i + 1].is_lower:
            return True
    return False


#: Sentences after the headline that may state the occasion a release reports.
LEAD_SENTENCES = 3
#: Words of a lead sentence that states when the occasion took place.
OCCASION_WORDS = frozenset({"met", "meeting", "convened", "held"})
#: How recent the occasion must be (days before the release date).
OCCASION_DAYS = 31


_OCCASIONS: weakref.WeakKeyDictionary[Doc, tuple[str, Occasion | None]] = (
    weakref.WeakKeyDictionary()
)


class Occasion(NamedTuple):
    """When and where a release's reported meeting took place."""

    value: str  # ISO date, day or month
    text: str  # the expression as written
    sentence: Span  # the lead sentence that states it


def occasion_date(doc: Doc, release_date: str | None) -> Occasion | None:
    """The date of the meeting a release reports, stated in its lead.

    Joint statements and readouts date their meeting once, in their first sentences
    ("Delegations met in Bangkok on February 17", "a meeting held April 5, 2022"), and
    report undated what was signed there. The first day or month of a lead sentence with
    an occasion word counts, if it is no later than the release date and at most
    :data:`OCCASION_DAYS` before it. The lead is read here, when an undated signing asks
    for it, rather than by the date component in every release.
    """
    if not release_date or not len(doc):
        return None
    cached = _OCCASIONS.get(doc)
    if cached is not None and cached[0] == release_date:
        return cached[1]
    found = _occasion(doc, release_date)
    _OCCASIONS[doc] = (release_date, found)
    return found


def _lead(doc: Doc) -> Iterator[Span]:
    """The first prose sentences after the headline ("Begin text:" is a label)."""
    count = 0
    for sentence in doc.sents:
        if count == LEAD_SENTENCES:
            return
        prose = span_text(sentence).rstrip().endswith((".", "!", "?"))
        if sentence.start > 0 and len(sentence) >= 6 and prose:
            count += 1
            yield sentence


def _occasion(doc: Doc, release_date: str) -> Occasion | None:
    released = date.fromisoformat(release_date)
    for sentence in _lead(doc):
        if OCCASION_WORDS.isdisjoint(lower_words(doc, sentence.start, sentence.end)):
            continue
        text = span_text(sentence)
        for start, end, kind in find_dates(text):
            resolved = resolve(kind, text[start:end], release_date)
            if resolved is None or len(resolved.value) < 7:
                continue
            value = resolved.value
            first = date.fromisoformat(value if len(value) == 10 else f"{value}-01")
            # A month counts from its first day: "in April" for a release of May 10.
            if first <= released and (released - first).days <= OCCASION_DAYS:
                return Occasion(value, text[start:end], sentence)
            return None
    return None


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


_ANNIVERSARY = re.compile(r"(?i)\b(\d{1,3})(?:st|nd|rd|th)\s+anniversary\s+of\s+(?:the\s+)?sign")
_ORDINAL_WORDS = {
    "first": 1,
    "fifth": 5,
    "tenth": 10,
    "twentieth": 20,
    "twenty-fifth": 25,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "sixtieth": 60,
    "seventieth": 70,
    "seventy-fifth": 75,
    "hundredth": 100,
}
_ANNIVERSARY_WORD = re.compile(
    r"(?i)\b(" + "|".join(_ORDINAL_WORDS) + r")\s+anniversary\s+of\s+(?:the\s+)?sign"
)


def _may_say_anniversary(text: str) -> bool:
    """Whether "anniversary" may be in ``text`` as the case-blind expressions match it.

    Both expressions search case-blind, at every word; a substring test rules most
    sentences out first. Case-blind matching also takes "ı", "İ" and "ſ" for "i" and "s",
    which ``str.lower`` does not map to them: a text holding one goes to the expressions.
    """
    return "anniversary" in text.lower() or any(c in text for c in "ıİſ")


def anniversary_year(text: str, anchor: str | None) -> str | None:
    """The signing year behind "the 70th anniversary of the signing of ..." in ``anchor``'s year.

    Args:
        text: The sentence.
        anchor: The date the anniversary falls in (the sentence's date, else the release date).
    """
    if not anchor or not _may_say_anniversary(text):
        return None
    match = _ANNIVERSARY.search(text)
    years = int(match.group(1)) if match else None
    if years is None:
        worded = _ANNIVERSARY_WORD.search(text)
        years = _ORDINAL_WORDS[worded.group(1).lower()] if worded else None
    return None if years is None else f"{int(anchor[:4]) - years:04d}"


def year_in_name(doc: Doc, instrument_start: int, release_date: str | None) -> str | None:
    """The year an instrument's name opens with ("Our 1979 Treaty of Friendship"), if any.

    Only a year no later than the release's, and not the end of a range ("the 2020-2025
    Framework"): a name that holds a year gives the signing's year.
    """
    if instrument_start < 1:
        return None
    year = doc[instrument_start - 1].text
    if not (len(year) == 4 and year.isdigit() and "1600" <= year <= "2099"):
        return None
    if release_date and year > release_date[:4]:
        return None  # "the 2030 Agenda": a target, not a date
    before = doc[instrument_start - 2].lower_ if instrument_start >= 2 else ""
    if before in ("the", "our", "this", "that") and instrument_start >= 3:
        before = doc[instrument_start - 3].lower_
    # The end of a range ("the 2020-2025 Framework"), or an older instrument that the
    # signed one amends or extends ("the fifth amendment to the 2020 Agreement").
    return None if before in ("-", "–", "—", "to", "through", "of") else year


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


def _place_text(found: str) -> str:
    """A place as matched, without a trailing comma or period ("D.C." keeps its own)."""
    place = found.rstrip(".,")
    return place + "." if place.endswith((" D.C", ",D.C")) else place


def is_today(date: Span | None) -> bool:
    """Whether a date expression means the release day itself."""
    return date is not None and bool(_TODAY.match(date.text.strip()))


def pick_location(doc: Doc, sentence: Span, after_char: int, names: set[str]) -> str | None:
    """A place named with "in" after the trigger, skipping dates, parties and instruments.

    "at ..." names a venue ("at DHS Headquarters in Washington"); the place is the
    "in ..." that follows it.
    """
    text = span_text(sentence)
    offset = sentence.start_char
    # "signed at Praia on March 14": a place right after the verb.
    at = _AT_PLACE.match(text, max(0, after_char - offset))
    if at and not _NOT_PLACES.match(at.group(1)) and at.group(1).lower() not in names:
        return at.group(1)
    for match in _PLACE.finditer(text):
        # "Today in Accra, the two countries signed": a place opening the sentence counts.
        opening = match.start() < 24 and text[match.end() : match.end() + 1] == ","
        if offset + match.start() < after_char and not opening:
            continue
        place = _place_text(match.group(1))
        following = text[match.end() : match.end() + 2].strip()
        if _NOT_PLACES.match(place) or place.lower() in names or following.startswith("("):
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
    # "On her trip to Mexico, the Vice President witnessed the signing of ...".
    visit = _VISIT_PLACE.match(text, 0, max(0, after_char - offset))
    if visit and not _NOT_PLACES.match(visit.group(1)):
        return visit.group(1)
    return None
