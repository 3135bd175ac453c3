"""Opening the encrypted vault file: key derivation, keying raw connections, pragmas.

The key never passes through SQLAlchemy: each raw sqlcipher3 connection is keyed in the
``creator`` factory before SQLAlchemy sees it, so no URL, logged statement or error holds it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from cmrdesk.domain import NotAVault, VaultCorrupt, VaultError, VaultNotFound
from cmrdesk.domain.errors import DiskFull, WrongPassphraseOrHeader

from .kdf import SALT_BYTES, KdfParams, derive_key, params_from_salt
from .lockfile import read_start

_dbapi = sqlcipher3.dbapi2

# SQLite result codes that mean "these bytes are not what they should be".
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_NOTADB = 26
PAGE_SIZE = 4096

# SQLCipher logs HMAC failures to stderr by default; they carry no secret but read like a
# crash to a user whose only mistake was a typo in the passphrase.
_quiet = _dbapi.connect(":memory:")
_quiet.execute("PRAGMA cipher_log_level = NONE")
_quiet.close()


def read_header(path: Path) -> tuple[bytes, KdfParams]:
    """Check that ``path`` looks like a vault and return its salt and KDF parameters."""
    if not path.exists():
        raise VaultNotFound(path)
    if not path.is_file():
        raise NotAVault(path, "it is not a regular file")
    size = path.stat().st_size
    if size == 0:
        raise NotAVault(path, "the file is empty")
    salt = read_start(path, SALT_BYTES)
    params = params_from_salt(salt, path)
    if size % PAGE_SIZE:
        raise VaultCorrupt(path, "the file is truncated")
    return salt, params


def key_literal(key: bytes | bytearray, salt: bytes | None = None) -> str:
    """SQLCipher's raw-key literal ``x'<key><salt>'`` (salt only when creating)."""
    hexed = bytes(key).hex() + (salt.hex() if salt else "")
    return f"\"x'{hexed}'\""


def is_corruption(error: BaseException) -> bool:
    """Whether a driver error means the file failed authentication or is malformed."""
    code = getattr(error, "sqlite_errorcode", None)
    return code in (SQLITE_CORRUPT, SQLITE_NOTADB)


def typed_error(error: BaseException, path: Path) -> VaultError | None:
    """The typed error for a driver error about the file itself (damage, a full disk, an I/O
    failure), or None for anything else. The driver's own text is never passed on."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is None:
        return None
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return VaultCorrupt(path)
    if code & 0xFF == SQLITE_FULL:
        return DiskFull(path)
    if code & 0xFF == SQLITE_IOERR:
        return VaultError(f"could not read or write {path}: the disk reported an input/output "
                          "error; nothing of this change was saved")
    return None


#: SQLCipher's cipher_memory_security (mlock + wipe of every allocation) is OFF by decision:
#: measured on the 2-core reference machine, 10k inserts on a connection that had been in use
#: took 1.89 s with it ON against 0.11 s OFF (17x), which would turn the 1M-row import and
#: demo into minutes. ``cmrdesk bench`` re-measures it (stage ``insert_10k_memory_security``:
#: 5.5-7.5x in a child process of its own, as the setting is process-wide and sticky).
#: What it protected (freed SQLite buffers in RAM) is also exposed by Python's own copies of
#: the data; the key buffer is wiped by us on lock. Encrypted swap is advised in the README.
MEMORY_SECURITY = False


def prepare_connection(
    raw: object, key_sql: str, *, read_only: bool, memory_security: bool = MEMORY_SECURITY
) -> None:
    """Key a fresh raw connection and set the pragmas every vault connection needs."""
    cursor = raw.cursor()  # type: ignore[attr-defined]
    try:
        cursor.execute(f"PRAGMA key = {key_sql}")
        cursor.execute(f"PRAGMA cipher_memory_security = {'ON' if memory_security else 'OFF'}")
        # Fail at open, not on first use, when the key is wrong: user_version reads the first
        # page only, which is what proves the key (a failure there is a wrong passphrase or a
        # damaged first page, which nobody can tell apart) ...
        cursor.execute("PRAGMA user_version").fetchone()
        # ... and a failure from here on is damage to a later page.
        try:
            cursor.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except _dbapi.DatabaseError as error:
            if is_corruption(error):
                raise _PageDamaged from None
            raise
        cursor.execute("PRAGMA temp_store = MEMORY")
        (temp_store,) = cursor.execute("PRAGMA temp_store").fetchone()
        if temp_store != 2:  # 2 = MEMORY; anything else could spill plaintext temp tables
            raise RuntimeError("SQLCipher refused temp_store = MEMORY")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA busy_timeout = 5000")
        if read_only:
            cursor.execute("PRAGMA query_only = ON")
        else:
            cursor.execute("PRAGMA journal_mode = WAL")
            # FULL: a committed transaction survives a crash or a power cut, not only a kill.
            cursor.execute("PRAGMA synchronous = FULL")
    finally:
        cursor.close()


class _PageDamaged(Exception):
    """A page after the first failed authentication while opening."""


def connection_factory(
    path: Path,
    key: bytearray,
    salt: bytes | None,
    *,
    read_only: bool,
    memory_security: bool = MEMORY_SECURITY,
) -> Callable[[], object]:
    """A ``creator`` for SQLAlchemy that returns keyed, configured raw connections."""

    def create() -> object:
        raw = _dbapi.connect(str(path), isolation_level=None, check_same_thread=False)
        try:
            prepare_connection(
                raw, key_literal(key, salt), read_only=read_only, memory_security=memory_security
            )
        except _PageDamaged:
            raw.close()
            raise VaultCorrupt(path) from None
        except _dbapi.DatabaseError as error:
            raw.close()
            if getattr(error, "sqlite_errorcode", None) == SQLITE_NOTADB:
                raise WrongPassphraseOrHeader(path) from None
            typed = typed_error(error, path)
            if typed is not None:
                raise typed from None
            raise
        return raw

    return create


def make_engine(creator: Callable[[], object], path: Path) -> Engine:
    """An Engine over keyed connections with explicit BEGIN and typed corruption errors."""
    engine = create_engine(
        "sqlite+pysqlite://",
        creator=creator,
        module=_dbapi,
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=2,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: object) -> None:
        # The driver runs in autocommit mode; SQLAlchemy's documented recipe for real
        # transactions with pysqlite is to emit BEGIN ourselves.
        conn.exec_driver_sql("BEGIN")  # type: ignore[attr-defined]

    @event.listens_for(engine, "handle_error")
    def _typed(context: object) -> BaseException | None:
        original = getattr(context, "original_exception", None)
        return typed_error(original, path) if original is not None else None

    return engine


def derive_for(path: Path, passphrase: str) -> tuple[bytearray, KdfParams]:
    """Read the header of an existing vault and derive its key."""
    salt, params = read_header(path)
    return derive_key(passphrase, salt, params), params


def set_private_mode(path: Path) -> None:
    """chmod 600, in case a file was created by another tool."""
    path.chmod(0o600)
