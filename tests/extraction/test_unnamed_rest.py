"""The unnamed rest of a list of parties: pipeline.extraction.unnamed_rest."""

from __future__ import annotations

import pytest

from pipeline.extraction.unnamed_rest import unnamed_rest


@pytest.mark.parametrize(
    "text, rest",
    [
        ("Mexico and 18 other countries signed.", True),
        ("Mexico, and 18 other countries signed.", True),
        ("Mexico and ten European nations signed.", True),
        ("Mexico and a dozen other partners signed.", True),
        ("Mexico and several other members signed.", True),
        ("Mexico and Peru signed.", False),
        ("Mexico signed.", False),
        ("Mexico and the others signed.", False),
    ],
)
def test_unnamed_rest(parsed, text, rest):
    doc = parsed(text)
    assert unnamed_rest(doc, 1) is rest
