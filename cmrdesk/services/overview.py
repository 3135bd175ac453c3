"""What the dashboard shows: the ledger loaded once after unlock, figures computed per period.

:func:`load_ledger` reads the vault once (transactions through the columnar
``vault.ledger.load_columns``) and builds the one :class:`~cmrdesk.insights.LedgerFrame` every
figure comes from. :func:`dashboard` answers a period from that frame: aggregates only (a few
hundred numbers at most, whatever the ledger's size), so charts never touch the rows.
:func:`drill_ids` names the exact transactions behind one chart element, classified by the same
rules as the chart, so the rows a person drills into add up to the bar they clicked.

Money here is int64 minor units of the base currency in arrays and :class:`Money` in single
figures; turning either into text is the UI's job. Accounts in a currency with no exchange rate
to the base are left out of every base figure; :attr:`Ledger.warnings` (and
:attr:`Dashboard.warnings`) name the missing rates so that the screen can say so.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any

import numpy as np

from cmrdesk.domain import (
    NET_WORTH_GROUPS,
    Account,
    Money,
    from_epoch_day,
    to_epoch_day,
)
from cmrdesk.domain.fx import MissingRateWarning
from cmrdesk.vault.ledger import load_columns

from .reports import ledger_data
from .session import VaultSession

#: Period presets the dashboard offers, in display order: key -> the rolling months covered
#: (ending today: "1y" on 6 Dec 2026 is 7 Dec 2025 to 6 Dec 2026); ``"ytd"`` is this year so
#: far (1 January to today) and ``None`` everything since the first transaction.
PERIODS: dict[str, int | None] = {"3m": 3, "ytd": 0, "1y": 12, "5y": 60, "all": None}
#: Periods up to this many days get a daily net-worth history; longer ones a monthly one.
DAILY_HISTORY_DAYS = 190
#: Categories drawn by name in the spending chart; the rest are summed as "Other".
TOP_CATEGORIES = 8

Progress = Callable[[int, str], None]


@dataclass
class Ledger:
    """An unlocked vault's data in memory: the frame every figure is computed from."""

    frame: Any  # cmrdesk.insights.LedgerFrame
    base: str
    today: date
    first_day: date
    accounts: list[Account]
    category_names: dict[int, str]
    _cache: dict[str, Any] = field(default_factory=dict, repr=False)

    @property
    def transactions(self) -> int:
        """How many transactions are loaded."""
        return len(self.frame)

    @property
    def warnings(self) -> list[MissingRateWarning]:
        """One per account currency with no exchange rate to the base (left out of totals)."""
        return list(self.frame.fx_warnings)

    def cached(self, key: str, compute: Callable[[], Any]) -> Any:
        """Compute a period-independent result once per load."""
        if key not in self._cache:
            self._cache[key] = compute()
        return self._cache[key]


def load_ledger(
    session: VaultSession, *, today: date | None = None, progress: Progress | None = None
) -> Ledger:
    """Read everything the dashboard needs from the vault and build the frame (memo texts
    are left out: only the categoriser reads them, and they are the slowest column)."""
    from cmrdesk.insights import build_frame, shipped_fx_rates

    report = progress or (lambda _percent, _text: None)
    with _collector_paused():
        report(5, "Reading transactions")
        with session.vault.read() as conn:
            columns = load_columns(conn, with_memo=False)
        report(55, "Reading accounts and prices")
        data = ledger_data(session, today, tx=columns)
        report(75, "Indexing")
        frame = build_frame(data, shipped_fx_rates())
    first = from_epoch_day(int(frame.day[0])) if len(frame) else data.today
    return Ledger(
        frame=frame,
        base=data.base_currency,
        today=data.today,
        first_day=min(first, data.today),
        accounts=list(data.accounts),
        category_names=session.category_path(),
    )


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for a bulk load: a million payee strings and
    arrays create no reference cycles, but their allocation makes the collector walk every
    live object again and again (measured in the desktop app at 1M rows: 0.5-0.7 s of a
    2.6 s load)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


# --- periods ---------------------------------------------------------------------------------


def month_number(day: date) -> int:
    """Months since January 1970 (the month numbers of ``cmrdesk.insights.frames``)."""
    return (day.year - 1970) * 12 + day.month - 1


def month_start(month: int) -> date:
    """First day of a month number."""
    return date(1970 + month // 12, month % 12 + 1, 1)


def month_end(month: int) -> date:
    """Last day of a month number."""
    return month_start(month + 1) - timedelta(days=1)


def period_range(preset: str, ledger: Ledger) -> tuple[date, date]:
    """``(start, end)`` of a preset, ending today: the rolling months of :data:`PERIODS`
    (``cmrdesk.insights.cashflow.last_months``), this year so far, or everything."""
    from cmrdesk.insights.cashflow import last_months, this_year

    if preset not in PERIODS:
        raise ValueError(f"unknown period {preset!r}; expected one of {list(PERIODS)}")
    months = PERIODS[preset]
    end = ledger.today
    if months is None:
        return month_start(month_number(ledger.first_day)), end
    if months == 0:
        return this_year(end)
    return last_months(end, months)


# --- the dashboard ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Headline:
    """The cards at the top. Money in the base currency; ratios as fractions."""

    net_worth: Money
    change: Money  # net worth at the end minus net worth just before the start
    liquid: Money
    month: int  # the month number "this month" refers to (the period end's month)
    month_income: Money
    month_spending: Money
    savings_rate: Decimal | None  # over the period; None without income
    emergency_months: Decimal | None  # liquid / essential monthly spending; None without any
    essential_monthly: Money
    #: The day of the month by which the regular income has usually arrived (``None``: not
    #: known), and whether this month is still before it: then spending above income is not a
    #: shortfall yet, the pay has not come in (see ``cmrdesk.insights.usual_pay_day``).
    pay_day: int | None = None
    pay_day_payer: str = ""
    before_pay_day: bool = False


@dataclass(frozen=True)
class NetWorthHistory:
    """Net worth at each sample day: total and per group (``NET_WORTH_GROUPS``)."""

    days: np.ndarray  # epoch days
    total: np.ndarray
    groups: dict[str, np.ndarray]


@dataclass(frozen=True)
class MonthlyFlow:
    """Income and spending per calendar month (spending positive)."""

    months: np.ndarray  # month numbers
    income: np.ndarray
    spending: np.ndarray

    @property
    def saving(self) -> np.ndarray:
        """Income minus spending, per month."""
        return self.income - self.spending


@dataclass(frozen=True)
class CategorySpending:
    """Spending per category, largest first; the last bar may gather the rest ("Other")."""

    names: list[str]
    category_ids: list[tuple[int, ...]]  # the categories behind each bar (-1: uncategorised)
    amounts: np.ndarray
    total: int


@dataclass(frozen=True)
class Allocation:
    """What the net worth is made of at the period's end, per group (debts negative)."""

    groups: list[str]
    values: np.ndarray


@dataclass(frozen=True)
class ForecastSeries:
    """Projected month-end net worth with its band (see ``cmrdesk.insights.forecast``)."""

    days: np.ndarray
    balance: np.ndarray
    low: np.ndarray
    high: np.ndarray
    method: str


@dataclass(frozen=True)
class Dashboard:
    """Everything the dashboard draws for one period."""

    base: str
    start: date
    end: date
    headline: Headline
    history: NetWorthHistory
    flow: MonthlyFlow
    categories: CategorySpending
    allocation: Allocation
    forecast: ForecastSeries
    advice: list[Any]  # cmrdesk.insights.Advice, ranked
    #: Missing exchange rates: the accounts they name are left out of every figure above.
    warnings: list[MissingRateWarning] = field(default_factory=list)


def dashboard(ledger: Ledger, start: date, end: date) -> Dashboard:
    """The dashboard's figures for ``[start, end]`` (``end`` is clipped to today)."""
    from cmrdesk.insights.cashflow import cash_flow_totals, monthly_cash_flow

    end = min(end, ledger.today)
    start = min(start, end)
    frame = ledger.frame
    base = ledger.base
    history = _history(frame, start, end)
    flow_table = monthly_cash_flow(frame, start, end)
    first_month = month_number(start)
    flow = MonthlyFlow(
        months=np.arange(first_month, first_month + len(flow_table), dtype=np.int64),
        income=flow_table["income"].to_numpy(dtype=np.int64),
        spending=flow_table["spending"].to_numpy(dtype=np.int64),
    )
    totals = cash_flow_totals(frame, start, end)
    month = month_number(end)
    this_month = cash_flow_totals(frame, max(month_start(month), start), end)
    net_worth = int(history.total[-1])
    liquid = int(_liquid_at(frame, end))
    essential = _essential_monthly(ledger)
    emergency = (
        (Decimal(liquid) / Decimal(essential)).quantize(Decimal("0.1"), ROUND_HALF_EVEN)
        if essential > 0 else None
    )
    pay = ledger.cached("pay_day", lambda: _pay_day(ledger))
    headline = Headline(
        net_worth=Money.from_minor(net_worth, base),
        change=Money.from_minor(net_worth - int(history.total[0]), base),
        liquid=Money.from_minor(liquid, base),
        month=month,
        month_income=Money.from_minor(this_month.income, base),
        month_spending=Money.from_minor(this_month.spending, base),
        savings_rate=totals.savings_rate,
        emergency_months=emergency,
        essential_monthly=Money.from_minor(essential, base),
        pay_day=pay.day if pay else None,
        pay_day_payer=pay.payer if pay else "",
        before_pay_day=bool(pay and end == ledger.today and end.day < pay.day),
    )
    return Dashboard(
        base=base,
        start=start,
        end=end,
        headline=headline,
        history=history,
        flow=flow,
        categories=_categories(ledger, start, end, totals.spending),
        allocation=Allocation(
            groups=list(NET_WORTH_GROUPS),
            values=np.array([int(history.groups[g][-1]) for g in NET_WORTH_GROUPS]),
        ),
        forecast=_forecast(ledger),
        advice=ledger.cached("advice", lambda: _advice(ledger)),
        warnings=ledger.warnings,
    )


def sample_days(start: date, end: date) -> list[date]:
    """Where the net-worth history is sampled: the day before ``start`` (so the first point is
    the balance the period starts from), then every day for short periods or every month end,
    then ``end``."""
    before = start - timedelta(days=1)
    if (end - start).days <= DAILY_HISTORY_DAYS:
        return [before + timedelta(days=i) for i in range((end - before).days + 1)]
    ends = [month_end(m) for m in range(month_number(start), month_number(end) + 1)]
    return [before, *(d for d in ends if start <= d < end), end]


def _history(frame: Any, start: date, end: date) -> NetWorthHistory:
    from cmrdesk.insights.networth import balance_matrix

    days = np.array([to_epoch_day(d) for d in sample_days(start, end)], dtype=np.int64)
    matrix = balance_matrix(frame, days)
    codes = np.array([NET_WORTH_GROUPS.index(a.kind.group) for a in frame.accounts],
                     dtype=np.int64)
    groups = np.zeros((len(NET_WORTH_GROUPS), len(days)), dtype=np.int64)
    np.add.at(groups, codes, matrix)
    return NetWorthHistory(
        days=days,
        total=matrix.sum(axis=0),
        groups={g: groups[i] for i, g in enumerate(NET_WORTH_GROUPS)},
    )


def _liquid_at(frame: Any, day: date) -> int:
    from cmrdesk.insights.networth import balance_matrix

    column = balance_matrix(frame, np.array([to_epoch_day(day)]))[:, 0]
    return int(column[frame.acc_liquid].sum())


def _essential_monthly(ledger: Ledger) -> int:
    from cmrdesk.insights.cashflow import average_monthly_spending

    frame = ledger.frame
    months = frame.data.settings.history_months
    return ledger.cached(
        "essential", lambda: average_monthly_spending(frame, months, essential_only=True)
    )


def _categories(ledger: Ledger, start: date, end: date, total: int) -> CategorySpending:
    from cmrdesk.insights.cashflow import spending_by_category

    table = spending_by_category(ledger.frame, start, end)
    table = table[table["amount_minor"] > 0]
    ids = table["category_id"].tolist()
    amounts = table["amount_minor"].to_numpy(dtype=np.int64)
    names = table["name"].tolist()
    if len(ids) > TOP_CATEGORIES + 1:
        rest = amounts[TOP_CATEGORIES:]
        names = [*names[:TOP_CATEGORIES], "Other"]
        grouped = [(i,) for i in ids[:TOP_CATEGORIES]] + [tuple(ids[TOP_CATEGORIES:])]
        amounts = np.append(amounts[:TOP_CATEGORIES], rest.sum())
    else:
        grouped = [(i,) for i in ids]
    return CategorySpending(names=names, category_ids=grouped, amounts=amounts, total=total)


def _forecast(ledger: Ledger) -> ForecastSeries:
    from cmrdesk.insights import forecast
    from cmrdesk.insights.forecast import BASELINE_YEARS

    def compute() -> ForecastSeries:
        result = forecast(ledger.frame)
        table = result.total
        return ForecastSeries(
            days=np.array([to_epoch_day(d) for d in table.index], dtype=np.int64),
            balance=table["balance"].to_numpy(dtype=np.int64),
            low=table["low"].to_numpy(dtype=np.int64),
            high=table["high"].to_numpy(dtype=np.int64),
            method=(f"Recurring items at their latest amount plus each calendar month's "
                    f"average over the last {BASELINE_YEARS} years; the band holds about "
                    "80 % of outcomes."),
        )

    return ledger.cached("forecast", compute)


def _pay_day(ledger: Ledger) -> Any:
    from cmrdesk.insights import usual_pay_day

    return usual_pay_day(ledger.frame)


def _advice(ledger: Ledger) -> list[Any]:
    from cmrdesk.insights import advise

    return advise(ledger.frame)


# --- drill-down ------------------------------------------------------------------------------

FLOWS = ("income", "spending")


def drill_ids(
    ledger: Ledger,
    start: date,
    end: date,
    *,
    flow: str | None = None,
    category_ids: Iterable[int] | None = None,
) -> np.ndarray:
    """Ids of the transactions behind a chart element: dated in ``[start, end]``, of one flow
    (``"income"`` or ``"spending"``, classified as the cash-flow charts do: transfers between
    own accounts are neither) and, optionally, in one of ``category_ids`` (-1: uncategorised).
    """
    from cmrdesk.insights.cashflow import FLOW_INCOME, FLOW_SPENDING, flow_class

    frame = ledger.frame
    rows = frame.rows_between(start, end)
    keep = np.ones(rows.stop - rows.start, dtype=bool)
    if flow is not None:
        if flow not in FLOWS:
            raise ValueError(f"flow must be one of {FLOWS}, not {flow!r}")
        wanted = FLOW_INCOME if flow == "income" else FLOW_SPENDING
        keep &= flow_class(frame)[rows] == wanted
    if category_ids is not None:
        index = frame.category_index
        codes = [index[c] for c in category_ids if c in index]
        cats = frame.cat[rows]
        chosen = np.isin(cats, np.array(codes, dtype=np.int64))
        if -1 in set(category_ids):
            chosen |= cats < 0
        keep &= chosen
    return frame.ids[rows][keep].astype(np.int64, copy=True)


# --- accounts and insights tables ------------------------------------------------------------


@dataclass(frozen=True)
class AccountRow:
    """An account with its balance today, natively and in the base currency (``None``: no
    exchange rate to the base, see :attr:`Ledger.warnings`)."""

    account: Account
    group: str
    balance: Money
    balance_base: Money | None


def account_rows(ledger: Ledger) -> list[AccountRow]:
    """Every account's balance on the ledger's today, in net-worth group order, then by name."""
    from cmrdesk.insights import account_balances

    def compute() -> list[AccountRow]:
        table = account_balances(ledger.frame)
        by_id = {a.id: a for a in ledger.accounts}
        known = dict(zip(ledger.frame.account_ids.tolist(), ledger.frame.acc_known.tolist(),
                         strict=True))
        rows = [
            AccountRow(
                account=by_id[int(r.account_id)],
                group=str(r.group),
                balance=Money.from_minor(int(r.balance_minor), str(r.currency)),
                balance_base=Money.from_minor(int(r.base_minor), ledger.base)
                if known[int(r.account_id)] else None,
            )
            for r in table.itertuples(index=False)
        ]
        return sorted(rows, key=lambda r: (NET_WORTH_GROUPS.index(r.group),
                                           r.account.name.casefold()))

    return ledger.cached("accounts", compute)


@dataclass(frozen=True)
class RecurringRow:
    """A recurring payment or income (see ``cmrdesk.insights.recurring``)."""

    payee: str
    account: str
    frequency: str
    amount: Money  # signed: money in positive
    yearly: Money
    next_date: date | None
    new: bool
    price_up: bool  # a payment that went up
    raised: bool = False  # an income that went up


@dataclass(frozen=True)
class PayeeRow:
    """Spending at one payee over a period (base currency)."""

    payee: str
    amount: Money
    count: int


def recurring_rows(ledger: Ledger) -> list[RecurringRow]:
    """Active recurring items, largest yearly amount first; moves between own accounts are
    left out (they are neither income nor spending)."""
    from cmrdesk.insights import find_recurring

    def compute() -> list[RecurringRow]:
        names = {a.id: a.name for a in ledger.accounts}
        table = find_recurring(ledger.frame)
        return [
            RecurringRow(
                payee=str(r.payee), account=names.get(int(r.account_id), ""),
                frequency=str(r.frequency),
                amount=Money.from_minor(int(r.amount_minor), str(r.currency)),
                yearly=Money.from_minor(int(r.yearly_minor), str(r.currency)),
                next_date=r.next_date if isinstance(r.next_date, date) else None,
                new=bool(r.new), price_up=bool(r.price_up), raised=bool(r.raised),
            )
            for r in table.itertuples(index=False) if not bool(r.is_transfer)
        ]

    return ledger.cached("recurring", compute)


def payee_rows(ledger: Ledger, start: date, end: date, top: int = 25) -> list[PayeeRow]:
    """The ``top`` payees by spending over ``[start, end]``."""
    from cmrdesk.insights import spending_by_payee

    table = spending_by_payee(ledger.frame, start, end, top=top)
    return [
        PayeeRow(str(r.payee), Money.from_minor(int(r.amount_minor), ledger.base), int(r.count))
        for r in table.itertuples(index=False)
    ]


# --- benchmarks ------------------------------------------------------------------------------


@dataclass(frozen=True)
class BenchmarkRow:
    """A benchmark series advice can cite: its latest figure, date and age as of today."""

    name: str
    kind: str
    region: str
    rate_pct: Decimal  # yearly, in percent
    date: date
    source: str
    file: str
    age_months: int
    stale: bool  # more than ``STALE_AFTER_MONTHS`` months old


def benchmark_rows(ledger: Ledger) -> list[BenchmarkRow]:
    """Every benchmark series (imported into the vault or shipped) with its latest figure on or
    before the ledger's today, its date, its age and whether it is stale."""
    from cmrdesk.insights import benchmark_series

    def compute() -> list[BenchmarkRow]:
        return [
            BenchmarkRow(b.name, b.kind.value, b.region, b.rate, b.date, b.source, b.file,
                         b.age_months, b.stale)
            for b in benchmark_series(ledger.today, ledger.frame.data.market_rates)
        ]

    return ledger.cached("benchmarks", compute)
