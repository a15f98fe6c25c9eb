"""A span group of a Doc indexed by character offsets, made once and shared.

The agency recognizer looks up countries by offset (:class:`pipeline.agency_text.Countries`)
and the people recognizer and alias linker look up countries and agencies
(:class:`pipeline.title_context.SpanContext`). Reading the offsets of every span is most
of the cost of such an index (a Doc has dozens of country mentions), so each group is
indexed once per Doc while the group stays the same, and the index is kept with the
Doc's cached span lists.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate

from spacy.tokens import Doc, Span

from .extensions import cached_spans, span_cache


class OffsetIndex:
    """The spans of one group by character offsets, in text order.

    Args:
        spans: The group's spans, as :func:`~pipeline.extensions.cached_spans` gives them.
    """

    def __init__(self, spans: list[Span]) -> None:
        self.source = spans
        starts = [s.start_char for s in spans]
        if starts != sorted(starts):  # the recognizers write in order; a user may not
            spans = sorted(spans, key=lambda s: s.start_char)
            starts = [s.start_char for s in spans]
        self.spans = spans
        self.starts = starts
        self.ends = [s.end_char for s in spans]
        # The furthest end among the spans that start at or before each one: a span
        # that starts before ``end`` overlaps [start, end) if it reaches past ``start``.
        self.reach = list(accumulate(self.ends, max))
        # Made on first use: many Docs never look a span up by its start.
        self._by_start: dict[int, Span] | None = None
        self._by_end: dict[int, Span] | None = None

    @classmethod
    def of(cls, doc: Doc, group: str) -> OffsetIndex:
        """The index of a Doc's group, made again only when the group changes."""
        spans = cached_spans(doc, group)  # a new list whenever the group changes
        cache = span_cache(doc)
        key = f"\x1foffsets {group}"
        known = cache.get(key)
        if known is None or known.source is not spans:
            known = cache[key] = cls(spans)
        return known

    @property
    def by_start(self) -> dict[int, Span]:
        """Spans by start offset (the last of those that start at the same offset)."""
        if self._by_start is None:
            self._by_start = dict(zip(self.starts, self.spans, strict=True))
        return self._by_start

    @property
    def by_end(self) -> dict[int, Span]:
        """Spans by end offset (the last of those that end at the same offset)."""
        if self._by_end is None:
            self._by_end = dict(zip(self.ends, self.spans, strict=True))
        return self._by_end

    def covering(self, char: int) -> bool:
        """Whether a span covers the character."""
        index = bisect_right(self.starts, char)
        return index > 0 and self.reach[index - 1] > char

    def overlapping(self, start: int, end: int) -> bool:
        """Whether a span overlaps [start, end)."""
        index = bisect_right(self.starts, end - 1)
        return index > 0 and self.reach[index - 1] > start
