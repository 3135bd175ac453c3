"""Market data from simple CSV files: exchange rates, benchmark rates, security prices.

The format and its reader are the domain's (:func:`cmrdesk.domain.market.read_market_csv`),
shared with the market snapshot shipped in ``resources/market/``, so that any file that can be
shipped can be imported and the other way round. What this module adds is what every import
does with a person's file: the size limit, the refusal of binary files and the detection of
the text encoding (:mod:`.source`). Every problem is an
:class:`~cmrdesk.domain.ImportFormatError` naming the file, the line and the column.
"""

from __future__ import annotations

from pathlib import Path

from cmrdesk.domain import MarketRecord, SecurityPrice, market_layout, read_market_csv

from .source import DEFAULT_MAX_BYTES, decode, read_bytes

__all__ = ["MarketRecord", "SecurityPrice", "is_market_csv", "parse_market_csv"]


def is_market_csv(path: str | Path) -> bool:
    """Whether a CSV's header is one of the market-data layouts (reads its first line only)."""
    with open(path, "rb") as handle:
        first = handle.readline(4096)
    return market_layout(first.decode("utf-8", errors="replace"))[0] is not None


def parse_market_csv(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> list[MarketRecord]:
    """Read a market-data CSV into ``(kind, record)`` pairs; kind is fx, rate or price."""
    text, _encoding = decode(path, read_bytes(path, max_bytes))
    return read_market_csv(text, path)
