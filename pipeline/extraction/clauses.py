"""The shape of a trigger's clause: participles, relative clauses, verbs sharing a subject.

"The agreement signed on June 28" (a participle: passive), "the MOU that Japan signed" (a
relative clause whose subject stands between instrument and verb: active), "A signed X in
2019 and signed Y" (a second verb of one subject). :mod:`.events` reads the frame and the
floor of a trigger's clause from these.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..extensions import COUNTRIES, DATES, TITLES, spans_between
from .describing import VERB_ADVERBS
from .groups import list_semicolons
from .parties import mentions_in, party_tokens
from .words import lower_words

#: Words that open a relative clause's subject right after an instrument ("the MOU that
#: Japan signed", "the accord we signed").
RELATIVE_SUBJECTS = frozenset({"that", "which", "we", "they", "he", "she", "it", "i", "you"})
#: Words that join the names of a relative clause's subject ("the A and the B"), the
#: brackets of an acronym after a name ("the Department of Energy (DOE) and ..."), and
#: adverbs before the verb ("that A and B first signed in 2015").
SUBJECT_JOINERS = (
    frozenset({",", "and", "the", "both", "its", "their", "our", "(", ")"}) | VERB_ADVERBS
)
#: How far before its verb an instrument may stand when only a relative clause's subject
#: is between them (tokens; acronyms in brackets make a subject long).
RELATIVE_REACH = 22


def is_participle(doc: Doc, instrument_end: int, trigger_start: int) -> bool:
    """Whether a trigger just after its instrument is a participle, so passive.

    "The agreement signed on June 28", "the accord, formally signed": passive. "The MOU
    that Japan signed", "the accord we signed": the verb of a relative clause whose
    subject stands between them, so active.
    """
    if not instrument_end <= trigger_start <= instrument_end + 2:
        return False
    if RELATIVE_SUBJECTS.intersection(lower_words(doc, instrument_end, trigger_start)):
        return False
    return not mentions_in(doc, instrument_end, trigger_start)


#: Words between "and" and a second verb of one subject ("and later signed", "and will
#: sign", "and has also signed").
VERB_LEAD_INS = frozenset(
    {"also", "then", "later", "subsequently", "will", "would", "has", "have", "jointly"}
)
#: Words before that "and" that leave the subject as it was (with dates, places after
#: :data:`PLACE_WORDS` and a counterparty after "with", which :func:`shares_subject` reads).
SHARED_SUBJECT_GLUE = frozenset({",", "and", "the"}) | VERB_LEAD_INS
#: Prepositions of a place or a date ("in Accra", "on Monday").
PLACE_WORDS = frozenset({"in", "on", "at"})


def shares_subject(doc: Doc, previous_end: int, trigger_start: int) -> bool:
    """Whether a trigger is a second verb of the previous one's subject ("and signed").

    The verb follows "and" (with :data:`VERB_LEAD_INS` between); before it, after the
    previous signing's instrument, stand only :data:`SHARED_SUBJECT_GLUE`, dates, places
    and a "with ..." counterparty ("A signed X with B in 2019 and signed Y"), no party
    that could be a subject of its own ("and B signed Y", "B criticized it and signed").
    """
    words = lower_words(doc, previous_end, trigger_start)
    last = len(words) - 1
    while last >= 0 and words[last] in VERB_LEAD_INS:
        last -= 1
    if last < 0 or words[last] != "and":
        return False
    dated = {
        i
        for span in spans_between(doc, DATES, previous_end, trigger_start)
        for i in range(span.start, span.end)
    }
    parties = party_tokens(doc, previous_end, trigger_start)
    state = ""  # "place" after "in/on/at", "with" after "with"
    for i, word in enumerate(words[:last], start=previous_end):
        if i in dated or (word in SHARED_SUBJECT_GLUE and state != "with"):
            state = ""
        elif word in PLACE_WORDS:
            state = "place"
        elif word == "with":
            state = "with"
        elif state == "with" and (i in parties or word in (",", "and", "the")):
            continue
        elif not (state == "place" and doc[i].text[:1].isupper() and i not in parties):
            return False
    return True


#: Words that open an instrument's topic before its relative clause.
TOPIC_OPENERS = frozenset({"on", "for", "to", "regarding", "concerning", "about"})
#: Most lower-case words of such a topic.
_TOPIC_WORDS = 6


def past_topic(doc: Doc, instrument_end: int, trigger_start: int) -> int:
    """Where a relative clause after the instrument's topic opens, else ``instrument_end``.

    "the agreement on fisheries, which the United States and Peru signed": the clause
    opens at "which", after the topic and its comma (or after a partner, "the Tax Treaty
    with Chile, which ...").
    """
    limit = min(trigger_start, instrument_end + _TOPIC_WORDS + 3)
    words = lower_words(doc, instrument_end, limit)
    if not words or words[0] not in TOPIC_OPENERS | {"with"}:
        return instrument_end
    # "the Tax Treaty with Chile, which ...": a partner's name may stand in the topic.
    named = party_tokens(doc, instrument_end, limit) if words[0] == "with" else set()
    for offset, word in enumerate(words[1:], start=1):
        if word in ("that", "which"):
            return instrument_end + offset
        lower = word.isalpha() and doc[instrument_end + offset].is_lower
        if word != "," and not lower and instrument_end + offset not in named:
            break
    return instrument_end


def opens_relative(doc: Doc, instrument_end: int, trigger_start: int) -> bool:
    """Whether a relative clause ("that they", "we") opens between instrument and trigger."""
    instrument_end = past_topic(doc, instrument_end, trigger_start)
    return (
        instrument_end < trigger_start
        and doc[instrument_end].lower_ in RELATIVE_SUBJECTS
        and trigger_start - instrument_end <= RELATIVE_REACH
    )


def is_relative_clause(doc: Doc, instrument_end: int, trigger_start: int) -> bool:
    """Whether only "that"/"which" and a subject stand between an instrument and a trigger.

    "The MOU that the Federal Maritime Commission and the Department of Justice entered
    into": names longer than the eight words an instrument before its trigger may stand
    back (up to the fifteen :mod:`.events` looks at), the instrument is the object; so is
    one with a topic before the clause ("the agreement on fisheries, which ...") or a comma
    ("the New START Treaty, which the Russian Federation and the United States signed").
    """
    instrument_end = past_topic(doc, instrument_end, trigger_start)
    words = lower_words(doc, instrument_end, trigger_start)
    comma = 1 if words[:1] == [","] else 0  # "the New START Treaty, which ..."
    if len(words) <= comma or words[comma] not in ("that", "which"):
        return False
    opener = instrument_end + comma
    covered = party_tokens(doc, opener + 1, trigger_start)
    # "which President Barack Obama and Russian President Dmitry Medvedev signed": titles
    # and their countries belong to the subject too.
    for label in (TITLES, COUNTRIES):
        covered |= {
            i
            for span in spans_between(doc, label, opener + 1, trigger_start)
            for i in range(span.start, span.end)
        }
    # "which the two countries signed": a group phrase the release's names resolve.
    subject = words[opener + 1 - instrument_end :]
    grouped = _GROUP_COUNTS.intersection(subject) and _GROUP_NOUNS.intersection(subject)
    return bool(covered or grouped) and all(
        i in covered
        or words[i - instrument_end] in SUBJECT_JOINERS
        or (grouped and words[i - instrument_end] in _GROUP_COUNTS | _GROUP_NOUNS)
        # an acronym in brackets the rules do not know: "... Water Commission (CONAGUA)"
        or (doc[i - 1].text == "(" and doc[i].text.isupper() and doc[i].is_alpha)
        for i in range(opener + 1, trigger_start)
    )


#: Words of a group phrase that may be a relative clause's subject ("the two countries").
_GROUP_COUNTS = frozenset({"two", "three", "four", "both"})
_GROUP_NOUNS = frozenset(
    {"countries", "governments", "nations", "sides", "parties", "leaders", "ministers"}
    | {"delegations", "agencies", "partners", "allies", "presidents", "secretaries"}
)


#: Words that, after a comma, open a clause with a subject of its own ("..., and Benin
#: signed", "..., while Togo will sign").
SUBJECT_BREAKS = frozenset({"and", "but", "while", "whereas"})
#: Words right before a second verb that leave it no subject of its own.
SHARED_VERB_LEADS = frozenset({"and", "which", "who", "that"})


def next_subject_break(doc: Doc, trigger_end: int, next_verb: int | None) -> int | None:
    """The comma or semicolon that opens the next signing verb's own clause, if any.

    In "Ghana signed the agreement with Togo, and Benin signed the protocol" the parties
    after the break are the second verb's subject, not the first one's counterparties.
    The break is the last ", and" (", but", ", while", "; ...") before the next verb with
    a party between it and the verb.
    """
    if next_verb is None:
        return None
    words = lower_words(doc, trigger_end, next_verb)
    last = len(words) - 1
    while last >= 0 and words[last] in VERB_LEAD_INS:
        last -= 1
    parties = party_tokens(doc, trigger_end, next_verb)
    if last >= 0 and words[last] in SHARED_VERB_LEADS:
        # "with Ghana, Togo, and Benin and will sign": the first verb's subject again;
        # "..., and Benin, which signed": a relative clause of the last partner. Not
        # "..., and Togo negotiated and signed": a verb of its own before the "and".
        j = last - 1
        while j >= 0 and (trigger_end + j in parties or words[j] in (",", "the")):
            j -= 1
        if words[last] != "and" or j < 0 or words[j] in ("and", "with"):
            return None
    listed = list_semicolons(doc, trigger_end, next_verb)
    for index in range(len(words) - 2, -1, -1):
        word = words[index]
        at = trigger_end + index
        opens = (word == ";" and at not in listed) or (
            word == "," and words[index + 1] in SUBJECT_BREAKS
        )
        if opens:
            return at if any(at < i < next_verb for i in parties) else None
    return None


#: Words that end an instrument's topic ("a memorandum on sanctions with the UAE").
_TOPIC_ENDS = frozenset({"with", "by", "between", "in", "at", "which", "that", "and", ",", "."})


def topic_words(doc: Doc, start: int, end: int) -> tuple[str, ...]:
    """The lower-case topic after an instrument ("on sanctions"), or () when none follows."""
    words = lower_words(doc, start, min(end, start + 8))
    if not words or words[0] not in TOPIC_OPENERS:
        return ()
    for index, word in enumerate(words[1:], start=1):
        if word in _TOPIC_ENDS or word in (";", ":"):
            return tuple(words[:index])
    return tuple(words)


#: Words after a comma that go on with a participle's phrase ("..., in Hanoi, on Monday").
_PHRASE_GOES_ON = frozenset(
    {"in", "on", "at", "during", "last", "this", "next", "earlier", "later", "the", "a", "an"}
    | {"and", "with", "by", "both", "along", "together", "as", "first", "then"}
)


def participle_end(
    doc: Doc, sentence_end: int, trigger_start: int, trigger_end: int, name_end: int
) -> int | None:
    """Where a participle set off by commas ends, when the main clause goes on after it.

    "The 2013 agreement on health cooperation, signed in Hanoi by the U.S. Ambassador and
    Vietnam's Minister of Health, expired last year": the phrase ends at the comma before
    the main verb, so "last year" dates the expiry, not the signing. None unless the
    comma before the trigger follows the instrument's name and its topic (``name_end``;
    not an appositive's: "Minister X, accompanied by his delegation, signed ...") and a comma
    with a lower-case word of another kind after it follows ("..., originally in April
    2006," goes on with the phrase).
    """
    if trigger_start < 1 or doc[trigger_start - 1].text != "," or name_end > trigger_start - 1:
        return None
    if "," in lower_words(doc, name_end, trigger_start - 1):
        return None  # the name, its topic ("on health cooperation"), then the comma
    for index in range(trigger_end, sentence_end - 1):
        if doc[index].text == ",":
            following = doc[index + 1]
            word = following.lower_
            if following.is_lower and word not in _PHRASE_GOES_ON and not word.endswith("ly"):
                return index
    return None
