"""Rows taken out of the vault and put back exactly: what makes a delete undoable.

A delete captures the row, every row that SQLite would delete with it (``ON DELETE CASCADE``,
followed transitively) and every reference it would clear (``ON DELETE SET NULL``, and the
other side of a transfer, which is not a foreign key), then deletes them explicitly, children
first. :func:`restore` puts everything back with the same ids, parents first, and sets the
cleared references again, so an undo leaves the file as it was and a later redo of an edit
that names those ids still finds them.

The foreign keys are read from the schema (``PRAGMA foreign_key_list``), so a table added by a
later migration is covered without a list to keep in step here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection


@dataclass
class Snapshot:
    """Rows removed from the vault, in the order they must be put back (parents first), and
    the references that were cleared alongside them."""

    rows: list[tuple[str, list[str], list[tuple[Any, ...]]]] = field(default_factory=list)
    cleared: list[tuple[str, str, int, Any]] = field(default_factory=list)

    def count(self, table: str) -> int:
        """How many rows of ``table`` the snapshot holds."""
        return sum(len(rows) for name, _cols, rows in self.rows if name == table)

    def ids(self, table: str) -> set[int]:
        """The ids of the rows of ``table`` the snapshot holds."""
        return {row[0] for name, _cols, rows in self.rows if name == table for row in rows}


def _references(raw: Any) -> dict[str, list[tuple[str, str, str]]]:
    """``{parent table: [(child table, child column, on_delete), ...]}`` from the schema."""
    tables = [name for (name,) in raw.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    refs: dict[str, list[tuple[str, str, str]]] = {}
    for child in tables:
        for row in raw.execute(f"PRAGMA foreign_key_list({_quote(child)})"):
            parent, column, on_delete = row[2], row[3], row[6]
            refs.setdefault(parent, []).append((child, column, on_delete.upper()))
    return refs


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _chunks(ids: Sequence[int], size: int = 500) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


def _select(raw: Any, table: str, column: str, ids: Sequence[int]) -> tuple[list[str], list]:
    columns: list[str] = []
    rows: list[tuple[Any, ...]] = []
    for part in _chunks(list(ids)):
        marks = ", ".join("?" for _ in part)
        cursor = raw.execute(
            f"SELECT * FROM {_quote(table)} WHERE {_quote(column)} IN ({marks}) ORDER BY id",
            tuple(part))
        columns = [d[0] for d in cursor.description]
        rows.extend(cursor.fetchall())
    return columns, rows


def delete_with_dependents(conn: Connection, table: str, ids: Sequence[int]) -> Snapshot:
    """Delete rows ``ids`` of ``table`` with everything that depends on them; return what was
    removed so that :func:`restore` can put it back."""
    raw = conn.connection.dbapi_connection
    refs = _references(raw)
    snapshot = Snapshot()
    _collect(raw, refs, table, list(ids), snapshot)
    for child_table, column, ident, _old in snapshot.cleared:
        raw.execute(f"UPDATE {_quote(child_table)} SET {_quote(column)} = NULL WHERE id = ?",
                    (ident,))
    for name, _columns, rows in reversed(snapshot.rows):  # children first
        for part in _chunks([row[0] for row in rows]):
            marks = ", ".join("?" for _ in part)
            raw.execute(f"DELETE FROM {_quote(name)} WHERE id IN ({marks})", tuple(part))
    return snapshot


def _collect(raw: Any, refs: dict, table: str, ids: list[int], snapshot: Snapshot) -> None:
    columns, rows = _select(raw, table, "id", ids)
    if not rows:
        return
    snapshot.rows.append((table, columns, rows))
    taken = {row[0] for row in rows}
    if table == "transactions":
        _clear_transfer_partners(raw, taken, snapshot)
    for child, column, on_delete in refs.get(table, []):
        if on_delete == "CASCADE":
            child_ids = [row[0] for row in _select(raw, child, column, list(taken))[1]]
            if child == table:
                child_ids = [i for i in child_ids if i not in taken]
            if child_ids:
                _collect(raw, refs, child, child_ids, snapshot)
        elif on_delete == "SET NULL":
            child_columns, child_rows = _select(raw, child, column, list(taken))
            position = child_columns.index(column) if child_rows else 0
            snapshot.cleared.extend(
                (child, column, row[0], row[position]) for row in child_rows)


def _clear_transfer_partners(raw: Any, ids: set[int], snapshot: Snapshot) -> None:
    """The other side of a transfer points at a deleted row by id (not a foreign key): clear
    it, and remember it for the undo."""
    for part in _chunks(sorted(ids)):
        marks = ", ".join("?" for _ in part)
        for ident, partner in raw.execute(
                f"SELECT id, transfer_id FROM transactions WHERE transfer_id IN ({marks})",
                tuple(part)):
            if ident not in ids:
                snapshot.cleared.append(("transactions", "transfer_id", ident, partner))


def restore(conn: Connection, snapshot: Snapshot) -> None:
    """Put back what :func:`delete_with_dependents` removed, with the same ids."""
    raw = conn.connection.dbapi_connection
    for name, columns, rows in snapshot.rows:  # parents first
        marks = ", ".join("?" for _ in columns)
        names = ", ".join(_quote(c) for c in columns)
        raw.executemany(f"INSERT INTO {_quote(name)} ({names}) VALUES ({marks})", rows)
    for table, column, ident, value in snapshot.cleared:
        raw.execute(f"UPDATE {_quote(table)} SET {_quote(column)} = ? WHERE id = ?",
                    (value, ident))


def count_where(conn: Connection, table: str, column: str, value: Any) -> int:
    """How many rows of ``table`` have ``column = value`` (for "this takes N transactions")."""
    raw = conn.connection.dbapi_connection
    (count,) = raw.execute(
        f"SELECT count(*) FROM {_quote(table)} WHERE {_quote(column)} = ?", (value,)).fetchone()
    return int(count)


def update_row(conn: Connection, table: str, ident: int, values: dict[str, Any]) -> dict[str, Any]:
    """Set ``values`` (column -> value) on row ``ident``; return the old values of those
    columns (the undo). Raises ``NotFound`` when there is no such row."""
    from cmrdesk.domain import NotFound

    raw = conn.connection.dbapi_connection
    names = list(values)
    row = raw.execute(
        f"SELECT {', '.join(_quote(n) for n in names)} FROM {_quote(table)} WHERE id = ?",
        (ident,)).fetchone()
    if row is None:
        raise NotFound(table.rstrip("s"), ident)
    assignments = ", ".join(f"{_quote(n)} = ?" for n in names)
    raw.execute(f"UPDATE {_quote(table)} SET {assignments} WHERE id = ?",
                (*values.values(), ident))
    return dict(zip(names, row, strict=True))


def max_id(conn: Connection, table: str) -> int:
    """The highest id in ``table`` (0 when empty): new rows get higher ones."""
    raw = conn.connection.dbapi_connection
    (value,) = raw.execute(f"SELECT coalesce(max(id), 0) FROM {_quote(table)}").fetchone()
    return int(value)


def ids_after(conn: Connection, table: str, after: int) -> list[int]:
    """The ids of ``table`` above ``after``, ascending (the rows written since
    :func:`max_id` returned ``after``)."""
    raw = conn.connection.dbapi_connection
    return [int(i) for (i,) in raw.execute(
        f"SELECT id FROM {_quote(table)} WHERE id > ? ORDER BY id", (after,))]
