"""IBAN recognition."""

from __future__ import annotations

from cmrdesk.importers.iban import is_valid_iban


def test_iban_check() -> None:
    assert is_valid_iban("DE89 3704 0044 0532 0130 00")
    assert is_valid_iban("NL91ABNA0417164300")
    assert not is_valid_iban("NL00ASNB9999999999")  # anonymised: the check digits fail
    assert not is_valid_iban("12345678901")
    assert not is_valid_iban("")
