"""Create, read, update and delete the small, rich records (accounts, policies, vendors, ...)."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import Connection, MetaData, Table, delete, insert, select, update

from cmrdesk.domain import NotFound

from .mapper import TABLE_OF, from_row, to_row

T = TypeVar("T")


class Repository:
    """Mapped-record access on one connection (inside the caller's transaction)."""

    def __init__(self, conn: Connection, tables: MetaData) -> None:
        self.conn = conn
        self.tables = tables

    def table(self, cls: type) -> Table:
        """The table that stores ``cls``."""
        return self.tables.tables[TABLE_OF[cls]]

    def add(self, obj: Any) -> int:
        """Insert ``obj``; sets and returns its new id."""
        result = self.conn.execute(insert(self.table(type(obj))).values(**to_row(obj)))
        obj.id = int(result.inserted_primary_key[0])
        return obj.id

    def update(self, obj: Any) -> None:
        """Write every field of ``obj`` back to its row."""
        table = self.table(type(obj))
        row = to_row(obj)
        row.pop("id", None)
        result = self.conn.execute(update(table).where(table.c.id == obj.id).values(**row))
        if result.rowcount == 0:
            raise NotFound(TABLE_OF[type(obj)].rstrip("s"), obj.id)

    def delete(self, cls: type, ident: int) -> None:
        """Delete one record by id."""
        table = self.table(cls)
        result = self.conn.execute(delete(table).where(table.c.id == ident))
        if result.rowcount == 0:
            raise NotFound(TABLE_OF[cls].rstrip("s"), ident)

    def get(self, cls: type[T], ident: int) -> T:
        """One record by id, or ``NotFound``."""
        table = self.table(cls)
        row = self.conn.execute(select(table).where(table.c.id == ident)).mappings().first()
        if row is None:
            raise NotFound(TABLE_OF[cls].rstrip("s"), ident)
        return from_row(cls, row)

    def list(self, cls: type[T], **equals: Any) -> list[T]:
        """All records of ``cls`` (optionally where column == value), in id order."""
        table = self.table(cls)
        query = select(table).order_by(table.c.id)
        for column, value in equals.items():
            query = query.where(table.c[column] == value)
        return [from_row(cls, row) for row in self.conn.execute(query).mappings()]

    def find(self, cls: type[T], **equals: Any) -> T | None:
        """The first record matching, or None."""
        found = self.list(cls, **equals)
        return found[0] if found else None
