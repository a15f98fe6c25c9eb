"""undersigned: signing events (who signed what, with whom, when and where) from press releases.

The Python API::

    import pipeline
    tables = pipeline.extract("corpus/")     # pandas tables: events, parties, entities, manifest
    nlp = pipeline.load("default")           # the rule set as a spaCy Language
    report, _ = pipeline.score("corpus/", "corpus/gold.jsonl")
"""

from __future__ import annotations

from .api import extract, load, parse, predictions, score
from .corpus import Release
from .records import Tables
from .writers import write_tables

__version__ = "0.1.0"
__all__ = [
    "is_compiled",
    "Release",
    "Tables",
    "extract",
    "load",
    "parse",
    "predictions",
    "score",
    "write_tables",
    "__version__",
]


def is_compiled() -> bool:
    """Whether the rule modules run compiled by mypyc (an ordinary install) or as sources."""
    from . import people_finder

    return not people_finder.__file__.endswith(".py")
