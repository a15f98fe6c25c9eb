"""Pickling for the classes that mypyc compiles: rebuilt from their constructors' arguments.

``setup.py`` compiles the rule modules to C with mypyc. A compiled class keeps its
attributes in C slots, not in a ``__dict__``, so pickle's default way, which makes an
empty object and then sets its attributes, fails on it: a frozen dataclass refuses the
assignments, and a class whose ``__init__`` takes arguments cannot be made empty.
Objects that cross a process boundary (a pipeline sent to worker processes, records
sent back) are therefore rebuilt by calling their class again: each such class defines
``__reduce__`` with :func:`dataclass_reduce` or with its own arguments. The same holds
when the modules run as plain Python.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any


def dataclass_reduce(obj: Any) -> tuple[Any, tuple[Any, ...]]:
    """What pickle calls to rebuild a dataclass: its class, and its ``__init__`` fields.

    Fields that ``__init__`` does not take are left to be made again (they hold caches).
    """
    return type(obj), tuple(getattr(obj, field.name) for field in fields(obj) if field.init)
