"""Writers for CSV, Parquet and JSON Lines, incremental and resumable.

A batch run writes each chunk of releases as numbered part files under
``OUTDIR/.parts/`` and assembles them into ``OUTDIR/<table>.<ext>`` at the end, so
memory stays flat however large the corpus, and an interrupted run can resume from
the parts it finished. In JSON Lines, events keep their parties nested as in
DESIGN.md; CSV and Parquet hold the flat columns of :mod:`pipeline.records`.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from .errors import Errors, UndersignedError
from .records import (
    ENTITY_COLUMNS,
    EVENT_COLUMNS,
    MANIFEST_COLUMNS,
    PARTY_COLUMNS,
    DocRecords,
    Tables,
    flat_event,
    frame,
)

FORMATS = ("csv", "parquet", "jsonl")
TABLES: dict[str, dict[str, str]] = {
    "events": EVENT_COLUMNS,
    "parties": PARTY_COLUMNS,
    "entities": ENTITY_COLUMNS,
    "manifest": MANIFEST_COLUMNS,
}
PARTS = ".parts"
_ARROW = {"string": pa.string(), "Int64": pa.int64(), "Float64": pa.float64()}


def check_format(fmt: str) -> str:
    """Return ``fmt`` if it is a supported output format.

    Raises:
        UndersignedError: Naming the format received and those supported.
    """
    if fmt not in FORMATS:
        raise UndersignedError(Errors.E201.format(received=fmt, expected=", ".join(FORMATS)))
    return fmt


def arrow_schema(columns: dict[str, str]) -> pa.Schema:
    """The Parquet schema of a table, from its pandas dtypes."""
    return pa.schema([(name, _ARROW[dtype]) for name, dtype in columns.items()])


def _jsonable(value: Any) -> Any:
    if value is None or (isinstance(value, float) and value != value):
        return None
    if value is pd.NA:
        return None
    return value


def write_frame(data: pd.DataFrame, path: Path, fmt: str, columns: dict[str, str]) -> None:
    """Write one table in one format."""
    if fmt == "csv":
        data.to_csv(path, index=False)
    elif fmt == "parquet":
        table = pa.Table.from_pandas(data, schema=arrow_schema(columns), preserve_index=False)
        pq.write_table(table, path)
    else:
        with path.open("w", encoding="utf-8") as handle:
            for row in data.to_dict(orient="records"):
                handle.write(
                    json.dumps({k: _jsonable(v) for k, v in row.items()}, ensure_ascii=False) + "\n"
                )


def write_events_jsonl(events: list[dict[str, Any]], path: Path) -> None:
    """Write event records with their parties nested, one JSON object a line."""
    with path.open("w", encoding="utf-8") as handle:
        for event in events:
            handle.write(json.dumps(event, ensure_ascii=False) + "\n")


def write_part(outdir: Path, number: int, docs: list[DocRecords], fmt: str) -> None:
    """Write one chunk's tables as part files; the manifest part is written last.

    The manifest part marks the chunk as complete for :func:`done_ids`.
    """
    parts = outdir / PARTS
    parts.mkdir(parents=True, exist_ok=True)
    events = [event for doc in docs for event in doc.events]
    if fmt == "jsonl":
        write_events_jsonl(events, parts / f"events-{number:06d}.jsonl")
    else:
        write_frame(
            frame([flat_event(e) for e in events], EVENT_COLUMNS),
            parts / f"events-{number:06d}.{fmt}",
            fmt,
            EVENT_COLUMNS,
        )
    for name, rows in (
        ("parties", [p for d in docs for p in d.parties]),
        ("entities", [e for d in docs for e in d.entities]),
    ):
        write_frame(
            frame(rows, TABLES[name]), parts / f"{name}-{number:06d}.{fmt}", fmt, TABLES[name]
        )
    manifest = frame([d.manifest for d in docs], MANIFEST_COLUMNS)
    temporary = parts / f"manifest-{number:06d}.{fmt}.tmp"
    write_frame(manifest, temporary, fmt, MANIFEST_COLUMNS)
    temporary.rename(parts / f"manifest-{number:06d}.{fmt}")


def read_table(path: Path, fmt: str, columns: dict[str, str]) -> pd.DataFrame:
    """Read a table written by this module, with its dtypes."""
    if fmt == "csv":
        data = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
    elif fmt == "parquet":
        data = pd.read_parquet(path)
    else:
        data = pd.read_json(path, lines=True, dtype=False)
        if data.empty:
            data = pd.DataFrame(columns=list(columns))
    return data.reindex(columns=list(columns)).astype(columns)


def finished_parts(outdir: Path, fmt: str) -> list[Path]:
    """Manifest parts of completed chunks, in order."""
    return sorted((outdir / PARTS).glob(f"manifest-*.{fmt}"))


def done_ids(outdir: Path, fmt: str) -> set[str]:
    """Ids of the releases that completed chunks already hold (for ``--resume``)."""
    ids: set[str] = set()
    for part in finished_parts(outdir, fmt):
        ids.update(str(i) for i in read_table(part, fmt, MANIFEST_COLUMNS)["id"].dropna())
    return ids


def assemble(outdir: Path, fmt: str, *, keep_parts: bool = False) -> dict[str, Path]:
    """Concatenate the part files of every table into ``OUTDIR/<table>.<ext>``.

    Returns:
        The path of each table written.
    """
    parts = outdir / PARTS
    numbers = [p.name.split("-")[1].split(".")[0] for p in finished_parts(outdir, fmt)]
    written = {}
    for name, columns in TABLES.items():
        target = outdir / f"{name}.{fmt}"
        sources = [parts / f"{name}-{n}.{fmt}" for n in numbers]
        if fmt == "parquet":
            with pq.ParquetWriter(target, arrow_schema(columns)) as writer:
                for source in sources:
                    writer.write_table(pq.read_table(source, schema=arrow_schema(columns)))
        else:
            with target.open("w", encoding="utf-8", newline="") as out:
                for index, source in enumerate(sources):
                    with source.open(encoding="utf-8", newline="") as handle:
                        header = handle.readline() if fmt == "csv" else ""
                        if fmt == "csv" and index == 0:
                            out.write(header)
                        shutil.copyfileobj(handle, out)
                if fmt == "csv" and not sources:
                    out.write(",".join(columns) + "\n")
        written[name] = target
    if not keep_parts:
        shutil.rmtree(parts, ignore_errors=True)
    return written


def write_tables(tables: Tables, outdir: str | Path, fmt: str = "csv") -> dict[str, Path]:
    """Write in-memory :class:`Tables` (from :func:`pipeline.extract`) to a folder."""
    check_format(fmt)
    folder = Path(outdir)
    folder.mkdir(parents=True, exist_ok=True)
    written = {}
    for name, columns in TABLES.items():
        target = folder / f"{name}.{fmt}"
        if name == "events" and fmt == "jsonl":
            write_events_jsonl(tables.records, target)
        else:
            write_frame(getattr(tables, name), target, fmt, columns)
        written[name] = target
    return written
