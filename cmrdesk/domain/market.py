"""Market data the person keeps locally: exchange rates and benchmark rates, with sources.

Also the one definition and reader of the market-data CSV format (:func:`read_market_csv`).
Three layouts, told apart by their header (column order is free, ``source`` optional):

* ``date,base,quote,rate,source`` -> :class:`FxRate` (one ``base`` bought ``rate`` ``quote``);
* ``date,kind,name,region,rate,source`` -> :class:`MarketRate` (yearly percent; ``kind`` is a
  :class:`RateKind` value);
* ``date,symbol,price,currency,source`` -> :class:`SecurityPrice`.

Dates are ISO ``YYYY-MM-DD``; numbers are plain decimals (point, or comma with a ``;``
delimiter). Every problem is an :class:`~cmrdesk.domain.ImportFormatError` naming the line and
the column.
"""

from __future__ import annotations

import contextlib
import csv
import io
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from .batch import MAX_YEAR, MIN_YEAR
from .errors import ImportFormatError, ValidationError
from .money import check_currency, parse_plain


@dataclass(kw_only=True)
class FxRate:
    """On ``date``, one unit of ``base`` bought ``rate`` units of ``quote``."""

    date: date
    base: str
    quote: str
    rate: Decimal
    source: str = "manual"
    id: int | None = None


class RateKind(StrEnum):
    """What a benchmark rate measures."""

    SAVINGS = "savings"
    MORTGAGE = "mortgage"
    CONSUMER_LOAN = "consumer_loan"
    CREDIT_CARD = "credit_card"
    INFLATION = "inflation"
    EQUITY_RETURN = "equity_return"


@dataclass(kw_only=True)
class MarketRate:
    """A yearly rate in percent (``Decimal("3.1")`` is 3.1 % a year) for a region/currency."""

    kind: RateKind
    name: str
    region: str  # currency or ISO country code the rate applies to
    date: date
    rate: Decimal
    source: str
    id: int | None = None


# --- the market-data CSV format ----------------------------------------------------------------
#
# One format, two ways in: the snapshot shipped in resources/market/ (read by the insights) and
# the files a person imports (read by the importers, which add size limits and encoding
# detection). Both hand the text to read_market_csv, so a file that imports is a file that
# could be shipped, and the other way round.


@dataclass(frozen=True, kw_only=True)
class SecurityPrice:
    """The price of one unit of the security ``symbol`` on ``date``.

    A price record by symbol: the domain's ``Price`` needs a security id, which only the vault
    knows, so the import service turns this into a ``Price``.
    """

    date: date
    symbol: str
    price: Decimal
    currency: str
    source: str = "csv"


#: The layouts of a market-data CSV, told apart by their header (column order is free, names
#: are case-insensitive; ``source`` and any other column, such as ``note``, are optional).
MARKET_LAYOUTS: dict[str, tuple[str, ...]] = {
    "fx": ("date", "base", "quote", "rate"),
    "rate": ("date", "kind", "name", "region", "rate"),
    "price": ("date", "symbol", "price", "currency"),
}

#: ``(layout, record)``: ``("fx", FxRate)``, ``("rate", MarketRate)``, ``("price", SecurityPrice)``.
MarketRecord = tuple[str, FxRate | MarketRate | SecurityPrice]

_MARKET_HEADER_HELP = (
    "the header must be date,base,quote,rate[,source] (exchange rates), "
    "date,kind,name,region,rate[,source] (benchmarks) or "
    "date,symbol,price,currency[,source] (prices)"
)
# ISO year-month-day (a dot or slash is taken for the dash), optionally followed by a time.
_MARKET_DAY = re.compile(r"\s*(\d{4})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{1,2})(?!\d)")


def _header_names(cells: list[str]) -> list[str]:
    return [c.strip().strip("\ufeff").strip('"').strip().lower() for c in cells]


def _layout_of(names: list[str] | set[str]) -> str | None:
    present = set(names)
    return next((k for k, cols in MARKET_LAYOUTS.items() if set(cols) <= present), None)


def market_layout(first_line: str) -> tuple[str | None, str]:
    """The layout a header line names (``"fx"``, ``"rate"``, ``"price"`` or ``None``) and the
    delimiter it uses (``;`` when it has more semicolons than commas, else ``,``)."""
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    return _layout_of(_header_names(first_line.split(delimiter))), delimiter


class _MarketRow:
    """One data row, with the file and line every error names."""

    def __init__(self, path: object, line: int, values: dict[str, str]) -> None:
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
        m = _MARKET_DAY.match(value)
        if m:
            year, month, day = (int(g) for g in m.groups())
            if MIN_YEAR <= year <= MAX_YEAR:
                with contextlib.suppress(ValueError):
                    return date(year, month, day)
        raise self.fail("date", f"{value!r} is not a date (YYYY-MM-DD)")

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

    def record(self, layout: str) -> MarketRecord:
        if layout == "fx":
            return layout, FxRate(
                date=self.day(),
                base=self.currency("base"),
                quote=self.currency("quote"),
                rate=self.number("rate"),
                source=self.source(),
            )
        if layout == "rate":
            raw_kind = self.text("kind").lower()
            try:
                rate_kind = RateKind(raw_kind)
            except ValueError:
                known = ", ".join(k.value for k in RateKind)
                raise self.fail("kind", f"{raw_kind!r} is not one of {known}") from None
            return layout, MarketRate(
                kind=rate_kind,
                name=self.text("name"),
                region=self.text("region"),
                date=self.day(),
                rate=self.number("rate", positive=False),
                source=self.source(),
            )
        return layout, SecurityPrice(
            date=self.day(),
            symbol=self.text("symbol"),
            price=self.number("price"),
            currency=self.currency("currency"),
            source=self.source(),
        )


def read_market_csv(text: str, path: object) -> list[MarketRecord]:
    """Read the text of a market-data CSV into ``(layout, record)`` pairs.

    ``path`` only names the file in errors. Blank rows are skipped. Every problem is an
    :class:`ImportFormatError` naming the file, the line and the column; numbers are read as
    ``Decimal`` from their text, never through ``float``.
    """
    _layout, delimiter = market_layout(text.split("\n", 1)[0])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    out: list[MarketRecord] = []
    start = 1
    try:
        names = _header_names(next(reader, []))
        layout = _layout_of(names)
        if layout is None:
            raise ImportFormatError(path, _MARKET_HEADER_HELP, line=1)
        start = 2
        for row in reader:
            line, start = start, reader.line_num + 1
            if not any(c.strip() for c in row):
                continue
            if len(row) < len(names):
                row = row + [""] * (len(names) - len(row))
            out.append(_MarketRow(path, line, dict(zip(names, row, strict=False))).record(layout))
    except csv.Error as exc:
        raise ImportFormatError(path, f"the CSV cannot be read ({exc})", line=start) from None
    return out
