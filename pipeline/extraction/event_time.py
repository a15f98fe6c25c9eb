"""When and where one signing happened, and whether it did: read around its trigger.

:func:`signing_when` gives the status (:mod:`.statuses`) and the date: the expression the
sentence gives (:mod:`.dating`), an anniversary's year, the year an instrument's name opens
with, "just" for the release's day, the release's own day for a stage direction, else the
occasion the release reports. :func:`signing_where` gives the place (:mod:`.context`), else
the occasion's, else the dateline's for a signing on the release's day.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from ..counted_dates import counted_date
from ..extensions import DATES, doc_attr, doc_text, span_text, spans_between
from .clauses import participle_end
from .context import (
    has_date,
    is_present_passive,
    is_today,
    pick_location,
    recalls_past,
    signs_this,
    todays_place,
)
from .dating import (
    CLAUSE_WORDS,
    YEARLESS,
    anniversary_year,
    next_occurrence,
    pick_date,
    previous_occurrence,
    year_in_name,
)
from .instruments import Found
from .lexicon import Lexicon
from .occasions import Occasion, occasion_date
from .publisher import is_stage_direction, partner_country
from .roles import Context, is_caption
from .statuses import ORDINAL_TO_SIGN, dating_predicate, nominal_status, status_of
from .words import lower_words

#: Frames whose undated signings may take the date of the occasion a release reports; a
#: nominal mention ("the signing of the Treaty") recalls more often than it reports.
OCCASION_FRAMES = frozenset({"active", "passive", "join", "document"})
#: Words that open a sentence told of another time ("When they had just signed ...").
_NARRATIVE_OPENERS = frozenset({"when", "after", "once", "as", "since", "before", "until"})


@dataclass(frozen=True)
class When:
    """A signing's status and date, and where the date came from."""

    status: str
    value: str | None  # ISO date, month or year
    text: str | None  # the words that gave it
    source: str | None  # "text", "release_date", "occasion" or None
    expression: Span | None  # the date expression picked in the sentence
    occasion: Occasion | None
    stage: bool  # a stage direction, caption or present passive: the release's occasion


#: A headline of remarks given at a signing: "Remarks at the Signing Ceremony for ...".
_CEREMONY_TITLE = re.compile(r"(?i)\bat\s+(?:(?:the|a)\s+)?signing(?:\s+ceremony)?\s+(?:of|for)\b")


def ceremony_headline(doc: Doc, sentence: Span) -> bool:
    """Whether the sentence is a headline of remarks at a signing: the release's occasion.

    "Remarks at the Signing Ceremony for the U.S.-Uruguay ... Agreement" tells a signing
    done where and when the remarks were given, the release's dateline and day.
    """
    return (
        sentence.start == 0
        and bool(doc_attr(doc, "title"))
        and _CEREMONY_TITLE.search(span_text(sentence)) is not None
    )


#: Words that end the signing's clause before a later date of the sentence.
_ANNIVERSARY_BARRIERS = CLAUSE_WORDS | {"that", "when"}


def _anniversary_date(
    doc: Doc, sentence: Span, start: int, end: int, value: str | None, release_date: str | None
) -> str | None:
    """The date of the signing an anniversary is of, or None for any other trigger.

    "Last year marked the 70th anniversary of the signing" counts back from the year the
    sentence gives (else the release's); a date after the signing, in its clause and in the
    year counted back to, is the signing's own ("Today marks the 75th anniversary of the
    signing ... on April 4, 1949"; not "..., which Congress approved in July 2004"). Another
    signing of the sentence keeps its own date ("To mark the third anniversary of the
    signing of AUKUS, ... today signed ...").
    """
    if "anniversary" not in lower_words(doc, start - 4, start):
        return None
    text = span_text(sentence)
    counted = anniversary_year(text, value or release_date)
    if counted is None:
        return None
    counted_from_release = anniversary_year(text, release_date)
    own = [
        span.kb_id_
        for span in spans_between(doc, DATES, end, sentence.end)
        if span.kb_id_[:4] in (counted, counted_from_release)
        and not _ANNIVERSARY_BARRIERS.intersection(lower_words(doc, end, span.start))
    ]
    return own[0] if own else counted


def signing_when(
    doc: Doc,
    context: Context,
    lexicon: Lexicon,
    date_fallback: str,
    fallback: str,
    countries: Sequence[str] = (),
    home: str | None = None,
) -> When | None:
    """The status and date of the signing a trigger states.

    None for a planned or refused signing whose parties came from a fallback (``fallback``
    names it): it must name its parties itself. ``countries`` (the event's) and ``home``
    (the publisher's) tell a signing of others ("the peace accord that Ethiopia signed
    with Eritrea") from one of the occasion the release reports.
    """
    sentence, instrument = context.sentence, context.instrument
    start, end = context.start, context.end
    ceiling = context.ceiling
    phrase_end = participle_end(doc, sentence.end, start, end, instrument.end)
    if phrase_end is not None:
        ceiling = phrase_end if ceiling is None else min(ceiling, phrase_end)
    date = pick_date(
        doc,
        sentence,
        start,
        end,
        (instrument.start, instrument.end),
        ceiling,
        context.floor,
        dating_predicate(doc, end, sentence) if context.frame == "nominal" else None,
    )
    value = date.kb_id_ if date is not None and date.kb_id_ else None
    release_date = doc_attr(doc, "release_date")
    if date is not None and date.id_ == "anaphoric" and release_date:
        value = _counted_from_before(doc, date, release_date)
    anniversary = _anniversary_date(doc, sentence, start, end, value, release_date)
    if anniversary is not None:
        value = anniversary
    text = date.text if date is not None else None
    # A transcript's stage direction, "is signed" or a photo caption ("A and B at a
    # signing of ...") shows the release's own occasion.
    stage = (
        is_stage_direction(sentence)
        or is_present_passive(doc, start, end)
        or is_caption(context)
        or (value is None and signs_this(doc, sentence, start, instrument.start))
        or (value is None and ceremony_headline(doc, sentence))
    )
    status = status_of(doc, doc[start:end], sentence, lexicon)
    if status == "signed" and context.frame == "nominal":
        name_end = instrument.end if instrument.start >= end else None
        status = nominal_status(doc, end, sentence, name_end) or status
    if (
        status == "planned"
        and date is not None
        and date.start >= end  # "will sign it in March", not "In March, A agreed to"
        and date.id_ in YEARLESS
        and value
    ):
        value = next_occurrence(value, release_date, weekly=date.id_ == "weekday")
    elif status == "signed" and date is not None and date.id_ == "month_day" and value:
        value = previous_occurrence(value, release_date)  # "signed on July 12"
    elif (
        status == "signed"
        and date is not None
        and date.id_ == "anaphoric"
        and value
        and release_date
        and value > release_date
    ):
        value = None  # counted from a date still to come ("will visit on May 20. The day before")
    if fallback not in ("", "group") and status != "signed":
        return None
    if value is None and status == "signed" and context.frame in ("active", "passive"):
        named_year = _named_year(doc, context, instrument, release_date)
        if named_year is not None:
            value = text = named_year
    if value is None and status == "signed" and release_date and _just_done(doc, start):
        value, text = release_date, "just"  # "the agreement we just signed"
    source = "text" if value else None
    occasion = None
    if value is None and release_date and (stage or date_fallback == "release_date"):
        value, source = release_date, "release_date"
    elif (
        value is None
        and _occasion_applies(context, date_fallback, status)
        and _at_the_occasion(doc, countries, home)
    ):
        occasion = occasion_date(doc, release_date, lexicon.plural_heads)
        if occasion is not None:
            value, source = occasion.value, "occasion"
    return When(status, value, text, source, date, occasion, stage)


#: How far back "the previous day" looks for the date it counts from (characters).
ANCHOR_REACH = 1200


def _counted_from_before(doc: Doc, date: Span, release_date: str) -> str | None:
    """The date of "the previous day", "two months later": from the last date named before.

    "On Monday, the Secretary met ... The previous day, the ministers signed": the Sunday.
    None when the last date within :data:`ANCHOR_REACH` characters before it is not
    precise enough, or there is none.
    """
    text = doc_text(doc)
    before = text[max(0, date.start_char - ANCHOR_REACH) : date.start_char]
    found = counted_date(before, date.text, release_date)
    return found.value if found else None


def _named_year(
    doc: Doc, context: Context, instrument: Found, release_date: str | None
) -> str | None:
    """The year an instrument's name opens with: "Our 1979 Treaty of Friendship, signed".

    Not for a country joining an older treaty ("the latest country to sign the 2015 Paris
    Agreement").
    """
    if ORDINAL_TO_SIGN.search(span_text(doc[context.sentence.start : context.end])):
        return None
    return year_in_name(doc, instrument.start, release_date)


def _occasion_applies(context: Context, date_fallback: str, status: str) -> bool:
    """Whether an undated signing may take the date of the occasion the release reports.

    Not when its sentence names another time ("negotiated in 2014 and signed by") or
    recalls the past ("since we signed", "recently concluded").
    """
    return (
        date_fallback == "occasion"
        and status == "signed"
        and context.frame in OCCASION_FRAMES
        and not has_date(context.doc, context.sentence)
        and not recalls_past(context.doc, context.sentence)
    )


def _at_the_occasion(doc: Doc, countries: Sequence[str], home: str | None) -> bool:
    """Whether the release's own side may have signed at the occasion it reports.

    Its government or partner is a party, or the parties' countries are unknown.
    """
    if not countries or not home or home in countries:
        return True
    partner = partner_country(doc, home)
    return partner is not None and partner.country in countries


def _just_done(doc: Doc, trigger_start: int) -> bool:
    """Whether the signing is told as just done: "we just signed", "have just signed".

    Not in a narrative of the past: "had just signed", "When Kenya ... just signed".
    """
    if trigger_start < 1 or doc[trigger_start - 1].lower_ != "just":
        return False
    before = doc[trigger_start - 2].lower_ if trigger_start > 1 else ""
    opener = doc[trigger_start].sent[0].lower_
    return before != "had" and opener not in _NARRATIVE_OPENERS


def instrument_chars(doc: Doc, instrument: Found) -> tuple[int, int]:
    """An instrument's name as a character range."""
    last = doc[instrument.end - 1]
    return doc[instrument.start].idx, last.idx + len(last)


def signing_where(doc: Doc, context: Context, names: set[str], when: When) -> str | None:
    """Where the signing happened: the sentence's place, the occasion's, or the dateline's.

    ``names`` are the parties' names (no place); the dateline counts for a signing on the
    release's day ("today", a stage direction), or a lead's unnamed instruments signed at
    the occasion the release reports.
    """
    sentence = context.sentence
    location = pick_location(
        doc,
        sentence,
        doc[context.start].idx,
        names,
        instrument_chars(doc, context.instrument),
        context.listed_chars,
        doc[context.end - 1].idx + len(doc[context.end - 1]),
    )
    if location is not None:
        return location
    release_date, dateline = doc_attr(doc, "release_date"), doc_attr(doc, "dateline")
    occasion = when.occasion
    if occasion is not None:
        # The occasion's place: "met in Bangkok on February 17"; else, for a lead of
        # unnamed instruments signed that day, the dateline's ("NAIROBI – DFC today signed
        # agreements ..."; a meeting "today" may be elsewhere, "on the sidelines of ...").
        location = pick_location(doc, occasion.sentence, occasion.sentence.start_char, names)
        if location is None and dateline and occasion.signing and occasion.value == release_date:
            location = dateline
        return location
    on_release_day = when.value is not None and when.value == release_date
    if dateline and (is_today(when.expression) or when.stage or on_release_day):
        return str(dateline)
    if on_release_day:
        # "Today's meeting in Washington, D.C. builds on ...": the day's occasion.
        return todays_place(doc, sentence)
    return None
