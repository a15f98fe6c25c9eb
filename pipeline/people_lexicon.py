"""The title lexicon of the people components: its entries and expressions.

Its data files (``titles.jsonl``, ``name_stopwords.jsonl``) are read and checked by
:mod:`pipeline.people_data`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from .errors import Errors, RuleSetError
from .name_shapes import LINE_BLANKS, SEP, NameShapes, next_word, previous_word, title_case
from .people_data import (
    STOPWORD_KINDS,
    STOPWORDS_FILE,
    TITLE_KINDS,
    TITLES_FILE,
    read_stopwords,
    read_titles,
)
from .regex_trees import unit_tree
from .rules import DEFAULT_RULES_FOLDER, write_jsonl
from .title_shapes import rank_at

#: Words that join the words of a name: a portfolio word after one ends that name.
NAME_JOINERS = frozenset({"of", "for", "on"})
# Modifiers that do not change the office: "the Secretary" is "Acting Secretary X".
NEUTRAL_MODIFIERS = frozenset({"Acting", "Interim", "Designate"})
_PREP_RE = re.compile(r"[^\S\r\n]+(of|for|to|on|in|at)(?=[^\S\r\n])")
#: " and " and the capitalised word after it ("... of Agriculture and Rural ...").
_AND_PORTFOLIO_RE = re.compile(r"[^\S\r\n]+(and)(?=[^\S\r\n]+([A-Z][\w-]*))")
#: How many capitalised words may stand before a body's word in an office's complement.
_BODY_REACH = 3
_COMPLEMENT_TOKEN_RE = re.compile(r"[^\S\r\n]*(\([A-Z][\w.&-]*\)|,|[^\s,()]+)")
_CONNECTORS = frozenset({"of", "for", "to", "on", "and", "the", "&", "in"})
_ACRONYM_RE = re.compile(r"[A-Z][A-Z.&-]*[A-Z.]")


def normal_phrase(phrase: str) -> str:
    """A phrase with one kind of apostrophe and single spaces."""
    return " ".join(phrase.replace("’", "'").split())


def _units(phrase: str) -> list[str]:
    """A lexicon phrase as expression units: any apostrophe, any blank between words."""
    units: list[str] = []
    for word in phrase.split():
        if units:
            units.append(SEP)
        units += ["['’]" if char in "'’" else re.escape(char) for char in word]
    return units


def _alternation(phrases: Iterable[str]) -> str:
    """Any of the phrases, the longest that matches first, as a tree of characters."""
    return unit_tree(_units(p) for p in phrases)


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
    gender: str = ""


def load_lexicon(titles_path: Path | None, stopwords_path: Path | None) -> TitleLexicon:
    """Read the two data files (by default those of the bundled ``default`` rule set)."""
    paths = [
        Path(titles_path or DEFAULT_RULES_FOLDER / TITLES_FILE),
        Path(stopwords_path or DEFAULT_RULES_FOLDER / STOPWORDS_FILE),
    ]
    for path in paths:
        if not path.is_file():
            raise RuleSetError(Errors.E443.format(path=path))
    return TitleLexicon(read_titles(paths[0]), read_stopwords(paths[1]))


class TitleLexicon:
    """Titles, honorifics, roles and name stopwords, compiled into regular expressions.

    Attributes:
        names: Where names start and end, with this lexicon's words that cut a name.
        title_re: Modifiers and a head title, matched at an offset (``mods``, ``head``).
        honorific_re: One or more honorifics and the blanks after them.

    Args:
        titles: Records of ``titles.jsonl``.
        stopwords: Records of ``name_stopwords.jsonl``.
    """

    def __init__(self, titles: list[dict[str, Any]], stopwords: list[dict[str, Any]]) -> None:
        self.title_records, self.stopword_records = titles, stopwords
        by_kind: dict[str, list[str]] = {kind: [] for kind in TITLE_KINDS}
        self.entries: dict[str, TitleEntry] = {}
        self.honorific_genders: dict[str, str] = {}
        for record in titles:
            by_kind[record["kind"]].append(record["title"])
            if record["kind"] == "honorific" and record.get("gender"):
                self.honorific_genders[normal_phrase(record["title"])] = record["gender"]
            if record["kind"] != "head":
                continue
            entry = TitleEntry(
                title=record["title"],
                kind="head",
                complements=tuple(record.get("complements") or ()),
                family=record.get("family") or record["title"],
                home=bool(record.get("home")),
                plural=record.get("plural") or "",
                in_name=bool(record.get("in_name")),
                min_name_tokens=int(record.get("min_name_tokens") or 1),
                gender=record.get("gender") or "",
            )
            self.entries[normal_phrase(entry.title)] = entry
            if entry.plural:
                self.entries[normal_phrase(entry.plural)] = replace(entry, plural_form=True)
        self.phrases = by_kind
        self._keys: dict[str, str] = {}
        self._genders: dict[str, str] = {}
        self._entries: dict[str, TitleEntry] = {}
        self.modifiers = frozenset(by_kind["modifier"])
        self.portfolio = frozenset(by_kind["portfolio"])
        # Words a head title takes before it: modifiers ("Acting") and the portfolios
        # marked ``before_head`` ("Trade Cabinet Secretary", "External Affairs Minister").
        self.prefixes = self.modifiers | {
            r["title"] for r in titles if r["kind"] == "portfolio" and r.get("before_head")
        }
        self._prefix_ends = tuple(f"{m} " for m in self.prefixes)
        self._prefix_room = max((len(m) + 1 for m in self.prefixes), default=0)
        words = {
            kind: {r["word"] for r in stopwords if r["kind"] == kind} for kind in STOPWORD_KINDS
        }
        self.org_words = frozenset(words["org"])
        # Title words cut a name unless they are also names ("King", "Justice", "Major").
        title_words = {
            w
            for e in self.entries.values()
            if e.min_name_tokens == 1 and not e.in_name
            for w in e.title.split() + e.plural.split()
        }
        title_words |= {w for t in by_kind["modifier"] + by_kind["honorific"] for w in t.split()}
        # Names are read as words without a final period: "Lt." cuts one as "Lt".
        title_words |= {w[:-1] for w in title_words if w.endswith(".") and w[:-1].isalpha()}
        self.cut_words = frozenset(
            {w for w in title_words if w[:1].isupper()}
            | words["function"]
            | words["org"]
            | self.portfolio
        )
        self.names = NameShapes(self.cut_words, frozenset(words["time"]))
        # First words of titles: only where one stands can a title start.
        self.title_starts = frozenset(
            p.split()[0] for p in self.title_phrases() + by_kind["modifier"]
        )
        self.title_re = re.compile(
            rf"(?<![\w’'-])(?P<mods>(?:(?:{_alternation(self.prefixes)})[^\S\r\n]+)*)"
            rf"(?P<head>{_alternation(self.title_phrases())})(?![\w-])"
        )
        self.honorific_initials = frozenset(h[0] for h in by_kind["honorific"])
        self.honorific_re = re.compile(
            rf"(?<![\w.’'-])(?:(?:{_alternation(by_kind['honorific'])}){SEP})+(?=\S)"
        )
        self.honorific_words = frozenset(w for h in by_kind["honorific"] for w in h.split())

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        # See pipeline.pickling.
        return TitleLexicon, (self.title_records, self.stopword_records)

    def to_disk(self, folder: Path) -> None:
        """Write ``titles.jsonl`` and ``name_stopwords.jsonl`` into ``folder``."""
        folder.mkdir(parents=True, exist_ok=True)
        write_jsonl(folder / TITLES_FILE, self.title_records)
        write_jsonl(folder / STOPWORDS_FILE, self.stopword_records)

    def title_phrases(self) -> list[str]:
        """Head titles and their plurals, as written."""
        return [e.plural if e.plural_form else e.title for e in self.entries.values()]

    def modifiers_start(self, text: str, start: int) -> int:
        """Where the words before a head title start.

        Modifiers ("Acting Assistant Secretary") and portfolios ("Trade Cabinet Secretary").
        """
        room = max(0, start - self._prefix_room)
        if (
            text[start - 1 : start] == " "
            and text[start - 2 : start - 1] not in LINE_BLANKS
            and not text.endswith(self._prefix_ends, room, start)
        ):
            return start  # the word before, which ends one space back, is no prefix
        first = start
        while True:
            begin, word = previous_word(text, start)
            if word not in self.prefixes:
                break
            start = begin
        if start < first and previous_word(text, start)[1] in NAME_JOINERS:
            # "Chamber of Commerce President": the portfolio word ends a name before it.
            while start < first:
                after = next_word(text, start, first)
                if after is None or text[start:after].rstrip() in self.modifiers:
                    break
                start = after
        return start

    def entry(self, match: re.Match[str]) -> TitleEntry:
        """The lexicon entry of a title match; "Vice President" beats "Vice" + "President"."""
        found = self._entries.get(match.group(0))
        if found is None:
            words = match.group("mods").split() + [normal_phrase(match.group("head"))]
            found = next(
                self.entries[e]
                for e in (normal_phrase(" ".join(words[first:])) for first in range(len(words)))
                if e in self.entries
            )
            self._entries[match.group(0)] = found
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
            return normal_phrase(title).lower()
        entry = self.entry(match)
        # "Agriculture Secretary Tom Vilsack" is later "the Secretary": a portfolio before
        # the head says which Secretary, not another office ("Deputy" does).
        mods = [
            m
            for m in match.group("mods").split()
            if m not in NEUTRAL_MODIFIERS
            and m not in entry.title.split()
            and m not in self.portfolio
        ]
        return " ".join(mods + [entry.family]).lower()

    def title_gender(self, title: str) -> str:
        """The gender ("m", "f" or "") that a title as written says ("Queen", "Chairman")."""
        gender = self._genders.get(title)
        if gender is None:
            match = self.title_re.match(title) or self.title_re.match(title_case(title))
            gender = self._genders[title] = self.entry(match).gender if match else ""
        return gender

    def complement_end(
        self,
        text: str,
        end: int,
        entry: TitleEntry,
        known: Callable[[int], bool],
        greedy: bool = False,
    ) -> tuple[int, bool]:
        """End of "of/for/to ..." after a title, and whether "of" follows the title.

        Only words that may name an office or body are taken ("Foreign Affairs",
        acronyms, countries, agencies, a word before such a word: "Livestock
        Development"), since a name may follow without a comma; with ``greedy`` (no name
        follows) any capitalised word is taken.
        """
        if not entry.complements:
            return end, False
        following = text[end + 1 : end + 2]
        if text[end : end + 1] == " " and (
            not following or (following not in "oftia" and not following.isspace())
        ):
            return end, False  # one space, then a word that no preposition starts with
        prep = _PREP_RE.match(text, end)
        joined = None if prep else self._second_portfolio(text, end, entry)
        if joined is not None:
            # "Secretary of Agriculture and Rural Development Victor Villalobos": a
            # named office goes on with another portfolio.
            prep = joined
        elif not prep or prep.group(1) not in entry.complements:
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
            word, possessive = self._complement_word(token)
            if rank_at(text, start):
                break  # "... of the Joint Chiefs of Staff Maj. Gen. Yousef Huneiti"
            following_title = word in self.title_starts and self.title_re.match(text, start)
            if following_title and not (
                word in self.portfolio and following_title.end() - start == len(word)
            ):  # "Minister of Justice Nestor Osuna": "Justice" alone names the office
                # The words since the last connector name the next title's body
                # ("Chief of Staff for European Commission President ...").
                last = before_phrase
                break
            if not (
                word.startswith("(")
                or word in self.portfolio
                or word in self.org_words
                or _ACRONYM_RE.fullmatch(word)
                or known(start)
                or (word[:1].isupper() and greedy)
                or self._before_portfolio(word, text, match.end())
            ):
                break
            last, position = start + len(word), match.end()
            if possessive:
                break
        return last, prep.group(1) == "of"

    def _second_portfolio(self, text: str, end: int, entry: TitleEntry) -> re.Match[str] | None:
        """The " and " after an office named with "of" that a portfolio word follows."""
        if " of " not in entry.title:
            return None
        joined = _AND_PORTFOLIO_RE.match(text, end)
        return joined if joined and joined.group(2) in self.portfolio else None

    @staticmethod
    def _complement_word(token: str) -> tuple[str, bool]:
        """A word of a complement without its possessive or final period, and whether it had one."""
        possessive = token.endswith(("’s", "'s"))
        word = token[:-2] if possessive else token
        if word.endswith(".") and not _ACRONYM_RE.fullmatch(word):
            word, possessive = word[:-1], True
        return word, possessive

    def _before_portfolio(self, word: str, text: str, position: int) -> bool:
        """Whether a capitalised word comes before a portfolio word ("Livestock Development").

        Or up to three such words before a body's word: "the National Autonomous
        University of Honduras", "the Pedagogical Institute".
        """
        if not word[:1].isupper() or word in self.cut_words:
            return False
        for reach in range(_BODY_REACH):
            match = _COMPLEMENT_TOKEN_RE.match(text, position)
            if match is None:
                return False
            following = self._complement_word(match.group(1))[0]
            if (following in self.portfolio and reach == 0) or following in self.org_words:
                return True
            if not following[:1].isupper() or following in self.cut_words:
                return False
            position = match.end()
        return False

    def gender_before(self, text: str, start: int) -> str:
        """The gender ("m", "f" or "") of honorifics just before ``start`` ("Mr. |Lee")."""
        words: list[str] = []
        position = start
        while len(words) < 4:
            position, word = previous_word(text, position)
            if not word or word not in self.honorific_words:
                return ""
            words.insert(0, word)
            for size in (1, 2, 3):
                gender = self.honorific_genders.get(" ".join(words[:size]))
                if gender:
                    return gender
        return ""

    def skip_honorifics(self, text: str, position: int) -> int:
        """The offset after the honorifics at ``position`` ("Mr. Prime Minister")."""
        while text[position : position + 1] in self.honorific_initials:
            honorific = self.honorific_re.match(text, position)
            if not honorific:
                break
            position = honorific.end()
        return position

    def has_body_prefix(self, text: str, start: int) -> bool:
        """Whether a capitalised word naming a body stands just before a title ("UN Envoy")."""
        word = previous_word(text, start)[1]
        word = word[:-2] if word.endswith(("’s", "'s")) else word
        return (
            word[:1].isupper()
            and word not in self.cut_words
            and not word.endswith((",", ";", ":", ")", '"', "”"))
            and not (word.endswith(".") and word[-2:-1].islower())  # "America." ends a sentence
        )
