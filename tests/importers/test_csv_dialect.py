"""Dialect sniffing, header names, rows with lines, running balances."""

from __future__ import annotations

import csv

import pytest

from cmrdesk.domain import ImportFormatError
from cmrdesk.importers.csv_dialect import (
    normalise_header,
    read_chunks,
    read_rows,
    running_balance,
    sniff_delimiter,
)


@pytest.mark.parametrize(
    ("text", "delimiter"),
    [
        ("a,b,c\n1,2,3\n", ","),
        ("a;b;c\n1,5;2;3\n", ";"),
        ("a\tb\tc\n1\t2\t3\n", "\t"),
        ("a|b|c\n1|2|3\n", "|"),
        ('"x, y";b;c\n"1,0";2;3\n', ";"),
    ],
)
def test_sniff_delimiter(text: str, delimiter: str) -> None:
    assert sniff_delimiter(text) == delimiter


@pytest.mark.parametrize(
    ("name", "normal", "currency"),
    [
        ("Bedrag (EUR)", "bedrag", "EUR"),
        ("Debit CHF", "debit", "CHF"),
        ("Amount ($)", "amount", ""),
        ("Auftraggeber/Empfänger", "auftraggeber/empfaenger", ""),
        ("\ufeffDescripción", "descripcion", ""),
        ("Withdrawal (-)", "withdrawal (-)", ""),
        ("  Libellé  ", "libelle", ""),
    ],
)
def test_normalise_header(name: str, normal: str, currency: str) -> None:
    assert normalise_header(name) == (normal, currency)


def test_rows_carry_their_first_line() -> None:
    text = 'a,b\n\n"x\ny",1\nz,2\n'
    assert list(read_rows("f", text, ",")) == [
        (1, ["a", "b"]),
        (2, []),
        (3, ["x\ny", "1"]),
        (5, ["z", "2"]),
    ]
    chunks = list(read_chunks("f", text, ",", size=2))
    assert [list(lines) for lines, _rows in chunks] == [[1, 2], [3, 5]]


def test_csv_errors_become_import_errors() -> None:
    limit = csv.field_size_limit(20)  # the only error the csv module still raises
    try:
        with pytest.raises(ImportFormatError, match=r"line 2: the CSV cannot be read"):
            list(read_rows("f", "a,b\n" + "x" * 30 + ",y\n", ","))
    finally:
        csv.field_size_limit(limit)


def test_running_balance() -> None:
    amounts = ["10.00", "-2.50", "5.00"]
    assert running_balance(amounts, ["110.00", "107.50", "112.50"], ".")  # balance after
    assert running_balance(amounts, ["100.00", "110.00", "107.50"], ".")  # balance before
    assert not running_balance(amounts, ["1.00", "2.00", "3.00"], ".")
