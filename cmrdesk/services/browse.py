"""Browsing transactions: a filter, a sort order, the matching ids, and rows by id.

The Transactions page of the desktop app (and anything else that lists transactions a page at
a time) holds the ids of the current filter and order, and asks for the rows it shows; see
``cmrdesk.vault.browse`` for why this stays fast at a million rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal

import numpy as np

from cmrdesk.domain import Money, Transaction, to_epoch_day
from cmrdesk.vault import browse as vault_browse
from cmrdesk.vault import ledger as vault_ledger

from .session import VaultSession

#: Sort keys, in the order of the Transactions table's columns.
SORT_KEYS = tuple(vault_browse.SORT_COLUMNS)
UNCATEGORISED = -1


@dataclass(frozen=True, eq=False)  # eq=False: ``ids`` is an array, compared by identity
class TransactionFilter:
    """Which transactions to list; every field left empty does not filter.

    ``category_ids`` include their sub-categories; ``UNCATEGORISED`` (-1) selects rows without
    a category. ``ids`` restricts to explicit transactions (what a chart element stands for);
    ``label`` says in words what the filter is, for the person reading the list.
    """

    since: date | None = None
    until: date | None = None
    account_ids: tuple[int, ...] | None = None
    category_ids: tuple[int, ...] | None = None
    text: str = ""
    ids: np.ndarray | None = None
    label: str = ""
    #: Amount bounds (inclusive); ``amount_magnitude`` compares them without the sign, so a
    #: search for 42 finds a payment of -42.00 too.
    amount_min: Decimal | None = None
    amount_max: Decimal | None = None
    amount_magnitude: bool = False
    needs_review: bool = False  # uncategorised rows that are neither split nor a transfer
    split: bool | None = None  # True: split lines only; False: none of them
    reconciled: bool | None = None

    @property
    def is_empty(self) -> bool:
        """True when nothing is filtered."""
        return (
            self.since is None and self.until is None and self.account_ids is None
            and self.category_ids is None and not self.text.strip() and self.ids is None
            and self.amount_min is None and self.amount_max is None and not self.needs_review
            and self.split is None and self.reconciled is None
        )

    def with_changes(self, **changes: object) -> TransactionFilter:
        """A copy with some fields replaced."""
        return replace(self, **changes)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Totals:
    """How many rows a filter matches and their sum per currency (largest count first)."""

    count: int
    sums: tuple[Money, ...]


def _where(session: VaultSession, flt: TransactionFilter) -> vault_browse.Where:
    categories = None
    if flt.category_ids is not None:
        categories = tuple(sorted(_with_children(session, flt.category_ids)))
    return vault_browse.Where(
        since_day=to_epoch_day(flt.since) if flt.since else None,
        until_day=to_epoch_day(flt.until) if flt.until else None,
        account_ids=flt.account_ids,
        category_ids=categories,
        text=flt.text,
        ids=flt.ids,
        amount_min=_bound(flt.amount_min, ROUND_CEILING),
        amount_max=_bound(flt.amount_max, ROUND_FLOOR),
        amount_magnitude=flt.amount_magnitude,
        needs_review=flt.needs_review,
        split=flt.split,
        reconciled=flt.reconciled,
        currencies=tuple(sorted({a.currency for a in session.accounts()}))
        if flt.amount_min is not None or flt.amount_max is not None else (),
    )


def _bound(value: Decimal | None, rounding: str) -> int | None:
    """An amount bound in the vault's comparison units (rounded inwards: still inclusive)."""
    if value is None:
        return None
    return int(value.scaleb(vault_browse.AMOUNT_SCALE).to_integral_value(rounding))


def _with_children(session: VaultSession, ids: Sequence[int]) -> set[int]:
    wanted = set(ids)
    children: dict[int, list[int]] = {}
    for category in session.categories():
        if category.parent_id is not None and category.id is not None:
            children.setdefault(category.parent_id, []).append(category.id)
    stack = [i for i in wanted if i >= 0]
    while stack:
        for child in children.get(stack.pop(), []):
            if child not in wanted:
                wanted.add(child)
                stack.append(child)
    return wanted


def sorted_ids(
    session: VaultSession, flt: TransactionFilter, sort: str = "date", descending: bool = True
) -> np.ndarray:
    """Ids of the transactions ``flt`` matches, ordered by ``sort`` (one of ``SORT_KEYS``)."""
    with session.vault.read() as conn:
        return vault_browse.sorted_ids(conn, _where(session, flt), sort, descending)


def first_ids(session: VaultSession, flt: TransactionFilter, sort: str = "date",
              descending: bool = True, limit: int = 200) -> np.ndarray:
    """The first ``limit`` ids of :func:`sorted_ids` (the rows a table shows first)."""
    with session.vault.read() as conn:
        return vault_browse.top_ids(conn, _where(session, flt), sort, descending, limit)


def transactions_by_id(session: VaultSession, ids: Sequence[int]) -> dict[int, Transaction]:
    """The transactions with these ids (a page of a table, not bulk work), keyed by id."""
    with session.vault.read() as conn:
        rows = vault_browse.rows_by_id(conn, ids)
    return {ident: vault_ledger.transaction_from_row(row) for ident, row in rows.items()}


def totals(session: VaultSession, flt: TransactionFilter) -> Totals:
    """Count and per-currency sums of the transactions ``flt`` matches."""
    with session.vault.read() as conn:
        rows = vault_browse.totals(conn, _where(session, flt))
    return Totals(
        count=sum(n for _, _, n in rows),
        sums=tuple(Money.from_minor(s, c) for c, s, _ in rows),
    )
