"""Build a spaCy ``Language`` from a rule set, and make Docs that carry release metadata."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import components, extensions  # noqa: F401  (registers factories and Doc._)
from . import rules as rules_module

if TYPE_CHECKING:
    from .corpus import Release


def build(rule_set: rules_module.RuleSet) -> Language:
    """Create the pipeline a rule set describes and load its data files.

    Args:
        rule_set: A validated rule set from :func:`pipeline.rules.load`.

    Returns:
        A ready ``Language`` whose ``meta["undersigned"]`` describes the rule set.
    """
    config = rule_set.config.copy()
    init_blocks = config.get("initialize", {}).get("components", {})
    body = {k: v for k, v in config.items() if k != "initialize"}
    nlp = spacy.util.load_model_from_config(body, auto_fill=True, validate=True)
    for name, block in init_blocks.items():
        data = {key: rule_set.data_path(value) if isinstance(value, str) else value
                for key, value in block.items()}
        nlp.get_pipe(name).initialize(lambda: [], nlp=nlp, **data)  # type: ignore[attr-defined]
    nlp.meta["undersigned"] = {**rule_set.meta, "path": str(rule_set.path)}
    nlp.meta["name"] = f"undersigned_{rule_set.name}".replace("-", "_")
    return nlp


@lru_cache(maxsize=8)
def _load_cached(folder: Path) -> Language:
    return build(rules_module.load(folder))


def load(rules: str | Path = "default") -> Language:
    """Load a rule set as a spaCy pipeline (cached per rule set folder).

    Args:
        rules: A bundled rule set name (``"default"``) or a rule set folder.

    Returns:
        The pipeline. It is shared between calls; do not add components to it.
    """
    return _load_cached(rules_module.resolve(rules))


def make_doc(nlp: Language, release: Release) -> Doc:
    """Tokenise a release and attach its metadata as ``Doc._`` attributes."""
    doc = nlp.make_doc(release.text)
    extensions.remember_text(doc, release.text)
    doc._.release_id = release.id
    doc._.release_date = release.date
    doc._.dateline = release.dateline
    doc._.publisher = release.source
    return doc
