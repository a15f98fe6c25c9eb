"""spaCy components of undersigned; importing this package registers their factories."""

from .. import tokenizer  # noqa: F401  (registers undersigned.Tokenizer.v1)
from . import agencies, aliases, countries, dates, dependency_signings, people, sentences, signings

__all__ = [
    "agencies",
    "aliases",
    "countries",
    "dates",
    "dependency_signings",
    "people",
    "sentences",
    "signings",
]
