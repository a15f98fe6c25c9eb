"""Fixtures for extraction tests: run the default pipeline over sentences we write."""

from __future__ import annotations

import pytest

import pipeline
from pipeline.corpus import Release


@pytest.fixture(scope="session")
def events_of():
    """Events the default rule set finds in a text released on a given date."""

    def run(text: str, date: str = "2022-03-07", dateline: str | None = None) -> list[dict]:
        release = Release(id="t", text=text, date=date, dateline=dateline)
        return list(pipeline.parse(release)._.signings or [])

    return run


@pytest.fixture(scope="session")
def parsed():
    """The default pipeline's Doc for a text (release date 2022-03-07)."""

    def run(text: str, date: str = "2022-03-07", dateline: str | None = None):
        return pipeline.parse(Release(id="t", text=text, date=date, dateline=dateline))

    return run


@pytest.fixture(scope="session")
def lexicon():
    return pipeline.load().get_pipe("undersigned_signings").lexicon


@pytest.fixture(scope="session")
def first_trigger():
    """The first signing word of a Doc ("signed", "inked", "concluded") as a Span."""

    def find(doc):
        for token in doc:
            if token.lower_.startswith(("sign", "ink", "conclu")):
                return doc[token.i : token.i + 1]
        raise AssertionError("no trigger")

    return find
