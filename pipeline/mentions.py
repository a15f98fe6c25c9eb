"""A person's name as found in the text, with the titles given to it there.

The people finder (:mod:`pipeline.people_finder`) proposes mentions from several cues;
overlapping ones are merged here, and a surname's home office given by default yields
to the country the release states for the same person, before the recognizer writes them.
"""

from __future__ import annotations

from .name_shapes import name_words
from .title_context import TitleHit


class Mention:
    """A person's name in the text and the titles given to it there.

    A plain class, not a dataclass, for the reason :class:`TitleHit` gives; equal when all
    its fields are.
    """

    def __init__(
        self,
        start: int,
        end: int,
        name: str,
        titles: list[TitleHit] | None = None,
        weak: bool = False,
    ) -> None:
        self.start = start
        self.end = end
        self.name = name
        self.titles: list[TitleHit] = [] if titles is None else titles
        self.weak = weak

    def _fields(self) -> tuple[int, int, str, list[TitleHit], bool]:
        return (self.start, self.end, self.name, self.titles, self.weak)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Mention) and self._fields() == other._fields()

    def __repr__(self) -> str:
        return f"Mention(start={self.start}, end={self.end}, name={self.name!r}, weak={self.weak})"

    @property
    def parts(self) -> int:
        """Number of words in the name."""
        return len(self.name.split())

    def shifted(self, offset: int) -> Mention:
        """The same mention ``offset`` characters further on."""
        return Mention(
            self.start + offset,
            self.end + offset,
            self.name,
            [hit.shifted(offset) for hit in self.titles],
            self.weak,
        )


def merge_mentions(mentions: list[Mention]) -> list[Mention]:
    """One mention per stretch of text: the longest of overlapping ones, with all titles."""
    merged: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if merged and mention.start < merged[-1].end:
            merged[-1].titles += [t for t in mention.titles if t not in merged[-1].titles]
            continue
        merged.append(mention)
    return merged


def stated_countries(mentions: list[Mention]) -> None:
    """Replace default home countries by the one stated for the same person elsewhere.

    "Philippine Secretary of Foreign Affairs Enrique Manalo ... Secretary Manalo": the bare
    "Secretary" defaults to the home country, but the release said whose secretary he
    is. The same person is a name whose words hold the other's, or are held by them ("Cho
    Hyun-dong" and "Cho"; not "Ken Salazar" and "Luz María Salazar"); only a person with
    one stated country is changed.
    """
    stated = [
        (frozenset(name_words(m.name)), hit.country)
        for m in mentions
        for hit in m.titles
        if hit.country and not hit.defaulted
    ]
    if not stated:
        return
    for mention in mentions:
        if not any(hit.defaulted for hit in mention.titles):
            continue
        words = frozenset(name_words(mention.name))
        countries = {c for named, c in stated if words and (words <= named or named <= words)}
        if len(countries) != 1:
            continue
        (country,) = countries
        for hit in mention.titles:
            if hit.defaulted and hit.country != country:
                hit.country, hit.defaulted = country, False
