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
        starts: list[int] = []
        ends: list[int] = []
        # The furthest end among the spans that start at or before each one: a span
        # that starts before ``end`` overlaps [start, end) if it reaches past ``start``.
        reach: list[int] = []
        furthest, in_order = -1, True
        # One pass, each offset read once: the recognizers write their spans in order.
        for span in spans:
            start, end = span.start_char, span.end_char
            if starts and start < starts[-1]:
                in_order = False
            furthest = max(furthest, end)
            starts.append(start)
            ends.append(end)
            reach.append(furthest)
        if not in_order:  # a user's group may be in any order
            spans = sorted(spans, key=lambda s: s.start_char)
            starts = [s.start_char for s in spans]
            ends = [s.end_char for s in spans]
            reach = list(accumulate(ends, max))
        self.spans = spans
        self.starts = starts
        self.ends = ends
        self.reach = reach
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
