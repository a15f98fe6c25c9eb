"""Where the signing rules need to look: windows around anchor words, by rule group.

Every rule has an anchor token with literal words ("signed", "signatory"); a match holds
one of those words at that token, so the Matcher only needs to see the tokens a match
can reach from an anchor word. How far that is differs by rule: "signed by" reaches one
token past its anchor, "became the first signatory to" seven tokens before it. Rules are
therefore matched in groups: the near rules (at most :data:`NEAR` tokens either side of
the anchor) in small windows around their anchor words, the far ones in wider windows
around theirs, and rules with an unbounded wildcard in whole sentences. A Matcher's cost
grows with the tokens it sees and the patterns it tries at each, so most text is seen
only by the near rules, in windows a third the size one window for all would need.

A rule's anchor must be a token every match holds (not optional or negated) with
``LOWER``, ``ORTH`` or ``TEXT`` words; a rule of the ``ignore`` frame has no anchor of its
own: it joins the first group whose anchor words hold all the words of one such token of
its, and widens that group's windows to reach its matches.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.errors import MatchPatternError
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from .errors import Errors, RuleSetError
from .extensions import HashSet, lower_column

#: The most tokens a near rule's match reaches before or after its anchor token.
NEAR = 4

Extent = tuple[int, int]  # tokens a match may reach (before, after) its anchor token


@dataclass
class RuleGroup:
    """Rules matched together in windows of one size around their anchor words.

    Attributes:
        rule_ids: The ids of the group's rules, in rule-set order.
        matcher: A Matcher holding those rules.
        anchors: ``LOWER`` hashes of the words that anchor them.
        extent: Tokens the windows take before and after an anchor word; None for
            whole sentences.
    """

    rule_ids: list[str]
    matcher: Matcher
    anchors: HashSet
    extent: Extent | None


def literals(pattern_token: dict[str, Any]) -> list[str]:
    """The words a Matcher token pattern accepts, as the ``LOWER`` column holds them.

    ``LOWER``, ``ORTH`` and ``TEXT`` values, lower-cased; empty when the token accepts any
    word or only ``NORM`` values (a norm such as "not" for "n't" is not its lower-case form).
    """
    words: list[str] = []
    for key in ("LOWER", "ORTH", "TEXT"):
        value = pattern_token.get(key)
        if isinstance(value, str):
            words.append(value.lower())
        elif isinstance(value, dict) and isinstance(value.get("IN"), list):
            words.extend(str(v).lower() for v in value["IN"])
    return words


def _required(pattern_token: dict[str, Any]) -> bool:
    """Whether every match holds the token at least once (not "?", "*", "!", "{0,n}")."""
    op = str(pattern_token.get("OP", "1"))
    if op in ("1", "+"):
        return True
    if op.startswith("{"):
        return int(op.strip("{}").split(",")[0] or 0) >= 1
    return False


def can_anchor(pattern_token: dict[str, Any]) -> bool:
    """Whether a token can anchor its rule: every match holds one of its words."""
    return _required(pattern_token) and bool(literals(pattern_token))


def anchor_index(rule: dict[str, Any], path: Path | str) -> int:
    """The index of a rule's anchor token: its ``anchor``, else its first token that can."""
    pattern = rule["pattern"]
    index = rule.get("anchor")
    if index is None:
        index = next((i for i, token in enumerate(pattern) if can_anchor(token)), None)
    if index is None or not 0 <= index < len(pattern) or not can_anchor(pattern[index]):
        raise RuleSetError(
            Errors.E012.format(
                path=path,
                pattern_id=rule["id"],
                detail='it has no token to anchor it; set "anchor" to the index of a token '
                'with LOWER, ORTH or TEXT words that every match holds (no "OP" of "?", '
                '"*", "!" or "{0,n}")',
            )
        )
    return int(index)


def anchor_words(rules: list[dict[str, Any]], path: Path | str) -> set[str]:
    """The words that can anchor the rules (``ignore`` rules anchor nothing)."""
    words: set[str] = set()
    for rule in rules:
        if rule["frame"] != "ignore":
            words.update(literals(rule["pattern"][anchor_index(rule, path)]))
    return words


def _token_size(token: dict[str, Any]) -> int | None:
    """The most tokens a pattern token can match; None when unbounded."""
    op = str(token.get("OP", "1"))
    if op in ("*", "+") or (op.startswith("{") and op.rstrip("}").endswith(",")):
        return None
    if op.startswith("{"):
        return int(op.strip("{}").split(",")[-1])
    return 1  # "1", "?" and "!" (a negated token still takes one token)


def pattern_extent(pattern: list[dict[str, Any]], index: int) -> Extent | None:
    """Tokens a match can reach before and after the pattern's token ``index``."""
    sizes = [_token_size(token) for token in pattern]
    before, after = sizes[:index], sizes[index + 1 :]
    if None in before or None in after:
        return None
    return sum(s for s in before if s is not None), sum(s for s in after if s is not None)


def split_first_set(pattern: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """One pattern per word of the first token's ``{"IN": [...]}`` set.

    The Matcher tries every pattern's first token at every token, and a set costs a
    Python call where a plain ``LOWER`` value is compared in C; later tokens are only
    tried inside a started match, so they keep their sets.
    """
    first = pattern[0] if pattern else {}
    keys = [k for k, v in first.items() if isinstance(v, dict) and set(v) == {"IN"}]
    if len(keys) != 1 or keys[0] not in ("LOWER", "ORTH", "TEXT", "NORM") or "OP" in first:
        return [pattern]
    key = keys[0]
    return [[{**first, key: word}, *pattern[1:]] for word in first[key]["IN"]]


def _ignore_placement(
    rule: dict[str, Any], words_of: list[set[str]]
) -> tuple[int, Extent | None] | None:
    """The first group (and the rule's extent there) whose anchors cover a rule token."""
    for group, words in enumerate(words_of):
        for index, token in enumerate(rule["pattern"]):
            found = set(literals(token))
            if found and found <= words and can_anchor(token):
                return group, pattern_extent(rule["pattern"], index)
    return None


def _widest(extents: list[Extent | None]) -> Extent | None:
    bounded = [extent for extent in extents if extent is not None]
    if len(bounded) < len(extents):
        return None
    return max(before for before, _ in bounded), max(after for _, after in bounded)


def rule_groups(nlp: Language, rules: list[dict[str, Any]], path: Path | str) -> list[RuleGroup]:
    """The rules in near, far and whole-sentence groups, each with its own Matcher."""
    members: list[list[tuple[dict[str, Any], Extent | None]]] = [[], [], []]
    words_of: list[set[str]] = [set(), set(), set()]
    for rule in rules:
        if rule["frame"] == "ignore":
            continue
        index = anchor_index(rule, path)
        extent = pattern_extent(rule["pattern"], index)
        group = 2 if extent is None else (0 if max(extent) <= NEAR else 1)
        members[group].append((rule, extent))
        words_of[group].update(literals(rule["pattern"][index]))
    unplaced = False
    for rule in rules:
        if rule["frame"] == "ignore":
            placed = _ignore_placement(rule, words_of)
            unplaced = unplaced or placed is None
            group, extent = placed or (2, None)
            members[group].append((rule, extent))
    if unplaced:  # an ignore rule no group's words cover: sentences with any anchor word
        words_of[2] = set().union(*words_of)
    order = {rule["id"]: number for number, rule in enumerate(rules)}
    strings = nlp.vocab.strings
    groups = []
    for group, found in enumerate(members):
        if not found:
            continue
        found.sort(key=lambda member: order[member[0]["id"]])
        matcher = Matcher(nlp.vocab, validate=True)
        for rule, _ in found:
            try:
                matcher.add(rule["id"], split_first_set(rule["pattern"]))
            except (MatchPatternError, ValueError) as exc:
                raise RuleSetError(
                    Errors.E012.format(path=path, pattern_id=rule["id"], detail=exc)
                ) from exc
        anchors = HashSet.of_words(strings, words_of[group])
        extent = None if group == 2 else _widest([extent for _, extent in found])
        groups.append(RuleGroup([rule["id"] for rule, _ in found], matcher, anchors, extent))
    return groups


def all_anchors(groups: list[RuleGroup]) -> HashSet:
    """The anchor words of every group."""
    return HashSet(int(h) for group in groups for h in group.anchors.values)


def anchor_hits(doc: Doc, groups: list[RuleGroup], every: HashSet) -> list[list[int]]:
    """Each group's anchor-word positions, from one pass over the Doc's hashes.

    Args:
        doc: The Doc.
        groups: The rule groups.
        every: The anchor words of all groups (:func:`all_anchors`).
    """
    column = lower_column(doc)
    hits = every.positions(column)
    words = column.take(hits)
    return [hits[group.anchors.mask(words)].tolist() for group in groups]


def candidate_windows(doc: Doc, hits: list[int], extent: Extent | None) -> list[Span]:
    """Stretches of text around anchor words (token ``hits``), within their sentences.

    With ``extent`` (before, after) a window takes that many tokens either side of the
    anchor word; with None it is the whole sentence. Overlapping windows are merged.
    """
    windows: list[Span] = []
    sentence: Span | None = None
    for index in hits:
        if sentence is None or not sentence.start <= index < sentence.end:
            sentence = doc[index].sent
        start, end = sentence.start, sentence.end
        if extent is not None:
            start, end = max(start, index - extent[0]), min(end, index + extent[1] + 1)
        if windows and start <= windows[-1].end and windows[-1].sent.start == sentence.start:
            windows[-1] = doc[windows[-1].start : max(end, windows[-1].end)]
        else:
            windows.append(doc[start:end])
    return windows
