"""Bulk transaction paths: columnar insert, dedupe, balances and column loads.

These never build per-row objects: inserts go through one ``executemany`` of tuples, reads
come back as numpy arrays, and sums are done by SQLite.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
from sqlalchemy import Connection

from cmrdesk.domain import (
    BATCH_COLUMNS,
    Money,
    Transaction,
    TransactionBatch,
    ValidationError,
    from_epoch_day,
)

# Optional ids travel as 0 and become NULL in SQL: binding Python None through sqlcipher3
# costs ~2 us per value (measured: five None columns x 1M rows 11.2 s, five int columns
# 1.3 s), and ids and fingerprints are never 0 (fingerprints are made non-zero).
_NULLABLE = frozenset({"category_id", "dedupe_key"})
INSERT_SQL = (
    f"INSERT INTO transactions ({', '.join(BATCH_COLUMNS)}) VALUES ("
    + ", ".join("NULLIF(?, 0)" if c in _NULLABLE else "?" for c in BATCH_COLUMNS)
    + ")"
)


def batch_rows(batch: TransactionBatch) -> Iterable[tuple]:
    """The batch as insert parameter tuples (optional ids as 0, see ``_NULLABLE``)."""
    columns = [
        [0 if v is None else v for v in column] if name in _NULLABLE else column
        for name, column in zip(BATCH_COLUMNS, batch.columns(), strict=True)
    ]
    return zip(*columns, strict=True)

#: Columns returned by :func:`load_columns`, with their numpy dtypes.
FRAME_COLUMNS: dict[str, Any] = {
    "id": np.int64,
    "account_id": np.int64,
    "day": np.int32,
    "amount_minor": np.int64,
    "category_id": np.int64,  # -1: uncategorised
    "transfer_id": np.int64,  # -1: not a linked transfer
    "payee": object,
    "memo": object,
}

_CHUNK = 200_000


def insert_batch(
    conn: Connection,
    batch: TransactionBatch,
    transfer_pairs: Sequence[tuple[int, int]] = (),
) -> int:
    """Insert every row of ``batch`` with one executemany; returns the number inserted.

    ``transfer_pairs`` links rows of the batch (by position) as the two sides of a transfer.
    Ids are assigned consecutively after the current maximum (SQLite's rule for a rowid table
    written by one writer), which is checked before the links are written.
    """
    if not len(batch):
        return 0
    raw = conn.connection.dbapi_connection
    _check_references(raw, batch)
    cursor = raw.cursor()
    try:
        (first,) = cursor.execute("SELECT coalesce(max(id), 0) + 1 FROM transactions").fetchone()
        cursor.executemany(INSERT_SQL, batch_rows(batch))
        if transfer_pairs:
            (last,) = cursor.execute("SELECT max(id) FROM transactions").fetchone()
            if last - first + 1 != len(batch):
                raise RuntimeError("transaction ids were not assigned consecutively")
            links = [(first + b, first + a) for a, b in transfer_pairs]
            links += [(first + a, first + b) for a, b in transfer_pairs]
            cursor.executemany("UPDATE transactions SET transfer_id = ? WHERE id = ?", links)
    finally:
        cursor.close()
    return len(batch)


def insert_rows(
    conn: Connection, batch: TransactionBatch, transfer_pairs: Sequence[tuple[int, int]] = ()
) -> list[int]:
    """Insert a small batch (hand-entered rows) and return the ids it got, in batch order."""
    raw = conn.connection.dbapi_connection
    (first,) = raw.execute("SELECT coalesce(max(id), 0) + 1 FROM transactions").fetchone()
    count = insert_batch(conn, batch, transfer_pairs)
    return list(range(first, first + count))


def _check_references(raw: Any, batch: TransactionBatch) -> None:
    """Every account and category the batch names exists (the bulk path skips SQLite's
    per-row foreign-key checks, see ``Vault.bulk``)."""
    accounts = {row[0] for row in raw.execute("SELECT id FROM accounts")}
    missing = set(batch.account_id) - accounts
    if missing:
        raise ValidationError("account_id", f"no account with id {min(missing)}")
    categories = {row[0] for row in raw.execute("SELECT id FROM categories")}
    missing = {c for c in set(batch.category_id) if c is not None} - categories
    if missing:
        raise ValidationError("category_id", f"no category with id {min(missing)}")


def existing_dedupe_keys(conn: Connection, account_id: int) -> set[int]:
    """Every fingerprint the account already holds (an index-only range scan)."""
    rows = conn.connection.dbapi_connection.execute(
        "SELECT dedupe_key FROM transactions WHERE account_id = ? AND dedupe_key IS NOT NULL",
        (account_id,),
    )
    return {key for (key,) in rows}


def accounts_holding(conn: Connection, keys: Sequence[int]) -> dict[int, int]:
    """How many of ``keys`` each account already holds (for files that name no account)."""
    wanted = {k for k in keys if k is not None}
    counts: dict[int, int] = {}
    rows = conn.connection.dbapi_connection.execute(
        "SELECT account_id, dedupe_key FROM transactions WHERE dedupe_key IS NOT NULL"
    )
    for account_id, key in rows:
        if key in wanted:
            counts[account_id] = counts.get(account_id, 0) + 1
    return counts


def balances_minor(conn: Connection, *, up_to_day: int | None = None) -> dict[int, int]:
    """Sum of transactions per account (minor units), optionally up to and including a day.

    Served by the (account_id, day, amount_minor, dedupe_key) covering index: SQLite never
    touches the table rows.
    """
    sql = "SELECT account_id, sum(amount_minor) FROM transactions"
    params: tuple[int, ...] = ()
    if up_to_day is not None:
        sql += " WHERE day <= ?"
        params = (up_to_day,)
    sql += " GROUP BY account_id"
    rows = conn.exec_driver_sql(sql, params).fetchall()
    return {int(a): int(s) for a, s in rows}


def sums_between(conn: Connection, spans: dict[int, tuple[int, int]]) -> dict[int, int]:
    """Per account, the sum of transactions with ``after < day <= until`` (minor units)."""
    raw = conn.connection.dbapi_connection
    out = {}
    for account_id, (after, until) in spans.items():
        (total,) = raw.execute(
            "SELECT coalesce(sum(amount_minor), 0) FROM transactions "
            "WHERE account_id = ? AND day > ? AND day <= ?",
            (account_id, after, until),
        ).fetchone()
        out[account_id] = int(total)
    return out


def load_columns(
    conn: Connection,
    *,
    since_day: int | None = None,
    until_day: int | None = None,
    account_ids: Iterable[int] | None = None,
    with_memo: bool = True,
    with_source: bool = False,
) -> dict[str, np.ndarray]:
    """All matching transactions as numpy columns (``FRAME_COLUMNS``) in id order; ``memo``
    only when ``with_memo`` (the dashboard does not need it); with ``with_source`` also
    ``source``, who filed each row (int8 codes of ``SOURCE_CODES``, for rules and suggestions).

    Columnar on purpose: the DB-API hands back one tuple per row, and at 1M rows those tuples
    are the cost (~6 s measured). Here SQLite concatenates each column of a window of ids into
    one string (``group_concat``) and numpy parses it in C: ~0.9 s for the same million rows.
    Windows of ids keep each string bounded and the order by id (a rowid range is a plain
    b-tree walk). A text containing the separator (ASCII unit separator, which no bank emits)
    makes the split ambiguous; that is detected and answered by the row-by-row path.
    """
    names = [n for n in FRAME_COLUMNS if with_memo or n != "memo"]
    if with_source:
        names.append("source")
    where, params = _filters(since_day, until_day, account_ids)
    raw = conn.connection.dbapi_connection
    select = ", ".join(f"group_concat({_COLUMN_SQL[n][0]}, {_COLUMN_SQL[n][1]})" for n in names)
    window = " AND id BETWEEN ? AND ?"
    where = (where + window) if where else " WHERE id BETWEEN ? AND ?"
    parts: dict[str, list[np.ndarray]] = {name: [] for name in names}
    low, high = raw.execute("SELECT min(id), max(id) FROM transactions").fetchone()
    for start in range(int(low or 0), int(high or -1) + 1, _WINDOW):
        count, *texts = raw.execute(
            f"SELECT count(*), {select} FROM transactions{where}",
            (*params, start, start + _WINDOW - 1),
        ).fetchone()
        if not count:
            continue
        for name, text in zip(names, texts, strict=True):
            if _DTYPES[name] is object:
                values = text.split(_TEXT_SEP)
                if len(values) != count:
                    return _load_rows(conn, since_day, until_day, account_ids, names)
                parts[name].append(np.array(values, dtype=object))
            else:
                parts[name].append(np.fromstring(text, dtype=np.int64, sep=","))
    return {
        name: (
            np.concatenate(chunks).astype(_DTYPES[name], copy=False)
            if chunks else np.empty(0, dtype=_DTYPES[name])
        )
        for name, chunks in parts.items()
    }


#: Ids per window: bounds each concatenated string (~8 bytes per value).
_WINDOW = 250_000
_TEXT_SEP = "\x1f"
#: Column -> (SQL expression, separator literal). NULLs are coalesced because group_concat
#: would silently skip them and misalign the columns.
_COLUMN_SQL: dict[str, tuple[str, str]] = {
    "id": ("id", "','"),
    "account_id": ("account_id", "','"),
    "day": ("day", "','"),
    "amount_minor": ("amount_minor", "','"),
    "category_id": ("coalesce(category_id, -1)", "','"),
    "transfer_id": ("coalesce(transfer_id, -1)", "','"),
    "payee": ("payee", "char(31)"),
    "memo": ("memo", "char(31)"),
    "source": ("CASE category_source WHEN 'user' THEN 1 WHEN 'rule' THEN 2 WHEN 'model' THEN 3 "
               "WHEN 'file' THEN 4 ELSE 0 END", "','"),
}
#: ``category_source`` text -> the code ``load_columns(with_source=True)`` gives it.
SOURCE_CODES: dict[str, int] = {"": 0, "user": 1, "rule": 2, "model": 3, "file": 4}
_DTYPES: dict[str, Any] = {**FRAME_COLUMNS, "source": np.int8}


def _load_rows(
    conn: Connection,
    since_day: int | None = None,
    until_day: int | None = None,
    account_ids: Iterable[int] | None = None,
    names: list[str] | None = None,
) -> dict[str, np.ndarray]:
    """The row-by-row path of :func:`load_columns` (same result), in chunks to bound memory."""
    names = names or list(FRAME_COLUMNS)
    where, params = _filters(since_day, until_day, account_ids)
    sql = (f"SELECT {', '.join(_COLUMN_SQL[n][0] for n in names)} FROM transactions{where} "
           "ORDER BY id")
    cursor = conn.connection.dbapi_connection.cursor()
    parts: dict[str, list[np.ndarray]] = {name: [] for name in names}
    try:
        cursor.execute(sql, params)
        while rows := cursor.fetchmany(_CHUNK):
            for name, column in zip(names, zip(*rows, strict=True), strict=True):
                parts[name].append(np.array(column, dtype=_DTYPES[name]))
    finally:
        cursor.close()
    return {
        name: (np.concatenate(chunks) if chunks else np.empty(0, dtype=_DTYPES[name]))
        for name, chunks in parts.items()
    }


#: Columns of :func:`load_splits`, with their numpy dtypes.
SPLIT_COLUMNS: dict[str, Any] = {
    "transaction_id": np.int64, "position": np.int64, "amount_minor": np.int64,
    "category_id": np.int64,  # -1: this part is uncategorised
}


def load_splits(conn: Connection) -> dict[str, np.ndarray]:
    """Every part of every split transaction as numpy columns (``SPLIT_COLUMNS``); a small
    table (a person splits receipts by hand), read in one query."""
    rows = conn.connection.dbapi_connection.execute(
        "SELECT transaction_id, position, amount_minor, coalesce(category_id, -1) "
        "FROM transaction_splits ORDER BY transaction_id, position, id").fetchall()
    columns = list(zip(*rows, strict=True)) if rows else [()] * len(SPLIT_COLUMNS)
    return {name: np.array(values, dtype=dtype)
            for (name, dtype), values in zip(SPLIT_COLUMNS.items(), columns, strict=True)}


def _filters(
    since_day: int | None, until_day: int | None, account_ids: Iterable[int] | None
) -> tuple[str, tuple[Any, ...]]:
    clauses: list[str] = []
    params: list[Any] = []
    if since_day is not None:
        clauses.append("day >= ?")
        params.append(since_day)
    if until_day is not None:
        clauses.append("day <= ?")
        params.append(until_day)
    if account_ids is not None:
        ids = list(account_ids)
        clauses.append(f"account_id IN ({', '.join('?' for _ in ids) or 'NULL'})")
        params.extend(ids)
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), tuple(params)


#: Columns of a full transaction row (``transaction_rows``, ``browse.rows_by_id``), in order.
TRANSACTION_FIELDS = (
    "id", "account_id", "day", "amount_minor", "currency", "payee", "payee_raw", "memo",
    "category_id", "import_id", "status", "transfer_id",
)


def transaction_from_row(row: Sequence[Any]) -> Transaction:
    """The domain ``Transaction`` of a row in ``TRANSACTION_FIELDS`` order (a page of rows,
    for lists and the CLI; bulk work stays columnar)."""
    (ident, account_id, day, amount, currency, payee, payee_raw, memo, category_id, import_id,
     status, transfer_id) = row
    return Transaction(
        id=ident, account_id=account_id, date=from_epoch_day(day),
        amount=Money.from_minor(amount, currency), payee=payee, payee_raw=payee_raw, memo=memo,
        category_id=category_id, import_id=import_id, status=status, transfer_id=transfer_id,
    )


def transaction_rows(
    conn: Connection,
    *,
    since_day: int | None = None,
    until_day: int | None = None,
    account_ids: Iterable[int] | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[tuple]:
    """Full transaction rows (``TRANSACTION_FIELDS`` order), in (day, id) order, paged."""
    where, params = _filters(since_day, until_day, account_ids)
    sql = f"SELECT {', '.join(TRANSACTION_FIELDS)} FROM transactions{where} ORDER BY day, id"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params = (*params, int(limit), int(offset))
    return conn.connection.dbapi_connection.execute(sql, params).fetchall()


def count_transactions(conn: Connection) -> int:
    """How many transactions the vault holds."""
    return int(conn.exec_driver_sql("SELECT count(*) FROM transactions").scalar_one())


def set_category(conn: Connection, ids: Sequence[int], category_id: int | None) -> int:
    """File transactions under a category; returns how many rows changed."""
    raw = conn.connection.dbapi_connection
    cursor = raw.executemany(
        "UPDATE transactions SET category_id = ? WHERE id = ?", [(category_id, i) for i in ids]
    )
    return cursor.rowcount


def link_transfer(conn: Connection, first: int, second: int) -> None:
    """Mark two transactions as the two sides of one transfer between own accounts."""
    raw = conn.connection.dbapi_connection
    raw.execute("UPDATE transactions SET transfer_id = ? WHERE id = ?", (second, first))
    raw.execute("UPDATE transactions SET transfer_id = ? WHERE id = ?", (first, second))
