"""The one columnar frame every insight is computed from.

:func:`build_frame` turns the ``tx`` columns of a :class:`LedgerData` into a pandas DataFrame
once (sorted by day, with dense integer codes for account, category, currency, month and payee)
and keeps numpy views of its columns, so the analyses below work on integer arrays:
``np.add.at`` on small integer keys instead of Python loops or string grouping. Strings are
touched once, on the unique payees (``pd.factorize``).

Money stays int64 minor units; conversion to the base currency happens on *aggregated* sums,
per (currency, month), with an exact ``Decimal`` factor (see :meth:`LedgerFrame.base_sums`).
Accounts in a currency with no exchange rate to the base (``LedgerFrame.acc_known`` false) are
left out of every base-currency sum; ``LedgerFrame.fx_warnings`` names them, and every result
that leaves them out carries those warnings up to the report, the dashboard and the CLI.
Derived results (transfer flags, recurring items, ...) are memoised in ``LedgerFrame.cache`` so
that a report computes each of them once.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any, TypeVar

import numpy as np
import pandas as pd

from cmrdesk.domain import (
    CategoryKind,
    FxRate,
    FxTable,
    ValidationError,
    from_epoch_day,
    round_minor,
    to_epoch_day,
)
from cmrdesk.domain.fx import MissingRateWarning, missing_rate_warnings

from .benchmarks import shipped_fx_rates
from .inputs import TX_COLUMNS, TX_OPTIONAL_COLUMNS, LedgerData, validate_tx

#: Category kind codes in ``LedgerFrame.cat_kind``; rows without a category get ``KIND_NONE``.
KIND_INCOME, KIND_EXPENSE, KIND_TRANSFER, KIND_NONE = 0, 1, 2, -1
_KIND_CODES = {
    CategoryKind.INCOME: KIND_INCOME,
    CategoryKind.EXPENSE: KIND_EXPENSE,
    CategoryKind.TRANSFER: KIND_TRANSFER,
}

T = TypeVar("T")


# --- calendar helpers (months are counted from 1970-01 = 0) ----------------------------------


def month_of(day: date) -> int:
    """The month number of a date: months since January 1970."""
    return (day.year - 1970) * 12 + day.month - 1


def month_first(month: int) -> date:
    """First day of a month number."""
    return date(1970 + month // 12, month % 12 + 1, 1)


def month_last(month: int) -> date:
    """Last day of a month number."""
    return from_epoch_day(to_epoch_day(month_first(month + 1)) - 1)


def month_label(month: int) -> str:
    """``"2025-03"`` for a month number."""
    return f"{1970 + month // 12:04d}-{month % 12 + 1:02d}"


def months_of_days(days: np.ndarray) -> np.ndarray:
    """Month numbers of epoch days, vectorised through a lookup table over the day range.

    ``datetime64`` conversion of a million values costs ~50 ms; the table costs one conversion
    per distinct calendar day.
    """
    if len(days) == 0:
        return np.zeros(0, dtype=np.int32)
    lo, hi = int(days.min()), int(days.max())
    table = (
        np.arange(lo, hi + 1, dtype=np.int64)
        .astype("datetime64[D]")
        .astype("datetime64[M]")
        .astype(np.int32)
    )
    return table[days - lo]


def add_months(day: date, months: int) -> date:
    """The same day-of-month ``months`` later, clipped to the month's end (31 Jan + 1 = 28 Feb)."""
    month = month_of(day) + months
    return month_first(month).replace(day=min(day.day, month_last(month).day))


# --- the frame --------------------------------------------------------------------------------


class LedgerFrame:
    """Transactions as one day-sorted DataFrame plus the lookups every analysis needs.

    Attributes that are numpy arrays have one entry per row (``acc``, ``day``, ``month``,
    ``amount``, ``cat``, ``payee_code``, ...) or per account / category (``acc_cur``,
    ``cat_kind``, ...). ``cat`` is the index into ``categories`` or ``-1``.
    """

    def __init__(self, data: LedgerData, fallback_fx: list[FxRate] | None = None) -> None:
        validate_tx(data.tx)
        self.data = data
        self.base = data.base_currency
        self.today = to_epoch_day(data.today)
        self.today_month = month_of(data.today)
        self.cache: dict[str, Any] = {}
        self.fx = FxTable(data.fx_rates, fallback_fx or ())
        self._init_accounts()
        self._init_categories()
        self._init_rows()

    # -- construction ------------------------------------------------------------------------

    def _init_accounts(self) -> None:
        self.accounts = list(self.data.accounts)
        self.account_ids = np.array([a.id for a in self.accounts], dtype=np.int64)
        self.account_index = {a.id: i for i, a in enumerate(self.accounts)}
        others = sorted({a.currency for a in self.accounts} - {self.base})
        self.currencies = [self.base, *others]  # code 0 is always the base currency
        code = {cur: i for i, cur in enumerate(self.currencies)}
        self.acc_cur = np.array([code[a.currency] for a in self.accounts], dtype=np.int64)
        self.has_foreign = bool((self.acc_cur != 0).any())
        self.acc_opening = np.array([a.opening().minor for a in self.accounts], dtype=np.int64)
        self.acc_liquid = np.array([a.kind.is_liquid for a in self.accounts], dtype=bool)
        # A currency without any rate to the base cannot be converted on any day (see
        # cmrdesk.domain.fx): its accounts are left out of base totals, never counted as zero.
        self.cur_known = np.array([self.fx.has_rate(c, self.base) for c in self.currencies],
                                  dtype=bool)
        self.acc_known = self.cur_known[self.acc_cur]
        self.fx_warnings: list[MissingRateWarning] = missing_rate_warnings(
            self.accounts, self.base, self.fx)

    def _init_categories(self) -> None:
        self.categories = list(self.data.categories)
        self.category_index = {c.id: i for i, c in enumerate(self.categories)}
        self.cat_kind = np.array([_KIND_CODES[c.kind] for c in self.categories], dtype=np.int8)
        parents = [self.category_index.get(c.parent_id, -1) for c in self.categories]
        roots, essential = [], []
        for i, cat in enumerate(self.categories):
            # Walk up the tree (bounded, in case of a cycle): a child of an essential
            # category is essential too, and roll-ups report the top-level ancestor.
            node, flag, steps = i, cat.essential, 0
            while parents[node] >= 0 and steps < len(self.categories):
                node = parents[node]
                flag = flag or self.categories[node].essential
                steps += 1
            roots.append(node)
            essential.append(flag)
        self.cat_root = np.array(roots, dtype=np.int64)
        self.cat_essential = np.array(essential, dtype=bool)

    def _init_rows(self) -> None:
        tx = self.data.tx
        cols = {name: np.asarray(tx[name]) for name in TX_COLUMNS}
        for name in TX_OPTIONAL_COLUMNS:
            if name in tx:
                cols[name] = np.asarray(tx[name])
        cols["part"] = np.zeros(len(cols["id"]), dtype=bool)
        if self.data.splits is not None and len(self.data.splits["transaction_id"]):
            cols = expand_splits(cols, self.data.splits)
        day = cols["day"].astype(np.int32, copy=False)
        if len(day) > 1 and not bool((day[1:] >= day[:-1]).all()):
            order = np.argsort(day, kind="stable")
            cols = {name: col[order] for name, col in cols.items()}
            day = cols["day"].astype(np.int32, copy=False)
        acc = _dense_index(cols["account_id"], self.account_ids)
        if len(acc) and (acc < 0).any():
            unknown = np.unique(cols["account_id"][acc < 0])[:5].tolist()
            raise ValidationError("tx.account_id", f"unknown account ids {unknown}")
        category_ids = np.array([c.id for c in self.categories], dtype=np.int64)
        cat = _dense_index(cols["category_id"], category_ids)  # unknown ids: uncategorised
        payee_code, self.payees = _factorize(cols["payee"])
        self.df = pd.DataFrame(
            {
                "id": cols["id"].astype(np.int64, copy=False),
                "account_id": cols["account_id"].astype(np.int64, copy=False),
                "acc": acc,
                "day": day,
                "month": months_of_days(day),
                "amount": cols["amount_minor"].astype(np.int64, copy=False),
                "category_id": cols["category_id"].astype(np.int64, copy=False),
                "cat": cat,
                "transfer_id": cols["transfer_id"].astype(np.int64, copy=False),
                "payee_code": payee_code,
            },
            copy=False,
        )
        self._memo_column = cols.get("memo")
        #: Per row: one part of a split line (the line itself is not a row of the frame).
        self.part = cols["part"]
        #: Per row: who filed it (``SOURCE_CODES``), or ``None`` when not loaded.
        self.source = cols.get("source")
        # numpy views used by the hot paths
        self.ids = self.df["id"].to_numpy()
        self.acc = self.df["acc"].to_numpy()
        self.day = self.df["day"].to_numpy()
        self.month = self.df["month"].to_numpy()
        self.amount = self.df["amount"].to_numpy()
        self.cat = self.df["cat"].to_numpy()
        self.transfer_id = self.df["transfer_id"].to_numpy()
        self.payee_code = self.df["payee_code"].to_numpy()

    # -- rows ------------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self.day)

    def rows_between(self, start: date | int, end: date | int) -> slice:
        """Rows with ``start <= day <= end`` (dates or epoch days) as a slice: rows are
        day-sorted, so a date range is two binary searches."""
        lo = int(np.searchsorted(self.day, _epoch(start), side="left"))
        hi = int(np.searchsorted(self.day, _epoch(end), side="right"))
        return slice(lo, hi)

    def rows_in_months(self, first: int, last: int) -> slice:
        """Rows dated in the month numbers ``first`` to ``last``, both included."""
        return self.rows_between(month_first(first), month_last(last))

    def row_kind(self) -> np.ndarray:
        """Category kind code per row (``KIND_NONE`` for uncategorised)."""
        return self.cached("row_kind", self._row_kind)

    def _row_kind(self) -> np.ndarray:
        kinds = np.append(self.cat_kind, np.int8(KIND_NONE))
        return kinds[self.cat]  # cat == -1 picks the appended KIND_NONE

    def memo_codes(self) -> tuple[np.ndarray, np.ndarray] | None:
        """Factorised memo column (codes per row, unique texts), or ``None`` without memos."""
        if self._memo_column is None:
            return None
        return self.cached("memo_codes", lambda: _factorize(self._memo_column))

    def cached(self, key: str, compute: Callable[[], T]) -> T:
        """Compute a derived result once per frame."""
        if key not in self.cache:
            self.cache[key] = compute()
        return self.cache[key]

    # -- balances ----------------------------------------------------------------------------

    def daily_cumulative(self) -> tuple[int, np.ndarray]:
        """``(day0, cum)`` where ``cum[a, d - day0]`` is the sum of account ``a``'s rows up to
        and including day ``d``. One ``np.add.at`` over all rows, then a cumulative sum: every
        balance at every date is then a lookup."""
        return self.cached("daily_cumulative", self._daily_cumulative)

    def _daily_cumulative(self) -> tuple[int, np.ndarray]:
        lo = min(int(self.day[0]), self.today) if len(self) else self.today
        hi = max(int(self.day[-1]), self.today) if len(self) else self.today
        width = hi - lo + 1
        grid = np.zeros(len(self.accounts) * width, dtype=np.int64)
        np.add.at(grid, self.acc * width + (self.day - lo), self.amount)
        return lo, np.cumsum(grid.reshape(len(self.accounts), width), axis=1)

    def cumulative_at(self, days: np.ndarray) -> np.ndarray:
        """Per-account sums of all rows up to each day: shape (accounts, len(days))."""
        day0, cum = self.daily_cumulative()
        cols = np.asarray(days, dtype=np.int64) - day0
        out = cum[:, np.clip(cols, 0, cum.shape[1] - 1)]
        out[:, cols < 0] = 0
        return out

    # -- conversion ------------------------------------------------------------------------

    def month_factor(self, currency_code: int, month: int) -> Decimal:
        """Minor-unit factor from a currency to the base for one month.

        The rate is the one as of the month's last day (or today, for the current month): a
        closing rate, the usual choice for monthly statements.
        """
        key = ("month_factor", currency_code, month)
        if key not in self.cache:
            day = min(to_epoch_day(month_last(month)), self.today)
            self.cache[key] = self.fx.minor_factor(self.currencies[currency_code], self.base, day)
        return self.cache[key]

    def base_sums(self, rows: slice | np.ndarray, group: np.ndarray, n_groups: int) -> np.ndarray:
        """Sum the amounts of ``rows`` per ``group`` code, in base-currency minor units.

        Base-currency rows add up as int64, exactly. Foreign rows are summed per
        (group, currency, month) as int64, each sum is multiplied by that month's exact
        ``Decimal`` factor, and the foreign part of each group is rounded once, half-even.
        Rows of accounts without an exchange rate are left out (see ``fx_warnings``).
        """
        amount = self.amount[rows]
        out = np.zeros(n_groups, dtype=np.int64)
        if not self.has_foreign:
            np.add.at(out, group, amount)
            return out
        cur = self.acc_cur[self.acc[rows]]
        home = cur == 0
        np.add.at(out, group[home], amount[home])
        away = ~home & self.cur_known[cur]
        if not away.any():
            return out
        months = self.month[rows][away]
        m0, n_months, n_cur = int(months.min()), int(np.ptp(months)) + 1, len(self.currencies)
        key = (group[away].astype(np.int64) * n_cur + cur[away]) * n_months + (months - m0)
        keys, inverse = np.unique(key, return_inverse=True)
        sums = np.zeros(len(keys), dtype=np.int64)
        np.add.at(sums, inverse, amount[away])
        exact: dict[int, Decimal] = {}
        for k, total in zip(keys.tolist(), sums.tolist(), strict=True):
            if total:
                rest, month = divmod(k, n_months)
                g, c = divmod(rest, n_cur)
                exact[g] = exact.get(g, Decimal(0)) + total * self.month_factor(c, month + m0)
        for g, value in exact.items():
            out[g] += round_minor(value)
        return out

    def base_total(self, rows: slice | np.ndarray) -> int:
        """The sum of ``rows`` in base minor units (see :meth:`base_sums`)."""
        rows = np.arange(len(self))[rows] if isinstance(rows, slice) else rows
        return int(self.base_sums(rows, np.zeros(len(rows), dtype=np.int64), 1)[0])

    def native_sums(self, rows: slice | np.ndarray, group: np.ndarray, n_groups: int) -> np.ndarray:
        """Sum the amounts of ``rows`` per ``group`` without conversion (same-currency groups)."""
        out = np.zeros(n_groups, dtype=np.int64)
        np.add.at(out, group, self.amount[rows])
        return out


def expand_splits(cols: dict[str, np.ndarray], splits: dict[str, np.ndarray]
                  ) -> dict[str, np.ndarray]:
    """Replace each split line of ``cols`` by its parts (in ``position`` order), in place of
    the line: same id, day, account and payee, the part's amount and category; ``part`` is
    set on them. Lines without parts, and parts of lines not in ``cols``, are left alone."""
    tid = np.asarray(splits["transaction_id"], dtype=np.int64)
    order = np.lexsort((np.asarray(splits["position"]), tid))
    tid = tid[order]
    amounts = np.asarray(splits["amount_minor"], dtype=np.int64)[order]
    categories = np.asarray(splits["category_id"], dtype=np.int64)[order]
    lines, first, counts = np.unique(tid, return_index=True, return_counts=True)
    ids = cols["id"]
    pos = np.clip(np.searchsorted(lines, ids), 0, len(lines) - 1)
    has = lines[pos] == ids
    if not has.any():
        return cols
    repeats = np.ones(len(ids), dtype=np.int64)
    repeats[has] = counts[pos[has]]
    out = {name: np.repeat(col, repeats) for name, col in cols.items()}
    # The parts of each split line, in the order the lines appear in ``cols``.
    starts, sizes = first[pos[has]], counts[pos[has]]
    offsets = np.arange(int(sizes.sum())) - np.repeat(np.cumsum(sizes) - sizes, sizes)
    take = np.repeat(starts, sizes) + offsets
    is_part = np.repeat(has, repeats)
    out["amount_minor"] = out["amount_minor"].astype(np.int64, copy=True)
    out["category_id"] = out["category_id"].astype(np.int64, copy=True)
    out["amount_minor"][is_part] = amounts[take]
    out["category_id"][is_part] = categories[take]
    out["part"] = is_part
    return out


def _epoch(day: date | int) -> int:
    return to_epoch_day(day) if isinstance(day, date) else int(day)


def _dense_index(values: np.ndarray, ids: np.ndarray) -> np.ndarray:
    """Position of each value in ``ids`` (any order), ``-1`` where absent."""
    if len(ids) == 0:
        return np.full(len(values), -1, dtype=np.int64)
    if len(values) and ids.min() >= 0 and ids.max() < _TABLE_LIMIT:
        # Database ids are small non-negative integers: one gather through a lookup table
        # beats a binary search per row by an order of magnitude.
        table = np.full(int(ids.max()) + 2, -1, dtype=np.int64)
        table[ids] = np.arange(len(ids))
        inside = (values >= 0) & (values <= ids.max())
        return np.where(inside, table[np.where(inside, values, len(table) - 1)], -1)
    order = np.argsort(ids, kind="stable")
    sorted_ids = ids[order]
    pos = np.clip(np.searchsorted(sorted_ids, values), 0, len(ids) - 1)
    return np.where(sorted_ids[pos] == values, order[pos], -1).astype(np.int64)


def group_codes(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Dense codes for integer keys: ``(code per key, unique keys)`` with ``uniques[code] ==
    keys``. Small key ranges go through a presence table (sorted uniques); wide ones through a
    hash factorisation (uniques in order of appearance)."""
    if len(keys) == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    lo, hi = int(keys.min()), int(keys.max())
    if hi - lo < min(_TABLE_LIMIT, 8 * len(keys) + 1024):  # table no larger than the work
        present = np.zeros(hi - lo + 1, dtype=bool)
        present[keys - lo] = True
        relabel = np.cumsum(present) - 1
        return relabel[keys - lo], np.flatnonzero(present) + lo
    codes, uniques = pd.factorize(keys)
    return codes.astype(np.int64), np.asarray(uniques, dtype=np.int64)


# Lookup tables up to this many entries (8 bytes each) are cheaper than hashing or searching.
_TABLE_LIMIT = 4_000_000


def _factorize(column: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    codes, uniques = pd.factorize(column, use_na_sentinel=False)
    return codes.astype(np.int32, copy=False), np.asarray(uniques, dtype=object)


def build_frame(data: LedgerData, fallback_fx: list[FxRate] | None = None) -> LedgerFrame:
    """Build the frame once; pass it to every analysis of the same data."""
    return LedgerFrame(data, fallback_fx)


def as_frame(data: LedgerData | LedgerFrame) -> LedgerFrame:
    """Accept either the raw data or an already built frame (the cheap way to share work).

    Raw data gets the shipped reference FX rates as the fallback for currency pairs the person
    has no rates for, exactly as :func:`cmrdesk.insights.report.build_report` does.
    """
    if isinstance(data, LedgerFrame):
        return data
    return build_frame(data, shipped_fx_rates())
