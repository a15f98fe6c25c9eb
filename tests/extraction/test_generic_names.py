"""Names that tell no instrument apart (pipeline.extraction.generic_names)."""

from __future__ import annotations

import pytest

from pipeline.extraction.generic_names import is_generic


@pytest.mark.parametrize(
    "name, generic",
    [
        ("Agreement", True),
        ("memorandum of understanding", True),
        ("deal", True),
        ("Protection Cooperative Agreement", False),
        ("agreement on aviation", False),
    ],
)
def test_is_generic(name, generic):
    assert is_generic(name) is generic
