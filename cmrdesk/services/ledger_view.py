"""What the Transactions page shows beyond the rows themselves: split markers, running
balances, the rows a reconciliation may tick.

All of it is read a page (or one account's column of amounts) at a time; nothing here turns
the ledger into a Python object per row.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np

from cmrdesk.domain import Account, Money, NotFound, Transaction, ValidationError
from cmrdesk.vault import browse as vault_browse
from cmrdesk.vault import ledger as vault_ledger

from .session import VaultSession


@dataclass(frozen=True)
class Page:
    """A page of transactions by id, and which of them are split lines."""

    rows: dict[int, Transaction]
    split: frozenset[int]


def page(session: VaultSession, ids: Sequence[int]) -> Page:
    """The transactions ``ids`` (keyed by id) with their split markers, in one read."""
    with session.vault.read() as conn:
        rows = vault_browse.rows_by_id(conn, ids)
        split = vault_browse.split_ids(conn, ids)
    return Page({i: vault_ledger.transaction_from_row(r) for i, r in rows.items()},
                frozenset(split))


def first_page(session: VaultSession, flt: object, sort: str = "date",
               descending: bool = True, limit: int = 200) -> tuple[np.ndarray, Page]:
    """The first ``limit`` ids a filter lists in an order (``services.browse`` filter and
    sort keys), and their rows: what a table shows while the whole id list is still being
    ordered."""
    from .browse import first_ids

    ids = first_ids(session, flt, sort, descending, limit)  # type: ignore[arg-type]
    return ids, page(session, [int(i) for i in ids])


@dataclass(frozen=True, eq=False)  # eq=False: arrays, compared by identity
class RunningBalance:
    """One account's balance after each of its rows (opening balance included), looked up by
    transaction id: ``ids`` ascending and ``minor`` aligned with them."""

    account_id: int
    currency: str
    ids: np.ndarray
    minor: np.ndarray

    def after(self, ident: int) -> Money | None:
        """The balance after transaction ``ident`` (None: not on this account)."""
        at = int(np.searchsorted(self.ids, ident))
        if at >= len(self.ids) or self.ids[at] != ident:
            return None
        return Money.from_minor(int(self.minor[at]), self.currency)


def running_balance(session: VaultSession, account_id: int) -> RunningBalance:
    """The balance after every row of one account, in booking order (day, then id)."""
    try:
        account = session.get(Account, account_id)
    except NotFound:
        raise ValidationError("account", f"no account with id {account_id}") from None
    with session.vault.read() as conn:
        ids, amounts = vault_browse.account_amounts(conn, account_id)
    balance = np.cumsum(amounts) + account.opening().minor
    order = np.argsort(ids, kind="stable")
    return RunningBalance(account_id, account.currency, ids[order], balance[order])


#: At most this many rows are offered for ticking in one reconciliation (newest first).
RECONCILE_LIMIT = 5_000


def reconcile_candidates(session: VaultSession, account_id: int, day: date,
                         limit: int = RECONCILE_LIMIT) -> tuple[list[Transaction], int]:
    """An account's rows not yet reconciled, dated on or before the statement ``day``, newest
    first (at most ``limit``), and how many there are in all."""
    from .browse import TransactionFilter, sorted_ids, transactions_by_id

    flt = TransactionFilter(account_ids=(account_id,), until=day, reconciled=False)
    ids = sorted_ids(session, flt, "date", descending=True)
    shown = [int(i) for i in ids[:limit]]
    found = transactions_by_id(session, shown)
    return [found[i] for i in shown if i in found], len(ids)



@dataclass(frozen=True, eq=False)  # eq=False: arrays, compared by identity
class SuggestionTable:
    """The categoriser's suggestions kept as columns (one per uncategorised row, however many
    there are), looked up by transaction id: ``ids`` ascending, the rest aligned."""

    ids: np.ndarray
    category_ids: np.ndarray
    confidence: np.ndarray
    method: np.ndarray
    reason: np.ndarray

    def __len__(self) -> int:
        return len(self.ids)

    def at(self, ident: int) -> tuple[int, float, str, str] | None:
        """``(category_id, confidence, method, reason)`` for a row, or None."""
        at = int(np.searchsorted(self.ids, ident))
        if at >= len(self.ids) or self.ids[at] != ident:
            return None
        return (int(self.category_ids[at]), float(self.confidence[at]), str(self.method[at]),
                str(self.reason[at]))

    def above(self, floor: float) -> list[int]:
        """Ids of the suggestions at or above ``floor`` (0-1)."""
        return [int(i) for i in self.ids[self.confidence >= floor]]

    def without(self, ids: Sequence[int]) -> SuggestionTable:
        """The same table less the rows ``ids`` (rejected, or filed meanwhile)."""
        keep = ~np.isin(self.ids, np.asarray(list(ids), dtype=np.int64))
        return SuggestionTable(self.ids[keep], self.category_ids[keep], self.confidence[keep],
                               self.method[keep], self.reason[keep])


def suggestion_table(session: VaultSession, frame: object) -> SuggestionTable:
    """Every suggestion the categoriser has for ``frame`` (a loaded ledger's frame), less
    those rejected while the vault has been open: the same rows, categories and confidences as
    :func:`~.ledger_edits.suggestions` over that frame, as columns."""
    from cmrdesk.insights import categoriser

    from .ledger_edits import rejected

    table = categoriser.suggest(frame)  # type: ignore[arg-type]
    keep = table["category_id"].to_numpy() >= 0
    gone = rejected(session)
    if gone:
        keep &= ~np.isin(table["id"].to_numpy(), np.fromiter(gone, np.int64))
    picked = table[keep]
    ids = picked["id"].to_numpy(dtype=np.int64)
    order = np.argsort(ids, kind="stable")
    return SuggestionTable(ids[order], picked["category_id"].to_numpy(np.int64)[order],
                           picked["confidence"].to_numpy(np.float64)[order],
                           picked["method"].to_numpy(object)[order],
                           picked["reason"].to_numpy(object)[order])
