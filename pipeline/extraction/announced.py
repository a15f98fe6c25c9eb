"""A transcript's announced signing, then the stage direction that shows it done.

"MODERATOR: Secretary Blinken and Foreign Minister Retno Marsudi will now sign the
Memorandum ... (The memorandum is signed.)": the announcement names who signs and what,
the stage direction says it was done. They are one signed event with the announcement's
parties, not a planned one beside a signed one whose parties came from the speakers.
"""

from __future__ import annotations

import re
from typing import Any

#: An announcement of a signing about to happen on stage.
_ANNOUNCED = re.compile(r"(?i)\b(?:will\s+now|now\s+(?:will|to))\s+sign\b")
#: Most characters between the announcement's start and the stage direction's.
_REACH = 600
#: A stage direction that shows a signing done ("(The memorandum is signed.)").
_STAGE_SIGNED = re.compile(
    r"(?i)^\(\s*(?:the|an?)\b[^()]*\b(?:is|are)\s+(?:being\s+)?signed\.?\s*\)"
)


def join_announced(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Events with each announced signing and its stage direction made one signed event.

    The stage direction must be the next event after the announcement and of the same
    type of instrument; the signed event keeps its own date and place and takes the
    announcement's name, parties and countries.
    """
    ordered = sorted(events, key=lambda e: int(e.get("start_char") or 0))
    dropped: set[int] = set()
    for announced, shown in zip(ordered, ordered[1:], strict=False):
        if (
            announced["status"] == "planned"
            and shown["status"] == "signed"
            and announced["agreement_type"] == shown["agreement_type"]
            and _ANNOUNCED.search(announced["evidence"])
            and _STAGE_SIGNED.match(shown["evidence"].strip())
            and int(shown.get("start_char") or 0) - int(announced.get("start_char") or 0) < _REACH
            and announced["parties"]
        ):
            for key in ("agreement", "parties", "countries"):
                shown[key] = announced[key]
            dropped.add(id(announced))
    return [e for e in events if id(e) not in dropped]
