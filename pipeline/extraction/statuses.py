"""Whether a signing was done, is only planned, or did not happen, read around its trigger.

A verb's status comes from its form and the words before it in its clause
(:func:`status_of`); a nominal signing ("the signing of the agreement ...") from the
predicate that follows it (:func:`nominal_status`: "is scheduled for Friday", "has been
postponed"); a question that asks about the signing tells of none (:func:`asks_about`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Span

from ..extensions import span_text
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
    r"\bto\s+(sign|join|become|enter)\b"
)
#: "was one of 20 countries to sign", "were among the nations to sign": one who signed.
AMONG_SIGNERS = re.compile(
    r"(?i)\b(?:was|were|became)\s+(?:one\s+of|among)\b[\w\s,’'-]{0,60}?"
    r"\bto\s+(?:sign|join|enter)\b"
)

#: Marks that end the clause before a trigger, two tokens back or more.
CLAUSE_MARKS = frozenset({",", ";", ":", "(", "—", "–"})
#: Auxiliaries of a passive or perfect verb ("was signed", "has signed").
AUXILIARIES = frozenset({"was", "were", "is", "are", "has", "have", "had", "been", "be"})


def _window(doc: Doc, trigger_start: int, floor: int, size: int) -> list[tuple[str, ...]]:
    """Lower-cased n-grams (up to 3) of the ``size`` tokens before the trigger, in the clause."""
    first = max(floor, trigger_start - size, 0)
    before = lower_words(doc, first, trigger_start)  # marks are their own lower case
    start = trigger_start
    while start > floor and trigger_start - start < size:
        if before[start - 1 - first] in CLAUSE_MARKS and (
            trigger_start - start > 1
            # "The agreement, which Mexico declined to sign, was signed by ...": the
            # relative clause ends at the comma before the verb's auxiliary.
            or (trigger_start - start == 1 and before[start - first] in AUXILIARIES)
        ):
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


#: Marks a sentence ends with, closers of quotes and brackets included; a heading has none.
_SENTENCE_ENDS = (".", "!", "?", '"', "”", ")")


def reads_as_heading(sentence: Span) -> bool:
    """Whether a sentence ends without a sentence's closing mark: a headline or heading."""
    return not span_text(sentence).rstrip().endswith(_SENTENCE_ENDS)


#: Words before "to sign" that say it did not happen.
UNABLE = frozenset({"unable", "unwilling"})


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
    if ORDINAL_TO_SIGN.search(head) or AMONG_SIGNERS.search(head):
        return "signed"  # "the 17th nation to sign", "the first country to become a signatory"
    planned_cue = any(gram in lexicon.planned for gram in before)
    if previous == "being" and verb - 2 >= sentence.start and doc[verb - 2].lower_ in PRESENT_BE:
        return "planned"  # "which is being signed today": under way, not yet done
    if previous == "be":
        return "planned" if planned_cue else "signed"
    # "was unable to (formally) sign", "unwilling to sign": not "unable to travel, signed".
    to_at = verb - 1 if previous == "to" else None
    if previous.endswith("ly") and verb - 2 >= sentence.start and doc[verb - 2].lower_ == "to":
        to_at = verb - 2
    if to_at is not None and to_at - 1 >= sentence.start and doc[to_at - 1].lower_ in UNABLE:
        return "negated"
    if previous == "to":
        return "planned"
    if doc[verb].lower_ in PAST_FORMS:
        return "signed"
    if planned_cue:
        return "planned"
    # "... and conclude the Agreement": a bare base form in running text is a future act;
    # headlines use it for the past ("X and Y Sign Agreement"), and "did sign" is emphatic.
    headline = reads_as_heading(sentence)
    if doc[verb].lower_ in BASE_FORMS and not headline and previous not in ("did", "do", "does"):
        return "planned"
    return "signed"


#: Marks that may follow a question mark at the end of a sentence.
_CLOSERS = frozenset({'"', "'", "”", "’", ")", "]"})


#: Auxiliaries that open a question before its subject ("Has Caracas signed ...?").
_ASKING = frozenset(
    {"has", "have", "had", "did", "do", "does", "will", "would", "can", "could", "is", "are"}
    | {"was", "were", "should", "shall"}
)
#: Words after which an auxiliary still opens the question ("And on Venezuela – has ...").
_BEFORE_ASKING = frozenset(
    {"and", "but", "so", "or", "why", "when", "where", "how", "what", "whether", "–", "—"}
    | {"-", ",", ":", "well", "then", "also", "now"}
)
_RELATIVE = frozenset({"that", "which", "who", "whom"})
#: Words before "that" that open what is asked about, not a relative clause: "Can you
#: confirm reports that Niger signed a uranium deal?", "Is it true that they signed ...?".
_ASKED_CONTENT = frozenset(
    {"reports", "report", "reporting", "rumors", "rumours", "claims", "indications", "news"}
    | {"confirm", "deny", "true", "sure", "aware", "reported", "suggest", "suggests"}
)


def asks_about(
    doc: Doc, sentence: Span, trigger_start: int, instrument_starts: Iterable[int] = ()
) -> bool:
    """Whether a question asks about the signing itself: it tells of none.

    "Has Caracas signed the roadmap?", "And on Venezuela – did they sign it?"; not a
    signing the question takes as told, in a clause of an instrument named before the
    verb ("if the Taliban violate the agreement that they signed in 2020, then why ...?",
    "What does the agreement Ghana signed in 2020 say?").
    """
    last = next((t for t in reversed(sentence) if not t.is_space and t.text not in _CLOSERS), None)
    if last is None or last.text != "?":
        return False
    for i in range(trigger_start - 1, sentence.start - 1, -1):
        word = doc[i].lower_
        if word == "that" and i > sentence.start and doc[i - 1].lower_ in _ASKED_CONTENT:
            continue
        if word in _RELATIVE:
            return False
        if word in _ASKING and (i == sentence.start or doc[i - 1].lower_ in _BEFORE_ASKING):
            return not any(i < start < trigger_start for start in instrument_starts)
    return False


#: What the predicate of a nominal signing says of it: still to come, or called off.
#: "The signing of X is scheduled for Friday", "..., planned for this week, has been
#: postponed", "A signing ceremony for X will take place next week".
_NOMINAL_PLANNED = re.compile(
    r"^(?:(?:is|are|was|were|has\s+been|have\s+been)\s+(?:now\s+)?"
    r"(?:scheduled|planned|expected|set|due|slated|anticipated|rescheduled)"
    r"|(?:is|are)\s+to\s+(?:take\s+place|be\s+held|occur)"
    r"|will\s+(?:take\s+place|be\s+held|occur|happen))\b"
)
_NOMINAL_CALLED_OFF = re.compile(
    r"^(?:is|are|was|were|has|have|had)\s+(?:been\s+|to\s+be\s+)?(?:now\s+|again\s+)?"
    r"(?:postponed|cancell?ed|delayed|called\s+off|suspended|put\s+off|put\s+on\s+hold"
    r"|deferred|pushed\s+back)\b"
    r"|^(?:did|does|do|will|could|can|would)\s+not\s+(?:take\s+place|happen|go\s+ahead)\b"
    r"|^cannot\s+(?:take\s+place|happen|go\s+ahead)\b"
)
#: Words that open a nominal signing's predicate (its finite verb).
_FINITE = frozenset(
    {"is", "are", "was", "were", "has", "have", "had", "will", "would", "did", "does", "do"}
    | {"could", "can", "cannot", "must", "may", "might", "should"}
    | {"took", "takes", "remains", "remained", "marks", "marked", "came", "comes"}
)
#: Words that open a clause inside the noun phrase, skipped to its closing comma: a
#: relative clause ("which was delayed for years,"), a participle (", planned for this
#: week,"). Other commas are a list's or a place's ("on health, energy and trade", "in
#: Accra, Ghana") and are read through.
_INNER_OPENERS = frozenset({"which", "that", "who", "whose"})
_SET_OFF_OPENERS = _INNER_OPENERS | {
    "planned",
    "scheduled",
    "originally",
    "initially",
    "first",
    "once",
    "expected",
    "set",
    "due",
    "slated",
    "long",
}
#: How far after the trigger the predicate of a nominal signing is looked for (tokens).
NOMINAL_REACH = 50


def predicate_start(doc: Doc, trigger_end: int, sentence: Span) -> int | None:
    """Where a nominal signing's predicate begins ("has been postponed"), or None.

    Clauses inside the noun phrase are skipped: a relative clause up to its comma ("...,
    which was delayed for years, took place"), and one set off by commas (", planned for
    this week,"). A relative clause that runs to the end leaves no predicate.
    """
    words = lower_words(doc, trigger_end, min(sentence.end, trigger_end + NOMINAL_REACH))
    index = 0
    while index < len(words):
        word = words[index]
        inner = word in _INNER_OPENERS or (
            word == "," and index + 1 < len(words) and words[index + 1] in _SET_OFF_OPENERS
        )
        if inner:
            close = next((i for i in range(index + 1, len(words)) if words[i] == ","), None)
            if close is None:
                return None
            index = close + 1
            continue
        if word in (";", ":", "."):
            return None
        if word in _FINITE:
            return trigger_end + index
        index += 1
    return None


def _predicate_at(doc: Doc, start: int, trigger_end: int, sentence: Span) -> str:
    """The words of a nominal signing's predicate from ``start`` (up to six)."""
    reach = min(sentence.end, trigger_end + NOMINAL_REACH, start + 6)
    return " ".join(lower_words(doc, start, reach))


def _predicate(doc: Doc, trigger_end: int, sentence: Span) -> str | None:
    """The words of a nominal signing's predicate (up to six), or None."""
    start = predicate_start(doc, trigger_end, sentence)
    return None if start is None else _predicate_at(doc, start, trigger_end, sentence)


#: A predicate that says when the signing itself happens or happened ("took place on
#: Friday"), not when something else was done to it ("was welcomed on Friday").
_NOMINAL_HAPPENED = re.compile(
    r"^(?:took|takes)\s+place|^(?:was|were|is|are)\s+(?:held|completed|concluded)"
    r"|^(?:happened|occurred|came)\b"
)


def dating_predicate(doc: Doc, trigger_end: int, sentence: Span) -> int | None:
    """Where a nominal signing's predicate begins when it dates the signing, or None.

    "The signing of X, which had been delayed for two years, took place on Friday" (or
    "is scheduled for Friday", "has been postponed to June"); not "..., was welcomed by
    regional leaders on Friday".
    """
    start = predicate_start(doc, trigger_end, sentence)
    if start is None:
        return None
    predicate = _predicate_at(doc, start, trigger_end, sentence)
    dated = (
        _NOMINAL_HAPPENED.search(predicate)
        or _NOMINAL_PLANNED.search(predicate)
        or _NOMINAL_CALLED_OFF.search(predicate)
    )
    return start if dated else None


def nominal_status(
    doc: Doc, trigger_end: int, sentence: Span, name_end: int | None = None
) -> str | None:
    """The status a nominal signing's predicate gives, or None if it gives none.

    "The signing of the agreement ... has been postponed" is ``negated``; "... is
    scheduled for Friday in Jakarta" is ``planned``; "..., which was delayed for years,
    took place on Monday" gives none (the signing was done).
    """
    if trigger_end >= sentence.end:
        return None
    predicate = _predicate(doc, trigger_end, sentence)
    if predicate is None:
        return _headline_status(doc, name_end, sentence)
    if _NOMINAL_CALLED_OFF.search(predicate):
        return "negated"
    if _NOMINAL_PLANNED.search(predicate):
        return "planned"
    return None


#: A headline's participle after a signing noun's name, with no auxiliary before it.
_HEADLINE_CALLED_OFF = frozenset({"postponed", "delayed", "cancelled", "canceled", "suspended"})
_HEADLINE_PLANNED = frozenset({"scheduled", "rescheduled", "planned"})


def _headline_status(doc: Doc, name_end: int | None, sentence: Span) -> str | None:
    """The status a headline gives a signing noun: "Signing of X Agreement Postponed".

    Only the word right after the instrument's name (``name_end``), not one further on
    ("... Paves Way for Lunar Mission Planned for 2028").
    """
    if name_end is None or name_end >= sentence.end:
        return None
    if not reads_as_heading(sentence):
        return None  # a sentence, not a headline
    word = doc[name_end].lower_
    if word in _HEADLINE_CALLED_OFF:
        return "negated"
    if word in _HEADLINE_PLANNED:
        return "planned"
    return None
