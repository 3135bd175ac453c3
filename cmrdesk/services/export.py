"""Exporting transactions to a CSV or XLSX file a spreadsheet opens safely.

A spreadsheet runs a cell that begins with ``=``, ``+``, ``-`` or ``@`` (and, in some, a tab or
carriage return) as a formula: a payee such as ``=HYPERLINK(...)`` in a bank file would run
on the person's machine. Every text cell that begins so is written with a leading ``'``;
amounts are written as plain numbers (``-12.30``), never neutralised, so they stay numbers.
An XLSX file gets the same neutralised text (stored as text cells, never formulas), amounts as
numbers and dates as real dates.
The file is written next to its destination and moved into place, so a failed export leaves
no half-written file behind.
"""

from __future__ import annotations

import contextlib
import csv
import os
import re
import tempfile
from collections.abc import Iterator, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any, TextIO

from cmrdesk.domain import ValidationError

from .browse import TransactionFilter, sorted_ids, transactions_by_id
from .session import VaultSession

#: Columns an export may have, in their default order.
EXPORT_COLUMNS = ("date", "account", "payee", "memo", "category", "amount", "currency",
                  "status", "id")
#: Columns whose values are numbers (never neutralised).
NUMBER_COLUMNS = frozenset({"amount", "id"})
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PAGE = 5_000
#: File suffixes an export can write.
EXPORT_SUFFIXES = (".csv", ".xlsx")
# Control characters an XLSX file cannot hold (tab, line feed and carriage return it can).
_NOT_IN_XLSX = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def neutralise(text: str) -> str:
    """``text`` with a leading ``'`` when a spreadsheet would run it as a formula."""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def check_columns(columns: Sequence[str] | None) -> list[str]:
    """The columns asked for (default: all), or a ``ValidationError`` naming the unknown."""
    if not columns:
        return list(EXPORT_COLUMNS)
    wanted = [c.strip().lower() for c in columns]
    for name in wanted:
        if name not in EXPORT_COLUMNS:
            raise ValidationError("columns", f"{name!r} is not one of "
                                  + ", ".join(EXPORT_COLUMNS))
    if len(set(wanted)) != len(wanted):
        raise ValidationError("columns", "a column is named twice")
    return wanted


def export_transactions(session: VaultSession, filters: TransactionFilter | None,
                        columns: Sequence[str] | None, path: Path | str) -> int:
    """Write the transactions ``filters`` matches (oldest first) to ``path`` with ``columns``
    (default: all of ``EXPORT_COLUMNS``); returns how many rows were written.

    The suffix of ``path`` chooses the format: ``.csv`` (UTF-8) or ``.xlsx`` (one sheet, a bold
    header row, amounts as numbers, dates as dates); any other is a ``ValidationError`` and no
    file is written."""
    names = check_columns(columns)
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in EXPORT_SUFFIXES:
        raise ValidationError("out", f"{target.name!r}: only .csv and .xlsx files can be written")
    if not target.parent.is_dir():
        raise ValidationError("out", f"folder {str(target.parent)!r} does not exist")
    rows = _rows(session, filters or TransactionFilter())
    handle, temporary = tempfile.mkstemp(prefix=".export-", suffix=".tmp", dir=target.parent)
    try:
        if suffix == ".csv":
            with os.fdopen(handle, "w", newline="", encoding="utf-8") as out:
                written = _write_csv(out, names, rows)
                out.flush()
                os.fsync(out.fileno())
        else:
            os.close(handle)
            written = _write_xlsx(Path(temporary), names, rows)
        Path(temporary).replace(target)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(temporary).unlink()
        raise
    return written


def _rows(session: VaultSession, flt: TransactionFilter) -> Iterator[dict[str, Any]]:
    """Each matching transaction's column values, oldest first, read a page at a time."""
    ids = sorted_ids(session, flt, "date", descending=False)
    accounts = {a.id: a.name for a in session.accounts()}
    paths = session.category_path()
    for start in range(0, len(ids), _PAGE):
        page = [int(i) for i in ids[start:start + _PAGE]]
        found = transactions_by_id(session, page)
        for ident in page:
            yield _values(found[ident], accounts, paths)


def _write_csv(out: TextIO, names: list[str], rows: Iterator[dict[str, Any]]) -> int:
    writer = csv.writer(out)
    writer.writerow(names)
    written = 0
    for values in rows:
        writer.writerow([_csv_cell(n, values[n]) for n in names])
        written += 1
    return written


def _csv_cell(name: str, value: Any) -> Any:
    if name == "amount":
        return value.decimal_str()
    if name == "id":
        return value
    return neutralise(value.isoformat() if name == "date" else value)


def _write_xlsx(temporary: Path, names: list[str], rows: Iterator[dict[str, Any]]) -> int:
    # Imported here: openpyxl is only needed for this export, not at every start of the app.
    from openpyxl import Workbook
    from openpyxl.worksheet._writer import ALL_TEMP_FILES, WorksheetWriter

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Transactions")
    # openpyxl streams the sheet into a file of the system temp folder unless told otherwise:
    # keep it next to the export instead, where it is removed whatever happens.
    side = temporary.with_name(temporary.name + ".sheet")
    sheet._writer = WorksheetWriter(sheet, out=str(side))
    ALL_TEMP_FILES.append(str(side))  # openpyxl's own clean-up removes it from this list
    sheet._writer.write_top()
    try:
        written = _xlsx_rows(sheet, names, rows)
        book.save(temporary)
    except BaseException:
        with contextlib.suppress(Exception):
            sheet.close()
        raise
    finally:
        with contextlib.suppress(OSError):
            side.unlink()
        with contextlib.suppress(ValueError):
            ALL_TEMP_FILES.remove(str(side))
    with temporary.open("rb+") as saved:
        os.fsync(saved.fileno())
    return written


def _xlsx_rows(sheet: Any, names: list[str], rows: Iterator[dict[str, Any]]) -> int:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    bold = Font(bold=True)
    header = []
    for name in names:
        cell = WriteOnlyCell(sheet, value=name)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    written = 0
    for values in rows:
        line: list[Any] = []
        for name in names:
            value = values[name]
            if name == "amount":
                text = value.decimal_str()  # the currency's decimals, exactly
                cell = WriteOnlyCell(sheet, value=Decimal(text))
                places = len(text.partition(".")[2])
                cell.number_format = "0." + "0" * places if places else "0"
                line.append(cell)
            elif name == "id":
                line.append(value)
            elif name == "date":
                cell = WriteOnlyCell(sheet, value=value)
                cell.number_format = "yyyy-mm-dd"
                line.append(cell)
            else:
                if _NOT_IN_XLSX.search(value):
                    raise ValidationError(name, f"transaction {values['id']}: a control "
                                          "character an XLSX file cannot hold; export to .csv")
                cell = WriteOnlyCell(sheet, value=neutralise(value))
                # Always text: never a formula ("=") nor an error code ("#N/A").
                cell.data_type = "s"
                line.append(cell)
        sheet.append(line)
        written += 1
    return written


def _values(tx: Any, accounts: dict[int, str], paths: dict[int, str]) -> dict[str, Any]:
    return {
        "date": tx.date, "account": accounts.get(tx.account_id, ""),
        "payee": tx.payee, "memo": tx.memo,
        "category": paths.get(tx.category_id, "") if tx.category_id else "",
        "amount": tx.amount, "currency": tx.amount.currency,
        "status": str(tx.status), "id": tx.id,
    }
