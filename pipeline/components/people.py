"""People anchored by titles, honorifics, bylines and speech verbs; and their titles.

Writes ``doc.spans["people"]`` (label ``PERSON``, ``kb_id_`` the name as written, made
canonical by :mod:`.aliases`, ``id_`` ``"name"``), ``doc.spans["titles"]`` (label
``TITLE``: the title as written without determiner or nationality adjective, ``kb_id_``
the person's name or ``""`` when the title stands alone, ``id_`` the ISO alpha-3 code of
the title's country or ``""``) and the entity attributes ``PERSON:<name>`` (``title``:
the longest, ``country``, ``agency``). Names in capitals get a ``kb_id_`` capitalised by
``nameparser`` ("DANIEL R. MCKAY JR." -> "Daniel R. McKay Jr.").

A capitalised word is taken as a name only where the context says so: after a title
("Acting Secretary of Homeland Security Kevin K. McAleenan", "Senators Reed and
Whitehouse"), an honorific ("Mr. Spavor"), a role ("citizens Michael Spavor and Michael
Kovrig"); before ", <title>" ("Antony J. Blinken, Secretary of State", so bylines too);
next to a speech verb ("said Al Owais", "Maria Lopez said"; two words at least); in a
speaker label or signature in capitals ("SECRETARY BLINKEN:", "JOSEPH R. BIDEN JR.").
A name is capitalised words, initials, particles ("van der", "bin", "al-") and a suffix
("Jr."); it stops at other punctuation and at the words of ``name_stopwords.jsonl``, at
title words and at words in capitals.

Cues (titles, honorifics, roles, speech verbs) are found on tokens by one
``PhraseMatcher``; anchored regular expressions then run at their offsets, so the Python
work grows with the number of cues, not of tokens.

A title's country, first found wins: a country or agency just before it ("Salvadoran
Minister", "El Salvador's Minister", "State Department Spokesperson"); "of <country>"
or an agency inside it ("Secretary of the U.S. Department of Homeland Security");
"of <country>" after the name ("President Nayib Bukele of El Salvador"); last, the
component's ``home_country`` for offices marked ``home`` in ``titles.jsonl`` (U.S.
federal offices: "Secretary of State", "Vice President", "Senator"), only when no word
naming a body stands before the title and no "of" phrase was added to the office
("Secretary of Foreign Affairs" of Mexico stays unknown). A UK "Secretary of State for
..." with no country before it is therefore taken as American: rule sets for other
publishers set ``home_country`` and the ``home`` marks to match.

Data (rule set files, read with :func:`pipeline.rules.read_jsonl`):

- ``titles.jsonl``: ``title`` as written and ``kind``: ``head`` (an office; optional
  ``complements``: prepositions it takes, "of", "for", "to", "on", "in", "at";
  ``family``: the office it names, "Minister" for "Foreign Minister"; ``home``;
  ``plural``: "Senators"; ``in_name``: a king's title, kept in the name, "King Abdullah
  II"; ``min_name_tokens``: 2 for ranks that are also common words, "General"),
  ``modifier`` ("Acting", "Deputy"), ``honorific`` ("Mr.", "His Excellency"), ``role``
  (lower-case nouns before names, "citizens") or ``portfolio`` (words of an office's
  "of ..." phrase that may precede a name without a comma, "Foreign", "Affairs"; never
  part of a name).
- ``name_stopwords.jsonl``: ``word`` and ``kind``: ``function`` ("The", "Today") and
  ``org`` ("Department", "Office") words are never part of a name; ``time`` words
  ("May", "Monday") do not start one.

The lexicon and the name shapes live in :class:`TitleLexicon`, shared with
:mod:`.aliases`.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, get_type_hints

import numpy
from nameparser import HumanName
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from ..errors import Errors, RuleSetError
from ..extensions import AGENCIES, COUNTRIES, PEOPLE, TITLES, doc_text, entity_key
from ..rules import read_jsonl, write_jsonl

TITLES_FILE = "titles.jsonl"
STOPWORDS_FILE = "name_stopwords.jsonl"
DEFAULT_FOLDER = Path(__file__).resolve().parents[2] / "models" / "default"
TITLE_KINDS = ("head", "modifier", "honorific", "role", "portfolio")
STOPWORD_KINDS = ("function", "time", "org")
PREPOSITIONS = ("of", "for", "to", "on", "in", "at")
DEFAULT_SPEECH_VERBS = [
    "said", "says", "added", "noted", "stated", "told", "explained", "emphasized",
    "stressed", "remarked", "according to",
]
# Modifiers that do not change the office: "the Secretary" is "Acting Secretary X".
NEUTRAL_MODIFIERS = frozenset({"Acting", "Interim", "Designate"})
SUFFIXES = frozenset({"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"})
ROMAN = frozenset({"II", "III", "IV", "VI", "VII", "VIII"})
PARTICLES = frozenset({
    "de", "da", "das", "do", "dos", "du", "del", "della", "der", "den", "di", "van", "von",
    "ter", "bin", "bint", "ibn", "ben", "al", "el", "la", "le", "y",
})
PLACE_PREPOSITIONS = frozenset({
    "in", "In", "at", "At", "from", "From", "near", "across", "throughout", "into", "within",
    "outside", "inside",
})

_UP = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f"
_WORD = rf"(?:[OD]['’])?(?:[ae]l-)?[{_UP}][^\W\d_]*(?:-[^\W\d_]+)*"
_INITIALS = rf"[{_UP}]\.(?:[^\S\r\n]?[{_UP}]\.)*"
_PART = rf"(?:{_INITIALS}|{_WORD})"
_PARTICLE = "(?:" + "|".join(sorted(PARTICLES, key=len, reverse=True)) + ")"
_BLANK = r"[^\S\r\n]"  # white space within a line, no-break spaces included
_SEP = _BLANK + "+"
_NAME = (
    rf"(?:{_PARTICLE}{_SEP})*{_PART}(?:{_SEP}(?:{_PARTICLE}{_SEP})*{_PART}){{0,7}}"
    rf"(?:,?{_SEP}(?:Jr\.|Sr\.)|{_SEP}(?:II|III|IV)(?![\w-]))?"
)
NAME_RE = re.compile(_NAME)
_TOKEN_RE = re.compile(r"[^\s,]+")
_INITIALS_RE = re.compile(rf"{_INITIALS}")
_PREP_RE = re.compile(r"[^\S\r\n]+(of|for|to|on|in|at)(?=[^\S\r\n])")
_COMPLEMENT_TOKEN_RE = re.compile(r"[^\S\r\n]*(\([A-Z][\w.&-]*\)|,|[^\s,()]+)")
_CONNECTORS = frozenset({"of", "for", "to", "on", "and", "the", "&", "in"})
_ACRONYM_RE = re.compile(r"[A-Z][A-Z.&-]*[A-Z.]")
_CHAIN_RE = re.compile(r",[^\S\r\n]+|[^\S\r\n]+and[^\S\r\n]+")
_LIST_JOINT_RE = re.compile(
    rf"(?:{_BLANK}*\([^()\n]{{1,20}}\))?(?:,?{_SEP}and{_SEP}|,{_SEP}|{_SEP}as well as{_SEP})"
)
# What may stand between the comma after a name and a title: "the former Russian".
_APPOSITIVE_RE = re.compile(
    rf"{_SEP}(?:the{_SEP})?(?:(?:current|former|then|outgoing|incoming){_SEP})?"
    rf"(?:[A-Z][\w.’'&-]*{_SEP}){{0,3}}"
)
_NAME_WORD_RE = re.compile(rf"(?:{_PART}|{_PARTICLE}|Jr\.|Sr\.),?")
_OPENERS = "\"“‘'(["
_BLANK_RE = re.compile(r",?[^\S\r\n]+")
_BLANK_ONLY_RE = re.compile(r"[^\S\r\n]+")
_LIST_FOLLOWS_RE = re.compile(
    rf",{_SEP}(?:and{_SEP})?[{_UP}][^\W\d_]*{_SEP}[{_UP}]|,{_SEP}and{_SEP}[{_UP}]"
)
_OF_RE = re.compile(r"[^\S\r\n]+of[^\S\r\n]+(?:the[^\S\r\n]+)?")
# Both start with a line break, a literal that the regex engine finds fast.
_LABEL_RE = re.compile(r"\n[^\S\n]*([A-Z][A-Z .’'\-]*[A-Z.])[^\S\n]*:")
_CAPITAL_LINE_RE = re.compile(r"\n[^\S\n]*([A-Z][A-Z .,’'\-]*[A-Z.])[^\S\n]*(?=\n|$)")
_LETTERS_RE = re.compile(r"[^\W\d_]+")
_LINE_BLANKS = " \t\u00a0\u2007\u2009\u202f"


def _pattern(phrase: str) -> str:
    """A lexicon phrase as a regular expression: any apostrophe, any blank."""
    return _SEP.join(re.sub("['’]", "['’]", re.escape(word)) for word in phrase.split())


def previous_word(text: str, start: int) -> tuple[int, str]:
    """The word before the blanks that end at ``start``, on the same line, and its offset."""
    end = start
    while end and text[end - 1] in _LINE_BLANKS:
        end -= 1
    begin = end
    while begin and not text[begin - 1].isspace():
        begin -= 1
    return (begin, text[begin:end]) if end < start else (start, "")


def _normal(phrase: str) -> str:
    return " ".join(phrase.replace("’", "'").split())


def title_case(text: str) -> str:
    """Capitals to title case without changing the length ("MCALEENAN" -> "Mcaleenan")."""

    def word(match: re.Match[str]) -> str:
        value = match.group(0)
        cased = value[0] + value[1:].lower()
        return value if value in ROMAN or len(cased) != len(value) else cased

    return _LETTERS_RE.sub(word, text)


@lru_cache(maxsize=4096)
def capitalise(name: str) -> str:
    """A name written in capitals, capitalised by ``nameparser`` ("McAleenan", "Jr.")."""
    human = HumanName(name)
    human.capitalize(force=True)
    return str(human)


@dataclass(frozen=True)
class TitleEntry:
    """One line of ``titles.jsonl`` (a head title, or its plural form)."""

    title: str
    kind: str
    complements: tuple[str, ...] = ()
    family: str = ""
    home: bool = False
    plural: str = ""
    in_name: bool = False
    min_name_tokens: int = 1
    plural_form: bool = False


def _numbered_records(path: Path, **fields: Any) -> Iterator[tuple[int, dict[str, Any]]]:
    lines = [n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if line.strip()]
    yield from zip(lines, read_jsonl(path, **fields), strict=True)


def _check(path: Path, line: int, key: str, value: Any, allowed: Iterable[str]) -> None:
    if value not in allowed:
        raise RuleSetError(Errors.E441.format(
            path=path, line=line, key=key, value=value, expected=", ".join(allowed)))


def read_titles(path: Path) -> list[dict[str, Any]]:
    """Read and check ``titles.jsonl``; errors name the file and line."""
    records = []
    for line, record in _numbered_records(
        path, required={"title": str, "kind": str},
        optional={"complements": list, "family": str, "home": bool, "plural": str,
                  "in_name": bool, "min_name_tokens": int},
    ):
        _check(path, line, "kind", record["kind"], TITLE_KINDS)
        for preposition in record.get("complements") or []:
            _check(path, line, "complements", preposition, PREPOSITIONS)
        if not record["title"].strip():
            raise RuleSetError(Errors.E442.format(path=path, line=line))
        records.append(record)
    return records


def read_stopwords(path: Path) -> list[dict[str, Any]]:
    """Read and check ``name_stopwords.jsonl``; errors name the file and line."""
    records = []
    for line, record in _numbered_records(path, required={"word": str, "kind": str}):
        _check(path, line, "kind", record["kind"], STOPWORD_KINDS)
        records.append(record)
    return records


def load_lexicon(titles_path: Path | None, stopwords_path: Path | None) -> TitleLexicon:
    """Read the two data files (by default those of the bundled ``default`` rule set)."""
    paths = [Path(titles_path or DEFAULT_FOLDER / TITLES_FILE),
             Path(stopwords_path or DEFAULT_FOLDER / STOPWORDS_FILE)]
    for path in paths:
        if not path.is_file():
            raise RuleSetError(Errors.E443.format(path=path))
    return TitleLexicon(read_titles(paths[0]), read_stopwords(paths[1]))


class TitleLexicon:
    """Titles, honorifics, roles and name stopwords, compiled into regular expressions.

    Args:
        titles: Records of ``titles.jsonl``.
        stopwords: Records of ``name_stopwords.jsonl``.
    """

    def __init__(self, titles: list[dict[str, Any]], stopwords: list[dict[str, Any]]) -> None:
        self.title_records, self.stopword_records = titles, stopwords
        by_kind: dict[str, list[str]] = {kind: [] for kind in TITLE_KINDS}
        self.entries: dict[str, TitleEntry] = {}
        for record in titles:
            by_kind[record["kind"]].append(record["title"])
            if record["kind"] != "head":
                continue
            entry = TitleEntry(
                title=record["title"], kind="head",
                complements=tuple(record.get("complements") or ()),
                family=record.get("family") or record["title"], home=bool(record.get("home")),
                plural=record.get("plural") or "", in_name=bool(record.get("in_name")),
                min_name_tokens=int(record.get("min_name_tokens") or 1),
            )
            self.entries[_normal(entry.title)] = entry
            if entry.plural:
                self.entries[_normal(entry.plural)] = replace(entry, plural_form=True)
        self.phrases = by_kind
        self._keys: dict[str, str] = {}
        self._entries: dict[tuple[str, str], TitleEntry] = {}
        self.modifiers = frozenset(by_kind["modifier"])
        self.portfolio = frozenset(by_kind["portfolio"])
        words = {kind: {r["word"] for r in stopwords if r["kind"] == kind}
                 for kind in STOPWORD_KINDS}
        self.time_words = frozenset(words["time"])
        self.org_words = frozenset(words["org"])
        # Title words cut a name unless they are also names ("King", "Justice", "Major").
        title_words = {w for e in self.entries.values() if e.min_name_tokens == 1 and not e.in_name
                       for w in e.title.split() + e.plural.split()}
        title_words |= {w for t in by_kind["modifier"] + by_kind["honorific"] for w in t.split()}
        self.cut_words = frozenset(
            {w for w in title_words if w[:1].isupper()} | words["function"] | words["org"]
            | self.portfolio
        )

        def alternation(phrases: Iterable[str]) -> str:
            return "|".join(_pattern(p) for p in sorted(set(phrases), key=len, reverse=True))

        heads = alternation(e.plural if e.plural_form else e.title for e in self.entries.values())
        # First words of titles: only where one stands can a title start.
        self.title_starts = frozenset(
            p.split()[0] for p in self.title_phrases() + by_kind["modifier"])
        self.title_re = re.compile(
            rf"(?<![\w’'-])(?P<mods>(?:(?:{alternation(self.modifiers)})[^\S\r\n]+)*)"
            rf"(?P<head>{heads})(?![\w-])"
        )
        self.honorific_initials = frozenset(h[0] for h in by_kind["honorific"])
        self.honorific_re = re.compile(
            rf"(?<![\w.’'-])(?:(?:{alternation(by_kind['honorific'])}){_SEP})+(?=\S)"
        )

    def to_disk(self, folder: Path) -> None:
        """Write ``titles.jsonl`` and ``name_stopwords.jsonl`` into ``folder``."""
        folder.mkdir(parents=True, exist_ok=True)
        write_jsonl(folder / TITLES_FILE, self.title_records)
        write_jsonl(folder / STOPWORDS_FILE, self.stopword_records)

    def title_phrases(self) -> list[str]:
        """Head titles and their plurals, as written."""
        return [e.plural if e.plural_form else e.title for e in self.entries.values()]

    def modifiers_start(self, text: str, start: int) -> int:
        """Where the modifiers before a head title start ("Acting Assistant Secretary")."""
        while True:
            begin, word = previous_word(text, start)
            if word not in self.modifiers:
                return start
            start = begin

    @staticmethod
    def skip_blank(text: str, position: int) -> int:
        """The first offset after blanks (within a line) at ``position``."""
        match = _BLANK_ONLY_RE.match(text, position)
        return match.end() if match else position

    @staticmethod
    def blank_start(text: str, end: int) -> int:
        """The start of the blanks that end at ``end``."""
        while end and text[end - 1] in _LINE_BLANKS:
            end -= 1
        return end

    # --- Titles ---------------------------------------------------------------------

    def entry(self, match: re.Match[str]) -> TitleEntry:
        """The lexicon entry of a title match; "Vice President" beats "Vice" + "President"."""
        key = (match.group("mods"), match.group("head"))
        found = self._entries.get(key)
        if found is None:
            words = key[0].split() + [_normal(key[1])]
            found = next(self.entries[e] for e in (_normal(" ".join(words[first:]))
                                                   for first in range(len(words)))
                         if e in self.entries)
            self._entries[key] = found
        return found

    def title_key(self, title: str) -> str:
        """Office key of a title, for linking "the Secretary" to "Acting Secretary X"."""
        key = self._keys.get(title)
        if key is None:
            key = self._keys[title] = self._title_key(title)
        return key

    def _title_key(self, title: str) -> str:
        match = self.title_re.match(title) or self.title_re.match(title_case(title))
        if match is None:
            return _normal(title).lower()
        entry = self.entry(match)
        mods = [m for m in match.group("mods").split()
                if m not in NEUTRAL_MODIFIERS and m not in entry.title.split()]
        return " ".join(mods + [entry.family]).lower()

    def complement_end(self, text: str, end: int, entry: TitleEntry,
                       known: Callable[[int], bool], greedy: bool = False) -> tuple[int, bool]:
        """End of "of/for/to ..." after a title, and whether "of" follows the title.

        Only words that may name an office or body are taken ("Foreign Affairs",
        acronyms, countries, agencies), since a name may follow without a comma; with
        ``greedy`` (no name follows) any capitalised word is taken.
        """
        prep = _PREP_RE.match(text, end)
        if not entry.complements or not prep or prep.group(1) not in entry.complements:
            return end, False
        position, last, before_phrase, after_comma = prep.end(), end, end, False
        while True:
            match = _COMPLEMENT_TOKEN_RE.match(text, position)
            if not match:
                break
            token, start = match.group(1), match.start(1)
            if token == "," or token in _CONNECTORS:
                if after_comma and token not in ("and", "the"):
                    break
                after_comma = token == ","
                before_phrase, position = last, match.end()
                greedy = greedy and token != ","
                continue
            after_comma = False
            possessive = token.endswith(("’s", "'s"))
            word = token[:-2] if possessive else token
            if word.endswith(".") and not _ACRONYM_RE.fullmatch(word):
                word, possessive = word[:-1], True
            if word in self.title_starts and self.title_re.match(text, start):
                # The words since the last connector name the next title's body
                # ("Chief of Staff for European Commission President ...").
                last = before_phrase
                break
            if not (word.startswith("(") or word in self.portfolio or word in self.org_words
                    or _ACRONYM_RE.fullmatch(word) or known(start)
                    or (greedy and word[:1].isupper())):
                break
            last, position = start + len(word), match.end()
            if possessive:
                break
        return last, prep.group(1) == "of"

    def prefix_end(self, text: str, start: int) -> int:
        """Where a country or agency before a title would end ("El Salvador's Minister")."""
        end = start
        while end and text[end - 1] in _LINE_BLANKS:
            end -= 1
        return end - 2 if text[end - 2:end] in ("’s", "'s") else end

    def has_body_prefix(self, text: str, start: int) -> bool:
        """Whether a capitalised word naming a body stands just before a title ("UN Envoy")."""
        word = previous_word(text, start)[1]
        word = word[:-2] if word.endswith(("’s", "'s")) else word
        return (word[:1].isupper() and word not in self.cut_words
                and not word.endswith((",", ";", ":", ")", "\"", "”")))

    @staticmethod
    def office_before(text: str, start: int) -> bool:
        """Whether a title is part of an office's name ("Office of the Spokesperson")."""
        return text[max(0, start - 14):start].endswith(("Office of the ", "Office of "))

    @staticmethod
    def of_before(text: str, start: int) -> bool:
        """Whether "of" or "of the" leads to the country at ``start``."""
        return text[max(0, start - 7):start].endswith(("of ", "of the "))

    @staticmethod
    def chain_at(text: str, position: int) -> re.Match[str] | None:
        """The ", " or " and " that may join two titles of one person."""
        return _CHAIN_RE.match(text, position)

    @staticmethod
    def list_joint_at(text: str, position: int) -> re.Match[str] | None:
        """The ", ", " and " or "(KY-01) and " between names of a list."""
        return _LIST_JOINT_RE.match(text, position)

    @staticmethod
    def of_country_start(text: str, end: int) -> int | None:
        """Start of the country in "of (the) <country>" right after a name."""
        match = _OF_RE.match(text, end)
        return match.end() if match else None

    def skip_comma_and_honorifics(self, text: str, position: int) -> tuple[int, bool]:
        """Skip ", " and honorifics between a title and a name ("Minister, Mr. Kofod")."""
        blank = _BLANK_RE.match(text, position)
        comma = "," in blank.group(0) if blank else False
        position = blank.end() if blank else position
        while text[position:position + 1] in self.honorific_initials:
            honorific = self.honorific_re.match(text, position)
            if not honorific:
                break
            position = honorific.end()
        return position, comma

    def appositive_comma(self, text: str, title_start: int) -> int | None:
        """The comma of "<name>, (the former Russian) <title>", if there is one."""
        comma = text.rfind(",", max(0, title_start - 80), title_start)
        if comma < 0 or not _APPOSITIVE_RE.fullmatch(text, comma + 1, title_start):
            return None
        return comma

    @staticmethod
    def list_follows(text: str, end: int) -> bool:
        """Whether a list of names goes on after ``end`` ("The First Lady, A, and B")."""
        return bool(_LIST_FOLLOWS_RE.match(text, end))

    @staticmethod
    def place_before(text: str, start: int) -> bool:
        """Whether a place preposition stands before ``start`` ("In New York, the Mayor")."""
        return previous_word(text, start)[1] in PLACE_PREPOSITIONS

    # --- Names ----------------------------------------------------------------------

    def _kept(self, tokens: list[str], strict_first: bool) -> tuple[int, int, int]:
        """How many leading tokens form a name; with its count of words and of parts."""
        kept = words = parts = 0
        for index, token in enumerate(tokens):
            if index and token in SUFFIXES:
                kept = index + 1
                break
            if token in PARTICLES:
                continue
            if _INITIALS_RE.fullmatch(token):
                parts += 1
                kept = index + 1
                continue
            following = tokens[index + 1] if index + 1 < len(tokens) else ""
            if (token in self.cut_words
                    or (token in self.time_words and (not index or following[:1].isdigit()))
                    or (strict_first and not index and token.lower() in STOP_WORDS)
                    or (token.isupper() and len(token.replace("-", "")) > 1)):
                break
            words += 1
            parts += 1
            kept = index + 1
        return kept, words, parts

    def name_end(self, text: str, position: int, minimum: int, *, comma: bool = False) -> int:
        """End of the name starting at ``position``, or 0 when none starts there."""
        match = NAME_RE.match(text, position)
        if not match:
            return 0
        spans = [(m.start(), m.end()) for m in _TOKEN_RE.finditer(match.group(0))]
        kept, words, parts = self._kept([match.group(0)[s:e] for s, e in spans], False)
        if not words or parts < minimum:
            return 0
        end = position + spans[kept - 1][1]
        if text[end - 2:end] in ("Jr", "Sr") and text[end:end + 1] == ".":
            end += 1
        if comma and parts < 2 and text[end:end + 1] not in (",", ";", ".", ")"):
            return 0
        return end

    def name_start(self, text: str, end: int, minimum: int) -> int | None:
        """Start of a name that ends at ``end`` (before ", <title>" or " said")."""
        tokens: list[tuple[int, str]] = []  # name-shaped words, read backwards
        position = end
        while len(tokens) < 9:
            begin = position
            while begin and not text[begin - 1].isspace():
                begin -= 1
            word = text[begin:position]
            opened = word[:1] in _OPENERS
            if opened:
                begin, word = begin + 1, word[1:]
            if not _NAME_WORD_RE.fullmatch(word) or (
                    word.endswith(",") and not (tokens and tokens[0][1] in SUFFIXES)):
                break
            tokens.insert(0, (begin, word.rstrip(",")))
            position = begin
            while position and text[position - 1] in _LINE_BLANKS:
                position -= 1
            if opened or position == begin:
                break
        first = 0
        for index, (_, token) in enumerate(tokens):
            if _INITIALS_RE.fullmatch(token) or token in ROMAN:
                continue
            if (token in self.cut_words or token in self.time_words
                    or (token.isupper() and len(token) > 1)):
                first = index + 1
        tokens = tokens[first:]
        while tokens and (tokens[0][1] in PARTICLES or tokens[0][1] in SUFFIXES):
            tokens = tokens[1:]
        kept, words, parts = self._kept([t for _, t in tokens], True)
        if not tokens or kept < len(tokens) or not words or parts < minimum:
            return None
        return tokens[0][0]

    @staticmethod
    def single_given_name(name: str) -> bool:
        """Whether a name is one word, maybe numbered ("Abdullah II"): a king's name."""
        return len([w for w in name.split() if w not in ROMAN]) == 1

    @staticmethod
    def capital_segments(text: str) -> Iterator[tuple[int, int, bool]]:
        """Speaker labels and whole lines in capitals: (start, end, is a whole line)."""
        lined = "\n" + text
        for match in _LABEL_RE.finditer(lined):
            yield match.start(1) - 1, match.end(1) - 1, False
        for match in _CAPITAL_LINE_RE.finditer(lined):
            yield match.start(1) - 1, match.end(1) - 1, True

    @staticmethod
    def is_signature(copy: str, name_end: int) -> bool:
        """A whole line that is a name with an initial or suffix ("JOSEPH R. BIDEN JR.")."""
        tokens = copy[:name_end].split()
        return not copy[name_end:].strip(" ,.") and any(
            _INITIALS_RE.fullmatch(t) or t.rstrip(",") in SUFFIXES for t in tokens[1:])


def normal_name(name: str) -> str:
    """A name for comparison: no accents, case, periods or commas."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.replace(".", " ").replace(",", " ").lower().split())


# --- Finding people ---------------------------------------------------------------------


@dataclass(eq=False)
class TitleHit:
    """A title found in the text, with its country and agency."""

    start: int
    end: int
    entry: TitleEntry
    country: str = ""
    agency: str | None = None
    has_prefix: bool = False
    of_phrase: bool = False
    head_end: int = 0
    after_and: bool = False


@dataclass
class Mention:
    """A person's name in the text and the titles given to it there."""

    start: int
    end: int
    name: str
    titles: list[TitleHit] = field(default_factory=list)
    weak: bool = False

    @property
    def parts(self) -> int:
        """Number of words in the name."""
        return len(self.name.split())


class SpanContext:
    """Country and agency spans of a Doc by character offsets (empty without a Doc)."""

    def __init__(self, doc: Doc | None = None) -> None:
        spans: list[tuple[int, int, str, str]] = []
        for group, kind in ((COUNTRIES, "COUNTRY"), (AGENCIES, "AGENCY")):
            if doc is not None and group in doc.spans:
                spans += [(s.start_char, s.end_char, kind, s.kb_id_) for s in doc.spans[group]]
        self.spans = sorted(spans)
        self._starts = [s[0] for s in self.spans]
        agencies = [s for s in self.spans if s[2] == "AGENCY"]
        self._agency_starts = [s[0] for s in agencies]
        self._agencies = agencies
        table = (doc._.entity_attrs or {}) if agencies and doc is not None else {}
        self.agency_country = {kb: table.get(entity_key("AGENCY", kb), {}).get("country") or ""
                               for _, _, _, kb in agencies}
        self.country_ends = {e: kb for _, e, kind, kb in self.spans if kind == "COUNTRY"}
        self.country_starts = {s: kb for s, _, kind, kb in self.spans if kind == "COUNTRY"}
        self.agency_ends = {e: kb for _, e, _, kb in agencies}

    def known(self, char: int) -> bool:
        """Whether a country or agency covers the character."""
        index = bisect_right(self._starts, char)
        return any(s <= char < e for s, e, _, _ in self.spans[max(0, index - 4):index])

    def inside_agency(self, char: int) -> bool:
        """Whether an agency span covers the character, not at its start."""
        index = bisect_right(self._agency_starts, char) - 1
        return index >= 0 and self._agencies[index][0] < char < self._agencies[index][1]

    def within(self, start: int, end: int) -> list[tuple[int, str, str]]:
        """Countries and agencies inside [start, end) as (start, kind, kb), in order."""
        index, found = bisect_left(self._starts, start), []
        while index < len(self.spans) and self.spans[index][0] < end:
            span_start, span_end, kind, kb = self.spans[index]
            if span_end <= end:
                found.append((span_start, kind, kb))
            index += 1
        return found

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a country or agency overlaps [start, end)."""
        index = bisect_right(self._starts, end - 1)
        return any(s < end and start < e for s, e, _, _ in self.spans[max(0, index - 8):index])


_NO_CONTEXT = SpanContext()


class PeopleFinder:
    """The recognisers over one Doc's text; see the module docstring."""

    def __init__(self, nlp: Language, lexicon: TitleLexicon, speech_verbs: list[str],
                 home_country: str) -> None:
        self.lex = lexicon
        self.home_country = home_country
        # Cues are found on tokens by a PhraseMatcher (regular expressions that search a
        # whole text cost more than tokenisation); expressions then run at their offsets.
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        for cue, phrases in (("TITLE", lexicon.title_phrases()), ("SPEECH", speech_verbs),
                             ("HONORIFIC", lexicon.phrases["honorific"]),
                             ("ROLE", lexicon.phrases["role"])):
            variants = {v for p in phrases for v in (p, p.replace("'", "’"), p.replace("’", "'"))}
            if cue == "SPEECH":  # "According to" opens sentences; "Said" is also a name
                variants |= {p[0].upper() + p[1:] for p in phrases if " " in p}
            self.matcher.add(cue, [nlp.make_doc(v) for v in sorted(variants)])
        self.cue_names = {nlp.vocab.strings[c]: c for c in ("TITLE", "SPEECH", "HONORIFIC", "ROLE")}
        self._capitals_seen: dict[tuple[str, bool], list[Mention]] = {}

    def cues(self, doc: Doc) -> dict[str, list[tuple[int, int]]]:
        """Character ranges of titles, speech verbs, honorifics and roles, in text order."""
        found: dict[str, list[tuple[int, int]]] = {c: [] for c in self.cue_names.values()}
        matches = self.matcher(doc)
        if not matches:
            return found
        matches.sort(key=lambda m: (m[1], -m[2]))
        # One attribute per call: to_array with a list of attributes is three times slower.
        starts = doc.to_array("IDX")
        text, size = doc_text(doc), len(doc)
        for key, start, end in matches:
            stop = int(starts[end]) if end < size else len(text)
            while text[stop - 1].isspace():
                stop -= 1
            found[self.cue_names[key]].append((int(starts[start]), stop))
        return found

    def find(self, doc: Doc) -> tuple[list[Mention], list[TitleHit]]:
        """All person mentions and the titles that stand alone."""
        text, ctx, cues = doc_text(doc), SpanContext(doc), self.cues(doc)
        lex = self.lex
        mentions: list[Mention] = []
        alone: list[TitleHit] = []
        starts = [lex.modifiers_start(text, start) for start, _ in cues["TITLE"]]
        self.titles(text, ctx, mentions, alone, starts)
        for start, _ in cues["HONORIFIC"]:
            position = lex.skip_comma_and_honorifics(text, start)[0]
            if position > start:
                mentions += self._named(text, position, lex.name_end(text, position, 1))
        for start, end in cues["ROLE"]:
            mentions += self._name_list(text, lex.skip_blank(text, end), 2, [])
            left = self._left_appositive(text, start)
            if left is not None:
                mentions.append(Mention(left[0], left[1], text[left[0]:left[1]]))
        for start, end in cues["SPEECH"]:
            after = lex.skip_blank(text, end)
            mentions += self._named(text, after, lex.name_end(text, after, 2))
            before = lex.blank_start(text, start)
            begin = lex.name_start(text, before, 2) if before < start else None
            if begin is not None:
                mentions.append(Mention(begin, before, text[begin:before]))
        mentions += self.capitals(text)
        mentions = [m for m in mentions if not ctx.overlaps(m.start, m.end)]
        words = {w for m in mentions if not m.weak for w in m.name.split()}
        mentions = [m for m in mentions if not m.weak or m.name.strip() in words]
        return merge_mentions(mentions), alone

    @staticmethod
    def _named(text: str, start: int, end: int) -> list[Mention]:
        return [Mention(start, end, text[start:end])] if end else []

    def titles(self, text: str, ctx: SpanContext, mentions: list[Mention],
               alone: list[TitleHit], starts: Iterable[int] | None = None) -> None:
        """Title-anchored people (title before or after the name) and titles alone.

        ``starts`` are the offsets where titles may start (all are searched if None).
        """
        lex, position = self.lex, 0
        matches = (lex.title_re.finditer(text) if starts is None
                   else filter(None, (lex.title_re.match(text, s) for s in starts)))
        for match in matches:
            if match.start() < position or ctx.inside_agency(match.start()):
                continue
            if lex.office_before(text, match.start()):
                continue
            chain = [self._hit(text, ctx, match)]
            if not self._alone_worthy(chain[0]) and lex.of_before(text, match.start()):
                continue  # "Department of Justice", "Board of Directors"

            while True:
                joint = lex.chain_at(text, chain[-1].end)
                following = joint and lex.title_re.match(text, joint.end())
                if not joint or not following:
                    break
                hit = self._hit(text, ctx, following)
                hit.country = hit.country or chain[0].country
                hit.has_prefix = hit.has_prefix or chain[0].has_prefix
                hit.after_and = "and" in joint.group(0)
                chain.append(hit)
            found = self._after_title(text, ctx, chain)
            if found and not chain[0].has_prefix:
                # "Acting Prime Minister and Secretary Blinken": two people, unless the
                # titles have a body before them or a full name follows.
                split = max((i for i, h in enumerate(chain) if h.after_and), default=0)
                if split and found[0].parts < 2:
                    alone += [h for h in chain[:split] if self._alone_worthy(h)]
                    for mention in found:
                        mention.titles = chain[split:]
                    chain = chain[split:]
            if not found:
                last = chain[-1]
                last.end = max(last.end, lex.complement_end(
                    text, last.head_end, last.entry, ctx.known, greedy=True)[0])
            if not found and self._alone_worthy(chain[-1]):
                left = self._left_appositive(text, chain[0].start)
                if left is not None:
                    found = [Mention(left[0], left[1], text[left[0]:left[1]], chain)]
            for hit in chain:
                self._default_country(hit)
            if found:
                mentions.extend(found)
                position = max(chain[-1].end, max(m.end for m in found))
            else:
                alone.extend(hit for hit in chain if self._alone_worthy(hit))
                position = chain[-1].end

    def _left_appositive(self, text: str, title_start: int) -> tuple[int, int] | None:
        """The name in "<name>, (the former Russian) <title>", as (start, end)."""
        comma = self.lex.appositive_comma(text, title_start)
        start = self.lex.name_start(text, comma, 2) if comma is not None else None
        if start is None or comma is None or self.lex.place_before(text, start):
            return None
        return start, comma

    @staticmethod
    def _alone_worthy(hit: TitleHit) -> bool:
        # Plurals and ranks that are also common words ("General") stand for no one alone.
        return not hit.entry.plural_form and hit.entry.min_name_tokens == 1

    def _hit(self, text: str, ctx: SpanContext, match: re.Match[str]) -> TitleHit:
        entry = self.lex.entry(match)
        end, of_phrase = self.lex.complement_end(text, match.end(), entry, ctx.known)
        hit = TitleHit(match.start(), end, entry, of_phrase=of_phrase, head_end=match.end())
        before = self.lex.prefix_end(text, match.start())
        if before in ctx.country_ends:
            hit.country, hit.has_prefix = ctx.country_ends[before], True
        elif before in ctx.agency_ends:
            hit.agency = ctx.agency_ends[before]
            hit.country, hit.has_prefix = ctx.agency_country.get(hit.agency, ""), True
        else:
            hit.has_prefix = self.lex.has_body_prefix(text, match.start())
        for at, kind, kb in ctx.within(match.end(), end):
            if kind == "AGENCY" and hit.agency is None:
                hit.agency = kb
                hit.country = hit.country or ctx.agency_country.get(kb, "")
            elif kind == "COUNTRY" and not hit.country and self.lex.of_before(text, at):
                hit.country = kb
        return hit

    def _after_title(self, text: str, ctx: SpanContext, chain: list[TitleHit]) -> list[Mention]:
        entry = chain[-1].entry
        position, comma = self.lex.skip_comma_and_honorifics(text, chain[-1].end)
        if entry.plural_form:
            return [] if comma else self._name_list(text, position, entry.min_name_tokens, chain)
        end = self.lex.name_end(text, position, entry.min_name_tokens, comma=comma)
        if not end or (comma and self.lex.list_follows(text, end)):
            return []
        if comma and self._left_appositive(text, chain[0].start) is not None:
            return []  # "A, current President of X, B, ...": the title is A's
        country_start = self.lex.of_country_start(text, end)
        if country_start is not None and country_start in ctx.country_starts:
            for hit in chain:
                hit.country = hit.country or ctx.country_starts[country_start]
        mention = Mention(position, end, text[position:end], chain)
        # One word after "of/for ..." or a comma may end the title, not name a person
        # ("Assistant Secretary for International Markets, ..."); kept only if the word
        # is part of a name found elsewhere.
        mention.weak = mention.parts == 1 and (comma or chain[-1].end > chain[-1].head_end)
        if entry.in_name and self.lex.single_given_name(mention.name):
            mention.start, mention.name = chain[-1].start, text[chain[-1].start:end]
        return [mention]

    def _name_list(self, text: str, position: int, minimum: int,
                   chain: list[TitleHit]) -> list[Mention]:
        found: list[Mention] = []
        while True:
            end = self.lex.name_end(text, position, minimum)
            if not end:
                return found
            found.append(Mention(position, end, text[position:end], chain))
            joint = self.lex.list_joint_at(text, end)
            if not joint or self.lex.title_re.match(text, joint.end()):
                return found
            position = joint.end()

    def _default_country(self, hit: TitleHit) -> None:
        if (not hit.country and self.home_country and hit.entry.home and not hit.has_prefix
                and not hit.of_phrase):
            hit.country = self.home_country

    def capitals(self, text: str) -> list[Mention]:
        """Speaker labels and signatures in capitals, read through a title-cased copy."""
        mentions = []
        for start, end, whole_line in self.lex.capital_segments(text):
            for mention in self._capital(text[start:end], whole_line):
                titles = [replace(h, start=h.start + start, end=h.end + start,
                                  head_end=h.head_end + start) for h in mention.titles]
                mentions.append(replace(mention, start=mention.start + start,
                                        end=mention.end + start, titles=titles))
        return mentions

    def _capital(self, segment: str, whole_line: bool) -> list[Mention]:
        # Speaker labels repeat ("MR PRICE", "QUESTION"): each distinct one is read once.
        key = (segment, whole_line)
        if key in self._capitals_seen:
            return self._capitals_seen[key]
        copy = title_case(segment)
        found: list[Mention] = []
        self.titles(copy, _NO_CONTEXT, found, [], None)
        honorific = self.lex.honorific_re.match(copy)
        if honorific and not found:
            found = self._named(copy, honorific.end(), self.lex.name_end(copy, honorific.end(), 1))
        if whole_line and not found:
            name_end = self.lex.name_end(copy, 0, 2)
            if name_end and self.lex.is_signature(copy, name_end):
                found = [Mention(0, name_end, "")]
        for mention in found:
            mention.name = capitalise(segment[mention.start:mention.end])
            for hit in mention.titles:
                self._default_country(hit)
        if len(self._capitals_seen) < 4096:
            self._capitals_seen[key] = found
        return found


def merge_mentions(mentions: list[Mention]) -> list[Mention]:
    """One mention per stretch of text: the longest of overlapping ones, with all titles."""
    merged: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if merged and mention.start < merged[-1].end:
            merged[-1].titles += [t for t in mention.titles if t not in merged[-1].titles]
            continue
        merged.append(mention)
    return merged


def token_ranges(doc: Doc, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Token ranges covering character ranges (like ``char_span(alignment_mode="expand")``)."""
    if not ranges:
        return []
    starts = doc.to_array("IDX")
    chars = numpy.array(ranges, dtype="int64")
    first = numpy.searchsorted(starts, chars[:, 0], side="right") - 1
    after = numpy.searchsorted(starts, chars[:, 1] - 1, side="right")
    return list(zip(first.tolist(), after.tolist(), strict=True))


def write_people(doc: Doc, mentions: list[Mention], alone: list[TitleHit]) -> None:
    """Write the spans and entity attributes found by :meth:`PeopleFinder.find`."""
    text = doc_text(doc)
    hits: list[tuple[TitleHit, Mention | None]] = [(h, m) for m in mentions for h in m.titles]
    hits += [(h, None) for h in alone]
    ranges = token_ranges(doc, [(m.start, m.end) for m in mentions]
                          + [(h.start, h.end) for h, _ in hits])
    people: list[Span] = []
    titles: dict[int, Span] = {}
    attrs: dict[str, dict[str, Any]] = {}
    names = [" ".join(m.name.split()) for m in mentions]
    for mention, name, (start, end) in zip(mentions, names, ranges, strict=False):
        people.append(Span(doc, start, end, label="PERSON", kb_id=name, span_id="name"))
        known = attrs.setdefault(name, {"title": None, "country": None, "agency": None})
        for hit in mention.titles:
            title = " ".join(text[hit.start:hit.end].split())
            title = title_case(title) if title.isupper() else title
            if hit.entry.plural_form:
                title = title.replace(hit.entry.plural, hit.entry.title)
            if len(title) > len(known["title"] or ""):
                known["title"] = title
            known["country"] = known["country"] or hit.country or None
            known["agency"] = known["agency"] or hit.agency
    owners = {id(m): n for m, n in zip(mentions, names, strict=True)}
    for (hit, owner), (start, end) in zip(hits, ranges[len(mentions):], strict=True):
        name = owners[id(owner)] if owner is not None else ""
        titles.setdefault(hit.start, Span(doc, start, end, label="TITLE", kb_id=name,
                                          span_id=hit.country))
    doc.spans[PEOPLE] = people
    doc.spans[TITLES] = [titles[start] for start in sorted(titles)]
    if attrs:
        # One write of the table (what set_entity_attrs does per call: keep known values).
        table = dict(doc._.entity_attrs or {})
        for name, values in attrs.items():
            current = dict(table.get(entity_key("PERSON", name), {}))
            current.update({k: v for k, v in values.items() if v is not None or k not in current})
            table[entity_key("PERSON", name)] = current
        doc._.entity_attrs = table


class PeopleRecognizer:
    """Find people and titles (registered as ``undersigned_people``).

    Args:
        nlp: The pipeline.
        name: The component name.
        speech_verbs: Verbs (and "according to") next to which a full name is a person.
        home_country: ISO alpha-3 code for the offices marked ``home`` in ``titles.jsonl``
            when the text gives no other country; ``""`` turns the default off.
    """

    def __init__(self, nlp: Language, name: str, *, speech_verbs: list[str],
                 home_country: str) -> None:
        self.name = name
        self.nlp = nlp
        self.speech_verbs = list(speech_verbs)
        self.home_country = home_country
        self.lexicon: TitleLexicon | None = None
        self.finder: PeopleFinder | None = None

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Any]] | None = None,
        *,
        nlp: Language | None = None,
        titles_path: Path | None = None,
        name_stopwords_path: Path | None = None,
    ) -> None:
        """Load the title lexicon and name stopwords (by default those of ``default``)."""
        self.set_lexicon(load_lexicon(titles_path, name_stopwords_path))

    def set_lexicon(self, lexicon: TitleLexicon) -> None:
        """Use a lexicon and build the recognisers from it."""
        self.lexicon = lexicon
        self.finder = PeopleFinder(self.nlp, lexicon, self.speech_verbs, self.home_country)

    def __call__(self, doc: Doc) -> Doc:
        """Write the ``people`` and ``titles`` span groups and the people's attributes."""
        if self.finder is None:
            raise RuleSetError(Errors.E440.format(name=self.name))
        mentions, alone = self.finder.find(doc) if len(doc) else ([], [])
        write_people(doc, mentions, alone)
        return doc

    def to_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> None:
        """Save the lexicon as ``titles.jsonl`` and ``name_stopwords.jsonl`` in ``path``."""
        if self.lexicon is None:
            raise RuleSetError(Errors.E440.format(name=self.name))
        self.lexicon.to_disk(Path(path))

    def from_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> PeopleRecognizer:
        """Load the lexicon saved by :meth:`to_disk`."""
        folder = Path(path)
        self.set_lexicon(load_lexicon(folder / TITLES_FILE, folder / STOPWORDS_FILE))
        return self


# spaCy validates the settings of ``nlp.initialize()`` with pydantic, which needs the
# types themselves, not the strings that postponed annotations leave.
PeopleRecognizer.initialize.__annotations__ = get_type_hints(PeopleRecognizer.initialize)


@Language.factory(
    "undersigned_people",
    default_config={"speech_verbs": DEFAULT_SPEECH_VERBS, "home_country": "USA"},
)
def make_people_recognizer(
    nlp: Language, name: str, speech_verbs: list[str], home_country: str
) -> PeopleRecognizer:
    """Build the people recognizer (registered as ``undersigned_people``)."""
    return PeopleRecognizer(nlp, name, speech_verbs=speech_verbs, home_country=home_country)
