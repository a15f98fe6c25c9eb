"""Choosing among agency candidates and writing them as spans.

The agency recognizer (:mod:`pipeline.components.agencies`) proposes candidates from its
gazetteer, its patterns and the acronyms a release defines; overlapping ones keep the
longest, and the chosen are written to ``doc.spans["agencies"]`` (label ``AGENCY``) and
``doc.spans["organizations"]`` (label ``ORG``) with their entity attributes.
"""

from __future__ import annotations

from collections.abc import Iterable
from operator import attrgetter
from typing import NamedTuple

from spacy.tokens import Doc, Span

from .agency_data import Body
from .extensions import AGENCIES, entity_key, merge_entity_attrs, set_spans

ORGANIZATIONS = "organizations"
AGENCY_LABEL, ORG_LABEL = "AGENCY", "ORG"
_START = attrgetter("start")


class Candidate(NamedTuple):
    """A possible span: tokens ``start:end``, its body, its rule and a tie-break rank."""

    start: int
    end: int
    body: Body
    rule: str
    rank: int = 0


def _longest_of(cluster: list[Candidate]) -> list[Candidate]:
    taken: set[int] = set()
    kept = []
    for candidate in sorted(cluster, key=lambda c: (c.start - c.end, c.rank, c.start)):
        tokens = range(candidate.start, candidate.end)
        if not taken.intersection(tokens):
            taken.update(tokens)
            kept.append(candidate)
    return sorted(kept, key=_START)


def select(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Keep the longest of overlapping candidates (then the lower rank, then the earlier)."""
    # Candidates that overlap form clusters in start order; only those need choosing.
    kept: list[Candidate] = []
    cluster: list[Candidate] = []
    reach = -1
    for candidate in sorted(candidates, key=_START):
        if candidate.start >= reach:
            kept.extend(_longest_of(cluster) if len(cluster) > 1 else cluster)
            cluster, reach = [candidate], candidate.end
        else:
            cluster.append(candidate)
            reach = max(reach, candidate.end)
    kept.extend(_longest_of(cluster) if len(cluster) > 1 else cluster)
    return kept


def with_parent_country(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """Bodies of no country named after a parent's possessive take the parent's country.

    "the U.S. Department of the Treasury's Office of Technical Assistance" is a U.S. office,
    as "State's Bureau of Oceans" is.
    """
    result = list(candidates)
    for index in range(1, len(result)):
        parent, child = result[index - 1], result[index]
        if (
            child.body.country is None
            and child.body.kind == "agency"
            and parent.body.country
            and parent.end + 1 == child.start
            and doc[parent.end].lower_ in ("'s", "’s")
        ):
            # The name stays as written: the office is named under its parent.
            result[index] = child._replace(body=child.body._replace(country=parent.body.country))
    return result


def write_spans(doc: Doc, candidates: list[Candidate]) -> None:
    """Write both span groups and the entity attributes of the selected candidates."""
    groups: dict[str, list[Span]] = {AGENCIES: [], ORGANIZATIONS: []}
    found: dict[tuple[str, str], dict[str, str | None]] = {}
    strings = doc.vocab.strings
    hashes: dict[str, int] = {}  # a body is often named several times: hash its name once
    for candidate in candidates:
        body = candidate.body
        label, group = (
            (AGENCY_LABEL, AGENCIES) if body.kind == "agency" else (ORG_LABEL, ORGANIZATIONS)
        )
        groups[group].append(
            Span(
                doc,
                candidate.start,
                candidate.end,
                label=hashes.get(label) or hashes.setdefault(label, strings.add(label)),
                kb_id=hashes.get(body.canonical)
                or hashes.setdefault(body.canonical, strings.add(body.canonical)),
                span_id=hashes.get(candidate.rule)
                or hashes.setdefault(candidate.rule, strings.add(candidate.rule)),
            )
        )
        known = found.get((label, body.canonical))
        if known is None:
            found[label, body.canonical] = {"acronym": body.acronym, "country": body.country}
        else:
            known["acronym"] = known["acronym"] or body.acronym
            known["country"] = known["country"] or body.country
    for name, spans in groups.items():
        if spans:  # kept as objects for the components that read them
            set_spans(doc, name, spans)
        else:
            doc.spans[name] = spans
    if found:
        merge_entity_attrs(
            doc,
            {entity_key(label, canonical): values for (label, canonical), values in found.items()},
        )
