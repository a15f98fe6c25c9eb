"""A headline that retells the body's signing in other words.

"United States and Ghana Sign Health Agreement" over a body's "signed a Memorandum of
Understanding on global health security": the headline names the body's one recent
signing loosely, with another type, or with another status ("Sign" over "will sign";
"to Sign" over "signed"). :mod:`.merge` asks :func:`retold_by_headline` for a headline
that matched no mention of its own type and status.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from .generic_names import GENERIC_HEADS


def retold_by_headline(
    merged: list[dict[str, Any]], headline: dict[str, Any], day: str | None
) -> int | None:
    """The one body signing a headline retells in other words, if exactly one fits.

    "United States and Ghana Sign Health Agreement" over a body's "signed a Memorandum
    of Understanding on global health security" today: a headline names the signing
    loosely. Only a single instrument of another type, of the headline's status and
    countries, signed on the headline's ``day`` (its own date, else the release's) or in
    the two weeks before it, or undated ("A and B signed a memorandum"), or planned and not
    before that; a body's older signing ("In 2019, the two countries signed a memorandum",
    "previously signed") is not the news. Failing that, a headline's
    "Sign" over a body that only plans or calls off the signing ("... will sign a
    memorandum of understanding on cultural property protection in Lima next week"), or a
    "to Sign" over its recent signing: a single body signing of another status and the
    headline's countries, whose words share a topic with the headline's. With two such
    signings the headline cannot tell which it retells.
    """
    if not headline.get("_headline") or headline.get("_plural") or not day:
        return None
    countries = set(headline["countries"])

    def fits(kept: dict[str, Any]) -> bool:
        return not kept.get("_headline") and (
            countries <= set(kept["countries"]) or set(kept["countries"]) <= countries
        )

    same_status = [
        index
        for index, kept in enumerate(merged)
        if fits(kept)
        and kept["status"] == headline["status"]
        and kept["agreement_type"] != headline["agreement_type"]
        and _current(kept, day)
    ]
    if same_status:
        return _one(merged, same_status)
    other_status = [
        index
        for index, kept in enumerate(merged)
        if fits(kept)
        and kept["status"] != headline["status"]
        and _topic_shared(kept, headline)
        and _current(kept, day)
    ]
    return _one(merged, other_status)


def _one(merged: list[dict[str, Any]], fitting: list[int]) -> int | None:
    """The one fitting signing; of several, the one its text dates when only one is dated.

    "Today, A and B signed the Agreement to Amend the Compact ... The two governments also
    signed a Trust Fund Agreement and a Fiscal Procedures Agreement": the dated one.
    """
    if len(fitting) == 1:
        return fitting[0]
    dated = [index for index in fitting if merged[index]["date"]]
    return dated[0] if len(dated) == 1 else None


#: How many days before the release a body's signing may be that its headline retells.
HEADLINE_DAYS = 14


#: Words of an undated body signing's sentence that tell an older one: "previously signed",
#: "had signed" (anywhere in the sentence: the event keeps no trigger offset).
_OLDER = frozenset({"previously", "formerly", "earlier", "already", "had", "once", "originally"})


def _current(event: dict[str, Any], day: str) -> bool:
    """Whether a body signing may be the headline's news: recent, or still to come."""
    if event["status"] != "signed":
        return _not_past(event, day)
    if not event["date"]:
        words = str(event.get("evidence") or "").lower().split()
        return not _OLDER.intersection(words)  # "A and B signed a memorandum"
    return _recent(event["date"], day)


def _recent(body: str, day: str) -> bool:
    """Whether a body's date is the headline's day or in the two weeks before it.

    A month counts when one of those days is in it ("Last week", "Earlier this month").
    """
    try:
        last = date.fromisoformat(day)
    except ValueError:  # the headline's own month ("Last week", same-day dates)
        return len(day) == 7 and body[:7] == day
    first = last - timedelta(days=HEADLINE_DAYS)
    if len(body) == 7:  # a month
        return body in (first.isoformat()[:7], last.isoformat()[:7])
    try:
        gap = last - date.fromisoformat(body)
    except ValueError:  # a year: not a day of those weeks
        return False
    return timedelta(0) <= gap <= timedelta(days=HEADLINE_DAYS)


def _not_past(event: dict[str, Any], day: str) -> bool:
    """Whether a planned or called-off signing is undated or not before two weeks up to ``day``."""
    when = event["date"]
    if not when:
        return True
    try:
        cutoff = (date.fromisoformat(day) - timedelta(days=HEADLINE_DAYS)).isoformat()
    except ValueError:
        return True
    return bool(when >= cutoff[: len(when)])


def _content_words(event: dict[str, Any]) -> set[str]:
    words = {word.strip(".,;:()").lower() for word in str(event["agreement"]).split()}
    words.update(event.get("_topic") or ())
    return {word for word in words if len(word) > 3 and word not in GENERIC_HEADS} - _NOT_TOPICS


#: Words of instruments' names that say nothing of their topic.
_NOT_TOPICS = frozenset({"understanding", "cooperation", "joint", "between", "with", "framework"})


def _topic_shared(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two mentions' names and topics share a word of substance ("cultural")."""
    return bool(_content_words(a) & _content_words(b))
