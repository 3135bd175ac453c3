"""Net worth: what every account is worth on a date, in the base currency, and its history.

An account's balance on a day is

* its opening balance plus all its transactions up to and including that day;
* for an account with manual valuations (a house, a pension pot): the latest valuation on or
  before the day plus the transactions booked after that valuation (so a contribution paid in
  after the last statement still counts, and a transfer between own accounts never changes net
  worth); before its first valuation, the opening balance plus transactions;
* for an account with holdings (and no valuations): the cash as above plus each holding's
  quantity times the latest price on or before the day. Holdings are today's quantities (past
  trades are not in the ledger), so history values today's portfolio at past prices. Before a
  security's first price its cost basis is used, or the first price when there is none.

Every account is converted to the base currency with the rate as of the day and rounded once,
half-even; totals are sums of those rounded balances, so net worth is exactly the sum of the
account balances shown next to it. Frames hold int64 minor units of the base currency.

An account in a currency with no exchange rate to the base keeps its balance in its own
currency, has no base value (``NA`` in :func:`account_balances`) and is left out of every total;
:class:`NetWorth` then carries a :class:`~cmrdesk.domain.fx.MissingRateWarning` per currency and
names the figures that leave something out (``partial``).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

import numpy as np
import pandas as pd

from cmrdesk.domain import (
    NET_WORTH_GROUPS,
    AccountKind,
    CurrencyMismatch,
    Holding,
    Money,
    currency_exponent,
    from_epoch_day,
    round_minor,
    to_epoch_day,
)
from cmrdesk.domain.fx import MissingRateWarning

from .frames import LedgerFrame, as_frame, month_last, month_of
from .inputs import LedgerData

_GROUP_CODE = {group: i for i, group in enumerate(NET_WORTH_GROUPS)}


@dataclass(frozen=True)
class NetWorth:
    """Net worth on one day, in the base currency."""

    on: date
    currency: str
    total: Decimal
    liquid: Decimal
    illiquid: Decimal
    by_group: dict[str, Decimal]  # every NET_WORTH_GROUPS entry, in display order
    by_kind: dict[str, Decimal]  # AccountKind value -> total, for kinds the person has
    #: One per currency without a rate to the base: its accounts are left out of the figures.
    warnings: tuple[MissingRateWarning, ...] = ()
    #: The figures that leave an account out: ``"total"``, ``"liquid"``, ``"illiquid"``, group
    #: names and kind values. A figure not named here is complete.
    partial: frozenset[str] = frozenset()


# --- per-account balances ----------------------------------------------------------------------


def _valuations(frame: LedgerFrame) -> dict[int, tuple[np.ndarray, np.ndarray]]:
    """Per account index: (valuation days, values in minor units), sorted by day."""

    def compute() -> dict[int, tuple[np.ndarray, np.ndarray]]:
        by_acc: dict[int, dict[int, int]] = {}
        for val in frame.data.valuations:
            index = frame.account_index.get(val.account_id)
            if index is None:
                continue
            currency = frame.accounts[index].currency
            if val.value.currency != currency:
                raise CurrencyMismatch(currency, val.value.currency)
            by_acc.setdefault(index, {})[to_epoch_day(val.date)] = val.value.minor
        return {
            index: (np.array(sorted(v), dtype=np.int64), np.array([v[d] for d in sorted(v)]))
            for index, v in by_acc.items()
        }

    return frame.cached("valuations", compute)


def _holdings(frame: LedgerFrame) -> dict[int, list[Holding]]:
    """Holdings per account index, for accounts valued from holdings (no manual valuations)."""

    def compute() -> dict[int, list[Holding]]:
        valued = _valuations(frame)
        out: dict[int, list[Holding]] = {}
        for holding in frame.data.holdings:
            index = frame.account_index.get(holding.account_id)
            if index is not None and index not in valued:
                out.setdefault(index, []).append(holding)
        return out

    return frame.cached("holdings", compute)


def _price_series(frame: LedgerFrame) -> dict[int, tuple[list[int], list[tuple[Decimal, str]]]]:
    def compute() -> dict[int, tuple[list[int], list[tuple[Decimal, str]]]]:
        by_sec: dict[int, dict[int, tuple[Decimal, str]]] = {}
        for price in frame.data.prices:
            by_sec.setdefault(price.security_id, {})[to_epoch_day(price.date)] = (
                price.price,
                price.currency,
            )
        return {sec: (sorted(p), [p[d] for d in sorted(p)]) for sec, p in by_sec.items()}

    return frame.cached("price_series", compute)


def holding_value(frame: LedgerFrame, holding: Holding, day: int, currency: str) -> Decimal:
    """Unrounded value of a holding on epoch ``day`` in minor units of ``currency``."""
    series = _price_series(frame).get(holding.security_id)
    index = bisect_right(series[0], day) - 1 if series else -1
    if series and index >= 0:
        price, price_currency = series[1][index]
        amount = holding.quantity * price
    elif holding.cost_basis is not None:
        amount, price_currency = holding.cost_basis.amount, holding.cost_basis.currency
    elif series:
        price, price_currency = series[1][0]
        amount = holding.quantity * price
    else:
        return Decimal(0)
    # The amount is in major units of the price currency: convert, then scale to minor units.
    return (amount * frame.fx.rate(price_currency, currency, day)).scaleb(
        currency_exponent(currency)
    )


def native_cash_matrix(data: LedgerData | LedgerFrame, days: np.ndarray) -> np.ndarray:
    """Balances without holdings, in each account's minor units: shape (accounts, days)."""
    frame = as_frame(data)
    days = np.asarray(days, dtype=np.int64)
    cum = frame.cumulative_at(days)
    out = frame.acc_opening[:, None] + cum
    for index, (val_days, val_minor) in _valuations(frame).items():
        pos = np.searchsorted(val_days, days, side="right") - 1
        has = pos >= 0
        if not has.any():
            continue
        at_valuation = frame.cumulative_at(val_days)[index]
        pos = pos[has]
        out[index, has] = val_minor[pos] + cum[index, has] - at_valuation[pos]
    return out


def balance_matrix(data: LedgerData | LedgerFrame, days: np.ndarray) -> np.ndarray:
    """Account balances in base-currency minor units on each day: shape (accounts, days).

    Each cell is rounded once, half-even; base-currency accounts without holdings are exact
    integers and never go through ``Decimal``. The rows of accounts with no exchange rate to
    the base (``frame.acc_known`` false) are zero so that sums leave them out: they are not a
    value to show (:func:`account_balances` gives ``NA`` there).
    """
    frame = as_frame(data)
    days = np.asarray(days, dtype=np.int64)
    native = native_cash_matrix(frame, days)
    out = native.copy()
    holdings = _holdings(frame)
    for index, account in enumerate(frame.accounts):
        held = holdings.get(index, [])
        if not frame.acc_known[index]:
            out[index] = 0
            continue
        if account.currency == frame.base and not held:
            continue
        for col, day in enumerate(days.tolist()):
            value = Decimal(int(native[index, col]))
            if account.currency != frame.base:
                value *= frame.fx.minor_factor(account.currency, frame.base, day)
            for holding in held:
                value += holding_value(frame, holding, day, frame.base)
            out[index, col] = round_minor(value)
    return out


def account_balances(data: LedgerData | LedgerFrame, on: date | None = None) -> pd.DataFrame:
    """One row per account: its balance on ``on`` (default today) natively and in the base.

    Columns: ``account_id``, ``name``, ``kind``, ``group``, ``currency``, ``liquid``,
    ``balance_minor`` (account currency, holdings included), ``base_minor`` (base currency,
    nullable ``Int64``: ``NA`` for an account with no exchange rate to the base).
    """
    frame = as_frame(data)
    day = to_epoch_day(on or frame.data.today)
    days = np.array([day])
    native = native_cash_matrix(frame, days)[:, 0].copy()
    for index, held in _holdings(frame).items():
        currency = frame.accounts[index].currency
        extra = sum((holding_value(frame, h, day, currency) for h in held), Decimal(0))
        native[index] += round_minor(extra)
    base = balance_matrix(frame, days)[:, 0]
    base_minor = pd.array(base, dtype="Int64")
    base_minor[~frame.acc_known] = pd.NA  # unknown, not zero
    return pd.DataFrame(
        {
            "account_id": frame.account_ids,
            "name": [a.name for a in frame.accounts],
            "kind": [a.kind.value for a in frame.accounts],
            "group": [a.kind.group for a in frame.accounts],
            "currency": [a.currency for a in frame.accounts],
            "liquid": frame.acc_liquid,
            "balance_minor": native,
            "base_minor": base_minor,
        }
    )


# --- net worth ---------------------------------------------------------------------------------


def _group_codes(frame: LedgerFrame) -> np.ndarray:
    return np.array([_GROUP_CODE[a.kind.group] for a in frame.accounts], dtype=np.int64)


def _to_decimal(frame: LedgerFrame, minor: int) -> Decimal:
    return Money.from_minor(int(minor), frame.base).amount


def net_worth(data: LedgerData | LedgerFrame, on: date | None = None) -> NetWorth:
    """Net worth on ``on`` (default today): total, liquid/illiquid, by group and by kind."""
    frame = as_frame(data)
    on = on or frame.data.today
    column = balance_matrix(frame, np.array([to_epoch_day(on)]))[:, 0]
    groups = np.zeros(len(NET_WORTH_GROUPS), dtype=np.int64)
    np.add.at(groups, _group_codes(frame), column)
    by_kind: dict[str, int] = {}
    for account, value in zip(frame.accounts, column.tolist(), strict=True):
        by_kind[account.kind.value] = by_kind.get(account.kind.value, 0) + value
    liquid = int(column[frame.acc_liquid].sum())
    total = int(column.sum())
    return NetWorth(
        on=on,
        currency=frame.base,
        total=_to_decimal(frame, total),
        liquid=_to_decimal(frame, liquid),
        illiquid=_to_decimal(frame, total - liquid),
        by_group={g: _to_decimal(frame, v) for g, v in zip(NET_WORTH_GROUPS, groups, strict=True)},
        by_kind={
            kind.value: _to_decimal(frame, by_kind[kind.value])
            for kind in AccountKind
            if kind.value in by_kind
        },
        warnings=tuple(frame.fx_warnings),
        partial=_partial(frame),
    )


def _partial(frame: LedgerFrame) -> frozenset[str]:
    """The net-worth figures an account without an exchange rate is left out of."""
    names: set[str] = set()
    for account, known, liquid in zip(frame.accounts, frame.acc_known.tolist(),
                                      frame.acc_liquid.tolist(), strict=True):
        if not known:
            names |= {"total", "liquid" if liquid else "illiquid", account.kind.group,
                      account.kind.value}
    return frozenset(names)


def series_days(start: date, end: date, freq: str = "M") -> list[date]:
    """Sample dates of a series: every day (``"D"``) or every month's end plus ``end`` (``"M"``)."""
    if end < start:
        return []
    if freq == "D":
        return [start + timedelta(days=i) for i in range((end - start).days + 1)]
    if freq != "M":
        raise ValueError(f"freq must be 'D' or 'M', not {freq!r}")
    out = [month_last(m) for m in range(month_of(start), month_of(end) + 1)]
    out = [d for d in out if start <= d < end]
    return [*out, end]


def net_worth_series(
    data: LedgerData | LedgerFrame, start: date, end: date, freq: str = "M"
) -> pd.DataFrame:
    """Net worth over ``[start, end]``, daily or at month ends, in base minor units (int64).

    Index: the sample dates. Columns: ``total``, ``liquid``, ``illiquid`` and one per
    net-worth group (``cash``, ``savings``, ``investments``, ``pension``, ``property``,
    ``debts``).
    """
    frame = as_frame(data)
    dates = series_days(start, end, freq)
    days = np.array([to_epoch_day(d) for d in dates], dtype=np.int64)
    matrix = balance_matrix(frame, days)
    groups = np.zeros((len(NET_WORTH_GROUPS), len(days)), dtype=np.int64)
    np.add.at(groups, _group_codes(frame), matrix)
    liquid = matrix[frame.acc_liquid].sum(axis=0)
    total = matrix.sum(axis=0)
    columns = {"total": total, "liquid": liquid, "illiquid": total - liquid}
    columns.update({g: groups[i] for i, g in enumerate(NET_WORTH_GROUPS)})
    index = pd.Index([from_epoch_day(int(d)) for d in days], name="date")
    return pd.DataFrame(columns, index=index)
