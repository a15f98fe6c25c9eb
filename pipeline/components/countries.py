"""Country mentions: names, abbreviations, demonyms and "the Government of X".

Writes ``doc.spans["countries"]``: label ``COUNTRY``, ``kb_id_`` the ISO alpha-3 code,
``id_`` the form of the mention: ``"name"`` ("El Salvador", "ROK", "U.S."), ``"demonym"``
("Salvadoran") or ``"government"`` ("Government of El Salvador", "Salvadoran Government";
the leading "the" is left out). In "the Governments of A, B and C" the government form
distributes: A's span starts at "Governments"; B and C, spans of their names alone, are
marked ``"government"`` too (likewise "the A and B Governments").

The forms come from the gazetteer ``countries.jsonl`` (see :mod:`pipeline.gazetteer`).
One ``PhraseMatcher`` matches them case-sensitively on whole tokens, so "Niger" never
matches inside "Nigeria" and "us" never matches "US"; it also matches the government
phrases built from them. Overlapping matches keep the longest ("Papua New Guinea" over
"Guinea"); a blocked phrase of the gazetteer ("Latin America", "New Mexico") wins like any
match and then yields nothing. A few one-word forms are decided by context, each by a
function below: Georgia (the U.S. state), Jordan, Chad, Holland, Welsh (people's names),
Turkey (the bird) and US (the pronoun in capitals). Only matches are looked at in Python.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple, get_type_hints

import numpy
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from ..errors import Errors, RuleSetError
from ..extensions import COUNTRIES, doc_text
from ..rules import read_jsonl, write_jsonl

LABEL = "COUNTRY"
NAME, DEMONYM, GOVERNMENT, BLOCKED = "name", "demonym", "government", "blocked"
DATA_FILE = "countries.jsonl"
#: The gazetteer of the bundled ``default`` rule set, used when none is given.
DEFAULT_COUNTRIES_PATH = Path(str(resources.files("undersigned_models") / "default" / DATA_FILE))
GOVERNMENT_HEADS = ("Government", "government", "Governments", "governments")
_COORDINATION = frozenset({",", "and", "the", "&"})
_ISO3 = re.compile(r"[A-Z]{3}")
# spaCy's English tokenizer keeps "U.S.-Japan" as one token: such glued abbreviations are
# found in the text, and the token is given to the abbreviation's country.
_GLUED = re.compile(r"\.[-–—](?=\w)")
_WORD = re.compile(r"\w+")

# --- Context rules ---------------------------------------------------------------------


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


US_STATE_NAMES = _words(
    "Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Hawaii "
    "Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts "
    "Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon "
    "Pennsylvania Tennessee Texas Utah Vermont Virginia Wisconsin Wyoming Carolina Dakota "
    "Hampshire"
)
US_STATE_CUES = US_STATE_NAMES | _words(
    "Atlanta Savannah Augusta Macon Governor governor governors Senator senator Senators "
    "senators county County counties Legislature legislature statewide"
)
US_STATE_FOLLOWERS = _words(
    "Department Bureau Governor governor Senator senator Senators senators Legislature legislature "
    "General State Tech Power Democrats Republicans Representative Supreme county counties "
    "voters election elections law laws"
)
GEORGIA_COUNTRY_CUES = _words(
    "Tbilisi Georgian Georgians Caucasus Abkhazia Ossetia Batumi Kutaisi Black"
)
PERSON_TITLES = _words(
    "Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Sen. Rep. Gov. Secretary Senator Representative Governor "
    "Judge Justice Director Commissioner Officer Agent Coach Administrator Ambassador Deputy "
    "Acting Chairman Chairwoman Chair Mayor Sgt. Captain Lieutenant Colonel General Gen. "
    "Admiral Professor Prof. Chief Envoy Counselor Spokesperson"
)
# Title-case words next to a country in headlines and names of bodies: they do not make
# "Jordan" or "Chad" a person's name.
NOT_NAME_WORDS = _words(
    "Joint Strategic Dialogue Statement Foreign Minister Ministry Embassy Government Relations "
    "Partnership Cooperation Agreement Valley River Basin Lake Day Summit Meeting Call Visit "
    "Travel Trip Security Assistance Program Armed Forces Air Army Navy Border Trade Economic "
    "Energy Investment Development Initiative Commission Council Committee Crown King Queen "
    "Prince Princess Kingdom Republic National Independence Task Force Mission Office "
    "Consulate Accords Treaty Memorandum Plan Fund Response Sea Region Delta Desert Today "
    "Yesterday Tomorrow Visiting Welcome Meanwhile Additionally Also Both"
)
BIRD_FOLLOWERS = _words(
    "dinner dinners pardon pardons pardoning pardoned sandwich sandwiches feast trot hunt "
    "hunting farm farms farmers leg legs breast bacon burger burgers meat gravy stuffing "
    "roast recipe recipes"
)
BIRD_PRECEDERS = frozenset({"Thanksgiving", "National", "roast", "Roast", "wild", "Wild"})
SHOUTED_VERBS = _words(
    "LET JOIN HELP TELL GIVE SHOW CONTACT FOLLOW EMAIL CALL VISIT WATCH TEXT WRITE ASK"
)


def sentence_words(doc: Doc, start: int, window: int = 40) -> set[str]:
    """The words of the sentence around token ``start`` (a window when none is set)."""
    try:
        sentence = doc[start].sent
        low, high = sentence.start, sentence.end
    except ValueError:  # no sentence boundaries (E030); Doc.has_annotation would scan all tokens
        low, high = max(0, start - window), min(len(doc), start + window)
    last = doc[high - 1]
    return set(_WORD.findall(doc_text(doc), doc[low].idx, last.idx + len(last)))


def _across_coordination(doc: Doc, index: int, step: int) -> str:
    """Text of the nearest token from ``index`` towards ``step`` that is not , and or."""
    while 0 <= index < len(doc) and doc[index].lower_ in {",", "and", "or"}:
        index += step
    return doc[index].text if 0 <= index < len(doc) else ""


def is_georgia_us_state(doc: Doc, start: int, end: int) -> bool:
    """True when "Georgia" at ``doc[start:end]`` is the U.S. state, not the country.

    The state: after "Atlanta," or "state of"; before "Department", "Senator",
    "'s governor"; next to another state ("Georgia and Alabama"); or with U.S.-state words
    (Governor, Senator, county, Atlanta) in its sentence and no cue of the country
    (Tbilisi, Georgian, Caucasus).
    """
    before = [t.text for t in doc[max(0, start - 2):start]]
    if before in (["Atlanta", ","], ["state", "of"], ["State", "of"]):
        return True
    after = doc[end:end + 2]
    if len(after) and after[0].text in ("'s", "’s"):
        after = after[1:]
    if len(after) and after[0].text in US_STATE_FOLLOWERS:
        return True
    if (_across_coordination(doc, end, 1) in US_STATE_NAMES
            or _across_coordination(doc, start - 1, -1) in US_STATE_NAMES):
        return True
    words = sentence_words(doc, start)
    return not words & GEORGIA_COUNTRY_CUES and bool(words & US_STATE_CUES)


def _looks_like_name_part(token: Token) -> bool:
    return bool(
        token.is_title and token.is_alpha and token.lower_ not in STOP_WORDS
        and token.text not in NOT_NAME_WORDS and token.text not in PERSON_TITLES
    )


def is_person_name(doc: Doc, start: int, end: int) -> bool:
    """True when a country form that is also a given or family name names a person.

    "Jordan Smith", "Michael Jordan", "Secretary Chad Wolf" are people; "in Jordan",
    "Jordan's King", "Jordan Strategic Dialogue" are the country.
    """
    if start > 0 and (doc[start - 1].text in PERSON_TITLES
                      or _looks_like_name_part(doc[start - 1])):
        return True
    return end < len(doc) and _looks_like_name_part(doc[end])


def is_turkey_the_bird(doc: Doc, start: int, end: int) -> bool:
    """True when "Turkey" is the bird: "Turkey dinner", "National Thanksgiving Turkey"."""
    if end < len(doc) and doc[end].lower_ in BIRD_FOLLOWERS:
        return True
    if start > 0 and doc[start - 1].text in BIRD_PRECEDERS:
        return True
    words = {word.lower() for word in sentence_words(doc, start)}
    return "thanksgiving" in words and bool(words & {"pardon", "pardons", "pardoned"})


def is_pronoun_us(doc: Doc, start: int, end: int) -> bool:
    """True when "US" is the pronoun in capitals: "JOIN US", "FOR US", "FOR JOINING US"."""
    for index in (start - 1, end):
        if 0 <= index < len(doc):
            token = doc[index]
            if not (token.is_upper and token.is_alpha and len(token) > 1):
                continue
            verb = token.text in SHOUTED_VERBS or (index < start and token.text.endswith("ING"))
            if verb or token.lower_ in STOP_WORDS:
                return True
    return False


#: One-word forms whose meaning depends on context, with the test that rejects them.
CONTEXT_RULES: dict[str, Callable[[Doc, int, int], bool]] = {
    "Georgia": is_georgia_us_state,
    "Jordan": is_person_name,
    "Chad": is_person_name,
    "Holland": is_person_name,
    "Welsh": is_person_name,
    "Turkey": is_turkey_the_bird,
    "US": is_pronoun_us,
}

# --- Choosing among matches --------------------------------------------------------------


def _longest_of(cluster: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    taken: set[int] = set()
    kept = []
    for match in sorted(cluster, key=lambda m: (m[1] - m[2], m[1])):
        if not taken.intersection(range(match[1], match[2])):
            kept.append(match)
            taken.update(range(match[1], match[2]))
    return sorted(kept, key=lambda m: m[1])


def longest_first(matches: Iterable[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Keep the longest of overlapping ``(key, start, end)`` matches, the earliest on ties.

    Returns:
        The kept matches, sorted by start.
    """
    kept: list[tuple[int, int, int]] = []
    cluster: list[tuple[int, int, int]] = []
    cluster_end = -1
    for match in sorted(matches, key=lambda m: (m[1], -m[2])):
        if match[1] >= cluster_end:  # no overlap with the cluster: settle it
            kept.extend(_longest_of(cluster) if len(cluster) > 1 else cluster)
            cluster, cluster_end = [], -1
        cluster.append(match)
        cluster_end = max(cluster_end, match[2])
    kept.extend(_longest_of(cluster) if len(cluster) > 1 else cluster)
    return kept


def spread_governments(doc: Doc, mentions: list[list[Any]]) -> None:
    """Mark countries coordinated with a plural government form as governments, in place.

    ``mentions`` are ``[start, end, iso3, form, spread]``; ``spread`` is 1 for
    "Governments of A, B and C" (towards the right), -1 for "A and B Governments".
    """
    for position, mention in enumerate(mentions):
        step = mention[4]
        other = position + step
        while step and 0 <= other < len(mentions):
            left, right = (mentions[other - 1], mentions[other]) if step > 0 else (
                mentions[other], mentions[other + 1])
            if any(t.lower_ not in _COORDINATION for t in doc[left[1]:right[0]]):
                break
            mentions[other][3] = GOVERNMENT
            other += step


# --- The component -----------------------------------------------------------------------


def load_countries(path: Path) -> list[dict[str, Any]]:
    """Read and check a gazetteer file of ``{"iso3", "name", "names", "demonyms", "blocked"}``.

    Raises:
        RuleSetError: Naming file and line of invalid JSON, a missing or unknown field, a
            code that is not three capitals, or a list holding something other than text.
    """
    records = read_jsonl(path, required={"iso3": str, "name": str, "names": list,
                                         "demonyms": list}, optional={"blocked": list})
    with path.open(encoding="utf-8") as handle:
        lines = [number for number, text in enumerate(handle, start=1) if text.strip()]
    checked = []
    for line, record in zip(lines, records, strict=True):
        if not _ISO3.fullmatch(record["iso3"]):
            raise RuleSetError(Errors.E404.format(
                path=path, line=line, key="iso3", value=record["iso3"],
                expected="an ISO alpha-3 code of three capital letters"))
        for key in ("names", "demonyms", "blocked"):
            values = record.get(key) or []
            if not all(isinstance(v, str) and v.strip() for v in values):
                raise RuleSetError(Errors.E404.format(
                    path=path, line=line, key=key, value=values,
                    expected="a list of non-empty strings"))
        checked.append(record)
    return checked


class _Key(NamedTuple):
    form: str
    iso3: str
    rule: Callable[[Doc, int, int], bool] | None
    spread: int


class CountryRecognizer:
    """Find country mentions with one ``PhraseMatcher`` built from gazetteer records.

    Args:
        nlp: The pipeline; its tokenizer splits the gazetteer forms into patterns.
        name: The component name.
        government_forms: Match "Government of X" and "X Government" as one mention.
        context_rules: Reject Georgia, Jordan, Chad, Holland, Welsh, Turkey and US when
            their context says they are not the country (see ``CONTEXT_RULES``).
    """

    def __init__(
        self, nlp: Language, name: str, *, government_forms: bool, context_rules: bool
    ) -> None:
        self.name = name
        self.nlp = nlp
        self.government_forms = government_forms
        self.context_rules = context_rules
        self.entries: list[dict[str, Any]] = []
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._keys: dict[int, _Key] = {}
        self._abbreviations: dict[str, int] = {}  # "U.S." -> its match key
        self._label = nlp.vocab.strings.add(LABEL)

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Any]] | None = None,
        *,
        nlp: Language | None = None,
        countries_path: Path | None = None,
    ) -> None:
        """Load the gazetteer (by default the one of the bundled ``default`` rule set)."""
        self.set_entries(load_countries(Path(countries_path or DEFAULT_COUNTRIES_PATH)))

    def _patterns(self, entry: dict[str, Any]) -> dict[_Key, list[list[str]]]:
        """Token lists to match for one country, by match key."""
        iso3 = entry["iso3"]
        patterns: dict[_Key, list[list[str]]] = {}
        for form, field in ((NAME, "names"), (DEMONYM, "demonyms"), (BLOCKED, "blocked")):
            for doc in map(self.nlp.make_doc, entry.get(field) or []):
                words = [t.text for t in doc]
                rule = CONTEXT_RULES.get(words[0]) if len(words) == 1 else None
                patterns.setdefault(_Key(form, iso3, rule, 0), []).append(words)
                if not self.government_forms or form == BLOCKED:
                    continue
                for head in GOVERNMENT_HEADS:
                    plural = head.endswith("s")
                    patterns.setdefault(_Key(GOVERNMENT, iso3, None, -plural), []).append(
                        [*words, head])
                    if form == NAME:
                        left = patterns.setdefault(_Key(GOVERNMENT, iso3, None, +plural), [])
                        left += [[head, "of", *words], [head, "of", "the", *words]]
        return patterns

    def set_entries(self, entries: list[dict[str, Any]]) -> None:
        """Build the matcher from gazetteer records."""
        self.entries = entries
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        self._keys, self._abbreviations = {}, {}
        strings = self.nlp.vocab.strings
        for entry in entries:
            for key, word_lists in self._patterns(entry).items():
                rule_name = key.rule.__name__ if key.rule else ""
                name = f"{key.form}:{key.iso3}:{key.spread}:{rule_name}"
                self._keys[strings.add(name)] = key
                self.matcher.add(name, [Doc(self.nlp.vocab, words=w) for w in word_lists])
                if key.form == NAME:
                    self._abbreviations.update(
                        {w[0]: strings[name] for w in word_lists if len(w) == 1
                         and w[0].endswith(".")})
        for text in (NAME, DEMONYM, GOVERNMENT, *(e["iso3"] for e in entries)):
            strings.add(text)

    def _glued_matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """Matches of abbreviations glued to a dash ("U.S.-Japan"), as whole tokens."""
        text = doc_text(doc)
        found = []
        for dash in _GLUED.finditer(text):
            for abbreviation, key in self._abbreviations.items():
                begin = dash.start() + 1 - len(abbreviation)
                if text.startswith(abbreviation, begin) and (
                        begin == 0 or not (text[begin - 1].isalnum() or text[begin - 1] == ".")):
                    found.append((begin, key))
                    break
        if not found:
            return []
        starts = doc.to_array("IDX")
        matches = []
        for char, key in found:
            index = int(numpy.searchsorted(starts, char))
            if index < len(starts) and starts[index] == char:
                matches.append((key, index, index + 1))
        return matches

    def mentions(self, doc: Doc) -> list[list[Any]]:
        """Country mentions of a Doc as ``[start, end, iso3, form, spread]``, by start."""
        if not len(doc):
            return []
        matches = list(self.matcher(doc)) + self._glued_matches(doc)
        mentions: list[list[Any]] = []
        for key_id, start, end in longest_first(matches):
            key = self._keys[key_id]
            if key.form == BLOCKED:
                continue
            if key.rule is not None and self.context_rules and key.rule(doc, start, end):
                continue
            mentions.append([start, end, key.iso3, key.form, key.spread])
        if any(mention[4] for mention in mentions):
            spread_governments(doc, mentions)
        return mentions

    def __call__(self, doc: Doc) -> Doc:
        """Set ``doc.spans["countries"]``."""
        if not self.entries:
            raise RuleSetError(Errors.E400.format(name=self.name))
        strings = doc.vocab.strings
        doc.spans[COUNTRIES] = [
            Span(doc, start, end, label=self._label, kb_id=strings[iso3], span_id=strings[form])
            for start, end, iso3, form, _ in self.mentions(doc)
        ]
        return doc

    def to_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> None:
        """Save the gazetteer records as ``countries.jsonl`` in the folder ``path``."""
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        write_jsonl(folder / DATA_FILE, self.entries)

    def from_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> CountryRecognizer:
        """Load the gazetteer saved by :meth:`to_disk`."""
        file = Path(path) / DATA_FILE
        if not file.is_file():
            raise RuleSetError(Errors.E406.format(path=Path(path)))
        self.set_entries(load_countries(file))
        return self


# spaCy validates the settings of ``nlp.initialize()`` with pydantic, which needs the
# types themselves, not the strings that postponed annotations leave.
CountryRecognizer.initialize.__annotations__ = get_type_hints(CountryRecognizer.initialize)


@Language.factory(
    "undersigned_countries",
    default_config={"government_forms": True, "context_rules": True},
)
def make_country_recognizer(
    nlp: Language, name: str, government_forms: bool, context_rules: bool
) -> CountryRecognizer:
    """Build the country recognizer (registered as ``undersigned_countries``)."""
    return CountryRecognizer(
        nlp, name, government_forms=government_forms, context_rules=context_rules
    )
