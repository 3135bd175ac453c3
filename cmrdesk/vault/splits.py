"""Split parts of transactions (``transaction_splits``) and categories a bank file states.

The import path inserts its rows in bulk (:func:`cmrdesk.vault.ledger.insert_batch`); what a
file says beyond the columns of a batch (a QIF category, the parts of a split) is written
afterwards against the ids the batch got, here, in the same transaction.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection


def last_inserted_ids(conn: Connection, count: int) -> list[int]:
    """The ids of the ``count`` rows the last bulk insert into ``transactions`` added.

    A bulk insert by the only writer gets consecutive ids after the previous maximum (the rule
    :func:`~cmrdesk.vault.ledger.insert_batch` relies on for transfer links), so they are the
    ``count`` highest ids.
    """
    if count <= 0:
        return []
    raw = conn.connection.dbapi_connection
    (last,) = raw.execute("SELECT coalesce(max(id), 0) FROM transactions").fetchone()
    return list(range(last - count + 1, last + 1))


def set_file_categories(
    conn: Connection, rows: Sequence[tuple[int | None, str, str, int]]
) -> None:
    """Set ``(category_id, category_source, memo, transaction_id)`` on imported rows."""
    if rows:
        conn.connection.dbapi_connection.executemany(
            # A file's category the vault does not know keeps what the rules gave the row.
            "UPDATE transactions SET category_id = coalesce(?1, category_id), "
            "category_source = CASE WHEN ?1 IS NULL THEN category_source ELSE ?2 END, "
            "memo = ?3 WHERE id = ?4",
            rows,
        )


def insert_splits(
    conn: Connection, rows: Sequence[tuple[int, int, int, int | None, str]]
) -> None:
    """Insert ``(transaction_id, position, amount_minor, category_id, memo)`` split parts."""
    if rows:
        conn.connection.dbapi_connection.executemany(
            "INSERT INTO transaction_splits "
            "(transaction_id, position, amount_minor, category_id, memo) VALUES (?, ?, ?, ?, ?)",
            rows,
        )


def splits_of(conn: Connection, transaction_id: int) -> list[tuple[int, int, int | None, str]]:
    """The parts of one transaction as ``(position, amount_minor, category_id, memo)``."""
    rows = conn.connection.dbapi_connection.execute(
        "SELECT position, amount_minor, category_id, memo FROM transaction_splits "
        "WHERE transaction_id = ? ORDER BY position",
        (transaction_id,),
    )
    return [(int(p), int(a), c, str(m)) for p, a, c, m in rows]
