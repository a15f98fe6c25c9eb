"""Parties a group phrase stands for: "the two countries", "both sides", "the two officials".

"The two countries" are the latest two countries named before its sentence (in a bilateral
release, its government and its partner rather than a country named once in passing);
"the two agencies" the latest pair of agencies; "the agency" the publisher's latest one;
"the two officials" the people of the nearest sentences that name as many. :mod:`.roles`
asks these when a trigger's own clause names no party plainly.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..extensions import AGENCIES, COUNTRIES, TITLES, cached_spans, doc_attr, entity_key
from .groups import nearest_group_before
from .indirect import country_label, group_phrase_before
from .lexicon import Lexicon
from .parties import Mention, mentions_in
from .publisher import PASSING, partner_country
from .words import lower_words


def group_phrase_parties(
    doc: Doc,
    sentence: Span,
    lexicon: Lexicon,
    trigger_start: int | None = None,
    home: str | None = None,
) -> list[Mention]:
    """Parties that "the two countries", "both sides" or "the two agencies" stand for.

    The latest distinct countries (or agencies) named before the sentence, as many as the
    phrase counts. A phrase for agencies counts only before the trigger (its subject: "the
    agencies entered into"), not after it ("... that directs the agencies to ..."). "The
    agency" is the latest of ``home``'s agencies (the publisher's country) when one is named
    before it, else the latest agency.
    """
    # Tokens hold no spaces, so a phrase is in the sentence when its words, joined by
    # spaces, are in the sentence's words joined the same way: one search each in C.
    joined = f" {' '.join(lower_words(doc, sentence.start, sentence.end))} "
    before = trigger_start if trigger_start is not None else sentence.end
    subject = f" {' '.join(lower_words(doc, sentence.start, before))} "
    # The largest group, and of those the longest phrase ("the two countries", not "the two").
    found = max(
        (
            (group.size, len(words), group, words)
            for words, group in lexicon.groups.items()
            if f" {' '.join(words)} " in (joined if group.stands_for == "countries" else subject)
            or (
                group.stands_for != "countries"
                and any(f" {w} {' '.join(words)} " in joined for w in ("by", "between", "among"))
            )
        ),
        key=lambda item: item[:2],
        default=None,
    )
    if found is None:
        return []
    phrase = found[2]
    if phrase.stands_for == "people":
        # "hosted A in Washington today, where the two officials signed": the people
        # named before the phrase, this sentence included; else their countries.
        people = latest_people(doc, before, phrase.size)
        if people:
            return people
    if phrase.stands_for == "agencies":
        table = doc_attr(doc, "entity_attrs") or {}
        agencies = cached_spans(doc, AGENCIES)
        # "the agency" may stand for one named earlier in its own sentence ("MCC's board
        # approved ..., and the agency expects to sign"); a pair is named before it.
        limit = before if phrase.size == 1 else sentence.start
        spans = _latest_distinct(doc, agencies, limit, phrase.size, pairs=phrase.size > 1)
        if phrase.size == 1 and home:
            # "USAID partnered with Kenya's National Drought Management Authority. The
            # agency signed ...": in a government's release, its own latest agency.
            own = [
                span
                for span in agencies
                if span.start < limit
                and table.get(entity_key("AGENCY", span.kb_id_), {}).get("country") == home
            ]
            spans = own[-1:] or spans
        return [
            Mention(
                span.start,
                span.end,
                "agency",
                span.kb_id_,
                table.get(entity_key("AGENCY", span.kb_id_), {}).get("country"),
            )
            for span in spans
        ]
    countries = cached_spans(doc, COUNTRIES)
    spans = _latest_distinct(doc, countries, sentence.start, phrase.size)
    home_pair = _home_and_partner(doc, countries, spans, home, phrase.size)
    if home_pair:
        # "The leaders discussed the war in Ukraine ... the two countries intend to sign":
        # the release's own government and its partner, not a country named in passing.
        return home_pair
    if not spans and home and "our" in found[3]:
        # "the Charter that our two countries signed in 2009": the publisher's own
        # government is one of them, whoever was named before.
        partner = partner_country(doc, home)
        if partner is not None and phrase.size == 2:
            home_party = Mention(partner.start, partner.end, "country", country_label(home), home)
            return [home_party, partner]
    if not spans:
        # "Secretary Vilsack met with Kenyan Cabinet Secretary Mithika Linturi. The two
        # sides signed ...": fewer countries named than the phrase counts, but its people.
        people = latest_people(doc, before, phrase.size)
        return people if len(people) == phrase.size else []
    return [
        Mention(span.start, span.end, "country", span.text.removeprefix("the "), span.kb_id_)
        for span in spans
    ]


def _home_and_partner(
    doc: Doc, countries: list[Span], pair: list[Span], home: str | None, size: int
) -> list[Mention]:
    """The publisher's government and its partner, for "the two countries".

    Only in a bilateral release whose latest two countries are the partner and one named
    only once.
    """
    if size != 2 or not home or len(pair) != 2 or home in {s.kb_id_ for s in pair}:
        return []
    partner = partner_country(doc, home)
    if partner is None or partner.country not in {s.kb_id_ for s in pair}:
        return []
    other = next(s for s in pair if s.kb_id_ != partner.country)
    if sum(s.kb_id_ == other.kb_id_ for s in countries) > 1:
        return []
    # Named in passing: the object of a preposition ("the war in Ukraine"), not a subject
    # ("Ghana and Togo met in Accra").
    if lower_words(doc, other.start - 1, other.start) not in ([p] for p in PASSING):
        return []
    # The home government is named where the partner is (a mention needs a place).
    return [Mention(partner.start, partner.end, "country", country_label(home), home), partner]


#: Verbs of saying: a person next to one is quoted, not one of "the two officials".
SPEECH_VERBS = frozenset({"said", "says", "noted", "notes", "stated", "announced", "mentioned"})
#: Sentences, the phrase's own included, whose people "the two officials" may stand for.
PEOPLE_WINDOW = 3


def latest_people(doc: Doc, before: int, size: int) -> list[Mention]:
    """The people "the two officials" stand for, in the order of their latest mentions.

    People named in the phrase's sentence and the two before it, a quote's speaker left
    out (", said Spokesperson Ned Price"): exactly ``size`` of them, or with more the
    phrase is left to the countries; with fewer, the latest ``size`` named before.
    """
    sentence = doc[before].sent if before < len(doc) else doc[before - 1].sent
    start = sentence.start
    near: list[Mention] | None = None
    for sentences in range(PEOPLE_WINDOW - 1):
        if start == 0:
            break
        start = doc[start - 1].sent.start
        near = _distinct_people(doc, mentions_in(doc, start, before))
        # The nearest sentences that name as many people as the phrase counts: "Okafor met
        # with Lt. Gen. Cabrera. The two signed ..." after another officer named before.
        if len(near) == size or (len(near) > size and sentences):
            break
    if near is None:  # the first sentence: no sentence before it was read
        near = _distinct_people(doc, mentions_in(doc, start, before))
    if len(near) >= size:
        return near if len(near) == size else []
    everyone = _distinct_people(doc, mentions_in(doc, 0, before))
    return everyone[-size:] if size and len(everyone) >= size else []


def _distinct_people(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Each person once, at their latest mention, in text order; speakers left out."""
    found: list[Mention] = []
    for mention in reversed(mentions):
        if mention.kind != "person" or _speaker(doc, mention):
            continue
        if all(m.name != mention.name for m in found):
            found.insert(0, mention)
    return found


#: Marks that close a quote before its speaker: '..." said X', '..., said X'.
_QUOTE_CLOSERS = frozenset({",", '"', "”", "’", "'"})


def _speaker(doc: Doc, mention: Mention) -> bool:
    """Whether a person is the speaker of a quote: '..., said (Spokesperson) X', 'X said: "'.

    Not "Secretary Blinken said the agreement would ...": reported speech, whose speaker
    may well be one of the officials.
    """
    after = mention.end
    if after < len(doc) and doc[after].lower_ in SPEECH_VERBS:
        following = doc[after + 1].text if after + 1 < len(doc) else ""
        return following in _QUOTE_CLOSERS or following in (":", "“")
    i = mention.start - 1
    while i >= 0 and i >= mention.start - 5 and doc[i].text[:1].isupper():
        i -= 1  # the title before the name ("Department Spokesperson")
    return i >= 1 and doc[i].lower_ in SPEECH_VERBS and doc[i - 1].text in _QUOTE_CLOSERS


#: Words that join the members of a coordinated pair ("The FMC and the DOJ").
PAIR_GLUE = frozenset({"and", ",", "the", "&"})


def _latest_distinct(
    doc: Doc, spans: list[Span], before: int, size: int, pairs: bool = False
) -> list[Span]:
    """The ``size`` latest spans before a token with distinct ids, in text order.

    With ``pairs`` (agencies), the latest two named together ("The FMC and the DOJ are
    both part of the White House Competition Council") win over the latest two apart, and
    a body whose name opens a longer one ("White House" of "the White House Competition
    Council") is none of them.
    """
    described = {t.start for t in cached_spans(doc, TITLES)} if pairs else set()
    told = sorted((s for s in spans if s.start < before and s.kb_id_), key=lambda s: s.start)
    # "NASA Administrator Bill Nelson" is NASA's; "White House Competition Council" not.
    ordered = [
        s
        for s in told
        if not (
            pairs and s.end < before and doc[s.end].text[:1].isupper() and s.end not in described
        )
    ]
    if len({s.kb_id_ for s in ordered}) < size:
        ordered = told  # "NOAA Fisheries", "the Department of Labor Wage and Hour Division"
    if not ordered:
        return []
    found: list[Span] = []
    for span in reversed(ordered):
        if span.kb_id_ not in {s.kb_id_ for s in found}:
            found.insert(0, span)
        if len(found) == size:
            break
    if len(found) < size:
        return []
    if pairs and size == 2 and not _together(doc, found):
        # Only a pair told in the sentence of the latest one ("The FMC and the DOJ are both
        # part of the White House ..."), not one told further back.
        latest = ordered[-1].sent.start
        for first, second in zip(ordered[-2::-1], ordered[::-1], strict=False):
            if first.start < latest:
                break
            if first.kb_id_ != second.kb_id_ and _together(doc, [first, second]):
                return [first, second]
    return found


def _together(doc: Doc, pair: list[Span]) -> bool:
    """Whether two spans are coordinated: only "and", commas and articles between them."""
    words = lower_words(doc, pair[0].end, pair[1].start)
    return "and" in words and all(word in PAIR_GLUE for word in words)


def people_for_between(
    doc: Doc,
    lexicon: Lexicon,
    mentions: list[Mention],
    between: list[Mention],
    frame: str,
    floor: int,
    trigger: int,
) -> list[Mention]:
    """The people who sign for the parties of a "between A and B" after the verb, if any.

    "Secretary A and Minister B signed an agreement between the United States and Ghana",
    "..., where the two officials signed ...": the parties are the people, as named, when
    they are as many as the parties and act for every country among them; not "Ambassador
    A signed an agreement between the United States and Ghana" (Ghana would be lost), nor
    "The United States, represented by Ambassador A, signed ...".
    """
    if frame not in ("active", "join"):
        return []
    parties = {m.name for m in between}  # "the Department of Defense (DoD)" is one
    subject = nearest_group_before(doc, mentions, trigger, floor)
    # A country that opens a person's title is that person's ("Deputy U.S. Trade
    # Representative Karen Whitlock"), no party of its own.
    title_starts = {title.start for title in cached_spans(doc, TITLES)}
    subject = [m for m in subject if m.kind == "person" or m.end not in title_starts]
    if subject and not all(m.kind == "person" for m in subject):
        return []
    if not subject and group_phrase_before(doc, lexicon, floor, trigger, stands_for="people"):
        subject = latest_people(doc, trigger, len(parties))
    acting_for = {m.country for m in subject}
    if len(subject) < len(parties) or not {m.country for m in between} <= acting_for:
        return []
    return subject
