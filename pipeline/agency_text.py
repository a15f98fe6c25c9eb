"""Reading the text around an agency trigger: countries, names, places, words.

Pure functions over the release text (character offsets) and the Doc's country spans,
used by :mod:`pipeline.components.agencies`:

* :func:`gazetteer_context_ok` tells whether a gazetteer match means the body where it
  stands ("Treasury", but not in "Secretary of the Treasury");
* :class:`Countries` indexes ``doc.spans["countries"]`` by character offsets, so that a
  country just before a trigger ("Salvadoran Ministry"), after "of" ("Ministry of Foreign
  Affairs of El Salvador") or the nearest foreign one can be found;
* :func:`read_name` and :func:`read_place` read the capitalised name after a trigger
  ("Ministry of| Foreign Affairs") and the place after a mission ("Embassy| in Kyiv");
* :func:`find_words` finds the later mentions of an acronym a release defines (whether
  an acronym spells a run of words is :mod:`pipeline.acronyms`).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

import pycountry
from spacy.tokens import Doc, Span

from .extensions import COUNTRIES
from .span_offsets import OffsetIndex

# Country names said with "the": "of the United Arab Emirates", "of the ROK".
_THE_FIRST = (
    "Republic",
    "Kingdom",
    "United",
    "Federated",
    "Democratic",
    "People",
    "Commonwealth",
    "Principality",
    "Sultanate",
    "Islamic",
    "State of",
    "Grand Duchy",
    "Holy See",
    "Czech",
)
_THE_LAST = (
    "Islands",
    "Republic",
    "Emirates",
    "States",
    "Netherlands",
    "Philippines",
    "Bahamas",
    "Gambia",
    "Maldives",
)
#: Lowercase words and marks that may stand inside a body's name ("Ministry of Health").
CONNECTORS = frozenset({"and", "of", "for", "on", "the", "&", "de", "del", "des", "la", "le"})
_SPACE = r"[^\S\n]+"  # any white space but a line break (releases use U+202F, U+00A0)
_NAME_STEP = re.compile(
    rf"(,)?{_SPACE}([A-Z][\w'’.&-]*|(?:{'|'.join(sorted(CONNECTORS))})(?![\w'’-]))"
)
_PLACE_STEP = re.compile(rf"{_SPACE}([A-Z][\w'’.-]*)")
_PLACE_PREPOSITION = re.compile(rf"{_SPACE}(?:in|to){_SPACE}(?:the{_SPACE})?")
_OF = re.compile(rf"{_SPACE}of{_SPACE}(?:the{_SPACE})?")
_BEFORE_TRIGGER = re.compile(r"(?:['’]s)?[^\S\n]*")
_CAPITALISED_BEFORE = re.compile(r"[A-Z][^\s]*[^\S\n]*$")
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_POSSESSIVE_IN_NAMES = frozenset({"Women", "Children", "People", "Veterans", "Workers"})
_LEADING_THE = re.compile(r"^(?:the|The) ")
_LEADING_THE_ANY_CASE = re.compile(r"^(?i:the) ")


@lru_cache(maxsize=512)
def iso_country_name(iso3: str) -> str:
    """A country's short name from its ISO alpha-3 code ("KOR" -> "South Korea")."""
    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        return "Kosovo" if iso3 == "XKX" else iso3
    name = getattr(country, "common_name", None) or country.name
    if "," in name:  # "Korea, Republic of"
        head, tail = name.split(", ", 1)
        name = getattr(country, "official_name", None) or f"{tail} {head}"
    return _LEADING_THE_ANY_CASE.sub("", name)


def load_country_names() -> None:
    """Load pycountry's table now: at initialize time rather than at the first demonym."""
    iso_country_name("USA")


def country_name(span: Span) -> str:
    """A country as canonical names give it: as written, or the ISO short name of a demonym."""
    if span.id_ == "name":
        return _LEADING_THE.sub("", span.text)
    return iso_country_name(span.kb_id_)


def with_article(name: str) -> str:
    """'United Arab Emirates' -> 'the United Arab Emirates'; 'El Salvador' unchanged."""
    if name.isupper() or name.startswith(_THE_FIRST) or name.endswith(_THE_LAST):
        return f"the {name}"
    return name


class Countries:
    """The ``doc.spans["countries"]`` of one Doc, indexed by character offsets."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._index: OffsetIndex | None = None

    @property
    def index(self) -> OffsetIndex:
        """The spans by offsets (made on first use: most Docs never need them).

        The index is kept with the Doc and shared with the people recognizer's
        :class:`~pipeline.title_context.SpanContext`; its spans are the objects the country
        recognizer wrote when it ran in this process, as reading the group would build
        each Span again.
        """
        if self._index is None:
            self._index = OffsetIndex.of(self.doc, COUNTRIES)
        return self._index

    @property
    def spans(self) -> list[Span]:
        """The spans in text order."""
        return self.index.spans

    @property
    def by_start(self) -> dict[int, Span]:
        """Spans by start offset."""
        return self.index.by_start

    @property
    def by_end(self) -> dict[int, Span]:
        """Spans by end offset."""
        return self.index.by_end

    @property
    def starts(self) -> list[int]:
        """Start offsets, sorted."""
        return self.index.starts

    def before(self, text: str, char: int) -> Span | None:
        """A country just before ``char``: "Salvadoran |", "El Salvador's |"."""
        if not _CAPITALISED_BEFORE.search(text, max(0, char - 40), char):
            return None  # no capitalised word there: spare building the index
        for end in range(char, max(-1, char - 4), -1):
            span = self.by_end.get(end)
            if span is not None and _BEFORE_TRIGGER.fullmatch(text, end, char):
                return span
        return None

    def after_of(self, text: str, char: int) -> Span | None:
        """A country after "of" or "of the" at ``char``."""
        match = _OF.match(text, char)
        if match is None or not text[match.end() : match.end() + 1].isupper():
            return None
        return self.by_start.get(match.end())

    def nearest_foreign(self, char: int, window: int) -> Span | None:
        """The closest country other than the U.S. before ``char``, within ``window``."""
        index = bisect.bisect_left(self.starts, char) - 1
        while index >= 0 and self.spans[index].start_char >= char - window:
            if self.spans[index].kb_id_ != "USA":
                return self.spans[index]
            index -= 1
        return None


#: Words before a one-word name ("Treasury") that make it another government's body:
#: Kenya's "National Treasury", the UK's "HM Treasury", a "County Treasury".
OTHER_BODY_WORDS = frozenset(
    {"National", "Royal", "HM", "Majesty's", "Majesty’s", "Federal", "Provincial"}
    | {"Regional", "Municipal", "County", "City", "State"}
)


def gazetteer_context_ok(doc: Doc, start: int, end: int, role: str) -> bool:
    """Whether a gazetteer match means the body in its context."""
    if role in ("name", "acronym"):
        return True
    before = doc[start - 1].text if start else ""
    after = doc[end].text if end < len(doc) else ""
    if role == "state_code":  # "VA", but not "Arlington, VA" or "D-VA"
        return before not in {",", "-"} and after != "-"
    if role == "single":  # "Secretary of the Treasury" is a title, not the department
        return (
            before != "of"
            and not (before == "the" and start > 1 and doc[start - 2].text == "of")
            and before not in OTHER_BODY_WORDS
        )
    if role == "office":  # "the U.S. Trade Representative", not "... Representative Tai"
        return before.lower() == "the" and not after[:1].isupper()
    return True


# --- Names, places and acronyms ----------------------------------------------------------


def read_name(
    text: str,
    char: int,
    countries: Countries,
    stop: frozenset[str],
    heads: frozenset[str],
    portfolio: frozenset[str] = frozenset(),
    office_words: frozenset[str] = frozenset(),
    acronyms: frozenset[str] = frozenset(),
) -> tuple[str, int, Span | None] | None:
    """The capitalised name after a trigger ("Ministry of| Foreign Affairs of El Salvador").

    With ``portfolio`` words ("Health", "Affairs"), a person named after the body is left
    out (:func:`_before_a_person`); ``office_words`` ("Attorney", "General") are no name's;
    a known body's acronym after "and" is another body ("Ministry of Health and USAID").

    Returns:
        The name, its end offset (that of the country when "of (the) <country>" ends it)
        and that country; None when no capitalised word follows.
    """
    words: list[tuple[str, bool, int]] = []  # word, comma before it, end offset
    position, country = char, None
    while len(words) < 12:
        match = _NAME_STEP.match(text, position)
        if match is None:
            break
        word = match.group(2)
        if word == "of" and words:
            country = countries.after_of(text, position)
            if country is not None:
                break
        core = word[:-1] if word.endswith(".") and word.count(".") == 1 else word
        listed = bool(words) and (bool(match.group(1)) or words[-1][0] in CONNECTORS)
        if (
            (core.split("-")[0] in stop and (words or core not in NAME_OPENERS))
            or (words and core in heads)
            or (listed and (match.start(2) in countries.by_start or core in acronyms))
        ):
            break  # "... Senior Official", "... and Ministry of Health", "... and El Salvador"
        words.append((core, bool(match.group(1)), match.start(2) + len(core)))
        position = match.end()
        if core != word or (
            _POSSESSIVE.search(core) and _POSSESSIVE.sub("", core) not in _POSSESSIVE_IN_NAMES
        ):
            break  # the period ended the sentence; "State's [Bureau]" ends the name
    words = _before_a_person(words, portfolio, office_words)
    commas = [i for i, (_, comma, _) in enumerate(words) if comma]
    if commas and not any(word in ("and", "&") for word, _, _ in words[commas[-1] :]):
        words = words[: commas[-1]]  # "Policy, Employee Benefits [Administration]" is a list
    while words and words[-1][0] in CONNECTORS:
        words.pop()
    if not words:
        return None
    last = _POSSESSIVE.sub("", words[-1][0])
    end = words[-1][2] - len(words[-1][0]) + len(last)
    words[-1] = (last, words[-1][1], end)
    name = "".join((", " if comma else " ") + word for word, comma, _ in words).strip()
    return name, (country.end_char if country is not None else end), country


#: Stop words that may open a body's name: "Ministry of Public Health" (but "the U.S.
#: Embassy Public Affairs Section" ends before it).
NAME_OPENERS = frozenset({"Public", "Consular"})


def _before_a_person(
    words: list[tuple[str, bool, int]], portfolio: frozenset[str], office_words: frozenset[str]
) -> list[tuple[str, bool, int]]:
    """A body's name words up to a person named after it.

    Two words of no portfolio right after a portfolio word ("Ministry of Health Aspect
    Maunganidze and ..."), or a list item of two such words after a comma ("Ministry of
    Health, Simon Zwane, and ..."), are a name, not the body's. "Office of Foreign Assets
    Control", "Office of the Washington State Attorney General" and "Ministry of
    Agriculture, Livestock and Fisheries" keep their words.
    """
    if not portfolio:
        return words

    def plain(index: int) -> bool:
        word = words[index][0]
        return word not in portfolio and word not in CONNECTORS and word not in office_words

    for i in range(1, len(words) - 1):
        if (
            words[i - 1][0] in portfolio
            and not words[i][1]
            and not words[i + 1][1]
            and plain(i)
            and plain(i + 1)
        ):
            return words[:i]
        if words[i][1] and plain(i) and plain(i + 1) and (i + 2 == len(words) or words[i + 2][1]):
            return words[:i]
    return words


def read_place(
    text: str, char: int, countries: Countries, stop: frozenset[str]
) -> tuple[str, int, Span | None] | None:
    """The place after a mission: " in San Salvador", " Bogota", " to the United States"."""
    match = _PLACE_PREPOSITION.match(text, char)
    start = match.end() if match else char
    country = countries.by_start.get(start if match else start + 1)
    if country is not None and not text.startswith(" City", country.end_char):
        return country_name(country), country.end_char, country
    words: list[str] = []
    position, end = (start - 1 if match else start), char
    while len(words) < (3 if match else 2):
        step = _PLACE_STEP.match(text, position)
        if step is None:
            break
        word = _POSSESSIVE.sub("", step.group(1).removesuffix("."))
        if not word or word in stop:
            break
        words.append(word)
        position = end = step.start(1) + len(word)
        if word != step.group(1):
            break
    return (" ".join(words), end, None) if words else None


def _is_word_char(char: str) -> bool:
    r"""What ``\w`` matches in a ``str`` pattern."""
    return char.isalnum() or char == "_"


def find_words(text: str, words: list[str]) -> list[tuple[int, int, str]]:
    r"""Whole-word occurrences of ``words`` in ``text``, as ``re.finditer`` would find them.

    The same matches as ``re.finditer(r"\b(?:w1|w2|...)\b", text)`` for words that begin
    and end with a word character (acronyms), found with ``str.find``: compiling and running
    such a pattern costs far more than looking for a few acronyms.

    Returns:
        (start, end, word) of each occurrence, in text order, without overlaps; at one
        position the first word in ``words`` order wins.
    """
    found = []
    for order, word in enumerate(words):
        start = text.find(word)
        while start != -1:
            end = start + len(word)
            if (start == 0 or not _is_word_char(text[start - 1])) and (
                end == len(text) or not _is_word_char(text[end])
            ):
                found.append((start, order, end, word))
            start = text.find(word, start + 1)
    kept, reached = [], 0
    for start, _, end, word in sorted(found):
        if start >= reached:
            kept.append((start, end, word))
            reached = end
    return kept
