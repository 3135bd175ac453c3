"""Dialect sniffing, header names, rows with lines, running balances."""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cmrdesk.domain import ImportFormatError
from cmrdesk.importers import csv_dialect
from cmrdesk.importers.csv_dialect import (
    iter_lines,
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


_PIECES = st.sampled_from(["a", "b,", '"', "\r", "\n", "\r\n", "\x0c", "\x85", "\u2028", "é"])


@given(pieces=st.lists(_PIECES, max_size=60))
def test_iter_lines_splits_as_a_newline_blank_stringio_does(pieces: list[str]) -> None:
    # csv needs exactly the lines StringIO(newline="") gives, which keeps 4 bytes per
    # character of the whole text; iter_lines keeps one block.
    text = "".join(pieces)
    saved = csv_dialect._LINE_BLOCK
    csv_dialect._LINE_BLOCK = 5  # many blocks, boundaries everywhere
    try:
        assert list(iter_lines(text)) == list(io.StringIO(text, newline=""))
    finally:
        csv_dialect._LINE_BLOCK = saved
