"""Signing events from a dependency parse: who is the subject, the agent, the "with" object.

A rule set's dependency rules are spaCy ``DependencyMatcher`` patterns whose node names
say what each matched token is to the signing (:data:`ROLES`): the ``trigger`` (the anchor:
"signed", "signing", "signatory"), the ``instrument`` it governs, a ``signer``, a
``counterparty``, a ``between`` party (either side of "between A and B") or the party the
signers act on ``behalf`` of. Other nodes are structure and start with ``_``; a role may be
suffixed (``signer_2``) when one pattern names it twice.

A rule with an ``instrument`` node makes events; a rule without one only supplies parties
to the events of the same trigger. For each trigger and role the rule listed first that
supplies the role wins, so direct relations are listed before inherited ones ("X met Y
and signed": the subject of "met"). A role's parties are the entity mentions in the
matched token's subtree (relative clauses and punctuation pruned), or, when it holds
none, the statistical NER's entities of the allowed labels.

The instrument, status, date and place are read with :mod:`pipeline.extraction`'s
instruments, context and lexicon, and events are merged with
:func:`~pipeline.extraction.merge.merge_events`, so records have the same shape and
meaning as the default rule set's.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Span, Token

from ..extensions import doc_attr
from .events import Parties, Settings, Trigger, event_for
from .group_phrases import group_phrase_parties
from .instruments import Found, find_instruments
from .lexicon import Lexicon
from .merge import merge_events
from .parties import Mention, drop_locatives, mentions_in, prefer_people, unique, with_country
from .publisher import is_stage_direction, principals, self_parties
from .roles import Context

#: Node names with a meaning; other nodes are structure and must start with "_".
ROLES = ("trigger", "instrument", "signer", "counterparty", "between", "behalf")
#: Dependents whose subtrees say something about a party rather than name one.
PRUNED_DEPENDENTS = frozenset({"relcl", "acl", "advcl", "punct"})
#: NER labels and the party kind they become when a role's subtree has no entity span.
NER_KINDS = {"PERSON": "person", "ORG": "organization"}


def node_role(name: str) -> str | None:
    """The role a pattern node name stands for ("signer_2" -> "signer"), None for "_x"."""
    if name.startswith("_"):
        return None
    base = name.split("_", 1)[0] if name not in ROLES else name
    return base if base in ROLES else None


@dataclass(frozen=True)
class DependencyRule:
    """One dependency pattern of a rule set, with the role of each of its nodes."""

    id: str
    confidence: float
    roles: tuple[str | None, ...]  # by node position, as the matcher reports tokens

    @property
    def makes_events(self) -> bool:
        """Whether the rule names an instrument (otherwise it only supplies parties)."""
        return "instrument" in self.roles


@dataclass
class TriggerRoles:
    """What the rules found around one trigger token: rule ids and tokens by role."""

    trigger: int
    instruments: list[tuple[DependencyRule, list[int]]] = field(default_factory=list)
    parties: dict[str, tuple[DependencyRule, list[int]]] = field(default_factory=dict)


def collect_roles(
    matches: Iterable[tuple[int, Sequence[int]]],
    rules: Sequence[DependencyRule],
    rule_index: dict[int, int],
) -> list[TriggerRoles]:
    """Group matcher results by trigger token, in rule order.

    Args:
        matches: ``(match_id, token_ids)`` pairs from a ``DependencyMatcher``.
        rules: The rules, in the rule set's order.
        rule_index: The position in ``rules`` of each match id.

    Returns:
        One entry per trigger token, in text order. ``instruments`` lists each event rule
        that matched with its instrument tokens, in rule order; ``parties`` keeps, per
        role, the first rule (in rule order) that supplied it, with all its tokens.
    """
    found: dict[int, dict[int, dict[str, list[int]]]] = {}
    for match_id, token_ids in matches:
        position = rule_index[match_id]
        rule = rules[position]
        by_role = found.setdefault(token_ids[0], {}).setdefault(position, {})
        for role, token in zip(rule.roles, token_ids, strict=True):
            if role is not None and role != "trigger" and token not in by_role.setdefault(role, []):
                by_role[role].append(token)
    result = []
    for trigger in sorted(found):
        entry = TriggerRoles(trigger)
        for position in sorted(found[trigger]):
            rule, by_role = rules[position], found[trigger][position]
            for role, tokens in by_role.items():
                if role == "instrument":
                    entry.instruments.append((rule, tokens))
                elif role not in entry.parties:
                    entry.parties[role] = (rule, tokens)
        result.append(entry)
    return result


def instruments_at(doc: Doc, tokens: Sequence[int], found: Sequence[Found]) -> list[Found]:
    """The lexicon instruments that matched instrument tokens (and their conjuncts) fall in.

    A token inside a listed plural ("agreements on A, on B") yields every item of the list.
    """
    wanted: list[int] = []
    for i in tokens:
        wanted.extend([i, *(t.i for t in doc[i].conjuncts)])
    chosen: list[Found] = []
    for i in sorted(set(wanted)):
        for item in found:
            inside = item.start <= i < item.end or item.head_start <= i < item.head_end
            if inside and item not in chosen:
                chosen.append(item)
    return sorted(chosen, key=lambda item: item.start)


def _allowed_tokens(token: Token) -> set[int]:
    """Token indices of a subtree without its pruned dependents' subtrees."""
    allowed = {t.i for t in token.subtree}
    for child in token.children:
        if child.dep_ in PRUNED_DEPENDENTS:
            allowed -= {t.i for t in child.subtree}
    return allowed


def role_mentions(
    doc: Doc,
    tokens: Sequence[int],
    sentence: Span,
    avoid: Sequence[tuple[int, int]],
    ner_kinds: dict[str, str],
) -> list[Mention]:
    """Party mentions in the subtrees of a role's tokens.

    Args:
        doc: The parsed Doc with entity span groups.
        tokens: The role's matched tokens.
        sentence: The trigger's sentence; mentions outside it are ignored.
        avoid: Token ranges whose mentions are not parties (the instruments' names).
        ner_kinds: NER labels to fall back on, with the party kind each becomes.

    Returns:
        Mentions in text order, without repeats.
    """
    mentions: list[Mention] = []
    for i in tokens:
        allowed = _allowed_tokens(doc[i])
        start, end = max(min(allowed), sentence.start), min(max(allowed) + 1, sentence.end)
        inside = [
            m
            for m in mentions_in(doc, start, end)
            if all(t in allowed for t in range(m.start, m.end))
            and not any(a <= m.start and m.end <= b for a, b in avoid)
        ]
        if not inside and ner_kinds:
            inside = [
                Mention(ent.start, ent.end, ner_kinds[ent.label_], ent.text, None)
                for ent in doc.ents
                if ent.label_ in ner_kinds
                and start <= ent.start
                and ent.end <= end
                and all(t in allowed for t in range(ent.start, ent.end))
            ]
        mentions.extend(drop_locatives(doc, inside, sentence.start))
    return unique(sorted(mentions, key=lambda m: m.start))


def assign_parties(
    roles: TriggerRoles,
    context: Context,
    lexicon: Lexicon,
    settings: Settings,
    ner_kinds: dict[str, str],
    avoid: Sequence[tuple[int, int]],
) -> Parties:
    """Signers, counterparties, and which fallback supplied them, from the role subtrees.

    Signers are the ``signer`` subtrees' mentions (people preferred), else the ``between``
    ones; counterparties the ``counterparty`` ones; a ``behalf`` mention gives its country
    to signers without one. A first-person signer ("We signed") is the publisher's
    government, as the default rule set reads it (fallback "self"). With no party at all,
    the default rule set's fallbacks, named as it names them: "group" (the countries "the
    two countries" stands for), "self", "stage" (a stage direction's principals), "name"
    (the parties named inside the instrument); "" when the parse named the parties.
    """
    doc, sentence = context.doc, context.sentence
    home, home_name = settings.publisher_country, settings.publisher_country_name

    def of(role: str) -> list[Mention]:
        if role not in roles.parties:
            return []
        return role_mentions(doc, roles.parties[role][1], sentence, avoid, ner_kinds)

    signers = prefer_people(of("signer")) or prefer_people(of("between"))
    counterparties = [m for m in of("counterparty") if m not in signers]
    fallback = ""
    first_person = any(
        doc[i].lower_ in lexicon.self_words for i in roles.parties.get("signer", (None, []))[1]
    )
    if not signers and first_person:
        # "We signed an agreement with Kenya": the partner stays the counterparty.
        named = {m.country for m in counterparties}
        own = self_parties(context, lexicon, home, home_name)
        signers, fallback = [m for m in own if m.country not in named or m.country == home], "self"
    if not signers and not counterparties:
        in_name = [
            m
            for m in mentions_in(doc, sentence.start, sentence.end)
            if any(a <= m.start and m.end <= b for a, b in avoid)
        ]
        for name, found in (
            ("group", lambda: group_phrase_parties(doc, sentence, lexicon, context.start)),
            ("self", lambda: self_parties(context, lexicon, home, home_name)),
            ("stage", lambda: principals(doc) if is_stage_direction(sentence) else []),
            ("name", lambda: in_name),
        ):
            signers, fallback = found(), name
            if signers:
                break
    behalf = of("behalf")
    if behalf:
        signers = [with_country(m, behalf[0].country) for m in signers]
    return unique(signers), [m for m in unique(counterparties) if m not in signers], fallback


def named_excluded(instrument: Found, lexicon: Lexicon) -> bool:
    """Whether an instrument's name holds an excluded phrase of two or three words."""
    name = tuple(instrument.name.lower().split())
    return any(
        name[i : i + size] in lexicon.excluded
        for size in (3, 2)
        for i in range(len(name) - size + 1)
    )


def _first_instruments(
    doc: Doc, entry: TriggerRoles, found: Sequence[Found], lexicon: Lexicon
) -> tuple[DependencyRule, list[Found]] | None:
    """The first event rule whose instrument tokens fall in lexicon instruments."""
    for rule, tokens in entry.instruments:
        chosen = [f for f in instruments_at(doc, tokens, found) if not named_excluded(f, lexicon)]
        if chosen:
            return rule, chosen
    return None


def extract_dependency_events(
    doc: Doc,
    roles: Sequence[TriggerRoles],
    lexicon: Lexicon,
    settings: Settings,
    ner_labels: Iterable[str] = tuple(NER_KINDS),
) -> list[dict[str, Any]]:
    """Every signing event of a parsed Doc, merged across mentions, in text order.

    Args:
        doc: A Doc with a dependency parse, sentences and entity span groups.
        roles: The triggers and roles :func:`collect_roles` found.
        lexicon: The rule set's signing lexicon (instruments, status cues, groups).
        settings: Date fallback and publisher, as in the default rule set.
        ner_labels: NER labels a role may fall back on when it holds no entity span.

    Returns:
        Event records, as :func:`pipeline.extraction.events.extract_events` returns them.
    """
    ner_kinds = {label: NER_KINDS[label] for label in ner_labels if label in NER_KINDS}
    events: list[dict[str, Any]] = []
    instruments_by_sentence: dict[int, list[Found]] = {}
    for entry in roles:
        if not entry.instruments:
            continue
        sentence = doc[entry.trigger].sent
        found = instruments_by_sentence.setdefault(
            sentence.start, find_instruments(sentence, lexicon)
        )
        first = _first_instruments(doc, entry, found, lexicon)
        if first is None:
            continue
        rule, chosen = first
        trigger = Trigger(
            rule.id, "dependency", rule.confidence, 0, entry.trigger, entry.trigger + 1
        )
        avoid = [(f.start, f.end) for f in chosen]
        for instrument in chosen:
            context = Context(
                doc, sentence, trigger.start, trigger.end, "dependency", instrument, sentence.start
            )
            parties = assign_parties(entry, context, lexicon, settings, ner_kinds, avoid)
            # The record itself is the default rule set's: same fields, status, date, place.
            event = event_for(doc, trigger, context, lexicon, settings, known_parties=parties)
            if event is not None:
                events.append(event)
    return merge_events(events, doc_attr(doc, "release_date"))
