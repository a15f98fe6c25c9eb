"""The unnamed rest of a list of parties: "A, B, C and 18 other countries".

A list whose named members end before such a rest is still a list, though no "and"
stands before its last name (:func:`pipeline.extraction.groups.last_group_before`).
"""

from __future__ import annotations

from spacy.tokens import Doc

#: Words that end a list before its last item ("A, B and C").
LIST_ENDS = frozenset({"and", "or", "&"})
#: Prepositions before a list's first name that make the list an opening phrase's object,
#: not the subject ("In Kenya, Uganda and 12 other countries signed").
OPENING_PREPOSITIONS = frozenset({"in", "at", "from", "to", "with", "for", "of"})
#: Words that open the unnamed rest of a list ("and 18 other countries").
REST_OPENERS = frozenset(
    {"other", "several", "many", "more", "some", "dozens", "all", "further", "additional"}
)


def unnamed_rest(doc: Doc, end: int) -> bool:
    """Whether a list's named members end before "and" and an unnamed rest.

    "The United States, Canada, Mexico and 18 other countries signed", "... and ten
    European nations", "..., and a dozen other partners": the last name is not the list's
    last item.
    """
    if end < len(doc) and doc[end].text == ",":
        end += 1  # "Mexico, and 18 other countries"
    if end + 1 >= len(doc) or doc[end].lower_ not in LIST_ENDS:
        return False
    following = doc[end + 1]
    if following.lower_ == "a" and end + 2 < len(doc):
        following = doc[end + 2]  # "and a dozen other partners"
    return following.like_num or following.lower_ in REST_OPENERS | {"dozen"}
