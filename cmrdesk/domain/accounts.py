"""Accounts: every place a person keeps, owes or holds value."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from .money import Money


class AccountKind(StrEnum):
    """What an account is; decides where it counts in net worth and whether it is liquid."""

    CHECKING = "checking"
    SAVINGS = "savings"
    CREDIT_CARD = "credit_card"
    LOAN = "loan"
    MORTGAGE = "mortgage"
    BROKERAGE = "brokerage"
    PENSION = "pension"
    CASH = "cash"
    PROPERTY = "property"
    OTHER_ASSET = "other_asset"

    @property
    def is_liability(self) -> bool:
        """Money owed: balances are normally negative."""
        return self in _LIABILITIES

    @property
    def is_liquid(self) -> bool:
        """Money that can be spent this week without selling anything."""
        return self in _LIQUID

    @property
    def group(self) -> str:
        """The net-worth group: cash, savings, investments, pension, property or debts."""
        return _GROUPS[self]


_LIABILITIES = frozenset({AccountKind.CREDIT_CARD, AccountKind.LOAN, AccountKind.MORTGAGE})
_LIQUID = frozenset({AccountKind.CHECKING, AccountKind.SAVINGS, AccountKind.CASH})
_GROUPS = {
    AccountKind.CHECKING: "cash",
    AccountKind.CASH: "cash",
    AccountKind.SAVINGS: "savings",
    AccountKind.BROKERAGE: "investments",
    AccountKind.PENSION: "pension",
    AccountKind.PROPERTY: "property",
    AccountKind.OTHER_ASSET: "property",
    AccountKind.CREDIT_CARD: "debts",
    AccountKind.LOAN: "debts",
    AccountKind.MORTGAGE: "debts",
}

#: Net-worth groups in display order.
NET_WORTH_GROUPS = ("cash", "savings", "investments", "pension", "property", "debts")


@dataclass(kw_only=True)
class Account:
    """An account at an institution (or a manually valued asset).

    ``opening_balance`` is the balance before the first transaction in the vault; the balance at
    any date is the opening balance plus the transactions up to that date (or, for valued assets,
    the latest valuation).
    """

    name: str
    kind: AccountKind
    currency: str
    institution: str = ""
    number_masked: str = ""
    iban: str = ""
    number: str = ""  # the full account number as the bank writes it (matches imports)
    opening_balance: Money | None = None
    opened_on: date | None = None
    interest_rate: str = ""  # yearly percent as a decimal string; used by advice ("idle cash")
    # Cards: the limit and the yearly percentage rate charged on what is carried over.
    credit_limit: Money | None = None
    apr: str = ""
    # Loans and mortgages: what was borrowed, until when the rate is fixed, when the loan ends
    # and what is paid each month (``interest_rate`` is the loan's yearly rate).
    principal: Money | None = None
    fixed_until: date | None = None
    term_end: date | None = None
    monthly_payment: Money | None = None
    # Pensions: yearly contributions paid in by the person and by the employer (the pot's value
    # comes from valuations, the provider is the institution).
    contribution_own: Money | None = None
    contribution_employer: Money | None = None
    closed: bool = False
    notes: str = ""
    id: int | None = None

    def opening(self) -> Money:
        """The opening balance, zero when none was given."""
        return self.opening_balance or Money.zero(self.currency)


def mask_number(number: str) -> str:
    """Show only the last four characters of an account or card number: ``••••1234``."""
    digits = "".join(ch for ch in number if not ch.isspace())
    if len(digits) <= 4:
        return digits
    return "••••" + digits[-4:]
