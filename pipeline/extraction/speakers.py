"""The speaker of a transcript's turn, for "I" in what they say.

A briefing or a joint press availability is written as turns, each opening with a label
in capitals ("SECRETARY BLINKEN: ...", "QUESTION: ..."). "I" as the subject of a signing
in a turn is its speaker: "Earlier today, Foreign Minister Nurtleu and I signed a
memorandum" names the Secretary as a signer, whichever sentence of the turn says it; "I'm
pleased to announce that we signed" does not make the speaker one.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..extensions import PEOPLE, doc_text, spans_between
from .words import lower_words

#: A turn's label: capitals at a line's start, then a colon ("SECRETARY BLINKEN:").
_LABEL = re.compile(r"^[A-Z][A-Z .'’-]*[A-Z.]:", re.M)
#: Words after "I" in a signing subject: "I signed", "I have signed", "Nurtleu and I today
#: signed"; not "I'm pleased", "I mean", "I want to".
_SIGNING_AFTER = frozenset(
    {"signed", "sign", "inked", "co-signed", "cosigned", "have", "had", "will", "also", "just"}
    | {"jointly", "formally", "officially", "today", "proudly", "recently", "both", "together"}
)


#: "I" as a word: most ranges hold none, and a search in C finds that out first.
_I_WORD = re.compile(r"\bI\b")


def first_person_at(doc: Doc, start: int, end: int) -> list[int]:
    """Token indices of "I" as a signing's subject between two offsets, outside quotes."""
    if end <= start:
        return []
    last = doc[min(end, len(doc)) - 1]
    if not _I_WORD.search(doc_text(doc), doc[start].idx, last.idx + len(last)):
        return []
    words = lower_words(doc, start, min(end + 1, len(doc)))
    return [
        start + i
        for i, word in enumerate(words[: end - start])
        if word == "i"
        and i + 1 < len(words)
        and words[i + 1] in _SIGNING_AFTER
        and not _quoted(doc, start + i)
    ]


def _quoted(doc: Doc, index: int) -> bool:
    """Whether a token stands inside a quotation opened earlier in its sentence.

    'As Foreign Minister Ayala reminded me, "I signed the Fisheries Accord"': her words.
    """
    sentence = doc[index].sent
    before = doc_text(doc)[sentence.start_char : doc[index].idx]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def turn_speaker(doc: Doc, index: int) -> Span | None:
    """The person whose label opens the turn that holds token ``index``, if any.

    The turn's label is the last one before the token; a label that names no person
    ("QUESTION:", "MODERATOR:") gives none.
    """
    text = doc_text(doc)
    char = doc[index].idx
    labels = list(_LABEL.finditer(text, 0, char))
    if not labels:
        return None
    label = labels[-1]
    for span in spans_between(doc, PEOPLE, 0, index):
        if label.start() <= span.start_char and span.end_char <= label.end():
            return span
    return None


#: Most tokens of a transcript's speaker label ("FOREIGN MINISTER KULEBA:").
_LABEL_TOKENS = 8


def label_end(doc: Doc, sentence: Span) -> int:
    """Where a sentence's own words begin after a transcript's speaker label, or its start.

    "FOREIGN MINISTER KULEBA: Today, Ukraine and the United States signed": "Today"
    opens the speaker's words as it would open the sentence.
    """
    for i in range(sentence.start, min(sentence.end, sentence.start + _LABEL_TOKENS)):
        token = doc[i]
        if token.text == ":":
            return i + 1 if i > sentence.start else sentence.start
        if not (token.text[:1].isupper() or token.is_punct):
            return sentence.start  # "Foreign Minister Kuleba:" too, not "The result:"
    return sentence.start
