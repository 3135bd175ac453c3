"""Exporting transactions to a CSV file a spreadsheet opens safely.

A spreadsheet runs a cell that begins with ``=``, ``+``, ``-`` or ``@`` (and, in some, a tab or
carriage return) as a formula: a payee such as ``=HYPERLINK(...)`` in a bank file would run
on the person's machine. Every text cell that begins so is written with a leading ``'``;
amounts are written as plain numbers (``-12.30``), never neutralised, so they stay numbers.
The file is written next to its destination and moved into place, so a failed export leaves
no half-written file behind.
"""

from __future__ import annotations

import contextlib
import csv
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

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
    """Write the transactions ``filters`` matches (oldest first) to ``path`` as CSV with
    ``columns`` (default: all of ``EXPORT_COLUMNS``); returns how many rows were written."""
    names = check_columns(columns)
    target = Path(path)
    if target.suffix.lower() != ".csv":
        raise ValidationError("out", f"{target.name!r}: only .csv files can be written")
    if not target.parent.is_dir():
        raise ValidationError("out", f"folder {str(target.parent)!r} does not exist")
    ids = sorted_ids(session, filters or TransactionFilter(), "date", descending=False)
    accounts = {a.id: a.name for a in session.accounts()}
    paths = session.category_path()
    handle, temporary = tempfile.mkstemp(prefix=".export-", suffix=".tmp", dir=target.parent)
    written = 0
    try:
        with os.fdopen(handle, "w", newline="", encoding="utf-8") as out:
            writer = csv.writer(out)
            writer.writerow(names)
            for start in range(0, len(ids), _PAGE):
                page = [int(i) for i in ids[start:start + _PAGE]]
                found = transactions_by_id(session, page)
                for ident in page:
                    tx = found[ident]
                    values = _values(tx, accounts, paths)
                    writer.writerow([values[n] if n in NUMBER_COLUMNS else neutralise(values[n])
                                     for n in names])
                    written += 1
            out.flush()
            os.fsync(out.fileno())
        Path(temporary).replace(target)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(temporary).unlink()
        raise
    return written


def _values(tx: Any, accounts: dict[int, str], paths: dict[int, str]) -> dict[str, Any]:
    return {
        "date": tx.date.isoformat(), "account": accounts.get(tx.account_id, ""),
        "payee": tx.payee, "memo": tx.memo,
        "category": paths.get(tx.category_id, "") if tx.category_id else "",
        "amount": tx.amount.decimal_str(), "currency": tx.amount.currency,
        "status": str(tx.status), "id": tx.id,
    }
