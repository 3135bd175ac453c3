"""What the "Your details" page lists: the profile, income sources, insurance policies and
goals, each with the figures derived from the ledger (a policy's yearly cost and renewal, a
goal's progress) and, where the bank data disagrees with a keyed-in figure, the observation
(:mod:`cmrdesk.services.observed`).

Read in one go on the worker; the page only formats what it gets.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from cmrdesk.domain import (
    PROFILE_FIELDS,
    Account,
    Goal,
    IncomeSource,
    MissingRate,
    Money,
    Policy,
    yearly,
)

from . import observed as observed_service
from .catalogue import _PROFILE_LABELS
from .records import profile_filled
from .session import VaultSession

#: A renewal this many days away or fewer is pointed out.
RENEWAL_SOON_DAYS = 60

#: How each profile field is named for a person: the share catalogue's words, so the page and
#: what a vendor is shown agree (the catalogue does not offer the employer's name itself).
PROFILE_LABELS: dict[str, str] = {name: _PROFILE_LABELS.get(name, "Employer")
                                  for name in PROFILE_FIELDS}


@dataclass(frozen=True)
class PolicyRow:
    """A policy with its yearly cost, its renewal and what the bank shows."""

    policy: Policy
    yearly_cost: Money
    account: Account | None  # the paid-from account
    days_to_renewal: int | None  # None: no renewal date
    observation: observed_service.Observation | None

    @property
    def renews_soon(self) -> bool:
        """Renews within :data:`RENEWAL_SOON_DAYS` (from today on)."""
        return self.days_to_renewal is not None and \
            0 <= self.days_to_renewal <= RENEWAL_SOON_DAYS

    @property
    def id(self) -> int | None:
        """The policy's id."""
        return self.policy.id


@dataclass(frozen=True)
class IncomeRow:
    """An income source with its yearly amount and what the bank shows."""

    income: IncomeSource
    yearly_net: Money
    account: Account | None  # the account it is paid into
    observation: observed_service.Observation | None

    @property
    def id(self) -> int | None:
        """The income source's id."""
        return self.income.id


@dataclass(frozen=True)
class GoalRow:
    """A goal and how far the linked accounts have got. ``saved`` and ``progress`` are
    ``None`` when no account is linked (or a balance cannot be converted): unknown, not 0 %."""

    goal: Goal
    accounts: list[Account]
    saved: Money | None
    progress: Decimal | None  # saved / target, may exceed 1
    unknown_because: str  # why saved is unknown ("" when known)

    @property
    def id(self) -> int | None:
        """The goal's id."""
        return self.goal.id


@dataclass(frozen=True)
class ProfileRow:
    """One profile field: its name, its label, its value and whether it is filled."""

    name: str
    label: str
    value: object
    filled: bool


@dataclass(frozen=True)
class Details:
    """Everything the page shows, as of ``today``."""

    today: date
    base: str
    accounts: list[Account]
    profile: list[ProfileRow]
    income: list[IncomeRow]
    policies: list[PolicyRow]
    goals: list[GoalRow]

    @property
    def profile_filled(self) -> int:
        """How many profile fields have a value."""
        return sum(row.filled for row in self.profile)


def load_details(session: VaultSession, today: date | None = None) -> Details:
    """Read the page's records and derive their figures."""
    today = today or date.today()
    accounts = session.accounts()
    by_id = {a.id: a for a in accounts}
    seen = observed_service.by_record(observed_service.observations(session, today))
    profile = session.profile()
    filled = profile_filled(session)
    profile_rows = [ProfileRow(name, PROFILE_LABELS[name], getattr(profile, name),
                               filled[name]) for name in PROFILE_FIELDS]
    income = [IncomeRow(i, yearly(i.net, i.frequency), by_id.get(i.account_id),
                        seen.get(("income_sources", i.id)))
              for i in session.list(IncomeSource)]
    policies = [PolicyRow(p, yearly(p.premium, p.frequency), by_id.get(p.account_id),
                          (p.renewal_date - today).days if p.renewal_date else None,
                          seen.get(("policies", p.id)))
                for p in session.list(Policy)]
    goal_list = session.list(Goal)
    balances = ({b.account.id: b.balance for b in session.balances(today)}
                if any(g.account_ids for g in goal_list) else {})
    fx = session.fx_table()
    goals = [_goal_row(g, by_id, balances, fx, today) for g in goal_list]
    return Details(today, session.base_currency, accounts, profile_rows, income, policies,
                   goals)


def _goal_row(goal: Goal, by_id: dict[int | None, Account], balances: dict[int | None, Money],
              fx: Any, today: date) -> GoalRow:
    linked = [by_id[i] for i in goal.account_ids if i in by_id]
    if not linked:
        return GoalRow(goal, [], None, None, "no linked account")
    saved = Money.zero(goal.target.currency)
    try:
        for account in linked:
            saved = saved + fx.convert(balances[account.id], goal.target.currency, today)
    except MissingRate as error:
        return GoalRow(goal, linked, None, None, str(error))
    progress = saved.amount / goal.target.amount if goal.target.amount else None
    return GoalRow(goal, linked, saved, progress, "")
