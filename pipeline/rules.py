"""The one loader for rule sets: a folder with a ``config.cfg`` and JSONL/CSV data files.

A rule set is data. This module finds it, checks every section and key against what
the components accept, and reads its data files with errors that name file and line.
It builds nothing itself; :mod:`pipeline.nlp` turns a :class:`RuleSet` into a pipeline.
"""

from __future__ import annotations

import csv
import inspect
import json
import re
import typing
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from confection import Config
from spacy.language import Language

from .errors import Errors, RuleSetError

CONFIG_NAME = "config.cfg"
#: Keys of the [undersigned] section: the rule set's own description.
META_KEYS = ("name", "description", "version", "requires")
TOP_SECTIONS = ("undersigned", "nlp", "components", "initialize")
NLP_KEYS = ("lang", "pipeline", "batch_size", "disabled", "tokenizer")


@dataclass(frozen=True)
class RuleSet:
    """A parsed, validated rule set.

    Attributes:
        name: The rule set's name from its ``[undersigned]`` section.
        path: The folder holding ``config.cfg`` and the data files.
        config: The spaCy config (``[nlp]``, ``[components]``, ``[initialize]``).
        meta: The ``[undersigned]`` section.
    """

    name: str
    path: Path
    config: Config
    meta: dict[str, Any]

    def data_path(self, relative: str) -> Path:
        """Resolve a data file named in the config, relative to the rule set folder."""
        path = (self.path / relative).resolve()
        if not path.exists():
            raise RuleSetError(Errors.E010.format(path=path, config=self.path / CONFIG_NAME))
        return path


def bundled_rule_sets() -> list[str]:
    """Names of the rule sets installed with the package."""
    root = resources.files("undersigned_models")
    return sorted(p.name for p in root.iterdir() if p.is_dir() and (p / CONFIG_NAME).is_file())


def bundled_folder(name: str) -> Path:
    """The folder of a rule set installed with the package (it may not exist)."""
    return Path(str(resources.files("undersigned_models") / name))


#: The bundled ``default`` rule set where the package is installed (``models/default`` of a
#: checkout installed in editable mode): the data files components and generators read
#: when they are given none.
DEFAULT_RULES_FOLDER = bundled_folder("default")


def resolve(rules: str | Path) -> Path:
    """Find a rule set folder from a path or a bundled rule set's name.

    Args:
        rules: A folder path (``models/default``), or a bundled name (``default``).

    Returns:
        The folder that holds ``config.cfg``.

    Raises:
        RuleSetError: When neither a folder nor a bundled name matches.
    """
    candidate = Path(rules)
    if (candidate / CONFIG_NAME).is_file():
        return candidate.resolve()
    if candidate.name == CONFIG_NAME and candidate.is_file():
        return candidate.parent.resolve()
    bundled = bundled_folder(str(rules))
    if (bundled / CONFIG_NAME).is_file():
        return bundled.resolve()
    raise RuleSetError(
        Errors.E001.format(name=rules, available=", ".join(bundled_rule_sets()) or "none")
    )


def _key_lines(text: str) -> dict[tuple[str, str], int]:
    """Map (section, key) to the 1-based line where the key is set, for error messages."""
    lines: dict[tuple[str, str], int] = {}
    section = ""
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        header = re.fullmatch(r"\[([^\]]+)\]", stripped)
        if header:
            section = header.group(1).strip()
            lines.setdefault((section, ""), number)
            continue
        match = re.match(r"([A-Za-z_][\w\-]*)\s*=", stripped)
        if match:
            lines.setdefault((section, match.group(1)), number)
    return lines


def _check_keys(
    path: Path,
    lines: Mapping[tuple[str, str], int],
    section: str,
    found: Mapping[str, Any],
    allowed: tuple[str, ...] | list[str],
) -> None:
    for key in found:
        if key not in allowed:
            raise RuleSetError(
                Errors.E003.format(
                    path=path,
                    line=lines.get((section, key), lines.get((section, ""), 0)),
                    key=key,
                    section=section,
                    expected=", ".join(sorted(allowed)) or "(no keys)",
                )
            )


def factory_arguments(factory: str) -> tuple[str, ...]:
    """The keyword arguments a registered factory accepts (its ``default_config`` keys)."""
    meta = Language.get_factory_meta(factory)
    return tuple(meta.default_config or {})


def load(rules: str | Path) -> RuleSet:
    """Read and validate a rule set.

    Every section, component key and initialize key is checked; an unknown one is an
    error that names the file and line. Data files are only resolved here; components
    read them when the pipeline is initialised.

    Args:
        rules: A rule set folder or a bundled rule set name.

    Returns:
        The validated rule set.

    Raises:
        RuleSetError: On a missing folder, a parse error or an unknown key.
    """
    # Registers the factories, so that their arguments can be checked.
    from . import components  # noqa: F401

    folder = resolve(rules)
    path = folder / CONFIG_NAME
    text = path.read_text(encoding="utf-8")
    try:
        config = Config().from_str(text, interpolate=False)
    except Exception as exc:  # confection raises several exception types
        raise RuleSetError(Errors.E002.format(path=path, detail=exc)) from exc
    lines = _key_lines(text)

    for section in config:
        if section not in TOP_SECTIONS:
            raise RuleSetError(
                Errors.E004.format(
                    path=path,
                    line=lines.get((section, ""), 0),
                    section=section,
                    expected=", ".join(TOP_SECTIONS),
                )
            )
    meta = dict(config.get("undersigned", {}))
    _check_keys(path, lines, "undersigned", meta, META_KEYS)
    _check_keys(path, lines, "nlp", config.get("nlp", {}), NLP_KEYS)

    for name, block in config.get("components", {}).items():
        section = f"components.{name}"
        if "source" in block:
            _check_keys(path, lines, section, block, ("source", "component", "replace_listeners"))
            continue
        factory = block.get("factory", "")
        if not Language.has_factory(factory):
            registered = sorted(f for f in Language.factories if f.startswith("undersigned_"))
            raise RuleSetError(
                Errors.E005.format(
                    path=path, component=name, factory=factory, expected=", ".join(registered)
                )
            )
        _check_keys(path, lines, section, block, ("factory", *factory_arguments(factory)))

    for name, block in config.get("initialize", {}).get("components", {}).items():
        factory = config["components"].get(name, {}).get("factory", "")
        section = f"initialize.components.{name}"
        if not factory:
            raise RuleSetError(
                Errors.E003.format(
                    path=path,
                    line=lines.get((section, ""), 0),
                    key=name,
                    section="initialize.components",
                    expected=", ".join(config.get("components", {})),
                )
            )
        allowed = initialize_arguments(Language.factories[factory])
        _check_keys(path, lines, section, block, allowed)

    body = Config({k: v for k, v in config.items() if k != "undersigned"})
    return RuleSet(name=str(meta.get("name", folder.name)), path=folder, config=body, meta=meta)


def initialize_arguments(factory: Any) -> tuple[str, ...]:
    """Keyword-only data arguments of the ``initialize`` method of a factory's component.

    The component class is read from the factory function's return type hint.
    """
    try:
        component_class = typing.get_type_hints(factory).get("return")
    except (NameError, TypeError):
        component_class = None
    method = getattr(component_class, "initialize", None)
    if method is None:
        return ()
    params = inspect.signature(method).parameters.values()
    return tuple(
        p.name for p in params if p.kind is inspect.Parameter.KEYWORD_ONLY and p.name != "nlp"
    )


def read_jsonl(
    path: Path,
    *,
    required: Mapping[str, type | tuple[type, ...]],
    optional: Mapping[str, type | tuple[type, ...]] | None = None,
    choices: Mapping[str, Collection[str]] | None = None,
    unique: str | None = None,
) -> Iterator[dict[str, Any]]:
    """Read a rule-set data file of JSON objects, checking fields and types line by line.

    Args:
        path: The JSONL file.
        required: Field names with their accepted types; each line must have them.
        optional: Field names with types that a line may have.
        choices: Field names with the values they may take (checked when present).
        unique: A field whose values must differ from line to line (a rule's ``id``).

    Yields:
        One dict per non-blank line, in file order.

    Raises:
        RuleSetError: Naming the file and line of invalid JSON, a missing or unknown
            field, or a value of the wrong type.
    """
    for _, record in read_jsonl_numbered(
        path, required=required, optional=optional, choices=choices, unique=unique
    ):
        yield record


def read_jsonl_numbered(
    path: Path,
    *,
    required: Mapping[str, type | tuple[type, ...]],
    optional: Mapping[str, type | tuple[type, ...]] | None = None,
    choices: Mapping[str, Collection[str]] | None = None,
    unique: str | None = None,
) -> Iterator[tuple[int, dict[str, Any]]]:
    """Like :func:`read_jsonl`, yielding ``(line_number, record)`` for further checks."""
    optional = optional or {}
    choices = choices or {}
    seen: dict[Any, int] = {}
    fields = {**required, **optional}
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise RuleSetError(
                    Errors.E006.format(path=path, line=number, detail=exc.msg)
                ) from exc
            if not isinstance(record, dict):
                raise RuleSetError(
                    Errors.E006.format(path=path, line=number, detail="not an object")
                )
            for key in required:
                if key not in record:
                    raise RuleSetError(
                        Errors.E007.format(
                            path=path, line=number, key=key, expected=", ".join(required)
                        )
                    )
            for key, value in record.items():
                if key not in fields:
                    raise RuleSetError(
                        Errors.E008.format(
                            path=path, line=number, key=key, expected=", ".join(fields)
                        )
                    )
                if value is not None and not isinstance(value, fields[key]):
                    expected = fields[key]
                    names = (
                        " or ".join(t.__name__ for t in expected)
                        if isinstance(expected, tuple)
                        else expected.__name__
                    )
                    raise RuleSetError(
                        Errors.E009.format(
                            path=path, line=number, key=key, value=value, expected=names
                        )
                    )
            for key, allowed in choices.items():
                if key in record and record[key] not in allowed:
                    raise RuleSetError(
                        Errors.E009.format(
                            path=path,
                            line=number,
                            key=key,
                            value=record[key],
                            expected=" | ".join(allowed),
                        )
                    )
            if unique is not None:
                value = record.get(unique)
                if value in seen:
                    raise RuleSetError(
                        Errors.E009.format(
                            path=path,
                            line=number,
                            key=unique,
                            value=value,
                            expected=f"a value not used before (line {seen[value]} has it)",
                        )
                    )
                seen[value] = number
            yield number, record


def read_csv(path: Path, *, columns: tuple[str, ...]) -> Iterator[dict[str, str]]:
    """Read a rule-set CSV file whose header must be exactly ``columns``.

    Raises:
        RuleSetError: On a header or row whose columns differ, naming file and line.
    """
    for _, row in read_csv_numbered(path, columns=columns):
        yield row


def read_csv_numbered(
    path: Path, *, columns: tuple[str, ...]
) -> Iterator[tuple[int, dict[str, str]]]:
    """Like :func:`read_csv`, yielding ``(line_number, row)`` for further checks."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader, [])
        if tuple(header) != columns:
            raise RuleSetError(
                Errors.E011.format(path=path, line=1, received=header, expected=list(columns))
            )
        for row in reader:
            if not row or all(not cell.strip() for cell in row):
                continue
            if len(row) != len(columns):
                raise RuleSetError(
                    Errors.E011.format(
                        path=path, line=reader.line_num, received=row, expected=list(columns)
                    )
                )
            yield reader.line_num, dict(zip(columns, row, strict=True))


def write_jsonl(path: Path, records: list[dict[str, Any]]) -> None:
    """Write records one JSON object a line (used by components' ``to_disk``)."""
    with path.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
