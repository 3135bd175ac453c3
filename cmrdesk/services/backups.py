"""Backups and the passphrase: the same calls behind the Settings page and the CLI.

A backup is an encrypted copy of the vault written by :meth:`VaultSession.backup` (same key:
restoring is opening it). Automatic backups go to a folder the person chooses, named
``<vault name>-<YYYYMMDD-HHMMSS>[-<reason>].cmrdesk`` (UTC); only files of that shape for this vault
are ever counted or pruned, never anything else in the folder. The policy (folder, how many to
keep, on or off) lives in the vault's own settings, so it travels with the vault and the CLI
and the app read the same one.
"""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cmrdesk.domain import ChangeSet, ValidationError, VaultExists
from cmrdesk.domain.strength import estimate
from cmrdesk.vault import DEFAULT_PARAMS, KdfParams

from .session import VaultSession

#: How many automatic backups are kept unless the person chooses otherwise.
DEFAULT_KEEP = 5
#: The bounds of that choice (one copy is no rotation; more than 100 is a folder nobody reads).
KEEP_RANGE = (1, 100)
#: An automatic backup is due when the newest one is older than this.
DAILY = timedelta(days=1)
#: KDF parameters of a passphrase change (tests lower them; the CLI's ``rekey`` uses the same).
REKEY_PARAMS: KdfParams = DEFAULT_PARAMS

_FOLDER, _KEEP, _AUTOMATIC = "backup_folder", "backup_keep", "backup_automatic"
_STAMP = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class BackupPolicy:
    """Where automatic backups go, how many are kept, and whether they are made at all."""

    folder: Path | None = None
    keep: int = DEFAULT_KEEP
    automatic: bool = False

    @property
    def active(self) -> bool:
        """Whether automatic backups are made (switched on and a folder chosen)."""
        return self.automatic and self.folder is not None


def policy(session: VaultSession) -> BackupPolicy:
    """The vault's backup policy (the defaults where nothing is set: off, keep 5)."""
    settings = session.settings()
    folder = settings.get(_FOLDER)
    keep = settings.get(_KEEP)
    return BackupPolicy(
        folder=Path(folder) if isinstance(folder, str) and folder else None,
        keep=keep if isinstance(keep, int) and KEEP_RANGE[0] <= keep <= KEEP_RANGE[1]
        else DEFAULT_KEEP,
        automatic=settings.get(_AUTOMATIC) is True,
    )


def set_policy(session: VaultSession, new: BackupPolicy) -> ChangeSet:
    """Store the backup policy in the vault; ``ValidationError`` for a keep count out of
    range or automatic backups without a folder."""
    low, high = KEEP_RANGE
    if not low <= new.keep <= high:
        raise ValidationError("keep", f"must be between {low} and {high}, not {new.keep}")
    if new.automatic and new.folder is None:
        raise ValidationError("folder", "choose a folder for the automatic backups")
    folder = str(Path(new.folder).expanduser().absolute()) if new.folder else None
    return session.update_settings(**{_FOLDER: folder, _KEEP: new.keep,
                                      _AUTOMATIC: new.automatic})


def _pattern(session: VaultSession) -> re.Pattern[str]:
    return re.compile(re.escape(session.path.stem) + r"-(\d{8}-\d{6})(?:-\d+)?(?:-[a-z]+)?"
                      r"\.cmrdesk")


def backup_name(session: VaultSession, when: datetime, reason: str = "") -> str:
    """The file name of an automatic backup made at ``when`` (``reason``: ``import``...)."""
    when = when.astimezone(UTC)
    suffix = f"-{reason}" if reason else ""
    return f"{session.path.stem}-{when.strftime(_STAMP)}{suffix}.cmrdesk"


def list_backups(session: VaultSession, folder: Path) -> list[tuple[datetime, Path]]:
    """This vault's automatic backups in ``folder``, newest first (other files ignored)."""
    if not folder.is_dir():
        return []
    pattern = _pattern(session)
    found = []
    for path in folder.iterdir():
        match = pattern.fullmatch(path.name)
        if match and path.is_file():
            found.append((datetime.strptime(match.group(1), _STAMP).replace(tzinfo=UTC), path))
    return sorted(found, reverse=True)


def backup_to(session: VaultSession, destination: Path | str) -> Path:
    """One encrypted copy at ``destination`` ("Back up now…", ``cmrdesk backup --out``)."""
    return session.backup(destination)


def backup_now(session: VaultSession, folder: Path | None = None, *, reason: str = "",
               now: datetime | None = None) -> Path:
    """Write an automatic-style backup into ``folder`` (default: the policy's), then keep only
    the newest N of this vault's backups there. Returns the new file."""
    rules = policy(session)
    target = Path(folder) if folder is not None else rules.folder
    if target is None:
        raise ValidationError("folder", "choose a folder for the backups")
    target.mkdir(parents=True, exist_ok=True)
    when = now or datetime.now(UTC)
    path = target / backup_name(session, when, reason)
    number = 2
    while path.exists():  # two backups in one second: never overwrite the first
        path = target / backup_name(session, when, f"{number}-{reason}" if reason else str(number))
        number += 1
    written = session.backup(path)
    prune(session, target, rules.keep)
    return written


def prune(session: VaultSession, folder: Path, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` of this vault's backups in ``folder``; returns the
    removed files. Files not named like this vault's backups are never touched."""
    removed = []
    for _when, path in list_backups(session, folder)[max(keep, 1):]:
        path.unlink(missing_ok=True)
        removed.append(path)
    return removed


def before_import(session: VaultSession) -> Path | None:
    """A backup before an import changes the vault, when automatic backups are on (None:
    they are off, nothing written)."""
    rules = policy(session)
    if not rules.active:
        return None
    return backup_now(session, reason="import")


def daily(session: VaultSession, now: datetime | None = None) -> Path | None:
    """A backup when automatic backups are on and the newest is older than a day (or there
    is none); None when none was due."""
    rules = policy(session)
    if not rules.active or rules.folder is None:
        return None
    when = now or datetime.now(UTC)
    existing = list_backups(session, rules.folder)
    if existing and when - existing[0][0] < DAILY:
        return None
    return backup_now(session, reason="daily", now=when)


def restore_copy(backup: Path | str, folder: Path | str, *, now: datetime | None = None) -> Path:
    """Copy ``backup`` to a new file in ``folder`` to open it there: the backup itself and the
    current vault stay as they are (opening a vault writes to it). Returns the new file."""
    backup = Path(backup)
    if not backup.is_file():
        raise ValidationError("backup", f"{backup} is not a file")
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime(_STAMP)
    stem = backup.name.removesuffix(".cmrdesk")
    target = Path(folder) / f"{stem}-restored-{stamp}.cmrdesk"
    if target.exists():
        raise VaultExists(target)
    Path(folder).mkdir(parents=True, exist_ok=True)
    # Created private and exclusive: a copy of a vault is as private as the vault.
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with open(backup, "rb") as source, os.fdopen(fd, "wb") as copy:
        shutil.copyfileobj(source, copy)
    return target


def check_new_passphrase(passphrase: str) -> None:
    """``ValidationError`` when the app would call ``passphrase`` weak (the CLI's rule)."""
    if not estimate(passphrase).acceptable:
        raise ValidationError("passphrase", "too weak: choose at least a “Fair” passphrase "
                              "(four or more unrelated words)")


def change_passphrase(session: VaultSession, new_passphrase: str) -> ChangeSet:
    """Change the vault's passphrase atomically (refusing a weak one); backups keep theirs."""
    check_new_passphrase(new_passphrase)
    session.vault.rekey(new_passphrase, REKEY_PARAMS)
    return ChangeSet.of("vault")


__all__ = [
    "DEFAULT_KEEP", "BackupPolicy", "backup_name", "backup_now", "backup_to", "before_import",
    "change_passphrase", "check_new_passphrase", "daily", "list_backups", "policy", "prune",
    "restore_copy", "set_policy",
]
