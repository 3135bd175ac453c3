"""Recurring payments and income found in the history: salary, rent, subscriptions, premiums.

A recurring item is a group of rows on one account, with one normalised payee, in one
direction, that repeat at a regular period (weekly, monthly, quarterly, half-yearly, yearly)
with a stable amount. Only the last ``AdviceSettings.recurring_window_days`` (about four years)
are looked at: long enough for three yearly repeats, short enough that the work stays
proportional to recent history. Groups that repeat more often than every five days (the
supermarket) are dropped before any per-group work.

For each group, with its intervals between consecutive rows:

* **period**: the median interval picks the frequency (weekly 6-8 days, monthly 26-35,
  quarterly 80-102, half-yearly 165-200, yearly 345-385);
* **confidence** = (share of intervals within that band) x (share of consecutive amounts within
  ``amount_tolerance_pct``) x n/(n+1) for n intervals: more repeats, more confidence;
* it is kept when confidence >= ``recurring_min_confidence``, it has at least the minimum
  repeats (weekly 4, monthly 3, quarterly 3, half-yearly 2, yearly 2) and it is still active
  (the last row is at most 1.5 periods ago);
* **new** when the first row is within the last three periods; a payment (money out) is
  **price_up** when the latest amount exceeds the previous price (the amount before the latest
  change) by more than ``price_rise_pct`` and that change happened within
  ``price_rise_within_days``; an income (money in) that rises the same way is a **raise**
  (never "price up": more money coming in is not a cost).

:func:`usual_pay_day` tells on which day of the month the regular income usually has arrived
(keyed-in pay days first, else the history), so that a month is not called short before then.

A payee with several fixed charges on one account (two app-store subscriptions) fails the
amount test as a whole; its rows are then grouped once more by exact amount and tested again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
import pandas as pd

from cmrdesk.domain import Frequency, from_epoch_day

from .frames import LedgerFrame, add_months, as_frame, group_codes
from .inputs import LedgerData
from .text import normalised_payees
from .transfers import transfer_mask


@dataclass(frozen=True)
class Period:
    """A frequency and the interval band (days) that identifies it."""

    frequency: Frequency
    days: float  # nominal length
    low: int
    high: int
    min_count: int
    months: int  # calendar step; 0 means a step of ``days``


PERIODS: tuple[Period, ...] = (
    Period(Frequency.WEEKLY, 7.0, 6, 8, 4, 0),
    Period(Frequency.MONTHLY, 30.44, 26, 35, 3, 1),
    Period(Frequency.QUARTERLY, 91.31, 80, 102, 3, 3),
    Period(Frequency.HALF_YEARLY, 182.62, 165, 200, 2, 6),
    Period(Frequency.YEARLY, 365.25, 345, 385, 2, 12),
)
_BY_FREQUENCY = {p.frequency.value: p for p in PERIODS}
# Groups repeating more often than this many days apart on average are everyday shopping.
_MIN_MEAN_GAP = 5

COLUMNS = (
    "account_id", "payee", "direction", "frequency", "period_days", "amount_minor",
    "previous_minor", "currency", "count", "first_date", "last_date", "next_date",
    "confidence", "new", "price_up", "category_id", "is_transfer", "yearly_minor", "raised",
)


def find_recurring(data: LedgerData | LedgerFrame) -> pd.DataFrame:
    """The active recurring items, largest yearly amount first. One row per item, columns
    :data:`COLUMNS`; amounts are signed minor units of the account's currency."""
    frame = as_frame(data)
    return frame.cached("recurring", lambda: _find(frame))[0]


def recurring_member_mask(data: LedgerData | LedgerFrame) -> np.ndarray:
    """Per frame row: ``True`` when the row belongs to an active recurring item."""
    frame = as_frame(data)
    return frame.cached("recurring", lambda: _find(frame))[1]


def step(day: date, frequency: str, count: int = 1) -> date:
    """``day`` moved ``count`` periods of ``frequency`` forward (calendar months for months)."""
    period = _BY_FREQUENCY[frequency]
    if period.months:
        return add_months(day, period.months * count)
    return day + timedelta(days=7 * count)


def occurrences(last: date, frequency: str, today: date, until: date) -> list[date]:
    """Expected future dates after ``today`` up to ``until``, stepping from ``last``.

    A repeat that was due on or before today but has not been booked yet is expected tomorrow
    rather than dropped: it is late, not cancelled (items more than 1.5 periods late are no
    longer active).
    """
    out: list[date] = []
    count = 1
    while True:
        when = step(last, frequency, count)
        if when > until:
            return out
        out.append(max(when, today + timedelta(days=1)))
        count += 1


# --- detection -----------------------------------------------------------------------------


def _find(frame: LedgerFrame) -> tuple[pd.DataFrame, np.ndarray]:
    settings = frame.data.settings
    window = frame.rows_between(frame.today - settings.recurring_window_days, frame.today)
    rows = np.arange(window.start, window.stop)
    norm_of_payee, norm_texts = normalised_payees(frame)
    keep = frame.amount[rows] != 0
    empty = np.flatnonzero(norm_texts == "")
    if len(empty):  # rows without a payee cannot be told apart
        keep &= norm_of_payee[frame.payee_code[rows]] != empty[0]
    rows = rows[keep]
    members = np.zeros(len(frame), dtype=bool)
    items: list[dict] = []
    max_count = settings.recurring_window_days // _MIN_MEAN_GAP + 1
    failed = _analyse(frame, rows, _group_key(frame, rows), max_count, members, items)
    if len(failed):
        # Second pass: the groups that repeat but were not accepted, split by exact amount.
        group, _ = group_codes(_group_key(frame, failed))
        amount, amounts = group_codes(frame.amount[failed])
        key = group.astype(np.int64) * len(amounts) + amount
        _analyse(frame, failed, key, max_count, members, items)
    table = pd.DataFrame(items, columns=list(COLUMNS))
    if len(table):
        order = np.argsort(-np.abs(table["yearly_minor"].to_numpy()), kind="stable")
        table = table.iloc[order].reset_index(drop=True)
    return table, members


def _group_key(frame: LedgerFrame, rows: np.ndarray) -> np.ndarray:
    """(account, normalised payee, direction) as one int64 per row."""
    norm_of_payee, norm_texts = normalised_payees(frame)
    norm = norm_of_payee[frame.payee_code[rows]]
    return (frame.acc[rows].astype(np.int64) * len(norm_texts) + norm) * 2 + (
        frame.amount[rows] > 0
    )


def _analyse(
    frame: LedgerFrame,
    rows: np.ndarray,
    key: np.ndarray,
    max_count: int,
    members: np.ndarray,
    items: list[dict],
) -> np.ndarray:
    """Test every group of ``rows`` (grouped by ``key``); append accepted items, mark their
    rows in ``members`` and return the rows of groups that repeat but were not accepted."""
    settings = frame.data.settings
    gid, _ = group_codes(key)
    counts = np.bincount(gid)
    plausible = (counts[gid] >= 2) & (counts[gid] <= max_count)
    rows, gid = rows[plausible], gid[plausible]
    if not len(rows):
        return rows
    gid, _ = group_codes(gid)
    order = np.argsort(gid, kind="stable")  # rows are day-sorted, so this is (group, day)
    rows, gid = rows[order], gid[order].astype(np.int64)
    n_groups = int(gid.max()) + 1
    counts = np.bincount(gid, minlength=n_groups)
    last = np.cumsum(counts) - 1
    first = last - counts + 1
    day = frame.day[rows].astype(np.int64)
    size = np.abs(frame.amount[rows])

    same = gid[1:] == gid[:-1]  # interval i lies between row i and i + 1 of one group
    gap_group = gid[1:][same]
    gaps = (day[1:] - day[:-1])[same]
    n_gaps = counts - 1
    median = pd.Series(gaps).groupby(gap_group).median().reindex(range(n_groups)).to_numpy()
    period = np.full(n_groups, -1)
    for index in range(len(PERIODS) - 1, -1, -1):
        p = PERIODS[index]
        period[(median >= p.low) & (median <= p.high)] = index
    lows = np.array([p.low for p in PERIODS] + [0])
    highs = np.array([p.high for p in PERIODS] + [0])
    gap_period = period[gap_group]
    in_band = (gaps >= lows[gap_period]) & (gaps <= highs[gap_period]) & (gap_period >= 0)
    tolerance = int(settings.amount_tolerance_pct * 100)
    before, after = size[:-1][same], size[1:][same]
    steady = np.abs(after - before) * 10000 <= before * tolerance
    regular = np.bincount(gap_group, weights=in_band, minlength=n_groups) / n_gaps
    stable = np.bincount(gap_group, weights=steady, minlength=n_groups) / n_gaps
    confidence = regular * stable * n_gaps / (n_gaps + 1)

    nominal = np.array([p.days for p in PERIODS] + [np.inf])[period]
    min_count = np.array([p.min_count for p in PERIODS] + [np.iinfo(np.int64).max])[period]
    active = frame.today - day[last] <= 1.5 * nominal
    accepted = (
        (period >= 0)
        & (counts >= min_count)
        & (confidence >= settings.recurring_min_confidence)
        & active
    )
    members[rows[accepted[gid]]] = True
    transfer = transfer_mask(frame)[rows]
    transfer_share = np.bincount(gid, weights=transfer, minlength=n_groups) / counts
    category = _most_common_category(frame, rows, gid, n_groups)
    rise = int(settings.price_rise_pct * 100)
    for g in np.flatnonzero(accepted).tolist():
        items.append(
            _item(frame, rows, int(first[g]), int(last[g]), PERIODS[period[g]], float(median[g]),
                  float(confidence[g]), rise, category[g], bool(transfer_share[g] > 0.5))
        )
    return rows[~accepted[gid]]


def _most_common_category(
    frame: LedgerFrame, rows: np.ndarray, gid: np.ndarray, n_groups: int
) -> np.ndarray:
    """Category id most used by each group's rows (``-1`` when mostly uncategorised)."""
    width = len(frame.categories) + 1
    tally = np.bincount(gid * width + frame.cat[rows] + 1, minlength=n_groups * width)
    best = tally.reshape(n_groups, width).argmax(axis=1) - 1
    ids = np.array([c.id for c in frame.categories] + [-1], dtype=np.int64)
    return ids[best]  # best == -1 picks the appended -1


def _item(
    frame: LedgerFrame,
    rows: np.ndarray,
    first: int,
    last: int,
    period: Period,
    median_gap: float,
    confidence: float,
    rise_bp: int,
    category_id: int,
    is_transfer: bool,
) -> dict:
    latest_row = rows[last]
    amount = int(frame.amount[latest_row])
    # The previous *price*: the amount before the latest change (the latest itself when the
    # amount never changed), so a rise is still reported after the second charge at the new
    # price, for price_rise_within_days.
    history = frame.amount[rows[first : last + 1]]
    changed = np.flatnonzero(history != amount)
    previous = int(history[changed[-1]]) if len(changed) else amount
    changed_on = int(frame.day[rows[first + changed[-1] + 1]]) if len(changed) else None
    recent_change = changed_on is not None and (
        frame.today - changed_on <= frame.data.settings.price_rise_within_days
    )
    account = frame.accounts[int(frame.acc[latest_row])]
    today = frame.data.today
    last_date = from_epoch_day(int(frame.day[latest_row]))
    first_date = from_epoch_day(int(frame.day[rows[first]]))
    rose = recent_change and abs(amount) * 10000 > abs(previous) * (10000 + rise_bp)
    upcoming = occurrences(last_date, period.frequency.value, today, step(today, "yearly", 2))
    return {
        "account_id": account.id,
        "payee": str(frame.payees[frame.payee_code[latest_row]]),
        "direction": "in" if amount > 0 else "out",
        "frequency": period.frequency.value,
        "period_days": median_gap,
        "amount_minor": amount,
        "previous_minor": previous,
        "currency": account.currency,
        "count": last - first + 1,
        "first_date": first_date,
        "last_date": last_date,
        "next_date": upcoming[0] if upcoming else None,
        "confidence": round(confidence, 3),
        "new": (today - first_date).days <= 3 * period.days,
        "price_up": rose and amount < 0,
        "category_id": int(category_id),
        "is_transfer": is_transfer,
        "yearly_minor": amount * period.frequency.per_year,
        "raised": rose and amount > 0,
    }


# --- pay day -----------------------------------------------------------------------------------

#: A monthly income counts for the pay day when it is at least this share of all monthly
#: recurring income (a 5-euro monthly refund does not decide when the month is paid).
PAY_DAY_MIN_SHARE = 0.1


@dataclass(frozen=True)
class PayDay:
    """The day of the month by which the regular monthly income has usually arrived."""

    day: int  # 1-31
    payer: str  # the income that arrives last on that day
    source: str  # "keyed in" (an income source's pay day) or "history" (the transactions)


def usual_pay_day(data: LedgerData | LedgerFrame) -> PayDay | None:
    """When this month's regular income is due: the latest keyed-in ``pay_day`` of the monthly
    income sources, else the latest usual day (median day of the month over the last year) of
    the monthly recurring incomes found in the history; ``None`` when neither says."""
    frame = as_frame(data)
    keyed = [s for s in frame.data.income_sources
             if s.pay_day and s.frequency == Frequency.MONTHLY]
    if keyed:
        latest = max(keyed, key=lambda s: (int(s.pay_day or 0), s.payer))
        return PayDay(int(latest.pay_day or 0), latest.payer, "keyed in")
    items = find_recurring(frame)
    if not len(items):
        return None
    incomes = items[(items["direction"] == "in") & (items["frequency"] == "monthly")
                    & ~items["is_transfer"].astype(bool)]
    if not len(incomes):
        return None
    total = int(incomes["amount_minor"].sum())
    days: list[tuple[int, str]] = []
    for item in incomes.itertuples(index=False):
        if int(item.amount_minor) < PAY_DAY_MIN_SHARE * total:
            continue
        day = _usual_day(frame, int(item.account_id), str(item.payee), item.last_date)
        days.append((day, str(item.payee)))
    if not days:
        return None
    day, payer = max(days)
    return PayDay(day, payer, "history")


def _usual_day(frame: LedgerFrame, account_id: int, payee: str, last: date) -> int:
    """Median day of the month of ``payee``'s incoming rows on the account over the year up to
    ``last`` (the latest row's day when the payee's name changed)."""
    window = frame.rows_between(last - timedelta(days=366), last)
    rows = np.arange(window.start, window.stop)
    account_index = [a.id for a in frame.accounts].index(account_id)
    codes = np.flatnonzero(frame.payees == payee)
    rows = rows[(frame.acc[rows] == account_index) & (frame.amount[rows] > 0)
                & np.isin(frame.payee_code[rows], codes)]
    if not len(rows):
        return last.day
    days = [from_epoch_day(int(d)).day for d in frame.day[rows]]
    return int(np.median(days))
