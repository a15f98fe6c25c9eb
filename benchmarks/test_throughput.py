"""Throughput of the pipeline, stage by stage, with the baselines in the same run.

Each corpus is one benchmark group: ``spacy.blank("en")`` tokenisation, each rule set's
stages (tokenisation, sentences, spaCy's statistical components where the rule set has them,
entities, dates, events, tables) and whole pipeline, reading (the same for every rule set),
and spaCy's full en_core_web_sm pipeline. Run with::

    pytest benchmarks/ --benchmark-only

Full pipelines run from release texts in memory to the tables (``Tables``); reading is
its own stage. Every side reads the same texts: a release's title and body as the
pipeline reads them (``document_text``). Repeated rounds see warm caches (the
tokenizer's and the components' per-string ones) on all sides alike.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

import pipeline
from pipeline import nlp as nlp_module
from pipeline.batch import process_releases
from pipeline.corpus import Release, iter_releases
from pipeline.extensions import forget_spans
from pipeline.records import Tables, doc_records

#: Stages of a rule set's pipeline, by the factories of their components, in order.
STAGES: dict[str, tuple[str, ...]] = {
    "sentences": ("undersigned_sentences",),
    # spaCy's trained components and their helpers (sm-hybrid's tagger, parser and NER).
    "statistical": (
        "tok2vec",
        "tagger",
        "morphologizer",
        "parser",
        "senter",
        "attribute_ruler",
        "lemmatizer",
        "ner",
    ),
    "entities": (
        "undersigned_countries",
        "undersigned_agencies",
        "undersigned_people",
        "undersigned_aliases",
    ),
    "dates": ("undersigned_dates",),
    "events": ("undersigned_signings", "undersigned_dependency_signings"),
}
STAGE_ROUNDS = 5
#: The runs the ratios divide (the entity stage's included): more rounds, so that their
#: fastest is steady.
RATIO_ROUNDS = 10
SLOW_ROUNDS = 2


def label(
    benchmark: Any, corpus: dict[str, Any], kind: str, rule_set: str, stage: str | None = None
) -> None:
    """Group by corpus and record what :mod:`ratios` needs."""
    benchmark.group = f"corpus {corpus['name']} ({corpus['tokens']:,} tokens)"
    benchmark.extra_info.update(
        corpus=corpus["name"],
        kind=kind,
        rule_set=rule_set,
        tokens=corpus["tokens"],
        documents=len(corpus["releases"]),
        compiled=pipeline.is_compiled(),
    )
    if stage:
        benchmark.extra_info["stage"] = stage


def components_of(nlp: Language, stage: str) -> list[str]:
    return [name for name in nlp.pipe_names if nlp.get_pipe_meta(name).factory in STAGES[stage]]


def full(nlp: Language, releases: list[Release]) -> Tables:
    return Tables.from_records(process_releases(nlp, releases))


def test_tokenizer_blank_en(benchmark, corpus):
    label(benchmark, corpus, "tokenizer", "blank")
    blank = spacy.blank("en")
    texts = corpus["texts"]
    docs = benchmark.pedantic(
        lambda: [blank.make_doc(text) for text in texts],
        rounds=RATIO_ROUNDS,
        iterations=1,
        warmup_rounds=1,
    )
    assert sum(len(doc) for doc in docs) == corpus["tokens"]


def test_default_reading(benchmark, corpus):
    label(benchmark, corpus, "stage", "default", "reading")
    read = benchmark.pedantic(
        lambda: list(iter_releases([corpus["path"]])), rounds=STAGE_ROUNDS, iterations=1
    )
    assert len(read) == len(corpus["releases"])


def _tokenisation_benchmark(
    benchmark: Any, corpus: dict[str, Any], nlp: Language, rule_set: str
) -> None:
    label(benchmark, corpus, "stage", rule_set, "tokenisation")
    releases = corpus["releases"]
    docs = benchmark.pedantic(
        lambda: [nlp_module.make_doc(nlp, r) for r in releases],
        rounds=STAGE_ROUNDS,
        iterations=1,
        warmup_rounds=1,
    )
    # The rule sets' tokenizer splits a few more tokens ("U.S.-Egypt") than spacy.blank.
    assert len(docs) == len(releases)
    assert sum(len(doc) for doc in docs) >= corpus["tokens"]


def test_default_tokenisation(benchmark, corpus, default_nlp):
    _tokenisation_benchmark(benchmark, corpus, default_nlp, "default")


def test_sm_hybrid_tokenisation(benchmark, corpus, sm_hybrid_nlp):
    _tokenisation_benchmark(benchmark, corpus, sm_hybrid_nlp, "sm-hybrid")


#: Per pipeline (by id, with the pipeline kept to check it), what :func:`stage_inputs` made.
_STAGE_INPUTS: dict[int, tuple[Language, dict[str, list[bytes]]]] = {}


def stage_inputs(nlp: Language, releases: list[Release]) -> dict[str, list[bytes]]:
    """For each stage of a pipeline, the Docs as the components before it leave them.

    One pass over the corpus, a component at a time, serves every stage (the statistical
    components take a minute on dev; each later stage repeating them would take several).
    The Docs are serialised without ``doc.tensor``, which only spaCy's own components read
    (and which takes most of the bytes). Under ``"end"``: the Docs of the whole pipeline.
    """
    known = _STAGE_INPUTS.get(id(nlp))
    if known is not None and known[0] is nlp:
        return known[1]
    firsts = {
        nlp.pipe_names.index(names[0]): stage
        for stage in STAGES
        if (names := components_of(nlp, stage))
    }
    inputs: dict[str, list[bytes]] = {}
    docs = [nlp_module.make_doc(nlp, release) for release in releases]
    for index, name in enumerate(nlp.pipe_names):
        if index in firsts:
            inputs[firsts[index]] = [doc.to_bytes(exclude=["tensor"]) for doc in docs]
        with nlp.select_pipes(enable=[name]):
            docs = list(nlp.pipe(docs))
    inputs["end"] = [doc.to_bytes(exclude=["tensor"]) for doc in docs]
    _STAGE_INPUTS[id(nlp)] = (nlp, inputs)
    return inputs


class StageRun:
    """One stage of a pipeline over a corpus: fresh Docs from before it, and the run.

    Args:
        nlp: The pipeline.
        releases: The corpus' releases.
        stage: A key of :data:`STAGES` that the pipeline has components for.
    """

    def __init__(self, nlp: Language, releases: list[Release], stage: str) -> None:
        self.nlp = nlp
        self.names = components_of(nlp, stage)
        self.blobs = stage_inputs(nlp, releases)[stage]
        self._ran: list[Doc] = []

    def fresh(self) -> list[Doc]:
        """The Docs as the stage finds them, read anew (so no cache of a run is warm).

        The Docs of the last run are let go first, as the whole pipeline lets them go
        (its last component drops their cached span lists): otherwise the span-list cache
        keeps them alive, and the next timed run pays for freeing them as it pushes them
        out (about 5% of the entity stage on dev).
        """
        for doc in self._ran:
            forget_spans(doc)
        self._ran = []
        return [Doc(self.nlp.vocab).from_bytes(blob) for blob in self.blobs]

    def run(self, docs: list[Doc]) -> list[Doc]:
        """The stage's components over ``docs``."""
        self._ran = docs
        with self.nlp.select_pipes(enable=self.names):
            return list(self.nlp.pipe(docs))


def _stage_benchmark(
    benchmark: Any, corpus: dict[str, Any], nlp: Language, rule_set: str, stage: str, rounds: int
) -> None:
    if not components_of(nlp, stage):
        pytest.skip(f"the {rule_set} rule set has no {stage} component")
    label(benchmark, corpus, "stage", rule_set, stage)
    stage_run = StageRun(nlp, corpus["releases"], stage)
    done = benchmark.pedantic(
        stage_run.run, setup=lambda: ((stage_run.fresh(),), {}), rounds=rounds, iterations=1
    )
    assert len(done) == len(stage_run.blobs)


@pytest.mark.parametrize("stage", list(STAGES))
def test_default_stage(benchmark, corpus, default_nlp, stage):
    # The entity stage's time is compared with the tokenizer's: as many rounds as it has.
    rounds = RATIO_ROUNDS if stage == "entities" else STAGE_ROUNDS
    _stage_benchmark(benchmark, corpus, default_nlp, "default", stage, rounds)


@pytest.mark.parametrize("stage", list(STAGES))
def test_sm_hybrid_stage(benchmark, corpus, sm_hybrid_nlp, stage):
    rounds = SLOW_ROUNDS if stage == "statistical" else STAGE_ROUNDS
    _stage_benchmark(benchmark, corpus, sm_hybrid_nlp, "sm-hybrid", stage, rounds)


def _seconds(run: Callable[[], object]) -> float:
    started = time.perf_counter()
    run()
    return time.perf_counter() - started


def test_interleaved_ratios(benchmark, corpus, default_nlp):
    """The ratios' three sides timed in turn, round by round, in one benchmark.

    On a noisy machine the separate benchmarks above may each meet a slow spell; here a
    slow spell falls on all three sides of a round alike. The fastest and median round
    of each side go to ``extra_info`` (read by :mod:`ratios`); the benchmark's own time
    is the whole interleaved run.
    """
    label(benchmark, corpus, "interleaved", "default")
    releases, texts = corpus["releases"], corpus["texts"]
    entity_stage = StageRun(default_nlp, releases, "entities")
    blank = spacy.blank("en")
    sides: dict[str, Callable[[], object]] = {
        "tokenizer": lambda: [blank.make_doc(text) for text in texts],
        "full": lambda: full(default_nlp, releases),
    }
    for side in sides.values():
        side()  # warm caches, as the other benchmarks' warm-up rounds do

    def entities() -> float:
        docs = entity_stage.fresh()  # not timed
        return _seconds(lambda: entity_stage.run(docs))

    def interleaved() -> dict[str, list[float]]:
        times: dict[str, list[float]] = {"tokenizer": [], "full": [], "entities": []}
        for _ in range(RATIO_ROUNDS):
            for name, side in sides.items():
                times[name].append(_seconds(side))
            times["entities"].append(entities())
        return times

    times = benchmark.pedantic(interleaved, rounds=1, iterations=1)
    for name, seconds in times.items():
        benchmark.extra_info[f"{name}_min"] = min(seconds)
        benchmark.extra_info[f"{name}_median"] = statistics.median(seconds)
    assert all(len(seconds) == RATIO_ROUNDS for seconds in times.values())


def _tables_benchmark(benchmark: Any, corpus: dict[str, Any], nlp: Language, rule_set: str) -> None:
    label(benchmark, corpus, "stage", rule_set, "tables")
    blobs = stage_inputs(nlp, corpus["releases"])["end"]
    docs = [Doc(nlp.vocab).from_bytes(blob) for blob in blobs]
    tables = benchmark.pedantic(
        lambda: Tables.from_records([doc_records(doc) for doc in docs]),
        rounds=STAGE_ROUNDS,
        iterations=1,
    )
    assert len(tables.manifest) == len(docs)


def test_default_tables(benchmark, corpus, default_nlp):
    _tables_benchmark(benchmark, corpus, default_nlp, "default")


def test_sm_hybrid_tables(benchmark, corpus, sm_hybrid_nlp):
    _tables_benchmark(benchmark, corpus, sm_hybrid_nlp, "sm-hybrid")


def _full_benchmark(
    benchmark: Any, corpus: dict[str, Any], nlp: Language, rule_set: str, rounds: int
) -> Tables:
    label(benchmark, corpus, "full", rule_set)
    releases = corpus["releases"]
    run: Callable[[], Tables] = lambda: full(nlp, releases)  # noqa: E731
    return benchmark.pedantic(
        run, rounds=rounds, iterations=1, warmup_rounds=1 if rounds > SLOW_ROUNDS else 0
    )


def test_default_full(benchmark, corpus, default_nlp):
    tables = _full_benchmark(benchmark, corpus, default_nlp, "default", RATIO_ROUNDS)
    assert len(tables.manifest) == len(corpus["releases"])


def test_sm_hybrid_full(benchmark, corpus, sm_hybrid_nlp):
    tables = _full_benchmark(benchmark, corpus, sm_hybrid_nlp, "sm-hybrid", SLOW_ROUNDS)
    assert len(tables.manifest) == len(corpus["releases"])


def test_en_core_web_sm_full(benchmark, corpus, sm_nlp):
    label(benchmark, corpus, "full", "en_core_web_sm")
    texts = corpus["texts"]
    docs = benchmark.pedantic(
        lambda: list(sm_nlp.pipe(texts, batch_size=32)),
        rounds=SLOW_ROUNDS,
        iterations=1,
        warmup_rounds=0,
    )
    assert len(docs) == len(texts)
