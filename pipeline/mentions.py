"""A person's name as found in the text, with the titles given to it there.

The people finder (:mod:`pipeline.people_finder`) proposes mentions from several cues;
overlapping ones are merged here before the recognizer writes them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .title_context import TitleHit


@dataclass(slots=True)
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
