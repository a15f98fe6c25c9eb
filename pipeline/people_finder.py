"""Find people anchored by titles, honorifics, roles, speech verbs and capitals.

A capitalised word is taken as a name only where the context says so: after a title
("Acting Secretary of Homeland Security Kevin K. McAleenan", "Senators Reed and
Whitehouse"), an honorific ("Mr. Spavor"), a role ("citizens Michael Spavor and Michael
Kovrig"); before ", <title>" ("Antony J. Blinken, Secretary of State", so bylines too);
next to a speech verb ("said Al Owais", "Maria Lopez said"; two words at least); in a
speaker label or signature in capitals ("SECRETARY BLINKEN:", "JOSEPH R. BIDEN JR.").
What a name looks like is :mod:`pipeline.name_shapes`; a title's country is
:mod:`pipeline.title_context`.

Cues (titles, honorifics, roles, speech verbs) are found on tokens through the pipeline's
shared phrase index (:mod:`pipeline.phrases`); anchored regular expressions then run at
their offsets, so the Python work grows with the number of cues, not of tokens.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from . import title_shapes as shapes
from .after_names import (
    AND_UNCLOSED,
    IN_PLACE,
    ROLE_APPOSITIVE,
    country_from_role,
    home_leader,
    ranked_at_home,
    titled_next,
)
from .extensions import doc_text
from .mentions import Mention, merge_mentions
from .name_shapes import (
    CACHE_SIZE,
    blank_start,
    capital_segments,
    is_signature,
    next_word,
    single_given_name,
    skip_blank,
    title_case,
)
from .names import capitalise
from .people_lexicon import TitleLexicon
from .phrases import PhraseIndex, phrase_index
from .title_context import (
    NO_CONTEXT,
    SpanContext,
    TitleHit,
    default_country,
    extend_chain,
    has_prefix,
    read_title,
)
from .title_names import left_appositive, name_ending_complement, name_line_above

__all__ = ["CUES", "Mention", "PeopleFinder", "merge_mentions", "people_finder"]

CUES = ("TITLE", "SPEECH", "HONORIFIC", "ROLE")


def _outside(ctx: SpanContext, text: str, begin: int, head: int) -> int:
    """The first word from ``begin`` that no country or agency covers, or ``head``.

    "... and Scientific Affairs Principal Deputy Assistant Secretary": "Affairs" may start
    a title ("Foreign Affairs Minister") but here ends the name of a bureau.
    """
    while begin < head and ctx.known(begin):
        after = next_word(text, begin, head)
        if after is None:
            return head
        begin = after
    return begin


#: What may follow a name set off after an unknown office: a comma or a sentence's end.
_NAME_CLOSED = re.compile(r"[ \t]*(?:[,;.)]|$)")


def _alone_worthy(hit: TitleHit) -> bool:
    # Plurals and ranks that are also common words ("General") stand for no one alone.
    return not hit.entry.plural_form and hit.entry.min_name_tokens == 1


def people_finder(
    nlp: Language,
    lexicon: TitleLexicon,
    speech_verbs: list[str],
    home_country: str,
    namespace: str,
    home_leaders: Iterable[str] = (),
) -> PeopleFinder:
    """A finder whose cues are added to the shared phrase index of ``nlp``.

    Args:
        nlp: The pipeline, for the vocabulary of the cue matcher.
        lexicon: Titles, honorifics, roles and name stopwords.
        speech_verbs: Verbs (and "according to") next to which a full name is a person.
        home_country: ISO alpha-3 code for offices marked ``home``; ``""`` for none.
        namespace: The cues' namespace in the phrase index; its earlier cues are dropped.
        home_leaders: Surnames of the home country's Presidents.
    """
    # Cues are found on tokens through the shared phrase index (regular expressions that
    # search a whole text cost more than tokenisation); expressions then run at their
    # offsets.
    phrases = phrase_index(nlp.vocab)
    phrases.clear(namespace)
    for cue, cue_phrases in (
        ("TITLE", lexicon.title_phrases()),
        ("SPEECH", speech_verbs),
        ("HONORIFIC", lexicon.phrases["honorific"]),
        ("ROLE", lexicon.phrases["role"]),
    ):
        variants = {v for p in cue_phrases for v in (p, p.replace("'", "’"), p.replace("’", "'"))}
        if cue == "SPEECH":  # "According to" opens sentences; "Said" is also a name
            variants |= {p[0].upper() + p[1:] for p in cue_phrases if " " in p}
        if variants:
            phrases.add(namespace, cue, [phrases.doc(nlp, v) for v in sorted(variants)])
    return PeopleFinder(lexicon, phrases, namespace, home_country, frozenset(home_leaders))


class PeopleFinder:
    """The recognisers over one Doc's text; see the module docstring.

    Made by :func:`people_finder`, which adds the cues to the shared phrase index.

    Args:
        lexicon: Titles, honorifics, roles and name stopwords.
        phrases: The pipeline's shared phrase index, holding the cues.
        namespace: The cues' namespace in ``phrases``.
        home_country: ISO alpha-3 code for offices marked ``home``; ``""`` for none.
        home_leaders: Surnames of the home country's Presidents.
    """

    def __init__(
        self,
        lexicon: TitleLexicon,
        phrases: PhraseIndex,
        namespace: str,
        home_country: str,
        home_leaders: frozenset[str] = frozenset(),
    ) -> None:
        self.lex = lexicon
        self.names = lexicon.names
        self.home_country = home_country
        self.home_leaders = home_leaders
        self.phrases = phrases
        self.namespace = namespace
        self.cue_names = {phrases.key(namespace, c): c for c in CUES}
        self._capitals_seen: dict[tuple[str, bool], list[Mention]] = {}

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        # See pipeline.pickling: the cues stay in the pickled phrase index.
        args = (self.lex, self.phrases, self.namespace, self.home_country, self.home_leaders)
        return PeopleFinder, args

    def cues(self, doc: Doc) -> dict[str, list[tuple[int, int]]]:
        """Character ranges of titles, speech verbs, honorifics and roles, in text order."""
        found: dict[str, list[tuple[int, int]]] = {c: [] for c in CUES}
        matches = sorted(self.phrases.matches(doc, self.namespace), key=lambda m: (m[1], -m[2]))
        names = self.cue_names
        # A few cues per Doc: their tokens cost less than an array of all token offsets.
        for key, start, end in matches:
            last = doc[end - 1]
            found[names[key]].append((doc[start].idx, last.idx + len(last)))
        return found

    def find(self, doc: Doc) -> tuple[list[Mention], list[TitleHit]]:
        """All person mentions and the titles that stand alone.

        Args:
            doc: The Doc, with its ``countries`` and ``agencies`` span groups if any.
        """
        text, cues = doc_text(doc), self.cues(doc)
        lex, names = self.lex, self.names
        ctx = SpanContext.of(doc)
        mentions: list[Mention] = []
        alone: list[TitleHit] = []
        self.title_people(text, ctx, mentions, alone, [start for start, _ in cues["TITLE"]])
        for start, _ in cues["HONORIFIC"]:
            position = lex.skip_honorifics(text, start)
            if position > start:
                mentions += self._named(text, position, names.name_end(text, position, 1))
        for start, end in cues["ROLE"]:
            mentions += self._name_list(text, skip_blank(text, end), 2, [])
            left = left_appositive(self.names, text, start)
            if left is not None:
                mentions.append(Mention(left[0], left[1], text[left[0] : left[1]]))
        for start, end in cues["SPEECH"]:
            after = skip_blank(text, end)
            mentions += self._named(text, after, names.name_end(text, after, 2))
            before = blank_start(text, start)
            begin = names.name_start(text, before, 2) if before < start else None
            if begin is not None:
                mentions.append(Mention(begin, before, text[begin:before]))
        mentions += self.capitals(text)
        if not ctx.empty:
            mentions = [m for m in mentions if not ctx.overlaps(m.start, m.end)]
        if not any(m.weak for m in mentions):
            return merge_mentions(mentions), alone
        words = {w for m in mentions if not m.weak for w in m.name.split()}
        kept = [m for m in mentions if not m.weak or m.name.strip() in words]
        if len(kept) < len(mentions):
            # The titles of a dropped name stand alone ("Envoy for Hostage Affairs Carstens").
            dropped = [m for m in mentions if m.weak and m.name.strip() not in words]
            mentions = kept
            alone = sorted(
                alone + [h for m in dropped for h in m.titles if _alone_worthy(h)],
                key=lambda h: h.start,
            )
        return merge_mentions(mentions), alone

    @staticmethod
    def _named(text: str, start: int, end: int) -> list[Mention]:
        return [Mention(start, end, text[start:end])] if end else []

    def title_people(
        self,
        text: str,
        ctx: SpanContext,
        mentions: list[Mention],
        alone: list[TitleHit],
        starts: Iterable[int] | None = None,
    ) -> None:
        """Title-anchored people (title before or after the name) and titles alone.

        ``starts`` are the offsets of head titles, in order (all titles are searched if
        None); modifiers before them ("Acting") are taken in.
        """
        lex, position, last_head = self.lex, 0, -1
        items: Iterable[int | re.Match[str]] = (
            lex.title_re.finditer(text) if starts is None else starts
        )
        for item in items:
            if isinstance(item, int):
                if item < position or item == last_head:
                    continue  # a head inside the title or name just read
                last_head = item
                found_match = lex.title_re.match(
                    text, _outside(ctx, text, lex.modifiers_start(text, item), item)
                )
                if found_match is None:
                    continue
                match = found_match
            else:
                match = item
            start = match.start()
            if start < position or ctx.inside_agency(start) or shapes.office_before(text, start):
                continue
            chain = [read_title(lex, text, ctx, match)]
            if not _alone_worthy(chain[0]) and shapes.of_before(text, start):
                continue  # "Department of Justice", "Board of Directors"
            extend_chain(lex, text, ctx, chain)
            found = self._after_title(text, ctx, chain)
            if found and len(chain) > 1:
                # "Acting Prime Minister and Secretary Blinken": two people, unless the
                # titles have a body before them or a full name follows.
                split = max((i for i, h in enumerate(chain) if h.after_and), default=0)
                if split and found[0].parts < 2 and not has_prefix(chain[0], lex, text):
                    alone += [h for h in chain[:split] if _alone_worthy(h)]
                    for mention in found:
                        mention.titles = chain[split:]
                    chain = chain[split:]
            if not found:
                last = chain[-1]
                greedy_end = lex.complement_end(
                    text, last.head_end, last.entry, ctx.known, greedy=True
                )[0]
                # After "in" the complement is a place, of one word or more ("Consul
                # General in Lagos Mark Stevens"); an office needs two ("Equipment and Water").
                placed = IN_PLACE.match(text, last.head_end) is not None
                named = name_ending_complement(
                    self.names, text, last.end, greedy_end, 1 if placed else 2
                )
                if named is not None:
                    # "Minister of Equipment and Water Nizar Baraka": the office's words
                    # are unknown, the name closes the run of capitalised words.
                    last.end = named[0]
                    found = [Mention(named[1], named[2], text[named[1] : named[2]], chain)]
                elif greedy_end > last.end:
                    # "Minister of Production, Julio Prado, said": the name follows the
                    # office's unknown words between commas (not "..., Banco Pichincha and
                    # the U.S. Embassy signed": a list of parties).
                    last.end = greedy_end
                    if shapes.rank_at(text, greedy_end + 1) and extend_chain(lex, text, ctx, chain):
                        # "Chairman of the Kenya Defence Forces Gen. X": the holder's rank.
                        found = self._after_title(text, ctx, chain)
                    else:
                        found = (
                            self._after_title(text, ctx, chain)
                            if text.startswith(",", greedy_end)
                            else []
                        )
                        if found and not _NAME_CLOSED.match(text, found[-1].end):
                            found = []
            if not found and _alone_worthy(chain[-1]):
                left = left_appositive(self.names, text, chain[0].start) or name_line_above(
                    self.names, text, chain[0].start
                )
                if left is not None:
                    found = [Mention(left[0], left[1], text[left[0] : left[1]], chain)]
            described = bool(found) and ROLE_APPOSITIVE.match(text, found[-1].end) is not None
            if described:
                described = country_from_role(text, ctx, chain, found[-1].end)
            for index, hit in enumerate(chain):
                if not ranked_at_home(text, chain, index, described):
                    continue
                default_country(hit, self.home_country, self.lex, text)
            if found and self.home_leaders:
                if len(found) > 1 and chain[-1].entry.plural_form:
                    # "Presidents Obama and Medvedev": the title is each one's own.
                    for mention in found:
                        own = [hit.shifted(0) for hit in chain]
                        if home_leader(own, mention.name, self.home_leaders, self.home_country):
                            mention.titles = own
                else:
                    home_leader(chain, found[-1].name, self.home_leaders, self.home_country)
            position = chain[-1].end
            if found:
                mentions.extend(found)
                for mention in found:
                    position = max(position, mention.end)
            else:
                alone.extend(hit for hit in chain if _alone_worthy(hit))

    def _after_title(self, text: str, ctx: SpanContext, chain: list[TitleHit]) -> list[Mention]:
        entry = chain[-1].entry
        position, comma = shapes.skip_comma(text, chain[-1].end)
        position = self.lex.skip_honorifics(text, position)
        if entry.plural_form:
            return [] if comma else self._name_list(text, position, entry.min_name_tokens, chain)
        end = self.names.name_end(text, position, entry.min_name_tokens, comma=comma)
        if not end:
            return []
        # "The First Lady, A, and B", "The Minister of Production, Banco Pichincha and the
        # Embassy": a list, unless a titled person follows the "and".
        listed = shapes.list_follows(text, end) or AND_UNCLOSED.match(text, end)
        if comma and listed and not titled_next(self.lex, text, end):
            return []
        if comma and left_appositive(self.names, text, chain[0].start) is not None:
            return []  # "A, current President of X, B, ...": the title is A's
        country_start = shapes.of_country_start(text, end)
        country = ctx.country_starting_at(country_start) if country_start is not None else ""
        if country:
            for hit in chain:
                hit.country = hit.country or country
        mention = Mention(position, end, text[position:end], chain)
        # One word after "of/for ..." or a comma may end the title, not name a person
        # ("Assistant Secretary for International Markets, ..."); kept only if the word
        # is part of a name found elsewhere.
        mention.weak = mention.parts == 1 and (comma or chain[-1].end > chain[-1].head_end)
        if entry.in_name and single_given_name(mention.name):
            mention.start, mention.name = chain[-1].start, text[chain[-1].start : end]
        return [mention]

    def _name_list(
        self, text: str, position: int, minimum: int, chain: list[TitleHit]
    ) -> list[Mention]:
        found: list[Mention] = []
        while True:
            end = self.names.name_end(text, position, minimum)
            if not end:
                return found
            found.append(Mention(position, end, text[position:end], chain))
            joint = shapes.list_joint_at(text, end)
            if not joint or self.lex.title_re.match(text, joint.end()):
                return found
            position = joint.end()

    def capitals(self, text: str) -> list[Mention]:
        """Speaker labels and signatures in capitals, read through a title-cased copy."""
        mentions = []
        for start, end, whole_line in capital_segments(text):
            mentions += [m.shifted(start) for m in self._capital(text[start:end], whole_line)]
        return mentions

    def _capital(self, segment: str, whole_line: bool) -> list[Mention]:
        # Speaker labels repeat ("MR PRICE", "QUESTION"): each distinct one is read once.
        key = (segment, whole_line)
        if key in self._capitals_seen:
            return self._capitals_seen[key]
        copy = title_case(segment)
        found: list[Mention] = []
        self.title_people(copy, NO_CONTEXT, found, [], None)
        honorific = self.lex.honorific_re.match(copy)
        if honorific and not found:
            found = self._named(
                copy, honorific.end(), self.names.name_end(copy, honorific.end(), 1)
            )
        if whole_line and not found:
            name_end = self.names.name_end(copy, 0, 2)
            if name_end and is_signature(copy, name_end):
                found = [Mention(0, name_end, "")]
        for mention in found:
            mention.name = capitalise(segment[mention.start : mention.end])
            for hit in mention.titles:
                default_country(hit, self.home_country, self.lex, copy)
        if len(self._capitals_seen) < CACHE_SIZE:
            self._capitals_seen[key] = found
        return found
