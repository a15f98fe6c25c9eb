"""Generate the country gazetteer ``countries.jsonl`` of a rule set.

Run ``python -m pipeline.gazetteer [--out models/default/countries.jsonl]`` after editing
one of its inputs; a test regenerates the file and fails when the committed one is stale.

Inputs:

- pycountry's ISO 3166-1 list: every country's ``name``, ``official_name`` and
  ``common_name``. Names written "Korea, Republic of" are turned into "Republic of
  Korea"; a parenthesis is dropped ("Holy See (Vatican City State)" -> "Holy See"); other
  comma names ("Virgin Islands, British") are not prose and are not matched.
- ``sources/country_aliases.csv`` (``iso3,alias``): short, historical and informal names
  and abbreviations. A code pycountry lacks (Kosovo XKX, Yugoslavia YUG) adds a country;
  it must be a withdrawn ISO 3166-3 code or a user-assigned ``X..`` code. An alias
  starting with ``!`` is a *blocked phrase*: it contains a form of the country but does
  not refer to it ("USA,!Latin America", "MEX,!New Mexico"). A leading "the" is dropped:
  mentions never include it.
- ``sources/demonyms.csv`` (``iso3,demonym``): adjectives and demonyms. Plurals are added
  for the regular endings ("Salvadoran" -> "Salvadorans", "Emirati" -> "Emiratis").

Every form also gets its variants with a typographic apostrophe ("People’s Republic of
China") and without diacritics ("Cote d'Ivoire"). A form names one country: an alias
takes its form away from the ISO names of another country (``Congo`` is COD, so the ISO
name of COG is not a form of COG); any other clash is an error.

Output: one JSON object per country sorted by ``iso3``:
``{"iso3", "name", "names", "demonyms", "blocked"}``. ``name`` is the label a reader sees:
pycountry's ``common_name`` ("Bolivia", "South Korea"), else the ISO short name in prose
order ("Russian Federation", "Democratic Republic of the Congo"), else the first alias
listed ("U.S. Virgin Islands", "Kosovo"), else the official name; it is always one of the
country's ``names``.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pycountry

from .cleaning import without_diacritics
from .errors import Errors, RuleSetError
from .rules import DEFAULT_RULES_FOLDER, read_csv_numbered, write_jsonl

ALIASES_CSV = DEFAULT_RULES_FOLDER / "sources" / "country_aliases.csv"
DEMONYMS_CSV = DEFAULT_RULES_FOLDER / "sources" / "demonyms.csv"
DEFAULT_OUT = DEFAULT_RULES_FOLDER / "countries.jsonl"

BLOCKED_PREFIX = "!"
# Endings whose plural is the demonym plus "s" ("Kenyans", "Iraqis", "Filipinos", "Czechs").
_PLURAL_ENDINGS = ("an", "en", "i", "o", "ar", "er", "ek", "eek", "ech", "ot", "ine")
_INVERTIBLE = re.compile(r"^(?P<head>[^,]+),\s*(?P<tail>.+\bof(?: the)?)$", re.IGNORECASE)
_PARENTHESIS = re.compile(r"\s*\([^)]*\)")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)


@dataclass
class _Country:
    """A country while the gazetteer is being built."""

    iso3: str
    label_candidates: list[str]
    official_name: str | None = None
    iso_forms: set[str] = field(default_factory=set)
    aliases: list[str] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    blocked: list[tuple[int, str]] = field(default_factory=list)  # (CSV line, phrase)

    def forms(self) -> set[str]:
        return self.iso_forms | set(self.aliases)


def prose_name(iso_name: str) -> str | None:
    """An ISO name as it is written in running text, or None when it has no such form.

    "Korea, Republic of" -> "Republic of Korea"; "Congo, The Democratic Republic of the"
    -> "Democratic Republic of the Congo"; "Holy See (Vatican City State)" -> "Holy See";
    "the State of Palestine" -> "State of Palestine"; "Virgin Islands, British" -> None.
    """
    name = _PARENTHESIS.sub("", iso_name).strip()
    inverted = _INVERTIBLE.match(name)
    if inverted:
        name = f"{inverted.group('tail')} {inverted.group('head')}"
    if "," in name:
        return None
    return _LEADING_THE.sub("", name).strip() or None


def spelling_variants(form: str) -> list[str]:
    """The form and its variants: typographic and straight apostrophes, no diacritics."""
    variants = {form, form.replace("'", "’"), form.replace("’", "'")}
    folded = {without_diacritics(v) for v in variants}
    return sorted(variants | folded)


def plural(demonym: str) -> str | None:
    """The plural of a demonym with a regular ending ("Salvadoran" -> "Salvadorans")."""
    if demonym.endswith(_PLURAL_ENDINGS):
        return demonym + "s"
    return None


def _is_known_code(code: str) -> bool:
    if not re.fullmatch(r"[A-Z]{3}", code):
        return False
    if pycountry.countries.get(alpha_3=code) is not None:
        return True
    if pycountry.historic_countries.get(alpha_3=code) is not None:
        return True
    return code.startswith("X")  # ISO 3166-1 reserves XAA-XZZ for user-assigned codes


def _iso_countries() -> dict[str, _Country]:
    countries: dict[str, _Country] = {}
    for record in pycountry.countries:
        fields = {k: getattr(record, k, None) for k in ("common_name", "name", "official_name")}
        prose = {k: prose_name(v) for k, v in fields.items() if v}
        short = [p for p in (prose.get("common_name"), prose.get("name")) if p]
        official = prose.get("official_name")
        countries[record.alpha_3] = _Country(
            iso3=record.alpha_3,
            label_candidates=short,
            official_name=official,
            iso_forms={*short, *([official] if official else [])},
        )
    return countries


def _add_aliases(countries: dict[str, _Country], path: Path) -> None:
    owner: dict[str, tuple[str, int]] = {}
    for line, row in read_csv_numbered(path, columns=("iso3", "alias")):
        code, alias = row["iso3"].strip(), row["alias"].strip()
        if not _is_known_code(code):
            raise RuleSetError(Errors.E401.format(path=path, line=line, code=code))
        country = countries.setdefault(code, _Country(iso3=code, label_candidates=[]))
        if alias.startswith(BLOCKED_PREFIX):
            country.blocked.append((line, alias[1:].strip()))
            continue
        alias = _LEADING_THE.sub("", alias)
        previous = owner.get(alias)
        if previous and previous[0] != code:
            raise RuleSetError(
                Errors.E402.format(
                    path=path,
                    line=line,
                    kind="alias",
                    form=alias,
                    code=code,
                    other=previous[0],
                    origin=f"line {previous[1]}",
                )
            )
        owner[alias] = (code, line)
        if alias not in country.aliases:
            country.aliases.append(alias)
    # An alias takes its form away from the ISO names of any other country.
    for alias, (code, _) in owner.items():
        for other in countries.values():
            if other.iso3 != code:
                other.iso_forms.discard(alias)


def _add_demonyms(countries: dict[str, _Country], path: Path) -> None:
    name_owner = {form: c.iso3 for c in countries.values() for form in c.forms()}
    owner: dict[str, tuple[str, int]] = {}
    for line, row in read_csv_numbered(path, columns=("iso3", "demonym")):
        code, demonym = row["iso3"].strip(), row["demonym"].strip()
        if code not in countries:
            raise RuleSetError(Errors.E401.format(path=path, line=line, code=code))
        for form in filter(None, (demonym, plural(demonym))):
            clash = owner.get(form)
            other_name = name_owner.get(form)
            if clash and clash[0] != code:
                raise RuleSetError(
                    Errors.E402.format(
                        path=path,
                        line=line,
                        kind="demonym",
                        form=form,
                        code=code,
                        other=clash[0],
                        origin=f"line {clash[1]}",
                    )
                )
            if other_name and other_name != code:
                raise RuleSetError(
                    Errors.E402.format(
                        path=path,
                        line=line,
                        kind="demonym",
                        form=form,
                        code=code,
                        other=other_name,
                        origin="a name",
                    )
                )
            owner.setdefault(form, (code, line))
            country = countries[code]
            if form not in country.forms() and form not in country.demonyms:
                country.demonyms.append(form)


def _check_unique(countries: dict[str, _Country], aliases_path: Path) -> None:
    seen: dict[str, str] = {}
    for country in sorted(countries.values(), key=lambda c: c.iso3):
        for form in sorted(country.forms()):
            for variant in spelling_variants(form):
                if seen.setdefault(variant, country.iso3) != country.iso3:
                    raise RuleSetError(
                        Errors.E407.format(
                            form=variant, code=country.iso3, other=seen[variant], path=aliases_path
                        )
                    )


def _label(country: _Country, aliases_path: Path) -> str:
    forms = country.forms()
    official = [country.official_name] if country.official_name else []
    for candidate in [*country.label_candidates, *country.aliases, *official]:
        if candidate in forms:
            return candidate
    raise RuleSetError(Errors.E405.format(code=country.iso3, path=aliases_path))


def _contains_form(phrase: str, forms: Iterable[str]) -> bool:
    return any(re.search(rf"(?<!\w){re.escape(form)}(?!\w)", phrase) for form in forms)


def _expand(forms: Iterable[str]) -> list[str]:
    return sorted({variant for form in forms for variant in spelling_variants(form)})


def build_gazetteer(
    aliases_path: Path = ALIASES_CSV, demonyms_path: Path = DEMONYMS_CSV
) -> list[dict[str, Any]]:
    """Build the gazetteer records from pycountry and the two hand-written CSV files.

    Args:
        aliases_path: ``iso3,alias`` rows (``!phrase`` rows are blocked phrases).
        demonyms_path: ``iso3,demonym`` rows.

    Returns:
        One record per country, sorted by ISO alpha-3 code, lists sorted.

    Raises:
        RuleSetError: On an unknown code, a form given to two countries, a blocked phrase
            without a form of its country, or a country without a usable label.
    """
    countries = _iso_countries()
    _add_aliases(countries, aliases_path)
    _add_demonyms(countries, demonyms_path)
    _check_unique(countries, aliases_path)
    records = []
    for code in sorted(countries):
        country = countries[code]
        names = _expand(country.forms())
        demonyms = _expand(country.demonyms)
        for line, phrase in country.blocked:
            if not _contains_form(phrase, [*names, *demonyms]):
                raise RuleSetError(
                    Errors.E403.format(path=aliases_path, line=line, phrase=phrase, code=code)
                )
        records.append(
            {
                "iso3": code,
                "name": _label(country, aliases_path),
                "names": names,
                "demonyms": demonyms,
                "blocked": _expand(phrase for _, phrase in country.blocked),
            }
        )
    return records


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: regenerate ``countries.jsonl``."""
    parser = argparse.ArgumentParser(
        prog="python -m pipeline.gazetteer",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output JSONL file")
    parser.add_argument("--aliases", type=Path, default=ALIASES_CSV, help="iso3,alias CSV")
    parser.add_argument("--demonyms", type=Path, default=DEMONYMS_CSV, help="iso3,demonym CSV")
    args = parser.parse_args(argv)
    try:
        records = build_gazetteer(args.aliases, args.demonyms)
    except RuleSetError as error:
        print(error, file=sys.stderr)
        return 1
    args.out.parent.mkdir(parents=True, exist_ok=True)
    write_jsonl(args.out, records)
    print(f"wrote {len(records)} countries to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
