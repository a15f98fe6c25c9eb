"""Parties the text gives indirectly: capitals, unnamed groups, openings, group phrases.

"Moscow signed on to" stands for Russia's government; "Nine countries signed ...,
including A and B" for A and B; a phrase opening a clause ("On the sidelines of the UN
General Assembly, ...") is read past, so that the subject after it signs; whether a group
phrase ("the two countries") stands before a verb is read here, whom it stands for in
:mod:`.group_phrases`. :mod:`.roles` asks these when a trigger's own clause names no party
plainly.
"""

from __future__ import annotations

import pycountry
from spacy.tokens import Doc, Span

from ..datelines import dateline_length
from ..extensions import doc_text, span_text
from .groups import ADVERBS, group_after, last_group_before
from .lexicon import Lexicon
from .parties import Mention, mentions_in
from .words import first_word_in, lower_words

#: Prepositions that open a phrase before a clause's subject ("On the sidelines of the UN
#: General Assembly, Ghana and Togo signed", "During the U.S.-Africa Leaders Summit, ...").
OPENING_PREPOSITIONS = frozenset(
    {"on", "at", "during", "following", "after", "before", "ahead", "amid", "with", "under"}
    | {"alongside", "along", "together"}
    # Witnesses set off before the subject: "In the presence of President X, A and B
    # signed", "Witnessed by Secretary X, ...", "As X looked on, ..."
    | {"in", "witnessed", "as"}
)
#: Openings whose parties sign with the subject after them ("With Japan and Australia,
#: the United States signed").
COMPANION_OPENINGS = (("with",), ("along", "with"), ("together", "with"))
#: Of those, the ones that also open a clause with its own subject ("After Ghana, Togo,
#: and Benin signed the agreement, ...").
CLAUSE_PREPOSITIONS = frozenset({"after", "before"})


def past_dateline(doc: Doc, floor: int, anchor: int) -> int:
    """The first token after a dateline that opens the clause at ``floor``, or ``floor``."""
    start_char = doc[floor].idx
    text = doc_text(doc)
    length = dateline_length(
        text[start_char : doc[anchor - 1].idx if anchor > floor else start_char]
    )
    if not length:
        return floor
    token = doc.char_span(start_char + length, start_char + length + 1, alignment_mode="expand")
    return token.start if token is not None and token.start < anchor else floor


#: How far into a clause a heading's colon may stand ("Signing a Civil Nuclear Agreement:").
HEADING_REACH = 20


def opening_phrase_end(doc: Doc, floor: int, anchor: int) -> int | None:
    """Where the subject may start after a clause's opening phrases, if it has any.

    A phrase opens with a preposition and ends at its first comma before the trigger; one
    may follow another ("At the Akasaka Palace on Monday, in the presence of A and B, C
    and D signed"), and a fact sheet's heading may stand before them ("Signing a Civil
    Nuclear Agreement: In the presence of ..."). Not "On behalf of" (whose country is the
    signer's), and not when a list of parties follows the preposition at once: "After
    Ghana, Togo, and Benin signed" opens with its subject ("During the U.S.-Africa Leaders
    Summit, ..." does not).
    """
    end = _one_phrase_end(doc, _past_heading(doc, floor, anchor), anchor)
    while end is not None and end < anchor:
        words = tuple(lower_words(doc, end, min(anchor, end + 2)))
        if any(words[: len(o)] == o for o in COMPANION_OPENINGS):
            break  # "On Tuesday, with Japan and Australia, the United States signed": partners
        further = _one_phrase_end(doc, end, anchor)
        if further is None or further <= end:
            break
        end = further
    return end


def _past_heading(doc: Doc, floor: int, anchor: int) -> int:
    """The token after a heading's colon when an opening phrase follows it, else ``floor``."""
    words = lower_words(doc, floor, min(anchor, floor + HEADING_REACH))
    if ":" not in words:
        return floor
    after = floor + words.index(":") + 1
    return after if after < anchor and doc[after].lower_ in OPENING_PREPOSITIONS else floor


def _one_phrase_end(doc: Doc, floor: int, anchor: int) -> int | None:
    floor = past_dateline(doc, floor, anchor)  # "GUATEMALA CITY – In the presence of ..."
    words = lower_words(doc, floor, anchor)
    if not words or words[0] not in OPENING_PREPOSITIONS or words[:2] == ["on", "behalf"]:
        return None
    if words[:2] == ["under", "secretary"]:
        return None  # a title: "Under Secretary of State ..., signed"
    first = floor + (2 if words[1:2] == ["the"] else 1)
    mentions = mentions_in(doc, floor, anchor)
    listed = (
        m.end < anchor and doc[m.end].lower_ in (",", "and") for m in mentions if m.start == first
    )
    if any(listed):
        if words[0] in CLAUSE_PREPOSITIONS:
            return None
        # "With Ghana, Togo and Benin, the United States signed": the phrase ends after
        # its list, not at the list's first comma ("At the UN, Ghana and Togo signed").
        end = _list_end(doc, mentions, first, anchor)
        if end < anchor and doc[end].text == "," and mentions_in(doc, end + 1, anchor):
            return end + 1
    return floor + words.index(",") + 1 if "," in words else None


def opening_companions(doc: Doc, mentions: list[Mention], floor: int, anchor: int) -> list[Mention]:
    """The parties of an opening "With A and B," who sign with the subject after it.

    Only when the phrase is the list alone, up to its comma ("With support from USAID,
    Ghana signed" names no companion).
    """
    words = lower_words(doc, floor, min(anchor, floor + 2))
    opening = next((o for o in COMPANION_OPENINGS if tuple(words[: len(o)]) == o), None)
    end = opening_phrase_end(doc, floor, anchor) if opening else None
    if opening is None or end is None:
        return []
    group = group_after(doc, mentions, floor + len(opening), end - 1)
    if not group or group[-1].end != end - 1:
        return []
    # Governments and their bodies and officials; not "With NATO Secretary General X".
    return [
        m for m in group if m.kind in ("country", "agency") or (m.kind == "person" and m.country)
    ]


#: Words between a subject and its verb that the capital search steps over.
_CAPITAL_GAP = frozenset({"has", "have", "had", "also", "jointly", "formally", "today", "then"})


def capital_before(doc: Doc, lexicon: Lexicon, floor: int, verb: int) -> list[Mention]:
    """A capital right before the verb, standing for its government ("Moscow signed")."""
    end = verb
    while end > floor and doc[end - 1].lower_ in _CAPITAL_GAP:
        end -= 1
    found: list[Mention] = []
    while end > floor:
        one = next(
            (
                m
                for start in range(max(floor, end - 3), end)
                for m in _capital(doc, lexicon, start, end)
            ),
            None,
        )
        if one is None:
            break
        found.insert(0, one)  # "Kyiv and Warsaw signed": both
        end = one.start
        while end > floor and doc[end - 1].lower_ in (",", "and"):
            end -= 1
        if end == one.start:
            break
    return found


def capital_after(doc: Doc, lexicon: Lexicon, start: int) -> list[Mention]:
    """A capital right after "with", standing for its government ("with Washington")."""
    for end in range(min(len(doc), start + 3), start, -1):
        found = _capital(doc, lexicon, start, end)
        if found and (end == len(doc) or not doc[end].text[:1].isupper()):
            return found
    return []


def _capital(doc: Doc, lexicon: Lexicon, start: int, end: int) -> list[Mention]:
    if not doc[start].text[:1].isupper() or _hyphenated(doc, end):
        return []
    code = lexicon.capitals.get(span_text(doc[start:end]))
    return [Mention(start, end, "country", country_label(code), code)] if code else []


def _hyphenated(doc: Doc, end: int) -> bool:
    """Whether a hyphen joins the name to the next word.

    "Tbilisi-based", "Moscow-backed" describe something else, not the capital's government.
    """
    return (
        end + 1 < len(doc)
        and doc[end].text in ("-", "–")
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
    )


def country_label(code: str) -> str:
    """A country's name for a party record ("Russian Federation", "Bolivia")."""
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return code
    return str(getattr(country, "common_name", None) or country.name)


def _list_end(doc: Doc, mentions: list[Mention], first: int, anchor: int) -> int:
    """The end of the list of mentions that begins at ``first`` (joined by "," and "and")."""
    end = first
    for mention in mentions:
        if mention.start < end:
            continue
        glue = lower_words(doc, end, mention.start)
        # ", the United States signed" after the list is the subject, not a member.
        if mention.start != end and (
            not all(word in (",", "and", "the") for word in glue)
            or ("the" in glue and "and" not in glue)
        ):
            break
        end = mention.end
    return end


#: Nouns of an unnamed group of parties ("Nine countries", "Dozens of nations").
GROUP_NOUNS = frozenset({"countries", "nations", "governments", "partners", "states", "members"})


def included_members(
    doc: Doc, mentions: list[Mention], floor: int, verb: int, limit: int
) -> list[Mention]:
    """The parties after "including" when the verb's subject is an unnamed group.

    Within the verb's clause (``limit``): not "..., including Ghana and Togo, and the
    United States joined it today".
    """
    subject = lower_words(doc, floor, verb)
    if not GROUP_NOUNS.intersection(subject[-3:]):
        return []
    including = first_word_in(doc, ("including",), verb, limit)
    if including is None:
        return []
    group = group_after(doc, mentions, including + 1, limit)
    last = group[-1].end if group else limit
    if len(group) > 1 and last < limit and doc[last].is_lower and doc[last].is_alpha:
        # "including Ghana and Togo, and the United States joined it today": the last
        # member after ", and" is the subject of a clause of its own.
        while len(group) > 1 and "," not in lower_words(doc, group[-2].end, group[-1].start):
            group.pop()
        group.pop()
    return group


#: Words that may stand between a group noun and the colon of its list ("on Thursday").
_COLON_REACH = 20


#: Prepositions after which a group is what an instrument is about or for, not its signers
#: ("to support infrastructure in three Pacific Island nations: ...").
_NOT_AGENT = frozenset({"in", "to", "for", "on", "of", "across", "throughout", "with", "among"})


def _agent_group(doc: Doc, verb: int, colon: int) -> bool:
    """Whether the group before a colon is the verb's "by" agent.

    "signed by the following countries:", "by the United States and seven other founding
    nations:"; not "to support infrastructure in three Pacific Island nations:".
    """
    words = lower_words(doc, verb, colon)
    if "by" not in words:
        return False
    after_by = words[len(words) - 1 - words[::-1].index("by") :]
    return _NOT_AGENT.isdisjoint(after_by)


def colon_members(doc: Doc, mentions: list[Mention], sentence: Span, verb: int) -> list[Mention]:
    """The parties listed after a colon that an unnamed group announces.

    "The following 12 countries signed the Lima Declaration on Thursday: Argentina, Brazil,
    ...", "signed by the following countries: Chile, Peru and Ecuador", "signed ... by the
    United States and seven other founding nations: Australia, Canada, ...". The group is
    the verb's subject opened by "following", or a group noun right before the colon.
    """
    words = lower_words(doc, sentence.start, sentence.end)
    if ":" not in words:
        return []
    colon = sentence.start + words.index(":")
    before = lower_words(doc, max(sentence.start, colon - 2), colon)
    subject = lower_words(doc, sentence.start, verb)
    announced = bool(GROUP_NOUNS.intersection(before)) and _agent_group(doc, verb, colon)
    announced = announced or ("following" in subject and bool(GROUP_NOUNS.intersection(subject)))
    if not announced or colon - verb > _COLON_REACH or colon < verb:
        return []
    members = group_after(doc, mentions, colon + 1, sentence.end)
    return members if len(members) > 1 else []


#: Words that may stand between a pronoun subject and its verb ("it has signed").
_PRONOUN_GAP = frozenset({"has", "had", "have", "also", "once", "then", "previously", "already"})


def pronoun_antecedent(
    doc: Doc, mentions: list[Mention], floor: int, instrument_start: int, verb: int
) -> list[Mention]:
    """The government or body an "it" subject after the instrument stands for.

    The sentence's own subject when it opens with a body ("Chad must honor the agreement
    that it signed", "The Department of State stands by the memorandum it signed"); after
    "We" (the publisher urging another), the last government named before the instrument
    ("We call on Chad to uphold the agreement it signed"). None otherwise.
    """
    at = verb - 1
    while at > instrument_start and doc[at].lower_ in _PRONOUN_GAP:
        at -= 1
    if at <= instrument_start or doc[at].lower_ != "it":
        return []
    before = [m for m in mentions if floor <= m.start and m.end <= instrument_start]
    if not before:
        return []
    opening = 1 if doc[floor].lower_ == "the" else 0
    if before[0].start == floor + opening and before[0].kind in ("country", "agency"):
        return [before[0]]
    if doc[floor].lower_ == "we" and before[-1].kind == "country":
        return [before[-1]]
    return []


def group_phrase_before(
    doc: Doc, lexicon: Lexicon, floor: int, trigger_start: int, stands_for: str | None = None
) -> bool:
    """Whether a group phrase is the verb's subject ("our two countries (have) signed").

    With ``stands_for``, only a phrase that stands for that kind of party counts.
    """
    words = lower_words(doc, floor, trigger_start)
    # "the agency expects to sign", "both sides declined to sign"
    while words and (
        words[-1] in ADVERBS or (words[-1],) in lexicon.planned or (words[-1],) in lexicon.negated
    ):
        words = words[:-1]
    return any(
        len(phrase) <= len(words)
        and tuple(words[-len(phrase) :]) == phrase
        and stands_for in (None, group.stands_for)
        for phrase, group in lexicon.groups.items()
    )


#: Marks that open a fact sheet's bullet item (the reader keeps some, drops others).
_BULLETS = ("•", "·", "▪", "◦", "-", "–", "*")
#: What may stand before an item's verb on its line.
_ITEM_LEADS = frozenset(("", *_BULLETS))
#: Words that open a list item's object right after its verb ("Signed a Memorandum").
_OBJECT_OPENERS = frozenset({"a", "an", "the", "two", "three", "four", "five", "several", "new"})
#: How many lines back (items, and blank lines between them) the lead-in may stand.
_MAX_LINES_BACK = 24


def lead_in_subject(doc: Doc, sentence: Span, verb: int) -> list[Mention]:
    """The subject a list item's verb takes from the lead-in line above the list.

    "During today's ministerial, the United States: • Signed a Memorandum ...; •
    Launched ...": the group of parties that ends the line before its colon. The verb
    opens its item's line (after a bullet mark, if the text keeps one), and every line
    between opens with a mark or a past-tense verb, as such items do.
    """
    text = doc_text(doc)
    at = doc[verb].idx
    line_start = text.rfind("\n", 0, at) + 1
    if not line_start or text[line_start:at].strip() not in _ITEM_LEADS:
        return []
    following = doc[verb + 1] if verb + 1 < len(doc) else None
    if following is None or not (
        following.lower_ in _OBJECT_OPENERS or following.text[:1].isupper()
    ):
        return []  # "• Signed in 2019, the memorandum ... funds this clinic": a participle
    end = line_start - 1  # the line break before the item
    for _ in range(_MAX_LINES_BACK):
        if end <= 0:
            return []
        begin = text.rfind("\n", 0, end) + 1
        line = text[begin:end].strip()
        if line.endswith(":"):
            colon = text.rindex(":", begin, end)
            lead = doc.char_span(begin, colon + 1, alignment_mode="expand")
            if lead is None:
                return []
            mentions = mentions_in(doc, lead.start, lead.end - 1)
            return last_group_before(doc, mentions, lead.start, lead.end - 1)
        if line and not _item_line(line):
            return []
        end = begin - 1
    return []


def _item_line(line: str) -> bool:
    """A list item: a bullet mark, or a past-tense verb first ("Launched a dialogue ...")."""
    first = line.split(maxsplit=1)[0]
    return line.startswith(_BULLETS) or (first[:1].isupper() and first.endswith("ed"))
