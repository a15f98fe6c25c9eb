"""One event per instrument per signing occasion: merge repeated mentions of a signing.

A release often states a signing in its headline, its first paragraph and again later
("the Agreement", "today's signing"). Mentions are the same signing when their types
and statuses agree, their dates do not conflict, and their names are equal or one of
them is generic ("agreement", "the deal"); the fullest mention leads (one that names the
people who signed before any other) and the others fill its gaps.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from .announced import join_announced
from .generic_names import is_generic
from .headline_retold import retold_by_headline

#: Fields a mention dated by its own text brings to the signing it is merged into.
FILLED = ("date", "date_precision", "date_source", "date_text", "location")
#: Keys the events carry for merging only, removed once merged.
MERGE_KEYS = ("_definite", "_plural", "_headline", "_named", "_topic")


def _dates_agree(a: str | None, b: str | None) -> bool:
    return not a or not b or a.startswith(b) or b.startswith(a)


def _quoted_today(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether one is a quote's "the memorandum we signed today" of the other's signing.

    A release quotes what was said on the day of a signing it dates "yesterday": the
    quote's "today" is that day, not the release's. Only a reference back ("the
    memorandum") in a quoted sentence, one day after the other's date.
    """
    for quoted, other in ((a, b), (b, a)):
        evidence = str(quoted.get("evidence") or "").strip()
        if (
            quoted.get("_definite")
            and str(quoted.get("date_text") or "").lower() == "today"
            and evidence[-1:] in ('"', "”")
            and other.get("date_precision") == "day"
            and quoted.get("date")
            and other.get("date")
        ):
            return bool(_day_before(str(quoted["date"])) == other["date"])
    return False


def _headline_fallback(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether one is a headline dated only by the release, the other dated by its text.

    "U.S. and Kenya Sign Health Memorandum" takes the release date for want of its own;
    the body's "Yesterday, ... signed a memorandum" says when.
    """
    return any(
        e.get("_headline") and e.get("date_source") != "text" and o.get("date_source") == "text"
        for e, o in ((a, b), (b, a))
    )


def _text_dated(event: dict[str, Any], other: dict[str, Any]) -> bool:
    """Whether the event's text dates it and the other has another date, one supplied.

    The other's date came from the release (its day, or the occasion it reports), and
    its place may have come with it (the dateline).
    """
    return (
        event.get("date_source") == "text"
        and other.get("date_source") not in (None, "text")
        and event["date"] != other["date"]
    )


def _day_before(iso: str) -> str | None:
    try:
        return (date.fromisoformat(iso) - timedelta(days=1)).isoformat()
    except ValueError:
        return None


def _document(event: dict[str, Any]) -> bool:
    """Whether the release itself is the signed instrument ("We, the undersigned", "Signed by")."""
    return str(event.get("rule") or "").startswith("document.")


def same_signing(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two event records state the same signing."""
    if _document(a) and _document(b) and a["status"] == b["status"]:
        return True  # one release, one signature block
    headline = a.get("_headline") or b.get("_headline")  # the headline states the body's signing
    vague = "other" in (a["agreement_type"], b["agreement_type"])
    # "the document", "the instrument": a reference back of no type of its own
    untyped = any(e["agreement_type"] == "other" and _refers_back(e) for e in (a, b))
    # "MCC Signs Compact with the Gambia" and the body's "signed the agreement": a compact
    # is an agreement; the body's reference back takes the headline's type.
    # "(The Memorandum of Understanding is signed.) ... The agreement we just signed ...":
    # an undated "the agreement" in the body refers back to a dated signing before it.
    agreed = any(
        _agreement_back(e) and (headline or _dated_before(o, e)) for e, o in ((a, b), (b, a))
    )
    # "U.S. and Kenya Sign Agreements": a headline's plural sums up instruments of any type,
    # as a body's "the agreements we signed today" sums up those told before it.
    summed = any(
        e.get("_plural") and (e.get("_headline") or (_refers_back(e) and _dated_before(o, e)))
        for e, o in ((a, b), (b, a))
    )
    if a["status"] != b["status"] or (
        a["agreement_type"] != b["agreement_type"]
        and not ((headline or untyped) and vague)
        and not agreed
        and not summed
    ):
        return False
    if (
        not _dates_agree(a["date"], b["date"])
        and not _quoted_today(a, b)
        and not _headline_fallback(a, b)
        and not (agreed and "just" in (a.get("date_text"), b.get("date_text")))
        and not _just_back(a, b)
    ):
        return False
    same_name = a["agreement"].lower() == b["agreement"].lower()
    if a["evidence"] == b["evidence"] and not same_name:
        return False
    countries_a, countries_b = set(a["countries"]), set(b["countries"])
    # One mention may name fewer parties ("the United States signed the Agreement"), but
    # USA-Uzbekistan and USA-Ghana are two signings.
    shared = countries_a <= countries_b or countries_b <= countries_a
    if same_name and _other_topics(a, b):
        # "FinCEN signed a memorandum on information exchange with the UAE. OFAC signed
        # a memorandum on sanctions with the UAE.": two memoranda.
        return False
    if same_name:
        # "X signed the joint statement ... Y signed the joint statement": one signing,
        # unless dates tell two occasions apart.
        return (
            shared
            or a["evidence"] == b["evidence"]
            or bool(b.get("_definite") and a["date"] == b["date"])
        )
    # A later "the agreement" refers back; "a memorandum" introduces another one. A plural
    # summary ("Three Agreements" in a headline) stands for the items it sums up.
    refers_back = _refers_back(a) or _refers_back(b)
    summary = a.get("_plural") or b.get("_plural")
    return bool(refers_back or summary or headline) and shared


def _just_back(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether one is a quote's "the agreement we just signed" after the other's dated signing.

    "Just" dates the quote by the release, not by when it was said: the signing told
    before it ("signed the Agreement ... on Tuesday") is the one meant, under the name the
    headline gives it or not.
    """
    return any(
        e.get("date_text") == "just" and _refers_back(e) and _dated_before(o, e)
        for e, o in ((a, b), (b, a))
    )


def _dated_before(event: dict[str, Any], reference: dict[str, Any]) -> bool:
    """Whether a dated signing stands before a later reference to one of its day or none.

    "(The Memorandum of Understanding is signed.) ... The agreement we just signed ...".
    """
    return (
        bool(event["date"])
        and (reference["date"] in (None, event["date"]) or reference.get("date_text") == "just")
        and not event.get("_headline")
        and int(event.get("start_char") or 0) < int(reference.get("start_char") or 0)
    )


def _other_topics(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two mentions introduce instruments ("a memorandum") with different topics."""
    topics = (a.get("_topic"), b.get("_topic"))
    return all(topics) and topics[0] != topics[1] and not (a.get("_definite") or b.get("_definite"))


def _agreement_back(event: dict[str, Any]) -> bool:
    """A body's "the agreement": a reference back of the most general type."""
    return (
        event["agreement_type"] == "agreement"
        and not event.get("_headline")
        and bool(event.get("_definite"))
        and is_generic(event["agreement"])
    )


def _refers_back(event: dict[str, Any]) -> bool:
    """A definite generic mention ("the agreement"), named by the headline or not."""
    return bool(event.get("_definite") and (is_generic(event["agreement"]) or event.get("_named")))


def _vague_name(event: dict[str, Any]) -> bool:
    """A name that tells no instrument apart: generic, a plural, or of no type."""
    return bool(
        is_generic(event["agreement"]) or event.get("_plural") or event["agreement_type"] == "other"
    )


def _combine(lead: dict[str, Any], other: dict[str, Any]) -> dict[str, Any]:
    combined = dict(lead)
    # The date a mention's own text gives beats another that its release supplied, and
    # so does its place: the other's may be the dateline of a "today" that was not.
    if _text_dated(other, lead):
        for key in FILLED:
            combined[key] = other[key]
    for key in FILLED:
        if key == "location" and _text_dated(lead, other):
            continue
        if combined[key] is None and other[key] is not None:
            combined[key] = other[key]
    # The other mention's name wins when it tells more: a specific name over a generic
    # one, or a typed reference over "the document" ("the arrangement").
    typed = (combined["agreement_type"] == "other" and other["agreement_type"] != "other") or (
        _agreement_back(combined) and bool(other.get("_headline"))
    )
    if typed or (_vague_name(combined) and not _vague_name(other)):
        for key in ("agreement", "agreement_type", *MERGE_KEYS):
            combined[key] = other.get(key)
    combined["confidence"] = max(lead["confidence"], other["confidence"])
    if _names_people(lead) and not _names_people(other):
        # "The Agreement was signed by A and B" after "X and Y signed the Agreement": the
        # people sign, for the countries either mention gives; a party of the other
        # mention whose country none of them acts for still signs ("signed by the U.S.
        # Ambassador" after "the United States and Ghana signed": Ghana too).
        acting = {p.get("country") for p in lead["parties"]}
        combined["parties"] = lead["parties"] + [
            p
            for p in other["parties"]
            if p.get("country") and p["country"] not in acting and p["kind"] == "country"
        ]
        combined["countries"] = sorted(set(lead["countries"]) | set(other["countries"]))
    # A release signs itself once: its fullest list of signers stands alone.
    if not (_document(lead) and _document(other)) and not (
        set(lead["countries"]) & set(other["countries"])
    ):
        # Different signers of one instrument: the event has them all.
        names = {p["name"] for p in lead["parties"]}
        combined["parties"] = lead["parties"] + [
            p for p in other["parties"] if p["name"] not in names
        ]
        combined["countries"] = sorted(set(lead["countries"]) | set(other["countries"]))
    return combined


def _names_people(event: dict[str, Any]) -> bool:
    return any(p["kind"] == "person" for p in event["parties"])


def _fullness(event: dict[str, Any]) -> tuple[bool, int, int, int, int]:
    """How fully a mention states its signing; naming people counts first.

    Then come countries and parties; a body sentence beats the headline.
    """
    people = sum(1 for p in event["parties"] if p["kind"] == "person")
    return (
        people > 0,
        len(event["countries"]) + len(event["parties"]),
        people,
        not event.get("_headline"),
        -event["start_char"],
    )


def named_by_headline(
    events: list[dict[str, Any]], headline: list[tuple[str, str]]
) -> list[dict[str, Any]]:
    """Give "this Charter", "the Declaration" the full name the headline gives it.

    Args:
        events: Event records, before merging (they still carry ``_definite``).
        headline: (name, type) of the instruments the release's headline names.

    Returns:
        The events, a definite generic mention renamed when the headline names exactly
        one instrument of its type.
    """
    renamed = []
    for event in events:
        # "the memorandum of understanding on debt management" names itself by its topic.
        if event.get("_definite") and is_generic(event["agreement"]) and not event.get("_topic"):
            names = {
                name
                for name, kind in headline
                if kind == event["agreement_type"] and not is_generic(name)
            }
            if len(names) == 1:
                # Still a reference back to a signing told before it ("_named").
                event = {**event, "agreement": names.pop(), "_named": True}
        renamed.append(event)
    return renamed


def merge_events(
    events: list[dict[str, Any]], release_date: str | None = None
) -> list[dict[str, Any]]:
    """Merge repeated mentions of one signing; the fullest mention leads, others fill gaps.

    A mention that names the people who signed is the fullest; then the one with most
    countries and parties. ``release_date`` (ISO) dates a headline that gives no date of
    its own, for telling which body signing it may retell.
    """
    merged = _merge(join_announced(events), release_date)
    for event in merged:
        for key in MERGE_KEYS:
            event.pop(key, None)
    return merged


def _merge(events: list[dict[str, Any]], release_date: str | None) -> list[dict[str, Any]]:
    merged: list[dict[str, Any]] = []
    first_told: list[int] = []  # where each merged event's first mention stands
    # A headline states the release's latest signing: it is merged last, into the latest
    # match, not into an older signing of the same type told first.
    body = [(i, e) for i, e in enumerate(events) if not e.get("_headline")]
    headlines = [(i, e) for i, e in enumerate(events) if e.get("_headline")]
    for position, event in body + headlines:
        order = list(range(len(merged)))
        if event.get("_headline"):
            # An undated mention is the release's own news ("signed a Memorandum"), not
            # older than a dated one ("signed in 2019").
            order.sort(key=lambda i: str(merged[i]["date"] or "\uffff"), reverse=True)
        elif _refers_back(event) and not event.get("_plural"):
            # "The agreement was signed in Golden" refers to a signing of its own type
            # told before it ("concluded a cooperative research agreement"), before one of
            # another type told first (an older memorandum).
            kind = event["agreement_type"]
            order.sort(key=lambda i: merged[i]["agreement_type"] != kind)
        for index in order:
            kept = merged[index]
            if same_signing(kept, event):
                lead, other = (event, kept) if _fullness(event) > _fullness(kept) else (kept, event)
                merged[index] = _combine(lead, other)
                first_told[index] = min(first_told[index], position)
                break
        else:
            retold = retold_by_headline(merged, event, event["date"] or release_date)
            if retold is None:
                merged.append(event)
                first_told.append(position)
            else:
                merged[retold] = _under_body_name(merged[retold], event)
    # In the order the release first tells them, as their ids number them.
    return [event for _, event in sorted(zip(first_told, merged, strict=True), key=lambda p: p[0])]


def _under_body_name(body: dict[str, Any], headline: dict[str, Any]) -> dict[str, Any]:
    """The body's signing filled from its headline, under the body's name, type and status."""
    lead, other = (headline, body) if _fullness(headline) > _fullness(body) else (body, headline)
    combined = _combine(lead, other)
    for key in ("agreement", "agreement_type", "status", *MERGE_KEYS):
        combined[key] = body.get(key)
    return combined
