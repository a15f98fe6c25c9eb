"""YAML front matter of a Markdown or text release: its title, date, publisher and URL.

Static-site generators (Jekyll, Hugo) open a page with a block of fields between two
``---`` lines. The block is metadata, not text: its fields fill the release's metadata
(given metadata still wins) and it is left out of what the pipeline reads. A block that
is not a YAML mapping with one of the keys of :data:`FIELDS` is no front matter (a "---"
rule at the top of a plain text, around "FOR IMMEDIATE RELEASE: June 14, 2022").
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import yaml

_BLOCK = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
#: Front-matter keys for each metadata field, first present wins.
FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline"),
    "date": ("date", "release_date", "published", "publishdate", "pubdate"),
    "source": ("publisher", "source", "agency", "organization"),
    "url": ("url", "link", "permalink", "canonical_url"),
}


_KNOWN_KEYS = frozenset(key for keys in FIELDS.values() for key in keys)


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """The front matter's metadata fields and the text after the block.

    Returns:
        ``({"title": ..., "date": ..., "source": ..., "url": ...}, rest)`` with only the
        fields the block gives, as strings; ``({}, text)`` when there is no front matter.
    """
    block = _BLOCK.match(text)
    if block is None:
        return {}, text
    try:
        # Every value as written: no implicit dates, booleans or numbers ("2022-02-30"
        # would raise, "title: yes" would be True); the release's reader checks the date.
        data = yaml.load(block.group(1), Loader=yaml.BaseLoader)  # noqa: S506 (BaseLoader builds only strings, lists and dicts)
    except yaml.YAMLError:
        return {}, text
    if not isinstance(data, dict):
        return {}, text
    lowered = {str(key).lower(): value for key, value in data.items()}
    if _KNOWN_KEYS.isdisjoint(lowered):
        # "---" rules around "FOR IMMEDIATE RELEASE: June 14" or a lead with a colon.
        return {}, text
    fields: dict[str, str] = {}
    for field, keys in FIELDS.items():
        value = next((lowered[k] for k in keys if _usable(lowered.get(k))), None)
        if value is not None:
            fields[field] = _as_text(value)
    return fields, text[block.end() :]


def _usable(value: Any) -> bool:
    scalar = isinstance(value, (str, int, float, dt.date)) and not isinstance(value, bool)
    return scalar and str(value).strip() != ""


def _as_text(value: Any) -> str:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return " ".join(str(value).split())
