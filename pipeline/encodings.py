"""Decode the bytes of a release file: byte-order marks, UTF-8, else detection.

Bytes that are not UTF-8 (nor UTF-16/32 with a BOM) are decoded by detection with
charset-normalizer, preferring Windows-1252 when it fits as well as the best guess:
English press releases saved on Windows are the usual case.
"""

from __future__ import annotations

import codecs

from .errors import Errors, ReadError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: Share of ASCII bytes above which undetectable bytes are taken as Windows-1252:
#: English text with a few accented letters or curly quotes.
_MOSTLY_ASCII = 0.9


def decode_bytes(data: bytes) -> str:
    """Decode a file's bytes: BOM, else UTF-8, else detection.

    Raises:
        ReadError: E101 when there are no bytes, E102 when they look binary (NUL bytes)
            or no encoding fits.
    """
    if not data.strip():
        raise ReadError(Errors.E101)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                detail = f"invalid {encoding}: {exc.reason}"
                raise ReadError(Errors.E102.format(detail=detail)) from exc
    if b"\x00" in data:
        raise ReadError(Errors.E102.format(detail="it contains NUL bytes"))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return decode_legacy(data)


def decode_legacy(data: bytes) -> str:
    """Decode bytes that are not UTF-8, by detection (Windows-1252 when it fits as well).

    Raises:
        ReadError: E102 when no encoding fits.
    """
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    if best is not None:
        # Detection often ranks cp1250 first for English Windows text; when cp1252 is
        # an equally clean reading, it is the likelier one for these documents.
        for match in matches:
            if match.chaos <= best.chaos and "cp1252" in match.could_be_from_charset:
                return data.decode("cp1252", errors="replace")
    if sum(byte < 0x80 for byte in data) >= _MOSTLY_ASCII * len(data):
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    if best is None:
        raise ReadError(Errors.E102.format(detail="no text encoding fits its bytes"))
    return str(best)
