"""Market data from simple CSV files: exchange rates, benchmark rates, security prices.

Three layouts, told apart by their header (column order is free, ``source`` optional):

* ``date,base,quote,rate,source`` -> :class:`~cmrdesk.domain.FxRate`
  (one ``base`` bought ``rate`` ``quote``);
* ``date,kind,name,region,rate,source`` -> :class:`~cmrdesk.domain.MarketRate`
  (yearly percent; ``kind`` is a :class:`~cmrdesk.domain.RateKind` value);
* ``date,symbol,price,currency,source`` -> :class:`SecurityPrice` (a price record by
  symbol: the domain's ``Price`` needs a security id, which only the vault knows).

Dates are ISO ``YYYY-MM-DD``; numbers use a decimal point. Every problem is an
:class:`~cmrdesk.domain.ImportFormatError` naming the line and the column.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from cmrdesk.domain import (
    FxRate,
    ImportFormatError,
    MarketRate,
    RateKind,
    ValidationError,
    check_currency,
    from_epoch_day,
)

from .dates import DateError, iso_day
from .numbers import parse_plain
from .source import DEFAULT_MAX_BYTES, decode, read_bytes

_LAYOUTS = {
    "fx": ("date", "base", "quote", "rate"),
    "rate": ("date", "kind", "name", "region", "rate"),
    "price": ("date", "symbol", "price", "currency"),
}


@dataclass(frozen=True, kw_only=True)
class SecurityPrice:
    """The price of one unit of the security ``symbol`` on ``date``."""

    date: date
    symbol: str
    price: Decimal
    currency: str
    source: str = "csv"


MarketRecord = tuple[str, FxRate | MarketRate | SecurityPrice]


class _Row:
    def __init__(self, path: str | Path, line: int, values: dict[str, str]) -> None:
        self.path = path
        self.line = line
        self.values = values

    def fail(self, column: str, reason: str) -> ImportFormatError:
        return ImportFormatError(self.path, reason, line=self.line, field=column)

    def text(self, column: str) -> str:
        value = self.values.get(column, "").strip()
        if not value:
            raise self.fail(column, "is empty")
        return value

    def day(self) -> date:
        value = self.text("date")
        try:
            return from_epoch_day(iso_day(value))
        except DateError:
            raise self.fail("date", f"{value!r} is not a date (YYYY-MM-DD)") from None

    def number(self, column: str, positive: bool = True) -> Decimal:
        value = self.text(column)
        number = parse_plain(value)
        if number is None:
            raise self.fail(column, f"{value!r} is not a number")
        if positive and number <= 0:
            raise self.fail(column, f"{value!r} must be greater than zero")
        return number

    def currency(self, column: str) -> str:
        value = self.text(column).upper()
        try:
            return check_currency(value)
        except ValidationError:
            raise self.fail(column, f"{value!r} is not a three-letter currency code") from None

    def source(self) -> str:
        return self.values.get("source", "").strip() or "csv"


def _record(kind: str, row: _Row) -> MarketRecord:
    if kind == "fx":
        return kind, FxRate(
            date=row.day(),
            base=row.currency("base"),
            quote=row.currency("quote"),
            rate=row.number("rate"),
            source=row.source(),
        )
    if kind == "rate":
        raw_kind = row.text("kind").lower()
        try:
            rate_kind = RateKind(raw_kind)
        except ValueError:
            known = ", ".join(k.value for k in RateKind)
            raise row.fail("kind", f"{raw_kind!r} is not one of {known}") from None
        return kind, MarketRate(
            kind=rate_kind,
            name=row.text("name"),
            region=row.text("region"),
            date=row.day(),
            rate=row.number("rate", positive=False),
            source=row.source(),
        )
    return kind, SecurityPrice(
        date=row.day(),
        symbol=row.text("symbol"),
        price=row.number("price"),
        currency=row.currency("currency"),
        source=row.source(),
    )


def _layout(first_line: str) -> tuple[str | None, str]:
    """The market layout a header line names (or None), and the delimiter it uses."""
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    names = {h.strip().strip("\ufeff").strip('"').lower() for h in first_line.split(delimiter)}
    kind = next((k for k, cols in _LAYOUTS.items() if set(cols) <= names), None)
    return kind, delimiter


def is_market_csv(path: str | Path) -> bool:
    """Whether a CSV's header is one of the market-data layouts (reads its first line only)."""
    with open(path, "rb") as handle:
        first = handle.readline(4096)
    return _layout(first.decode("utf-8", errors="replace"))[0] is not None


def parse_market_csv(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> list[MarketRecord]:
    """Read a market-data CSV into ``(kind, record)`` pairs; kind is fx, rate or price."""
    text, _encoding = decode(path, read_bytes(path, max_bytes))
    _kind, delimiter = _layout(text.split("\n", 1)[0])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    out: list[MarketRecord] = []
    start = 1
    try:
        header = next(reader, [])
        names = [h.strip().strip("\ufeff").lower() for h in header]
        kind = next((k for k, cols in _LAYOUTS.items() if set(cols) <= set(names)), None)
        if kind is None:
            raise ImportFormatError(
                path,
                "the header must be date,base,quote,rate[,source] (exchange rates), "
                "date,kind,name,region,rate[,source] (benchmarks) or "
                "date,symbol,price,currency[,source] (prices)",
                line=1,
            )
        start = 2
        for row in reader:
            line, start = start, reader.line_num + 1
            if not any(c.strip() for c in row):
                continue
            if len(row) < len(names):
                row = row + [""] * (len(names) - len(row))
            out.append(_record(kind, _Row(path, line, dict(zip(names, row, strict=False)))))
    except csv.Error as exc:
        raise ImportFormatError(path, f"the CSV cannot be read ({exc})", line=start) from None
    return out
