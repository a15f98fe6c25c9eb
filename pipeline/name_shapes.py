"""What a person's name looks like in running text, and where one starts and ends.

A name is capitalised words, initials, particles ("van der", "bin", "al-") and a suffix
("Jr."); it stops at other punctuation, at the words that the rule set says are never
part of a name (title words, "Department", "The"), at words in capitals, and does not
start with a time word ("May", "Monday") unless a name follows. Everything here runs
anchored regular expressions at given offsets: nothing searches a whole text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from .regex_trees import letter_tree

SUFFIXES = frozenset({"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"})


def name_words(name: str) -> list[str]:
    """A name's words without trailing commas and suffixes ("Jr.", "III")."""
    return [w for w in (w.rstrip(",") for w in name.split()) if w not in SUFFIXES]


ROMAN = frozenset({"II", "III", "IV", "VI", "VII", "VIII"})
#: Surnames spelt like a function word that cuts names ("Vice Premier He Lifeng"): a name
#: may open with one, read forwards (after a title or speech verb), when a name word
#: follows it.
SURNAME_HOMOGRAPHS = frozenset({"He"})
PARTICLES = frozenset(
    {
        "de",
        "da",
        "das",
        "do",
        "dos",
        "du",
        "del",
        "della",
        "der",
        "den",
        "di",
        "van",
        "von",
        "ter",
        "bin",
        "bint",
        "ibn",
        "ben",
        "al",
        "el",
        "la",
        "las",
        "le",
        "los",
        "y",
        "e",  # "Ulisses Correia e Silva"
    }
)
#: White space within a line, no-break spaces included; and one or more of it.
BLANK = r"[^\S\r\n]"
SEP = BLANK + "+"
LINE_BLANKS = " \t\u00a0\u2007\u2009\u202f"
#: Most distinct strings a per-object cache keeps.
CACHE_SIZE = 8192

_UP = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f"
#: A word of a name: "O'Brien", "el-Sisi", "Kang Kyung-wha", "Ndung'u" (an inner
#: apostrophe, but not a possessive "'s").
_WORD = rf"(?:[OD]['’])?(?:[ae]l-)?[{_UP}][^\W\d_]*(?:-[^\W\d_]+|['’](?![sS]\b)[^\W\d_]+)*"
_INITIALS = rf"[{_UP}]\.(?:[^\S\r\n]?[{_UP}]\.)*"
_PART = rf"(?:{_INITIALS}|{_WORD})"
# As a tree of letters (pipeline.regex_trees): tried before every word of a name.
_PARTICLE = f"(?:{letter_tree(PARTICLES)})"
NAME_RE = re.compile(
    rf"(?:{_PARTICLE}{SEP})*{_PART}(?:{SEP}(?:{_PARTICLE}{SEP})*{_PART}){{0,7}}"
    rf"(?:,?{SEP}(?:Jr\.|Sr\.)|{SEP}(?:II|III|IV)(?![\w-]))?"
)
#: Capitalised words a title may start with, for "<name>, (the former Russian) <title>".
NAME_PART_RE = re.compile(_PART)
INITIALS_RE = re.compile(_INITIALS)
_TOKEN_RE = re.compile(r"[^\s,]+")
_NAME_WORD_RE = re.compile(rf"(?:{_PART}|{_PARTICLE}|Jr\.|Sr\.),?")
_OPENERS = "\"“‘'(["
_BLANK_ONLY_RE = re.compile(SEP)
# Both start with a line break, a literal that the regex engine finds fast.
# A speaker label ("SECRETARY BLINKEN:", no comma) or a whole line in capitals, in one
# scan; it starts with a line break, a literal that the regex engine finds fast.
_CAPITALS_RE = re.compile(r"\n[^\S\n]*([A-Z][A-Z .,’'\-]*[A-Z.])[^\S\n]*(?:(:)|(?=\n|$))")
_LETTERS_RE = re.compile(r"[^\W\d_]+")


def previous_word(text: str, start: int) -> tuple[int, str]:
    """The word before the blanks that end at ``start``, on the same line, and its offset."""
    end = start
    while end and text[end - 1] in LINE_BLANKS:
        end -= 1
    if end == start:
        return start, ""
    # Spaces and line breaks are found by rfind; other white space in the word (a tab,
    # a no-break space) makes it unprintable, and the slow walk decides.
    floor = max(0, end - 64)
    space = max(text.rfind(" ", floor, end), text.rfind("\n", floor, end))
    begin = space + 1
    word = text[begin:end]
    if (space < 0 and floor) or not word.isprintable():
        begin = end
        while begin and not text[begin - 1].isspace():
            begin -= 1
        word = text[begin:end]
    return begin, word


def next_word(text: str, start: int, limit: int) -> int | None:
    """The start of the word after the one at ``start``, before ``limit``.

    Words are parted by spaces; None when no space follows before ``limit``.
    """
    space = text.find(" ", start, limit)
    if space < 0:
        return None
    begin = space + 1
    while begin < limit and text[begin] == " ":
        begin += 1
    return begin


def skip_blank(text: str, position: int) -> int:
    """The first offset after blanks (within a line) at ``position``."""
    match = _BLANK_ONLY_RE.match(text, position)
    return match.end() if match else position


def blank_start(text: str, end: int) -> int:
    """The start of the blanks that end at ``end``."""
    while end and text[end - 1] in LINE_BLANKS:
        end -= 1
    return end


def title_case(text: str) -> str:
    """Capitals to title case without changing the length ("MCALEENAN" -> "Mcaleenan")."""

    def word(match: re.Match[str]) -> str:
        value = match.group(0)
        cased = value[0] + value[1:].lower()
        return value if value in ROMAN or len(cased) != len(value) else cased

    return _LETTERS_RE.sub(word, text)


def single_given_name(name: str) -> bool:
    """Whether a name is one word, maybe numbered ("Abdullah II"): a king's name."""
    return len([w for w in name.split() if w not in ROMAN]) == 1


def capital_segments(text: str) -> Iterator[tuple[int, int, bool]]:
    """Speaker labels and whole lines in capitals: (start, end, is a whole line)."""
    for match in _CAPITALS_RE.finditer("\n" + text):
        label = match.group(2) is not None
        if not (label and "," in match.group(1)):
            yield match.start(1) - 1, match.end(1) - 1, not label


def is_signature(copy: str, name_end: int) -> bool:
    """A whole line that is a name with an initial or suffix ("JOSEPH R. BIDEN JR.")."""
    tokens = copy[:name_end].split()
    return not copy[name_end:].strip(" ,.") and any(
        INITIALS_RE.fullmatch(t) or t.rstrip(",") in SUFFIXES for t in tokens[1:]
    )


class NameShapes:
    """Where names start and end, given the words that cut or may not start a name.

    Args:
        cut_words: Words never part of a name (title words, "Department", "The").
        time_words: Words that do not start a name ("May", "Monday").
    """

    def __init__(self, cut_words: frozenset[str], time_words: frozenset[str]) -> None:
        self.cut_words = cut_words
        self.time_words = time_words
        # Names recur within and across releases: the words of each distinct candidate
        # are judged once (a dict, not lru_cache, so that the object pickles).
        self._prefixes: dict[str, tuple[int, int]] = {}

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        # See pipeline.pickling; the cache is filled again.
        return NameShapes, (self.cut_words, self.time_words)

    def kept(self, tokens: tuple[str, ...], strict_first: bool) -> tuple[int, int, int]:
        """How many leading tokens form a name; with its count of words and of parts."""
        kept = words = parts = 0
        for index, token in enumerate(tokens):
            if index and token in SUFFIXES:
                kept = index + 1
                break
            if token in PARTICLES:
                continue
            if INITIALS_RE.fullmatch(token):
                parts += 1
                kept = index + 1
                continue
            following = tokens[index + 1] if index + 1 < len(tokens) else ""
            if (
                not index
                and not strict_first
                and token in SURNAME_HOMOGRAPHS
                and following[:1].isupper()
                and following not in self.cut_words
            ):
                words += 1
                parts += 1
                kept = 1
                continue
            if (
                token in self.cut_words
                or (token in self.time_words and (not index or following[:1].isdigit()))
                or (strict_first and not index and token.lower() in STOP_WORDS)
                or (token.isupper() and len(token.replace("-", "")) > 1)
            ):
                break
            words += 1
            parts += 1
            kept = index + 1
        return kept, words, parts

    def _name_prefix(self, candidate: str) -> tuple[int, int]:
        """Length of the name at the start of a :data:`NAME_RE` match, and its parts."""
        found = self._prefixes.get(candidate)
        if found is None:
            spans = [(m.start(), m.end()) for m in _TOKEN_RE.finditer(candidate)]
            kept, words, parts = self.kept(tuple(candidate[s:e] for s, e in spans), False)
            found = (spans[kept - 1][1], parts) if words else (0, 0)
            if len(self._prefixes) < CACHE_SIZE:
                self._prefixes[candidate] = found
        return found

    def name_end(self, text: str, position: int, minimum: int, *, comma: bool = False) -> int:
        """End of the name starting at ``position``, or 0 when none starts there."""
        match = NAME_RE.match(text, position)
        if not match:
            return 0
        length, parts = self._name_prefix(match.group(0))
        if not length or parts < minimum:
            return 0
        end = position + length
        if text[end - 2 : end] in ("Jr", "Sr") and text[end : end + 1] == ".":
            end += 1
        if comma and parts < 2 and text[end : end + 1] not in (",", ";", ".", ")"):
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
                word.endswith(",") and not (tokens and tokens[0][1] in SUFFIXES)
            ):
                break
            tokens.insert(0, (begin, word.rstrip(",")))
            position = begin
            while position and text[position - 1] in LINE_BLANKS:
                position -= 1
            if opened or position == begin:
                break
        first = 0
        for index, (_, token) in enumerate(tokens):
            if INITIALS_RE.fullmatch(token) or token in ROMAN:
                continue
            if (
                token in self.cut_words
                or token in self.time_words
                or (token.isupper() and len(token) > 1)
            ):
                first = index + 1
        tokens = tokens[first:]
        while tokens and (tokens[0][1] in PARTICLES or tokens[0][1] in SUFFIXES):
            tokens = tokens[1:]
        kept, words, parts = self.kept(tuple(t for _, t in tokens), True)
        if not tokens or kept < len(tokens) or not words or parts < minimum:
            return None
        return tokens[0][0]
