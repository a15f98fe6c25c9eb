"""Government bodies (AGENCY) and international organisations (ORG).

Writes ``doc.spans["agencies"]`` (label ``AGENCY``) and ``doc.spans["organizations"]``
(label ``ORG``); each span's ``kb_id_`` is the canonical name, its ``id_`` the rule that
found it, and ``doc._.entity_attrs`` gets the acronym and country (ISO alpha-3) of each.
Candidates come from three sources, none of which loops over all tokens in Python:

* the gazetteer ``agencies.jsonl``: canonical names, variants and acronyms, matched by one
  case-sensitive ``PhraseMatcher``. Acronyms match only as written ("ICE", never "ice");
  capitals forms of long names are added so that "THE WHITE HOUSE" matches.
* the patterns ``agency_patterns.jsonl``: a trigger ("Ministry of", "Embassy", "Foreign
  Ministry") found by the same matcher, whose name ("Foreign Affairs"), country (a
  ``doc.spans["countries"]`` span just before it or after "of") and place ("in Kyiv")
  are then read from the text around it.
* acronyms defined in the release ("National Space Science Agency (NSSA)") whose long form
  is a known body or looks like a government body, and their later mentions.

Overlapping candidates keep the longest; gazetteer entries win ties. Organisations are
recognised so that they are never labelled AGENCY.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

import pycountry
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import ensure_path

from ..errors import Errors, RuleSetError
from ..extensions import AGENCIES, COUNTRIES, doc_text, set_entity_attrs
from ..rules import read_jsonl, write_jsonl

ORGANIZATIONS = "organizations"
AGENCY_LABEL, ORG_LABEL = "AGENCY", "ORG"
AGENCIES_FILE, PATTERNS_FILE = "agencies.jsonl", "agency_patterns.jsonl"
DEFAULT_FOLDER = Path(__file__).resolve().parents[2] / "models" / "default"
KINDS, ANCHORS = ("agency", "organization"), ("required", "optional")
AGENCY_FIELDS: dict[str, Any] = {"name": str}
AGENCY_OPTIONAL: dict[str, Any] = {
    "acronyms": list, "variants": list, "office_variants": list, "country": str, "kind": str,
    "case_sensitive_acronyms": bool,
}
PATTERN_FIELDS: dict[str, Any] = {"id": str, "trigger": str, "body": str}
PATTERN_OPTIONAL: dict[str, Any] = {
    "anchor": str, "takes_name": bool, "takes_place": bool, "nearest_country": bool, "kind": str,
}

# Words that end a body's name or place: the title or name that follows it
# ("Bureau of Energy Resources Senior Official ...", "U.S. Embassy Bogota Chargé ...").
DEFAULT_STOP_WORDS = [
    "Minister", "Ministers", "Secretary", "Spokesperson", "Spokesman", "Spokeswoman", "Director",
    "Official", "Officials", "Senior", "Principal", "Deputy", "Assistant", "Acting", "Ambassador",
    "Chargé", "Charge", "Chief", "Head", "Administrator", "Commissioner", "Chair", "Chairman",
    "Chairwoman", "Chairperson", "President", "Vice", "CEO", "Under", "Envoy", "Advisor",
    "Adviser", "Counselor", "Attaché", "Officer", "Former", "Governor", "Mayor", "Senator",
    "Congressman", "Congresswoman", "Judge", "Headquarters", "Public", "Consular", "Section",
    "Staff", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "The", "This", "These", "In", "On", "At", "As", "We", "I",
    "Today",
]
# A defined long form containing one of these is a government body ("... Agency (NSSA)").
DEFAULT_GOVERNMENT_HEADS = [
    "Department", "Ministry", "Ministries", "Agency", "Office", "Administration", "Commission",
    "Bureau", "Service", "Council", "Command", "Embassy", "Consulate", "Directorate", "Authority",
    "Secretariat", "Survey", "Guard", "Forces", "Army", "Navy", "Police", "Corps",
]
# ... unless it starts with one of these: then it is an international organisation.
DEFAULT_ORGANIZATION_MARKERS = [
    "International", "United Nations", "UN", "U.N.", "World", "Global", "European", "Africa",
    "African", "Inter-American", "Pan American", "Asian", "Organization", "Organisation",
]
# Two-letter acronyms that are also U.S. postal codes ("Arlington, VA", "D-VA", "VA-08").
US_STATE_CODES = frozenset(re.findall(r"[A-Z]{2}", """
    AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ
    NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC"""))
_US_PREFIXES = ("U.S. ", "US ", "United States ")
# Country names said with "the": "of the United Arab Emirates", "of the ROK".
_THE_FIRST = ("Republic", "Kingdom", "United", "Federated", "Democratic", "People",
              "Commonwealth", "Principality", "Sultanate", "Islamic", "State of", "Grand Duchy",
              "Holy See", "Czech")
_THE_LAST = ("Islands", "Republic", "Emirates", "States", "Netherlands", "Philippines",
             "Bahamas", "Gambia", "Maldives")
_CONNECTORS = frozenset({"and", "of", "for", "on", "the", "&", "de", "del", "des", "la", "le"})
_SPACE = r"[^\S\n]+"  # any white space but a line break (releases use U+202F, U+00A0)
_NAME_STEP = re.compile(
    rf"(,)?{_SPACE}([A-Z][\w'’.&-]*|(?:{'|'.join(sorted(_CONNECTORS))})(?![\w'’-]))"
)
_PLACE_STEP = re.compile(rf"{_SPACE}([A-Z][\w'’.-]*)")
_PLACE_PREPOSITION = re.compile(rf"{_SPACE}(?:in|to){_SPACE}(?:the{_SPACE})?")
_OF = re.compile(rf"{_SPACE}of{_SPACE}(?:the{_SPACE})?")
_BEFORE_TRIGGER = re.compile(r"(?:['’]s)?[^\S\n]*")
_CAPITALISED_BEFORE = re.compile(r"[A-Z][^\s]*[^\S\n]*$")
_DEFINITION = re.compile(r"\(([A-Z][A-Za-z&]*[A-Z]s?)\)")
_WORD_SEPARATORS = re.compile(r"[,()]")
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_POSSESSIVE_IN_NAMES = frozenset({"Women", "Children", "People", "Veterans", "Workers"})


@dataclass(frozen=True)
class Body:
    """What a span stands for."""

    canonical: str
    kind: str
    country: str | None
    acronym: str | None = None


@dataclass(frozen=True)
class Candidate:
    """A possible span: tokens ``start:end``, its body, its rule and a tie-break rank."""

    start: int
    end: int
    body: Body
    rule: str
    rank: int = 0


@dataclass(frozen=True)
class BodyPattern:
    """A country-anchored body: one line of ``agency_patterns.jsonl``."""

    id: str
    trigger: str
    body: str
    anchor: str = "required"
    takes_name: bool = False
    takes_place: bool = False
    nearest_country: bool = False
    kind: str = "agency"


# --- data files ----------------------------------------------------------------------

def _lines(path: Path) -> list[int]:
    with path.open(encoding="utf-8") as handle:
        return [number for number, line in enumerate(handle, start=1) if line.strip()]


def _require(ok: bool, path: Path, line: int, key: str, value: Any, expected: str) -> None:
    if not ok:
        raise RuleSetError(Errors.E009.format(path=path, line=line, key=key, value=value,
                                              expected=expected))


def read_agencies(path: Path) -> list[dict[str, Any]]:
    """Read and check the gazetteer; errors name the file and line."""
    records = list(read_jsonl(path, required=AGENCY_FIELDS, optional=AGENCY_OPTIONAL))
    first: dict[str, int] = {}
    for record, line in zip(records, _lines(path), strict=True):
        name, country = record["name"], record.get("country")
        _require(bool(name.strip()), path, line, "name", name, "a non-empty name")
        _require(record.get("kind", "agency") in KINDS, path, line, "kind", record.get("kind"),
                 " or ".join(KINDS))
        _require(country is None or re.fullmatch(r"[A-Z]{3}", country) is not None, path, line,
                 "country", country, "an ISO 3166 alpha-3 code or null")
        for key in ("acronyms", "variants", "office_variants"):
            values = record.get(key) or []
            _require(all(isinstance(v, str) and v.strip() for v in values), path, line, key,
                     values, "a list of non-empty strings")
        if name in first:
            raise RuleSetError(
                Errors.E421.format(path=path, line=line, name=name, first=first[name]))
        first[name] = line
    return records


def read_patterns(path: Path) -> list[dict[str, Any]]:
    """Read and check the body patterns; errors name the file and line."""
    records = list(read_jsonl(path, required=PATTERN_FIELDS, optional=PATTERN_OPTIONAL))
    for record, line in zip(records, _lines(path), strict=True):
        pattern = BodyPattern(**record)
        _require(bool(pattern.trigger.strip()), path, line, "trigger", pattern.trigger,
                 "a non-empty phrase")
        _require(pattern.anchor in ANCHORS, path, line, "anchor", pattern.anchor,
                 " or ".join(ANCHORS))
        _require(pattern.kind in KINDS, path, line, "kind", pattern.kind, " or ".join(KINDS))
        _require(("{name}" in pattern.body) == pattern.takes_name, path, line, "body",
                 pattern.body, "a '{name}' placeholder exactly when takes_name is true")
    return records


# --- countries -------------------------------------------------------------------------

@lru_cache(maxsize=512)
def _iso_name(iso3: str) -> str:
    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        return "Kosovo" if iso3 == "XKX" else iso3
    name = getattr(country, "common_name", None) or country.name
    if "," in name:  # "Korea, Republic of"
        head, tail = name.split(", ", 1)
        name = getattr(country, "official_name", None) or f"{tail} {head}"
    return re.sub(r"^(?i:the) ", "", name)


def country_name(span: Span) -> str:
    """A country as canonical names give it: as written, or the ISO short name of a demonym."""
    if span.id_ == "name":
        return re.sub(r"^(?:the|The) ", "", span.text)
    return _iso_name(span.kb_id_)


def with_article(name: str) -> str:
    """'United Arab Emirates' -> 'the United Arab Emirates'; 'El Salvador' unchanged."""
    if name.isupper() or name.startswith(_THE_FIRST) or name.endswith(_THE_LAST):
        return f"the {name}"
    return name


class Countries:
    """The ``doc.spans["countries"]`` of one Doc, indexed by character offsets."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc

    @cached_property
    def spans(self) -> list[Span]:
        """The spans in text order (read on first use: most Docs never need them)."""
        return sorted(self.doc.spans.get(COUNTRIES, []), key=lambda span: span.start_char)

    @cached_property
    def by_start(self) -> dict[int, Span]:
        """Spans by start offset."""
        return {span.start_char: span for span in self.spans}

    @cached_property
    def by_end(self) -> dict[int, Span]:
        """Spans by end offset."""
        return {span.end_char: span for span in self.spans}

    @cached_property
    def starts(self) -> list[int]:
        """Start offsets, sorted."""
        return [span.start_char for span in self.spans]

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
        if match is None or not text[match.end(): match.end() + 1].isupper():
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


# --- reading names and places ------------------------------------------------------------

def read_name(text: str, char: int, countries: Countries, stop: frozenset[str],
              heads: frozenset[str]) -> tuple[str, int, Span | None] | None:
    """The capitalised name after a trigger ("Ministry of| Foreign Affairs of El Salvador").

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
        listed = bool(words) and (bool(match.group(1)) or words[-1][0] in _CONNECTORS)
        if core.split("-")[0] in stop or (words and core in heads) or (
                listed and match.start(2) in countries.by_start):
            break  # "... Senior Official", "... and Ministry of Health", "... and El Salvador"
        words.append((core, bool(match.group(1)), match.start(2) + len(core)))
        position = match.end()
        if core != word or (_POSSESSIVE.search(core) and _POSSESSIVE.sub("", core) not in
                            _POSSESSIVE_IN_NAMES):
            break  # the period ended the sentence; "State's [Bureau]" ends the name
    commas = [i for i, (_, comma, _) in enumerate(words) if comma]
    if commas and not any(word in ("and", "&") for word, _, _ in words[commas[-1]:]):
        words = words[: commas[-1]]  # "Policy, Employee Benefits [Administration]" is a list
    while words and words[-1][0] in _CONNECTORS:
        words.pop()
    if not words:
        return None
    last = _POSSESSIVE.sub("", words[-1][0])
    end = words[-1][2] - len(words[-1][0]) + len(last)
    words[-1] = (last, words[-1][1], end)
    name = "".join((", " if comma else " ") + word for word, comma, _ in words).strip()
    return name, (country.end_char if country is not None else end), country


def read_place(text: str, char: int, countries: Countries, stop: frozenset[str]
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


def _initials(words: tuple[str, ...]) -> list[tuple[str, bool]]:
    """The initials of words, each with whether an acronym may leave it out.

    Connectors may be left out ("Department of Defense" is "DD" or "DOD"), so may the
    second part of a hyphenated word ("Inter-American" is "I" or "IA"); "U.S." gives "US".
    """
    found = []
    for word in words:
        if word in _CONNECTORS:
            if word[0].isalpha():
                found.append((word[0].upper(), True))
        elif word.count(".") > 1:
            found.append((word.replace(".", "").upper(), False))
        else:
            first, *rest = word.split("-")
            found.append((first[:1].upper(), False))
            found.extend((part[0], True) for part in rest if part[:1].isupper())
    return found


@lru_cache(maxsize=4096)
def spells(acronym: str, words: tuple[str, ...], whole: bool = False) -> bool:
    """True when ``acronym`` spells the initials of the words.

    It may spell those of the last words only, unless ``whole``; and the letters may come
    in any order, for names translated from another language ("Supreme Electoral Council
    (CSE)").
    """
    letters = "".join(ch for ch in acronym.removesuffix("s") if ch.isupper())
    for first in [0] if whole else range(len(words)):
        if words[first] in _CONNECTORS:
            continue
        initials = _initials(words[first:])
        positions = {0}
        for initial, optional in initials:
            positions = {p + len(initial) for p in positions if letters.startswith(initial, p)} | (
                positions if optional else set())
        required = sorted("".join(initial for initial, optional in initials if not optional))
        if len(letters) in positions or required == sorted(letters):
            return True
    return False


def long_form(text: str, end: int, acronym: str, *, lowercase: bool = False
              ) -> tuple[int, list[str]] | None:
    """Start and words of the words ending at ``end`` whose initials ``acronym`` spells.

    The words must be capitalised, unless ``lowercase`` ("maritime domain awareness (MDA)").
    """
    offset = max(0, end - 120)
    words = _WORD_SEPARATORS.sub(" ", text[offset:end]).split()
    letters = sum(1 for ch in acronym.removesuffix("s") if ch.isupper())
    content, first_letters = 0, set(acronym.upper())
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        if word in _CONNECTORS:
            continue
        content += 1
        if content > letters or not (lowercase or word[0].isupper()):
            return None
        if word[0].upper() in first_letters and spells(acronym, tuple(words[index:]), whole=True):
            start = end
            for previous in reversed(words[index:]):
                start = text.rfind(previous, offset, start)
            return start, words[index:]
    return None


def select(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Keep the longest of overlapping candidates (then the lower rank, then the earlier)."""
    taken: set[int] = set()
    kept = []
    for candidate in sorted(candidates, key=lambda c: (c.start - c.end, c.rank, c.start)):
        tokens = range(candidate.start, candidate.end)
        if not taken.intersection(tokens):
            taken.update(tokens)
            kept.append(candidate)
    return sorted(kept, key=lambda c: c.start)


def write_spans(doc: Doc, candidates: list[Candidate]) -> None:
    """Write both span groups and the entity attributes of the selected candidates."""
    groups: dict[str, list[Span]] = {AGENCIES: [], ORGANIZATIONS: []}
    attrs: dict[tuple[str, str], dict[str, str | None]] = {}
    for candidate in candidates:
        body = candidate.body
        is_agency = body.kind == "agency"
        label, group = (AGENCY_LABEL, AGENCIES) if is_agency else (ORG_LABEL, ORGANIZATIONS)
        groups[group].append(Span(doc, candidate.start, candidate.end, label=label,
                                  kb_id=body.canonical, span_id=candidate.rule))
        known = attrs.setdefault((label, body.canonical), {"acronym": None, "country": None})
        known["acronym"] = known["acronym"] or body.acronym
        known["country"] = known["country"] or body.country
    for name, spans in groups.items():
        doc.spans[name] = spans
    for (label, canonical), values in attrs.items():
        set_entity_attrs(doc, label, canonical, **values)


class AgencyRecognizer:
    """Find agencies and organisations; see the module docstring."""

    def __init__(self, nlp: Language, name: str, *, define_acronyms: bool, country_window: int,
                 name_stop_words: list[str], government_heads: list[str],
                 organization_markers: list[str]) -> None:
        self.nlp = nlp
        self.name = name
        self.define_acronyms = define_acronyms
        self.country_window = country_window
        self.stop_words = frozenset(name_stop_words)
        self.government_heads = frozenset(government_heads)
        self.organization_markers = tuple(organization_markers)
        self._build([], [])  # empty tables, so that to_disk works before initialize
        self.matcher: PhraseMatcher | None = None  # None until data is loaded: see __call__

    def initialize(self, get_examples: Any = None, *, nlp: Language | None = None,
                   agencies_path: Path | None = None, patterns_path: Path | None = None) -> None:
        """Load the gazetteer and the patterns (those of the default rule set when not given)."""
        self._build(read_agencies(Path(agencies_path or DEFAULT_FOLDER / AGENCIES_FILE)),
                    read_patterns(Path(patterns_path or DEFAULT_FOLDER / PATTERNS_FILE)))

    def to_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> None:
        """Save the gazetteer and the patterns as JSONL files in the folder ``path``."""
        folder = ensure_path(path)
        folder.mkdir(parents=True, exist_ok=True)
        write_jsonl(folder / AGENCIES_FILE, self.agency_records)
        write_jsonl(folder / PATTERNS_FILE, self.pattern_records)

    def from_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> AgencyRecognizer:
        """Load what :meth:`to_disk` saved."""
        folder = ensure_path(path)
        self._build(read_agencies(folder / AGENCIES_FILE), read_patterns(folder / PATTERNS_FILE))
        return self

    def _build(self, agencies: list[dict[str, Any]], patterns: list[dict[str, Any]]) -> None:
        self.agency_records, self.pattern_records = agencies, patterns
        self.bodies = [Body(r["name"], r.get("kind", "agency"), r.get("country"),
                            (r.get("acronyms") or [None])[0]) for r in agencies]
        self.patterns = [BodyPattern(**r) for r in patterns]
        self.acronyms: dict[str, int] = {}
        phrases: dict[str, set[str]] = {}
        for index, record in enumerate(agencies):
            for role, phrase in gazetteer_phrases(record):
                phrases.setdefault(f"G{index}:{role}", set()).add(phrase)
            for acronym in record.get("acronyms") or []:
                self.acronyms.setdefault(acronym, index)
        for index, pattern in enumerate(self.patterns):
            phrases[f"P{index}"] = {pattern.trigger}
        matcher = PhraseMatcher(self.nlp.vocab)
        # match id -> (role, body) of a gazetteer phrase, or ("pattern", pattern)
        self.keys: dict[int, tuple[str, Body | BodyPattern]] = {}
        for key, forms in phrases.items():
            number, _, role = key[1:].partition(":")
            target = self.patterns[int(number)] if key[0] == "P" else self.bodies[int(number)]
            self.keys[self.nlp.vocab.strings.add(key)] = (role or "pattern", target)
            matcher.add(key, [self.nlp.make_doc(form) for form in sorted(forms)])
        self.matcher = matcher

    def __call__(self, doc: Doc) -> Doc:
        """Write the agency and organisation spans of ``doc``."""
        if self.matcher is None:
            raise RuleSetError(Errors.E420.format(name=self.name))
        write_spans(doc, self.find(doc) if len(doc) else [])
        return doc

    def find(self, doc: Doc) -> list[Candidate]:
        """The agencies and organisations of a Doc, overlaps resolved."""
        assert self.matcher is not None
        text, countries = doc_text(doc), Countries(doc)
        found: list[Candidate] = []
        triggers: list[tuple[int, int, BodyPattern]] = []
        for match_id, start, end in self.matcher(doc):
            role, target = self.keys[match_id]
            if isinstance(target, BodyPattern):
                triggers.append((start, end, target))
            elif gazetteer_context_ok(doc, start, end, role):
                rule = "gazetteer_acronym" if role == "state_code" else f"gazetteer_{role}"
                found.append(Candidate(start, end, target, rule))
        # The gazetteer knows the full name of a body it starts ("Department of State");
        # reading a name there would run on ("Department of State Antony J. Blinken").
        starts = {c.start for c in found}
        for start, end, pattern in triggers:
            if not (pattern.takes_name and start in starts):
                candidate = self._from_pattern(doc, text, countries, start, end, pattern)
                found.extend([candidate] if candidate is not None else [])
        if self.define_acronyms:
            found = self._with_definitions(doc, text, countries, found)
        return select(found)

    def _from_pattern(self, doc: Doc, text: str, countries: Countries, start: int, end: int,
                      pattern: BodyPattern) -> Candidate | None:
        first, last = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
        country = countries.before(text, first)
        span_start, span_end, body = (country.start_char if country else first), last, pattern.body
        if pattern.takes_name:
            named = read_name(text, last, countries, self.stop_words, self.government_heads)
            if named is None:
                return None
            name, span_end, after = named
            body, country = pattern.body.format(name=name), country or after
        elif country is None:
            country = countries.after_of(text, last)
            span_end = country.end_char if country is not None else span_end
        if country is None and pattern.nearest_country:
            country = countries.nearest_foreign(first, self.country_window)
        elif country is None and pattern.anchor == "required":
            return None
        place = None
        if pattern.takes_place:
            place = read_place(text, span_end, countries, self.stop_words)
        iso = country.kb_id_ if country is not None else None
        if iso == "USA":
            canonical = f"U.S. {body}" + (f" in {place[0]}" if place else "")
        elif country is not None:
            canonical = f"{body} of {with_article(country_name(country))}"
            home = place is not None and (place[0].startswith("Washington") or (
                place[2] is not None and place[2].kb_id_ == "USA"))
            canonical += f" in {place[0]}" if place is not None and not home else ""
        else:
            canonical = body
        span = doc.char_span(span_start, place[1] if place else span_end, alignment_mode="expand")
        if span is None:
            return None
        body_found = Body(canonical, pattern.kind, iso)
        return Candidate(span.start, span.end, body_found, pattern.id, rank=1)

    def _with_definitions(self, doc: Doc, text: str, countries: Countries,
                          found: list[Candidate]) -> list[Candidate]:
        """Add the long forms and mentions of acronyms defined as "Long Form (LF)"."""
        ends = {c.end: c for c in sorted(found, key=lambda c: c.end - c.start)}  # longest wins
        defined: dict[str, Body | None] = {}
        for match in _DEFINITION.finditer(text):
            acronym, end = match.group(1), match.start()
            while end and text[end - 1].isspace():
                end -= 1
            bracket = doc.char_span(match.start(), match.start() + 1, alignment_mode="expand")
            known = ends.get(bracket.start) if bracket is not None else None
            known_words = tuple(doc[known.start:known.end].text.split()) if known else ()
            if known is not None and spells(acronym, known_words):
                body: Body | None = known.body
            elif (spelled := long_form(text, end, acronym,
                                       lowercase=acronym in self.acronyms)) is not None:
                start, words = spelled
                if not all(w[0].isupper() for w in words if w not in _CONNECTORS):
                    body = None  # "maritime domain awareness (MDA)": not a body
                elif acronym in self.acronyms:  # a variant the gazetteer lacks
                    body = self.bodies[self.acronyms[acronym]]
                else:
                    body = self._classify(words, countries.before(text, start))
                span = doc.char_span(start, end, alignment_mode="expand")
                if body is not None and span is not None:
                    found.append(Candidate(span.start, span.end, body, "defined_acronym"))
            else:
                continue
            if body is not None:
                body = Body(body.canonical, body.kind, body.country, acronym)
            defined.setdefault(acronym, body)
        if not defined:
            return found
        # The release's own definition overrides the gazetteer's meaning of an acronym.
        kept = [c for c in found if not (
            c.rule == "gazetteer_acronym" and doc[c.start].text in defined
            and getattr(defined[doc[c.start].text], "canonical", None) != c.body.canonical)]
        new = sorted(acronym for acronym, body in defined.items()
                     if body is not None and acronym not in self.acronyms)
        if new:
            for match in re.finditer(r"\b(?:" + "|".join(map(re.escape, new)) + r")\b", text):
                span, body = doc.char_span(match.start(), match.end()), defined[match.group(0)]
                if span is not None and body is not None:
                    kept.append(Candidate(span.start, span.end, body, "defined_acronym_mention"))
        return kept

    def _classify(self, words: list[str], country: Span | None) -> Body | None:
        """The body of a defined long form that looks like a government body or organisation."""
        if not self.government_heads.intersection(words):
            return None
        name = " ".join(words)
        if name.startswith(self.organization_markers):
            return Body(name, "organization", None)
        return Body(name, "agency", country.kb_id_ if country is not None else None)


def gazetteer_phrases(record: dict[str, Any]) -> Iterable[tuple[str, str]]:
    """(role, phrase) pairs of one gazetteer entry, with the forms derived from it."""
    names = [record["name"], *(record.get("variants") or [])]
    offices = list(record.get("office_variants") or [])
    if record.get("country") == "USA":  # "U.S. X", "US X" and "United States X" for each X
        for forms in (names, offices):
            for form in list(forms):
                prefix = next((p for p in _US_PREFIXES if form.startswith(p)), "")
                forms.extend(p + form[len(prefix):] for p in _US_PREFIXES if p != prefix)
    for form in names:
        if " " in form:
            yield "name", form
            yield "name", form.upper()
        else:
            yield ("acronym" if form.isupper() else "single"), form  # "Treasury", "Pentagon"
    for form in offices:
        yield "office", form
    for acronym in record.get("acronyms") or []:
        yield ("state_code" if acronym in US_STATE_CODES else "acronym"), acronym
        if record.get("case_sensitive_acronyms") is False:
            yield "acronym", acronym.capitalize()


def gazetteer_context_ok(doc: Doc, start: int, end: int, role: str) -> bool:
    """Whether a gazetteer match means the body in its context."""
    if role in ("name", "acronym"):
        return True
    before = doc[start - 1].text if start else ""
    after = doc[end].text if end < len(doc) else ""
    if role == "state_code":  # "VA", but not "Arlington, VA" or "D-VA"
        return before not in {",", "-"} and after != "-"
    if role == "single":  # "Secretary of the Treasury" is a title, not the department
        return before != "of" and not (
            before == "the" and start > 1 and doc[start - 2].text == "of")
    if role == "office":  # "the U.S. Trade Representative", not "... Representative Tai"
        return before.lower() == "the" and not after[:1].isupper()
    return True


# nlp.initialize() validates these settings from the signature, which needs types rather than
# the strings that `from __future__ import annotations` leaves there.
AgencyRecognizer.initialize.__annotations__.update(
    agencies_path=Path | None, patterns_path=Path | None
)


@Language.factory(
    "undersigned_agencies",
    default_config={
        "define_acronyms": True,
        "country_window": 400,
        "name_stop_words": DEFAULT_STOP_WORDS,
        "government_heads": DEFAULT_GOVERNMENT_HEADS,
        "organization_markers": DEFAULT_ORGANIZATION_MARKERS,
    },
)
def make_agency_recognizer(nlp: Language, name: str, define_acronyms: bool, country_window: int,
                           name_stop_words: list[str], government_heads: list[str],
                           organization_markers: list[str]) -> AgencyRecognizer:
    """Build the agency recognizer (registered as ``undersigned_agencies``)."""
    return AgencyRecognizer(nlp, name, define_acronyms=define_acronyms,
                            country_window=country_window, name_stop_words=name_stop_words,
                            government_heads=government_heads,
                            organization_markers=organization_markers)
