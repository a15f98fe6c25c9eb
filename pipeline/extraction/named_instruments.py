"""An instrument named after "signatory to" or "signed on to" whose head is no known noun.

"Colombia became a signatory to the Agricultural Innovation Mission for Climate on
Monday": initiatives and coalitions take signatories under proper names that end on no
instrument noun of the lexicon ("Mission", "Coalition", "Call"). After a joining verb
that ends on "to", "of" or "onto", a run of two or more capitalised words (with "of",
"for", "on", "and", "to" between them) is that instrument, of type ``other``.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from .instruments import Found, date_tokens
from .words import lower_words

#: Words a joining verb ends on before the instrument.
_BEFORE_NAME = frozenset({"to", "of", "onto"})
#: First words of the joining verbs that tell of an act, not a state ("are signatories").
_ACTS = frozenset({"became", "become", "becomes", "becoming", "signed", "signs", "sign"})
#: Lower-case words that may join the words of a name.
_JOINERS = frozenset({"of", "for", "on", "and", "to", "&"})
#: Most words of such a name.
_MAX_WORDS = 12


def named_after_joining(
    doc: Doc, trigger_start: int, trigger_end: int, sentence: Span
) -> list[Found]:
    """The proper name right after a joining verb, as an instrument of type ``other``.

    Only after an act of joining ("became a signatory to", "signed on to"): "All ten
    countries are signatories to the Sustainable Development Goals" tells of no signing.

    Args:
        doc: The Doc.
        trigger_start: The joining verb's first token.
        trigger_end: Token after the joining verb ("... signatory to").
        sentence: The verb's sentence.

    Returns:
        The instrument, or [] when the verb is no act of joining, does not end on "to",
        "of" or "onto", or no name of two capitalised words or more follows.
    """
    if trigger_end <= sentence.start or trigger_end >= sentence.end:
        return []
    words = lower_words(doc, trigger_end - 1, sentence.end)
    if words[0] not in _BEFORE_NAME or doc[trigger_start].lower_ not in _ACTS:
        return []
    dates = date_tokens(doc, sentence)
    definite = words[1] == "the"
    start = trigger_end + definite
    end, capitalised = start, 0
    while end < sentence.end and end - start < _MAX_WORDS and end not in dates:
        if _capitalised(doc, end):
            capitalised += 1
        elif not (
            words[end - trigger_end + 1] in _JOINERS
            and end + 1 < sentence.end
            and end + 1 not in dates
            and _capitalised(doc, end + 1)
        ):
            break
        end += 1
    if capitalised < 2:
        return []
    name = doc[start:end].text
    return [Found(start, end, end - 1, end, name, "other", False, definite=definite)]


def _capitalised(doc: Doc, i: int) -> bool:
    text = doc[i].text
    return text[:1].isupper() and any(c.isalpha() for c in text)


def pronoun_object(doc: Doc, trigger_end: int, before: list[Found]) -> list[Found]:
    """The instrument "it" stands for right after a signing verb: the last named before it.

    "Brazil and India declined to sign the declaration, while 58 countries signed it": the
    declaration (named earlier in the sentence), as a reference back. Not "signed it into
    law" (the ignore rules take that first), nor with no instrument before it.
    """
    if trigger_end >= len(doc) or doc[trigger_end].lower_ != "it" or not before:
        return []
    if doc[trigger_end - 1].lower_ not in ("signed", "inked"):
        return []  # a signing told as done; "looks forward to signing it" stays the plan's
    return [replace(before[-1], definite=True)]
