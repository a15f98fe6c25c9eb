"""Names that tell no instrument apart: "the agreement", "a memorandum of understanding".

:mod:`.merge` lets such a mention refer back to a signing told before it, and
:mod:`.headline_retold` leaves these words out when it compares two names' topics.
"""

from __future__ import annotations

#: Head words of instrument names that alone name no particular instrument.
GENERIC_HEADS = frozenset(
    {
        "agreement",
        "memorandum",
        "mou",
        "deal",
        "accord",
        "treaty",
        "statement",
        "declaration",
        "document",
        "arrangement",
        "protocol",
        "letter",
    }
)


def is_generic(name: str) -> bool:
    """A name that does not tell instruments apart ("agreement", "memorandum of understanding")."""
    words = name.lower().split()
    return len(words) <= 1 or (words[0] in GENERIC_HEADS and len(words) <= 3 and "on" not in words)
