"""Bodies that only describe a person, in an appositive set off by commas.

"Lt. Gen. Scott Spellmon, commanding general of the U.S. Army Corps of Engineers,
signed the agreement": the Corps is where Spellmon serves, not a party of its own; read
as one, it stood nearest the verb and Spellmon was lost. An appositive here is a person
followed by a comma, lower-case words of a role (at least one that is no function word:
"commanding general of", "head of"), the bodies, and a closing comma. Capitalised words
of its own ("Ghana's Minister of Finance", a list of names) make it no such appositive,
unless they go on a body's name ("commander of U.S. Army Pacific", where the gazetteer
knows the U.S. Army).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from .parties import Mention, with_country
from .words import first_word_in, is_name_word

#: Most tokens between the commas of such an appositive.
_MAX_TOKENS = 16


def without_describing_bodies(doc: Doc, mentions: list[Mention], end: int) -> list[Mention]:
    """``mentions`` without the bodies that describe a person before them.

    Args:
        doc: The Doc.
        mentions: Party mentions, in text order.
        end: Where the stretch they come from ends (the sentence's end).

    Returns:
        The mentions left, the described person taking the first body's country when
        they have none.
    """
    dropped: set[int] = set()
    countries: dict[int, str | None] = {}
    closes: dict[int, int] = {}
    for index, person in enumerate(mentions):
        if person.kind != "person" or person.end >= end or doc[person.end].text != ",":
            continue
        close = first_word_in(doc, (",",), person.end + 1, min(end, person.end + 1 + _MAX_TOKENS))
        if close is None:
            continue
        inside = [
            i
            for i, m in enumerate(mentions)
            if m.kind != "person" and person.end < m.start and m.end <= close
        ]
        if not inside or any(m.kind == "person" and person.end < m.start < close for m in mentions):
            continue
        held = {t for i in inside for t in _body_tokens(doc, mentions[i], close)}
        words = [doc[t] for t in range(person.end + 1, close) if t not in held]
        if any(not w.is_lower for w in words if w.is_alpha) or not any(
            w.is_alpha and w.lower_ not in STOP_WORDS for w in words
        ):
            continue
        dropped.update(inside)
        countries[index] = mentions[inside[0]].country
        closes[index] = close
    if not dropped:
        return mentions
    # The person's mention runs to the closing comma, so that a list goes on after the
    # appositive ("Spellmon, commanding general of ..., and Mexico's ... signed").
    return [
        replace(with_country(m, countries.get(i)), end=closes.get(i, m.end))
        for i, m in enumerate(mentions)
        if i not in dropped
    ]


def _body_tokens(doc: Doc, body: Mention, close: int) -> range:
    """A body's tokens and the capitalised words that go on its name, up to ``close``."""
    end = body.end
    # Capitalised, an ordinal ("7th"), a hyphen ("Indo-Pacific").
    while end < close and (is_name_word(doc[end].text) or doc[end].text == "-"):
        end += 1
    return range(body.start, end)
