"""Small readings of the words around a trigger, for :mod:`.roles`.

Whether the partner after "with" is still the instrument's ("on behalf of X with Y", a
topic in lower case before it) or a witness ("with X in attendance"); whose signing a
possessive names ("Kenya's historic signing of"); who stands "at a signing" in a caption;
whom the subject "joined ... in signing"; and when two mentions are one party.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .governed import OWN_WITH_REACH
from .groups import POSSESSIVES, group_after, nearest_group_before, subject_group
from .parties import Mention
from .words import lower_words

#: Verbs whose object signs beside the subject: "A joined B in signing".
JOINING = frozenset({"joined", "joins", "join", "joining"})
TOPIC_WORDS = ("on", "concerning", "regarding", "for", "to", "in")
#: Words after a "with" group that make it witnesses: "with X in attendance".
ATTENDING = (["in", "attendance"], ["looking", "on"], ["present"])
#: Words between a possessive and the signing it names ("Rwanda's historic signing").
DESCRIPTIVE_BEFORE_SIGNING = frozenset({"historic", "formal", "official", "recent"})
#: Possessive endings as the tokenizer splits them ("Kenya's", "the Philippines’").
POSSESSIVE_MARKS = POSSESSIVES | {"'", "’"}


def behalf_before(doc: Doc, start: int, with_at: int) -> bool:
    """Whether "on behalf of X" stands between the instrument and its "with".

    "signed the Artemis Accords on behalf of the United States with Ecuador's Foreign
    Minister": the partner follows the phrase, after the instrument's lower-case topic
    too ("a memorandum on biometric data sharing on behalf of the United States with ...").
    """
    if lower_words(doc, start, start + 3) == ["on", "behalf", "of"]:
        return with_at - start <= 10
    words = lower_words(doc, start, with_at)
    if "behalf" not in words[2:]:
        return False
    phrase = words.index("behalf") - 1  # where "on behalf of" would start, in ``words``
    return (
        topic_before(doc, start, start + phrase)
        and words[phrase : phrase + 3] == ["on", "behalf", "of"]
        and with_at - (start + phrase) <= 10
    )


def topic_before(doc: Doc, start: int, with_at: int) -> bool:
    """Whether a lower-case topic phrase fills the words between an instrument and "with".

    "a memorandum on agricultural trade facilitation with Brunei", "an agreement to expand
    agricultural trade with Brunei": the partner still follows the instrument's topic (not
    "a keystone of our relationship with Australia", nor a phrase with a name or comma).
    """
    if not start < with_at <= start + OWN_WITH_REACH:
        return False
    words = lower_words(doc, start, with_at)
    return words[0] in TOPIC_WORDS[:-1] and all(
        token.is_lower or token.text == "-" for token in doc[start + 1 : with_at]
    )


def joined_in(doc: Doc, mentions: list[Mention], verb: int, trigger: int) -> list[Mention]:
    """The group the subject "joined ... in signing": it signs too."""
    if verb >= trigger - 1 or doc[verb].lower_ not in JOINING or doc[trigger - 1].lower_ != "in":
        return []
    group = group_after(doc, mentions, verb + 1, trigger - 1)
    return group if group and group[-1].end == trigger - 1 else []


def attending(doc: Doc, end: int) -> bool:
    """Whether words after a "with" group make it witnesses ("with X in attendance")."""
    words = lower_words(doc, end, end + 2)
    return any(words[: len(tail)] == tail for tail in ATTENDING)


def possessors(doc: Doc, mentions: list[Mention], start: int, floor: int) -> list[Mention]:
    """The parties whose signing a noun names: "Kenya and Japan's (historic) signing of"."""
    at = start - 1
    if at > floor and doc[at].lower_ in DESCRIPTIVE_BEFORE_SIGNING:
        at -= 1
    if at <= floor or doc[at].lower_ not in POSSESSIVE_MARKS:
        return []
    if doc[at].lower_ in ("'", "’") and not doc[at - 1].lower_.endswith("s"):
        return []  # a closing quote, not "the Philippines' signing"
    if not any(m.end == at for m in mentions):
        return []
    return nearest_group_before(doc, mentions, at, floor)


def present_at_signing(doc: Doc, mentions: list[Mention], start: int, floor: int) -> list[Mention]:
    """People just before "at a/the signing" (a photo caption): they are the signers."""
    words = lower_words(doc, start - 2, start)
    if len(words) != 2 or words[0] != "at" or words[1] not in ("a", "the"):
        return []
    group = [m for m in mentions if m.end <= start - 2]
    group = nearest_group_before(doc, group, start - 2, floor)
    return group if group and all(m.kind == "person" for m in group) else []


def joined_before(doc: Doc, mentions: list[Mention], name_start: int) -> list[Mention]:
    """A party joined by "and" to the parties of the name right after it.

    "The United States and Ghana Framework Agreement": the United States, beside Ghana.
    """
    if name_start < 2 or doc[name_start - 1].lower_ not in ("and", "&"):
        return []
    return [m for m in mentions if m.end == name_start - 1]


def party_key(mention: Mention) -> tuple[str, str]:
    """What makes two mentions one party: a country's code, else the name."""
    if mention.kind == "country":
        return mention.kind, mention.country or mention.name
    return mention.kind, mention.name


#: Possessives that make the subject the owner of the instrument after them.
OWNING = frozenset({"their", "our"})


def owners_of(
    doc: Doc, mentions: list[Mention], instrument_start: int, floor: int
) -> list[Mention]:
    """The subject before "their" or "our" and an instrument: whose instrument it is.

    "The United States and Canada renewed their wildfire agreement, first signed in 1999".
    """
    words = lower_words(doc, max(floor, instrument_start - 4), instrument_start)
    if not OWNING.intersection(words):
        return []
    return subject_group(doc, mentions, floor, instrument_start)
