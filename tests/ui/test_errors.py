"""Errors become sentences; nothing technical reaches a person."""

from pathlib import Path

import pytest

from cmrdesk.domain import (
    NotAVault,
    SchemaTooNew,
    ValidationError,
    VaultCorrupt,
    VaultInUse,
    VaultNotFound,
    WrongPassphrase,
)
from cmrdesk.ui.errors import error_text


@pytest.mark.parametrize(("error", "words"), [
    (WrongPassphrase(Path("v.cmrdesk")), "does not open this vault"),
    (VaultNotFound(Path("v.cmrdesk")), "moved or renamed"),
    (NotAVault(Path("v.cmrdesk")), "not a cmrdesk vault"),
    (VaultCorrupt(Path("v.cmrdesk")), "Restore it from a backup"),
    (VaultInUse(Path("v.cmrdesk")), "another cmrdesk window"),
    (SchemaTooNew(Path("v.cmrdesk"), 9, 3), "newer cmrdesk"),
    (ValidationError("currency", "not a code"), "currency: not a code"),
    (PermissionError(13, "Permission denied"), "Permission denied"),
    (ZeroDivisionError("x"), "Something went wrong (ZeroDivisionError)"),
])
def test_sentences(error, words):
    text = error_text(error)
    assert words in text and "Traceback" not in text and str(Path("v.cmrdesk")) not in text
