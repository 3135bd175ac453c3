"""Securities, holdings, prices and manual valuations."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from .money import Money


class SecurityKind(StrEnum):
    """Broad kind of a security, used for allocation."""

    STOCK = "stock"
    FUND = "fund"
    ETF = "etf"
    BOND = "bond"
    CASH = "cash"
    OTHER = "other"


@dataclass(kw_only=True)
class Security:
    """A tradable instrument, identified by symbol (and ISIN where known)."""

    symbol: str
    name: str
    currency: str
    kind: SecurityKind = SecurityKind.ETF
    isin: str = ""
    asset_class: str = "equity"  # equity, bonds, cash, real_estate, commodities, other
    id: int | None = None


@dataclass(kw_only=True)
class Holding:
    """How many units of a security an account holds."""

    account_id: int
    security_id: int
    quantity: Decimal
    cost_basis: Money | None = None
    id: int | None = None


@dataclass(kw_only=True)
class Price:
    """The price of one unit of a security on a date, with where it came from."""

    security_id: int
    date: date
    price: Decimal
    currency: str
    source: str = "manual"
    id: int | None = None


@dataclass(kw_only=True)
class Valuation:
    """A statement of value for an account no bank exports (a pension pot, a house)."""

    account_id: int
    date: date
    value: Money
    source: str = "manual"
    id: int | None = None
