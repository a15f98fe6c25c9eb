"""Where an instrument's name ends and the place it was signed in begins.

"The Memorandum of Understanding on Energy Cooperation in Kigali" names its topic and then
its place; "the Framework for Cooperation in Education" only its topic. :mod:`.instruments`
asks :func:`ends_name` at each "in" of a capitalised name.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..extensions import COUNTRIES, doc_attr, doc_text, spans_between
from ..places import Place
from .words import is_name_word, lower_words

#: The longest place name looked up after "in", in tokens ("Rio de Janeiro").
LONGEST_PLACE = 4
#: Words after "in <Name>" that go on with an instrument's name ("in Support of", "in
#: Principle on").
NAME_GOES_ON = frozenset({"of", "on", "for", "to"})


def _run_end(doc: Doc, start: int, limit: int) -> int:
    """The end of the capitalised words from ``start`` (at most :data:`LONGEST_PLACE`)."""
    end = start
    while end < min(limit, start + LONGEST_PLACE) and is_name_word(doc[end].text):
        end += 1
    return end


def place_starts(doc: Doc, sentence: Span, places: dict[str, Place]) -> set[int]:
    """Tokens of the sentence that begin a place.

    Countries anywhere, and after "in": the dateline's place as written ("THE HAGUE"), a
    city or state of the rule set's ``places.csv`` with no capitalised word after it ("in
    Kigali on Monday", not "in Enterprise Development"), or a name followed by a comma and
    a country ("in Davos, Switzerland").
    """
    countries = {
        span.start
        for span in spans_between(doc, COUNTRIES, sentence.start, sentence.end)
        if span.id_ != "demonym"
    }
    starts = set(countries)
    words = lower_words(doc, sentence.start, sentence.end)
    if "in" not in words:
        return starts
    dateline = str(doc_attr(doc, "dateline") or "").split(",")[0].strip()
    for i, word in enumerate(words[:-1]):
        start = sentence.start + i + 1
        # "in The Hague": a place's own article is capitalised, unlike a topic's.
        if word != "in" or not (is_name_word(doc[start].text) or doc[start].text == "The"):
            continue
        end = _run_end(doc, start, sentence.end)
        if (
            (dateline and _written_at(doc, start, dateline))
            or _known_place(doc, start, places)
            or (doc[start].text == "The" and start + 1 in countries)  # "in The Gambia"
            or (
                end + 1 < sentence.end
                and doc[end].text == ","
                and end + 1 in countries
                and _country_ends(doc, end + 1, sentence.end)
            )
        ):
            starts.add(start)
    return starts


def _written_at(doc: Doc, start: int, place: str) -> bool:
    """Whether ``place`` is written at token ``start``, whatever its case, as whole words."""
    text, at = doc_text(doc), doc[start].idx
    following = text[at + len(place) : at + len(place) + 1]
    return text[at : at + len(place)].lower() == place.lower() and not following.isalnum()


def _known_place(doc: Doc, start: int, places: dict[str, Place]) -> bool:
    """Whether a place of ``places`` starts at ``start`` with no name word after it.

    Looked up as written, lower-case words included ("Rio de Janeiro", "Dar es Salaam").
    """
    if not places:
        return False
    text, begin = doc_text(doc), doc[start].idx
    for stop in range(min(len(doc), start + LONGEST_PLACE + 2), start, -1):
        if text[begin : doc[stop - 1].idx + len(doc[stop - 1])] in places:
            return stop >= len(doc) or not is_name_word(doc[stop].text)
    return False


def ends_name(doc: Doc, head_end: int, at: int, starts: set[int], dates: set[int]) -> bool:
    """Whether "in" at token ``at`` ends the name that has its head end at ``head_end``.

    It does before a place of :func:`place_starts`, unless another "in <Name>" follows
    the place ("Cooperation in Antarctica in Santiago": the last one is where); right
    after the head, unless the words after it go on with "of", "on" ("Letter of Intent in
    Support of ...", "Agreement in Principle on ..."); and at a second "in" ("... in the
    Central Arctic Ocean in Ilulissat"). After a topic word it goes on ("Agreement on
    Cooperation in Science").
    """
    limit = len(doc)
    end = _run_end(doc, at + 1, limit)
    again = (
        end + 1 < limit
        and doc[end].lower_ == "in"
        and is_name_word(doc[end + 1].text)
        and end + 1 not in dates
    )
    if at + 1 in starts:
        return not again
    if at == head_end:
        goes_on = (
            end + 1 < limit
            and doc[end].lower_ in NAME_GOES_ON
            and end + 1 not in dates
            and any(is_name_word(doc[i].text) for i in (end + 1, end + 2) if i < limit)
            and (
                doc[end + 1].lower_ != "the" or end + 2 < limit and is_name_word(doc[end + 2].text)
            )
        )
        return not goes_on
    return "in" in lower_words(doc, head_end, at)


def _country_ends(doc: Doc, start: int, limit: int) -> bool:
    """Whether the country at ``start`` ends its phrase ("in Davos, Switzerland, on ...")."""
    spans = [s for s in spans_between(doc, COUNTRIES, start, limit) if s.start == start]
    end = max((s.end for s in spans), default=start + 1)
    if end >= limit or doc[end].is_punct or doc[end].lower_ in PLACE_FOLLOWERS:
        return True
    # "in Kasane, Botswana and pledged ...": not "in Education, Ghana and Togo will".
    return (
        doc[end].lower_ == "and"
        and end + 1 < limit
        and doc[end + 1].is_lower
        and doc[end + 1].lower_ not in ("the", "its", "their")
    )


#: Words after "<town>, <country>" that end the place phrase ("in Kasane, Botswana today").
PLACE_FOLLOWERS = frozenset(
    {"on", "in", "at", "during", "today", "yesterday", "this", "last", "earlier", "by", "to"}
    | {"for", "as", "where", "under", "with", "following", "after", "before", "amid"}
)
