"""The input contract of the insights package: what the services layer hands over.

Insights never reads the vault. A caller builds one :class:`LedgerData` (small, rich objects as
domain dataclasses; the transactions as parallel numpy columns) and every function in this
package answers from it. Transactions are columnar so that a million of them cost a few arrays,
not a million Python objects.

Transaction columns (``LedgerData.tx``), all of the same length:

=================  ========  =================================================================
column             dtype     meaning
=================  ========  =================================================================
``id``             int64     transaction id, unique
``account_id``     int64     ``Account.id`` the booking is on
``day``            int32     days since 1970-01-01 (:func:`cmrdesk.domain.to_epoch_day`)
``amount_minor``   int64     minor units of the *account's* currency, signed from the holder's
                             side (money in positive, money out negative)
``category_id``    int64     ``Category.id``; ``-1`` means uncategorised
``transfer_id``    int64     id of the other side of a move between own accounts; ``-1`` none
``payee``          object    payee text (``str``); ``""`` when the bank gave none
``memo``           object    optional column; memo text (``str``), used by the categoriser
``source``         int8      optional column; who filed the row under its category
                             (``SOURCE_CODES``: 0 unknown, 1 user, 2 rule, 3 model, 4 file)
=================  ========  =================================================================

Split lines (``LedgerData.splits``, columns ``transaction_id``, ``position``, ``amount_minor``,
``category_id``): a transaction split over several categories is replaced in the frame by one
row per part (same id, day, account and payee; the part's amount and category), so every
figure read by category sees the parts, never the line.

Rows should arrive in day order (the vault query sorts by day, id); unsorted input is sorted
once when the frame is built, which costs time at a million rows.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

import numpy as np

from cmrdesk.domain import (
    Account,
    Category,
    CategoryRule,
    FxRate,
    Goal,
    Holding,
    IncomeSource,
    MarketRate,
    Policy,
    Price,
    Security,
    ValidationError,
    Valuation,
    to_epoch_day,
)

#: Column name -> numpy dtype of the required transaction columns.
TX_COLUMNS: dict[str, type] = {
    "id": np.int64,
    "account_id": np.int64,
    "day": np.int32,
    "amount_minor": np.int64,
    "category_id": np.int64,
    "transfer_id": np.int64,
    "payee": object,
}
#: Optional columns and their dtype.
TX_OPTIONAL_COLUMNS: dict[str, type] = {"memo": object, "source": np.int8}
#: ``category_source`` text -> its code in the optional ``source`` column.
SOURCE_CODES: dict[str, int] = {"": 0, "user": 1, "rule": 2, "model": 3, "file": 4}
#: Columns of ``LedgerData.splits`` and their dtype.
SPLIT_COLUMNS: dict[str, type] = {
    "transaction_id": np.int64, "position": np.int64, "amount_minor": np.int64,
    "category_id": np.int64,
}

#: ``category_id`` / ``transfer_id`` value meaning "none".
NONE_ID = -1


@dataclass(frozen=True, kw_only=True)
class AdviceSettings:
    """Thresholds of the advice rules and of recurring detection, as data.

    Percentages are yearly percent (``Decimal("3")`` is 3 %); amounts are in the base currency.
    """

    emergency_months_min: Decimal = Decimal(3)
    emergency_months_max: Decimal = Decimal(6)
    #: Kept in each checking or cash account for day-to-day spending; not counted as idle.
    idle_cash_floor: Decimal = Decimal(1000)
    #: Idle-cash advice fires when the benchmark pays at least this many points more.
    idle_rate_gap_pct: Decimal = Decimal(1)
    #: Advice worth less than this a year is not worth a person's time and is dropped.
    min_yearly_effect: Decimal = Decimal(20)
    high_interest_debt_pct: Decimal = Decimal(7)
    #: Refinancing advice fires when a loan costs this many points more than the benchmark.
    refinance_gap_pct: Decimal = Decimal(1)
    renewal_window_days: int = 60
    pension_target_pct: Decimal = Decimal(10)  # of yearly income
    concentration_limit_pct: Decimal = Decimal(20)  # of invested value, per single security
    savings_rate_drop_points: Decimal = Decimal(5)
    trend_recent_months: int = 3
    trend_base_months: int = 12
    #: Months of history behind averages (essential spending, income).
    history_months: int = 12
    # --- recurring detection ---
    price_rise_pct: Decimal = Decimal(2)
    #: A price rise is news for this long after it first shows.
    price_rise_within_days: int = 365
    #: Consecutive amounts within this relative change count as "the same amount".
    amount_tolerance_pct: Decimal = Decimal(5)
    recurring_min_confidence: float = 0.5
    #: History looked at for recurring items; four years so a yearly item can be "new".
    recurring_window_days: int = 1500


@dataclass(kw_only=True)
class LedgerData:
    """Everything insights needs, loaded once by the caller. See the module docstring for ``tx``.

    ``today`` is explicit so that every figure is reproducible (and testable) for a given day.
    """

    base_currency: str
    today: date
    accounts: list[Account]
    categories: list[Category]
    tx: dict[str, np.ndarray]
    valuations: list[Valuation] = field(default_factory=list)
    holdings: list[Holding] = field(default_factory=list)
    securities: list[Security] = field(default_factory=list)
    prices: list[Price] = field(default_factory=list)
    fx_rates: list[FxRate] = field(default_factory=list)
    market_rates: list[MarketRate] = field(default_factory=list)
    policies: list[Policy] = field(default_factory=list)
    income_sources: list[IncomeSource] = field(default_factory=list)
    goals: list[Goal] = field(default_factory=list)
    rules: list[CategoryRule] = field(default_factory=list)
    settings: AdviceSettings = field(default_factory=AdviceSettings)
    #: Parts of split transactions (``SPLIT_COLUMNS``); ``None`` or empty: no splits.
    splits: dict[str, np.ndarray] | None = None

    def __len__(self) -> int:
        return len(self.tx["id"])


def validate_tx(tx: Mapping[str, np.ndarray]) -> None:
    """Raise :class:`ValidationError` unless ``tx`` has the required columns of one length."""
    missing = [name for name in TX_COLUMNS if name not in tx]
    if missing:
        raise ValidationError("tx", f"missing columns {missing}")
    lengths = {name: len(tx[name]) for name in (*TX_COLUMNS, *TX_OPTIONAL_COLUMNS) if name in tx}
    if len(set(lengths.values())) > 1:
        raise ValidationError("tx", f"columns differ in length: {lengths}")


def tx_from_records(records: Iterable[Mapping[str, object]]) -> dict[str, np.ndarray]:
    """Build the ``tx`` columns from a few row mappings (tests, demo data, small imports).

    Each record needs ``account_id``, ``day`` (a ``date`` or an epoch day) and ``amount_minor``;
    ``id`` defaults to the position + 1, ``category_id`` and ``transfer_id`` to ``-1``,
    ``payee`` and ``memo`` to ``""``, ``source`` to 0 (unknown).
    """
    rows = list(records)
    cols: dict[str, list] = {name: [] for name in (*TX_COLUMNS, *TX_OPTIONAL_COLUMNS)}
    for position, row in enumerate(rows, start=1):
        day = row["day"]
        cols["id"].append(row.get("id", position))
        cols["account_id"].append(row["account_id"])
        cols["day"].append(to_epoch_day(day) if isinstance(day, date) else day)
        cols["amount_minor"].append(row["amount_minor"])
        cols["category_id"].append(_id_or_none(row.get("category_id")))
        cols["transfer_id"].append(_id_or_none(row.get("transfer_id")))
        cols["payee"].append(row.get("payee", ""))
        cols["memo"].append(row.get("memo", ""))
        cols["source"].append(row.get("source", 0))
    dtypes = {**TX_COLUMNS, **TX_OPTIONAL_COLUMNS}
    return {name: np.array(values, dtype=dtypes[name]) for name, values in cols.items()}


def _id_or_none(value: object) -> int:
    return NONE_ID if value is None else int(value)  # type: ignore[call-overload]
