"""Splits: one bank line filed over several categories (a supermarket receipt: groceries and
household), and reconciling an account against a bank statement.

A split's parts must add up to the line exactly, in the line's currency; anything else is a
``ValidationError`` and nothing changes. Reports read the parts, never the line (see
``cmrdesk.insights.frames.expand_splits``). Reconciling marks the ticked rows ``reconciled``
and records the statement, only when the ticked rows bring the account exactly to the
statement's balance.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from cmrdesk.domain import (
    Account,
    ChangeSet,
    Money,
    NotFound,
    ValidationError,
    currency_exponent,
    to_epoch_day,
)

from .editing import Batch, DeleteRows, InsertRows, Operation, Outcome, SetColumns
from .ledger_edits import category, transactions
from .session import VaultSession

#: At most this many parts per line (a receipt, not a ledger of its own).
MAX_PARTS = 50


@dataclass(frozen=True)
class SplitPart:
    """One part of a split line: its amount (signed like the line), category and memo."""

    amount: Money
    category_id: int | None = None
    memo: str = ""


@dataclass
class _AlsoTransactions(Operation):
    """Runs ``inner`` and reports the line as changed too, so the ledger and every figure
    redraw (a split changes what the reports read, not the line's own columns)."""

    inner: Operation
    ids: tuple[int, ...]
    label: str = ""

    def run(self, session: VaultSession, conn: Any) -> Outcome:
        outcome = self.inner.run(session, conn)
        changes = outcome.changes | ChangeSet.of("transactions", ids=self.ids)
        return Outcome(changes, _AlsoTransactions(outcome.inverse, self.ids, self.label),
                       outcome.result)


def split_parts(session: VaultSession, transaction_id: int) -> list[SplitPart]:
    """The parts of a split line, in order (empty: the line is not split)."""
    (tx,) = transactions(session, [transaction_id])
    return [SplitPart(Money.from_minor(row["amount_minor"], tx.amount.currency),
                      row["category_id"], row["memo"]) for row in _rows(session, transaction_id)]


def _rows(session: VaultSession, transaction_id: int) -> list[dict[str, Any]]:
    from cmrdesk.vault import rows as vault_rows

    with session.vault.read() as conn:
        rows = vault_rows.select_rows(conn, "transaction_splits", "transaction_id = ?",
                                      (transaction_id,))
    return sorted(rows, key=lambda r: (r["position"], r["id"]))


def split(session: VaultSession, transaction_id: int, parts: Sequence[SplitPart]
          ) -> Operation:
    """Split a line over ``parts`` (replacing an earlier split) as one undo step. The parts
    must be at least two, in the line's currency with no more decimals than it has, and add
    up to the line exactly."""
    (tx,) = transactions(session, [transaction_id])
    if tx.transfer_id is not None:
        raise ValidationError("transaction", "is one side of a transfer; unlink it first")
    if len(parts) < 2:
        raise ValidationError("parts", "a split needs at least two parts")
    if len(parts) > MAX_PARTS:
        raise ValidationError("parts", f"a split has at most {MAX_PARTS} parts")
    currency = tx.amount.currency
    step = Decimal(1).scaleb(-currency_exponent(currency))
    for number, part in enumerate(parts, start=1):
        if part.amount.currency != currency:
            raise ValidationError(f"part {number}", f"is in {part.amount.currency}; the line "
                                  f"is in {currency}")
        if part.amount.amount != part.amount.amount.quantize(step):
            raise ValidationError(f"part {number}", f"has more decimals than {currency} has")
        if part.amount.amount == 0:
            raise ValidationError(f"part {number}", "is zero")
        category(session, part.category_id, f"part {number}")
        if len(part.memo) > 2000 or any(ord(c) < 32 and c != "\t" for c in part.memo):
            raise ValidationError(f"part {number}", "memo is too long or has a control "
                                  "character")
    total = sum((p.amount.minor for p in parts), 0)
    if total != tx.amount.minor:
        summed = Money.from_minor(total, currency).decimal_str()
        difference = Money.from_minor(tx.amount.minor - total, currency).decimal_str()
        raise ValidationError("parts", f"add up to {summed}, not the line's "
                              f"{tx.amount.decimal_str()} (difference {difference} {currency})")
    new_rows = [{"transaction_id": transaction_id, "position": k,
                 "amount_minor": p.amount.minor, "category_id": p.category_id,
                 "memo": p.memo} for k, p in enumerate(parts)]
    steps: list[Operation] = []
    old = [r["id"] for r in _rows(session, transaction_id)]
    if old:
        steps.append(DeleteRows("transaction_splits", old))
    steps.append(InsertRows("transaction_splits", new_rows))
    label = f"split '{tx.payee}' in {len(parts)}"
    return _AlsoTransactions(Batch(steps, label=label), (transaction_id,), label=label)


def unsplit(session: VaultSession, transaction_id: int) -> Operation:
    """Join a split line again (its parts are removed; the undo puts them back)."""
    (tx,) = transactions(session, [transaction_id])
    old = [r["id"] for r in _rows(session, transaction_id)]
    if not old:
        raise ValidationError("transaction", f"transaction {transaction_id} is not split")
    label = f"unsplit '{tx.payee}'"
    return _AlsoTransactions(DeleteRows("transaction_splits", old, label=label),
                             (transaction_id,), label=label)


# --- reconcile -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReconcileState:
    """Where a reconciliation stands: the statement balance, what the account's reconciled
    rows plus the ticked ones come to, and the difference (zero: it may be finished)."""

    statement: Money
    cleared: Money
    difference: Money

    @property
    def balanced(self) -> bool:
        """Whether the ticked rows bring the account exactly to the statement balance."""
        return self.difference.minor == 0


def reconcile_state(session: VaultSession, account_id: int, day: date, balance: Money,
                    cleared_ids: Sequence[int]) -> ReconcileState:
    """The difference between a statement's ``balance`` on ``day`` and the account's opening
    balance plus its rows already reconciled plus the ticked ``cleared_ids``."""
    account, ticked = _check_reconcile(session, account_id, day, balance, cleared_ids)
    from cmrdesk.vault import rows as vault_rows

    with session.vault.read() as conn:
        done = vault_rows.select_rows(
            conn, "transactions", "account_id = ? AND status = 'reconciled'", (account_id,),
            columns=("id", "amount_minor"))
    already = {r["id"] for r in done}
    minor = account.opening().minor + sum(r["amount_minor"] for r in done)
    minor += sum(tx.amount.minor for tx in ticked if tx.id not in already)
    cleared = Money.from_minor(minor, account.currency)
    return ReconcileState(balance, cleared, balance - cleared)


def _check_reconcile(session: VaultSession, account_id: int, day: date, balance: Money,
                     cleared_ids: Sequence[int]) -> tuple[Account, list]:
    try:
        account = session.get(Account, account_id)
    except NotFound:
        raise ValidationError("account", f"no account with id {account_id}") from None
    if balance.currency != account.currency:
        raise ValidationError("balance", f"is in {balance.currency}; {account.name!r} is in "
                              f"{account.currency}")
    step = Decimal(1).scaleb(-currency_exponent(balance.currency))
    if balance.amount != balance.amount.quantize(step):
        raise ValidationError("balance", f"has more decimals than {balance.currency} has")
    ticked = transactions(session, list(dict.fromkeys(cleared_ids)), "cleared") \
        if cleared_ids else []
    for tx in ticked:
        if tx.account_id != account_id:
            raise ValidationError("cleared", f"transaction {tx.id} is not on {account.name!r}")
        if tx.date > day:
            raise ValidationError("cleared", f"transaction {tx.id} is dated after the "
                                  f"statement ({day.isoformat()})")
    return account, ticked


def reconcile(session: VaultSession, account_id: int, day: date, balance: Money,
              cleared_ids: Sequence[int]) -> Operation:
    """Mark the ticked rows ``reconciled`` and record the statement, as one undo step; only
    when the difference is zero (else a ``ValidationError`` saying what it is)."""
    state = reconcile_state(session, account_id, day, balance, cleared_ids)
    if not state.balanced:
        raise ValidationError("balance", "the ticked transactions differ from the statement "
                              f"by {state.difference.decimal_str()} "
                              f"{state.difference.currency}")
    ids = list(dict.fromkeys(cleared_ids))
    record = {"account_id": account_id, "day": to_epoch_day(day),
              "balance_minor": balance.minor, "balance_currency": balance.currency,
              "transactions": len(ids), "created_at": datetime.now(UTC).isoformat()}
    label = f"reconcile to {day.isoformat()}"
    steps: list[Operation] = [InsertRows("reconciliations", [record])]
    if ids:
        steps.insert(0, SetColumns("transactions", ids, {"status": ["reconciled"] * len(ids)}))
    return _AlsoTransactions(Batch(steps, label=label), tuple(ids), label=label)
