"""The date component: date expressions of a Doc's signing sentences, resolved.

The expressions and their resolution are :mod:`pipeline.date_expressions`; names that
lived here (``find_dates``, ``resolve``, ``DATE_PATTERN``, ...) stay importable.

Expressions are found with one compiled regular expression, only in sentences that
hold a word of ``scope_words`` (the signing vocabulary by default): the pattern and
dateparser (about a millisecond an expression) together cost more than tokenising the
whole release. Results are cached per distinct string (and per release date for
relative expressions).

Precision follows the annotation conventions: "today" is a day; "last month" a month;
"last week" is the month of the release date less seven days; "this week" and
"earlier this week" the release month; "N years ago" and "in 1979" a year. A weekday
alone is the latest such day on or before the release date; a month name alone ("in
July") the latest such month, which the signing rules move to the next one for a
signing still to come.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..columns import HashSet, lower_column
from ..date_expressions import (
    DATE_PATTERN,
    DATE_SHAPES,
    Resolved,
    find_dates,
    may_hold_date,
    resolve,
)
from ..extensions import DATES, doc_attr, doc_text
from .batching import BatchedComponent

#: Words of the signing vocabulary: only sentences holding one are searched for dates.
DEFAULT_SCOPE_WORDS = [
    "sign",
    "signs",
    "signed",
    "signing",
    "signature",
    "signatures",
    "signatory",
    "signatories",
    "co-sign",
    "co-signed",
    "cosigned",
    "countersigned",
    "undersigned",
    "ink",
    "inks",
    "inked",
    "concluded",
    "conclude",
    "concludes",
    "entered",
    "enter",
    "enters",
    "entering",
    "joined",
    "join",
    "joins",
    "joining",
]


def scope_sentences(doc: Doc, scope: HashSet | None) -> list[tuple[int, int]]:
    """Character ranges to search: sentences holding a scope word, or the whole text."""
    if scope is None:
        return [(0, len(doc_text(doc)))]
    if not len(doc) or not doc.has_annotation("SENT_START"):
        return []
    hits = scope.positions(lower_column(doc))
    ranges: list[tuple[int, int]] = []
    last_end = -1
    for index in hits.tolist():
        if index < last_end:
            continue
        sentence = doc[index].sent
        last_end = sentence.end
        ranges.append((sentence.start_char, sentence.end_char))
    return ranges


def date_spans(doc: Doc, scope: HashSet | None) -> list[Span]:
    """Resolved DATE spans of a Doc; ``kb_id_`` holds the value, or "" when unresolvable.

    Only sentences holding a scope word (lower-case hashes in ``scope``) are searched;
    with ``scope=None`` the whole text is.
    """
    text = doc_text(doc)
    spans: list[Span] = []
    for begin, finish in scope_sentences(doc, scope):
        for start, end, kind in find_dates(text[begin:finish]):
            span = doc.char_span(begin + start, begin + end, alignment_mode="expand")
            if span is None:
                continue
            result = resolve(kind, text[begin + start : begin + end], doc_attr(doc, "release_date"))
            spans.append(
                Span(
                    doc,
                    span.start,
                    span.end,
                    label="DATE",
                    kb_id=result.value if result else "",
                    span_id=kind,
                )
            )
    return spans


class DateRecognizer(BatchedComponent):
    """Write DATE spans to ``doc.spans["dates"]``."""

    def __init__(self, nlp: Language, name: str, *, scope_words: list[str]) -> None:
        self.name = name
        self.scope_words = list(scope_words)
        strings = nlp.vocab.strings
        self._scope = (
            HashSet.of_words(strings, (w.lower() for w in scope_words)) if scope_words else None
        )

    def __call__(self, doc: Doc) -> Doc:
        """Find and resolve the Doc's date expressions."""
        doc.spans[DATES] = date_spans(doc, self._scope)
        return doc


@Language.factory("undersigned_dates", default_config={"scope_words": DEFAULT_SCOPE_WORDS})
def make_date_recognizer(nlp: Language, name: str, scope_words: list[str]) -> DateRecognizer:
    """Build the date recogniser (registered as ``undersigned_dates``).

    Args:
        nlp: The pipeline.
        name: The component's name.
        scope_words: Dates are found and resolved only in sentences holding one of these
            words (lower case), because dateparser and the date pattern cost more than
            tokenising a whole release; an empty list searches every sentence.
    """
    return DateRecognizer(nlp, name, scope_words=scope_words)


__all__ = [
    "DATE_PATTERN",
    "DATE_SHAPES",
    "DEFAULT_SCOPE_WORDS",
    "DateRecognizer",
    "Resolved",
    "date_spans",
    "find_dates",
    "make_date_recognizer",
    "may_hold_date",
    "resolve",
    "scope_sentences",
]
