"""Insurance policies, income sources and goals: what recurs and what a person aims for."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum

from .money import Money


class Frequency(StrEnum):
    """How often something recurs."""

    WEEKLY = "weekly"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    HALF_YEARLY = "half_yearly"
    YEARLY = "yearly"

    @property
    def per_year(self) -> int:
        """How many times a year it happens."""
        return {"weekly": 52, "monthly": 12, "quarterly": 4, "half_yearly": 2, "yearly": 1}[
            self.value
        ]


def yearly(amount: Money, frequency: Frequency) -> Money:
    """What an amount paid at ``frequency`` costs or brings in a year."""
    return amount * Decimal(frequency.per_year)


class PolicyType(StrEnum):
    """The kind of insurance."""

    HOME = "home"
    CONTENTS = "contents"
    CAR = "car"
    LIFE = "life"
    HEALTH = "health"
    LIABILITY = "liability"
    TRAVEL = "travel"
    DISABILITY = "disability"
    LEGAL = "legal"
    OTHER = "other"


@dataclass(kw_only=True)
class Policy:
    """An insurance policy."""

    insurer: str
    policy_type: PolicyType
    premium: Money
    frequency: Frequency = Frequency.MONTHLY
    cover: Money | None = None
    deductible: Money | None = None
    start_date: date | None = None
    renewal_date: date | None = None
    number_masked: str = ""
    account_id: int | None = None  # where the premium is paid from
    vendor_id: int | None = None
    notes: str = ""
    id: int | None = None


class IncomeKind(StrEnum):
    """Where income comes from."""

    SALARY = "salary"
    SELF_EMPLOYED = "self_employed"
    PENSION = "pension"
    BENEFITS = "benefits"
    RENTAL = "rental"
    OTHER = "other"


@dataclass(kw_only=True)
class IncomeSource:
    """A source of regular income, e.g. an employer paying a monthly salary."""

    payer: str
    kind: IncomeKind
    net: Money
    gross: Money | None = None
    frequency: Frequency = Frequency.MONTHLY
    start_date: date | None = None
    pay_day: int | None = None  # day of the month it usually arrives (1-31)
    account_id: int | None = None  # where it is paid into
    notes: str = ""
    id: int | None = None


@dataclass(kw_only=True)
class Goal:
    """A savings target, optionally tied to an account and a date."""

    name: str
    target: Money
    target_date: date | None = None
    account_ids: list[int] = field(default_factory=list)  # the accounts that hold the savings
    id: int | None = None
