"""One writer per vault: an advisory lock on ``<vault>.lock`` held while a vault is open.

A separate lock file (empty, no data) rather than a lock on the vault itself, because a rekey
replaces the vault file with a new inode and the lock must survive that.
"""

from __future__ import annotations

import os
from pathlib import Path

from cmrdesk.domain import VaultInUse

try:  # POSIX
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


def lock_path(vault: Path) -> Path:
    """Where the lock for ``vault`` lives."""
    return vault.with_name(vault.name + ".lock")


class WriterLock:
    """Exclusive, non-blocking lock; ``VaultInUse`` if another process holds it."""

    def __init__(self, vault: Path) -> None:
        self.vault = vault
        self.path = lock_path(vault)
        self._fd: int | None = None

    def acquire(self) -> None:
        """Take the lock or raise ``VaultInUse``."""
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            else:  # pragma: no cover - Windows
                import msvcrt

                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            os.close(fd)
            raise VaultInUse(self.vault) from None
        self._fd = fd

    def release(self) -> None:
        """Release the lock (closing the descriptor drops it)."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    @property
    def held(self) -> bool:
        """Whether this object holds the lock."""
        return self._fd is not None
