"""Parties: who signed, and with whom, from the entity spans around a trigger.

Mentions are read from the span groups the entity components wrote. Their roles come
from the trigger's frame: in the active voice the signers stand before the trigger
("X signed"), in the passive after "by"; counterparties follow "with"; "between A and
B" names both sides. People are preferred over governments when both are named, as
the annotation conventions ask. Countries that only describe a person ("Salvadoran
Minister") or sit inside an instrument's name are not parties of their own.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from ..agency_text import country_name, iso_country_name
from ..extensions import (
    AGENCIES,
    COUNTRIES,
    PEOPLE,
    TITLES,
    cached_spans,
    doc_attr,
    entity_key,
    span_text,
    spans_between,
)
from .companies import describes_company, in_company_name
from .speakers import first_person_at, turn_speaker

ORGANIZATIONS = "organizations"
#: Words for another government's official; a demonym before one is that government.
COUNTERPARTS = frozenset({"counterpart", "counterparts"})
LOCATIVES = frozenset({"at", "in", "near", "inside", "during", "across", "throughout"})
CLAUSE_BREAKS = frozenset({";", "which", "who", "while", "whereas", "but", "although"})


@dataclass(frozen=True)
class Mention:
    """An entity mention that may be a party."""

    start: int
    end: int
    kind: str  # person | country | agency | organization
    name: str
    country: str | None
    title: str | None = None
    #: A country named inside a company's name ("Vietnam Airlines"): a party through the
    #: company, but a deal of companies alone is no event.
    company: bool = False


def _strip_the(text: str) -> str:
    return text[4:] if text.lower().startswith("the ") else text


def _title_for(person: Span, titles: list[Span]) -> Span | None:
    """The TITLE span written next to a person mention (before it, or after a comma)."""
    best = None
    for title in titles:
        if title.kb_id != person.kb_id and title.kb_id:  # hashes: no strings made
            continue
        gap_before = person.start - title.end
        gap_after = title.start - person.end
        # After the name, only an appositive's title is the person's ("X, Minister of
        # ..."), not the next person's ("X and the Chairman of ...").
        appositive = 0 <= gap_after <= 2 and person.doc[person.end].text == ","
        near = 0 <= gap_before <= 2 or appositive
        if near and (best is None or len(title) > len(best)):
            best = title
    return best


def _one_title(written: str, known: str | None) -> str:
    """A person's title as written, in the singular when a plural title names several.

    "Presidents Obama and Medvedev": each is a "President", as the people component
    records the title it gives each person.
    """
    return known if known and written == f"{known}s" else written


#: Honorifics before a title alone that make it a form of address, no party.
_ADDRESSING = frozenset({"Mr.", "Mr", "Mister", "Madam", "Madame"})


def _you_after(doc: Doc, title: Span) -> bool:
    """Whether "you" follows an addressed title: "Mr. Ambassador, you signed ...", its holder."""
    return title.end + 1 < len(doc) and [t.lower_ for t in doc[title.end : title.end + 2]] == [
        ",",
        "you",
    ]


def mentions_in(doc: Doc, start: int, end: int) -> list[Mention]:
    """Party candidates between two token offsets, in text order, without overlaps."""
    people = spans_between(doc, PEOPLE, start, end)
    titles = spans_between(doc, TITLES, start, end)
    table = doc_attr(doc, "entity_attrs") or {}  # read only: no copy
    mentions: list[Mention] = []
    for person in people:
        if _possessive_pronoun(doc, person):
            continue  # "her counterpart": whose, not who
        name = person.kb_id_
        attrs = table.get(entity_key("PERSON", name), {})
        title = _title_for(person, titles)
        country = (title.id_ if title is not None and title.id_ else None) or attrs.get("country")
        mentions.append(
            Mention(
                person.start,
                person.end,
                "person",
                name or span_text(person),
                country,
                _one_title(span_text(title), attrs.get("title"))
                if title is not None
                else attrs.get("title"),
            )
        )
    for index in first_person_at(doc, start, end):
        # "Earlier today, Foreign Minister Nurtleu and I signed": the turn's speaker.
        speaker = turn_speaker(doc, index)
        if speaker is not None:
            attrs = table.get(entity_key("PERSON", speaker.kb_id_), {})
            title = attrs.get("title")
            mentions.append(
                Mention(index, index + 1, "person", speaker.kb_id_, attrs.get("country"), title)
            )
    covered = [(m.start, m.end) for m in mentions] + [(t.start, t.end) for t in titles]
    # A title that stands for a person already named ("the Minister") is that person,
    # unless it is the title of a name next to it ("Minister Ken Ofori-Atta"); another
    # title alone beside it is another person ("the Ambassador and the Minister").
    named = [m for m in mentions if m.kind == "person"]
    for title in titles:
        if title.start and doc[title.start - 1].text in _ADDRESSING and not _you_after(doc, title):
            continue  # "QUESTION: Mr. Secretary, the MCC signed ...": whom a question addresses
        beside = any(abs(title.start - m.end) <= 2 or abs(m.start - title.end) <= 2 for m in named)
        if not title.kb_id and title.id and not beside:
            # "The Secretary of State and the Foreign Minister of Chile signed": an office
            # named for no one stands for its government.
            mentions.append(
                Mention(title.start, title.end, "country", iso_country_name(title.id_), title.id_)
            )
            continue
        if title.kb_id and not beside:
            attrs = table.get(entity_key("PERSON", title.kb_id_), {})
            mentions.append(
                Mention(
                    title.start,
                    title.end,
                    "person",
                    title.kb_id_,
                    title.id_ or attrs.get("country"),
                    span_text(title),
                )
            )
    for agency in spans_between(doc, AGENCIES, start, end):
        if not _inside(agency, covered):
            attrs = table.get(entity_key("AGENCY", agency.kb_id_), {})
            mentions.append(
                Mention(
                    agency.start,
                    agency.end,
                    "agency",
                    agency.kb_id_ or span_text(agency),
                    attrs.get("country"),
                )
            )
    for organization in spans_between(doc, ORGANIZATIONS, start, end):
        if not _inside(organization, covered):
            mentions.append(
                Mention(
                    organization.start,
                    organization.end,
                    "organization",
                    organization.kb_id_ or _strip_the(span_text(organization)),
                    None,
                )
            )
    covered += [(m.start, m.end) for m in mentions]
    title_starts = {t.start for t in titles}
    for country in spans_between(doc, COUNTRIES, start, end):
        if _inside(country, covered):
            continue
        described_company = country.id_ == "demonym" and describes_company(doc, country, covered)
        if (
            country.id_ == "demonym"
            and not described_company
            and _describes_next(doc, country, mentions, titles)
        ) or (country.end in title_starts and _names_a_mission(doc, country, mentions)):
            continue
        counterpart = country.end < len(doc) and doc[country.end].lower_ in COUNTERPARTS
        mentions.append(
            Mention(
                country.start,
                country.end + counterpart,
                "country",
                country_name(country)
                if country.id_ == "demonym"
                else _strip_the(span_text(country)),
                country.kb_id_ or None,
                company=described_company or in_company_name(doc, country),
            )
        )
    mentions.sort(key=lambda m: m.start)
    return _named_counterparts(doc, mentions)


def _named_counterparts(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A counterpart named after a comma acts for the demonym's country.

    "her Ghanaian counterpart, Minister Kofi Mensah": the person, not also the country.
    """
    kept: list[Mention] = []
    for index, mention in enumerate(mentions):
        following = mentions[index + 1] if index + 1 < len(mentions) else None
        if (
            following is not None
            and following.kind == "person"
            and mention.kind == "country"
            and doc[mention.end - 1].lower_ in COUNTERPARTS
            and mention.end < len(doc)
            and doc[mention.end].text == ","
            and following.start - mention.end <= 6
        ):
            mentions[index + 1] = with_country(following, mention.country)
            continue
        kept.append(mention)
    return kept


def _possessive_pronoun(doc: Doc, person: Span) -> bool:
    """A pronoun that says whose the next word is ("his remarks", "her counterpart")."""
    if person.id_ != "pronoun" or person.end >= len(doc):
        return False
    if person.start >= 2 and doc[person.start - 2].lower_ == "behalf":
        return False  # "signed on behalf of his government": he signs for it
    following = doc[person.end]
    return (
        person.text.lower() in ("his", "her")
        and following.is_alpha
        and following.lower_ not in STOP_WORDS
    )


def party_tokens(doc: Doc, start: int, end: int) -> set[int]:
    """Token indices of the party mentions between two token offsets."""
    return {i for m in mentions_in(doc, start, end) for i in range(m.start, m.end)}


def _inside(span: Span, ranges: list[tuple[int, int]]) -> bool:
    return any(start <= span.start and span.end <= end for start, end in ranges)


def _names_a_mission(doc: Doc, country: Span, mentions: list[Mention]) -> bool:
    """A country between an agency and the title after it: "USAID/Tanzania Mission Director"."""
    if country.start == 0:
        return False
    before = country.start - (doc[country.start - 1].text == "/")
    return any(m.kind == "agency" and m.end == before for m in mentions)


def _describes_next(doc: Doc, country: Span, mentions: list[Mention], titles: list[Span]) -> bool:
    """A demonym that modifies the next word ("Salvadoran Minister", "Emirati roads").

    Not before a word for a government's people ("Emirati officials", "the Filipino and
    American delegations"): those stand for the country, unnamed.
    """
    if country.end >= len(doc):
        return False
    following = doc[country.end]
    if following.lower_ in COUNTERPARTS:
        return False  # "her Chilean counterpart": the country's official, unnamed
    if _head_noun(doc, country.end) in GOVERNMENT_PEOPLE:
        return False
    return following.is_alpha and (
        following.text[0].isupper()
        or any(t.start == country.end for t in titles)
        or any(m.start == country.end for m in mentions)
        or following.is_lower
    )


#: Words for a government's people, unnamed: a demonym before one stands for the country.
GOVERNMENT_PEOPLE = frozenset(
    {"officials", "delegation", "delegations", "delegates", "negotiators", "representatives"}
    | {"authorities", "government", "governments", "side", "sides", "leaders", "ministers"}
)


def _head_noun(doc: Doc, start: int) -> str:
    """The lower-case word after a demonym and those coordinated with it ("and American")."""
    position = start
    while position < min(len(doc), start + 6) and (
        doc[position].lower_ in ("and", ",") or doc[position].text[:1].isupper()
    ):
        position += 1
    return doc[position].lower_ if position < len(doc) else ""


def _after_locative(doc: Doc, start: int, floor: int) -> bool:
    """Whether a run of capitalised words ending at ``start`` follows "at"/"in".

    Not when the "in" is a title's ("Consul General in Lagos Mark Stevens").
    """
    i = start - 1
    while i >= floor and (doc[i].text[:1].isupper() or doc[i].lower_ == "the"):
        i -= 1
    if i < floor or doc[i].lower_ not in LOCATIVES:
        return False
    return not any(title.start < i < title.end for title in cached_spans(doc, TITLES))


def drop_locatives(doc: Doc, mentions: list[Mention], floor: int = 0) -> list[Mention]:
    """Remove mentions that name a place.

    "at DHS U.S. Customs and Border Protection Headquarters", "in Mexico".
    """
    return [m for m in mentions if not _after_locative(doc, m.start, floor)]


def with_country(mention: Mention, country: str | None) -> Mention:
    """The mention with a country set where it had none."""
    if mention.country or not country:
        return mention
    return replace(mention, country=country)


def prefer_people(mentions: list[Mention], doc: Doc | None = None) -> list[Mention]:
    """People when any are named, otherwise every mention.

    A government or body (with a country) whose country no named person acts for stays
    beside them: in "The United States and Salvadoran President Nayib Bukele signed" the
    United States signs as itself. A country that names where a city is ("ACCRA, Ghana — Ambassador
    Palmer and Minister Ofori-Atta signed", "in Accra, Ghana, ...") is no such party.
    """
    people = [m for m in mentions if m.kind == "person"]
    if not people:
        return mentions
    acting_for = {m.country for m in people}
    return [
        m
        for m in mentions
        if m.kind == "person"
        or (
            m.kind in ("country", "agency", "organization")
            and m.country
            and m.country not in acting_for
            and not (doc is not None and m.kind == "country" and city_country(doc, m.start, m.end))
        )
    ]


_DASHES = frozenset({"—", "–", "-", "--"})
#: What may follow "in Accra, Ghana": the end of the place's phrase.
_PLACE_ENDS = frozenset({",", ".", ";", ":", ")", ""})


def city_country(doc: Doc, start: int, end: int) -> bool:
    """Whether the country at tokens ``start:end`` says where the city before it is.

    "ACCRA, Ghana —" (a dateline) or "in Accra, Ghana," ("City, Country" after a
    preposition of place).
    """
    if start < 2 or doc[start - 1].text != "," or not doc[start - 2].text[:1].isupper():
        return False
    after = doc[end].text if end < len(doc) else ""
    city = start - 2
    while city > 0 and doc[city - 1].text[:1].isupper():
        city -= 1  # "SAN JOSÉ"
    before = doc[city - 1].lower_ if city > 0 else ""
    # "in Education, Ghana and Togo ...": a place's country closes its phrase.
    return after in _DASHES or (before in LOCATIVES and after in _PLACE_ENDS)


def unique(mentions: list[Mention]) -> list[Mention]:
    """Mentions without repeats of the same party (same kind and name, or same country)."""
    seen: set[tuple[str, str]] = set()
    kept = []
    for mention in mentions:
        key = (
            mention.kind,
            mention.name.lower() if mention.kind != "country" else mention.country or "",
        )
        if key in seen:
            continue
        seen.add(key)
        kept.append(mention)
    return kept


def to_party(mention: Mention, role: str) -> dict[str, str | None]:
    """A party record as DESIGN.md's event record lists it."""
    return {
        "name": mention.name,
        "kind": mention.kind,
        "title": mention.title if mention.kind == "person" else None,
        "country": mention.country,
        "role": role,
    }
