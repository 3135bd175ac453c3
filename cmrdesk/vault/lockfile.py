"""One writer per vault: advisory locks held while a vault is open for writing.

The lock goes by the real file, not by the name it was opened under:

* ``<real vault>.lock`` next to the file a symlink points to (symlinks resolved), opened
  without following a symlink at the lock's own name, so a planted link cannot make cmrdesk
  create or lock some other file;
* an ``flock`` on the vault file's inode itself, which every hard link and symlink shares.

The separate lock file survives a rekey (which renames a new inode over the vault); the rekey
takes the inode lock of the new file before renaming it in (:meth:`WriterLock.adopt`), and an
opener that raced a rekey sees the inode change under its lock and retries.

POSIX ``fcntl`` locks (SQLite's) on a file are dropped when the process closes *any*
descriptor of that file, so the descriptor held for the inode lock is shared by every vault of
this process on that inode and closed only when the last of them closes.
"""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path

from cmrdesk.domain import VaultError, VaultInUse

try:  # POSIX
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
#: A reader checking a vault's WAL holds the lock for a moment; a writer waits this long.
_RETRY_SECONDS = 0.3


def real_path(path: Path) -> Path:
    """``path`` with every symlink resolved: the file that is actually read and written."""
    return Path(os.path.realpath(path))


def lock_path(vault: Path) -> Path:
    """Where the lock for ``vault`` lives (next to the real file)."""
    real = real_path(vault)
    return real.with_name(real.name + ".lock")


def _open_lock_file(path: Path) -> int:
    try:
        return os.open(path, os.O_RDWR | os.O_CREAT | _NOFOLLOW, 0o600)
    except OSError as error:
        if path.is_symlink():
            raise VaultError(
                f"the lock file {path} is a symbolic link; refusing to follow it "
                "(remove it if no cmrdesk is running)"
            ) from None
        raise error from None


def holder_pid(vault: Path) -> int | None:
    """The process id the writer of ``vault`` wrote into its lock file (None: none recorded,
    or it is this process). Only a hint for the "in use" message: the lock itself is the
    ``flock``, never this number."""
    try:
        with open(lock_path(vault), "rb") as handle:
            text = handle.read(32).decode("ascii", errors="replace").strip()
    except OSError:
        return None
    if not text.isdigit():
        return None
    pid = int(text)
    return pid if pid > 0 and pid != os.getpid() else None


def _in_use(vault: Path) -> VaultInUse:
    return VaultInUse(vault, holder_pid(vault))


def _record_pid(fd: int) -> None:
    # Which process holds the vault, for the message another one gets; failing to write it
    # only makes that message less precise.
    with contextlib.suppress(OSError):
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)


def _try_flock(fd: int, mode: int) -> bool:
    if fcntl is None:  # pragma: no cover - Windows
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    try:
        fcntl.flock(fd, mode | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


class _Inodes:
    """This process's descriptors on vault inodes, shared and counted (see module doc)."""

    def __init__(self) -> None:
        self._fds: dict[tuple[int, int], int] = {}
        self._users: dict[tuple[int, int], int] = {}
        #: Inodes a vault of this process has open for writing: flock on the shared
        #: descriptor cannot tell two of them apart, so this set does.
        self.writing: set[tuple[int, int]] = set()

    def hold(self, path: Path) -> tuple[tuple[int, int], int]:
        """A descriptor on the inode ``path`` names now (opened once per process)."""
        stat = path.stat()
        key = (stat.st_dev, stat.st_ino)
        if key not in self._fds:  # never open-and-close a second descriptor (module doc)
            fd = os.open(path, os.O_RDONLY | _NOFOLLOW)
            stat = os.fstat(fd)
            key = (stat.st_dev, stat.st_ino)  # the file may have been replaced meanwhile
            if key in self._fds:  # pragma: no cover - a rename between stat and open
                os.close(fd)
            else:
                self._fds[key] = fd
        self._users[key] = self._users.get(key, 0) + 1
        return key, self._fds[key]

    def read_start(self, path: Path, size: int) -> bytes:
        """The first ``size`` bytes of ``path``, through the shared descriptor when this
        process holds one (opening and closing another would drop SQLite's locks)."""
        stat = path.stat()
        fd = self._fds.get((stat.st_dev, stat.st_ino))
        if fd is not None:
            return os.pread(fd, size, 0)
        with open(path, "rb") as handle:
            return handle.read(size)

    def drop(self, key: tuple[int, int]) -> None:
        """One user fewer; the descriptor closes with the last one."""
        left = self._users.get(key, 0) - 1
        if left > 0:
            self._users[key] = left
            return
        self._users.pop(key, None)
        fd = self._fds.pop(key, None)
        if fd is not None:
            os.close(fd)


_INODES = _Inodes()


def hold_inode(path: Path) -> tuple[int, int] | None:
    """Keep this process's shared descriptor on ``path``'s inode open (a read-only vault does,
    so that a writer of this process closing cannot drop SQLite's locks); None if it is gone."""
    try:
        key, _fd = _INODES.hold(path)
    except FileNotFoundError:
        return None
    return key


def share_inode(key: tuple[int, int], vault: Path) -> None:
    """Hold this process's descriptor on inode ``key`` shared while a read-only vault is open
    under a name no writer uses: SQLite keeps its WAL by *name*, so a writer through another
    hard link would change the file under this reader uncoordinated (torn pages, read as
    damage). ``VaultInUse`` when such a writer is there already; one that comes later finds the
    inode taken and gets ``VaultInUse`` itself."""
    fd = _INODES._fds.get(key)
    if fd is None or fcntl is None:  # pragma: no cover - Windows, or the file went away
        return
    if key not in _INODES.writing and not _try_flock(fd, fcntl.LOCK_SH):
        raise _in_use(vault)


def release_inode(key: tuple[int, int]) -> None:
    """Undo :func:`hold_inode`."""
    _INODES.drop(key)


def read_start(path: Path, size: int) -> bytes:
    """The first ``size`` bytes of a vault file, safely while this process has it open."""
    return _INODES.read_start(path, size)


class WriterLock:
    """Exclusive, non-blocking lock; ``VaultInUse`` if another process (or another open vault
    of this process) holds it, through whatever name or link."""

    def __init__(self, vault: Path) -> None:
        self.vault = vault
        self.path = lock_path(vault)
        self._fd: int | None = None
        self._inode: tuple[int, int] | None = None
        self._inode_fd: int | None = None

    def acquire(self) -> None:
        """Take the lock or raise ``VaultInUse``."""
        fd = _open_lock_file(self.path)
        deadline = time.monotonic() + _RETRY_SECONDS
        while not _try_flock(fd, fcntl.LOCK_EX if fcntl else 0):
            if time.monotonic() > deadline:
                os.close(fd)
                raise _in_use(self.vault)
            time.sleep(0.02)
        self._fd = fd
        _record_pid(fd)
        try:
            self._lock_inode()
        except BaseException:
            self.release()
            raise

    def _lock_inode(self) -> None:
        if fcntl is None:  # pragma: no cover - Windows: byte-range locks would block SQLite
            return
        real = real_path(self.vault)
        for _attempt in range(5):
            try:
                key, fd = _INODES.hold(real)
            except FileNotFoundError:
                return  # creating: the file does not exist yet (see adopt)
            if key in _INODES.writing or not _try_flock(fd, fcntl.LOCK_EX):
                _INODES.drop(key)
                raise _in_use(self.vault)
            with contextlib.suppress(FileNotFoundError):
                now = real.stat()
                if (now.st_dev, now.st_ino) == key:
                    self._inode, self._inode_fd = key, fd
                    _INODES.writing.add(key)
                    return
            # A rekey renamed a new file over the vault while we waited: lock that one.
            fcntl.flock(fd, fcntl.LOCK_UN)
            _INODES.drop(key)
        raise _in_use(self.vault)

    def adopt(self, new_file: Path) -> None:
        """Lock ``new_file`` (about to be renamed over the vault, or just created) as the
        vault's inode, and let go of the previous inode."""
        if fcntl is None:  # pragma: no cover - Windows
            return
        key, fd = _INODES.hold(new_file)
        if key in _INODES.writing or not _try_flock(fd, fcntl.LOCK_EX):
            _INODES.drop(key)
            raise _in_use(self.vault)
        self._unlock_inode()
        self._inode, self._inode_fd = key, fd
        _INODES.writing.add(key)

    def _unlock_inode(self) -> None:
        if self._inode is not None and self._inode_fd is not None and fcntl is not None:
            _INODES.writing.discard(self._inode)
            with contextlib.suppress(OSError):
                fcntl.flock(self._inode_fd, fcntl.LOCK_UN)
            _INODES.drop(self._inode)
        self._inode = self._inode_fd = None

    def release(self) -> None:
        """Release both locks (closing the lock file's descriptor drops its lock)."""
        self._unlock_inode()
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.ftruncate(self._fd, 0)  # no stale pid for the next message to name
            os.close(self._fd)
            self._fd = None

    @property
    def held(self) -> bool:
        """Whether this object holds the lock."""
        return self._fd is not None


@contextlib.contextmanager
def writers_paused(vault: Path):  # type: ignore[no-untyped-def]
    """Hold the lock file shared for a moment if no writer has the vault; yields whether a
    writer is active (then nothing is held). Readers use it to look at a WAL that no writer
    is changing; a writer that starts meanwhile waits (``_RETRY_SECONDS``)."""
    path = lock_path(vault)
    try:
        # No O_CREAT: a reader leaves no lock file behind, and without one nobody is writing.
        fd = os.open(path, os.O_RDONLY | _NOFOLLOW)
    except OSError:
        if path.is_symlink():
            raise VaultError(f"the lock file {path} is a symbolic link; refusing to follow it "
                             "(remove it if no cmrdesk is running)") from None
        yield False
        return
    try:
        shared = fcntl.LOCK_SH if fcntl else 0
        yield not _try_flock(fd, shared)
    finally:
        os.close(fd)
