"""Key/value tables: vault settings and profile fields, values stored as JSON text."""

from __future__ import annotations

import json
from typing import Any, TypeVar

from sqlalchemy import Connection

from .mapper import from_row, to_row

T = TypeVar("T")


def read_all(conn: Connection, table: str) -> dict[str, Any]:
    """Every key of ``settings`` or ``profile``."""
    key = _key_column(table)
    rows = conn.exec_driver_sql(f"SELECT {key}, value FROM {table}").fetchall()
    return {k: json.loads(v) for k, v in rows}


def write(conn: Connection, table: str, values: dict[str, Any]) -> None:
    """Upsert keys (a value of None deletes the key)."""
    key = _key_column(table)
    for name, value in values.items():
        if value is None:
            conn.exec_driver_sql(f"DELETE FROM {table} WHERE {key} = ?", (name,))
        else:
            conn.exec_driver_sql(
                f"INSERT INTO {table} ({key}, value) VALUES (?, ?) "
                f"ON CONFLICT({key}) DO UPDATE SET value = excluded.value",
                (name, json.dumps(value)),
            )


def _key_column(table: str) -> str:
    if table == "settings":
        return "key"
    if table == "profile":
        return "field"
    raise ValueError(f"not a key/value table: {table}")


def read_record(conn: Connection, table: str, cls: type[T]) -> T:
    """A dataclass whose fields are the keys of ``table`` (defaults for keys never set)."""
    row = to_row(cls())
    row.update({k: v for k, v in read_all(conn, table).items() if k in row})
    return from_row(cls, row)


def write_fields(conn: Connection, table: str, record: Any, names: list[str]) -> None:
    """Store the named fields of a dataclass record, converted as the mapper converts them."""
    row = to_row(record)
    write(conn, table, {name: row[name] for name in names})
