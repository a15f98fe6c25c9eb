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

Within a group, a window is matched only against the rules anchored by the words found in
it, and of those only the rules whose other needed words it holds too
(:mod:`pipeline.window_rules`): the Matcher starts every pattern it holds at every token
(about 0.1 microsecond per pattern and token), so one Matcher with all of a group's rules
spent most of its time on rules the window cannot match. A token's ``{"IN": [...]}`` set
stays one pattern: one pattern per word would add more states than the set's Python check
costs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy
from spacy.errors import MatchPatternError
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.strings import StringStore
from spacy.tokens import Doc, Span

from .columns import HashSet, lower_column
from .errors import Errors, RuleSetError
from .pickling import dataclass_reduce
from .window_rules import WindowRules

#: The most tokens a near rule's match reaches before or after its anchor token.
NEAR = 4

Extent = tuple[int, int]  # tokens a match may reach (before, after) its anchor token


@dataclass
class RuleGroup:
    """Rules matched together in windows of one size around their anchor words.

    Attributes:
        rule_ids: The ids of the group's rules, in rule-set order.
        anchors: ``LOWER`` hashes of the words that anchor them.
        extent: Tokens the windows take before and after an anchor word; None for
            whole sentences.
        by_anchor: ``LOWER`` hash of each anchor word -> a Matcher holding the rules
            that word anchors (see :func:`rule_groups`).
        window_rules: The rules each anchor word anchors and the words each rule needs,
            to match a window against only the rules it can hold; None: by ``by_anchor``.
    """

    rule_ids: list[str]
    anchors: HashSet
    extent: Extent | None
    by_anchor: dict[int, Matcher]
    window_rules: WindowRules | None = field(default=None, repr=False)

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return dataclass_reduce(self)


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


def needed_words(pattern: list[dict[str, Any]], strings: StringStore) -> tuple[frozenset[int], ...]:
    """For each token every match of ``pattern`` holds, the ``LOWER`` hashes it accepts.

    Tokens that accept any word (or only ``NORM`` values) need none.
    """
    return tuple(
        frozenset(strings.add(word) for word in literals(token))
        for token in pattern
        if can_anchor(token)
    )


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


def _ignore_placement(
    rule: dict[str, Any], words_of: list[set[str]]
) -> tuple[int, Extent | None, set[str]] | None:
    """Where an ignore rule goes: the first group whose anchors cover a token of it.

    Returns the group, the rule's extent there and the token's words, or None.
    """
    for group, words in enumerate(words_of):
        for index, token in enumerate(rule["pattern"]):
            found = set(literals(token))
            if found and found <= words and can_anchor(token):
                return group, pattern_extent(rule["pattern"], index), found
    return None


def _widest(extents: list[Extent | None]) -> Extent | None:
    bounded = [extent for extent in extents if extent is not None]
    if len(bounded) < len(extents):
        return None
    return max(before for before, _ in bounded), max(after for _, after in bounded)


def rule_groups(nlp: Language, rules: list[dict[str, Any]], path: Path | str) -> list[RuleGroup]:
    """The rules in near, far and whole-sentence groups, with a Matcher per anchor word.

    A word's Matcher holds the group's rules that the word anchors, in rule-set order;
    words that anchor the same rules share one. An ``ignore`` rule that no group's words
    cover sits in every word's Matcher of the whole-sentence group, whose windows are
    then the sentences around any anchor word.
    """
    # Each member: the rule, its extent, and the words that anchor it (None: any word).
    members: list[list[tuple[dict[str, Any], Extent | None, set[str] | None]]] = [[], [], []]
    words_of: list[set[str]] = [set(), set(), set()]
    for rule in rules:
        if rule["frame"] == "ignore":
            continue
        index = anchor_index(rule, path)
        extent = pattern_extent(rule["pattern"], index)
        group = 2 if extent is None else (0 if max(extent) <= NEAR else 1)
        words = set(literals(rule["pattern"][index]))
        members[group].append((rule, extent, words))
        words_of[group].update(words)
    unplaced = False
    for rule in rules:
        if rule["frame"] == "ignore":
            placed = _ignore_placement(rule, words_of)
            unplaced = unplaced or placed is None
            group, extent, anchored = placed or (2, None, None)
            members[group].append((rule, extent, anchored))
    if unplaced:  # an ignore rule no group's words cover: sentences with any anchor word
        words_of[2] = set().union(*words_of)
    order = {rule["id"]: number for number, rule in enumerate(rules)}
    strings = nlp.vocab.strings
    groups = []
    for group, found in enumerate(members):
        if not found:
            continue
        found.sort(key=lambda member: order[member[0]["id"]])
        anchors = HashSet.of_words(strings, words_of[group])
        extent = None if group == 2 else _widest([extent for _, extent, _ in found])
        rule_ids = [rule["id"] for rule, _, _ in found]
        by_anchor, rules_of = _by_anchor(nlp, found, words_of[group], path)
        needs = {rule["id"]: needed_words(rule["pattern"], strings) for rule, _, _ in found}
        ordered = [rule for rule, _, _ in found]
        window_rules = WindowRules(nlp.vocab, ordered, rules_of, needs)
        groups.append(RuleGroup(rule_ids, anchors, extent, by_anchor, window_rules))
    return groups


def _matcher(nlp: Language, rules: list[dict[str, Any]], path: Path | str) -> Matcher:
    """A Matcher holding ``rules`` under their ids, in the order given."""
    matcher = Matcher(nlp.vocab, validate=True)
    for rule in rules:
        try:
            matcher.add(rule["id"], [rule["pattern"]])
        except (MatchPatternError, ValueError) as exc:
            raise RuleSetError(
                Errors.E012.format(path=path, pattern_id=rule["id"], detail=exc)
            ) from exc
    return matcher


def _by_anchor(
    nlp: Language,
    members: list[tuple[dict[str, Any], Extent | None, set[str] | None]],
    words: set[str],
    path: Path | str,
) -> tuple[dict[int, Matcher], dict[int, tuple[str, ...]]]:
    """One Matcher per word of ``words`` with the members it anchors (None: every word).

    Returns the Matchers by ``LOWER`` hash, and the ids of each word's rules the same way.
    """
    if not words:
        # No window will reach these rules (the set holds ignore rules only); their
        # patterns are still checked, as every rule's are.
        _matcher(nlp, [rule for rule, _, _ in members], path)
        return {}, {}
    rules_of: dict[str, list[dict[str, Any]]] = {word: [] for word in sorted(words)}
    for rule, _, anchored in members:
        for word in sorted(anchored) if anchored is not None else rules_of:
            rules_of[word].append(rule)
    shared: dict[tuple[str, ...], Matcher] = {}
    by_anchor: dict[int, Matcher] = {}
    ids_of: dict[int, tuple[str, ...]] = {}
    for word, word_rules in rules_of.items():
        ids = tuple(rule["id"] for rule in word_rules)
        if ids not in shared:
            shared[ids] = _matcher(nlp, word_rules, path)
        key = nlp.vocab.strings.add(word)
        by_anchor[key], ids_of[key] = shared[ids], ids
    return by_anchor, ids_of


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


def window_matches(doc: Doc, group: RuleGroup, hits: list[int]) -> list[tuple[int, int, int]]:
    """The group's matches in the windows around its anchor words (token ``hits``).

    Each window is matched by one Matcher of the rules its anchor words anchor and its
    words allow (:class:`pipeline.window_rules.WindowRules`), or else by the Matchers of
    the anchor words it holds (once each, when words share one). Returns ``(match id,
    start, end)`` in Doc offsets, each match once.
    """
    windows = candidate_windows(doc, hits, group.extent)
    matches: list[tuple[int, int, int]] = []
    column = lower_column(doc)
    words = column.take(hits).tolist() if hits else []
    position = 0
    for window in windows:
        # Windows come in the order of the hits, and each holds the hits that made it.
        anchored = []
        while position < len(hits) and hits[position] < window.end:
            anchored.append(words[position])
            position += 1
        matchers = _window_matchers(group, anchored, column, window)
        offset = window.start
        found = [
            (key, offset + s, offset + e) for matcher in matchers for key, s, e in matcher(window)
        ]
        matches += found if len(matchers) == 1 else list(dict.fromkeys(found))
    return matches


def _window_matchers(
    group: RuleGroup, anchored: list[int], column: numpy.ndarray, window: Span
) -> list[Matcher]:
    """The Matchers a window is matched by, given the hashes of its anchor words.

    None at all when it lacks a word each of its anchor words' rules needs.
    """
    rules = group.window_rules
    if rules is not None:
        present = set(column[window.start : window.end].tolist())
        able = rules.able(anchored, present)
        if not able:
            return []
        matcher = rules.matcher(able)
        if matcher is not None:
            return [matcher]
    distinct: dict[int, Matcher] = {}
    for word in anchored:
        matcher = group.by_anchor[word]
        distinct[id(matcher)] = matcher
    return list(distinct.values())


def candidate_windows(doc: Doc, hits: list[int], extent: Extent | None) -> list[Span]:
    """Stretches of text around anchor words (token ``hits``), within their sentences.

    With ``extent`` (before, after) a window takes that many tokens either side of the
    anchor word; with None it is the whole sentence. Overlapping windows are merged.
    """
    # (start, end, start of its sentence); Spans are made once the windows are merged.
    bounds: list[tuple[int, int, int]] = []
    sentence: Span | None = None
    for index in hits:
        if sentence is None or not sentence.start <= index < sentence.end:
            sentence = doc[index].sent
        start, end = sentence.start, sentence.end
        if extent is not None:
            start, end = max(start, index - extent[0]), min(end, index + extent[1] + 1)
        if bounds and start <= bounds[-1][1] and bounds[-1][2] == sentence.start:
            last_start, last_end, opening = bounds[-1]
            bounds[-1] = (last_start, max(end, last_end), opening)
        else:
            bounds.append((start, end, sentence.start))
    return [Span(doc, start, end) for start, end, _ in bounds]
