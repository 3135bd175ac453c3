"""Transactions and the category tree they are filed under."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
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
