"""Saved import profiles (a corrected CSV column mapping per bank), stored as JSON text."""

from __future__ import annotations

from sqlalchemy import Connection


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
