"""Which of a rule group's rules can match in a window, and one Matcher made for those.

A Matcher starts every pattern it holds at every token of a window, and a token's set of
words (``{"IN": [...]}``) is a Python call per token, so a window costs about as much as
the rules it is matched against. Most rules need words besides their anchor ("signed
by" needs "by", "became the first signatory to" a verb and "to"), and a window without
one of them cannot hold that rule's match: most windows around "signing" hold none of
the far rules' other words. The rules a window can hold are found from its words'
hashes, and are matched by one Matcher made for just those rules (made once, then kept).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.matcher import Matcher
from spacy.vocab import Vocab

#: Distinct sets of rules a group keeps a Matcher for. A rule set makes a few dozen
#: (the rules of the anchor words a window holds, less those it lacks words for); past
#: the bound a window is matched by its anchor words' own Matchers, as before.
MAX_MATCHERS = 256


class WindowRules:
    """A rule group's rules by anchor word and the words each needs, with Matchers of sets.

    Args:
        vocab: The pipeline's vocabulary (for the Matchers).
        rules: The group's rules in rule-set order (``id`` and ``pattern``).
        rules_of: ``LOWER`` hash of each anchor word -> ids of the rules it anchors.
        needs: Rule id -> for each token every match holds, the ``LOWER`` hashes it
            accepts (:func:`pipeline.trigger_windows.needed_words`).
    """

    def __init__(
        self,
        vocab: Vocab,
        rules: list[dict[str, Any]],
        rules_of: dict[int, tuple[str, ...]],
        needs: dict[str, tuple[frozenset[int], ...]],
    ) -> None:
        self.vocab = vocab
        self.patterns = {rule["id"]: rule["pattern"] for rule in rules}
        self.order = {rule["id"]: number for number, rule in enumerate(rules)}
        self.rules_of = rules_of
        self.needs = needs
        self._matchers: dict[tuple[str, ...], Matcher] = {}

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        # See pipeline.pickling; the Matchers of sets are made again as windows need them.
        rules = [{"id": rule, "pattern": self.patterns[rule]} for rule in self.order]
        return WindowRules, (self.vocab, rules, self.rules_of, self.needs)

    def able(self, anchors: Iterable[int], present: set[int]) -> tuple[str, ...]:
        """Ids of the rules of the ``anchors`` words whose needed words are all ``present``.

        In rule-set order; ``present`` holds the ``LOWER`` hashes of the window's tokens.
        """
        words = list(dict.fromkeys(anchors))
        ids = self.rules_of[words[0]]
        if len(words) > 1:
            union = {rule for word in words for rule in self.rules_of[word]}
            ids = tuple(sorted(union, key=self.order.__getitem__))
        return tuple(
            rule for rule in ids if all(not need.isdisjoint(present) for need in self.needs[rule])
        )

    def matcher(self, ids: tuple[str, ...]) -> Matcher | None:
        """A Matcher holding the rules ``ids``; None once :data:`MAX_MATCHERS` are kept.

        Safe to keep: a Matcher's matches of a rule do not depend on the other rules it
        holds (the rules are added without a ``greedy`` filter or callback).
        """
        matcher = self._matchers.get(ids)
        if matcher is None:
            if len(self._matchers) >= MAX_MATCHERS:
                return None
            matcher = Matcher(self.vocab)
            for rule in ids:
                matcher.add(rule, [self.patterns[rule]])
            self._matchers[ids] = matcher
        return matcher
