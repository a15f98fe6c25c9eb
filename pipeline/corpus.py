"""Read press releases from files and folders: text, Markdown, HTML, JSON and JSON Lines.

:func:`iter_releases` turns paths into :class:`Release` objects, one per document, in a
deterministic order. It never raises for a bad input: a file or line that cannot be read
becomes a :class:`ReadFailure` whose reason (an ``E1xx`` message of
:mod:`pipeline.errors`) goes into the run manifest, and reading goes on.

What is read:

* A folder is walked recursively in sorted order. Only files ending in one of
  :data:`SUFFIXES` are read; hidden files and folders (names starting with "."), README
  files (``README.md``, ``README.txt``) and gold annotation files (``gold*.jsonl``, such
  as ``corpus/gold.jsonl`` beside the bundled releases) are skipped.
* A file named directly is always read: an unsupported suffix is a failure (E105), and
  so is a gold annotation file (E116), rather than being skipped silently.
* ``.txt`` and ``.md``: the text, cleaned as :func:`pipeline.metadata.clean_text` does
  (Markdown syntax goes, words stay); title, release date, publisher and dateline are
  read from the text. The id is the path relative to the folder given, without its
  suffix ("2019/dhs-el-salvador"), or the file's stem when the file was named directly.
* ``.html`` / ``.htm``: the main text found by trafilatura, with the page's title and
  date from trafilatura's metadata when it has them (:mod:`pipeline.html`).
* ``.jsonl``: one release a line, an object with ``id`` and ``text`` and optionally
  ``title``, ``date``, ``source`` and ``url``; other keys (``meta``) are ignored.
  A bad line is a failure of its own and the rest of the file is still read. The date is
  an ISO date or date-time, whose date is taken, or a date with its month in words
  ("April 30, 2024"); another (a numeric "04/05/2024", which is ambiguous) keeps its
  release, dated from its text as a file is, with a warning (W003).
* ``.json``: one such object, or a list of them. In failure messages the "line" of a
  ``.json`` file is the object's position in the list (1 for a single object).

Bytes that are not UTF-8 (nor UTF-16/32 with a BOM) are decoded by detection with
charset-normalizer, preferring Windows-1252 when it fits as well as the best guess
(:mod:`pipeline.encodings`). A text becomes a :class:`Release` as
:func:`pipeline.releases.release_from_text` makes it. Ids must be unique within a run; a
repeated id is a failure (E109, E115). A text or HTML file's id is taken when the file is
found, even if it then cannot be read.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath
from typing import Any, Literal, overload

from .encodings import decode_bytes, decode_legacy
from .errors import Errors, ReadError, Warnings
from .html import release_from_html
from .releases import ReadFailure, Release, record_date, release_from_text

# Names that lived here before pipeline.releases and pipeline.encodings stay importable.
__all__ = [
    "SUFFIXES",
    "DeferredFile",
    "ReadFailure",
    "Release",
    "count_inputs",
    "decode_bytes",
    "iter_releases",
    "release_from_text",
]

SUFFIXES = (".txt", ".md", ".html", ".htm", ".json", ".jsonl")
_HTML_SUFFIXES = (".html", ".htm")
_JSON_KINDS = {
    list: "an array",
    str: "a string",
    int: "a number",
    float: "a number",
    bool: "a boolean",
    type(None): "null",
}
_OPTIONAL_FIELDS = ("title", "source", "url")


@dataclass(frozen=True)
class _Input:
    file: Path
    relative: str  # posix path relative to the folder given, or the file name
    shown: str  # the path as the user will recognise it
    named: bool  # named directly by the user rather than found in a folder

    @property
    def id(self) -> str:
        return str(PurePosixPath(self.relative).with_suffix(""))


def _is_gold(file: Path) -> bool:
    return file.name.lower().startswith("gold") and file.suffix.lower() == ".jsonl"


def _walk(root: Path) -> Iterator[_Input]:
    found = []
    for file in root.rglob("*"):
        parts = file.relative_to(root).parts
        if (
            file.suffix.lower() in SUFFIXES
            and not any(part.startswith(".") for part in parts)
            and file.stem.lower() != "readme"
            and not _is_gold(file)
            and file.is_file()
        ):
            found.append(parts)
    for parts in sorted(found):
        relative = "/".join(parts)
        yield _Input(root.joinpath(*parts), relative, (root / relative).as_posix(), named=False)


def folder_files(root: str | Path) -> list[Path]:
    """The files of a folder that :func:`iter_releases` reads, in the order it reads them."""
    return [item.file for item in _walk(Path(root))]


def _inputs(paths: Iterable[str | Path]) -> Iterator[_Input | ReadFailure]:
    for given in paths:
        path = Path(given)
        if path.is_dir():
            try:
                found = list(_walk(path))
            except OSError as exc:  # an unreadable folder is reported, not raised
                reason = Errors.E106.format(detail=exc)
                yield ReadFailure(id=path.name or str(given), path=path.as_posix(), reason=reason)
                continue
            yield from found
        elif path.is_file():
            yield _Input(path, path.name, path.as_posix(), named=True)
        else:
            yield ReadFailure(id=path.stem or str(given), path=str(given), reason=Errors.E108)


def _read_text(item: _Input) -> Release:
    text = decode_bytes(item.file.read_bytes())
    return release_from_text(text, id=item.id, path=item.shown)


def _read_html(item: _Input) -> Release:
    return release_from_html(decode_bytes(item.file.read_bytes()), id=item.id, path=item.shown)


def _record_id(record: Any) -> str | None:
    """The id of a JSON record (a string, or an integer as one), or None if it has none."""
    value = record.get("id") if isinstance(record, dict) else None
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    return value.strip() if isinstance(value, str) and value.strip() else None


def _record_release(record: Any, line: int, where: str) -> Release:
    """A release from one JSON object; ``line`` only numbers the error messages."""
    if not isinstance(record, dict):
        kind = _JSON_KINDS.get(type(record), "a value")
        raise ReadError(Errors.E112.format(line=line, kind=kind))
    release_id = _record_id(record)
    if release_id is None:
        raise ReadError(Errors.E113.format(line=line))
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ReadError(Errors.E104.format(line=line))
    fields: dict[str, str | None] = {}
    for key in _OPTIONAL_FIELDS:
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            raise ReadError(Errors.E114.format(line=line, key=key, value=value))
        fields[key] = value or None
    date = record.get("date")
    known = record_date(date)
    release = release_from_text(text, id=release_id, date=known, path=where, **fields)
    if known is None and date not in (None, ""):
        return replace(release, warning=Warnings.W003.format(line=line, value=date))
    return release


def _json_error(exc: json.JSONDecodeError, line: int) -> ReadError:
    """E103 for JSON that does not parse: json's message, with the line and column."""
    # "Unterminated string starting at" ends with its own "at".
    detail = f"{exc.msg.removesuffix(' at')} at column {exc.colno}"
    rest = exc.doc.rstrip()
    if not rest.endswith("}") and (exc.msg.startswith("Unterminated") or exc.pos >= len(rest)):
        detail += "; the line ends before its object does: was it cut short?"
    return ReadError(Errors.E103.format(line=line, detail=detail))


def _read_records(item: _Input) -> Iterator[tuple[int, str, Any]]:
    """(line, where, record or ReadError) for each record of a .jsonl or .json file."""
    if item.file.suffix.lower() == ".json":
        try:
            data = json.loads(decode_bytes(item.file.read_bytes()))
        except json.JSONDecodeError as exc:
            raise _json_error(exc, exc.lineno) from exc
        if isinstance(data, list):
            for number, record in enumerate(data, start=1):
                yield number, f"{item.shown}:{number}", record
        else:
            yield 1, item.shown, data
        return
    seen_any = False
    with item.file.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if number == 1:
                raw = raw.removeprefix(codecs.BOM_UTF8)
            if not raw.strip():
                continue
            seen_any = True
            where = f"{item.shown}:{number}"
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                try:
                    line = decode_legacy(raw)
                except ReadError as exc:
                    yield number, where, exc
                    continue
            try:
                yield number, where, json.loads(line)
            except json.JSONDecodeError as exc:
                yield number, where, _json_error(exc, number)
    if not seen_any:
        raise ReadError(Errors.E101)


def _read_json_lines(item: _Input, seen: dict[str, str]) -> Iterator[Release | ReadFailure]:
    """The releases of a .jsonl or .json file, and the failures of its bad lines.

    A line that fails is recorded under its own id, so that it can be joined back, and the
    id is taken as a file's is; without an id of its own, or with one taken before (E109),
    it is recorded as "file.jsonl:LINE".
    """
    for number, where, record in _read_records(item):
        release_id = _record_id(record)
        try:
            if isinstance(record, ReadError):
                raise record
            if release_id in seen:
                first = seen[release_id]
                raise ReadError(Errors.E109.format(line=number, value=release_id, first=first))
            release = _record_release(record, number, where)
        except Exception as exc:  # one bad line must not stop the file
            if isinstance(exc, ReadError):
                reason = str(exc)
            else:
                reason = Errors.E106.format(detail=repr(exc))
            if release_id is None or release_id in seen:
                release_id = item.relative + where[len(item.shown) :]
            else:
                seen[release_id] = where
            yield ReadFailure(id=release_id, path=where, reason=reason)
        else:
            seen[release.id] = where
            yield release


def _failure(item: _Input, exc: Exception) -> ReadFailure:
    """The manifest's failure for a file: our reason, the system's, or the crash."""
    if isinstance(exc, ReadError):
        reason = str(exc)
    elif isinstance(exc, OSError):
        reason = Errors.E106.format(detail=exc)
    else:
        reason = Errors.E106.format(detail=repr(exc))
    return ReadFailure(id=item.id, path=item.shown, reason=reason)


def _read(
    item: _Input, seen: dict[str, str], defer: bool
) -> Iterator[Release | ReadFailure | DeferredFile]:
    suffix = item.file.suffix.lower()
    try:
        if item.named and _is_gold(item.file):
            raise ReadError(Errors.E116.format(name=item.file.name))
        if suffix not in SUFFIXES:
            shown = suffix or item.file.name
            raise ReadError(Errors.E105.format(suffix=shown, expected=", ".join(SUFFIXES)))
        if suffix in (".json", ".jsonl"):
            yield from _read_json_lines(item, seen)
            return
        # A text or HTML file's id comes from its path, so it is taken when the file is
        # found, read or not: reading here or in a worker process gives the same run.
        if item.id in seen:
            raise ReadError(Errors.E115.format(value=item.id, first=seen[item.id]))
    except Exception as exc:  # a parser crash on one file must not end a long run
        yield _failure(item, exc)
        return
    seen[item.id] = item.shown
    deferred = DeferredFile(item)
    yield deferred if defer else deferred.read()


@dataclass(frozen=True)
class DeferredFile:
    """A text or HTML file found and given its id, to be read by whoever runs it.

    ``iter_releases(..., defer=True)`` yields these instead of reading the files, so that
    a batch run's worker processes share the reading (extracting an HTML page's text
    costs more than the rest of its pipeline). :meth:`read` gives what
    :func:`iter_releases` would have yielded for the file.
    """

    item: _Input

    @property
    def id(self) -> str:
        """The release id the file will have (its path without suffix)."""
        return self.item.id

    def read(self) -> Release | ReadFailure:
        """The file's release, or the failure that says why it cannot be read."""
        item = self.item
        try:
            if item.file.suffix.lower() in _HTML_SUFFIXES:
                return _read_html(item)
            return _read_text(item)
        except Exception as exc:  # a parser crash on one file must not end a long run
            return _failure(item, exc)


@overload
def iter_releases(
    paths: Iterable[str | Path], *, defer: Literal[False] = False
) -> Iterator[Release | ReadFailure]: ...


@overload
def iter_releases(
    paths: Iterable[str | Path], *, defer: bool
) -> Iterator[Release | ReadFailure | DeferredFile]: ...


def iter_releases(
    paths: Iterable[str | Path], *, defer: bool = False
) -> Iterator[Release | ReadFailure | DeferredFile]:
    """Read every release under the given files and folders, in a deterministic order.

    Folders are walked recursively in sorted order and only :data:`SUFFIXES` files are
    read; hidden files, README files and gold annotation files (``gold*.jsonl``) are
    skipped. Files named directly are always read (E105 for an unsupported suffix,
    E116 for a gold file). Never raises for a bad input.

    Args:
        paths: Files and folders.
        defer: Yield a :class:`DeferredFile` for each text or HTML file instead of
            reading it (JSON files are still read: their ids are inside them).

    Yields:
        A :class:`Release` per document read, a :class:`ReadFailure` per document (or
        path, or JSONL line) that could not be: a missing path (E108), an empty (E101)
        or binary (E102) file, invalid JSON (E103), a line without text (E104), a
        repeated id (E109, E115), an HTML page without main text (E110).
    """
    seen: dict[str, str] = {}
    for item in _inputs(paths):
        if isinstance(item, ReadFailure):
            yield item
        else:
            yield from _read(item, seen, defer)


def _count_file(item: _Input) -> int:
    suffix = item.file.suffix.lower()
    if (item.named and _is_gold(item.file)) or suffix not in (".json", ".jsonl"):
        return 1
    try:
        if suffix == ".jsonl":
            with item.file.open("rb") as handle:
                return max(1, sum(1 for raw in handle if raw.strip()))
        data = json.loads(decode_bytes(item.file.read_bytes()))
    except (OSError, ValueError, ReadError):
        return 1
    return max(1, len(data)) if isinstance(data, list) else 1


def count_inputs(paths: Iterable[str | Path]) -> int:
    """How many items :func:`iter_releases` will yield, for progress bars.

    Cheap: files are counted, JSON Lines files by their non-blank lines; nothing is
    decoded or cleaned except ``.json`` files, which are parsed to count their objects.
    """
    return sum(1 if isinstance(item, ReadFailure) else _count_file(item) for item in _inputs(paths))
