"""Transactions and the category tree they are filed under."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from .money import Money


class CategoryKind(StrEnum):
    """Whether a category counts as income, spending, or a move between own accounts."""

    INCOME = "income"
    EXPENSE = "expense"
    TRANSFER = "transfer"


@dataclass(kw_only=True)
class Category:
    """A node of the category tree (``Housing`` > ``Rent``)."""

    name: str
    kind: CategoryKind
    parent_id: int | None = None
    essential: bool = False  # counts towards essential spending (emergency-fund advice)
    id: int | None = None


@dataclass(kw_only=True)
class CategoryRule:
    """A user rule for the categoriser; rules win over the learned model, first match wins.

    Every condition given must hold. Text conditions are case-insensitive; ``pattern`` is a
    regular expression searched in the payee and the memo. Amounts are signed, in the account's
    currency (``Decimal("-50")`` is a payment of 50 or more when used as ``max_amount``).
    Rules are tried in ``position`` order (then id); the first that matches wins.
    """

    category_id: int
    payee_contains: str = ""
    payee_equals: str = ""
    memo_contains: str = ""
    pattern: str = ""
    min_amount: Decimal | None = None
    max_amount: Decimal | None = None
    account_id: int | None = None
    name: str = ""
    position: int = 0
    id: int | None = None

    def describe(self) -> str:
        """A short human description, used as the reason of a suggestion."""
        if self.name:
            return f"rule '{self.name}'"
        parts = []
        if self.payee_contains:
            parts.append(f"payee contains '{self.payee_contains}'")
        if self.payee_equals:
            parts.append(f"payee is '{self.payee_equals}'")
        if self.memo_contains:
            parts.append(f"memo contains '{self.memo_contains}'")
        if self.pattern:
            parts.append(f"matches /{self.pattern}/")
        if self.min_amount is not None or self.max_amount is not None:
            parts.append(f"amount in [{self.min_amount}, {self.max_amount}]")
        if self.account_id is not None:
            parts.append(f"account {self.account_id}")
        return "rule: " + (" and ".join(parts) or "always")


class TransactionStatus(StrEnum):
    """Booking state as the bank reports it."""

    CLEARED = "cleared"
    PENDING = "pending"
    RECONCILED = "reconciled"


@dataclass(kw_only=True)
class Transaction:
    """One booking on one account, signed from the account holder's side.

    Money into the account is positive; a purchase or a payment out is negative.
    """

    account_id: int
    date: date
    amount: Money
    payee: str = ""
    payee_raw: str = ""
    memo: str = ""
    category_id: int | None = None
    import_id: str = ""  # FITID or bank reference, when the bank gives one
    status: TransactionStatus = TransactionStatus.CLEARED
    transfer_id: int | None = None  # the other side, when this moves money between own accounts
    id: int | None = None
