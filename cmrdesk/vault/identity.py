"""The customer's identity key pair (Ed25519), kept inside the encrypted vault.

The key is created with the vault (or, for an older vault, by the upgrade that adds the table).
Its private half is read through the raw DB-API cursor, never through SQLAlchemy: an engine
logger at DEBUG prints the rows it fetches, and a private key must not reach any log. Callers
get it as a ``bytearray`` so they can wipe it when they are done (best effort: Python and the
crypto library may hold copies).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Connection

from cmrdesk.domain import IdentityKey, NotFound

_COLUMNS = "id, algorithm, public_key, created_at, retired"


def create_identity_key(cursor: Any) -> int:
    """Generate a new Ed25519 key pair and store it (on a raw DB-API cursor); returns its id.

    Used by the schema migration that adds the table, so every vault has one from the start.
    """
    private = Ed25519PrivateKey.generate()
    secret = private.private_bytes_raw()
    public = private.public_key().public_bytes_raw()
    cursor.execute(
        "INSERT INTO identity_keys (algorithm, public_key, private_key, created_at) "
        "VALUES ('Ed25519', ?, ?, ?)",
        (public, secret, datetime.now(UTC).isoformat()),
    )
    return int(cursor.lastrowid)


def _raw(conn: Connection) -> Any:
    return conn.connection.dbapi_connection


def active_identity(conn: Connection) -> IdentityKey:
    """The identity key in use (the newest one not retired), public half only."""
    row = _raw(conn).execute(
        f"SELECT {_COLUMNS} FROM identity_keys WHERE retired = 0 ORDER BY id DESC LIMIT 1"
    ).fetchone()
    if row is None:
        raise NotFound("identity key", "active")
    ident, algorithm, public, created, retired = row
    return IdentityKey(id=int(ident), algorithm=algorithm, public_key=bytes(public),
                       created_at=datetime.fromisoformat(created), retired=bool(retired))


def ensure_identity(conn: Connection) -> IdentityKey:
    """The active identity key, created first when there is none (a write connection)."""
    try:
        return active_identity(conn)
    except NotFound:
        cursor = _raw(conn).cursor()
        try:
            create_identity_key(cursor)
        finally:
            cursor.close()
        return active_identity(conn)


def private_key(conn: Connection, key_id: int) -> bytearray:
    """The 32-byte private half of identity key ``key_id``, as a wipeable ``bytearray``."""
    row = _raw(conn).execute(
        "SELECT private_key FROM identity_keys WHERE id = ?", (int(key_id),)
    ).fetchone()
    if row is None:
        raise NotFound("identity key", key_id)
    return bytearray(row[0])
