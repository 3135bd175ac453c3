"""A thin mapper between domain dataclasses and vault rows.

One truth per concept: the dataclass says what a thing is, the migrations say how it is stored,
and the conventions below connect the two without a hand-written twin of each class:
``Money`` field ``x`` <-> ``x_minor`` + ``x_currency``; ``date`` <-> epoch-day INTEGER;
``datetime`` <-> ISO-8601 UTC TEXT; ``Decimal`` <-> TEXT; ``dict``/``list`` <-> JSON TEXT;
enums <-> their value; ``bool`` <-> 0/1.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum
from functools import cache
from typing import Any, TypeVar

from cmrdesk.domain import (
    Account,
    Category,
    CategoryRule,
    DeletionRequest,
    DisclosureReceipt,
    FxRate,
    Goal,
    Holding,
    IncomeSource,
    MarketRate,
    Money,
    Offer,
    OfferRequest,
    Policy,
    Price,
    Security,
    ShareProfile,
    Valuation,
    Vendor,
    from_epoch_day,
    to_epoch_day,
)

T = TypeVar("T")

#: Which table each mapped class lives in.
TABLE_OF: dict[type, str] = {
    Account: "accounts",
    Category: "categories",
    Security: "securities",
    Holding: "holdings",
    Price: "prices",
    Valuation: "valuations",
    Vendor: "vendors",
    Policy: "policies",
    IncomeSource: "income_sources",
    Goal: "goals",
    FxRate: "fx_rates",
    MarketRate: "market_rates",
    CategoryRule: "category_rules",
    DisclosureReceipt: "disclosure_receipts",
    ShareProfile: "share_profiles",
    OfferRequest: "offer_requests",
    Offer: "offers",
    DeletionRequest: "deletion_requests",
}


def _base_type(hint: Any) -> tuple[type, bool]:
    """``Money | None`` -> (Money, True)."""
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        return _plain(args[0]), True
    return _plain(hint), False


def _plain(hint: Any) -> Any:
    """``dict[str, Any]`` -> ``dict``: JSON columns care about the container, not its items."""
    return typing.get_origin(hint) or hint


@cache
def field_types(cls: type) -> dict[str, type]:
    """The resolved base type of every field of a dataclass."""
    hints = typing.get_type_hints(cls)
    return {f.name: _base_type(hints[f.name])[0] for f in dataclasses.fields(cls)}


def to_row(obj: Any) -> dict[str, Any]:
    """Column values for a dataclass instance (``id`` left out when it is None)."""
    row: dict[str, Any] = {}
    for name, kind in field_types(type(obj)).items():
        value = getattr(obj, name)
        if name == "id" and value is None:
            continue
        if kind is Money:
            row[f"{name}_minor"] = value.rounded().minor if value is not None else None
            row[f"{name}_currency"] = value.currency if value is not None else None
        elif value is None:
            row[name] = None
        elif kind is datetime:
            row[name] = _utc(value).isoformat()
        elif kind is date:
            row[name] = to_epoch_day(value)
        elif kind is Decimal:
            row[name] = str(value)
        elif kind in (dict, list):
            row[name] = json.dumps(value, sort_keys=True, ensure_ascii=False)
        elif isinstance(kind, type) and issubclass(kind, Enum):
            row[name] = kind(value).value
        elif kind is bool:
            row[name] = int(value)
        else:
            row[name] = value
    return row


def from_row(cls: type[T], row: Any) -> T:
    """Build a dataclass instance from a row mapping."""
    values: dict[str, Any] = {}
    for name, kind in field_types(cls).items():
        if kind is Money:
            minor = row[f"{name}_minor"]
            currency = row[f"{name}_currency"]
            values[name] = None if minor is None else Money.from_minor(int(minor), currency)
            continue
        value = row[name]
        if value is None:
            values[name] = None
        elif kind is datetime:
            values[name] = datetime.fromisoformat(value)
        elif kind is date:
            values[name] = from_epoch_day(value)
        elif kind is Decimal:
            values[name] = Decimal(value)
        elif kind in (dict, list):
            values[name] = json.loads(value)
        elif isinstance(kind, type) and issubclass(kind, Enum):
            values[name] = kind(value)
        elif kind is bool:
            values[name] = bool(value)
        else:
            values[name] = value
    return cls(**values)


def _utc(moment: datetime) -> datetime:
    """Timestamps are stored in UTC so that text order is time order; naive ones are refused."""
    if moment.tzinfo is None:
        raise ValueError("timestamps must carry a time zone")
    return moment.astimezone(UTC)
