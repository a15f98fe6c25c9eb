"""Instruments: the written thing that was signed, its name as the text gives it, and its type.

A head phrase from the lexicon ("memorandum of understanding", "accords") anchors the
instrument. Its name grows left over capitalised words and noun-like modifiers
("Protection Cooperative Agreement", "information-sharing Memorandum of Understanding")
and right over a capitalised continuation ("Memorandum of Understanding on 4G and 5G
Security"). A plural head followed by a list ("three agreements: on A, on B and on C")
becomes one instrument per item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from ..extensions import (
    AGENCIES,
    COUNTRIES,
    DATES,
    TITLES,
    cached_spans,
    span_text,
    spans_between,
)
from ..span_offsets import OffsetIndex
from .instrument_lists import split_list
from .lexicon import Lexicon
from .name_places import ends_name, place_starts
from .words import is_name_word, lower_words

# Evaluative words that describe an instrument without naming it.
DESCRIPTIVE = frozenset(
    {
        "new",
        "historic",
        "landmark",
        "important",
        "updated",
        "revised",
        "major",
        "key",
        "significant",
        "ambitious",
        "groundbreaking",
        "comprehensive",
        "this",
        "that",
        "these",
        "those",
        "its",
        "their",
        "our",
        "his",
        "her",
        "a",
        "an",
        "the",
        "non-binding",
        "binding",
        "signed",
        "signing",
        "formal",
        "final",
        "several",
        "multiple",
        "various",
        "other",
    }
)
#: Verbs of a title-case headline, which end the name before them ("Ghana Signs MOU").
HEADLINE_VERBS = frozenset(
    {"sign", "signs", "signed", "ink", "inks", "inked", "conclude", "concludes", "concluded"}
)
DEFINITE = frozenset({"the", "this", "that", "these", "those", "its", "their", "'s", "’s"})
CONNECTORS = frozenset({"of", "on", "for", "to", "and", "the", "in", "between", "among", "&"})


@dataclass(frozen=True)
class Found:
    """An instrument mention: token range of its name, and of its head phrase."""

    start: int
    end: int
    head_start: int
    head_end: int
    name: str
    type: str
    plural: bool
    definite: bool = False  # "the Agreement", "this MOU": refers to one already named


def _numbered_name(token: Token, start: int, head_start: int, capitalised: bool) -> bool:
    """Whether a number right before a capitalised head is part of its name.

    "The 123 Agreement" (three digits or more), not a count or a year ("3 Agreements",
    "the 2015 Paris Agreement").
    """
    text = token.text
    year = len(text) == 4 and text[0] in "12"  # "the 1899 Convention", "the 2015 ..."
    doc = token.doc
    head = doc[head_start].lower_ if head_start < len(doc) else ""
    count = head.endswith("s") or head in ("memoranda", "protocols")  # "150 Agreements"
    money = token.i > 0 and doc[token.i - 1].text in ("$", "US$", "€", "£")
    return (
        capitalised
        and start == head_start
        and text.isdigit()
        and len(text) >= 3
        and not (year or count or money)
    )


def _left_edge(doc: Doc, head_start: int, floor: int, head_is_capitalised: bool) -> int:
    start = head_start
    while start > floor:
        token = doc[start - 1]
        text = token.text
        if (
            text == ")"
            and start - 3 >= floor
            and doc[start - 3].text == "("
            and doc[start - 2].is_upper
        ):
            start -= 3
            continue
        lowered = text.lower()
        before = doc[start - 2].text if start - 2 >= floor else ""
        if text in ("-", "–") and (
            is_name_word(before) or (not head_is_capitalised and before.isalpha())
        ):
            # "U.S.-Kazakhstan", "five-year": the tokenizer splits the hyphen off; the
            # word before it goes with it (a number word would not on its own).
            start -= 2
            continue
        # "the Trade and Investment Council Agreement", "a Status of Forces Agreement":
        # "and", "of" inside a name, not between two parties ("the United States and Ghana
        # Framework" is Ghana's framework).
        if (
            lowered in ("and", "&", "of")
            and head_is_capitalised
            and start < head_start
            and is_name_word(before)
            and not _party_token(doc, start - 2)
            and not _party_token(doc, start)
        ):
            start -= 1
            continue
        # "the Australia, New Zealand, United States (ANZUS) Treaty": commas inside a name.
        if (
            text == ","
            and start - 2 >= floor
            and start < head_start
            and is_name_word(doc[start - 1 - 1].text)
            and is_name_word(doc[start].text)
        ):
            start -= 1
            continue
        if (
            (lowered in DESCRIPTIVE and not text[0].isupper())
            or lowered in HEADLINE_VERBS
            or token.is_punct
            or token.is_space
            or (
                token.like_num and not _numbered_name(token, start, head_start, head_is_capitalised)
            )
        ):
            break
        if is_name_word(text) and not (token.is_sent_start and lowered in STOP_WORDS):
            start -= 1
            continue
        if (
            not head_is_capitalised
            and token.is_alpha
            and lowered not in STOP_WORDS
            and not lowered.endswith("ed")
        ):
            start -= 1
            continue
        if "-" in text and token.is_ascii and not lowered.endswith("-"):
            start -= 1
            continue
        break
    return start


def _party_token(doc: Doc, index: int) -> bool:
    """Whether a token is part of a country or agency mention."""
    char = doc[index].idx
    return any(OffsetIndex.of(doc, group).covering(char) for group in (COUNTRIES, AGENCIES))


_CALENDAR = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$"
)


def date_tokens(doc: Doc, sentence: Span) -> set[int]:
    """Token indices of the sentence's date expressions."""
    return {
        i
        for span in cached_spans(doc, DATES)
        if sentence.start <= span.start < sentence.end
        for i in range(span.start, span.end)
    }


def _right_edge(
    doc: Doc,
    head_end: int,
    ceiling: int,
    dates: set[int],
    acronym: bool,
    places: set[int],
    headline_verbs: set[str],
) -> int:
    end = head_end
    while end < ceiling:
        text = doc[end].text
        if end in dates or (acronym and text.lower() in ("between", "among")):
            break
        if text == "in" and ends_name(doc, head_end, end, places, dates):
            break
        if _CALENDAR.match(text):
            break  # "the Accords on Tuesday": a date, not the name
        if text == text.capitalize() and text.lower() in headline_verbs:
            break  # "Signing of U.S.-Serbia Energy Agreement Postponed": a headline's verb
        if is_name_word(text):
            end += 1
            continue
        if text in ("-", "–") and end + 1 < ceiling and is_name_word(doc[end + 1].text):
            end += 1  # "Cross-Border" is three tokens
            continue
        if text.lower() in CONNECTORS and end + 1 < ceiling:
            following = doc[end + 1].text
            if _counts(doc, end + 1, ceiling):
                break  # "an LOA for 96 helicopters": a quantity, not the name
            if is_name_word(following) or (
                following.lower() == "the" and end + 2 < ceiling and is_name_word(doc[end + 2].text)
            ):
                end += 1
                continue
        break
    # A name cut short inside "between A and B", by an acronym, a comma or an "and" before
    # lower-case words ("... between the Department of Defense (DoD) and ...", "...
    # between the Department of State and the government of Kenya"), ends before its
    # "between"; one that stops at another lower-case word keeps it ("Agreement between
    # the Parties to the North Atlantic Treaty regarding ...").
    cut_short = end < ceiling and doc[end].lower_ in ("(", ",", "and", "&")
    # A name never ends on a connector ("Accords on" before a date).
    while end > head_end and doc[end - 1].text.lower() in CONNECTORS:
        end -= 1
        cut_short = cut_short or doc[end].lower_ in ("and", "&")
    if cut_short:
        words = lower_words(doc, head_end, end)
        opener = max(
            (i for i, word in enumerate(words) if word in ("between", "among")), default=-1
        )
        if opener >= 0 and not {"and", "&"}.intersection(words[opener:]):
            end = head_end + opener
    return end


def _counts(doc: Doc, index: int, ceiling: int) -> bool:
    """Whether the token at ``index`` is a number that counts the lower-case word after it."""
    if not doc[index].text.isdigit() or index + 1 >= ceiling:
        return False
    following = doc[index + 1]
    return following.is_lower and following.lower_ not in STOP_WORDS  # not "of 1949 on the"


def find_heads(sentence: Span, lexicon: Lexicon) -> list[tuple[int, int]]:
    """Token ranges of instrument head phrases in a sentence, longest match first, no overlaps."""
    doc = sentence.doc
    lowered = lower_words(doc, sentence.start, sentence.end)
    longest, firsts = lexicon.longest_instrument, lexicon.instrument_firsts
    heads = []
    i = 0
    while i < len(lowered):
        if lowered[i] not in firsts:
            i += 1
            continue
        for size in range(min(longest, len(lowered) - i), 0, -1):
            if tuple(lowered[i : i + size]) in lexicon.instruments:
                heads.append((sentence.start + i, sentence.start + i + size))
                i += size
                break
        else:
            i += 1
    # "Memorandum of Understanding" is one head, not "memorandum" + "understanding".
    if heads and any(doc[head[0]].text[:1].isupper() for head in heads):
        # "Special Presidential Envoy for Compact Negotiations Joseph Yun": a person's title
        # (whose instrument words are capitalised: a head in lower case is never one's).
        in_titles = {
            i
            for span in spans_between(doc, TITLES, sentence.start, sentence.end)
            for i in range(span.start, span.end)
        }
        heads = [head for head in heads if head[0] not in in_titles]
    return heads


def instrument_at(doc: Doc, head: tuple[int, int], sentence: Span, lexicon: Lexicon) -> Found:
    """Grow a head phrase into the instrument's name."""
    head_start, head_end = head
    entry = lexicon.instruments[tuple(lower_words(doc, head_start, head_end))]
    head_is_capitalised = doc[head_start].text[:1].isupper()
    start = _left_edge(doc, head_start, sentence.start, head_is_capitalised)
    acronym = span_text(doc[head_start:head_end]).isupper()
    end = (
        _right_edge(
            doc,
            head_end,
            sentence.end,
            date_tokens(doc, sentence),
            acronym,
            place_starts(doc, sentence, lexicon.places),
            lexicon.headline_verbs,
        )
        if head_is_capitalised
        else head_end
    )
    name = span_text(doc[start:end]).strip()
    if name.lower().startswith("the "):
        name = name[4:]
    before = doc[start - 1].lower_ if start > sentence.start else ""
    definite = before in DEFINITE or doc[start].lower_ in DEFINITE
    return Found(start, end, head_start, head_end, name, entry.type, entry.plural, definite)


def _compound_head(doc: Doc, found: Found, head: tuple[int, int], lexicon: Lexicon) -> Found:
    """The instrument typed by a later head inside its name when the name is one compound.

    In "Strategic Partnership Joint Declaration" the last noun, "Declaration", is the
    head; in "Agreement on the Framework for ..." a word after "on" names the topic.
    """
    if head[1] > found.end or head[0] < found.head_end:
        return found
    between = doc[found.head_end : head[0]]
    if any(not is_name_word(token.text) for token in between):
        return found
    entry = lexicon.instruments[tuple(lower_words(doc, head[0], head[1]))]
    if entry.type == "other" or entry.type == found.type:
        return found
    return replace(found, head_start=head[0], head_end=head[1], type=entry.type)


def find_instruments(sentence: Span, lexicon: Lexicon) -> list[Found]:
    """Every instrument named in a sentence, lists split into their items."""
    doc = sentence.doc
    found: list[Found] = []
    for head in find_heads(sentence, lexicon):
        if found and head[0] < found[-1].end:
            found[-1] = _compound_head(doc, found[-1], head, lexicon)
            continue
        instrument = instrument_at(doc, head, sentence, lexicon)
        if found and instrument.start <= found[-1].start:
            # "Artemis Accords framework", "... Initiative (CEDI) Letter of Intent": one.
            found.pop()
        elif found and instrument.start < found[-1].end:
            # "the Partnership for Sustainably Managed Fisheries initiative": overlapping heads
            # name one instrument; a specific type wins over "other".
            previous = found.pop()
            kind = previous.type if instrument.type == "other" else instrument.type
            instrument = Found(
                previous.start,
                instrument.end,
                previous.head_start,
                previous.head_end,
                span_text(doc[previous.start : instrument.end]).removeprefix("the "),
                kind,
                instrument.plural,
                previous.definite,
            )
        if instrument.plural:
            found.extend(split_list(doc, instrument, sentence, date_tokens(doc, sentence)))
        else:
            found.append(instrument)
    return found
