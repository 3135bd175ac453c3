"""Forecast: balances per account and in total at the end of each of the next twelve months.

Projected flow of an account in a future month =

* every expected occurrence of its active recurring items (:mod:`.recurring`), at the item's
  latest amount;
* plus a seasonal baseline of everything else: the average non-recurring net flow of that
  calendar month over the last three full years (so December's presents and the summer
  holiday come back in December and in summer). Transfers count too: a card is paid off from
  checking every month even when the amounts differ too much to be a recurring item.

The first point also carries what is still expected in the current month (recurring items
after today, and the baseline pro rata for the days left). The band around each point is
``Z_BAND`` (80 %) times the spread of the past monthly residuals (actual minus baseline)
times the square root of the horizon in months: errors of independent months add up like a
random walk. A ledger of purely recurring items has no residuals and forecasts exactly.

Balances are int64 minor units: per account in its own currency, the total in the base
currency at today's rates (future rates are unknown; an account with no rate to the base at
all is left out of the total, see ``LedgerFrame.fx_warnings``). An overdraft warning names the first
month end at which a liquid account (checking, savings, cash) is projected below zero.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import numpy as np
import pandas as pd

from cmrdesk.domain import round_minor

from .frames import LedgerFrame, as_frame, month_last, month_of
from .inputs import LedgerData
from .networth import account_balances
from .recurring import find_recurring, occurrences, recurring_member_mask

#: z-score of the band: 80 % of outcomes fall inside if residuals are roughly normal.
Z_BAND = 1.2816
#: Full years of history behind the seasonal baseline.
BASELINE_YEARS = 3
_DAYS_PER_MONTH = 30.436875


@dataclass(frozen=True)
class Forecast:
    """Projected month-end balances. See the module docstring for what goes into them."""

    today: date
    dates: list[date]
    total: pd.DataFrame  # index: dates; balance, low, high, liquid (base minor units)
    accounts: pd.DataFrame  # account_id, currency, date, balance, low, high (own minor units)
    overdrafts: list[dict]  # account_id, name, currency, date, balance_minor


def forecast(data: LedgerData | LedgerFrame, months: int = 12) -> Forecast:
    """Forecast the next ``months`` month ends (see the module docstring)."""
    frame = as_frame(data)
    return frame.cached(f"forecast:{months}", lambda: _forecast(frame, months))


def _forecast(frame: LedgerFrame, months: int) -> Forecast:
    today = frame.data.today
    first = frame.today_month + 1
    dates = [month_last(first + i) for i in range(months)]
    n_acc = len(frame.accounts)
    flows = np.zeros((n_acc, months), dtype=np.int64)
    _add_recurring(frame, flows, first, dates[-1])
    baseline, spread, total_spread = _baseline(frame)
    # The rest of this month: the baseline pro rata for the days left after today.
    this_month = frame.today_month
    days_left = (month_last(this_month) - today).days
    days_in_month = month_last(this_month).day
    flows[:, 0] += _round_div(baseline[:, this_month % 12] * days_left, days_in_month)
    for i in range(months):
        flows[:, i] += baseline[:, (first + i) % 12]

    start = account_balances(frame)["balance_minor"].to_numpy()
    balance = start[:, None] + np.cumsum(flows, axis=1)
    horizon = np.array([(d - today).days / _DAYS_PER_MONTH for d in dates])
    width = np.rint(Z_BAND * spread[:, None] * np.sqrt(horizon)[None, :]).astype(np.int64)

    accounts = pd.DataFrame(
        {
            "account_id": np.repeat(frame.account_ids, months),
            "currency": np.repeat([a.currency for a in frame.accounts], months),
            "date": dates * n_acc,
            "balance": balance.ravel(),
            "low": (balance - width).ravel(),
            "high": (balance + width).ravel(),
        }
    )
    in_base = _to_base(frame, balance)
    total = in_base.sum(axis=0)
    total_width = np.rint(Z_BAND * total_spread * np.sqrt(horizon)).astype(np.int64)
    totals = pd.DataFrame(
        {
            "balance": total,
            "low": total - total_width,
            "high": total + total_width,
            "liquid": in_base[frame.acc_liquid].sum(axis=0),
        },
        index=pd.Index(dates, name="date"),
    )
    return Forecast(today, dates, totals, accounts, _overdrafts(frame, balance, dates))


def _add_recurring(frame: LedgerFrame, flows: np.ndarray, first: int, until: date) -> None:
    items = find_recurring(frame)
    for item in items.itertuples(index=False):
        index = frame.account_index[item.account_id]
        for when in occurrences(item.last_date, item.frequency, frame.data.today, until):
            col = max(month_of(when) - first, 0)  # the rest of this month joins the first point
            flows[index, col] += item.amount_minor


def _baseline(frame: LedgerFrame) -> tuple[np.ndarray, np.ndarray, float]:
    """Seasonal baseline per (account, calendar month) and the residual spread per account and
    in total (in minor units; the total at today's rates)."""
    n_acc = len(frame.accounts)
    span = 12 * BASELINE_YEARS
    m0 = frame.today_month - span
    rows = frame.rows_in_months(m0, m0 + span - 1)
    keep = ~recurring_member_mask(frame)[rows]
    picked = np.flatnonzero(keep) + rows.start
    grid = np.zeros(n_acc * span, dtype=np.int64)
    np.add.at(grid, frame.acc[picked] * span + (frame.month[picked] - m0), frame.amount[picked])
    grid = grid.reshape(n_acc, span)
    # Only months since the ledger starts count; an account with one year of history is not
    # averaged over three.
    first_month = int(frame.month[0]) if len(frame) else frame.today_month
    observed = np.arange(m0, m0 + span) >= first_month
    baseline = np.zeros((n_acc, 12), dtype=np.int64)
    for moy in range(12):
        cols = np.flatnonzero(observed & ((np.arange(m0, m0 + span) % 12) == moy))
        if len(cols):
            baseline[:, moy] = _round_div(grid[:, cols].sum(axis=1), len(cols))
    cols = np.flatnonzero(observed)
    if len(cols) < 2:
        return baseline, np.zeros(n_acc), 0.0
    expected = baseline[:, (np.arange(m0, m0 + span)[cols]) % 12]
    residual = (grid[:, cols] - expected).astype(np.float64)
    # The band is an estimate, not money: floats are fine here.
    factors = np.array([float(_today_factor(frame, a.currency)) if known else 0.0
                        for a, known in zip(frame.accounts, frame.acc_known, strict=True)])
    total_residual = (residual * factors[:, None]).sum(axis=0)
    return baseline, residual.std(axis=1, ddof=1), float(total_residual.std(ddof=1))


def _round_div(values: np.ndarray, divisor: int) -> np.ndarray:
    """Integer division rounded half-even, exact for int64 (no float in money)."""
    quotient, remainder = np.divmod(values, divisor)
    up = (2 * remainder > divisor) | ((2 * remainder == divisor) & (quotient % 2 == 1))
    return quotient + up


def _today_factor(frame: LedgerFrame, currency: str) -> Decimal:
    return frame.fx.minor_factor(currency, frame.base, frame.today)


def _to_base(frame: LedgerFrame, balance: np.ndarray) -> np.ndarray:
    out = balance.copy()
    out[~frame.acc_known] = 0  # no rate to the base: left out of the totals
    for index, account in enumerate(frame.accounts):
        if account.currency != frame.base and frame.acc_known[index]:
            factor = _today_factor(frame, account.currency)
            out[index] = [round_minor(Decimal(int(v)) * factor) for v in balance[index].tolist()]
    return out


def _overdrafts(frame: LedgerFrame, balance: np.ndarray, dates: list[date]) -> list[dict]:
    out = []
    for index in np.flatnonzero(frame.acc_liquid).tolist():
        below = np.flatnonzero(balance[index] < 0)
        if len(below):
            account = frame.accounts[index]
            out.append(
                {
                    "account_id": account.id,
                    "name": account.name,
                    "currency": account.currency,
                    "date": dates[int(below[0])],
                    "balance_minor": int(balance[index, below[0]]),
                }
            )
    return sorted(out, key=lambda o: o["date"])
