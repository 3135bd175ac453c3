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

from .import_core import ImportProblem
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


@dataclass
class ImportFiles(Operation):
    """Import bank files through the import service (the wizard's run, the CLI's ``import``),
    as one undo step.

    ``choices`` say per file which account, mapping and categories the person chose;
    ``paths`` (the older form) imports files as detected. The run is one vault transaction
    (see :func:`cmrdesk.services.import_plan.run_import`): a bad file is reported as an
    :class:`ImportProblem` and does not keep the good ones out. The inverse deletes exactly the
    transactions, the accounts and the history rows the import created (read from the ids the
    vault gave out meanwhile; the worker runs one operation at a time, so no other writer
    interleaves), and its inverse puts them back under the same ids.
    """

    paths: list[str] = field(default_factory=list)
    label: str = ""
    own_transactions: bool = True
    choices: list[Any] = field(default_factory=list)
    progress: Any = field(default=None, repr=False, compare=False)
    cancelled: Any = field(default=None, repr=False, compare=False)

    def run(self, session: VaultSession, conn: Any) -> Outcome:
        from . import backups
        from .import_run import ImportChoice, run_import

        backups.before_import(session)  # the copy to go back to, when automatic backups are on
        choices = list(self.choices) or [ImportChoice(path) for path in self.paths]
        with session.vault.read() as read:
            last_row = vault_snapshots.max_id(read, "transactions")
            last_batch = vault_snapshots.max_id(read, "import_batches")
            positions_before = _position_rows(read)
        accounts_before = {a.id for a in session.accounts()}
        results = run_import(session, choices, progress=self.progress,
                             cancelled=self.cancelled)
        with session.vault.read() as read:
            new_rows = vault_snapshots.ids_after(read, "transactions", last_row)
            new_batches = vault_snapshots.ids_after(read, "import_batches", last_batch)
            positions_after = _position_rows(read)
        new_accounts = sorted({a.id for a in session.accounts()} - accounts_before)
        problems = [r for r in results if isinstance(r, ImportProblem)]
        if problems and len(problems) == len(results):
            raise problems[0].error
        parts: list[Operation] = []
        if new_rows:
            parts.append(DeleteRows("transactions", new_rows, label=self.label))
        if new_accounts:
            parts.append(DeleteRows("accounts", new_accounts, label=self.label))
        if new_batches:
            parts.append(DeleteRows("import_batches", new_batches, label=self.label))
        # Positions first: a new account's holdings must go before the account takes them
        # along in its cascade.
        position_parts = _position_undo(positions_before, positions_after, self.label)
        parts = position_parts + parts
        changes = ChangeSet()
        if parts:
            changes = ChangeSet.of("transactions", "accounts", "import_batches",
                                   ids=tuple(new_accounts), transactions_added=len(new_rows))
        if position_parts:
            changes = changes | ChangeSet.of("holdings", "prices", "securities")
        return Outcome(changes, Batch(parts, label=self.label), results)


#: What an investment statement's positions change, by table: the columns an import writes.
_POSITION_COLUMNS = {
    "securities": ("symbol",),
    "holdings": ("quantity", "cost_basis_minor", "cost_basis_currency"),
    "prices": ("price", "currency", "source"),
}


def _position_rows(conn: Any) -> dict[str, dict[int, tuple]]:
    """Every securities, holdings and prices row (small tables next to the ledger), so an
    import's undo can take back positions it added or updated in an existing account."""
    return {
        table: {int(row[0]): tuple(row[1:]) for row in conn.exec_driver_sql(
            f"SELECT id, {', '.join(columns)} FROM {table}")}
        for table, columns in _POSITION_COLUMNS.items()
    }


def _position_undo(before: dict[str, dict[int, tuple]], after: dict[str, dict[int, tuple]],
                   label: str) -> list[Operation]:
    """Operations that put the position tables back as they were: changed rows get their old
    values, new rows are deleted (prices and holdings before the securities they point at)."""
    parts: list[Operation] = []
    for table in ("prices", "holdings"):
        changed = [i for i, row in before[table].items() if after[table].get(i, row) != row]
        if changed:
            columns = _POSITION_COLUMNS[table]
            values = {c: [before[table][i][n] for i in changed] for n, c in enumerate(columns)}
            parts.append(SetColumns(table, changed, values, label=label))
    for table in ("prices", "holdings", "securities"):
        added = sorted(set(after[table]) - set(before[table]))
        if added:
            parts.append(DeleteRows(table, added, label=label))
    return parts


@dataclass
class RemoveImport(Operation):
    """Remove one import as a whole: the transactions it added, its history row, and each
    account it created that is empty afterwards. The inverse puts all of it back."""

    batch_id: int
    label: str = ""

    def run(self, session: VaultSession, conn: Any) -> Outcome:
        import json

        from cmrdesk.vault import imports as vault_imports

        found = [row for row in vault_imports.batches(conn) if row[0] == self.batch_id]
        if not found:
            raise NotFound("import", self.batch_id)
        created = json.loads(found[0][9] or "{}").get("created_account_ids", [])
        parts: list[Operation] = []
        changes = ChangeSet.of("import_batches", ids=(self.batch_id,))
        rows = vault_imports.batch_transaction_ids(conn, self.batch_id)
        if rows:
            outcome = DeleteRows("transactions", rows, label=self.label).run(session, conn)
            parts.append(outcome.inverse)
            changes = changes | outcome.changes
        empty = vault_imports.empty_accounts(conn, [int(i) for i in created])
        if empty:
            outcome = DeleteRows("accounts", empty, label=self.label).run(session, conn)
            parts.append(outcome.inverse)
            changes = changes | outcome.changes
        outcome = DeleteRows("import_batches", [self.batch_id], label=self.label).run(
            session, conn)
        parts.append(outcome.inverse)
        return Outcome(changes | ChangeSet.of("transactions", "accounts"),
                       Batch(parts[::-1], label=self.label), len(rows))


@dataclass
class SetImportSettings(Operation):
    """Set when the learned model's categories are applied on import (``apply_model_above``:
    a confidence 0-1, None for never); the inverse sets the value it had."""

    apply_model_above: float | None
    label: str = ""

    def run(self, session: VaultSession, conn: Any) -> Outcome:
        from cmrdesk.vault import keyvalue

        from .import_settings import APPLY_MODEL_ABOVE, check_threshold

        value = self.apply_model_above
        if value is not None:
            value = check_threshold(value)
        before = keyvalue.read_all(conn, "settings").get(APPLY_MODEL_ABOVE)
        keyvalue.write(conn, "settings", {APPLY_MODEL_ABOVE: value})
        return Outcome(ChangeSet.of("settings"),
                       SetImportSettings(before, label=self.label), value)


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
