from __future__ import annotations

import pytest

import pipeline.corpus
from pipeline.encodings import decode_bytes, decode_legacy
from pipeline.errors import ReadError


@pytest.mark.parametrize(
    ("encoded", "expected"),
    [
        (
            "“We are proud,” said José Martínez, the Minister’s deputy.".encode("cp1252"),
            "“We are proud,” said José Martínez, the Minister’s deputy.",
        ),
        (
            "Café – naïve “quotes” in San José.".encode("cp1252"),
            "Café – naïve “quotes” in San José.",
        ),
        (
            "Plain ASCII with one\xa0non-breaking space.".encode("cp1252"),
            "Plain ASCII with one\xa0non-breaking space.",
        ),
        (
            "\ufeffUTF-16 text about Côte d’Ivoire.".encode("utf-16-le"),
            "UTF-16 text about Côte d’Ivoire.",
        ),
        ("UTF-16 big endian, São Tomé.".encode("utf-16"), "UTF-16 big endian, São Tomé."),
        ("UTF-8 with a BOM: Zürich.".encode("utf-8-sig"), "UTF-8 with a BOM: Zürich."),
        ("UTF-8 without one: Zürich.".encode(), "UTF-8 without one: Zürich."),
    ],
)
def test_decode_bytes(encoded: bytes, expected: str) -> None:
    assert decode_bytes(encoded) == expected


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "E101"),
        (b"  \n\t ", "E101"),
        (b"text\x00with a NUL byte", "E102"),
        (b"\xff\xfe\x00\xd8", "E102"),  # a UTF-16 BOM, then half a surrogate pair
    ],
)
def test_decode_bytes_errors(data: bytes, code: str) -> None:
    with pytest.raises(ReadError, match=code):
        decode_bytes(data)


def test_decode_legacy_prefers_windows_1252() -> None:
    text = "Le ministre a déclaré : « L’accord est signé » — à Genève."
    assert decode_legacy(text.encode("cp1252")) == text


def test_decode_bytes_stays_importable_from_corpus() -> None:
    assert pipeline.corpus.decode_bytes is decode_bytes
