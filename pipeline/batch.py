"""Batch runs: stream releases through the pipeline and write the tables incrementally.

Every input ends up in the manifest: a release that could not be read gets a row with
status ``error`` and its reason, and the run goes on. Work is done in chunks whose
tables are written as part files (:mod:`pipeline.writers`), so memory stays flat and
``resume=True`` skips releases that finished chunks already hold. Both engines run the
same per-release function in their workers and send back records, not Docs: local
processes (:class:`WorkerPool`), or a Dask cluster (a local one unless a scheduler address
is given).

Why not spaCy's ``nlp.pipe(n_process=...)``: it sends each Doc to a worker and back as
bytes, and ``Doc.to_bytes`` builds a Token object per token and, through srsly, scans the
installed packages' entry points about ten times per Doc. On the 210 dev releases two
processes took 3.9 s where one took 1.2 s.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from multiprocessing.context import BaseContext
from pathlib import Path
from typing import Any

from spacy.language import Language
from tqdm.auto import tqdm

from . import nlp as nlp_module
from .corpus import DeferredFile, ReadFailure, Release, count_inputs, iter_releases
from .errors import Errors, UndersignedError
from .extensions import MAX_CACHED_DOCS, doc_attr, records_follow
from .heap import frozen_heap
from .records import DocRecords, Tally, doc_records, failure_record
from .rules import resolve
from .writers import assemble, check_format, done_ids, finished_parts, write_part

RUN_FILE = "run.json"


@dataclass(frozen=True)
class RunResult:
    """What a batch run did: the files it wrote, and :class:`~pipeline.records.Tally`'s counts."""

    releases: int
    failed: int
    skipped: int
    events: int
    outputs: dict[str, Path]
    warned: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)


def _skip_failed_doc(name: str, component: Any, docs: list[Any], error: Exception) -> None:
    """SpaCy error handler: leave the failing Doc out; :func:`process_releases` notices."""


def _set_error_handler(nlp: Language, handler: Any) -> None:
    """``nlp.set_error_handler`` for the components that can hold a handler.

    spaCy 3.8's Cython parser and NER (en_core_web_sm's, in sm-hybrid) raise
    AttributeError on ``set_error_handler``; an error inside them still stops the batch.
    """
    nlp.default_error_handler = handler
    for _, component in nlp.pipeline:
        with contextlib.suppress(AttributeError):
            component.set_error_handler(handler)  # type: ignore[attr-defined]


def _failure_reason(nlp: Language, release: Release) -> str:
    """Run one release alone to learn which component fails on it, and how."""
    doc = nlp_module.make_doc(nlp, release)
    for name, component in nlp.pipeline:
        try:
            doc = component(doc)
        except Exception as exc:  # any component error becomes a manifest reason
            return Errors.E205.format(component=name, detail=f"{type(exc).__name__}: {exc}")
    return Errors.E205.format(component="?", detail="the document did not come back from a worker")


#: Releases per worker task (local or Dask) when no batch size is given: small enough to
#: spread a chunk over the workers.
TASK_SIZE = 32


def process_releases(
    nlp: Language,
    releases: Sequence[Release | DeferredFile],
    *,
    n_process: int = 1,
    batch_size: int | None = None,
    pool: WorkerPool | None = None,
) -> list[DocRecords]:
    """Run the pipeline over releases and turn each Doc into records.

    A release on which a component fails becomes a manifest row with status ``error``
    naming the component and the exception; the other releases go on. ``nlp.pipe``
    batches are ``batch_size`` Docs, by default the rule set's ``[nlp] batch_size`` up to
    :data:`~pipeline.extensions.MAX_CACHED_DOCS` (a rule set that sets none has spaCy's
    1000, more than the components' caches keep).

    Args:
        nlp: The pipeline.
        releases: The releases, in the order the records come back; a
            :class:`~pipeline.corpus.DeferredFile` is read where it runs (a file that
            cannot be read gives its failure's manifest row).
        n_process: Worker processes (see :class:`WorkerPool`); 1 runs in this process.
        batch_size: Documents per batch.
        pool: Workers to use instead of starting ``n_process`` new ones (a batch run
            keeps one pool for all its chunks).
    """
    if pool is not None:
        return pool.map(releases, batch_size)
    if n_process > 1 and len(releases) > 1:
        with WorkerPool(nlp, n_process) as fresh:
            return fresh.map(releases, batch_size)
    _set_error_handler(nlp, _skip_failed_doc)
    items = [item.read() if isinstance(item, DeferredFile) else item for item in releases]
    by_id = {item.id: item for item in items if isinstance(item, Release)}
    docs = (nlp_module.make_doc(nlp, release) for release in by_id.values())
    records: dict[str, DocRecords] = {}
    # The records read the span lists the components cached; the objects alive now
    # (the pipeline's among them) are left out of the collector's full passes.
    with records_follow(), frozen_heap():
        size = batch_size or min(nlp.batch_size, MAX_CACHED_DOCS)
        for doc in nlp.pipe(docs, batch_size=size):
            release = by_id[doc_attr(doc, "release_id")]
            records[release.id] = doc_records(
                doc, path=release.path, title=release.title, reason=release.warning
            )
    for item in items:
        if isinstance(item, ReadFailure):
            records[item.id] = _failure_row(item)
        elif item.id not in records:
            reason = _failure_reason(nlp, item)
            records[item.id] = DocRecords(manifest=failure_record(item.id, item.path or "", reason))
    return [records[item.id] for item in items]


#: The pipeline of a worker process of a :class:`WorkerPool`.
_WORKER_NLP: Language | None = None


def _start_worker(nlp: Language) -> None:
    global _WORKER_NLP
    _WORKER_NLP = nlp


def _work(releases: list[Release | DeferredFile], batch_size: int | None) -> list[DocRecords]:
    """What a worker of a :class:`WorkerPool` runs for one task."""
    if _WORKER_NLP is None:  # pragma: no cover - the initializer always ran first
        raise RuntimeError("a WorkerPool task ran in a process without a pipeline")
    return process_releases(_WORKER_NLP, releases, batch_size=batch_size)


class WorkerPool:
    """Local worker processes that each hold the pipeline and send back records.

    Each worker gets the pipeline once: inherited where processes fork (Linux), pickled
    where they start anew. Releases go out in tasks of :data:`TASK_SIZE` (or
    ``batch_size``), so that every worker stays busy to the end of a chunk.

    Args:
        nlp: The pipeline.
        n_process: How many workers.
        mp_context: How to start them (``multiprocessing.get_context("spawn")``); the
            platform's default when None.
    """

    def __init__(
        self, nlp: Language, n_process: int, mp_context: BaseContext | None = None
    ) -> None:
        self.executor = ProcessPoolExecutor(
            max_workers=n_process,
            mp_context=mp_context,
            initializer=_start_worker,
            initargs=(nlp,),
        )

    def submit(
        self, releases: Sequence[Release | DeferredFile], batch_size: int | None = None
    ) -> list[Future[list[DocRecords]]]:
        """Send ``releases`` to the workers, in tasks; :meth:`gather` gives their records."""
        tasks = _tasks(releases, batch_size)
        return [self.executor.submit(_work, task, batch_size) for task in tasks]

    @staticmethod
    def gather(tasks: list[Future[list[DocRecords]]]) -> list[DocRecords]:
        """The records of submitted tasks, in the order of their releases."""
        return [records for task in tasks for records in task.result()]

    def map(
        self, releases: Sequence[Release | DeferredFile], batch_size: int | None = None
    ) -> list[DocRecords]:
        """The records of ``releases``, in their order (deferred files are read by workers)."""
        return self.gather(self.submit(releases, batch_size))

    def close(self, cancel: bool = False) -> None:
        """Stop the workers (after the tasks sent, unless ``cancel``)."""
        self.executor.shutdown(cancel_futures=cancel)

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, kind: type[BaseException] | None, *rest: object) -> None:
        self.close(cancel=kind is not None)


Chunk = tuple[list[Release | DeferredFile], list[ReadFailure], int]


def _chunks(
    items: Iterable[Release | ReadFailure | DeferredFile], size: int, skip: set[str]
) -> Iterator[Chunk]:
    releases: list[Release | DeferredFile] = []
    failures: list[ReadFailure] = []
    skipped = 0
    for item in items:
        if item.id in skip:
            skipped += 1
            continue
        if isinstance(item, ReadFailure):
            failures.append(item)
        else:
            releases.append(item)
        if len(releases) + len(failures) >= size:
            yield releases, failures, skipped
            releases, failures, skipped = [], [], 0
    if releases or failures or skipped:
        yield releases, failures, skipped


def _check_run_file(outdir: Path, rules_path: Path, fmt: str, resume: bool) -> None:
    run_file = outdir / RUN_FILE
    settings = {"rules": str(rules_path), "format": fmt}
    if resume and run_file.exists():
        found = json.loads(run_file.read_text(encoding="utf-8"))
        if found != settings:
            raise UndersignedError(Errors.E204.format(path=outdir, found=found))
    outdir.mkdir(parents=True, exist_ok=True)
    run_file.write_text(json.dumps(settings), encoding="utf-8")


def _failure_row(failure: ReadFailure) -> DocRecords:
    return DocRecords(manifest=failure_record(failure.id, failure.path, failure.reason))


def _failure_records(failures: list[ReadFailure]) -> list[DocRecords]:
    return [_failure_row(failure) for failure in failures]


def _tasks(
    releases: Sequence[Release | DeferredFile], batch_size: int | None
) -> list[list[Release | DeferredFile]]:
    """``releases`` cut into worker tasks of ``batch_size`` (:data:`TASK_SIZE` when None)."""
    size = batch_size or TASK_SIZE
    return [list(releases[i : i + size]) for i in range(0, len(releases), size)]


def run(
    paths: Iterable[str | Path],
    outdir: str | Path,
    *,
    rules: str | Path = "default",
    fmt: str = "csv",
    n_process: int = 1,
    batch_size: int | None = None,
    chunk_size: int = 500,
    resume: bool = False,
    progress: bool = True,
    dask: bool = False,
    scheduler: str | None = None,
    n_workers: int = 2,
) -> RunResult:
    """Extract signing events from every release under ``paths`` into ``outdir``.

    Args:
        paths: Files or folders of releases (.txt, .md, .html, .json, .jsonl).
        outdir: Folder for ``events``, ``parties``, ``entities`` and ``manifest``.
        rules: Rule set name or folder.
        fmt: ``csv``, ``parquet`` or ``jsonl``.
        n_process: Local worker processes (:class:`WorkerPool`), one pool for the run.
        batch_size: Documents per ``nlp.pipe`` batch (the rule set's ``[nlp] batch_size``
            when None) and per worker task (:data:`TASK_SIZE` when None).
        chunk_size: Releases per part file; memory grows with this, not the corpus.
        resume: Keep finished chunks of an earlier run into ``outdir`` and skip their releases.
        progress: Show a progress bar on stderr.
        dask: Run on a Dask cluster instead of local processes.
        scheduler: Address of a running Dask scheduler; a local cluster when None.
        n_workers: Workers of the local Dask cluster.

    Returns:
        Counts, the paths of the tables written and the first failures.
    """
    check_format(fmt)
    paths = [Path(p) for p in paths]
    out = Path(outdir)
    rules_path = resolve(rules)
    _check_run_file(out, rules_path, fmt, resume)
    skip = done_ids(out, fmt) if resume else set()
    if not resume and (out / ".parts").exists():
        for stale in (out / ".parts").iterdir():
            stale.unlink()
    number = len(finished_parts(out, fmt))
    total = count_inputs(paths)
    bar = tqdm(total=total, unit="doc", disable=not progress, desc="undersigned")
    tally = Tally()
    # Workers, local or Dask, read the text and HTML files themselves.
    chunks = _chunks(iter_releases(paths, defer=dask or n_process > 1), chunk_size, skip)

    def record(docs: list[DocRecords], skipped: int) -> None:
        nonlocal number
        if docs:
            number += 1
            write_part(out, number, docs, fmt)
        tally.add(docs, skipped)
        bar.update(len(docs) + skipped)

    if dask:
        _run_dask(chunks, record, rules_path, batch_size, scheduler, n_workers)
    else:
        nlp = nlp_module.load(rules_path)
        if n_process > 1:
            # One pool for the whole run: starting workers costs a pipeline each.
            with WorkerPool(nlp, n_process) as pool:
                _two_in_flight(
                    chunks, lambda batch: pool.submit(batch, batch_size), pool.gather, record
                )
        else:
            for releases, failures, skipped in chunks:
                docs = process_releases(nlp, releases, batch_size=batch_size)
                record(docs + _failure_records(failures), skipped)
    bar.close()
    outputs = assemble(out, fmt, keep_parts=False)
    return RunResult(outputs=outputs, **asdict(tally))


def _dask_task(
    releases: list[Release | DeferredFile], rules_path: str, batch_size: int | None
) -> list[DocRecords]:
    """What one Dask task runs: the same per-release function as the local engine."""
    return process_releases(nlp_module.load(rules_path), releases, batch_size=batch_size)


def _two_in_flight(
    chunks: Iterator[Chunk],
    submit: Callable[[list[Release | DeferredFile]], Any],
    gather: Callable[[Any], list[DocRecords]],
    record: Callable[[list[DocRecords], int], None],
) -> None:
    """Send each chunk to workers and record them in order, two chunks in flight.

    The workers take the next chunk while this process reads it and writes the last one;
    no more than two chunks are held, so memory stays flat.
    """
    in_flight: list[tuple[Any, list[ReadFailure], int]] = []
    for releases, failures, skipped in chunks:
        in_flight.append((submit(releases), failures, skipped))
        while len(in_flight) > 1:
            sent, done_failures, done_skipped = in_flight.pop(0)
            record(gather(sent) + _failure_records(done_failures), done_skipped)
    for sent, done_failures, done_skipped in in_flight:
        record(gather(sent) + _failure_records(done_failures), done_skipped)


def _run_dask(
    chunks: Iterator[Chunk],
    record: Any,
    rules_path: Path,
    batch_size: int | None,
    scheduler: str | None,
    n_workers: int,
) -> None:
    from dask.distributed import Client, LocalCluster, wait

    cluster = (
        None
        if scheduler
        else LocalCluster(
            n_workers=n_workers, threads_per_worker=1, processes=True, dashboard_address=None
        )
    )
    client = Client(scheduler or cluster)

    def submit(releases: list[Release | DeferredFile]) -> list[Any]:
        return [
            client.submit(_dask_task, task, str(rules_path), batch_size, pure=False)
            for task in _tasks(releases, batch_size)
        ]

    def gather(futures: list[Any]) -> list[DocRecords]:
        wait(futures)
        return [d for future in futures for d in future.result()]

    try:
        _two_in_flight(chunks, submit, gather, record)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
