"""A title found in the text, and the country and agency it belongs to.

A title's country, first found wins: a country or agency just before it ("Salvadoran
Minister", "El Salvador's Minister", "State Department Spokesperson"); "of <country>" or
an agency inside it ("Secretary of the U.S. Department of Homeland Security"); "of
<country>" after the name ("President Nayib Bukele of El Salvador", set by the finder);
last, the ``home_country`` for offices marked ``home`` in ``titles.jsonl`` (U.S. federal
offices: "Secretary of State", "Vice President", "Senator"), only when no word naming a
body stands before the title and no "of" phrase was added to the office ("Secretary of
Foreign Affairs" of Mexico stays unknown). A UK "Secretary of State for ..." with no
country before it is therefore taken as American: rule sets for other publishers set
``home_country`` and the ``home`` marks to match.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from spacy.tokens import Doc

from .extensions import (
    AGENCIES,
    COUNTRIES,
    cached_spans,
    doc_attr,
    doc_text,
    entity_key,
    span_cache,
)
from .people_lexicon import TitleEntry, TitleLexicon
from .span_offsets import OffsetIndex
from .title_shapes import chain_at, of_before, prefix_end

#: A mission named after a region, right after an agency's name and a slash.
_MISSION_REGION = re.compile(r"/[A-Z][\w'’-]*(?: (?:and )?[A-Z][\w'’-]*){0,3} ?\Z")
#: A region named after a mission's country: " and East Africa", " and the Pacific".
_AND_REGION = re.compile(r" and (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}\Z")


class TitleHit:
    """A title found in the text, with its country and agency.

    A plain class, not a dataclass: compiled, its ``__init__`` is native code, where a
    dataclass's generated one runs in the interpreter (a title is read thousands of times
    per corpus). Compared by identity, as the people finder needs.
    """

    def __init__(
        self,
        start: int,
        end: int,
        entry: TitleEntry,
        country: str = "",
        agency: str | None = None,
        has_prefix: bool | None = None,
        of_phrase: bool = False,
        head_end: int = 0,
        after_and: bool = False,
        defaulted: bool = False,
    ) -> None:
        self.start = start
        self.end = end
        self.entry = entry
        self.country = country
        self.agency = agency
        # A body named before it ("UN Envoy"); None: not read yet.
        self.has_prefix = has_prefix
        self.of_phrase = of_phrase
        self.head_end = head_end
        self.after_and = after_and
        # The country is the home one only because nothing else said.
        self.defaulted = defaulted

    def __repr__(self) -> str:
        return (
            f"TitleHit(start={self.start}, end={self.end}, title={self.entry.title!r}, "
            f"country={self.country!r}, agency={self.agency!r})"
        )

    def shifted(self, offset: int) -> TitleHit:
        """The same title ``offset`` characters further on."""
        return TitleHit(
            self.start + offset,
            self.end + offset,
            self.entry,
            self.country,
            self.agency,
            self.has_prefix,
            self.of_phrase,
            self.head_end + offset,
            self.after_and,
            self.defaulted,
        )


_CONTEXT_KEY = "\x1ftitle context"


class SpanContext:
    """Country and agency spans of a Doc by character offsets (empty without a Doc).

    Only offsets are read from every span; a ``kb_id_`` is read when a title needs it.
    """

    def __init__(self, doc: Doc | None = None) -> None:
        self.doc = doc
        # The agency recognizer has indexed the countries already (agency_text.Countries).
        self.countries = OffsetIndex.of(doc, COUNTRIES) if doc is not None else OffsetIndex([])
        self.agencies = OffsetIndex.of(doc, AGENCIES) if doc is not None else OffsetIndex([])
        self.empty = not self.countries.spans and not self.agencies.spans
        self._exact: set[tuple[int, int]] | None = None  # (start, end) of every span

    @classmethod
    def of(cls, doc: Doc) -> SpanContext:
        """The Doc's context, made once while its country and agency groups stay the same.

        The people recognizer and the alias linker both read it.
        """
        cache = span_cache(doc)
        known = cache.get(_CONTEXT_KEY)
        if (
            known is None
            or known.countries.source is not cached_spans(doc, COUNTRIES)
            or known.agencies.source is not cached_spans(doc, AGENCIES)
        ):
            known = cache[_CONTEXT_KEY] = cls(doc)
        return known

    def country_ending_at(self, char: int) -> str:
        """The country code of a country span that ends at ``char``, or ""."""
        span = self.countries.by_end.get(char)
        return span.kb_id_ if span is not None else ""

    def country_starting_at(self, char: int) -> str:
        """The country code of a country span that starts at ``char``, or ""."""
        span = self.countries.by_start.get(char)
        return span.kb_id_ if span is not None else ""

    def mission_of(self, char: int) -> str:
        """The agency whose mission a country ending at ``char`` names, or "".

        "USAID/Tanzania Mission Director", "Peace Corps Ghana Country Director": the
        agency's officer in that country.
        """
        if self.doc is None:
            return ""
        text = doc_text(self.doc)
        country = self.countries.by_end.get(char)
        low = max(0, char - 60)
        # Each expression below is searched only where the text it needs is there: a
        # search tries every offset of the window, and most titles have neither.
        if country is None and text.find(" and ", low, char) >= 0:
            # "USAID/Kenya and East Africa Mission Director": a region after the country.
            region = _AND_REGION.search(text, low, char)
            country = self.countries.by_end.get(region.start()) if region else None
        if country is None:
            if text.find("/", low, char) < 0:
                return ""
            # "USAID/Central Asia Mission Director": a region the gazetteer does not know.
            mission = _MISSION_REGION.search(text, low, char)
            return self.agency_ending_at(mission.start()) if mission else ""
        start = country.start_char
        if start < 2 or text[start - 1] not in "/ ":
            return ""
        return self.agency_ending_at(start - 1)

    def agency_ending_at(self, char: int) -> str:
        """The canonical name of an agency span that ends at ``char``, or ""."""
        span = self.agencies.by_end.get(char)
        return span.kb_id_ if span is not None else ""

    def agency_country(self, agency: str) -> str:
        """The country of an agency, from its entity attributes ("" when unknown)."""
        table = (doc_attr(self.doc, "entity_attrs") or {}) if self.doc is not None else {}
        return str(table.get(entity_key("AGENCY", agency), {}).get("country") or "")

    def known(self, char: int) -> bool:
        """Whether a country or agency covers the character."""
        return self.countries.covering(char) or self.agencies.covering(char)

    def inside_agency(self, char: int) -> bool:
        """Whether an agency span covers the character, not at its start."""
        group = self.agencies
        index = bisect_right(group.starts, char) - 1
        return index >= 0 and group.starts[index] < char < group.ends[index]

    def within(self, start: int, end: int) -> list[tuple[int, str, str]]:
        """Countries and agencies inside [start, end) as (start, kind, kb), in order."""
        found = []
        for group, kind in ((self.countries, "COUNTRY"), (self.agencies, "AGENCY")):
            index = bisect_left(group.starts, start)
            while index < len(group.starts) and group.starts[index] < end:
                if group.ends[index] <= end:
                    found.append((group.starts[index], kind, group.spans[index].kb_id_))
                index += 1
        return sorted(found)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a country or agency overlaps [start, end)."""
        return self.countries.overlapping(start, end) or self.agencies.overlapping(start, end)

    def inside_other(self, start: int, end: int) -> bool:
        """Whether [start, end) starts inside a country or agency that is not exactly it."""
        if not (self.countries.covering(start) or self.agencies.covering(start)):
            return False
        if self._exact is None:  # made on the first hit inside one, then kept with the context
            self._exact = {
                (begin, stop)
                for group in (self.countries, self.agencies)
                for begin, stop in zip(group.starts, group.ends, strict=True)
            }
        return (start, end) not in self._exact


NO_CONTEXT = SpanContext()


def read_title(
    lexicon: TitleLexicon, text: str, ctx: SpanContext, match: re.Match[str]
) -> TitleHit:
    """The title of a :attr:`TitleLexicon.title_re` match with its complement and country."""
    entry = lexicon.entry(match)
    end, of_phrase = lexicon.complement_end(text, match.end(), entry, ctx.known)
    hit = TitleHit(match.start(), end, entry, of_phrase=of_phrase, head_end=match.end())
    before = prefix_end(text, match.start())
    country = ctx.country_ending_at(before)
    # "USAID/Tanzania Mission Director", "USAID/Kenya and East Africa Mission Director".
    agency = (
        ctx.mission_of(before)
        if country
        else ctx.agency_ending_at(before) or ctx.mission_of(before)
    )
    if agency:
        country = ""
    if not country and not agency:
        country = _country_before_body(text, ctx, before)
    if country:
        hit.country, hit.has_prefix = country, True
    elif agency:
        hit.agency = agency
        hit.country, hit.has_prefix = ctx.agency_country(agency), True
    if end > match.end():
        for at, kind, kb in ctx.within(match.end(), end):
            if kind == "AGENCY" and hit.agency is None:
                hit.agency = kb
                hit.country = hit.country or ctx.agency_country(kb)
            elif kind == "COUNTRY" and not hit.country and of_before(text, at):
                hit.country = kb
    return hit


#: Up to three capitalised words of a body's name right before a title.
_BODY_WORDS = re.compile(r"(?:[A-Z][\w&-]*[ \t]+){1,3}\Z")


def _country_before_body(text: str, ctx: SpanContext, before: int) -> str:
    """A country just before the body a title is of, or "".

    "Bangladeshi Economic Relations Division Secretary": up to three capitalised words of
    the body's name between the country and the title.
    """
    if not before or not text[before - 1 : before].isalpha():
        return ""
    low = max(0, before - 60)
    # The country would end at most three characters before the window (an "'s" and a
    # blank): without one there, most titles skip the search of every offset.
    if not ctx.countries.overlapping(max(0, prefix_end(text, low) - 3), before + 1):
        return ""
    words = _BODY_WORDS.search(text, low, before + 1)
    if words is None:
        return ""
    return ctx.country_ending_at(prefix_end(text, words.start()))


def has_prefix(hit: TitleHit, lexicon: TitleLexicon, text: str) -> bool:
    """Whether a country, agency or other body is named just before the title.

    Read on first use: only home offices and chains of titles need it.
    """
    if hit.has_prefix is None:
        hit.has_prefix = lexicon.has_body_prefix(text, hit.start)
    return hit.has_prefix


def default_country(hit: TitleHit, home_country: str, lexicon: TitleLexicon, text: str) -> None:
    """Give a home office ("Secretary of State") the home country when nothing else did."""
    if (
        not hit.country
        and home_country
        and hit.entry.home
        and not hit.of_phrase
        and not has_prefix(hit, lexicon, text)
    ):
        hit.country = home_country
        hit.defaulted = True


def extend_chain(lexicon: TitleLexicon, text: str, ctx: SpanContext, chain: list[TitleHit]) -> bool:
    """Add the titles joined to the chain's last one; whether any was added.

    "Acting Prime Minister and Minister of Foreign Affairs", "Minister, Secretary of
    ...", and an office followed by its holder's military rank ("Chairman of the Joint
    Chiefs of Staff Maj. Gen."). A later title takes the first one's country when it
    has none; a rank never takes that of a body ending the office before it.
    """
    added = False
    while True:
        joint = chain_at(text, chain[-1].end)
        following = joint and lexicon.title_re.match(text, joint.end())
        if not joint or not following:
            return added
        hit = read_title(lexicon, text, ctx, following)
        if joint.group(0).isspace():  # a rank, after "... of the Joint Chiefs of Staff"
            hit.country = chain[-1].country or hit.country
        hit.country = hit.country or chain[0].country
        hit.has_prefix = has_prefix(hit, lexicon, text) or has_prefix(chain[0], lexicon, text)
        hit.after_and = "and" in joint.group(0)
        chain.append(hit)
        added = True
