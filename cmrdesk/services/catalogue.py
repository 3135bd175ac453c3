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

Known or unknown (see ``cmrdesk.disclosure.fields`` for the three states). Nothing is made up
from missing data: a field the vault cannot support is in the catalogue as *unknown*, with the
reason and where to key in what is missing, and can never be shared. In particular:

* a balance needs a known start: an opening balance, an opening date or a valuation (an
  imported CSV without balances gives none); a total, net worth, liquid savings and debts need
  at least one account of their kind and every such balance known ("no loan, mortgage or
  credit card account keyed in" is unknown, not 0);
* averages and facts over a window (income received, spending, savings rate, recurring
  payments, "saved money", "three months of essential spending", the salary run, "no
  overdraft") need records covering the whole window: from its first month through the last
  complete month, for every open account (one keyed in with its opening date covers the
  months before it; one without covers the months from its first record on, that month
  included, as statements rarely start on the 1st). "Only 10 months of history, 24 needed"
  is unknown, never "no";
* a total that is zero because nothing came in or went out is unknown too: cmrdesk cannot
  tell "none" from "not imported";
* salary facts need a salary: an income source of kind salary or transactions filed under a
  "Salary" category; the run of months with a salary is known only when the month that broke
  it is in the records (or it reaches :data:`MAX_SALARY_MONTHS`).

Fields about one thing (an account, a policy, a holding, a category, a recurring payment) exist
only when that thing does ("not applicable" otherwise).
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
    from_epoch_day,
    round_minor,
    to_epoch_day,
)
from cmrdesk.domain.fx import MissingRateWarning

from .reports import ledger_data
from .session import VaultSession

#: Months of history behind averages (spending, income received) and derived facts.
DEFAULT_MONTHS = 12
#: The salary run is counted back at most this many months (three years: what lenders ask
#: about); reaching it is a known "at least", so the label says so.
MAX_SALARY_MONTHS = 36
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
#: Why a total is unknown when the person has no account of its group.
_GROUP_NONE = {
    "cash": "no current account or cash keyed in",
    "savings": "no savings account keyed in",
    "investments": "no investment account keyed in",
    "pension": "no pension keyed in",
    "property": "no property keyed in",
    "debts": "no loan, mortgage or credit card account keyed in",
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
    #: The complete months the averages, the savings rate and the "saved" fact are taken over.
    period: tuple[date, date] | None = None

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
        """Every known field at its default precision: all that could be shared (used by the
        benchmark); unknown fields cannot be."""
        return {name: item.default for name, item in self.fields.items() if item.known}

    def known(self) -> dict[str, CatalogueField]:
        """Only the fields whose value is known (the ones that can be shared)."""
        return {name: item for name, item in self.fields.items() if item.known}

    def unknown(self) -> dict[str, CatalogueField]:
        """The fields whose value is unknown, each with ``why`` and ``where``."""
        return {name: item for name, item in self.fields.items() if not item.known}

    def as_json(self) -> dict[str, Any]:
        """``cmrdesk fields --json``: ``{"fields": [{"name", "label", "value", "precisions",
        "known", "why", "where"}]}``.

        ``precisions`` lists the specs offered, the default first; an unknown field has
        ``"value": null``, ``"known": false`` and says ``why`` and ``where`` to key it in.
        """
        return {"fields": [
            {"name": f.name, "label": f.label, "value": f.exact_json(),
             "precisions": f.precisions, "known": f.known, "why": f.why, "where": f.where}
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

    def _unique(self, name: str) -> str:
        unique, number = name, 2
        while unique in self.fields:
            unique = f"{name}-{number}"
            number += 1
        return unique

    def add(self, name: str, label: str, group: str, kind: ValueKind, value: Any, *,
            currency: str = "", unit: str = "", default: Precision | None = None,
            choices: tuple[Precision, ...] = ()) -> None:
        """Add a known field; money defaults to a band about a fifth of its size."""
        unique = self._unique(name)
        if kind is ValueKind.MONEY and default is None:
            default = money_band_default(value)
        self.fields[unique] = CatalogueField(
            name=unique, label=label, group=group, kind=kind, value=value, currency=currency,
            unit=unit, default=default or EXACT, choices=choices,
        )

    def unknown(self, name: str, label: str, group: str, kind: ValueKind, why: str,
                where: str, *, currency: str = "", unit: str = "") -> None:
        """Add a field whose value is unknown, saying why and where to key it in (offered at
        ``exact`` only: there is nothing to round, band or compare)."""
        unique = self._unique(name)
        self.fields[unique] = CatalogueField(
            name=unique, label=label, group=group, kind=kind, value=None, currency=currency,
            unit=unit, default=EXACT, known=False, why=why, where=where,
        )

    def money(self, name: str, label: str, group: str, money: Money,
              default: Precision | None = None) -> None:
        """Add a money field, rounded to its currency's minor unit."""
        rounded = money.rounded()
        self.add(name, label, group, ValueKind.MONEY, rounded.amount,
                 currency=rounded.currency, default=default)

    def money_or_unknown(self, name: str, label: str, group: str, money: Money | None,
                         unknown: tuple[str, str] | None, currency: str,
                         default: Precision | None = None) -> None:
        """A money field: known with ``money``, or unknown with ``(why, where)``."""
        if unknown is None and money is not None:
            self.money(name, label, group, money, default)
            return
        why, where = unknown or ("unknown: the amount cannot be worked out", "import")
        self.unknown(name, label, group, ValueKind.MONEY, why, where, currency=currency)


def build_catalogue(
    session: VaultSession, *, today: date | None = None, months: int = DEFAULT_MONTHS
) -> Catalogue:
    """The catalogue of ``session``'s vault as of ``today`` (default: today): every field,
    known or unknown (see the module docstring)."""
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
                     tuple(frame.fx_warnings), context.period)


def _months_text(count: int) -> str:
    if count <= 0:
        return "less than a month"
    return "1 month" if count == 1 else f"{count} months"


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
        self.last_month = frame.today_month - 1  # the last complete month
        self.period = (month_first(self.last_month - months + 1), month_last(self.last_month))
        self.worth = net_worth(frame, self.today)
        self.flows = cash_flow_totals(frame, *self.period)
        # Sums leave out accounts without an exchange rate; a shared figure must not, so the
        # period's sums are unknown when such an account has rows in the period.
        rows = frame.rows_between(*self.period)
        self.flows_partial = bool((~frame.acc_known[frame.acc[rows]]).any())
        self.rate_gap = ""
        if self.flows_partial:
            missing = sorted({frame.accounts[i].currency for i in np.unique(frame.acc[rows])
                              if not frame.acc_known[i]})
            self.rate_gap = (f"unknown: no exchange rate {missing[0]}→{self.base} for an "
                             "account with records in the period; key in or import a rate")
        # First and last day with a record, per account (frame order); -1 without any.
        count = len(frame.accounts)
        self.first_day = np.full(count, np.iinfo(np.int64).max, dtype=np.int64)
        self.last_day = np.full(count, -1, dtype=np.int64)
        if len(frame):
            np.minimum.at(self.first_day, frame.acc, frame.day.astype(np.int64))
            np.maximum.at(self.last_day, frame.acc, frame.day.astype(np.int64))
        self.has_rows = self.last_day >= 0
        self.valued = {v.account_id for v in ledger.valuations}
        self.open = [i for i, a in enumerate(frame.accounts) if not a.closed]

    # --- what the records cover ------------------------------------------------------------

    def account_start(self, index: int) -> date | None:
        """Since when an account's records tell its story: the opening date keyed in, else
        the first day of the month of its first record (``None`` without either)."""
        from cmrdesk.insights.frames import month_first, month_of

        account = self.frame.accounts[index]
        if account.opened_on is not None:
            return account.opened_on  # before it there was nothing to record
        if not self.has_rows[index]:
            return None
        return month_first(month_of(from_epoch_day(int(self.first_day[index]))))

    def covered_from(self) -> int | None:
        """The first month every open account's records cover (``None`` without records).

        History begins with the earliest record or opening date. An account keyed in with
        its opening date covers every month (before it, it did not exist); an account without
        one covers only the months from its first record on, so its late start bounds the
        whole ledger: a 12-month average over a statement of five months would be wrong.
        """
        from cmrdesk.insights.frames import month_of

        starts = [s for i in range(len(self.frame.accounts))
                  if (s := self.account_start(i)) is not None]
        if not starts:
            return None
        first = month_of(min(starts))
        late = [month_of(from_epoch_day(int(self.first_day[i]))) for i in self.open
                if self.frame.accounts[i].opened_on is None and self.has_rows[i]]
        return max([first, *late])

    def coverage(self, needed: int) -> str:
        """``""`` when the records cover the ``needed`` complete months before this one, up to
        the last of them; else why not, in words."""
        from cmrdesk.insights.frames import month_first

        start = self.covered_from()
        if start is None or not self.has_rows.any():
            return "unknown: no transactions imported or keyed in"
        have = self.last_month - start + 1
        if have < needed:
            return f"unknown: only {_months_text(have)} of history, {needed} needed"
        end = int(self.last_day.max())
        if end < to_epoch_day(month_first(self.last_month)):
            return (f"unknown: the records end on {from_epoch_day(end).isoformat()}; import "
                    "the months since")
        return ""

    def flow_gap(self) -> str:
        """Why the sums over the period (averages, savings rate, "saved money") cannot be
        shared: records that do not cover it, or an account in it without an exchange rate
        (its rows would be left out of every sum); ``""`` when they can."""
        return self.coverage(self.months) or self.rate_gap

    def rate_why(self, indexes: list[int]) -> str:
        """Why a base-currency total of these accounts is unknown for want of an exchange
        rate, or ``""``."""
        for i in indexes:
            if not self.frame.acc_known[i]:
                account = self.frame.accounts[i]
                return (f"unknown: no exchange rate {account.currency}→{self.base} for "
                        f"{account.name}; key in or import a rate")
        return ""

    def history_months(self) -> int:
        """Complete months before this one that the records cover (0 without any)."""
        start = self.covered_from()
        return max(self.last_month - start + 1, 0) if start is not None else 0

    def balance_why(self, index: int) -> str:
        """``""`` when an account's balance is known, else why not: it needs a starting point
        (an opening balance, an opening date from which it starts at zero, or a valuation)."""
        account = self.frame.accounts[index]
        if (account.opening_balance is not None or account.opened_on is not None
                or account.id in self.valued):
            return ""
        if not self.has_rows[index]:
            return f"unknown: no balance keyed in for {account.name}"
        return (f"unknown: the opening balance of {account.name} is not known (its statement "
                "gave none); key it in, or the date the account was opened")

    # --- money -------------------------------------------------------------------------------

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
        """How labels name the averaging period: complete calendar months, this one left out
        (a person comparing it with the dashboard's rolling "last 12 months" must see that
        the two periods differ)."""
        return f"average of the last {self.months} complete months"

    def over(self) -> str:
        """How labels name the period of a ratio over it (not an average of monthly ratios)."""
        return f"over the last {self.months} complete months"

    def nothing_in(self) -> str:
        """Why a zero income over the period is not shared as zero."""
        return (f"unknown: no money came in over the last {self.months} months of records "
                "(an account may be missing)")


def _years_between(start: date, end: date) -> int:
    years = end.year - start.year - ((end.month, end.day) < (start.month, start.day))
    return max(years, 0)


# --- sections --------------------------------------------------------------------------------

_NOT_KEYED = "unknown: not keyed in on your profile"


def _profile(b: _Builder, c: _Context) -> None:
    profile = c.profile
    numbers = {"birth_year", "household_adults", "household_children"}
    dates = {"employed_since", "residence_since"}
    for name, label in _PROFILE_LABELS.items():
        value = getattr(profile, name)
        field_name = f"profile.{name}"
        year = name == "birth_year"
        missing = value is None or value == ""
        if name in dates:
            if missing:
                b.unknown(field_name, label, "Profile", ValueKind.DATE, _NOT_KEYED, "profile")
            else:
                b.add(field_name, label, "Profile", ValueKind.DATE, value)
        elif name in numbers:
            default = band(10) if year else EXACT
            if missing:
                b.unknown(field_name, label, "Profile", ValueKind.NUMBER, _NOT_KEYED,
                          "profile")
            else:
                # A year of birth is a label, not a magnitude: offer decades and lustrums.
                b.add(field_name, label, "Profile", ValueKind.NUMBER, Decimal(value),
                      default=default, choices=(band(10), band(5), EXACT) if year else ())
        elif missing:
            b.unknown(field_name, label, "Profile", ValueKind.TEXT, _NOT_KEYED, "profile")
        else:
            b.add(field_name, label, "Profile", ValueKind.TEXT, str(value))
        if name == "birth_year":
            if missing:
                b.unknown("profile.age", "Age", "Profile", ValueKind.NUMBER,
                          "unknown: no year of birth on your profile", "profile", unit="years")
            else:
                b.add("profile.age", "Age", "Profile", ValueKind.NUMBER,
                      Decimal(max(c.today.year - int(value), 0)), unit="years",
                      default=band(10))
        elif name in dates:
            derived, derived_label, what = {
                "employed_since": ("profile.employment_years", "Years with the current employer",
                                   "the date you joined your employer"),
                "residence_since": ("profile.residence_years", "Years at the current address",
                                    "the date you moved to your address"),
            }[name]
            if missing:
                b.unknown(derived, derived_label, "Profile", ValueKind.NUMBER,
                          f"unknown: {what} is not on your profile", "profile", unit="years")
            else:
                b.add(derived, derived_label, "Profile", ValueKind.NUMBER,
                      Decimal(_years_between(value, c.today)), unit="years", default=atleast(2))


def _monthly(money: Money, per_year: int) -> Money:
    """What an amount paid ``per_year`` times costs or brings in per month, half-even."""
    return Money(money.amount * per_year / 12, money.currency).rounded()


def _income(b: _Builder, c: _Context) -> None:
    sources = c.ledger.income_sources
    salaries = [s for s in sources if s.kind is IncomeKind.SALARY]
    for name, label, chosen, none in (
        ("income.net_monthly_salary", "Net salary per month", salaries,
         "unknown: no salary income source keyed in"),
        ("income.net_monthly_total", "Net income per month, all sources", sources,
         "unknown: no income source keyed in"),
    ):
        total = c.sum_in_base(_monthly(s.net, s.frequency.per_year) for s in chosen)
        unknown = None
        if not chosen:
            unknown = (none, "income")
        elif total is None:
            unknown = (f"unknown: an income source is in a currency with no exchange rate to "
                       f"{c.base}", "import")
        b.money_or_unknown(name, label, "Income", total, unknown, c.base, default=band(500))
    label = f"Income received per month ({c.within()})"
    gap = c.flow_gap()
    if gap or c.flows.income <= 0:
        b.unknown("income.received_monthly", label, "Income", ValueKind.MONEY,
                  gap or c.nothing_in(), "import", currency=c.base)
    else:
        b.money("income.received_monthly", label, "Income", c.per_month(c.flows.income),
                default=band(500))
    employer = c.profile.employer or (max(salaries, key=c.size).payer if salaries else "")
    if employer:
        b.add("income.employer", "Employer", "Income", ValueKind.TEXT, employer)
    else:
        b.unknown("income.employer", "Employer", "Income", ValueKind.TEXT,
                  "unknown: no employer on your profile and no salary income source",
                  "profile")
    run, why, where = _salary_run(c)
    label = "Months in a row with a salary received (counted back at most three years)"
    if why:
        b.unknown("income.salary_months", label, "Income", ValueKind.NUMBER, why, where,
                  unit="months")
    else:
        b.add("income.salary_months", label, "Income", ValueKind.NUMBER, Decimal(run),
              unit="months", default=atleast(12))


def _balances(b: _Builder, c: _Context) -> None:
    from cmrdesk.insights import account_balances

    frame = c.frame
    index_of = {a.id: i for i, a in enumerate(frame.accounts)}
    for row in account_balances(frame, c.today).itertuples(index=False):
        index = index_of[int(row.account_id)]
        account = frame.accounts[index]
        if account.closed:
            continue
        name, label = f"balance.{slug(account.name)}", f"Balance: {account.name}"
        why = c.balance_why(index)
        if why:
            b.unknown(name, label, "Balances", ValueKind.MONEY, why, "accounts",
                      currency=account.currency)
        else:
            b.money(name, label, "Balances",
                    Money.from_minor(int(row.balance_minor), account.currency))

    def unknown_of(indexes: list[int], none: str,
                   every: list[int] | None = None) -> tuple[str, str] | None:
        """Why a total of ``indexes`` (open accounts) is unknown: none of them, a balance
        without a start, or an account (``every``, closed ones too) without a rate."""
        if not indexes:
            return f"unknown: {none}", "accounts"
        whys = [c.balance_why(i) for i in indexes]
        found = next(((w, "accounts") for w in whys if w), None)
        rate = c.rate_why(indexes if every is None else every)
        return found or ((rate, "import") if rate else None)

    def everyone(test: Any) -> list[int]:
        return [i for i, a in enumerate(frame.accounts) if test(a)]

    worth = c.worth
    for group, label in _GROUP_LABELS.items():
        members = [i for i in c.open if frame.accounts[i].kind.group == group]
        b.money_or_unknown(f"total.{group}", f"Total of {label}", "Balances",
                           Money(worth.by_group.get(group, Decimal(0)), c.base),
                           unknown_of(members, _GROUP_NONE[group],
                                      everyone(lambda a, g=group: a.kind.group == g)), c.base)
    b.money_or_unknown("net_worth", "Net worth", "Balances", Money(worth.total, c.base),
                       unknown_of(c.open, "no account keyed in or imported",
                                  everyone(lambda a: True)), c.base)
    liquid = [i for i in c.open if frame.accounts[i].kind.is_liquid]
    b.money_or_unknown("savings.liquid", "Liquid savings (cash, current and savings accounts)",
                       "Balances", Money(worth.liquid, c.base),
                       unknown_of(liquid, "no current, savings or cash account keyed in",
                                  everyone(lambda a: a.kind.is_liquid)), c.base)
    debts = [i for i in c.open if frame.accounts[i].kind.group == "debts"]
    b.money_or_unknown("debts.total", "Debts outstanding (loans, mortgages, credit cards)",
                       "Balances", Money(-worth.by_group.get("debts", Decimal(0)), c.base),
                       unknown_of(debts, _GROUP_NONE["debts"],
                                  everyone(lambda a: a.kind.group == "debts")), c.base)


def _spending(b: _Builder, c: _Context) -> None:
    from cmrdesk.insights import spending_by_category

    gap = c.flow_gap()
    label = f"Spending per month ({c.within()})"
    if gap or c.flows.spending <= 0:
        why = gap or (f"unknown: no spending in the last {c.months} months of records (an "
                      "account may be missing)")
        b.unknown("spending.monthly_total", label, "Spending", ValueKind.MONEY, why, "import",
                  currency=c.base)
    else:
        b.money("spending.monthly_total", label, "Spending", c.per_month(c.flows.spending),
                default=band(500))
    table = spending_by_category(c.frame, *c.period, rollup=True)
    for row in table.itertuples(index=False):
        if int(row.amount_minor) <= 0:
            continue
        name = f"spending.{slug(str(row.name))}"
        label = f"Spending per month on {row.name} ({c.within()})"
        if gap:
            b.unknown(name, label, "Spending", ValueKind.MONEY, gap, "import", currency=c.base)
        else:
            b.money(name, label, "Spending", c.per_month(int(row.amount_minor)))
    label = f"Savings rate ({c.over()})"
    if gap or c.flows.savings_rate is None or c.flows.income <= 0:
        b.unknown("savings.rate", label, "Spending", ValueKind.NUMBER, gap or c.nothing_in(),
                  "import", unit="%")
    else:
        # The one savings rate (insights' cash_flow_totals, as on the dashboard and in the
        # report), in percent with the one decimal every screen shows.
        percent = savings_rate_percent(c.flows.savings_rate)
        b.add("savings.rate", label, "Spending", ValueKind.NUMBER, percent, unit="%",
              default=band(5))


def savings_rate_percent(rate: Decimal) -> Decimal:
    """A savings rate (a fraction, see ``cmrdesk.insights.period_savings_rate``) as the
    percentage a field shares: one decimal, half-even, as the screens show it."""
    return (rate * 100).quantize(Decimal("0.1"), ROUND_HALF_EVEN)


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
    gap = c.flow_gap()
    unknown = None
    if gap:
        unknown = (gap, "import")
    elif not monthly_amounts:
        unknown = ("unknown: no recurring payment found in the records (an account may be "
                   "missing)", "import")
    elif total is None:
        unknown = (f"unknown: a recurring payment is in a currency with no exchange rate to "
                   f"{c.base}", "import")
    b.money_or_unknown("commitments.monthly_total", "Recurring payments per month, in total",
                       "Commitments", total, unknown, c.base, default=band(250))


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
        if policy.cover is not None:  # health or car cover has no amount: not applicable
            b.money(f"{name}.cover", f"Insured amount: {title} insurance", "Insurance",
                    policy.cover)


def _investments(b: _Builder, c: _Context) -> None:
    from cmrdesk.insights.networth import holding_value

    securities = {s.id: s for s in c.ledger.securities}
    priced = {p.security_id for p in c.ledger.prices}
    by_class: dict[str, int] = {}
    blind = ""  # why the allocation cannot be worked out, when a holding has no value
    for holding in c.ledger.holdings:
        security = securities.get(holding.security_id)
        if security is None:
            continue
        name, label = f"holding.{slug(security.symbol)}", f"Holding: {security.symbol}"
        why, where = "", "holdings"
        if security.id not in priced and holding.cost_basis is None:
            why = f"unknown: no price and no cost basis for {security.symbol}"
        else:
            try:
                minor = round_minor(holding_value(c.frame, holding, c.day, c.base))
            except MissingRate:
                why, where = (f"unknown: no exchange rate to {c.base} for {security.symbol}",
                              "import")
        if why:
            b.unknown(name, label, "Investments", ValueKind.MONEY, why, where, currency=c.base)
            blind = blind or f"unknown: the value of {security.symbol} is not known"
            by_class.setdefault(security.asset_class, 0)
            continue
        b.money(name, label, "Investments", c.base_money(minor))
        by_class[security.asset_class] = by_class.get(security.asset_class, 0) + minor
    invested = sum(by_class.values())
    if invested <= 0 and not blind:
        return
    for asset_class, minor in sorted(by_class.items()):
        name = f"allocation.{slug(asset_class)}"
        label = f"Share of investments in {asset_class.replace('_', ' ')}"
        if blind or invested <= 0:
            b.unknown(name, label, "Investments", ValueKind.NUMBER, blind, "holdings",
                      unit="%")
            continue
        share = (Decimal(minor) * 100 / invested).quantize(Decimal("0.1"), ROUND_HALF_EVEN)
        b.add(name, label, "Investments", ValueKind.NUMBER, share, unit="%", default=band(10))


def _facts(b: _Builder, c: _Context) -> None:
    from cmrdesk.insights.cashflow import average_monthly_spending

    def fact(name: str, label: str, value: bool | None, why: str, where: str) -> None:
        if why or value is None:
            b.unknown(name, label, "Facts", ValueKind.FACT, why or "unknown", where)
        else:
            b.add(name, label, "Facts", ValueKind.FACT, value)

    no_overdraft, why, where = _no_overdraft(c, days=365)
    fact("fact.no_overdraft_12m", "No overdraft on a current account in the last 12 months",
         no_overdraft, why, where)

    run, why, where = _salary_run(c)
    gap = c.coverage(24)
    every: bool | None = None
    if why and not why.startswith(_RUN_OPEN):
        pass  # no salary in the records at all, or records that stop early: say that
    elif gap:
        why, where = gap, "import"
    else:  # 24 months covered: a run that reaches their start is at least 24 long
        every, why = run >= 24, ""
    fact("fact.salary_every_month_24m", "Salary received every month for 24 months", every,
         why, where)

    gap = c.flow_gap()
    liquid = next((w for i in c.open if c.frame.accounts[i].kind.is_liquid
                   and (w := c.balance_why(i))), "")
    if not any(c.frame.accounts[i].kind.is_liquid for i in c.open):
        liquid = "unknown: no current, savings or cash account keyed in"
    liquid = liquid or c.rate_why([i for i, a in enumerate(c.frame.accounts)
                                   if a.kind.is_liquid])
    essential = average_monthly_spending(c.frame, c.months, essential_only=True)
    label = "Liquid savings cover three months of essential spending"
    if gap:
        fact("fact.emergency_fund_3m", label, None, gap, "import")
    elif liquid:
        fact("fact.emergency_fund_3m", label, None, liquid,
             "import" if "exchange rate" in liquid else "accounts")
    elif essential <= 0:
        fact("fact.emergency_fund_3m", label, None,
             f"unknown: no spending in the last {c.months} months of records", "import")
    else:
        cushion = c.base_money(3 * essential).amount
        fact("fact.emergency_fund_3m", label, bool(c.worth.liquid >= cushion), "", "")

    name = "fact.saved_last_12m" if c.months == 12 else f"fact.saved_last_{c.months}m"
    label = f"Saved money over the last {c.months} complete months"
    if gap or c.flows.income <= 0:
        fact(name, label, None, gap or c.nothing_in(), "import")
    else:
        fact(name, label, bool(c.flows.saving > 0), "", "")


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


#: How the reason of a salary run that reaches the start of the records begins.
_RUN_OPEN = "unknown: a salary came in in each of the"


def _salary_run(c: _Context) -> tuple[int, str, str]:
    """Complete months in a row, ending last month, in which a salary came in, and ``("",
    "")``; or ``0`` and why it is unknown, and where to key in what is missing.

    Known only when the records reach last month and the run ends inside them (the month
    without a salary is in the vault) or reaches :data:`MAX_SALARY_MONTHS`.
    """
    cached = c.frame.cache.get(("catalogue", "salary_run"))
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    frame = c.frame
    rows = _salary_rows(c)
    salaries = [s for s in c.ledger.income_sources if s.kind is IncomeKind.SALARY]
    result: tuple[int, str, str]
    if not rows.any():
        if salaries:
            result = (0, "unknown: no transaction matches your salary income source or a "
                         "Salary category", "transactions")
        else:
            result = (0, "unknown: no income source keyed in and no transaction in a salary "
                         "category", "income")
    elif gap := c.coverage(1):
        result = (0, gap, "import")
    else:
        months = set(np.unique(frame.month[rows]).tolist())
        month, run = c.last_month, 0
        while month in months and run < MAX_SALARY_MONTHS:
            run += 1
            month -= 1
        have = c.history_months()
        if run >= MAX_SALARY_MONTHS or run < have:
            result = (run, "", "")
        else:
            result = (run, f"{_RUN_OPEN} {_months_text(have)} of history; when the run began "
                           "is not in the records", "import")
    c.frame.cache[("catalogue", "salary_run")] = result
    return result


def _no_overdraft(c: _Context, days: int) -> tuple[bool | None, str, str]:
    """Whether every open current and cash account stayed at or above zero at each day's end
    over the last ``days`` days, or ``None``, why that is not known and where to key in what
    is missing: every such account needs a known balance and records over the whole window."""
    from cmrdesk.insights.frames import month_first
    from cmrdesk.insights.networth import native_cash_matrix

    frame = c.frame
    rows = [i for i in c.open if frame.accounts[i].kind in OVERDRAFT_KINDS]
    if not rows:
        return None, "unknown: no current account keyed in", "accounts"
    first = c.day - days + 1
    for i in rows:
        account = frame.accounts[i]
        why = c.balance_why(i)
        if why:
            return None, why, "accounts"
        if not c.has_rows[i]:
            return None, (f"unknown: no transactions of {account.name} imported or keyed "
                          "in"), "import"
        start = c.account_start(i)
        opened_inside = account.opened_on is not None and to_epoch_day(account.opened_on) > first
        if start is None or (not opened_inside and to_epoch_day(start) > first):
            return None, (f"unknown: the records of {account.name} start on {start}; "
                          f"{days // 30} months needed"), "import"
        if int(c.last_day[i]) < to_epoch_day(month_first(c.last_month)):
            end = from_epoch_day(int(c.last_day[i])).isoformat()
            return None, (f"unknown: the records of {account.name} end on {end}; import the "
                          "months since"), "import"
    span = np.arange(first, c.day + 1, dtype=np.int64)
    balances = native_cash_matrix(frame, span)[rows]
    return bool((balances >= 0).all()), "", ""
