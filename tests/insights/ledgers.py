"""Tiny hand-written ledgers for the insights tests: rows that read like a bank statement."""

from __future__ import annotations

from datetime import date

from cmrdesk.domain import Account, AccountKind, Category, CategoryKind, Money
from cmrdesk.insights.inputs import AdviceSettings, LedgerData, tx_from_records

TODAY = date(2025, 6, 30)

SALARY, GROCERIES, RENT, STREAMING, TRANSFER, RESTAURANTS, INTEREST = 1, 2, 3, 4, 5, 6, 7


def account(
    id: int,
    kind: str = "checking",
    currency: str = "EUR",
    opening: str = "0",
    rate: str = "",
    name: str = "",
) -> Account:
    """An account; ``opening`` in major units of ``currency``."""
    return Account(
        id=id,
        name=name or f"{kind} {id}",
        kind=AccountKind(kind),
        currency=currency,
        opening_balance=Money.of(opening, currency),
        interest_rate=rate,
    )


def categories() -> list[Category]:
    """Salary, Groceries (essential), Rent (essential), Streaming, Transfer, Restaurants,
    Interest."""
    return [
        Category(id=SALARY, name="Salary", kind=CategoryKind.INCOME),
        Category(id=GROCERIES, name="Groceries", kind=CategoryKind.EXPENSE, essential=True),
        Category(id=RENT, name="Rent", kind=CategoryKind.EXPENSE, essential=True),
        Category(id=STREAMING, name="Streaming", kind=CategoryKind.EXPENSE),
        Category(id=TRANSFER, name="Transfer", kind=CategoryKind.TRANSFER),
        Category(id=RESTAURANTS, name="Restaurants", kind=CategoryKind.EXPENSE),
        Category(id=INTEREST, name="Interest", kind=CategoryKind.INCOME),
    ]


def ledger(
    rows: list[tuple],
    accounts: list[Account] | None = None,
    today: date = TODAY,
    base: str = "EUR",
    settings: AdviceSettings | None = None,
    **extra: object,
) -> LedgerData:
    """Build LedgerData from rows ``(account_id, "YYYY-MM-DD", "-12.30", payee, category_id,
    transfer_id)``; payee, category and transfer id may be left off. Ids are 1, 2, 3 ..."""
    accounts = accounts if accounts is not None else [account(1)]
    currency = {a.id: a.currency for a in accounts}
    records = []
    for position, row in enumerate(rows, start=1):
        acc, day, amount, *rest = row
        payee = rest[0] if len(rest) > 0 else ""
        category = rest[1] if len(rest) > 1 else None
        transfer = rest[2] if len(rest) > 2 else None
        records.append(
            {
                "id": position,
                "account_id": acc,
                "day": date.fromisoformat(day),
                "amount_minor": Money.of(amount, currency[acc]).minor,
                "payee": payee,
                "category_id": category,
                "transfer_id": transfer,
            }
        )
    return LedgerData(
        base_currency=base,
        today=today,
        accounts=accounts,
        categories=categories(),
        tx=tx_from_records(records),
        settings=settings or AdviceSettings(),
        **extra,  # type: ignore[arg-type]
    )


def monthly(acc: int, day: int, amount: str, payee: str, category: int | None,
            months: list[str]) -> list[tuple]:
    """The same booking on ``day`` of each ``"YYYY-MM"`` in ``months``."""
    return [(acc, f"{m}-{day:02d}", amount, payee, category) for m in months]


def months(first: str, count: int) -> list[str]:
    """``count`` consecutive ``"YYYY-MM"`` labels from ``first``."""
    year, month = map(int, first.split("-"))
    out = []
    for _ in range(count):
        out.append(f"{year:04d}-{month:02d}")
        month += 1
        if month > 12:
            year, month = year + 1, 1
    return out
