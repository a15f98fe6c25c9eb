"""What describes a party rather than separating two: titles, demonyms, roles, lists.

"the United States and Salvadoran Minister of Foreign Affairs, Alexandra Hill Tinoco" is
one group of parties because the words between its mentions describe them; :mod:`.groups`
asks :func:`covered` which tokens do, and which semicolons separate the items of one list.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..extensions import COUNTRIES, PEOPLE, TITLES, cached_spans, span_cache, spans_between
from .parties import party_tokens
from .unnamed_rest import LIST_ENDS
from .words import lower_words

#: The possessive ending a country's name takes before a title ("Ghana's Minister").
POSSESSIVES = frozenset({"'s", "’s"})
# Words that may stand between two members of one group of parties.
GROUP_GLUE = frozenset(
    {
        ",",
        "and",
        "&",
        "of",
        "the",
        "as",
        "well",
        "both",
        "together",
        "(",
        ")",
        "-",
        "–",
        "—",
        "his",
        "her",
        "their",
        # "X and her counterpart from Chile's Ministry of Energy"
        "counterpart",
        "counterparts",
        "from",
        # modifiers of a title before its country ("and Acting U.S. Ambassador Jane Doe",
        # "and Deputy U.S. Trade Representative Sarah Bianchi")
        "acting",
        "deputy",
        "former",
        "interim",
        "outgoing",
        "incoming",
        # honorifics before a name ("and Sheikh Abdullah bin Zayed", "and His Royal Highness")
        "excellency",
        "highness",
        "majesty",
        "royal",
        "sheikh",
        "sheikha",
        "honorable",
        "honourable",
        "hon.",
        "h.e.",
        "mr.",
        "ms.",
        "mrs.",
        "dr.",
        "prof.",
        # offices in the plural before their countries ("Secretary Blinken and the Foreign
        # Ministers of Japan, Australia, and India")
        "ministers",
        "foreign",
        "leaders",
        "ambassadors",
        "representatives",
        # a body's kind after its name ("the EU delegation", "the Japanese government")
        "delegation",
        "delegations",
        "government",
        "governments",
        "embassy",
        "embassies",
    }
)
#: Adverbs between a subject and its verb that say how or when, not who: "that A and B
#: first signed in 2015", "X and Y jointly signed"; a relative clause's subject takes them
#: too (:data:`.clauses.SUBJECT_JOINERS`).
VERB_ADVERBS = frozenset(
    {"also", "jointly", "formally", "officially", "first", "originally", "initially"}
    | {"previously", "already"}
)
# Words that may stand between a subject and its verb ("X and Y today jointly signed").
ADVERBS = VERB_ADVERBS | frozenset(
    {
        ",",
        "today",
        "recently",
        "successfully",
        "have",
        "has",
        "had",
        "both",
        "together",
        "then",
        "now",
        "finally",
        "just",
        "all",
        "each",
        "yesterday",
        "proudly",
        "(",
        ")",
        "-",
        "–",
        "—",
        "who",
        "which",
        "that",
        "did",
        "will",
        "would",
        "to",
        "be",
        "been",
        "was",
        "were",
        "is",
        "are",
        "once",
        "again",
        "earlier",
        "later",
        "this",
        "week",
        "month",
        "year",
        "not",
        "never",
        "n't",
        "does",
        "do",
        # "He and his counterpart plan to sign": a planned signing's verbs
        "plan",
        "plans",
        "planned",
        "expect",
        "expects",
        "intend",
        "intends",
        "hope",
        "hopes",
        "aim",
        "aims",
        "look",
        "looks",
        "forward",
    }
)


#: Words after a semicolon that go on with a list ("; and the Minister of ...").
LIST_GOES_ON = frozenset({"and", "or", "the", "a", "an", "as"})


def list_semicolons(doc: Doc, start: int, end: int) -> set[int]:
    """Semicolons of ``doc[start:end]`` that separate the items of one list of parties.

    "The Minister of Finance of Ghana, Ken Ofori-Atta; the Minister of Economy of Togo,
    Sani Yaya; and the Minister of Finance of Benin, Romuald Wadagni, signed": the list
    ends with "; and" (or "; or"). Its items after the first hold only names, titles,
    articles, commas and prepositions (:data:`ITEM_WORDS`): going back from the end, an
    item with another lower-case word ("; Togo hosted the ceremony; and ...", "; and
    Secretary Blinken, who signed") is a clause and ends the list. A list of two items
    needs a comma inside the first ("Ghana, Ken Ofori-Atta; and Togo, Sani Yaya").
    """
    words = lower_words(doc, start, end)
    if ";" not in words:
        return set()
    marks = [i for i, word in enumerate(words) if word == ";"]
    finals = [i for i in marks if i + 1 < len(words) and words[i + 1] in LIST_ENDS]
    if not finals:
        return set()
    named = _named_tokens(doc, start, end)
    found: set[int] = set()
    item_end = len(words)
    for i in reversed([mark for mark in marks if mark <= finals[-1]]):
        if item_end == len(words):
            item_end = _last_item_end(doc, start, words, i, named)
        if not all(
            word in ITEM_WORDS or not doc[start + j].is_lower or start + j in named
            for j, word in enumerate(words[i + 1 : item_end], start=i + 1)
        ):
            break
        found.add(start + i)
        item_end = i
    if len(found) == 1:
        [mark] = found
        if "," not in words[max(0, mark - start - 8) : mark - start]:
            return set()
    return found


def _last_item_end(doc: Doc, start: int, words: list[str], mark: int, named: set[int]) -> int:
    """Where the list's last item ends: at a comma or adverb after its name.

    "..., Romuald Wadagni, at a ceremony in Accra", "... Wadagni today signed"; not before
    "who", "which" or "that", which open a clause of the last item.
    """
    seen = False
    for j in range(mark + 1, len(words)):
        if start + j in named:
            seen = True
            continue
        following = words[j + 1] if j + 1 < len(words) else ""
        if (
            seen
            and (words[j] == "," or words[j] in ADVERBS - {"who", "which", "that"})
            and following not in ("who", "which", "that")
            and start + j + 1 not in named
        ):
            return j
    return len(words)


#: Lower-case words an item of a list of parties may hold besides names and titles.
ITEM_WORDS = (
    GROUP_GLUE | POSSESSIVES | {"a", "an", "in", "on", "at", "for", "from", "to", "with", "by"}
)


def _named_tokens(doc: Doc, start: int, end: int) -> set[int]:
    """Tokens of the titles and party mentions between two offsets."""
    named = party_tokens(doc, start, end)
    for title in cached_spans(doc, TITLES):
        if title.end > start and title.start < end:
            named.update(range(title.start, title.end))
    return named


def describing_tokens(doc: Doc, start: int, end: int) -> set[int]:
    """Token indices that describe a party rather than separate two: titles and demonyms.

    "with Salvadoran Minister of Foreign Affairs, Alexandra Hill Tinoco" is one group, and
    so is a list whose items are separated by semicolons (:func:`list_semicolons`).
    """
    covered: set[int] = list_semicolons(doc, start, end)
    titles = cached_spans(doc, TITLES)
    demonyms, possessive_ends = _country_marks(doc)
    for span in [*titles, *demonyms]:
        if span.end > start and span.start < end:
            covered.update(range(span.start, span.end))
    title_starts = {t.start for t in titles if start < t.start <= end}
    # "and KARI President Lee Sang-chul", "and Bangladeshi Economic Relations Division
    # Secretary X": the name of a body the rules do not know, before its official's title.
    for title_start in title_starts:
        for i in range(title_start - 1, max(start, title_start - 4) - 1, -1):
            word = doc[i]
            if not (word.is_alpha and word.text[:1].isupper()) or word.lower_ == "and":
                break
            covered.add(i)
    # "and Ghana's Minister of Finance Ken Ofori-Atta", "and Bangladesh's Economic Relations
    # Division Secretary X", "and Barbados' Minister": the possessive before a title.
    for country_end in possessive_ends:
        if country_end + 1 in title_starts or country_end + 1 in covered:
            covered.add(country_end)
    # "the Minister of Health Dr Jerome Walcott": an honorific between title and name.
    people_starts = {p.start for p in cached_spans(doc, PEOPLE) if start < p.start <= end}
    for title in titles:
        if (
            start <= title.end < end
            and title.end + 1 in people_starts
            and doc[title.end].text.rstrip(".") in HONORIFICS
        ):
            covered.add(title.end)
    covered |= _role_appositives(doc, start, end)
    covered |= _home_after_names(doc, start, end)
    return covered


def _home_after_names(doc: Doc, start: int, end: int) -> set[int]:
    """Capitalised words after "of" behind a person's name: where the office is.

    "Governor Greg Abbott of Texas and Mexican Ambassador X signed": the state, a name the
    rules may not know, describes the first signer rather than ending the group.
    """
    covered: set[int] = set()
    for person in spans_between(doc, PEOPLE, start, end):
        if person.end + 1 >= end or doc[person.end].lower_ != "of":
            continue
        last = _capitalised_run_end(doc, person.end + 1, end)
        if last < 0:
            continue
        # "of Dublin, Ohio,", "of Washington, D.C.,": the place's state after its comma.
        if last + 2 < end and doc[last + 1].text == "," and doc[last + 2].text[:1].isupper():
            state_end = _capitalised_run_end(doc, last + 2, end, dotted=True)
            if state_end + 1 < end and doc[state_end + 1].text == ",":
                last = state_end + 1
        covered.update(range(person.end, last + 1))
    return covered


def _capitalised_run_end(doc: Doc, start: int, end: int, dotted: bool = False) -> int:
    """The last of up to four capitalised words from ``start`` (-1 if none): a place."""
    last = -1
    for i in range(start, min(end, start + 4)):
        text = doc[i].text
        if not (text[:1].isupper() and (doc[i].is_alpha or (dotted and text.endswith(".")))):
            break
        last = i
    return last


#: Honorifics written between an office and its holder's name.
HONORIFICS = frozenset({"Dr", "Mr", "Mrs", "Ms", "Prof", "Hon", "Sir", "Dame", "Engr", "Eng"})


#: Key of :func:`_country_marks` in the Doc's span-list cache (see ``span_cache``).
_MARKS_KEY = "\x1fcountry marks"


def _country_marks(doc: Doc) -> tuple[list[Span], list[int]]:
    """The Doc's demonyms, and the ends of the countries a possessive follows, in order.

    Made once per list of the Doc's countries rather than once per event: a release names
    dozens of countries, and a possessive is read from a Token each. Kept in the Doc's
    span-list cache, which drops it with the lists; a new list of countries (the group
    changed) makes it again.
    """
    countries = cached_spans(doc, COUNTRIES)
    entry = span_cache(doc)
    known = entry.get(_MARKS_KEY)
    if known is None or known[0] is not countries:
        demonyms = [span for span in countries if span.id_ == "demonym"]
        ends = [s.end for s in countries if s.end < len(doc) and _possessive(doc, s)]
        known = (countries, demonyms, ends)
        entry[_MARKS_KEY] = known
    return known[1], known[2]


def _possessive(doc: Doc, country: Span) -> bool:
    """Whether a possessive follows a country's name ("Ghana's", and "Barbados'" too)."""
    mark = doc[country.end].lower_
    return mark in POSSESSIVES or (mark in ("'", "’") and country.text.endswith("s"))


#: How many tokens a person's role between commas may take ("commanding general of V Corps").
_ROLE_REACH = 12
#: Words that open a person's role between commas.
_ROLE_OPENERS = frozenset(
    {"commanding", "commander", "director", "chief", "head", "chair", "chairman", "president"}
    | {"secretary", "minister", "ambassador", "administrator", "deputy", "acting", "vice"}
)


def _role_appositives(doc: Doc, start: int, end: int) -> set[int]:
    """Tokens of a person's role set off by commas before ", and" and the next party.

    "Maj. Gen. Thomas R. Calloway, commanding general of V Corps, and Lt. Gen. ...": a
    body the rules do not know keeps the list of signers together.
    """
    covered: set[int] = set()
    if "," not in lower_words(doc, start, end):
        return covered  # no role set off by commas
    for person in spans_between(doc, PEOPLE, max(0, start - _ROLE_REACH), end):
        at = person.end
        if not (start <= at < end) or doc[at].text != "," or at + 1 >= len(doc):
            continue
        if doc[at + 1].lower_ not in _ROLE_OPENERS:
            continue
        for close in range(at + 2, min(end, at + _ROLE_REACH)):
            if doc[close].text == ",":
                if close + 1 < len(doc) and doc[close + 1].lower_ == "and":
                    covered.update(range(at + 1, close))
                break
            if doc[close].lower_ in ROLE_BREAKS:
                break
    return covered


#: Words that end a person's role: a verb or a clause ("said", "who").
ROLE_BREAKS = frozenset({"said", "signed", "who", "which", "and", ";", "."})
