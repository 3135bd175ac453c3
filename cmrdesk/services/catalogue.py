"""The field catalogue: every fact a person could share, with its current value from the vault.

Built once per visit to the Share page (or per ``cmrdesk fields``/``share`` run) from one
:func:`cmrdesk.services.reports.ledger_data` load and one insights frame, so the preview and the
export sign exactly the values the person saw. Groups, in order:

* **Profile**: the profile's own fields, plus age and years with the employer / at the address;
* **Income**: net monthly salary and all income (from the income sources), income received per
  month (from the ledger), the employer, and for how many months in a row a salary came in;
* **Balances**: each open account, the totals per group, net worth, liquid savings, debts;
* **Spending**: average per month over the last ``months`` complete months, in total and per
  top-level category, and the savings rate;
* **Commitments**: recurring outgoing payments (insights' recurring detection; moves between
  own accounts left out) per month, each and in total;
* **Insurance**: premium per month, insurer and cover of each policy;
* **Investments**: each holding's value and the allocation over asset classes;
* **Facts**: derived yes/no facts ("no overdraft in the last 12 months", "salary received every
  month for 24 months", "three months of essential spending saved", "saved money last year").

Money is in the account's or policy's own currency where there is one, else in the base
currency. Labels and names never contain a value (see ``cmrdesk.disclosure.fields``); account,
category, payee and security names appear in labels because they name the field.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any

import numpy as np

from cmrdesk.disclosure import (
    EXACT,
    CatalogueField,
    Level,
    Precision,
    ValueKind,
    money_band_default,
)
from cmrdesk.domain import (
    AccountKind,
    CategoryKind,
    IncomeKind,
    MissingRate,
    Money,
    PolicyType,
    Profile,
    round_minor,
    to_epoch_day,
)
from cmrdesk.domain.fx import MissingRateWarning

from .reports import ledger_data
from .session import VaultSession

#: Months of history behind averages (spending, income received) and derived facts.
DEFAULT_MONTHS = 12
#: The salary run is counted back at most this many months.
MAX_SALARY_MONTHS = 120
#: Accounts whose balance going below zero counts as an overdraft.
OVERDRAFT_KINDS = frozenset({AccountKind.CHECKING, AccountKind.CASH})

GROUPS = ("Profile", "Income", "Balances", "Spending", "Commitments", "Insurance",
          "Investments", "Facts")

_PROFILE_LABELS = {
    "full_name": "Full name",
    "birth_year": "Year of birth",
    "email": "E-mail address",
    "phone": "Phone number",
    "street": "Street and number",
    "postcode": "Postcode",
    "city": "City",
    "country": "Country",
    "household_adults": "Adults in the household",
    "household_children": "Children in the household",
    "employment_status": "Employment status",
    "occupation": "Occupation",
    "employed_since": "With the current employer since",
    "residence_status": "Lives in their home as",
    "residence_since": "At the current address since",
}
_GROUP_LABELS = {
    "cash": "cash and current accounts",
    "savings": "savings accounts",
    "investments": "investments",
    "pension": "pensions",
    "property": "property",
}


def band(width: int | str) -> Precision:
    """``band:WIDTH`` as a precision."""
    return Precision(Level.BAND, Decimal(width))


def atleast(threshold: int | str) -> Precision:
    """``atleast:THRESHOLD`` as a precision."""
    return Precision(Level.ATLEAST, Decimal(threshold))


@dataclass(frozen=True)
class Catalogue(Mapping[str, CatalogueField]):
    """The fields of one vault on one day, by name, in display order."""

    as_of: date
    base_currency: str
    months: int
    fields: dict[str, CatalogueField]
    #: Currencies with no exchange rate to the base: their accounts are in no total, and the
    #: totals they would change are left out of the catalogue rather than offered partial.
    warnings: tuple[MissingRateWarning, ...] = ()

    def __getitem__(self, name: str) -> CatalogueField:
        return self.fields[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self.fields)

    def __len__(self) -> int:
        return len(self.fields)

    def groups(self) -> dict[str, list[CatalogueField]]:
        """Fields by group, groups in :data:`GROUPS` order (empty groups left out)."""
        out: dict[str, list[CatalogueField]] = {}
        for item in self.fields.values():
            out.setdefault(item.group, []).append(item)
        return {g: out[g] for g in GROUPS if g in out}

    def defaults(self) -> dict[str, Precision]:
        """Every field at its default precision: the full catalogue (used by the benchmark)."""
        return {name: item.default for name, item in self.fields.items()}

    def as_json(self) -> dict[str, Any]:
        """``cmrdesk fields --json``: ``{"fields": [{"name", "label", "value", "precisions"}]}``.

        ``precisions`` lists the specs offered, the default first.
        """
        return {"fields": [
            {"name": f.name, "label": f.label, "value": f.exact_json(),
             "precisions": f.precisions}
            for f in self.fields.values()
        ], "warnings": [w.as_json() for w in self.warnings]}


def slug(text: str) -> str:
    """A field-name part from a display name: ``"ING Checking"`` -> ``"ing_checking"``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "_", ascii_text.lower()).strip("_")[:40] or "item"


class _Builder:
    """Collects fields, keeping names unique (a second "Cash" account becomes ``cash-2``)."""

    def __init__(self) -> None:
        self.fields: dict[str, CatalogueField] = {}

    def add(self, name: str, label: str, group: str, kind: ValueKind, value: Any, *,
            currency: str = "", unit: str = "", default: Precision | None = None,
            choices: tuple[Precision, ...] = ()) -> None:
        """Add a field; money defaults to a band about a fifth of its size."""
        unique, number = name, 2
        while unique in self.fields:
            unique = f"{name}-{number}"
            number += 1
        if kind is ValueKind.MONEY and default is None:
            default = money_band_default(value)
        self.fields[unique] = CatalogueField(
            name=unique, label=label, group=group, kind=kind, value=value, currency=currency,
            unit=unit, default=default or EXACT, choices=choices,
        )

    def money(self, name: str, label: str, group: str, money: Money,
              default: Precision | None = None) -> None:
        """Add a money field, rounded to its currency's minor unit."""
        rounded = money.rounded()
        self.add(name, label, group, ValueKind.MONEY, rounded.amount,
                 currency=rounded.currency, default=default)


def build_catalogue(
    session: VaultSession, *, today: date | None = None, months: int = DEFAULT_MONTHS
) -> Catalogue:
    """The catalogue of ``session``'s vault as of ``today`` (default: today)."""
    from cmrdesk.insights import build_frame, shipped_fx_rates

    ledger = ledger_data(session, today)
    frame = build_frame(ledger, shipped_fx_rates())
    context = _Context(session.profile(), ledger, frame, months)
    builder = _Builder()
    _profile(builder, context)
    _income(builder, context)
    _balances(builder, context)
    _spending(builder, context)
    _commitments(builder, context)
    _insurance(builder, context)
    _investments(builder, context)
    _facts(builder, context)
    return Catalogue(ledger.today, ledger.base_currency, months, builder.fields,
                     tuple(frame.fx_warnings))


class _Context:
    """What the sections share: the profile, the ledger, the frame and a few derived figures."""

    def __init__(self, profile: Profile, ledger: Any, frame: Any, months: int) -> None:
        from cmrdesk.insights import cash_flow_totals, net_worth
        from cmrdesk.insights.frames import month_first, month_last

        self.profile = profile
        self.ledger = ledger
        self.frame = frame
        self.months = months
        self.today: date = ledger.today
        self.base: str = ledger.base_currency
        self.day = to_epoch_day(self.today)
        last_month = frame.today_month - 1  # the last complete month
        self.period = (month_first(last_month - months + 1), month_last(last_month))
        self.worth = net_worth(frame, self.today)
        self.flows = cash_flow_totals(frame, *self.period)
        # Sums leave out accounts without an exchange rate; a shared figure must not, so
        # flow-based fields are left out when such an account has rows in the period.
        rows = frame.rows_between(*self.period)
        self.flows_partial = bool((~frame.acc_known[frame.acc[rows]]).any())

    def base_money(self, minor: int) -> Money:
        """Integer minor units of the base currency as ``Money``."""
        return Money.from_minor(int(minor), self.base)

    def to_base(self, money: Money) -> Money:
        """``money`` in the base currency at today's rate (``MissingRate`` without one)."""
        factor = self.frame.fx.rate(money.currency, self.base, self.day)
        return Money(money.amount * factor, self.base).rounded()

    def size(self, source: Any) -> Decimal:
        """An income source's net amount in the base currency, for picking the largest (its
        own amount when there is no rate: a ranking may be rough, a shared value may not)."""
        try:
            return self.to_base(source.net).amount
        except MissingRate:
            return source.net.amount

    def sum_in_base(self, amounts: Any) -> Money | None:
        """The sum in the base currency, or ``None`` when an amount has no exchange rate (a
        total that silently left one out would be a wrong fact to share)."""
        total = Money.zero(self.base)
        try:
            for money in amounts:
                total = total + self.to_base(money)
        except MissingRate:
            return None
        return total

    def per_month(self, minor_total: int) -> Money:
        """A base-currency total over the period as an average per month, half-even."""
        value = (Decimal(int(minor_total)) / self.months).to_integral_value(ROUND_HALF_EVEN)
        return self.base_money(int(value))

    def within(self) -> str:
        """How labels name the averaging period."""
        return f"average of the last {self.months} months"


def _years_between(start: date, end: date) -> int:
    years = end.year - start.year - ((end.month, end.day) < (start.month, start.day))
    return max(years, 0)


# --- sections --------------------------------------------------------------------------------


def _profile(b: _Builder, c: _Context) -> None:
    profile = c.profile
    for name, label in _PROFILE_LABELS.items():
        value = getattr(profile, name)
        if value is None or value == "":
            continue
        field_name = f"profile.{name}"
        if isinstance(value, date):
            b.add(field_name, label, "Profile", ValueKind.DATE, value)
        elif isinstance(value, int):
            # A year of birth is a label, not a magnitude: offer decades and lustrums.
            year = name == "birth_year"
            b.add(field_name, label, "Profile", ValueKind.NUMBER, Decimal(value),
                  default=band(10) if year else EXACT,
                  choices=(band(10), band(5), EXACT) if year else ())
        else:
            b.add(field_name, label, "Profile", ValueKind.TEXT, str(value))
        if name == "birth_year":
            b.add("profile.age", "Age", "Profile", ValueKind.NUMBER,
                  Decimal(max(c.today.year - int(value), 0)), unit="years", default=band(10))
        elif name == "employed_since":
            b.add("profile.employment_years", "Years with the current employer", "Profile",
                  ValueKind.NUMBER, Decimal(_years_between(value, c.today)), unit="years",
                  default=atleast(2))
        elif name == "residence_since":
            b.add("profile.residence_years", "Years at the current address", "Profile",
                  ValueKind.NUMBER, Decimal(_years_between(value, c.today)), unit="years",
                  default=atleast(2))


def _monthly(money: Money, per_year: int) -> Money:
    """What an amount paid ``per_year`` times costs or brings in per month, half-even."""
    return Money(money.amount * per_year / 12, money.currency).rounded()


def _income(b: _Builder, c: _Context) -> None:
    sources = c.ledger.income_sources
    salaries = [s for s in sources if s.kind is IncomeKind.SALARY]
    for name, label, chosen in (
        ("income.net_monthly_salary", "Net salary per month", salaries),
        ("income.net_monthly_total", "Net income per month, all sources", sources),
    ):
        total = c.sum_in_base(_monthly(s.net, s.frequency.per_year) for s in chosen)
        if chosen and total is not None:
            b.money(name, label, "Income", total, default=band(500))
    if c.flows.income and not c.flows_partial:
        b.money("income.received_monthly", f"Income received per month ({c.within()})",
                "Income", c.per_month(c.flows.income), default=band(500))
    employer = c.profile.employer or (max(salaries, key=c.size).payer if salaries else "")
    if employer:
        b.add("income.employer", "Employer", "Income", ValueKind.TEXT, employer)
    if salaries or _salary_categories(c):
        b.add("income.salary_months", "Months in a row with a salary received", "Income",
              ValueKind.NUMBER, Decimal(_salary_run(c)), unit="months", default=atleast(12))


def _balances(b: _Builder, c: _Context) -> None:
    from cmrdesk.insights import account_balances

    accounts = {a.id: a for a in c.ledger.accounts}
    for row in account_balances(c.frame, c.today).itertuples(index=False):
        account = accounts[int(row.account_id)]
        if account.closed:
            continue
        b.money(f"balance.{slug(account.name)}", f"Balance: {account.name}", "Balances",
                Money.from_minor(int(row.balance_minor), account.currency))
    worth = c.worth
    for group, label in _GROUP_LABELS.items():
        value = worth.by_group.get(group, Decimal(0))
        if value and group not in worth.partial:
            b.money(f"total.{group}", f"Total of {label}", "Balances", Money(value, c.base))
    if "total" not in worth.partial:
        b.money("net_worth", "Net worth", "Balances", Money(worth.total, c.base))
    if "liquid" not in worth.partial:
        b.money("savings.liquid", "Liquid savings (cash, current and savings accounts)",
                "Balances", Money(worth.liquid, c.base))
    if "debts" not in worth.partial:
        b.money("debts.total", "Debts outstanding (loans, mortgages, credit cards)",
                "Balances", Money(-worth.by_group.get("debts", Decimal(0)), c.base))


def _spending(b: _Builder, c: _Context) -> None:
    from cmrdesk.insights import spending_by_category

    if c.flows_partial:
        return
    b.money("spending.monthly_total", f"Spending per month ({c.within()})", "Spending",
            c.per_month(c.flows.spending), default=band(500))
    table = spending_by_category(c.frame, *c.period, rollup=True)
    for row in table.itertuples(index=False):
        if int(row.amount_minor) <= 0:
            continue
        b.money(f"spending.{slug(str(row.name))}",
                f"Spending per month on {row.name} ({c.within()})", "Spending",
                c.per_month(int(row.amount_minor)))
    if c.flows.savings_rate is not None:
        percent = (c.flows.savings_rate * 100).quantize(Decimal("0.1"), ROUND_HALF_EVEN)
        b.add("savings.rate", f"Savings rate ({c.within()})", "Spending", ValueKind.NUMBER,
              percent, unit="%", default=band(5))


def _commitments(b: _Builder, c: _Context) -> None:
    from cmrdesk.domain import Frequency
    from cmrdesk.insights import find_recurring

    items = find_recurring(c.frame)
    monthly_amounts = []
    for row in items.itertuples(index=False):
        if row.direction != "out" or row.is_transfer:
            continue
        per_year = Frequency(row.frequency).per_year
        monthly = _monthly(Money.from_minor(-int(row.amount_minor), row.currency), per_year)
        monthly_amounts.append(monthly)
        b.money(f"commitment.{slug(str(row.payee))}",
                f"Recurring payment per month: {row.payee} ({row.frequency})",
                "Commitments", monthly)
    total = c.sum_in_base(monthly_amounts)
    if total is not None:
        b.money("commitments.monthly_total", "Recurring payments per month, in total",
                "Commitments", total, default=band(250))


def _insurance(b: _Builder, c: _Context) -> None:
    for policy in c.ledger.policies:
        kind = PolicyType(policy.policy_type).value
        base_name = f"insurance.{kind}"
        name, number = base_name, 2
        while f"{name}.premium_monthly" in b.fields:
            name = f"{base_name}-{number}"
            number += 1
        title = kind.replace("_", " ")
        if number > 2:
            title += f" ({number - 1})"
        b.money(f"{name}.premium_monthly", f"Insurance premium per month: {title}",
                "Insurance", _monthly(policy.premium, policy.frequency.per_year))
        b.add(f"{name}.insurer", f"Insurer: {title} insurance", "Insurance", ValueKind.TEXT,
              policy.insurer)
        if policy.cover is not None:
            b.money(f"{name}.cover", f"Insured amount: {title} insurance", "Insurance",
                    policy.cover)


def _investments(b: _Builder, c: _Context) -> None:
    from cmrdesk.insights.networth import holding_value

    securities = {s.id: s for s in c.ledger.securities}
    by_class: dict[str, int] = {}
    for holding in c.ledger.holdings:
        security = securities.get(holding.security_id)
        if security is None:
            continue
        try:
            minor = round_minor(holding_value(c.frame, holding, c.day, c.base))
        except MissingRate:
            continue  # no rate for its price currency: leave it out rather than guess
        b.money(f"holding.{slug(security.symbol)}", f"Holding: {security.symbol}",
                "Investments", c.base_money(minor))
        by_class[security.asset_class] = by_class.get(security.asset_class, 0) + minor
    invested = sum(by_class.values())
    if invested <= 0:
        return
    for asset_class, minor in sorted(by_class.items()):
        share = (Decimal(minor) * 100 / invested).quantize(Decimal("0.1"), ROUND_HALF_EVEN)
        b.add(f"allocation.{slug(asset_class)}",
              f"Share of investments in {asset_class.replace('_', ' ')}", "Investments",
              ValueKind.NUMBER, share, unit="%", default=band(10))


def _facts(b: _Builder, c: _Context) -> None:
    from cmrdesk.insights.cashflow import average_monthly_spending

    no_overdraft = _no_overdraft(c, days=365)
    if no_overdraft is not None:
        b.add("fact.no_overdraft_12m",
              "No overdraft on a current account in the last 12 months", "Facts",
              ValueKind.FACT, no_overdraft)
    if "income.salary_months" in b.fields:
        run = b.fields["income.salary_months"].value
        b.add("fact.salary_every_month_24m", "Salary received every month for 24 months",
              "Facts", ValueKind.FACT, bool(run >= 24))  # type: ignore[operator]
    if c.flows_partial or "liquid" in c.worth.partial:
        return  # the facts below compare totals that leave an account out
    essential = average_monthly_spending(c.frame, c.months, essential_only=True)
    if essential > 0:
        cushion = c.base_money(3 * essential).amount
        b.add("fact.emergency_fund_3m",
              "Liquid savings cover three months of essential spending", "Facts",
              ValueKind.FACT, bool(c.worth.liquid >= cushion))
    if c.flows.income or c.flows.spending:
        b.add("fact.saved_last_12m" if c.months == 12 else f"fact.saved_last_{c.months}m",
              f"Saved money over the last {c.months} months", "Facts", ValueKind.FACT,
              bool(c.flows.saving > 0))


# --- derived figures -------------------------------------------------------------------------


def _salary_categories(c: _Context) -> set[int]:
    """Frame indexes of income categories called "Salary" and of everything under them."""
    frame = c.frame
    roots = {i for i, cat in enumerate(frame.categories)
             if cat.kind is CategoryKind.INCOME and cat.name.casefold() == "salary"}
    if not roots:
        return set()
    index = frame.category_index
    found = set(roots)
    for i, cat in enumerate(frame.categories):
        node, steps = cat.parent_id, 0
        while node is not None and steps < len(frame.categories):
            if index.get(node) in roots:
                found.add(i)
                break
            node = frame.categories[index[node]].parent_id if node in index else None
            steps += 1
    return found


def _salary_rows(c: _Context) -> np.ndarray:
    """Rows that are salary: money in, filed under Salary or from a salary source's payer."""
    from cmrdesk.insights import transfer_mask
    from cmrdesk.insights.text import normalise, normalised_payees

    frame = c.frame
    wanted = np.zeros(len(frame), dtype=bool)
    cats = _salary_categories(c)
    if cats:
        wanted |= np.isin(frame.cat, np.array(sorted(cats), dtype=np.int64))
    payers = {normalise(s.payer) for s in c.ledger.income_sources if s.kind is IncomeKind.SALARY}
    payers.discard("")
    if payers and len(frame):
        norm_code, norm_text = normalised_payees(frame)
        matches = np.array([any(str(t).startswith(p) for p in payers) for t in norm_text],
                           dtype=bool)
        wanted |= matches[norm_code[frame.payee_code]]
    return wanted & (frame.amount > 0) & ~transfer_mask(frame)


def _salary_run(c: _Context) -> int:
    """Complete months in a row, ending last month, in which a salary came in."""
    frame = c.frame
    months = set(np.unique(frame.month[_salary_rows(c)]).tolist())
    month, run = frame.today_month - 1, 0
    while month in months and run < MAX_SALARY_MONTHS:
        run += 1
        month -= 1
    return run


def _no_overdraft(c: _Context, days: int) -> bool | None:
    """Whether every current and cash account stayed at or above zero at each day's end over
    the last ``days`` days (``None`` without such accounts)."""
    from cmrdesk.insights.networth import native_cash_matrix

    frame = c.frame
    rows = [i for i, a in enumerate(frame.accounts)
            if a.kind in OVERDRAFT_KINDS and not a.closed]
    if not rows:
        return None
    span = np.arange(c.day - days + 1, c.day + 1, dtype=np.int64)
    balances = native_cash_matrix(frame, span)[rows]
    return bool((balances >= 0).all())
