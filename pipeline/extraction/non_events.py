"""Instrument mentions that make no event of their own.

The object of "signed into law" or "signed an executive order" is no instrument of an
agreement, nor are talks about one, "concluded negotiations on an Open Skies agreement"
(:func:`is_excluded`, :func:`talks_before`); "eight defense-related agreements" names none of them
(:func:`unnamed_plural`); "such agreements" names a kind (:func:`named_by_kind`).
:func:`pipeline.extraction.events.extract_events` leaves these out.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..extensions import span_text
from .instruments import Found
from .lexicon import Lexicon
from .words import lower_words


def is_excluded(
    doc: Doc, trigger_end: int, sentence: Span, lexicon: Lexicon, window: int = 6
) -> bool:
    """Whether the trigger's object is a non-event ("signed the bill", "signed into law")."""
    stop = min(sentence.end, trigger_end + window)
    lowered = [token.lower_ for token in doc[trigger_end:stop]]
    for size in (3, 2, 1):
        for i in range(len(lowered) - size + 1):
            if tuple(lowered[i : i + size]) in lexicon.excluded:
                # Only the first noun group after the trigger counts: stop at a comma.
                return "," not in lowered[:i]
    return False


#: First words of a verb's object.
_OBJECT_OPENERS = frozenset({"it", "them", "this", "these", "the", "a", "an"})
#: Words after an article that make a time phrase, not an object ("the same day").
_TIME_WORDS = frozenset(
    {"same", "day", "week", "month", "year", "morning", "afternoon", "evening", "next"}
    | {"following", "previous", "first", "last", "night"}
)
#: First words of a noun group that may be a verb's own object.
_ARTICLES = frozenset({"the", "a", "an", "this", "that", "these", "those"})


def excluded_object(doc: Doc, trigger_end: int, lexicon: Lexicon) -> bool:
    """Whether the verb has an object of its own, and it is a non-event.

    "Statement by President Joe Biden on Signing the CHIPS and Science Act": the
    instrument before the verb ("Statement") is not what was signed; the act is.
    """
    if trigger_end >= len(doc) or doc[trigger_end].lower_ not in _ARTICLES:
        return False
    if trigger_end + 1 < len(doc) and doc[trigger_end + 1].lower_ in _TIME_WORDS:
        return False  # "signed the same day the new rule took effect": a time, no object
    sentence_end = doc[trigger_end].sent.end if doc.has_annotation("SENT_START") else len(doc)
    return is_excluded(doc, trigger_end, doc[trigger_end:sentence_end], lexicon)


def talks_before(doc: Doc, trigger_start: int, instrument: Found, lexicon: Lexicon) -> bool:
    """Whether talks about an instrument named before the verb are what ended.

    "Negotiations on an Open Skies agreement ... concluded in Praia": the verb's subject
    is the talks (an excluded word just before the instrument), not the instrument. A verb
    with an object of its own is another act ("complete the negotiation on the Framework
    Agreement in 2022 and conclude it in 2023").
    """
    if instrument.end > trigger_start:
        return False
    if set(lower_words(doc, trigger_start + 1, trigger_start + 2)) & _OBJECT_OPENERS:
        return False
    before = lower_words(doc, instrument.start - 3, instrument.start)
    return any((word,) in lexicon.excluded for word in before)


#: Words after a number that make "for <number> ..." an amount or a term, not a topic.
AMOUNT_WORDS = frozenset(
    {"million", "billion", "trillion", "dollars", "percent", "years", "months", "days"}
)


def unnamed_plural(doc: Doc, instrument: Found) -> bool:
    """Whether an instrument is an unnamed plural ("eight defense-related agreements").

    Several instruments of which none is named make no event.

    A plural counts when it has a proper name ("the Minsk agreements") or a topic
    ("memoranda of understanding on cybersecurity"); lists are split before this.
    """
    if not instrument.plural or instrument.definite:
        return False  # "these agreements" refers back to instruments named before
    words = doc[instrument.start : instrument.end]
    # "USDA Signs Three Agreements with Kenya": a headline's capitals name nothing after a
    # count.
    counted = instrument.start > 0 and doc[instrument.start - 1].like_num
    named = not counted and any(token.text[:1].isupper() for token in words)
    if named and instrument.start < doc[0].sent.end:
        # "U.S. and Vietnam Sign Agreements During State Visit": a headline capitalises
        # every word; a name stands before the head ("Sign Artemis Accords").
        named = any(t.text[:1].isupper() for t in doc[instrument.start : instrument.head_start])
    end = instrument.end
    topic = end < len(doc) and doc[end].lower_ in ("on", "for", "concerning", "regarding")
    # "agreements for $300 million", "for up to 20 years": an amount or a term, no topic
    # ("agreements for two new clinics", "for 5G network security" have one).
    if topic and doc[end].lower_ == "for" and end + 1 < len(doc):
        following = doc[end + 1]
        unit = doc[end + 2].lower_ if end + 2 < len(doc) else ""
        topic = not (
            following.is_currency
            or following.lower_ == "up"
            or (following.like_num and unit in AMOUNT_WORDS)
        )
    return not (named or topic)


#: Forms of a signing verb after "to" before "such an agreement".
_SIGN_FORMS = frozenset(
    {"sign", "signed", "conclude", "concluded", "join", "joined", "ink", "inked"}
)


def named_by_kind(doc: Doc, instrument: Found) -> bool:
    """Whether an instrument is named only as a kind of instrument ("such agreements").

    "The Philippines is the 28th country to sign such an agreement", "Niger has signed
    such agreements with Mali" tell of agreements of that kind, not of one instrument:
    they make no event of their own. "The first such agreement", "Ghana signed such an
    agreement with the United States in 2019" are one instrument each.
    """
    if instrument.start and doc[instrument.start - 1].lower_ in ("any", "no"):
        return True  # "Fiji has not signed any security agreement with China": none of them
    before = instrument.start - 1
    article = before >= 0 and doc[before].lower_ in ("a", "an")
    before -= 1 if article else 0
    if before < 0 or doc[before].lower_ != "such":
        return False
    if not article:
        return instrument.plural
    # "the 28th country to sign such an agreement", "... to have signed such an agreement"
    verb = before - 1
    if verb < 1 or doc[verb].lower_ not in _SIGN_FORMS:
        return False
    words = lower_words(doc, max(0, verb - 2), verb)
    return words[-1:] == ["to"] or words[-2:] == ["to", "have"]


def announces_list(doc: Doc, instrument: Found) -> bool:
    """Whether a plural only points at a list ("signed the following instruments:").

    The items below are the instruments; where none can be read as such (each has its own
    "signed by ..."), the pointer itself is no instrument.
    """
    if not instrument.plural:
        return False
    words = lower_words(doc, max(instrument.start - 2, 0), instrument.head_start)
    return "following" in words


#: Ordinals that count instruments ("the third agreement our countries have signed").
_COUNTING = frozenset(
    {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"}
    | {"tenth", "latest"}
)
#: The verb before "the third agreement ...": what the subject is, not what it signed.
_COPULAS = frozenset({"is", "was", "are", "were", "be", "'s", "’s", "marks", "becomes"})
_NUMBERED = re.compile(r"\d+(?:st|nd|rd|th)")
#: A perfect "have signed" up to four words after the instrument.
_SIGNED_SO_FAR = re.compile(r"^(?:\S+ ){0,4}?(?:has|have) (?:now |ever |already )?signed\b")


def counted(doc: Doc, instrument: Found) -> bool:
    """Whether an instrument is counted among those signed so far, not one signing.

    "This is the third agreement our countries have signed this year" tells how many
    there are, not of a signing of its own ("The agreement we signed today is the third
    ..." is the signing, found by its own trigger).
    """
    start = instrument.start
    if start < 3 or doc[start - 2].lower_ != "the" or doc[start - 3].lower_ not in _COPULAS:
        return False  # "signed the first memorandum the two have ever signed" is a signing
    ordinal = doc[start - 1].lower_
    if ordinal not in _COUNTING and not _NUMBERED.fullmatch(ordinal):
        return False
    following = " ".join(lower_words(doc, instrument.end, instrument.end + 7))
    return _SIGNED_SO_FAR.match(following) is not None


#: Headings a release opens with that name its own kind ("Statement from ... on ...").
_GENRES = frozenset({"statement", "press statement"})


def release_genre(doc: Doc, instrument: Found, trigger_start: int) -> bool:
    """Whether an instrument before the verb is the release's own kind, not what was signed.

    "Statement from NSC Spokesperson on the Postponed Shiprider Signing": the statement
    is the release, by its speaker, about a signing; "the Statement" as an instrument
    ("The Joint Statement was signed ...") has no speaker and topic after it.
    """
    sentence = doc[instrument.start].sent
    if instrument.start != sentence.start or instrument.end >= trigger_start:
        return False
    # A heading ends with no full stop: "Statement by the Quad Foreign Ministers on
    # Maritime Security was signed in Tokyo." is a sentence about the statement.
    if span_text(sentence).rstrip().endswith((".", "!", "?")):
        return False
    if instrument.name.lower() not in _GENRES:
        return False
    following = lower_words(doc, instrument.end, trigger_start)
    return following[:1] in (["by"], ["from"]) and "on" in following
