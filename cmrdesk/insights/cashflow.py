"""Cash flow: income, spending and saving per month, by category and by payee.

Every row is classed once (:func:`flow_class`):

* transfers between own accounts (see :mod:`.transfers`) are neither income nor spending;
* rows in an income category are income, rows in an expense category are spending, whatever
  their sign: a refund filed under Groceries lowers grocery spending, a salary correction
  lowers income;
* uncategorised rows count by sign: money in is income, money out is spending.

Saving is income minus spending; the savings rate is saving / income (``None`` without income).
Sums are int64 minor units in the base currency, converted per (currency, month) as described
in :meth:`cmrdesk.insights.frames.LedgerFrame.base_sums`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_EVEN, Decimal

import numpy as np
import pandas as pd

from .frames import (
    KIND_EXPENSE,
    KIND_INCOME,
    KIND_NONE,
    LedgerFrame,
    add_months,
    as_frame,
    month_label,
    month_of,
)
from .inputs import LedgerData
from .transfers import transfer_mask

FLOW_NONE, FLOW_INCOME, FLOW_SPENDING = 0, 1, 2
RATE_QUANTUM = Decimal("0.0001")


def flow_class(data: LedgerData | LedgerFrame) -> np.ndarray:
    """Per frame row: ``FLOW_INCOME``, ``FLOW_SPENDING`` or ``FLOW_NONE`` (transfers)."""
    frame = as_frame(data)
    return frame.cached("flow_class", lambda: _flow_class(frame))


def _flow_class(frame: LedgerFrame) -> np.ndarray:
    kind = frame.row_kind()
    none = kind == KIND_NONE
    income = (kind == KIND_INCOME) | (none & (frame.amount > 0))
    spending = (kind == KIND_EXPENSE) | (none & (frame.amount < 0))
    cls = np.where(income, FLOW_INCOME, np.where(spending, FLOW_SPENDING, FLOW_NONE))
    cls = cls.astype(np.int8)
    cls[transfer_mask(frame)] = FLOW_NONE
    return cls


def last_months(end: date, months: int) -> tuple[date, date]:
    """The rolling ``months`` months that end on ``end``: from the day after the same day
    ``months`` months earlier, through ``end`` (on 6 Dec 2026 the last 12 months are 7 Dec 2025
    to 6 Dec 2026: every day counted once, no month twice)."""
    return add_months(end, -months) + timedelta(days=1), end


def this_year(end: date) -> tuple[date, date]:
    """Year to date: 1 January of ``end``'s year through ``end``."""
    return date(end.year, 1, 1), end


def resolve_range(frame: LedgerFrame, start: date | None, end: date | None) -> tuple[date, date]:
    """Fill in a missing range end: ``end`` defaults to today, ``start`` to the start of the
    rolling twelve months ending on ``end`` (see :func:`last_months`)."""
    end = end or frame.data.today
    start = start or last_months(end, 12)[0]
    return start, end


def period_savings_rate(
    data: LedgerData | LedgerFrame, start: date | None = None, end: date | None = None
) -> Decimal | None:
    """The savings rate over ``[start, end]``: the one definition every screen, report and
    shared field uses (saving / income over the whole range, not an average of monthly rates;
    ``None`` without income)."""
    return cash_flow_totals(data, start, end).savings_rate


def monthly_cash_flow(
    data: LedgerData | LedgerFrame, start: date | None = None, end: date | None = None
) -> pd.DataFrame:
    """Income, spending and saving per calendar month of ``[start, end]``, base minor units.

    Index: ``"YYYY-MM"`` for every month of the range (months without rows are zero).
    Spending is positive (money out); saving is income minus spending.
    """
    frame = as_frame(data)
    start, end = resolve_range(frame, start, end)
    m0, m1 = month_of(start), month_of(end)
    n_months = max(m1 - m0 + 1, 0)
    rows = frame.rows_between(start, end)
    group = (frame.month[rows] - m0).astype(np.int64) * 3 + flow_class(frame)[rows]
    sums = frame.base_sums(rows, group, n_months * 3).reshape(n_months, 3)
    income = sums[:, FLOW_INCOME]
    spending = -sums[:, FLOW_SPENDING]
    return pd.DataFrame(
        {"income": income, "spending": spending, "saving": income - spending},
        index=pd.Index([month_label(m) for m in range(m0, m1 + 1)], name="month"),
    )


def share(part: int, whole: int) -> Decimal | None:
    """``part / whole`` as a fraction rounded to 4 places (half-even); ``None`` unless
    ``whole`` is positive."""
    if whole <= 0:
        return None
    return (Decimal(int(part)) / Decimal(int(whole))).quantize(RATE_QUANTUM, ROUND_HALF_EVEN)


def savings_rate(income_minor: int, saving_minor: int) -> Decimal | None:
    """Saving / income as a fraction rounded to 4 places (half-even); ``None`` without income."""
    return share(saving_minor, income_minor)


@dataclass(frozen=True)
class CashFlow:
    """Totals over a range, base-currency minor units, and the savings rate."""

    start: date
    end: date
    income: int
    spending: int
    saving: int
    savings_rate: Decimal | None


def cash_flow_totals(
    data: LedgerData | LedgerFrame, start: date | None = None, end: date | None = None
) -> CashFlow:
    """Income, spending, saving and savings rate over ``[start, end]``."""
    frame = as_frame(data)
    start, end = resolve_range(frame, start, end)
    rows = frame.rows_between(start, end)
    sums = frame.base_sums(rows, flow_class(frame)[rows].astype(np.int64), 3)
    income, spending = int(sums[FLOW_INCOME]), -int(sums[FLOW_SPENDING])
    saving = income - spending
    return CashFlow(start, end, income, spending, saving, savings_rate(income, saving))


def spending_by_category(
    data: LedgerData | LedgerFrame,
    start: date | None = None,
    end: date | None = None,
    rollup: bool = False,
) -> pd.DataFrame:
    """Spending per category over the range, largest first, base minor units (positive).

    ``rollup`` adds children into their top-level category. Uncategorised spending is the row
    with ``category_id`` ``-1``. Columns: ``category_id``, ``name``, ``amount_minor``.
    """
    frame = as_frame(data)
    start, end = resolve_range(frame, start, end)
    rows = frame.rows_between(start, end)
    spend = np.flatnonzero(flow_class(frame)[rows] == FLOW_SPENDING) + rows.start
    n_cat = len(frame.categories)
    cat = frame.cat[spend]
    if rollup:
        cat = np.where(cat >= 0, frame.cat_root[np.maximum(cat, 0)], -1)
    group = np.where(cat >= 0, cat, n_cat)  # the extra slot collects uncategorised rows
    sums = -frame.base_sums(spend, group, n_cat + 1)
    present = np.flatnonzero(sums != 0)
    ids = [frame.categories[i].id if i < n_cat else -1 for i in present.tolist()]
    names = [frame.categories[i].name if i < n_cat else "Uncategorised" for i in present.tolist()]
    out = pd.DataFrame({"category_id": ids, "name": names, "amount_minor": sums[present]})
    return out.sort_values("amount_minor", ascending=False, kind="stable").reset_index(drop=True)


def spending_by_payee(
    data: LedgerData | LedgerFrame,
    start: date | None = None,
    end: date | None = None,
    top: int = 20,
) -> pd.DataFrame:
    """The ``top`` payees by spending over the range: ``payee``, ``amount_minor``, ``count``."""
    frame = as_frame(data)
    start, end = resolve_range(frame, start, end)
    rows = frame.rows_between(start, end)
    spend = np.flatnonzero(flow_class(frame)[rows] == FLOW_SPENDING) + rows.start
    codes = frame.payee_code[spend].astype(np.int64)
    sums = -frame.base_sums(spend, codes, len(frame.payees))
    counts = np.bincount(codes, minlength=len(frame.payees))
    best = np.argsort(-sums, kind="stable")[:top]
    best = best[counts[best] > 0]
    return pd.DataFrame(
        {"payee": frame.payees[best], "amount_minor": sums[best], "count": counts[best]}
    )


def average_monthly_spending(
    data: LedgerData | LedgerFrame, months: int, essential_only: bool = False
) -> int:
    """Average spending per month over the last ``months`` full months before this one.

    With ``essential_only``, only categories marked essential (or under an essential parent)
    count; when no category is marked essential at all, all spending counts, because a person
    who never flagged anything still needs an emergency fund. Base minor units, rounded
    half-even.
    """
    frame = as_frame(data)
    last = frame.today_month - 1
    rows = frame.rows_in_months(last - months + 1, last)
    spend = flow_class(frame)[rows] == FLOW_SPENDING
    if essential_only and frame.cat_essential.any():
        cat = frame.cat[rows]
        spend &= (cat >= 0) & frame.cat_essential[np.maximum(cat, 0)]
    picked = np.flatnonzero(spend) + rows.start
    total = -frame.base_total(picked)
    return int((Decimal(total) / months).to_integral_value(rounding=ROUND_HALF_EVEN))
