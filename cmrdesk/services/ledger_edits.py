"""Working the ledger: categorise, accept the categoriser's suggestions, link transfers.

Every change is an :class:`~cmrdesk.services.editing.Operation` (one undo step, whatever the
number of rows) built after every check, so a refusal is one ``ValidationError`` naming the
field and nothing is written. Where a change touches many rows it is one
:class:`~cmrdesk.services.editing.SetColumns`: the old values are read once and written back by
the undo, so 10,000 rows cost one ``executemany`` each way.

``category_source`` records who filed a row: ``user`` (a person chose it), ``rule`` (a rule
did, or a suggestion that came from a rule), ``model`` (an accepted learned suggestion).
"""

from __future__ import annotations

import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np

from cmrdesk.domain import Category, NotFound, Transaction, ValidationError

from .editing import Operation, SetColumns
from .session import VaultSession

#: Suggestions a person turned down, per open vault: not offered again until it is reopened.
_REJECTED: weakref.WeakKeyDictionary[VaultSession, set[int]] = weakref.WeakKeyDictionary()


def ledger_frame(session: VaultSession, today: date | None = None) -> Any:
    """The whole ledger as one insights frame, with memos, who filed each row, and split
    lines expanded into their parts: what suggestions and rule previews are computed on (the
    app keeps it while the vault is open and rebuilds it after a change)."""
    from cmrdesk.insights import build_frame, shipped_fx_rates
    from cmrdesk.vault.ledger import load_columns

    from .reports import ledger_data

    with session.vault.read() as conn:
        columns = load_columns(conn, with_memo=True, with_source=True)
    return build_frame(ledger_data(session, today, tx=columns), shipped_fx_rates())


def transactions(session: VaultSession, ids: Sequence[int], field: str = "id"
                 ) -> list[Transaction]:
    """The transactions ``ids`` in that order; ``ValidationError`` naming ``field`` for the
    first one the vault does not hold."""
    from .browse import transactions_by_id

    if not ids:
        raise ValidationError(field, "no transaction given")
    found = transactions_by_id(session, list(ids))
    for ident in ids:
        if ident not in found:
            raise ValidationError(field, f"no transaction with id {ident}")
    return [found[ident] for ident in ids]


def category(session: VaultSession, category_id: int | None, field: str = "category"
             ) -> Category | None:
    """The category ``category_id`` (None: uncategorised), or a ``ValidationError``."""
    if category_id is None:
        return None
    try:
        return session.get(Category, category_id)
    except NotFound:
        raise ValidationError(field, f"no category with id {category_id}") from None


def _unique(ids: Sequence[int], field: str) -> list[int]:
    seen: set[int] = set()
    for ident in ids:
        if ident in seen:
            raise ValidationError(field, f"transaction {ident} is named twice")
        seen.add(ident)
    return list(ids)


def _plural(count: int, noun: str = "transaction") -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


# --- categorise ------------------------------------------------------------------------------


def categorise(session: VaultSession, ids: Sequence[int], category_id: int | None
               ) -> Operation:
    """File transactions under a category (``None``: uncategorised) as one undo step; the
    rows are marked as filed by the person (``category_source='user'``)."""
    ids = _unique(ids, "id")
    if not ids:
        raise ValidationError("id", "no transaction given")
    target = category(session, category_id)
    # Unknown ids are refused when the operation runs (``missing_field``), inside its
    # transaction, so nothing is written: checking them here too would read every row twice.
    name = session.category_path().get(category_id, "") if target else ""
    label = (f"categorise {_plural(len(ids))} as '{name}'" if target
             else f"uncategorise {_plural(len(ids))}")
    n = len(ids)
    return SetColumns("transactions", ids, {
        "category_id": [category_id] * n,
        "category_source": ["user" if target else ""] * n,
    }, label=label, missing_field="id")


# --- suggestions -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Suggestion:
    """A category the categoriser proposes for an uncategorised transaction, and why."""

    id: int
    category_id: int
    category: str  # its path, "Food / Groceries"
    confidence: float  # 0-1
    method: str  # rule, payee, words, prior, transfer
    reason: str


def _confidence(value: float | None) -> float | None:
    if value is None:
        return None
    if not 0 <= value <= 1:
        raise ValidationError("min_confidence", f"{value} is not between 0 and 1")
    return value


def suggestions(session: VaultSession, min_confidence: float | None = None, *,
                frame: Any = None) -> list[Suggestion]:
    """A suggestion for each uncategorised transaction the categoriser has one for, newest
    first, leaving out those rejected while the vault has been open and (with
    ``min_confidence``) those it is less sure of. ``frame``: a :func:`ledger_frame` already
    built (it is read, never changed)."""
    from cmrdesk.insights import categoriser

    floor = _confidence(min_confidence)
    frame = ledger_frame(session) if frame is None else frame
    table = categoriser.suggest(frame)
    keep = table["category_id"].to_numpy() >= 0
    if floor is not None:
        keep &= table["confidence"].to_numpy() >= floor
    rejected = _REJECTED.get(session)
    if rejected:
        keep &= ~np.isin(table["id"].to_numpy(), np.fromiter(rejected, np.int64))
    paths = session.category_path()
    picked = table[keep]
    return [
        Suggestion(int(i), int(c), paths.get(int(c), name), float(conf), str(m), str(r))
        for i, c, name, conf, m, r in zip(
            picked["id"].tolist(), picked["category_id"].tolist(), picked["category"].tolist(),
            picked["confidence"].tolist(), picked["method"].tolist(), picked["reason"].tolist(),
            strict=True)
    ]


def accept_suggestions(session: VaultSession, ids: Sequence[int] | None = None,
                       min_confidence: float | None = None, *, frame: Any = None
                       ) -> SetColumns:
    """Accept suggestions as one undo step: those for ``ids``, else all of them at or above
    ``min_confidence`` (else every suggestion). A row filed by a rule's suggestion is marked
    ``rule``, any other ``model``. The operation's ``ids`` are the rows it files (none: there
    was nothing to accept)."""
    if ids is not None and min_confidence is not None:
        raise ValidationError("id", "give ids or a minimum confidence, not both")
    offered = suggestions(session, min_confidence, frame=frame)
    if ids is not None:
        by_id = {s.id: s for s in offered}
        for ident in _unique(ids, "id"):
            if ident not in by_id:
                raise ValidationError("id", f"transaction {ident} has no suggestion to accept")
        offered = [by_id[i] for i in ids]
    n = len(offered)
    return SetColumns("transactions", [s.id for s in offered], {
        "category_id": [s.category_id for s in offered],
        "category_source": ["rule" if s.method == "rule" else "model" for s in offered],
    }, label=f"accept {_plural(n, 'suggestion')}")


def reject_suggestions(session: VaultSession, ids: Sequence[int]) -> None:
    """Leave these rows as they are and stop suggesting for them until the vault is reopened
    (nothing is written: a rejection changes no data)."""
    _REJECTED.setdefault(session, set()).update(int(i) for i in ids)


# --- transfers -------------------------------------------------------------------------------


def link_transfer(session: VaultSession, first: int, second: int) -> Operation:
    """Link two transactions as the two sides of one move between own accounts: on two
    different accounts, in the same currency, of opposite amounts, neither linked yet. Linked
    rows leave income and spending."""
    if first == second:
        raise ValidationError("id", "a transfer needs two different transactions")
    a, b = transactions(session, [first, second])
    if a.account_id == b.account_id:
        raise ValidationError("id", "both transactions are on the same account")
    if a.amount.currency != b.amount.currency or a.amount != -b.amount:
        raise ValidationError("amount", "the two sides of a transfer must be opposite "
                              "amounts in the same currency")
    for tx in (a, b):
        if tx.transfer_id is not None:
            raise ValidationError("id", f"transaction {tx.id} is already one side of a "
                                  "transfer; unlink it first")
    return SetColumns("transactions", [first, second], {"transfer_id": [second, first]},
                      label=f"link transfer '{a.payee or b.payee}'")


def unlink_transfer(session: VaultSession, ident: int) -> Operation:
    """Undo a transfer link (both sides), so the rows count as income or spending again."""
    (tx,) = transactions(session, [ident])
    if tx.transfer_id is None:
        raise ValidationError("id", f"transaction {ident} is not linked to a transfer")
    from cmrdesk.vault import rows as vault_rows

    with session.vault.read() as conn:
        partner = vault_rows.ids_where(conn, "transactions", "id", [tx.transfer_id])
    ids = [ident, *partner]
    return SetColumns("transactions", ids, {"transfer_id": [None] * len(ids)},
                      label=f"unlink transfer '{tx.payee}'")


def detected_transfers(session: VaultSession, *, frame: Any = None) -> list[tuple[int, int]]:
    """Unlinked pairs that look like one transfer (money out id, money in id), for a person to
    accept with :func:`link_transfer`."""
    from cmrdesk.insights.transfers import detected_pair_rows

    frame = ledger_frame(session) if frame is None else frame
    pairs = detected_pair_rows(frame)
    linked = frame.transfer_id[pairs] if len(pairs) else np.zeros((0, 2), np.int64)
    free = pairs[(linked < 0).all(axis=1)] if len(pairs) else pairs
    return [(int(frame.ids[o]), int(frame.ids[i])) for o, i in free.tolist()]


def rejected(session: VaultSession) -> frozenset[int]:
    """The rows whose suggestion was turned down while this vault has been open."""
    return frozenset(_REJECTED.get(session, ()))
