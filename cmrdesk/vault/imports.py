"""Saved import profiles (a corrected CSV column mapping per bank), stored as JSON text; the
import history (one ``import_batches`` row per imported file) and the columnar insert of
imported transactions."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection

from cmrdesk.domain import BATCH_COLUMNS


def save_profile(conn: Connection, name: str, fmt: str, mapping_json: str) -> None:
    """Create or replace the profile ``name``."""
    conn.exec_driver_sql(
        "INSERT INTO import_profiles (name, format, mapping) VALUES (?, ?, ?) "
        "ON CONFLICT(name) DO UPDATE SET format = excluded.format, mapping = excluded.mapping",
        (name, fmt, mapping_json),
    )


def load_profile(conn: Connection, name: str) -> str | None:
    """The mapping JSON of profile ``name`` (case-insensitive), or None."""
    row = conn.exec_driver_sql(
        "SELECT mapping FROM import_profiles WHERE lower(name) = lower(?)", (name,)
    ).first()
    return None if row is None else str(row[0])


def all_profiles(conn: Connection) -> list[tuple[str, str]]:
    """Every (name, mapping JSON), by name."""
    rows = conn.exec_driver_sql("SELECT name, mapping FROM import_profiles ORDER BY name")
    return [(str(n), str(m)) for n, m in rows]


# --- import history ----------------------------------------------------------------------------

#: The columns an imported transaction is written with: the batch columns, then the import
#: batch it came with and where its category came from.
IMPORT_COLUMNS = (*BATCH_COLUMNS, "import_batch_id", "category_source")
# Optional ids travel as 0 and become NULL (binding None through sqlcipher3 is slow, see
# ``cmrdesk.vault.ledger``).
_INSERT_IMPORTED = (
    f"INSERT INTO transactions ({', '.join(IMPORT_COLUMNS)}) VALUES ("
    + ", ".join("NULLIF(?, 0)" if c in ("category_id", "dedupe_key") else "?"
                for c in IMPORT_COLUMNS)
    + ")"
)


def add_batch(
    conn: Connection, *, file_name: str, sha256: str, fmt: str, imported_at: str
) -> int:
    """Start the history row of one imported file; returns its id (counts come later)."""
    cursor = conn.connection.dbapi_connection.execute(
        "INSERT INTO import_batches (file_name, sha256, format, imported_at) VALUES (?, ?, ?, ?)",
        (file_name, sha256, fmt, imported_at),
    )
    return int(cursor.lastrowid)


def finish_batch(
    conn: Connection, batch_id: int, *, account_ids: list[int], new: int, duplicates: int,
    pending_skipped: int, report: dict[str, Any],
) -> None:
    """Record what importing the file did on its history row."""
    conn.connection.dbapi_connection.execute(
        "UPDATE import_batches SET account_ids = ?, new = ?, duplicates = ?, "
        "pending_skipped = ?, report = ? WHERE id = ?",
        (json.dumps(account_ids), new, duplicates, pending_skipped, json.dumps(report),
         batch_id),
    )


def batches(conn: Connection) -> list[tuple]:
    """Every history row, oldest first: (id, file_name, sha256, format, imported_at,
    account_ids JSON, new, duplicates, pending_skipped, report JSON)."""
    return list(conn.exec_driver_sql(
        "SELECT id, file_name, sha256, format, imported_at, account_ids, new, duplicates, "
        "pending_skipped, report FROM import_batches ORDER BY id"
    ).fetchall())


def earlier_imports_of(conn: Connection, sha256: str) -> list[str]:
    """When a file with this content was imported before (``imported_at`` texts)."""
    rows = conn.exec_driver_sql(
        "SELECT imported_at FROM import_batches WHERE sha256 = ? ORDER BY id", (sha256,))
    return [str(r[0]) for r in rows]


def batch_transaction_ids(conn: Connection, batch_id: int) -> list[int]:
    """The transactions an import added (ascending ids)."""
    rows = conn.connection.dbapi_connection.execute(
        "SELECT id FROM transactions WHERE import_batch_id = ? ORDER BY id", (batch_id,))
    return [int(r[0]) for r in rows]


def batch_ids_after(conn: Connection, after: int) -> list[int]:
    """History rows written after id ``after``."""
    rows = conn.exec_driver_sql("SELECT id FROM import_batches WHERE id > ? ORDER BY id",
                                (after,))
    return [int(r[0]) for r in rows]


def empty_accounts(conn: Connection, account_ids: list[int]) -> list[int]:
    """Those of ``account_ids`` that exist and hold no transaction."""
    raw = conn.connection.dbapi_connection
    out = []
    for ident in account_ids:
        exists = raw.execute("SELECT 1 FROM accounts WHERE id = ?", (ident,)).fetchone()
        used = raw.execute("SELECT 1 FROM transactions WHERE account_id = ? LIMIT 1",
                           (ident,)).fetchone()
        if exists and not used:
            out.append(ident)
    return out


def duplicate_sources(
    conn: Connection, account_id: int, keys: Sequence[int]
) -> dict[int, tuple[int, str, str]]:
    """For dedupe keys the account already holds: key -> (transaction id, imported_at,
    file name); the last two are '' for a transaction that did not come from an import."""
    raw = conn.connection.dbapi_connection
    out: dict[int, tuple[int, str, str]] = {}
    wanted = list(dict.fromkeys(keys))
    for start in range(0, len(wanted), 500):
        part = wanted[start:start + 500]
        marks = ", ".join("?" for _ in part)
        for key, ident, when, name in raw.execute(
            "SELECT t.dedupe_key, t.id, coalesce(b.imported_at, ''), coalesce(b.file_name, '') "
            "FROM transactions t LEFT JOIN import_batches b ON b.id = t.import_batch_id "
            f"WHERE t.account_id = ? AND t.dedupe_key IN ({marks})", (account_id, *part)):
            out[int(key)] = (int(ident), str(when), str(name))
    return out


def check_references(conn: Connection, account_ids: set[int], category_ids: set[int]) -> None:
    """Every account and category an import names exists (the bulk path has SQLite's per-row
    foreign-key checks off, see ``Vault.bulk``)."""
    from cmrdesk.domain import ValidationError

    raw = conn.connection.dbapi_connection
    accounts = {row[0] for row in raw.execute("SELECT id FROM accounts")}
    if account_ids - accounts:
        raise ValidationError("account_id", f"no account with id {min(account_ids - accounts)}")
    categories = {row[0] for row in raw.execute("SELECT id FROM categories")}
    if category_ids - categories:
        raise ValidationError("category_id",
                              f"no category with id {min(category_ids - categories)}")


def insert_imported(conn: Connection, rows: Iterable[tuple]) -> None:
    """Insert imported transactions: tuples in :data:`IMPORT_COLUMNS` order (ids as 0 for
    none), with one executemany."""
    cursor = conn.connection.dbapi_connection.cursor()
    try:
        cursor.executemany(_INSERT_IMPORTED, rows)
    finally:
        cursor.close()


def drop_batch(conn: Connection, batch_id: int) -> None:
    """Remove a history row that no transaction refers to."""
    conn.connection.dbapi_connection.execute("DELETE FROM import_batches WHERE id = ?",
                                             (batch_id,))
