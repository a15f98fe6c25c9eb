"""Groups of party mentions: who stands together before or after a word of the sentence.

A group is a run of mentions joined only by commas, "and", "of", articles, titles and
demonyms ("the United States and Salvadoran Minister of Foreign Affairs, Alexandra Hill
Tinoco"); a mention further away belongs to another clause. :mod:`.roles` reads the
signers and counterparties of a trigger from the groups around it.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..extensions import DATES, cached_spans
from .describing import (
    ADVERBS,
    GROUP_GLUE,
    POSSESSIVES,
    describing_tokens,
    list_semicolons,
)
from .parties import Mention
from .unnamed_rest import LIST_ENDS, OPENING_PREPOSITIONS, unnamed_rest
from .words import lower_words

__all__ = [
    "ADVERBS",
    "GROUP_GLUE",
    "POSSESSIVES",
    "agent_group",
    "group_after",
    "last_group_before",
    "list_semicolons",
    "nearest_group_before",
    "subject_group",
    "talks_between",
]


def _glue(doc: Doc, start: int, end: int, allowed: frozenset[str], covered: set[int]) -> bool:
    for i in range(start, end):
        if i in covered or doc[i].is_space:
            continue
        word = doc[i].lower_
        if word not in allowed:
            return False
        # "as" joins only in "as well as", not "..., as Secretary X looked on".
        if word == "as" and not _in_as_well_as(doc, i):
            return False
    return True


def _in_as_well_as(doc: Doc, index: int) -> bool:
    before = doc[index - 1].lower_ if index > 0 else ""
    after = doc[index + 1].lower_ if index + 1 < len(doc) else ""
    return before == "well" or after == "well"


def nearest_group_before(
    doc: Doc, mentions: list[Mention], limit: int, floor: int
) -> list[Mention]:
    """The group of mentions that ends nearest before ``limit`` and reaches it."""
    before = [m for m in mentions if floor <= m.start and m.end <= limit]
    if not before:
        return []
    covered = describing_tokens(doc, floor, limit)
    if not _glue(doc, before[-1].end, limit, ADVERBS, covered):
        return []
    return _group_ending_with_last(doc, before, covered)


def last_group_before(doc: Doc, mentions: list[Mention], floor: int, limit: int) -> list[Mention]:
    """The last group of mentions between ``floor`` and ``limit``, however far it ends.

    "The United States and Japan are working to sign ...": both, not the nearer "Japan".
    """
    before = [m for m in mentions if floor <= m.start and m.end <= limit]
    if not before:
        return []
    group = _group_ending_with_last(doc, before, describing_tokens(doc, floor, limit))
    if len(group) < 2:
        return group
    # A list ends with "and"/"or" before its last name; "After talks with Ghana, Russia
    # declined to sign" is an opening phrase, then the subject.
    last_glue = {token.lower_ for token in doc[group[-2].end : group[-1].start]}
    if last_glue & LIST_ENDS:
        return group
    if (
        unnamed_rest(doc, group[-1].end)
        and subject_group(doc, group, floor, limit) == group
        and not (group[0].start > 0 and doc[group[0].start - 1].lower_ in OPENING_PREPOSITIONS)
    ):
        return group  # "The United States, Canada and ten European nations signed"
    return group[-1:]


def _group_ending_with_last(doc: Doc, before: list[Mention], covered: set[int]) -> list[Mention]:
    group = [before[-1]]
    for mention in reversed(before[:-1]):
        if _glue(doc, mention.end, group[0].start, GROUP_GLUE, covered):
            group.insert(0, mention)
        else:
            break
    return group


def subject_group(doc: Doc, mentions: list[Mention], floor: int, limit: int) -> list[Mention]:
    """The group that opens the clause: its subject ("X and Y welcomed the signing of ...")."""
    inside = [m for m in mentions if floor <= m.start and m.end <= limit]
    if not inside:
        return []
    covered = describing_tokens(doc, floor, limit) | {
        span.start + i
        for span in cached_spans(doc, DATES)
        if floor <= span.start < limit
        for i in range(len(span))
    }
    if not _glue(
        doc, floor, inside[0].start, GROUP_GLUE | ADVERBS | {"on", "in", "a", "an"}, covered
    ):
        return []
    return group_after(doc, inside, inside[0].start, limit)


#: Words that may open a group after "with" or "by" besides the glue: "with my friend the
#: Minister of Energy of Mexico, Rocío Nahle", "by its ambassador".
_GROUP_OPENERS = frozenset({"a", "an", "its", "their", "my", "our", "friend", "colleague", "good"})


def group_after(doc: Doc, mentions: list[Mention], start: int, limit: int) -> list[Mention]:
    """The group of mentions that begins right after ``start`` (after "by", "with")."""
    after = [m for m in mentions if start <= m.start and m.end <= limit]
    if not after:
        return []
    covered = describing_tokens(doc, start, limit)
    if not _glue(doc, start, after[0].start, GROUP_GLUE | _GROUP_OPENERS, covered):
        return []
    group = [after[0]]
    for mention in after[1:]:
        if _glue(doc, group[-1].end, mention.start, GROUP_GLUE, covered):
            group.append(mention)
        else:
            break
    if len(group) > 1 and _opens_clause(doc, group[-2].end, group[-1]):
        group.pop()  # "with Secretary Blinken, and Deputy Secretary Campbell witnessed"
    return group


def _opens_clause(doc: Doc, joint_start: int, last: Mention) -> bool:
    """Whether the last mention, after ", and", is the subject of a verb of its own."""
    joint = lower_words(doc, joint_start, last.start)
    following = doc[last.end] if last.end < len(doc) else None
    return (
        "," in joint
        and "and" in joint
        and following is not None
        and following.is_lower
        and following.is_alpha
        and following.lower_.endswith("ed")
    )


def agent_group(doc: Doc, mentions: list[Mention], start: int, limit: int) -> list[Mention]:
    """The group after "by"/"from".

    One describing word may come first ("by successive U.S. ..."), or a head of lower-case
    words before "of" ("by the embassies of A, B and C") or before the comma of an
    appositive ("by the two space agencies, NASA and JAXA").
    """
    group = group_after(doc, mentions, start, limit)
    if not group and start < limit and doc[start].is_lower and doc[start].is_alpha:
        group = group_after(doc, mentions, start + 1, limit)
    if not group:
        words = lower_words(doc, start, min(limit, start + 6))
        joint = next((i for i, word in enumerate(words) if i and word in ("of", ",")), None)
        if joint is not None and joint < (4 if words[joint] == "of" else 5):
            head = words[:joint]
            if all(word.isalpha() and doc[start + i].is_lower for i, word in enumerate(head)):
                group = group_after(doc, mentions, start + joint + 1, limit)
    if group:
        group += _also_by(doc, mentions, group[-1].end, limit)
    return group


#: How far after the first agents "and by" may bring more (tokens).
ALSO_BY_REACH = 16


def _also_by(doc: Doc, mentions: list[Mention], start: int, limit: int) -> list[Mention]:
    """The agents of a second "and by" ("signed by A on behalf of X and by B")."""
    words = lower_words(doc, start, min(limit, start + ALSO_BY_REACH))
    for i, word in enumerate(words[:-1]):
        if word in (".", ";", ":") or (word == "by" and i):
            return []  # another clause, or a "by" of something else
        if word == "and" and words[i + 1] == "by":
            return group_after(doc, mentions, start + i + 2, limit)
    return []


#: Nouns of negotiating whose parties also sign what they negotiated.
_TALKS = frozenset({"negotiations", "talks", "consultations", "discussions"})


def talks_between(doc: Doc, mentions: list[Mention], start: int, end: int) -> list[Mention]:
    """The parties of "negotiations between A and B" ("talks with A") in ``doc[start:end]``."""
    words = lower_words(doc, start, end)
    for i, word in enumerate(words[:-1]):
        if word in _TALKS and words[i + 1] in ("between", "with", "among"):
            return group_after(doc, mentions, start + i + 2, end)
    return []
