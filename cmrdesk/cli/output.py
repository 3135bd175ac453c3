"""Printing: stable JSON and readable tables. Money is always a decimal string in JSON."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from decimal import Decimal
from typing import Any, TextIO

from cmrdesk.domain import Money


def _default(value: object) -> object:
    if isinstance(value, Money):
        return value.decimal_str()
    if isinstance(value, Decimal):
        return str(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()  # type: ignore[union-attr]
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def print_json(data: Any, out: TextIO | None = None) -> None:
    """Write ``data`` as indented JSON (dates ISO, money as decimal strings)."""
    out = out or sys.stdout
    json.dump(data, out, indent=2, ensure_ascii=False, default=_default)
    out.write("\n")


def money_text(money: Money) -> str:
    """``EUR -1,234.56``: grouped digits for the terminal."""
    amount = money.rounded().amount
    return f"{money.currency} {amount:,.{max(0, -amount.as_tuple().exponent)}f}"


def print_table(
    headers: Sequence[str], rows: Sequence[Sequence[str]], *, right: Sequence[int] = (),
    out: TextIO | None = None,
) -> None:
    """A plain aligned table; columns listed in ``right`` are right-aligned (amounts)."""
    out = out or sys.stdout
    widths = [len(h) for h in headers]
    for row in rows:
        widths = [max(w, len(cell)) for w, cell in zip(widths, row, strict=True)]

    def line(cells: Sequence[str]) -> str:
        parts = [
            cell.rjust(width) if index in right else cell.ljust(width)
            for index, (cell, width) in enumerate(zip(cells, widths, strict=True))
        ]
        return "  ".join(parts).rstrip()

    out.write(line(headers) + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for row in rows:
        out.write(line(row) + "\n")


def print_warnings(warnings: Sequence[object], out: TextIO | None = None) -> None:
    """One ``warning:`` line per warning, after the output it qualifies (``--json`` carries
    them in its ``warnings`` list instead)."""
    out = out or sys.stdout
    for warning in warnings:
        out.write(f"warning: {warning}\n")
