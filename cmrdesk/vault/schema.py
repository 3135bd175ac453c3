"""SQLAlchemy ``Table`` objects, reflected from the vault (the DDL lives in migrations.py)."""

from __future__ import annotations

import warnings

from sqlalchemy import Connection, MetaData


def reflect_tables(conn: Connection) -> MetaData:
    """Reflect every table of an open vault; a few milliseconds at open."""
    metadata = MetaData()
    with warnings.catch_warnings():
        # Expression indexes (unique category names per parent) cannot be reflected; SQLite
        # still enforces them, and queries do not need them.
        warnings.filterwarnings("ignore", message=".*expression-based index.*")
        metadata.reflect(conn)
    return metadata
