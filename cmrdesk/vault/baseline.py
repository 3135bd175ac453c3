"""Raw sqlcipher3 baselines for the benchmark: the same work with no cmrdesk in between.

Each stage of ``cmrdesk bench`` is reported as a ratio to one of these, so the figures mean
something on a noisy machine.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import sqlcipher3

from cmrdesk.domain import BATCH_COLUMNS, TransactionBatch

from .ledger import INSERT_SQL, batch_rows


def _connect(path: Path, key: bytes, *, memory_security: bool = False) -> object:
    raw = sqlcipher3.dbapi2.connect(str(path), isolation_level=None)
    raw.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    raw.execute(f"PRAGMA cipher_memory_security = {'ON' if memory_security else 'OFF'}")
    raw.execute("PRAGMA temp_store = MEMORY")
    raw.execute("PRAGMA journal_mode = WAL")
    raw.execute("PRAGMA synchronous = FULL")
    return raw


def run_baselines(folder: Path, batch: TransactionBatch) -> dict[str, float]:
    """Time executemany into a bare table, a full cursor read and a GROUP BY; seconds each."""
    path = folder / "baseline.db"
    key = os.urandom(32)
    raw = _connect(path, key)
    columns = ", ".join(f"{c}" for c in BATCH_COLUMNS)
    raw.execute(f"CREATE TABLE t (id INTEGER PRIMARY KEY, {columns})")
    rows = batch_rows(batch)  # the very tuples cmrdesk binds, so only our overhead differs
    start = time.perf_counter()
    raw.execute("BEGIN")
    raw.executemany(
        f"INSERT INTO t ({columns}) VALUES ({', '.join('?' for _ in BATCH_COLUMNS)})", rows
    )
    raw.execute("COMMIT")
    insert = time.perf_counter() - start
    raw.close()

    raw = _connect(path, key)
    start = time.perf_counter()
    raw.execute(
        # The columns load_columns reads (dedupe_key stands in for transfer_id).
        "SELECT id, account_id, day, amount_minor, category_id, dedupe_key, payee, memo FROM t"
    ).fetchall()
    read = time.perf_counter() - start
    start = time.perf_counter()
    raw.execute("SELECT account_id, sum(amount_minor) FROM t GROUP BY account_id").fetchall()
    group = time.perf_counter() - start
    raw.close()
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    return {"insert": insert, "read": read, "group_by": group}


def memory_security_cost(folder: Path, rows: int = 10_000) -> dict[str, float]:
    """Seconds to insert ``rows`` transactions on a connection that has already done some
    work, with SQLCipher's cipher_memory_security ON and OFF (why it is off: connection.py).

    Run it in a process of its own (``python -m cmrdesk.vault.baseline FOLDER``): the setting
    is process-wide, and once on it slowed everything after it in the same process.
    """
    from .migrations import migrate

    sample = [
        (1, 19000 + i // 40, -(i * 37 % 9000) - 100, "EUR", f"Payee {i % 97}", f"PAYEE {i % 97}",
         f"memo {i}", 0, f"ref{i}", "cleared", (i * 2654435761) % (2**62) + 1)
        for i in range(rows)
    ]
    results = {}
    for setting in (False, True):
        path = folder / f"memsec-{setting}.db"
        raw = _connect(path, os.urandom(32), memory_security=setting)
        migrate(raw)
        raw.execute("INSERT INTO accounts (id, name, kind, currency) VALUES (1, 'a', 'x', 'EUR')")
        for row in sample[:300]:  # a session's worth of small commits before the bulk insert
            raw.execute("BEGIN")
            raw.execute(INSERT_SQL, row)
            raw.execute("COMMIT")
        start = time.perf_counter()
        raw.execute("BEGIN")
        raw.executemany(INSERT_SQL, sample[300:])
        raw.execute("COMMIT")
        results["on" if setting else "off"] = time.perf_counter() - start
        raw.close()
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    return results


if __name__ == "__main__":
    import json
    import sys

    print(json.dumps(memory_security_cost(Path(sys.argv[1]))))
