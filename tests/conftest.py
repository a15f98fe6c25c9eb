"""Shared fixtures: the repository root and the optional ../shared data."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def shared() -> Path:
    """The project's ../shared folder; tests that need it skip on a user's machine."""
    if not (SHARED / "DESIGN.md").exists():
        pytest.skip("../shared is not present (it exists only on the developers' machines)")
    return SHARED
