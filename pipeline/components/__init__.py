"""spaCy components of undersigned; importing this package registers their factories."""

from . import dates, sentences, signings

__all__ = ["dates", "sentences", "signings"]
