"""The CSV preview: the head of a file as raw cells, and rows read with a mapping."""

from __future__ import annotations

import codecs
import datetime
import time
from decimal import Decimal
from pathlib import Path

import pytest

from cmrdesk.domain import ImportFormatError, ValidationError
from cmrdesk.importers import (
    CSV_ROLES,
    DATE_FORMATS,
    ENCODINGS,
    SIGN_CONVENTIONS,
    THOUSANDS_SEPARATORS,
    CsvMapping,
    csv_head,
    parse_file,
    preview_rows,
)

from .conftest import path_of

BANK = (
    "Kontoauszug;Girokonto\n"
    "IBAN;DE89370400440532013000\n"
    "\n"
    "Buchungstag;Empfänger;Verwendungszweck;Betrag;Saldo;Währung\n"
    "01.03.2024;Bäckerei Müller;Brötchen;-3,50;96,50;EUR\n"
    "02.03.2024;Arbeitgeber GmbH;Gehalt März;2.500,00;2.596,50;EUR\n"
    "03.03.2024;Stadtwerke;Strom;-80,00;2.516,50;EUR\n"
)


def test_head_skips_metadata_and_finds_the_header(tmp_file) -> None:
    head = csv_head(tmp_file("bank.csv", BANK, "cp1252"))
    assert (head.encoding, head.delimiter, head.quotechar) == ("cp1252", ";", '"')
    assert head.header_line == 4
    assert head.header[:2] == ["Buchungstag", "Empfänger"]
    assert head.rows[0] == ["01.03.2024", "Bäckerei Müller", "Brötchen", "-3,50", "96,50", "EUR"]
    assert head.line_numbers == [5, 6, 7]
    assert head.complete and head.width == 6
    m = head.mapping
    assert m is not None
    assert (m.date, m.amount, m.balance, m.currency, m.decimal) == (0, 3, 4, 5, ",")
    assert m.column_roles(6) == ["date", "payee", "memo", "amount", "balance", "currency"]


def test_preview_reads_rows_as_the_import_does(tmp_file) -> None:
    path = tmp_file("bank.csv", BANK, "cp1252")
    head = csv_head(path)
    assert head.mapping is not None
    rows = preview_rows(head, head.mapping)
    assert [(r.line, r.day, r.amount, r.balance, r.currency) for r in rows] == [
        (5, datetime.date(2024, 3, 1), Decimal("-3.50"), Decimal("96.50"), "EUR"),
        (6, datetime.date(2024, 3, 2), Decimal("2500.00"), Decimal("2596.50"), "EUR"),
        (7, datetime.date(2024, 3, 3), Decimal("-80.00"), Decimal("2516.50"), "EUR"),
    ]
    assert (rows[1].payee, rows[1].memo, rows[1].error) == ("Arbeitgeber GmbH", "Gehalt März", None)
    (st,) = parse_file(path, mapping=head.mapping)
    assert [Decimal(a).scaleb(-st.scale) for a in st.amount_minor] == [r.amount for r in rows]


def test_errors_name_the_column_and_why(tmp_file) -> None:
    text = BANK.replace("02.03.2024", "31.02.2024").replace("-80,00", "-8o,00")
    head = csv_head(tmp_file("bad.csv", text, "cp1252"))
    assert head.mapping is not None
    rows = preview_rows(head, head.mapping)
    assert rows[0].error is None
    assert rows[1].error == "column 'Buchungstag': date '31.02.2024' is not a day (day/month/year)"
    assert rows[1].day is None and rows[1].amount == Decimal("2500.00")
    assert rows[2].error is not None
    assert rows[2].error.startswith("column 'Betrag': amount '-8o,00' is not a number")


def test_changing_roles_and_formats_changes_the_preview(tmp_file) -> None:
    head = csv_head(tmp_file("bank.csv", BANK, "cp1252"))
    m = head.mapping
    assert m is not None
    m.sign = "invert"
    assert preview_rows(head, m)[0].amount == Decimal("3.50")
    m.sign = "as-is"
    m.set_role(1, "memo")  # both texts as memo, joined; payee falls back to the memo
    m.set_role(2, "ignore")
    row = preview_rows(head, m)[1]
    assert (row.payee, row.memo) == ("Arbeitgeber GmbH", "Arbeitgeber GmbH")
    m.decimal, m.thousands = ".", "none"  # wrong on purpose: "2.500,00" is then no number
    assert "is not a number" in (preview_rows(head, m)[1].error or "")
    with pytest.raises(ValidationError, match="date"):
        m.set_role(0, "ignore")


def test_debit_credit_and_direction_columns(tmp_file) -> None:
    text = (
        "Date,Payee,Debit,Credit,Type\n"
        "03/01/2024,Shop,12.50,,DR\n"
        "03/02/2024,Salary,,1500.00,CR\n"
        "03/03/2024,Refund,(4.00),,DR\n"
    )
    head = csv_head(tmp_file("dc.csv", text))
    m = head.mapping
    assert m is not None and m.sign_convention() == "debit-credit columns"
    assert [r.amount for r in preview_rows(head, m)] == [
        Decimal("-12.50"),
        Decimal("1500.00"),
        Decimal("-4.00"),
    ]
    m.set_role(2, "amount")  # an amount column ends the debit/credit convention
    assert (m.debit, m.credit, m.sign_convention()) == (None, None, "as-is")
    m.set_role(4, "direction")
    assert m.sign_convention() == "direction column"
    rows = preview_rows(head, m)
    assert [r.amount for r in rows] == [Decimal("-12.50"), None, Decimal("-4.00")]
    assert rows[1].skipped == "no amount; the import skips it"
    m.sign = "debit-credit columns"
    with pytest.raises(ValidationError, match=r"sign"):
        preview_rows(head, m)


def test_a_footer_is_shown_as_skipped_not_as_an_error(tmp_file) -> None:
    head = csv_head(tmp_file("f.csv", "Date,Amount,Payee\n2024-01-02,-1.00,A\nTotal,-1.00,\n"))
    assert head.mapping is not None
    rows = preview_rows(head, head.mapping)
    assert rows[1].error is None
    assert rows[1].skipped == "not a transaction: no date in column 'Date'; the import skips it"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
def test_encodings(tmp_file, encoding: str) -> None:
    data = BANK.encode(encoding)  # utf-8-sig and utf-16 write a BOM
    head = csv_head(tmp_file("e.csv", data))
    expected = {"utf-8": "utf-8", "utf-8-sig": "utf-8-sig", "utf-16": "utf-16"}
    assert head.encoding == expected.get(encoding, "cp1252")
    assert head.rows[0][1] == "Bäckerei Müller"


def test_a_forced_encoding_that_does_not_fit_names_the_byte(tmp_file) -> None:
    path = tmp_file("e.csv", BANK, "cp1252")
    with pytest.raises(ImportFormatError, match=r"byte offset \d+ \(0x..\) is not valid utf-8"):
        csv_head(path, encoding="utf-8")
    assert csv_head(path, encoding="latin-1").rows[0][1] == "Bäckerei Müller"


def test_single_quotes_are_detected(tmp_file) -> None:
    text = "'Date';'Amount';'Payee'\n'01.02.2024';'-1,50';'A; B'\n'02.02.2024';'2,00';'C'\n"
    head = csv_head(tmp_file("q.csv", text))
    assert head.quotechar == "'" and head.rows[0] == ["01.02.2024", "-1,50", "A; B"]


def test_head_of_a_corpus_file_without_header() -> None:
    head = csv_head(path_of("csv/ofxstatement-austrian__easybank-giro.csv"), rows=5)
    assert head.header_line is None and head.header == [] and len(head.rows) == 5
    assert head.column_name(4) == "column 5"
    assert head.mapping is not None
    assert all(r.error is None and r.amount is not None for r in preview_rows(head, head.mapping))


def test_constants_list_every_option_with_a_label() -> None:
    assert set(CSV_ROLES) >= {
        "date", "amount", "debit", "credit", "payee", "memo", "balance", "currency",
        "direction", "ignore",
    }  # fmt: skip
    assert set(SIGN_CONVENTIONS) == {
        "as-is", "invert", "debit-credit columns", "direction column", "parentheses negative",
    }  # fmt: skip
    assert set(DATE_FORMATS) == {"DMY", "MDY", "YMD"}
    assert {"", "utf-8", "utf-16", "cp1252", "latin-1"} <= set(ENCODINGS)
    for table in (CSV_ROLES, DATE_FORMATS, ENCODINGS, SIGN_CONVENTIONS, THOUSANDS_SEPARATORS):
        assert all(isinstance(label, str) and label for label in table.values())
    for encoding in ENCODINGS:
        if encoding:
            codecs.lookup(encoding)
    for sign in SIGN_CONVENTIONS:  # every convention is a valid mapping setting
        m = CsvMapping(amount=1, debit=None, direction=2 if sign == "direction column" else None)
        if sign == "debit-credit columns":
            m.amount, m.debit, m.credit = None, 1, 2
        m.sign = sign
        m.validate()


def _big_csv(path: Path, rows: int) -> Path:
    line = "2024-01-{:02d},-{}.{:02d},Payee number {},Memo text\n"
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("Date,Amount,Payee,Memo\n")
        for start in range(0, rows, 10_000):
            fh.write(
                "".join(
                    line.format(i % 28 + 1, i % 997, i % 100, i % 5000)
                    for i in range(start, min(start + 10_000, rows))
                )
            )
    return path


def _head_in_time(path: Path, limit: float) -> None:
    started = time.perf_counter()
    head = csv_head(path)
    assert head.mapping is not None
    rows = preview_rows(head, head.mapping)
    elapsed = time.perf_counter() - started
    assert len(rows) == 50 and not head.complete
    assert rows[0].amount == Decimal("-0.00") and rows[49].day == datetime.date(2024, 1, 22)
    assert elapsed <= limit, f"{elapsed:.2f} s"


def test_head_reads_only_the_head(tmp_path: Path) -> None:
    _head_in_time(_big_csv(tmp_path / "big.csv", 20_000), 1.0)


@pytest.mark.large
def test_head_of_a_million_rows_within_a_second(tmp_path: Path) -> None:
    _head_in_time(_big_csv(tmp_path / "big.csv", 1_000_000), 1.0)
