"""Advice: a ranked list of concrete actions, each backed by the figures behind it.

Each rule is a small function registered with :func:`rule` together with its metadata (id,
title, priority, what it checks). A rule reads shared figures from an :class:`AdviceContext`
(computed once, lazily) and thresholds from :class:`~cmrdesk.insights.inputs.AdviceSettings`,
and returns zero or more :class:`Advice`. Rules never see each other, so each one can be
tested alone with :func:`advise` and ``only={"rule_id"}``.

Ranking: priority first (1 = protect yourself: overdraft, emergency fund, expensive debt;
2 = money left on the table: idle cash, refinancing, price rises, renewals; 3 = planning:
savings trend, pension, concentration, overlapping subscriptions, goals), then the larger
yearly effect, then the id.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal
from functools import cached_property
from typing import Any

import numpy as np
import pandas as pd

from cmrdesk.domain import (
    Account,
    AccountKind,
    Frequency,
    MissingRate,
    RateKind,
    SecurityKind,
    round_minor,
    to_epoch_day,
    yearly,
)

from .benchmarks import Benchmark, find_benchmark
from .cashflow import average_monthly_spending, monthly_cash_flow, savings_rate
from .forecast import Forecast, forecast
from .formatting import (
    decimal_text,
    minor_to_decimal,
    money_text,
    percent_text,
    quantize,
    ratio_percent,
)
from .frames import LedgerFrame, as_frame, month_first, month_last
from .inputs import LedgerData
from .networth import account_balances, holding_value
from .recurring import find_recurring

HUNDRED = Decimal(100)


@dataclass(frozen=True)
class Advice:
    """One concrete action. ``yearly_effect`` is in the base currency (``None`` when the
    benefit cannot honestly be put in money); ``numbers`` are the figures behind it as text."""

    id: str
    title: str
    detail: str
    yearly_effect: Decimal | None = None
    numbers: dict[str, str] = field(default_factory=dict)
    benchmark: dict[str, Any] | None = None  # Benchmark.reference(today): dated, aged
    rule: str = ""  # filled in by advise() from the rule that produced it
    priority: int = 0  # likewise, from the rule's metadata

    def as_dict(self) -> dict:
        """JSON-ready form; money as decimal strings."""
        return {
            "id": self.id,
            "rule": self.rule,
            "title": self.title,
            "detail": self.detail,
            "priority": self.priority,
            "yearly_effect": None if self.yearly_effect is None else f"{self.yearly_effect:f}",
            "numbers": dict(self.numbers),
            "benchmark": self.benchmark,
        }


@dataclass(frozen=True)
class Rule:
    """A registered advice rule and what it is about."""

    id: str
    title: str
    priority: int
    checks: str
    run: Callable[[AdviceContext], list[Advice]]


RULES: dict[str, Rule] = {}


def rule(rule_id: str, title: str, priority: int, checks: str) -> Callable:
    """Register an advice rule (decorator)."""

    def register(func: Callable[[AdviceContext], list[Advice]]) -> Callable:
        RULES[rule_id] = Rule(rule_id, title, priority, checks, func)
        return func

    return register


class AdviceContext:
    """Figures the rules share, each computed on first use."""

    def __init__(self, frame: LedgerFrame) -> None:
        self.frame = frame
        self.data = frame.data
        self.settings = frame.data.settings
        self.today: date = frame.data.today
        self.base = frame.base

    # -- money helpers --------------------------------------------------------------------
    def money(self, minor: int) -> Decimal:
        """Base minor units as ``Decimal``."""
        return minor_to_decimal(int(minor), self.base)

    def text(self, amount: Decimal | int) -> str:
        """Base-currency amount in a sentence."""
        return money_text(amount, self.base)

    def number(self, amount: Decimal | int) -> str:
        """Base-currency amount for ``numbers``."""
        return decimal_text(amount, self.base)

    def to_base(self, minor: int, currency: str) -> int:
        """Convert minor units at today's rate (``MissingRate`` without one)."""
        return self.frame.fx.convert_minor(minor, currency, self.base, self.frame.today)

    def known_in_base(self, currency: str) -> bool:
        """Whether ``currency`` converts to the base: items in one that does not are skipped
        one by one, so one foreign subscription does not silence a rule for all the others."""
        return self.frame.fx.has_rate(currency, self.base)

    def benchmark(self, kind: RateKind, region: str) -> Benchmark | None:
        """Latest benchmark on or before today (imported rates first, then the snapshot)."""
        return find_benchmark(kind, region, self.today, self.data.market_rates)

    # -- shared figures ------------------------------------------------------------------
    @cached_property
    def balances(self) -> pd.DataFrame:
        """Account balances today (see :func:`account_balances`)."""
        return account_balances(self.frame)

    @cached_property
    def liquid(self) -> int:
        """Liquid money today, base minor units."""
        return int(self.balances.loc[self.balances["liquid"], "base_minor"].sum())

    @cached_property
    def essential_monthly(self) -> int:
        """Average essential spending per month, base minor units."""
        return average_monthly_spending(
            self.frame, self.settings.history_months, essential_only=True
        )

    @cached_property
    def recurring(self) -> pd.DataFrame:
        """Active recurring items."""
        return find_recurring(self.frame)

    @cached_property
    def forecast(self) -> Forecast:
        """The 12-month forecast."""
        return forecast(self.frame)

    def full_months(self, count: int, skip: int = 0) -> pd.DataFrame:
        """Cash flow of ``count`` full months ending ``skip`` months before last month."""
        last = self.frame.today_month - 1 - skip
        return monthly_cash_flow(self.frame, month_first(last - count + 1), month_last(last))

    @cached_property
    def _base_by_account(self) -> dict[int, int | None]:
        return {
            int(ident): None if pd.isna(value) else int(value)
            for ident, value in zip(self.balances["account_id"].tolist(),
                                    self.balances["base_minor"].tolist(), strict=True)
        }

    def has_base_balance(self, account_id: int) -> bool:
        """Whether the account's currency converts to the base (see :meth:`base_balance`)."""
        return self._base_by_account[account_id] is not None

    def base_balance(self, account_id: int) -> int:
        """Today's balance of one account in base minor units; ``MissingRate`` when its
        currency has no exchange rate to the base (rules that go account by account check
        :meth:`has_base_balance` first and say nothing about that account)."""
        value = self._base_by_account[account_id]
        if value is None:
            currency = self.frame.accounts[self.frame.account_index[account_id]].currency
            raise MissingRate(currency, self.base, self.today)
        return value


def advise(data: LedgerData | LedgerFrame, only: set[str] | None = None) -> list[Advice]:
    """Run the rules (all, or the ids in ``only``) and rank what they advise."""
    context = AdviceContext(as_frame(data))
    found: list[Advice] = []
    for rule_id, registered in RULES.items():
        if only is None or rule_id in only:
            try:
                items = registered.run(context)
            except MissingRate:
                # A figure the rule needs has no exchange rate: advice built on a guessed
                # conversion would be wrong, so the rule stays silent (the report's warnings
                # already name the missing rate).
                continue
            found.extend(
                replace(item, rule=rule_id, priority=registered.priority) for item in items
            )
    return sorted(found, key=lambda a: (a.priority, -(a.yearly_effect or 0), a.id))


def _rate(text: str) -> Decimal | None:
    """An account's ``interest_rate`` text as a percentage, ``None`` when not recorded."""
    try:
        return Decimal(text.strip()) if text and text.strip() else None
    except ArithmeticError:
        return None


def _yearly_interest(balance: Decimal, percent: Decimal, currency: str) -> Decimal:
    return quantize(abs(balance) * percent / HUNDRED, currency)


# --- priority 1: protect yourself ---------------------------------------------------------------


@rule("overdraft_ahead", "A liquid account is heading below zero", 1,
      "the forecast's first month end where a checking, savings or cash account is negative")
def _overdraft_ahead(ctx: AdviceContext) -> list[Advice]:
    out = []
    for warning in ctx.forecast.overdrafts:
        amount = money_text(warning["balance_minor"], warning["currency"])
        out.append(Advice(
            id=f"overdraft_ahead:{warning['account_id']}",
            title=f"'{warning['name']}' is heading below zero",
            detail=(f"At the current pace '{warning['name']}' is projected at {amount} on "
                    f"{warning['date'].isoformat()}. Move money in or cut spending before then."),
            numbers={"date": warning["date"].isoformat(),
                     "projected_balance": decimal_text(warning["balance_minor"],
                                                       warning["currency"]),
                     "currency": warning["currency"]},
        ))
    return out


@rule("emergency_fund", "Build an emergency fund", 1,
      "liquid money against emergency_months_min..max months of essential spending")
def _emergency_fund(ctx: AdviceContext) -> list[Advice]:
    s = ctx.settings
    essential = ctx.essential_monthly
    if essential <= 0:
        return []
    months = (Decimal(ctx.liquid) / Decimal(essential)).quantize(Decimal("0.1"), ROUND_HALF_EVEN)
    if months >= s.emergency_months_min:
        return []
    low = ctx.money(essential) * s.emergency_months_min
    high = ctx.money(essential) * s.emergency_months_max
    shortfall = low - ctx.money(ctx.liquid)
    return [Advice(
        id="emergency_fund",
        title="Build an emergency fund",
        detail=(f"Your liquid money ({ctx.text(ctx.liquid)}) covers {months} months of essential "
                f"spending ({ctx.text(essential)} a month). Aim for {s.emergency_months_min}–"
                f"{s.emergency_months_max} months, {ctx.text(low)}–{ctx.text(high)}: "
                f"{ctx.text(shortfall)} more."),
        numbers={"liquid": ctx.number(ctx.liquid), "essential_monthly": ctx.number(essential),
                 "months_covered": str(months), "target_min": ctx.number(low),
                 "target_max": ctx.number(high), "shortfall": ctx.number(shortfall)},
    )]


def _paid_in_full(frame: LedgerFrame, account: Account, months: int = 3) -> bool:
    """A credit card whose balance at each of the last ``months`` month ends was repaid by
    the payments of the following month: it charges no interest, so it is no debt to pay
    down first."""
    if account.kind is not AccountKind.CREDIT_CARD:
        return False
    index = frame.account_index[account.id]
    last_full = frame.today_month - 1
    ends = np.array([to_epoch_day(month_last(m)) for m in range(last_full - months, last_full)])
    balances = frame.acc_opening[index] + frame.cumulative_at(ends)[index]
    rows = frame.acc == index
    for end_day, balance in zip(ends.tolist(), balances.tolist(), strict=True):
        if balance >= 0:
            continue
        window = rows & (frame.day > end_day) & (frame.day <= end_day + 31)
        paid = int(frame.amount[window & (frame.amount > 0)].sum())
        if paid < -balance:
            return False
    return True


@rule("expensive_debt", "Pay down expensive debt first", 1,
      "debts charging at least high_interest_debt_pct, in avalanche order (highest rate first)")
def _expensive_debt(ctx: AdviceContext) -> list[Advice]:
    debts = []
    for account in ctx.frame.accounts:
        rate = _rate(account.interest_rate)
        if not ctx.has_base_balance(account.id):
            continue
        balance = ctx.base_balance(account.id)
        if account.kind.is_liability and balance < 0 and rate is not None \
                and rate >= ctx.settings.high_interest_debt_pct \
                and not _paid_in_full(ctx.frame, account):
            debts.append((rate, account.name, ctx.money(balance)))
    if not debts:
        return []
    debts.sort(key=lambda d: (-d[0], d[1]))
    interest = sum((_yearly_interest(b, r, ctx.base) for r, _, b in debts), Decimal(0))
    order = "; ".join(f"{n} ({percent_text(r)}, {ctx.text(-b)})" for r, n, b in debts)
    bench = ctx.benchmark(RateKind.CONSUMER_LOAN, ctx.base)
    detail = (f"Pay these off first, highest rate first: {order}. Together they cost about "
              f"{ctx.text(interest)} a year in interest; every payment towards the top one "
              "saves the most.")
    if bench and bench.percent < debts[0][0]:
        detail += (f" New consumer loans averaged {percent_text(bench.percent)} "
                   f"({bench.cited(ctx.today)}): refinancing may be cheaper.")
    return [Advice(
        id="expensive_debt",
        title="Pay down expensive debt first",
        detail=detail,
        yearly_effect=interest,
        numbers={"order": order, "total_debt": ctx.number(-sum(b for _, _, b in debts)),
                 "yearly_interest": ctx.number(interest),
                 "threshold_pct": str(ctx.settings.high_interest_debt_pct)},
        benchmark=bench.reference(ctx.today) if bench else None,
    )]


# --- priority 2: money left on the table ---------------------------------------------------------


@rule("idle_cash", "Move idle cash to a better rate", 2,
      "liquid balances above idle_cash_floor earning idle_rate_gap_pct less than the savings "
      "benchmark")
def _idle_cash(ctx: AdviceContext) -> list[Advice]:
    s = ctx.settings
    out = []
    for account in ctx.frame.accounts:
        if not account.kind.is_liquid or account.closed:
            continue
        bench = ctx.benchmark(RateKind.SAVINGS, account.currency)
        if bench is None:
            continue
        recorded = _rate(account.interest_rate)
        rate = recorded if recorded is not None else Decimal(0)
        gap = bench.percent - rate
        if not ctx.has_base_balance(account.id):
            continue
        balance = ctx.money(ctx.base_balance(account.id))
        floor = Decimal(0) if account.kind == AccountKind.SAVINGS else s.idle_cash_floor
        idle = balance - floor
        if gap < s.idle_rate_gap_pct or idle <= 0:
            continue
        effect = _yearly_interest(idle, gap, ctx.base)
        if effect < s.min_yearly_effect:
            continue
        earns = percent_text(rate) + ("" if recorded is not None else " (no rate recorded)")
        out.append(Advice(
            id=f"idle_cash:{account.id}",
            title=f"Move idle cash from '{account.name}' to a better rate",
            detail=(f"{ctx.text(idle)} in '{account.name}' earns {earns}; a "
                    f"{percent_text(bench.percent)} account would earn {ctx.text(effect)} a year "
                    f"more (benchmark: {bench.rate.name}, {bench.cited(ctx.today)})."),
            yearly_effect=effect,
            numbers={"idle": ctx.number(idle), "account_rate_pct": str(rate),
                     "benchmark_rate_pct": str(bench.percent), "kept_for_spending":
                     ctx.number(min(floor, balance))},
            benchmark=bench.reference(ctx.today),
        ))
    return out


@rule("refinance", "Your loan costs more than the market", 2,
      "mortgages and loans charging refinance_gap_pct more than the matching benchmark")
def _refinance(ctx: AdviceContext) -> list[Advice]:
    kinds = {AccountKind.MORTGAGE: RateKind.MORTGAGE, AccountKind.LOAN: RateKind.CONSUMER_LOAN}
    out = []
    for account in ctx.frame.accounts:
        rate = _rate(account.interest_rate)
        if account.kind not in kinds or rate is None or not ctx.has_base_balance(account.id):
            continue
        balance = ctx.money(ctx.base_balance(account.id))
        bench = ctx.benchmark(kinds[account.kind], account.currency)
        if bench is None or balance >= 0 or rate - bench.percent < ctx.settings.refinance_gap_pct:
            continue
        effect = _yearly_interest(balance, rate - bench.percent, ctx.base)
        if effect < ctx.settings.min_yearly_effect:
            continue
        out.append(Advice(
            id=f"refinance:{account.id}",
            title=f"Ask for a better rate on '{account.name}'",
            detail=(f"'{account.name}' charges {percent_text(rate)} on {ctx.text(-balance)}; new "
                    f"loans of this kind averaged {percent_text(bench.percent)} "
                    f"({bench.cited(ctx.today)}). At that rate you would pay about "
                    f"{ctx.text(effect)} a year less; check early-repayment fees first."),
            yearly_effect=effect,
            numbers={"balance": ctx.number(-balance), "rate_pct": str(rate),
                     "benchmark_rate_pct": str(bench.percent)},
            benchmark=bench.reference(ctx.today),
        ))
    return out


def _outgoing_subscriptions(ctx: AdviceContext) -> pd.DataFrame:
    items = ctx.recurring
    if not len(items):
        return items
    return items[(items["direction"] == "out") & ~items["is_transfer"]]


@rule("subscription_price_up", "A regular payment went up", 2,
      "outgoing recurring items whose latest amount is price_rise_pct above the previous one")
def _subscription_price_up(ctx: AdviceContext) -> list[Advice]:
    out = []
    items = _outgoing_subscriptions(ctx)
    for item in items[items["price_up"]].itertuples(index=False) if len(items) else ():
        if not ctx.known_in_base(item.currency):
            continue
        per_year = Frequency(item.frequency).per_year
        rise = ctx.to_base((abs(item.amount_minor) - abs(item.previous_minor)) * per_year,
                           item.currency)
        effect = ctx.money(rise)
        if effect < ctx.settings.min_yearly_effect:
            continue
        old = money_text(abs(item.previous_minor), item.currency)
        new = money_text(abs(item.amount_minor), item.currency)
        pct = ratio_percent(Decimal(abs(item.amount_minor) - abs(item.previous_minor))
                            / Decimal(abs(item.previous_minor)))
        out.append(Advice(
            id=f"subscription_price_up:{item.account_id}:{item.payee}",
            title=f"'{item.payee}' went up by {percent_text(pct)}",
            detail=(f"'{item.payee}' now takes {new} instead of {old} ({item.frequency}), "
                    f"{ctx.text(effect)} a year more. Compare offers or cancel if it is not "
                    "worth it."),
            yearly_effect=effect,
            numbers={"previous": decimal_text(abs(item.previous_minor), item.currency),
                     "latest": decimal_text(abs(item.amount_minor), item.currency),
                     "currency": item.currency, "frequency": item.frequency,
                     "rise_pct": str(pct)},
        ))
    return out


def _next_renewal(renewal: date, today: date) -> date:
    """The policy's next anniversary on or after today (a past renewal date rolls forward)."""
    when = renewal
    while when < today:
        try:
            when = when.replace(year=when.year + 1)
        except ValueError:  # 29 February
            when = when.replace(year=when.year + 1, day=28)
    return when


@rule("insurance_renewal", "Compare insurance before it renews", 2,
      "policies renewing within renewal_window_days")
def _insurance_renewal(ctx: AdviceContext) -> list[Advice]:
    out = []
    for policy in ctx.data.policies:
        if policy.renewal_date is None:
            continue
        when = _next_renewal(policy.renewal_date, ctx.today)
        days = (when - ctx.today).days
        if days > ctx.settings.renewal_window_days:
            continue
        premium = yearly(policy.premium, policy.frequency).rounded()
        cost = money_text(premium.amount, premium.currency)
        out.append(Advice(
            id=f"insurance_renewal:{policy.id if policy.id is not None else policy.insurer}",
            title=f"Compare your {policy.policy_type.value} insurance before {when.isoformat()}",
            detail=(f"Your {policy.policy_type.value} insurance with {policy.insurer} renews on "
                    f"{when.isoformat()} (in {days} days) at {cost} a year. Get two or three "
                    "quotes before then."),
            numbers={"insurer": policy.insurer, "renewal_date": when.isoformat(),
                     "days_left": str(days), "yearly_premium": premium.decimal_str(),
                     "currency": premium.currency},
        ))
    return out


# --- priority 3: planning ----------------------------------------------------------------------


@rule("savings_rate_trend", "Your savings rate is falling", 3,
      "savings rate of the last trend_recent_months against the trend_base_months before")
def _savings_rate_trend(ctx: AdviceContext) -> list[Advice]:
    s = ctx.settings
    recent = ctx.full_months(s.trend_recent_months).sum()
    earlier = ctx.full_months(s.trend_base_months, skip=s.trend_recent_months).sum()
    recent_rate = savings_rate(int(recent["income"]), int(recent["saving"]))
    base_rate = savings_rate(int(earlier["income"]), int(earlier["saving"]))
    if recent_rate is None or base_rate is None:
        return []
    drop = (base_rate - recent_rate) * HUNDRED
    if drop < s.savings_rate_drop_points and recent["saving"] >= 0:
        return []
    monthly_income = ctx.money(int(recent["income"])) / s.trend_recent_months
    effect = quantize((base_rate - recent_rate) * monthly_income * 12, ctx.base)
    detail = (f"You saved {percent_text(ratio_percent(recent_rate))} of your income in the last "
              f"{s.trend_recent_months} months, against {percent_text(ratio_percent(base_rate))} "
              f"in the {s.trend_base_months} months before.")
    if recent["saving"] < 0:
        detail += " You spent more than you earned."
    if effect > 0:
        detail += f" Getting back to the earlier rate is worth {ctx.text(effect)} a year."
    return [Advice(
        id="savings_rate_trend",
        title="Your savings rate is falling",
        detail=detail,
        yearly_effect=effect if effect > 0 else None,
        numbers={"recent_rate_pct": str(ratio_percent(recent_rate)),
                 "earlier_rate_pct": str(ratio_percent(base_rate)),
                 "recent_saving": ctx.number(int(recent["saving"])),
                 "recent_income": ctx.number(int(recent["income"]))},
    )]


@rule("pension_gap", "Pay more into your pension", 3,
      "last 12 complete months of payments into pension accounts against pension_target_pct "
      "of income")
def _pension_gap(ctx: AdviceContext) -> list[Advice]:
    frame = ctx.frame
    income = _yearly_income(ctx)
    if income <= 0:
        return []
    pension = np.array([a.kind == AccountKind.PENSION for a in frame.accounts])
    last = frame.today_month - 1
    rows = frame.rows_in_months(last - 11, last)
    picked = np.flatnonzero(pension[frame.acc[rows]] & (frame.amount[rows] > 0)) + rows.start
    paid = ctx.money(frame.base_total(picked))
    target = quantize(income * ctx.settings.pension_target_pct / HUNDRED, ctx.base)
    if paid >= target:
        return []
    share = ratio_percent(paid / income)
    where = "" if pension.any() else " No pension account is recorded yet."
    return [Advice(
        id="pension_gap",
        title="Pay more into your pension",
        detail=(f"In the last 12 complete months ({month_first(last - 11).isoformat()} to "
                f"{month_last(last).isoformat()}) {ctx.text(paid)} went into pension accounts, "
                f"{percent_text(share)} of your yearly income of {ctx.text(income)}. The target "
                f"of {percent_text(ctx.settings.pension_target_pct)} is {ctx.text(target)}: "
                f"{ctx.text(target - paid)} a year more.{where} Employer contributions paid "
                "straight into the pension are only counted if they are in the ledger."),
        numbers={"yearly_income": ctx.number(income), "paid_in": ctx.number(paid),
                 "target": ctx.number(target), "gap": ctx.number(target - paid),
                 "paid_pct": str(share)},
    )]


def _yearly_income(ctx: AdviceContext) -> Decimal:
    """Gross yearly income from the recorded income sources (net where no gross is known);
    without sources, the income of the last 12 full months in the ledger."""
    if ctx.data.income_sources:
        total = 0
        for source in ctx.data.income_sources:
            amount = yearly(source.gross or source.net, source.frequency).rounded()
            total += ctx.to_base(amount.minor, amount.currency)
        return ctx.money(total)
    return ctx.money(int(ctx.full_months(12)["income"].sum()))


@rule("concentration", "Spread your investments", 3,
      "single stocks or bonds above concentration_limit_pct of invested value (funds and ETFs "
      "are already spread)")
def _concentration(ctx: AdviceContext) -> list[Advice]:
    frame = ctx.frame
    securities = {s.id: s for s in ctx.data.securities}
    values: dict[int, Decimal] = {}
    for holding in ctx.data.holdings:
        value = holding_value(frame, holding, frame.today, ctx.base)
        values[holding.security_id] = values.get(holding.security_id, Decimal(0)) + value
    total = sum(values.values(), Decimal(0))
    if total <= 0:
        return []
    single = {SecurityKind.STOCK, SecurityKind.BOND, SecurityKind.OTHER}
    out = []
    for security_id, value in sorted(values.items(), key=lambda kv: -kv[1]):
        security = securities.get(security_id)
        share = ratio_percent(value / total)
        if security is None or security.kind not in single \
                or share <= ctx.settings.concentration_limit_pct:
            continue
        amount = ctx.money(round_minor(value))
        out.append(Advice(
            id=f"concentration:{security.symbol}",
            title=f"{security.name} is {percent_text(share)} of your investments",
            detail=(f"{security.name} ({security.symbol}) is worth {ctx.text(amount)}, "
                    f"{percent_text(share)} of what you have invested; more than "
                    f"{percent_text(ctx.settings.concentration_limit_pct)} in one name makes "
                    "your savings depend on one company. Consider spreading it out."),
            numbers={"value": ctx.number(amount), "share_pct": str(share),
                     "invested": ctx.number(ctx.money(round_minor(total))),
                     "limit_pct": str(ctx.settings.concentration_limit_pct)},
        ))
    return out


@rule("subscription_overlap", "Several subscriptions of one kind", 3,
      "two or more regular non-essential payments in the same category; one is likely unused")
def _subscription_overlap(ctx: AdviceContext) -> list[Advice]:
    items = _outgoing_subscriptions(ctx)
    if not len(items):
        return []
    frame = ctx.frame
    essential = {frame.categories[i].id for i in np.flatnonzero(frame.cat_essential).tolist()}
    items = items[(items["category_id"] >= 0) & ~items["category_id"].isin(essential)]
    out = []
    for category_id, group in items.groupby("category_id", sort=True):
        if len(group) < 2 or not all(ctx.known_in_base(c) for c in group["currency"]):
            continue
        yearly_base = [ctx.money(ctx.to_base(-int(r.yearly_minor), r.currency))
                       for r in group.itertuples(index=False)]
        name = frame.categories[frame.category_index[int(category_id)]].name
        payees = ", ".join(group["payee"].tolist())
        cheapest = min(yearly_base)
        out.append(Advice(
            id=f"subscription_overlap:{category_id}",
            title=f"{len(group)} regular payments for '{name}'",
            detail=(f"You pay {len(group)} regular '{name}' payments ({payees}), "
                    f"{ctx.text(sum(yearly_base, Decimal(0)))} a year together. If one of them "
                    f"is unused, cancelling even the cheapest saves {ctx.text(cheapest)} a year."),
            yearly_effect=cheapest,
            numbers={"category": name, "payees": payees, "count": str(len(group)),
                     "yearly_total": ctx.number(sum(yearly_base, Decimal(0)))},
        ))
    return out


@rule("goal_behind", "A savings goal is falling behind", 3,
      "goals with a date and an account: needed monthly saving against the last 6 months")
def _goal_behind(ctx: AdviceContext) -> list[Advice]:
    frame = ctx.frame
    out = []
    last = frame.today_month - 1
    rows = frame.rows_in_months(last - 5, last)
    for goal in ctx.data.goals:
        linked = [a for a in goal.account_ids if a in frame.account_index]
        if goal.target_date is None or not linked or goal.target_date <= ctx.today:
            continue
        indexes = [frame.account_index[a] for a in linked]
        have = sum((ctx.money(ctx.base_balance(a)) for a in linked), Decimal(0))
        target = ctx.money(ctx.to_base(goal.target.minor, goal.target.currency))
        if have >= target:
            continue
        months_left = max((goal.target_date - ctx.today).days * 12 // 365, 1)
        needed = quantize((target - have) / months_left, ctx.base)
        picked = np.flatnonzero(np.isin(frame.acc[rows], indexes)) + rows.start
        pace = quantize(ctx.money(frame.base_total(picked)) / 6, ctx.base)
        if pace >= needed:
            continue
        names = " and ".join(f"'{frame.accounts[i].name}'" for i in indexes)
        out.append(Advice(
            id=f"goal_behind:{goal.id if goal.id is not None else goal.name}",
            title=f"Goal '{goal.name}' needs {ctx.text(needed)} a month",
            detail=(f"To reach {ctx.text(target)} by {goal.target_date.isoformat()} you need "
                    f"{ctx.text(needed)} a month into {names}; the last "
                    f"6 months averaged {ctx.text(pace)}."),
            numbers={"target": ctx.number(target), "saved": ctx.number(have),
                     "needed_monthly": ctx.number(needed), "recent_monthly": ctx.number(pace),
                     "months_left": str(months_left)},
        ))
    return out


def rule_catalogue() -> list[dict[str, object]]:
    """The registered rules and what each checks, for a settings or help page."""
    return [
        {"id": r.id, "title": r.title, "priority": r.priority, "checks": r.checks}
        for r in RULES.values()
    ]

