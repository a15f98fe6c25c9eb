"""Plural instruments followed by a list: one instrument per item.

"signed three agreements: on A, on B and on C" names three agreements, each called by
the head in the singular and its item ("agreement on A"); a list of dates or places
("the Artemis Accords on Wednesday, in Washington") is not one.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from ..extensions import span_text

if TYPE_CHECKING:
    from .instruments import Found

#: What may open the list after the plural head (besides a preposition).
LIST_OPENERS = frozenset({":", "including", "namely", "—", "–"})


def split_list(doc: Doc, found: Found, sentence: Span, dates: set[int]) -> list[Found]:
    """Items of a listed plural instrument ("agreements: on A, on B and on C"), or [found].

    The list must follow the plural head directly or after ``:``/"including"; each item
    starts with a preposition ("on", "for", "in") and runs to the next comma or "and".

    Args:
        doc: The Doc.
        found: An instrument of the sentence.
        sentence: Its sentence.
        dates: Token indices of the sentence's date expressions (a list stops at one).
    """
    if not found.plural:
        return [found]
    i = found.end
    if i + 1 < sentence.end and doc[i].text == "," and doc[i + 1].text.lower() in LIST_OPENERS:
        i += 1
    if i < sentence.end and doc[i].text.lower() in LIST_OPENERS:
        i += 1
    elif not (i < sentence.end and doc[i].text.lower() in ("on", "for")):
        return [found]
    singular = singular_name(span_text(doc[found.head_start : found.head_end]))
    items: list[Found] = []
    while i < sentence.end:
        if doc[i].text.lower() not in ("on", "for", "in"):
            break
        if i + 1 < sentence.end and (
            i + 1 in dates or (doc[i].lower_ == "in" and doc[i + 1].text[:1].isupper())
        ):
            break  # "the Artemis Accords on Wednesday, in Washington": when and where
        item_start = i
        i += 1
        while (
            i < sentence.end
            and doc[i].text not in (",", ";", ".")
            and not (
                doc[i].lower_ in ("and", "or")
                and i + 1 < sentence.end
                and doc[i + 1].lower_ == doc[item_start].lower_
            )
        ):
            i += 1  # "on scientific and technological cooperation" is one item
        if i == item_start + 1:
            break
        item_text = span_text(doc[item_start:i])
        name = f"{singular} {item_text}"
        items.append(
            replace(found, start=item_start, end=i, name=name, plural=False, definite=False)
        )
        while i < sentence.end and doc[i].text.lower() in (",", "and", "or"):
            i += 1
    return items if len(items) >= 2 else [found]


def singular_name(name: str) -> str:
    """A plural instrument's name in the singular ("memoranda of understanding", "grants")."""
    words = name.split()
    index = 0 if " of " in f" {name} " else len(words) - 1
    word = words[index]
    if word.lower().endswith("memoranda"):
        word = word[:-1] + "um"
    elif word.lower().endswith("ies"):
        word = word[:-3] + "y"
    elif word.lower().endswith("s") and not word.lower().endswith("ss"):
        word = word[:-1]
    words[index] = word
    return " ".join(words)
