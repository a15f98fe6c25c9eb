"""Fixtures of the throughput benchmarks: corpora, pipelines, and the ratio summary.

Two corpora, each a benchmark group so that every figure of one corpus sits in one table:

- ``project``: the project's own ``corpus/`` folder, copied ``UNDERSIGNED_BENCH_COPIES``
  times (default 15) under distinct file names, so that runs take long enough to time.
- ``dev``: the gold-dev releases of ``../shared/corpus-real`` (skipped when absent).

After a run the ratios the issues ask for (default vs ``spacy.blank("en")`` tokenisation,
default vs the full en_core_web_sm pipeline) are printed; ``benchmarks/ratios.py`` prints
them from a saved ``--benchmark-json`` file.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest
import spacy
from spacy.language import Language

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(Path(__file__).resolve().parent))

from ratios import build_line, interleaved, ratios, report  # noqa: E402

CORPORA = ("project", "dev")
COPIES = int(os.environ.get("UNDERSIGNED_BENCH_COPIES", "15"))


def _project_folder(base: Path) -> Path:
    from pipeline.corpus import folder_files

    folder = base / "project"
    # Only the releases: corpus/README.md and corpus/gold.jsonl are not read as releases
    # in corpus/, and would be once renamed.
    sources = folder_files(ROOT / "corpus")
    for copy in range(COPIES):
        for source in sources:
            target = folder / f"copy{copy:02d}" / f"{source.stem}-copy{copy:02d}{source.suffix}"
            target.parent.mkdir(parents=True, exist_ok=True)
            if source.suffix == ".jsonl":  # ids live in the lines: make them distinct
                lines = [
                    json.loads(line) for line in source.read_text().splitlines() if line.strip()
                ]
                target.write_text(
                    "".join(
                        json.dumps({**record, "id": f"{record['id']}-copy{copy:02d}"}) + "\n"
                        for record in lines
                    ),
                    encoding="utf-8",
                )
            else:
                target.write_bytes(source.read_bytes())
    return folder


def _dev_file(base: Path) -> Path:
    gold_path = SHARED / "corpus-real" / "gold-dev.jsonl"
    releases_path = SHARED / "corpus-real" / "releases.jsonl"
    if not gold_path.exists() or not releases_path.exists():
        pytest.skip("../shared/corpus-real is not present")
    ids = {json.loads(line)["id"] for line in gold_path.read_text().splitlines() if line.strip()}
    # Only the gold-dev releases are kept; the held-out ones are never looked at.
    kept = [
        line
        for line in releases_path.read_text(encoding="utf-8").splitlines()
        if line.strip() and json.loads(line)["id"] in ids
    ]
    path = base / "dev" / "releases.jsonl"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(kept) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="session", params=CORPORA)
def corpus(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Any]:
    """A corpus: its name, the path to read, its releases, their texts and token count.

    The texts are what the pipeline reads (:func:`pipeline.nlp.document_text`: the title
    as a first paragraph when the body does not begin with it), so that the baselines
    tokenise and parse the same texts as the rule sets.
    """
    from pipeline.corpus import Release, iter_releases
    from pipeline.nlp import document_text

    base = tmp_path_factory.mktemp("bench")
    path = _project_folder(base) if request.param == "project" else _dev_file(base)
    releases = [r for r in iter_releases([path]) if isinstance(r, Release)]
    texts = [document_text(r) for r in releases]
    blank = spacy.blank("en")
    words = sum(len(blank.make_doc(text)) for text in texts)
    return {
        "name": request.param,
        "path": path,
        "releases": releases,
        "texts": texts,
        "tokens": words,
    }


def _rule_set(name: str) -> Language:
    """A rule set's pipeline, built afresh rather than taken from ``load``'s cache."""
    from pipeline import nlp as nlp_module
    from pipeline import rules as rules_module
    from pipeline.errors import RuleSetError

    try:
        return nlp_module.build(rules_module.load(ROOT / "models" / name))
    except RuleSetError as exc:
        pytest.skip(str(exc))


# The pipelines depend on the corpus so that each corpus gets its own: spaCy's tokenizer
# caches the first 10,000 chunks of text it sees and no others, so a pipeline that read
# the project corpus first would tokenise the dev corpus without a cache, while the
# blank baseline, made for each test, has one.


@pytest.fixture(scope="session")
def default_nlp(corpus: dict[str, Any]) -> Language:
    """The default rule set, one per corpus."""
    return _rule_set("default")


@pytest.fixture(scope="session")
def sm_hybrid_nlp(corpus: dict[str, Any]) -> Language:
    """The sm-hybrid rule set, one per corpus (skipped without en_core_web_sm)."""
    return _rule_set("sm-hybrid")


@pytest.fixture(scope="session")
def sm_nlp(corpus: dict[str, Any]) -> Language:
    """spaCy's full en_core_web_sm pipeline, as installed, one per corpus (skipped when it
    is not installed)."""
    from pipeline.errors import RuleSetError
    from pipeline.nlp import resolve_model

    try:
        return spacy.load(resolve_model("en_core_web_sm"))
    except RuleSetError as exc:
        pytest.skip(str(exc))


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    """Print the throughput ratios of this run, per corpus, after pytest-benchmark's tables."""
    session = getattr(config, "_benchmarksession", None)
    rows = []
    for bench in getattr(session, "benchmarks", []) or []:
        if bench and bench.stats:
            rows.append(
                {
                    "group": bench.group,
                    "name": bench.name,
                    "extra_info": dict(bench.extra_info),
                    "stats": {"min": bench.stats.min, "median": bench.stats.median},
                }
            )
    found, turns = ratios(rows), interleaved(rows)
    if found or turns:
        terminalreporter.write_sep("-", "undersigned throughput ratios (from this run)")
        terminalreporter.write_line(build_line(rows))
        terminalreporter.write_line(report(found, turns))
