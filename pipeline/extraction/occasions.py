"""The occasion a release reports: the meeting its lead dates, for undated signings.

Joint statements and readouts date their meeting once, in their first sentences, and
report undated what was signed there; :func:`occasion_date` finds that date (read only when
an undated signing asks for it, and kept per Doc).
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator
from datetime import date
from typing import NamedTuple

from spacy.tokens import Doc, Span

from ..date_expressions import find_dates, resolve
from ..extensions import span_text
from .words import lower_words

#: Sentences after the headline that may state the occasion a release reports.
LEAD_SENTENCES = 3
#: Words of a lead sentence that states when the occasion took place.
OCCASION_WORDS = frozenset({"met", "meeting", "convened", "held"})
#: How recent the occasion must be (days before the release date).
OCCASION_DAYS = 31


_OCCASIONS: weakref.WeakKeyDictionary[Doc, tuple[tuple[str, frozenset[str]], Occasion | None]] = (
    weakref.WeakKeyDictionary()
)


class Occasion(NamedTuple):
    """When and where a release's reported meeting took place."""

    value: str  # ISO date, day or month
    text: str  # the expression as written
    sentence: Span  # the lead sentence that states it
    signing: bool = False  # a lead of unnamed instruments signed, not a meeting


def occasion_date(
    doc: Doc, release_date: str | None, plural_heads: frozenset[str] = frozenset()
) -> Occasion | None:
    """The date of the meeting a release reports, stated in its lead.

    Joint statements and readouts date their meeting once, in their first sentences
    ("Delegations met in Bangkok on February 17", "a meeting held April 5, 2022"), and
    report undated what was signed there. The first day or month of a lead sentence with
    an occasion word counts, if it is no later than the release date and at most
    :data:`OCCASION_DAYS` before it. So does a lead that tells of unnamed instruments
    signed (``plural_heads``: "DFC today signed agreements for $300 million ..."), which
    the release then names one by one. The lead is read here, when an undated signing
    asks for it, rather than by the date component in every release.
    """
    if not release_date or not len(doc):
        return None
    cached = _OCCASIONS.get(doc)
    if cached is not None and cached[0] == (release_date, plural_heads):
        return cached[1]
    found = _occasion(doc, release_date, plural_heads)
    _OCCASIONS[doc] = ((release_date, plural_heads), found)
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


#: Signing verbs of a lead that tells of unnamed instruments signed.
_SIGNED = frozenset({"signed", "signs", "inked", "concluded"})
#: Words before such a verb, or in its sentence, that make it no report of one occasion:
#: a tally ("has signed agreements with 40 countries since 2010"), a negation, or a date
#: that may be the saying's ("..., the CEO said on July 8").
_NOT_ONE_OCCASION = frozenset(
    {"has", "have", "had", "not", "never", "yet", "since", "said", "says", "told", "announced"}
)


def _signs_unnamed(
    doc: Doc, sentence: Span, plural_heads: frozenset[str], words: list[str]
) -> bool:
    """Whether a sentence (its lower-case ``words``) tells of unnamed instruments signed.

    "DFC today signed agreements for $300 million ...", which the release then names one by
    one; not a tally, a negation or a report of what someone said.
    """
    if _SIGNED.isdisjoint(words) or not _NOT_ONE_OCCASION.isdisjoint(words):
        return False
    for token in sentence:
        if token.lower_ not in _SIGNED:
            continue
        for following in doc[token.i + 1 : min(token.i + 5, sentence.end)]:
            if following.lower_ in plural_heads:
                return True
            if following.text[:1].isupper():
                break  # a name ("signed the Minsk agreements") or another clause
    return False


def _occasion(doc: Doc, release_date: str, plural_heads: frozenset[str]) -> Occasion | None:
    released = date.fromisoformat(release_date)
    for sentence in _lead(doc):
        words = lower_words(doc, sentence.start, sentence.end)
        met = not OCCASION_WORDS.isdisjoint(words)
        signed = not met and _signs_unnamed(doc, sentence, plural_heads, words)
        if not (met or signed):
            continue
        text = span_text(sentence)
        for start, end, kind in find_dates(text):
            resolved = resolve(kind, text[start:end], release_date)
            if resolved is None or len(resolved.value) < 7:
                if signed:
                    return None  # "signed agreements in 2019": no day or month to lend
                continue
            value = resolved.value
            first = date.fromisoformat(value if len(value) == 10 else f"{value}-01")
            # A month counts from its first day: "in April" for a release of May 10.
            if first <= released and (released - first).days <= OCCASION_DAYS:
                return Occasion(value, text[start:end], sentence, signed)
            return None
    return None
