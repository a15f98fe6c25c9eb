"""Error and warning messages: pipeline.errors."""

from __future__ import annotations

import re
import string

import pytest

from pipeline.errors import (
    Errors,
    EvaluationError,
    GoldError,
    ReadError,
    RuleSetError,
    UndersignedError,
    Warnings,
)


def _codes(table: type) -> list[str]:
    return [name for name in vars(table) if re.fullmatch(r"[EW]\d{3}", name)]


@pytest.mark.parametrize("table, letter", [(Errors, "E"), (Warnings, "W")])
def test_codes_are_prefixed_and_in_their_own_table(table, letter):
    codes = _codes(table)
    assert codes, "a table with no messages"
    for code in codes:
        assert code.startswith(letter)
        assert getattr(table, code).startswith(f"[{code}] ")


def test_every_message_formats_with_its_named_fields():
    for table in (Errors, Warnings):
        for code in _codes(table):
            message = getattr(table, code)
            fields = {name for _, name, _, _ in string.Formatter().parse(message) if name}
            assert all(name.isidentifier() for name in fields), code
            formatted = message.format(**{name: f"<{name}>" for name in fields})
            assert "{" not in formatted.replace("{{", ""), code


def test_messages_say_what_to_do():
    # Each error message is more than a label: it explains (a sentence and more).
    for code in _codes(Errors):
        assert len(getattr(Errors, code)) > 40, code


@pytest.mark.parametrize("error", [RuleSetError, ReadError, GoldError, EvaluationError])
def test_errors_share_one_base_class(error):
    assert issubclass(error, UndersignedError)
    with pytest.raises(UndersignedError, match="E001"):
        raise error(Errors.E001.format(name="x", available="default"))


def test_value_errors_are_value_errors():
    # Callers that catch ValueError for bad arguments keep working.
    assert all(issubclass(e, ValueError) for e in (RuleSetError, GoldError, EvaluationError))
