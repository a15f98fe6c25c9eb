"""The data of the agency recognizer: its files, their records, and the phrases they give.

``agencies.jsonl`` (the gazetteer) has one government body or international organisation a
line: ``name`` (canonical), optional ``acronyms``, ``variants``, ``office_variants``,
``country`` (ISO alpha-3), ``kind`` ("agency" or "organization") and
``case_sensitive_acronyms``. ``agency_patterns.jsonl`` has one country-anchored body a
line: a ``trigger`` phrase ("Ministry of"), the ``body`` it names ("Ministry of {name}")
and how its name, country and place are read (see :class:`BodyPattern`). The readers check
every line and raise :class:`~pipeline.errors.RuleSetError` naming file and line;
:func:`gazetteer_phrases` turns one gazetteer record into the phrases the matcher looks for.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from .calendar_names import MONTH_NAMES, WEEKDAY_NAMES
from .errors import Errors, RuleSetError
from .pickling import dataclass_reduce
from .rules import read_jsonl_numbered

AGENCIES_FILE, PATTERNS_FILE = "agencies.jsonl", "agency_patterns.jsonl"
KINDS, ANCHORS = ("agency", "organization"), ("required", "optional")
AGENCY_FIELDS: dict[str, Any] = {"name": str}
AGENCY_OPTIONAL: dict[str, Any] = {
    "acronyms": list,
    "variants": list,
    "office_variants": list,
    "country": str,
    "kind": str,
    "case_sensitive_acronyms": bool,
}
PATTERN_FIELDS: dict[str, Any] = {"id": str, "trigger": str, "body": str}
PATTERN_OPTIONAL: dict[str, Any] = {
    "anchor": str,
    "takes_name": bool,
    "takes_place": bool,
    "nearest_country": bool,
    "kind": str,
}

# Words that end a body's name or place: the title or name that follows it
# ("Bureau of Energy Resources Senior Official ...", "U.S. Embassy Bogota Chargé ..."),
# and the verbs of a headline in title case ("Mexico's Secretariat of Economy Sign ...").
DEFAULT_STOP_WORDS = [
    *("Sign", "Signs", "Signed", "Signing", "Announce", "Announces", "Launch", "Launches"),
    *("Meet", "Meets", "Hold", "Holds", "Agree", "Agrees", "Welcome", "Welcomes"),
    *("Join", "Joins", "Renew", "Renews", "Expand", "Expands", "Conclude", "Concludes"),
    # More verbs of headlines ("U.S. Embassy Partners with ..."): no place, no name.
    *("Partner", "Partners", "Host", "Hosts", "Celebrate", "Celebrates", "Support"),
    *("Supports", "Donate", "Donates", "Mark", "Marks", "Award", "Awards", "Deliver"),
    *("Delivers", "Provide", "Provides", "Honor", "Honors", "Open", "Opens"),
    "Minister",
    "Ministers",
    "Secretary",
    "Spokesperson",
    "Spokesman",
    "Spokeswoman",
    "Director",
    "Official",
    "Officials",
    "Senior",
    "Principal",
    "Deputy",
    "Assistant",
    "Acting",
    "Ambassador",
    "Chargé",
    "Charge",
    "Chief",
    "Head",
    "Administrator",
    "Commissioner",
    "Chair",
    "Chairman",
    "Chairwoman",
    "Chairperson",
    "President",
    "Vice",
    "CEO",
    "Under",
    "Envoy",
    "Advisor",
    "Adviser",
    "Counselor",
    "Attaché",
    "Officer",
    "Former",
    "Governor",
    "Mayor",
    "Senator",
    "Congressman",
    "Congresswoman",
    "Judge",
    "Headquarters",
    "Public",
    "Consular",
    "Section",
    "Staff",
    *WEEKDAY_NAMES,
    *MONTH_NAMES,
    "The",
    "This",
    "These",
    "In",
    "On",
    "At",
    "As",
    "We",
    "I",
    "Today",
]
# A defined long form containing one of these is a government body ("... Agency (NSSA)").
DEFAULT_GOVERNMENT_HEADS = [
    "Department",
    "Ministry",
    "Ministries",
    "Agency",
    "Office",
    "Administration",
    "Commission",
    "Bureau",
    "Service",
    "Council",
    "Command",
    "Embassy",
    "Consulate",
    "Directorate",
    "Authority",
    "Secretariat",
    "Survey",
    "Guard",
    "Forces",
    "Army",
    "Navy",
    "Police",
    "Corps",
]
# ... unless it starts with one of these: then it is an international organisation.
#: Heads of central banks, named head first before "of" and the country ("the Central
#: Bank of Kenya", "the National Bank of the Kyrgyz Republic"): read by head_of only, since
#: a bank named head last ("Kenya Commercial Bank") is mostly a company.
DEFAULT_BANK_HEADS = ["Central Bank", "National Bank", "Reserve Bank"]
DEFAULT_ORGANIZATION_MARKERS = [
    "International",
    "United Nations",
    "UN",
    "U.N.",
    "World",
    "Global",
    "European",
    "Africa",
    "African",
    "Inter-American",
    "Pan American",
    "Asian",
    "Organization",
    "Organisation",
]
# Two-letter acronyms that are also U.S. postal codes ("Arlington, VA", "D-VA", "VA-08").
US_STATE_CODES = frozenset(
    re.findall(
        r"[A-Z]{2}",
        """
    AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ
    NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC""",
    )
)
_US_PREFIXES = ("U.S. ", "US ", "United States ")
_ISO3 = re.compile(r"[A-Z]{3}")


class Body(NamedTuple):
    """What a span stands for: its canonical name, kind, country and acronym."""

    canonical: str
    kind: str
    country: str | None
    acronym: str | None = None


@dataclass(frozen=True)
class BodyPattern:
    """A country-anchored body: one line of ``agency_patterns.jsonl``.

    Attributes:
        id: The rule id, written as the span's ``id_``.
        trigger: The phrase that starts the body ("Ministry of", "Embassy").
        body: The canonical body, with ``{name}`` for the name read after the trigger.
        anchor: "required" when a body without a country is no body, else "optional".
        takes_name: Read a capitalised name after the trigger.
        takes_place: Read a place after the body ("Embassy in San Salvador").
        nearest_country: Without a country next to it, take the nearest foreign one before.
        kind: "agency" or "organization".
    """

    id: str
    trigger: str
    body: str
    anchor: str = "required"
    takes_name: bool = False
    takes_place: bool = False
    nearest_country: bool = False
    kind: str = "agency"

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return dataclass_reduce(self)


def _require(ok: bool, path: Path, line: int, key: str, value: Any, expected: str) -> None:
    if not ok:
        raise RuleSetError(
            Errors.E009.format(path=path, line=line, key=key, value=value, expected=expected)
        )


def read_agencies(path: Path) -> list[dict[str, Any]]:
    """Read and check the gazetteer; errors name the file and line."""
    numbered = list(read_jsonl_numbered(path, required=AGENCY_FIELDS, optional=AGENCY_OPTIONAL))
    records = [record for _, record in numbered]
    first: dict[str, int] = {}
    for line, record in numbered:
        name, country = record["name"], record.get("country")
        _require(bool(name.strip()), path, line, "name", name, "a non-empty name")
        _require(
            record.get("kind", "agency") in KINDS,
            path,
            line,
            "kind",
            record.get("kind"),
            " or ".join(KINDS),
        )
        _require(
            country is None or _ISO3.fullmatch(country) is not None,
            path,
            line,
            "country",
            country,
            "an ISO 3166 alpha-3 code or null",
        )
        for key in ("acronyms", "variants", "office_variants"):
            values = record.get(key) or []
            _require(
                all(isinstance(v, str) and v.strip() for v in values),
                path,
                line,
                key,
                values,
                "a list of non-empty strings",
            )
        if name in first:
            raise RuleSetError(
                Errors.E421.format(path=path, line=line, name=name, first=first[name])
            )
        first[name] = line
    return records


def read_patterns(path: Path) -> list[dict[str, Any]]:
    """Read and check the body patterns; errors name the file and line."""
    numbered = list(read_jsonl_numbered(path, required=PATTERN_FIELDS, optional=PATTERN_OPTIONAL))
    records = [record for _, record in numbered]
    for line, record in numbered:
        pattern = BodyPattern(**record)
        _require(
            bool(pattern.trigger.strip()),
            path,
            line,
            "trigger",
            pattern.trigger,
            "a non-empty phrase",
        )
        _require(
            pattern.anchor in ANCHORS, path, line, "anchor", pattern.anchor, " or ".join(ANCHORS)
        )
        _require(pattern.kind in KINDS, path, line, "kind", pattern.kind, " or ".join(KINDS))
        _require(
            ("{name}" in pattern.body) == pattern.takes_name,
            path,
            line,
            "body",
            pattern.body,
            "a '{name}' placeholder exactly when takes_name is true",
        )
    return records


def body_of(record: dict[str, Any]) -> Body:
    """The body a gazetteer record stands for; its first acronym is the acronym."""
    return Body(
        record["name"],
        record.get("kind", "agency"),
        record.get("country"),
        (record.get("acronyms") or [None])[0],
    )


def gazetteer_phrases(record: dict[str, Any]) -> Iterable[tuple[str, str]]:
    """(role, phrase) pairs of one gazetteer entry, with the forms derived from it.

    Roles: "name" (several words, also in capitals: "THE WHITE HOUSE"), "single" (one
    word: "Treasury"), "acronym", "state_code" (an acronym that is also a U.S. postal
    code) and "office" ("the U.S. Trade Representative"). U.S. bodies also get each form
    with "U.S.", "US" and "United States" in front.
    """
    names = [record["name"], *(record.get("variants") or [])]
    offices = list(record.get("office_variants") or [])
    if record.get("country") == "USA":  # "U.S. X", "US X" and "United States X" for each X
        for forms in (names, offices):
            for form in list(forms):
                prefix = next((p for p in _US_PREFIXES if form.startswith(p)), "")
                forms.extend(p + form[len(prefix) :] for p in _US_PREFIXES if p != prefix)
    for form in names:
        if " " in form:
            yield "name", form
            yield "name", form.upper()
        else:
            yield ("acronym" if form.isupper() else "single"), form  # "Treasury", "Pentagon"
    for form in offices:
        yield "office", form
    for acronym in record.get("acronyms") or []:
        yield ("state_code" if acronym in US_STATE_CODES else "acronym"), acronym
        if record.get("case_sensitive_acronyms") is False:
            yield "acronym", acronym.capitalize()
