"""Account facts from the lines around a CSV's data."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from cmrdesk.importers.csv_metadata import account_from_file_name, read_metadata
from cmrdesk.importers.numbers import COMMA


def test_labels_in_cells_and_next_to_values() -> None:
    rows = [
        ["Umsatzanzeige", "Datei erstellt am: 28.12.2018"],
        ["IBAN", "DE12 3456 7890 1234 5678 90"],
        ["Bank", "ING"],
        ["Saldo", "150,00", "EUR"],
        ["Alter Kontostand", "100,00"],
    ]
    meta = read_metadata(rows, COMMA)
    assert meta.account == "DE12 3456 7890 1234 5678 90"
    assert meta.currency == "EUR"  # "ING" is a bank, not a currency
    assert (meta.opening, meta.closing) == (Decimal("100.00"), Decimal("150.00"))


def test_label_and_value_in_one_cell_and_title_lines() -> None:
    meta = read_metadata([["Account Number : 08088804068", ": EUR"]], COMMA)
    assert (meta.account, meta.currency) == ("08088804068", "EUR")
    title = [["Transactions  for account Brokerage XXXX-1234 as of 11/15/2020 18:00:21 ET"]]
    assert read_metadata(title, COMMA).account == "XXXX-1234"


def test_account_from_file_name() -> None:
    assert account_from_file_name(Path("History_for_Account_X8YYYYYYY.csv")) == "X8YYYYYYY"
    assert account_from_file_name(Path("transactie-historie_NL00ASNB9999999999_2022.csv")) == (
        "NL00ASNB9999999999"
    )
    assert account_from_file_name(Path("Main_Checking_Account_Transactions.csv")) == ""
    assert account_from_file_name(Path("Account_20190101_20200317.csv")) == ""
