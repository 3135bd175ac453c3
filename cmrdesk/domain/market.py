"""Market data the person keeps locally: exchange rates and benchmark rates, with sources."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum


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
