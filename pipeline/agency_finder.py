"""The agencies and organisations of a Doc: the work of ``undersigned_agencies``.

:mod:`pipeline.components.agencies` (whose docstring says where candidates come from)
loads the data and builds :class:`AgencySettings`; :func:`find_bodies` reads a Doc with
them.
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Doc

from .acronym_definitions import AcronymKnowledge, with_definitions
from .agency_data import Body, BodyPattern
from .agency_spans import Candidate, select, with_parent_country
from .agency_text import Countries, gazetteer_context_ok
from .extensions import doc_text
from .head_last import head_last_bodies
from .head_of import head_of_bodies, short_mentions
from .namesakes import foreign_namesake, starts_longer_name
from .pattern_bodies import NameWords, pattern_body
from .phrases import PhraseIndex

#: The rule id of a gazetteer match, by the role of the phrase matched.
_GAZETTEER_RULES = {
    "name": "gazetteer_name",
    "acronym": "gazetteer_acronym",
    "state_code": "gazetteer_acronym",
    "single": "gazetteer_single",
    "office": "gazetteer_office",
}


class AgencySettings(NamedTuple):
    """What :func:`find_bodies` reads besides the Doc.

    Attributes:
        phrases: The pipeline's shared phrase index.
        namespace: The recognizer's namespace in ``phrases``.
        keys: Match key -> (role, body) of a gazetteer phrase, or ("pattern", pattern).
        head_key: The match key of head words ("Agency", "Authority").
        bank_key: The match key of the bank heads ("Bank").
        words: The words that end or make a name read after a trigger.
        head_last_names: Read bodies named head last ("Kenya's ... Authority").
        head_of_names: Read bodies named head first ("the ... Authority of Singapore").
        head_last_stop: The words that end a head-last name.
        government_heads: Words that make a name a government body ("Ministry").
        define_acronyms: Read acronyms defined in the release.
        acronym_knowledge: What the gazetteer knows that a definition is read against.
    """

    phrases: PhraseIndex
    namespace: str
    keys: dict[int, tuple[str, Body | BodyPattern]]
    head_key: int
    bank_key: int
    words: NameWords
    head_last_names: bool
    head_of_names: bool
    head_last_stop: frozenset[str]
    government_heads: frozenset[str]
    define_acronyms: bool
    acronym_knowledge: AcronymKnowledge


def find_bodies(doc: Doc, settings: AgencySettings) -> list[Candidate]:
    """The agencies and organisations of a Doc, overlaps resolved."""
    text, countries = doc_text(doc), Countries(doc)
    found: list[Candidate] = []
    triggers: list[tuple[int, int, BodyPattern]] = []
    heads: list[int] = []
    banks: list[int] = []  # "Bank" of "Central Bank", read head first only
    keys, head_key, bank_key = settings.keys, settings.head_key, settings.bank_key
    for match_id, start, end in settings.phrases.matches(doc, settings.namespace):
        if match_id == head_key:
            heads.append(start)
            continue
        if match_id == bank_key:
            banks.append(end - 1)
            continue
        role, target = keys[match_id]
        if isinstance(target, BodyPattern):
            triggers.append((start, end, target))
        elif role == "name" or role == "acronym" or gazetteer_context_ok(doc, start, end, role):
            foreign = foreign_namesake(doc, text, countries, start, end, target, role)
            if foreign is None and starts_longer_name(doc, end):
                continue  # "the Washington State Department of Ecology"
            found.append(foreign or Candidate(start, end, target, _GAZETTEER_RULES[role]))
    if triggers:
        # The gazetteer knows the full name of a body it starts or holds ("Department of
        # State", "U.S. Agency for International Development"); reading a name there
        # would run on ("Department of State Antony J. Blinken").
        known = {i for c in found if c.rule != "foreign_namesake" for i in range(c.start, c.end)}
        for start, end, pattern in triggers:
            if not (pattern.takes_name and start in known):
                candidate = pattern_body(doc, text, countries, start, end, pattern, settings.words)
                if candidate is not None:
                    found.append(candidate)
    if (heads or banks) and (settings.head_last_names or settings.head_of_names):
        covered = {i for c in found for i in range(c.start, c.end)}
        loose = [h for h in heads if h not in covered]
        if loose and settings.head_last_names:
            body_ends = frozenset(c.end for c in found)
            head_last = head_last_bodies(
                doc,
                text,
                countries,
                settings.head_last_stop,
                settings.government_heads,
                body_ends,
                [doc[h].idx for h in loose],
            )
            # "Kenya's Energy and Petroleum Regulatory Authority ... The Energy and
            # Petroleum Regulatory Authority has not signed": the same body.
            found += head_last + short_mentions(doc, text, head_last)
        loose_banks = [h for h in banks if h not in covered]
        if (loose or loose_banks) and settings.head_of_names:
            head_first = head_of_bodies(
                doc, text, countries, settings.head_last_stop, sorted(loose + loose_banks)
            )
            found += head_first + short_mentions(doc, text, head_first)
    # "the Treasury's Office of Technical Assistance (OTA)": the parent's country, before
    # an acronym takes the office's name.
    found = with_parent_country(doc, select(found))
    if settings.define_acronyms:
        found = with_definitions(doc, text, countries, found, settings.acronym_knowledge)
    return select(found)
