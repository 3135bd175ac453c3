"""Undoable edits: every change a person makes is an :class:`Operation` that, applied to an
open vault, returns what changed and the operation that takes it back.

This is the one mechanism behind Ctrl+Z in the app and behind every keyed-in change in the CLI
(which simply never applies the inverse). An inverse is itself an operation, so the inverse of
an undo is the redo; the app's undo stack only keeps the latest of each. Operations run in one
vault transaction each (a :class:`Batch` runs its parts in one), so a failure changes nothing.

Operations hold domain records and ids, never SQL; the vault does the reading and writing
(``Repository``, ``cmrdesk.vault.snapshots``). Records keep their ids across undo and redo, so
an edit that names an id (a transaction on a re-added account) still finds it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from cmrdesk.domain import Account, ChangeSet, NotFound, Transaction, TransactionBatch
from cmrdesk.vault import TABLE_OF, Repository
from cmrdesk.vault import ledger as vault_ledger
from cmrdesk.vault import snapshots as vault_snapshots

from .session import VaultSession


@dataclass(frozen=True)
class Outcome:
    """What applying an operation did: the change set to redraw from, the operation that undoes
    it, and the operation's result (the new record, where one was made)."""

    changes: ChangeSet
    inverse: Operation
    result: Any = None


class Operation:
    """A change to the vault that knows how to undo itself. ``label`` names it for a person
    ("add policy 'Zilveren Kruis'"), as the Edit menu shows it."""

    label: str = ""
    #: Runs its own transactions (an import: one per file, through the import service) and
    #: is handed no connection; everything else runs in the one :func:`apply` opens.
    own_transactions: bool = False

    def run(self, session: VaultSession, conn: Any) -> Outcome:
        """Apply inside the caller's transaction ``conn``; return the outcome."""
        raise NotImplementedError


def apply(session: VaultSession, operation: Operation) -> Outcome:
    """Apply ``operation`` in one transaction: all of it or, on any error, nothing (an
    operation with ``own_transactions`` keeps its own promise, see :class:`ImportFiles`)."""
    if operation.own_transactions:
        return operation.run(session, None)
    with session.vault.begin() as conn:
        return operation.run(session, conn)


def _kind(cls: type) -> str:
    return TABLE_OF[cls]


# --- records ---------------------------------------------------------------------------------


@dataclass
class AddRecord(Operation):
    """Store a new record (with its id kept from an earlier add, when this is a redo)."""

    record: Any
    label: str = ""

    def run(self, session: VaultSession, conn: Any) -> Outcome:
        # The record keeps the id it is given here, so a redo after an undo re-adds it under
        # the same id and later edits that name it still apply.
        ident = Repository(conn, session.vault.tables).add(self.record)
        inverse = DeleteRows(_kind(type(self.record)), [ident], label=self.label)
        return Outcome(ChangeSet.of(_kind(type(self.record)), ids=(ident,)), inverse,
                       self.record)


@dataclass
class UpdateRecord(Operation):
    """Write a changed record back; the inverse writes the record as it was."""

    record: Any
    label: str = ""

    def run(self, session: VaultSession, conn: Any) -> Outcome:
        repo = Repository(conn, session.vault.tables)
        before = repo.get(type(self.record), self.record.id)
        repo.update(self.record)
        inverse = UpdateRecord(before, label=self.label)
        changes = ChangeSet.of(*_update_kinds(type(self.record)), ids=(self.record.id,))
        return Outcome(changes, inverse, self.record)


def _update_kinds(cls: type) -> tuple[str, ...]:
    # An account's opening balance or currency moves every balance drawn from its rows.
    return (_kind(cls), "transactions") if cls is Account else (_kind(cls),)


@dataclass
class DeleteRows(Operation):
    """Delete rows of ``table`` with everything that goes with them (an account's
    transactions, holdings and valuations); the inverse puts all of it back."""

    table: str
    ids: list[int]
    label: str = ""

    def run(self, session: VaultSession, conn: Any) -> Outcome:
        snapshot = vault_snapshots.delete_with_dependents(conn, self.table, self.ids)
        missing = set(self.ids) - snapshot.ids(self.table)
        if missing:
            raise NotFound(self.table.rstrip("s"), min(missing))
        return Outcome(_snapshot_changes(snapshot, self.ids),
                       Restore(snapshot, self.table, list(self.ids), label=self.label),
                       snapshot)


@dataclass
class Restore(Operation):
    """Put back what a delete removed (the undo of a delete)."""

    snapshot: vault_snapshots.Snapshot
    table: str
    ids: list[int]
    label: str = ""

    def run(self, session: VaultSession, conn: Any) -> Outcome:
        vault_snapshots.restore(conn, self.snapshot)
        return Outcome(_snapshot_changes(self.snapshot, self.ids),
                       DeleteRows(self.table, list(self.ids), label=self.label))


def _snapshot_changes(snapshot: vault_snapshots.Snapshot, ids: Sequence[int]) -> ChangeSet:
    kinds = {name for name, _c, _r in snapshot.rows} | {t for t, *_ in snapshot.cleared}
    return ChangeSet.of(*kinds, ids=tuple(ids))


# --- transactions ----------------------------------------------------------------------------


@dataclass
class AddTransactions(Operation):
    """Add hand-entered transactions (``transfer`` links the first two as the two sides of a
    move between own accounts); the inverse deletes them."""

    transactions: list[Transaction]
    transfer: bool = False
    label: str = ""

    def run(self, session: VaultSession, conn: Any) -> Outcome:
        batch = TransactionBatch()
        for tx in self.transactions:
            batch.append(
                account_id=tx.account_id, day=tx.date, amount_minor=tx.amount.minor,
                currency=tx.amount.currency, payee=tx.payee, payee_raw=tx.payee_raw or tx.payee,
                memo=tx.memo, category_id=tx.category_id, import_id=tx.import_id,
                status=str(tx.status),
            )
        ids = vault_ledger.insert_rows(conn, batch, [(0, 1)] if self.transfer else [])
        for tx, ident in zip(self.transactions, ids, strict=True):
            tx.id = ident
        return Outcome(ChangeSet.of("transactions", ids=tuple(ids),
                                    transactions_added=len(ids)),
                       DeleteRows("transactions", ids, label=self.label), ids)



@dataclass
class UpdateRows(Operation):
    """Set columns of rows of one table (a transaction's date, amount, payee, ...); the
    inverse sets the old values. For tables whose rows are not mapped records."""

    table: str
    values: dict[int, dict[str, Any]]
    label: str = ""

    def run(self, session: VaultSession, conn: Any) -> Outcome:
        before = {ident: vault_snapshots.update_row(conn, self.table, ident, row)
                  for ident, row in self.values.items()}
        return Outcome(ChangeSet.of(self.table, ids=tuple(self.values)),
                       UpdateRows(self.table, before, label=self.label))


# --- profile ---------------------------------------------------------------------------------


@dataclass
class SetProfile(Operation):
    """Set profile fields by name; the inverse sets the values they had."""

    values: dict[str, Any]
    label: str = ""

    def run(self, session: VaultSession, conn: Any) -> Outcome:
        before = session.write_profile(conn, self.values)
        return Outcome(ChangeSet.of("profile"), SetProfile(before, label=self.label))


# --- several as one --------------------------------------------------------------------------


@dataclass
class Batch(Operation):
    """Several operations as one step (a transfer's two sides, a bulk edit): one transaction,
    one undo."""

    parts: list[Operation] = field(default_factory=list)
    label: str = ""

    def run(self, session: VaultSession, conn: Any) -> Outcome:
        changes = ChangeSet()
        inverses: list[Operation] = []
        results = []
        for part in self.parts:
            outcome = part.run(session, conn)
            changes = changes | outcome.changes
            inverses.append(outcome.inverse)
            results.append(outcome.result)
        return Outcome(changes, Batch(inverses[::-1], label=self.label), results)


# --- imports ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportProblem:
    """A file an import could not read (the others are imported all the same)."""

    file: str
    error: Exception


@dataclass
class ImportFiles(Operation):
    """Import bank files through the import service (the CLI's ``import``), as one undo step.

    Each file is all or nothing (the service's promise), and a bad file does not keep the
    good ones out. The inverse deletes exactly the transactions and the accounts the import
    created (read from the ids the vault gave out meanwhile; the worker runs one operation at
    a time, so no other writer interleaves), and its inverse puts them back under the same ids.
    """

    paths: list[str]
    label: str = ""
    own_transactions: bool = True

    def run(self, session: VaultSession, conn: Any) -> Outcome:
        from cmrdesk.domain import CmrdeskError

        from . import backups, importing

        backups.before_import(session)  # the copy to go back to, when automatic backups are on
        with session.vault.read() as read:
            last_row = vault_snapshots.max_id(read, "transactions")
        accounts_before = {a.id for a in session.accounts()}
        results: list[Any] = []
        for path in self.paths:
            try:
                results.append(importing.import_file(session, path))
            except CmrdeskError as error:  # typed: a bad file, never a programming error
                results.append(ImportProblem(str(path), error))
        with session.vault.read() as read:
            new_rows = vault_snapshots.ids_after(read, "transactions", last_row)
        new_accounts = sorted({a.id for a in session.accounts()} - accounts_before)
        problems = [r for r in results if isinstance(r, ImportProblem)]
        if problems and len(problems) == len(results):
            raise problems[0].error
        parts: list[Operation] = []
        if new_rows:
            parts.append(DeleteRows("transactions", new_rows, label=self.label))
        if new_accounts:
            parts.append(DeleteRows("accounts", new_accounts, label=self.label))
        changes = ChangeSet()
        if parts:
            changes = ChangeSet.of("transactions", "accounts", ids=tuple(new_accounts),
                                   transactions_added=len(new_rows))
        return Outcome(changes, Batch(parts, label=self.label), results)


# --- bulk ledger edits -----------------------------------------------------------------------


@dataclass
class SetColumns(Operation):
    """Set columns on many rows of one table at once (a bulk recategorise, reconciled
    statuses, a transfer link): ``values[column][i]`` goes to row ``ids[i]``. The inverse sets
    the old values back; both are one ``executemany``, so 10,000 rows stay well under a
    second."""

    table: str
    ids: list[int]
    values: dict[str, list[Any]]
    label: str = ""
    #: When set, a missing row is a ``ValidationError`` naming this field (the ids came from
    #: a person), else ``NotFound``; either way nothing is written.
    missing_field: str = ""

    def run(self, session: VaultSession, conn: Any) -> Outcome:
        from cmrdesk.domain import ValidationError
        from cmrdesk.vault import rows as vault_rows

        try:
            before = vault_rows.update_columns(conn, self.table, self.ids, self.values)
        except NotFound as missing:
            if not self.missing_field:
                raise
            raise ValidationError(self.missing_field, f"no {missing.kind} with id "
                                  f"{missing.key}") from None
        counts = {"transactions_changed": len(self.ids)} if self.table == "transactions" else {}
        return Outcome(ChangeSet.of(self.table, ids=tuple(self.ids), **counts),
                       SetColumns(self.table, list(self.ids), before, label=self.label),
                       len(self.ids))


@dataclass
class InsertRows(Operation):
    """Insert rows of a table whose rows are not mapped records (split parts, a
    reconciliation); ids given are kept, so a redo puts them back under the same ids. The
    inverse deletes them."""

    table: str
    rows: list[dict[str, Any]]
    label: str = ""

    def run(self, session: VaultSession, conn: Any) -> Outcome:
        from cmrdesk.vault import rows as vault_rows

        ids = vault_rows.insert_rows(conn, self.table, self.rows)
        return Outcome(ChangeSet.of(self.table, ids=tuple(ids)),
                       DeleteRows(self.table, ids, label=self.label), ids)
