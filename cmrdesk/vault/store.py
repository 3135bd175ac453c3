"""The vault: one encrypted SQLCipher file, opened, created, re-keyed and backed up here."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Connection, Engine, MetaData

from cmrdesk.domain import (
    SchemaTooNew,
    VaultCorrupt,
    VaultError,
    VaultExists,
    VaultLocked,
    WrongPassphrase,
)

from . import wal
from .connection import (
    _dbapi,
    connection_factory,
    derive_for,
    is_corruption,
    key_literal,
    make_engine,
    prepare_connection,
    read_header,
    set_private_mode,
    typed_error,
)
from .files import create_private, remove_quietly, replace_atomically
from .kdf import DEFAULT_PARAMS, KdfParams, derive_key, new_salt, wipe
from .lockfile import (
    WriterLock,
    hold_inode,
    real_path,
    release_inode,
    share_inode,
    writers_paused,
)
from .migrations import SCHEMA_VERSION, migrate
from .schema import reflect_tables

#: What a rekey killed half-way can leave next to the vault (the attached copy is written
#: through a rollback journal of its own); removed when the vault is next opened for writing.
_REKEY_LEFTOVERS = (".rekey-tmp", ".rekey-tmp-journal", ".rekey-tmp-wal", ".rekey-tmp-shm")
#: How long a checkpoint after a commit waits for readers of other connections to move on.
_CHECKPOINT_WAIT_MS = 200
_BUSY_TIMEOUT_MS = 5000


def _sibling(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _check_wal(path: Path, real: Path) -> None:
    """Refuse to open a vault whose leftover WAL SQLite could only replay in part: replaying
    would silently drop what the damaged part held (see ``wal``)."""
    state = wal.inspect(_sibling(real, "-wal"))
    if state is not None and not state.ok:
        raise VaultCorrupt(path, state.describe())


def checkpoint(raw: object) -> None:
    """Copy committed pages from the WAL into the vault file and empty the WAL, so no
    committed change lives only in the WAL (where one damaged byte would lose it silently).

    Runs after the commit: if readers of other connections hold it up for longer than
    ``_CHECKPOINT_WAIT_MS``, or the disk is full, the change stays committed in the WAL and
    the next checkpoint (the next commit, or closing) copies it.
    """
    try:
        raw.execute(f"PRAGMA busy_timeout = {_CHECKPOINT_WAIT_MS}")  # type: ignore[attr-defined]
        try:
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()  # type: ignore[attr-defined]
        finally:
            raw.execute(f"PRAGMA busy_timeout = {_BUSY_TIMEOUT_MS}")  # type: ignore[attr-defined]
    except _dbapi.DatabaseError as error:
        if is_corruption(error):
            raise
        # Busy, full or failing disk: the commit itself stands (see above).


class Vault:
    """An open vault. Use :meth:`create` or :meth:`open`; close with :meth:`close`."""

    def __init__(
        self,
        path: Path,
        engine: Engine,
        key: bytearray,
        params: KdfParams,
        lock: WriterLock | None,
        *,
        upgraded_from: int | None = None,
    ) -> None:
        self.path = path
        #: The file actually read and written (``path`` with symlinks resolved).
        self.real_path = real_path(path)
        self.params = params
        self._inode: tuple[int, int] | None = None
        self.read_only = lock is None
        self.upgraded_from = upgraded_from
        self._engine: Engine | None = engine
        self._key = key
        self._lock = lock
        with engine.connect() as conn:
            self.tables: MetaData = reflect_tables(conn)
            # Reflection leaves pragma statements behind that make every later insert on this
            # connection ~8x slower (measured); a connection used once and closed avoids it.
            conn.invalidate()

    # --- lifecycle ---------------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path | str, passphrase: str, params: KdfParams = DEFAULT_PARAMS) -> Vault:
        """Create a new, empty vault at ``path`` (refuses to overwrite anything)."""
        path = Path(path).expanduser().absolute()
        if path.exists():
            raise VaultExists(path)
        if not passphrase:
            raise VaultError("the passphrase must not be empty")
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        real = real_path(path)
        lock = WriterLock(path)
        lock.acquire()
        try:
            salt = new_salt(params)
            key = derive_key(passphrase, salt, params)
            create_private(real)
            lock.adopt(real)
            engine = make_engine(connection_factory(real, key, salt, read_only=False), path)
            with engine.connect() as conn:
                migrate(conn.connection.dbapi_connection)
            return cls(path, engine, key, params, lock)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def open(
        cls,
        path: Path | str,
        passphrase: str,
        *,
        read_only: bool = False,
        derived_key: bytearray | None = None,
    ) -> Vault:
        """Open an existing vault; upgrades an older schema unless ``read_only``.

        Raises ``VaultNotFound``, ``NotAVault``, ``VaultCorrupt``, ``WrongPassphrase``,
        ``VaultInUse`` (another writer) or ``SchemaTooNew``. ``derived_key`` skips the KDF
        (the benchmark times unlocking with and without it).
        """
        path = Path(path).expanduser().absolute()
        real = real_path(path)  # symlinks resolved: the WAL and the lock sit by the real file
        read_header(real)  # cheap checks before the expensive KDF
        lock = None if read_only else WriterLock(path)
        if lock:
            lock.acquire()
        inode = None
        try:
            if lock:
                for suffix in _REKEY_LEFTOVERS:  # a rekey killed half-way
                    remove_quietly(_sibling(real, suffix))
                _check_wal(path, real)
            else:
                with writers_paused(real) as writer_active:
                    if not writer_active:  # a live writer's WAL is its own business
                        _check_wal(path, real)
                inode = hold_inode(real)
                if inode is not None and not writer_active and real.stat().st_nlink > 1:
                    share_inode(inode, path)  # a writer by another name shares no WAL with us
            if derived_key is not None:
                key, params = bytearray(derived_key), read_header(real)[1]
            else:
                key, params = derive_for(real, passphrase)
            engine = make_engine(connection_factory(real, key, None, read_only=read_only), path)
            upgraded_from = None
            with engine.connect() as conn:
                raw = conn.connection.dbapi_connection
                (version,) = raw.execute("PRAGMA user_version").fetchone()
                if version > SCHEMA_VERSION:
                    raise SchemaTooNew(path, version, SCHEMA_VERSION)
                if version < SCHEMA_VERSION:
                    if read_only:
                        raise VaultError(
                            f"vault {path} needs an upgrade; open it once without --read-only"
                        )
                    before, _ = migrate(raw)
                    upgraded_from = before
            if lock:
                set_private_mode(real)
            vault = cls(path, engine, key, params, lock, upgraded_from=upgraded_from)
            vault._inode = inode
            return vault
        except BaseException:
            if lock:
                lock.release()
            if inode is not None:
                release_inode(inode)
            raise

    def close(self) -> None:
        """Close every connection (checkpointing the WAL), forget the key, drop the lock."""
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
        wipe(self._key)
        if self._lock:
            self._lock.release()
        if self._inode is not None:
            release_inode(self._inode)
            self._inode = None

    @property
    def is_open(self) -> bool:
        """False once closed or locked."""
        return self._engine is not None

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- access ------------------------------------------------------------------------------

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine; raises ``VaultLocked`` after close."""
        if self._engine is None:
            raise VaultLocked()
        return self._engine

    @contextlib.contextmanager
    def begin(self) -> Iterator[Connection]:
        """A connection in a transaction: committed on success, rolled back on any error.

        After the commit the WAL is checkpointed (see :func:`checkpoint`), so the change is in
        the vault file itself when this returns.
        """
        with self._typed_errors(), self.engine.connect() as conn:
            with conn.begin():
                yield conn
            checkpoint(conn.connection.dbapi_connection)

    @contextlib.contextmanager
    def bulk(self) -> Iterator[Connection]:
        """A transaction for bulk inserts, with SQLite's per-row foreign-key checks off.

        The caller validates references itself, once per batch (``ledger.insert_batch``
        does): at 1M rows the per-row checks cost ~0.9 s of a ~3.4 s insert (measured).
        The pragma only takes effect outside a transaction, hence this separate entry point.
        """
        with self._typed_errors(), self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA foreign_keys = OFF")
            conn.commit()  # the pragma statement autobegan a transaction; end it
            try:
                with conn.begin():
                    yield conn
            finally:
                conn.exec_driver_sql("PRAGMA foreign_keys = ON")
                conn.commit()
            checkpoint(conn.connection.dbapi_connection)

    @contextlib.contextmanager
    def read(self) -> Iterator[Connection]:
        """A connection for reading (no transaction is forced)."""
        with self._typed_errors(), self.engine.connect() as conn:
            yield conn

    @contextlib.contextmanager
    def _typed_errors(self) -> Iterator[None]:
        # Bulk paths use the raw driver cursor, which SQLAlchemy's error hook never sees.
        try:
            yield
        except _dbapi.DatabaseError as error:
            typed = typed_error(error, self.path)
            if typed is not None:
                raise typed from None
            raise

    @property
    def schema_version(self) -> int:
        """The schema version stored in the file."""
        with self.read() as conn:
            return conn.exec_driver_sql("PRAGMA user_version").scalar_one()

    def integrity_check(self) -> list[str]:
        """Authenticate every page (SQLCipher HMACs) and run SQLite's integrity check.

        Returns the problems found; an empty list means the whole file is intact.
        """
        with self.read() as conn:
            problems = [r[0] for r in conn.exec_driver_sql("PRAGMA cipher_integrity_check")]
            if not problems:
                rows = [r[0] for r in conn.exec_driver_sql("PRAGMA quick_check")]
                problems = [r for r in rows if r != "ok"]
        return problems

    # --- passphrase change and backup ---------------------------------------------------------

    def rekey(self, new_passphrase: str, params: KdfParams = DEFAULT_PARAMS) -> None:
        """Change the passphrase (and KDF parameters) atomically.

        The data is exported to a new file under the new key, that file is checked, and then
        renamed over the vault in one step: killed at any moment, the vault opens with either
        the old or the new passphrase, never neither.
        """
        if self.read_only:
            raise VaultError("the vault is open read-only")
        if not new_passphrase:
            raise VaultError("the passphrase must not be empty")
        real = self.real_path  # through a symlink: replace its target, keep the link
        links = real.stat().st_nlink
        if links > 1:
            raise VaultError(
                f"vault {self.path} has {links} names (hard links); a new passphrase would "
                "reach only this one and the others would keep the old file: remove the "
                "other links first"
            )
        temp = _sibling(real, ".rekey-tmp")
        for suffix in _REKEY_LEFTOVERS:
            remove_quietly(_sibling(real, suffix))
        salt = new_salt(params)
        new_key = derive_key(new_passphrase, salt, params)
        create_private(temp)
        try:
            version = self.schema_version
            with self.engine.connect() as conn:
                raw = conn.connection.dbapi_connection
                raw.execute(f"ATTACH DATABASE ? AS rekeyed KEY {key_literal(new_key, salt)}",
                            (str(temp),))
                raw.execute("SELECT sqlcipher_export('rekeyed')")
                raw.execute(f"PRAGMA rekeyed.user_version = {int(version)}")
                raw.execute("DETACH DATABASE rekeyed")
                raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            remove_quietly(_sibling(temp, "-journal"))
            self._verify_copy(temp, new_key, version)
            self.engine.dispose()  # closes connections; the last one removes the WAL
            wal_file = _sibling(real, "-wal")
            if wal_file.exists() and wal_file.stat().st_size:
                raise VaultError("the vault's write-ahead log is still in use; try again")
            if self._lock:
                self._lock.adopt(temp)  # hold the new inode before it becomes the vault
            replace_atomically(temp, real)
        except BaseException:
            if self._lock and real.exists():
                with contextlib.suppress(VaultError, OSError):
                    self._lock.adopt(real)  # the vault is still the old file: lock it again
            for suffix in _REKEY_LEFTOVERS:
                remove_quietly(_sibling(real, suffix))
            wipe(new_key)
            raise
        remove_quietly(_sibling(real, "-shm"))
        wipe(self._key)
        self._key = new_key
        self.params = params
        self._engine = make_engine(
            connection_factory(real, new_key, None, read_only=False), self.path
        )

    def backup(self, destination: Path | str) -> Path:
        """Write an encrypted copy (same passphrase) to ``destination``; returns its path.

        Uses ``VACUUM INTO`` on the keyed connection, so the copy is encrypted with the same
        key and salt: restoring is simply opening it.
        """
        destination = Path(destination).expanduser().absolute()
        if destination.exists():
            raise VaultExists(destination)
        temp = _sibling(destination, ".partial")
        remove_quietly(temp)
        create_private(temp)
        try:
            with self.read() as conn:
                raw = conn.connection.dbapi_connection
                # VACUUM INTO counts as a write even though the vault is not changed, so a
                # read-only session (no writer lock) lifts query_only for this statement.
                raw.execute("PRAGMA query_only = OFF")
                try:
                    raw.execute("VACUUM INTO ?", (str(temp),))
                finally:
                    if self.read_only:
                        raw.execute("PRAGMA query_only = ON")
            replace_atomically(temp, destination)
        except BaseException:
            remove_quietly(temp)
            remove_quietly(_sibling(temp, "-journal"))
            raise
        return destination

    def _verify_copy(self, path: Path, key: bytearray, version: int) -> None:
        import sqlcipher3

        raw = sqlcipher3.dbapi2.connect(str(path), isolation_level=None)
        try:
            prepare_connection(raw, key_literal(key), read_only=False)
            (found,) = raw.execute("PRAGMA user_version").fetchone()
            problems = raw.execute("PRAGMA cipher_integrity_check").fetchall()
        except sqlcipher3.dbapi2.DatabaseError as error:
            if is_corruption(error):
                raise VaultCorrupt(path, "the re-keyed copy failed its check") from None
            raise
        finally:
            raw.close()
        if found != version or problems:
            raise VaultCorrupt(path, "the re-keyed copy failed its check")


__all__ = ["Vault", "WrongPassphrase"]
