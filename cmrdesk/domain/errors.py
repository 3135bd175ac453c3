"""Typed errors of the whole application.

Every message here is safe to show a person: it never contains a passphrase, a key, or a
financial value. The UI turns these into sentences, the CLI into one ``error:`` line.
"""

from __future__ import annotations


class CmrdeskError(Exception):
    """Base of every error cmrdesk raises on purpose."""


# --- vault -----------------------------------------------------------------------------------


class VaultError(CmrdeskError):
    """Something is wrong with the vault file or access to it."""


class WrongPassphrase(VaultError):
    """The passphrase does not open this vault."""

    def __init__(self, path: object = None) -> None:
        where = f" {path}" if path else ""
        super().__init__(f"wrong passphrase for vault{where}")


class NotAVault(VaultError):
    """The file exists but is not a cmrdesk vault."""

    def __init__(self, path: object, why: str = "") -> None:
        detail = f": {why}" if why else ""
        super().__init__(f"{path} is not a cmrdesk vault{detail}")


class VaultCorrupt(VaultError):
    """The vault is truncated, tampered with or damaged: its pages fail authentication."""

    def __init__(self, path: object, why: str = "") -> None:
        detail = f" ({why})" if why else ""
        super().__init__(
            f"vault {path} is damaged or has been tampered with{detail}; "
            "restore it from a backup"
        )


class VaultInUse(VaultError):
    """Another process has the vault open for writing.

    ``pid`` is the holder's process id when its lock file names one (None: unknown). The
    message says how to free the vault, since the usual holder is the desktop app left open.
    """

    def __init__(self, path: object, pid: int | None = None) -> None:
        self.path = path
        self.pid = pid
        holder = "another cmrdesk process" + (f" (pid {pid})" if pid else "")
        super().__init__(
            f"vault {path} is open in {holder}; lock it there (Ctrl+L) or quit that app "
            "(or let the command using it finish), then try again"
        )


class VaultNotFound(VaultError):
    """No vault at the given path."""

    def __init__(self, path: object) -> None:
        super().__init__(f"no vault at {path}")


class VaultExists(VaultError):
    """Refusing to overwrite an existing file with a new vault."""

    def __init__(self, path: object) -> None:
        super().__init__(f"{path} already exists; refusing to overwrite it")


class SchemaTooNew(VaultError):
    """The vault was written by a newer cmrdesk than this one."""

    def __init__(self, path: object, found: int, supported: int) -> None:
        super().__init__(
            f"vault {path} has schema version {found}, this cmrdesk understands up to "
            f"{supported}; update cmrdesk to open it"
        )


class VaultLocked(VaultError):
    """The vault was locked (auto-lock or on demand) and must be unlocked again."""

    def __init__(self) -> None:
        super().__init__("the vault is locked")


# --- data ------------------------------------------------------------------------------------


class ValidationError(CmrdeskError, ValueError):
    """A value given for a field is not acceptable."""

    def __init__(self, field: str, reason: str) -> None:
        self.field = field
        self.reason = reason
        super().__init__(f"{field}: {reason}")


class NotFound(CmrdeskError, LookupError):
    """A named or numbered thing does not exist in the vault."""

    def __init__(self, kind: str, key: object) -> None:
        self.kind = kind
        self.key = key
        super().__init__(f"no {kind} {key!r}")


class CurrencyMismatch(CmrdeskError, ValueError):
    """Arithmetic between two different currencies without a conversion."""

    def __init__(self, left: str, right: str) -> None:
        super().__init__(f"cannot combine {left} and {right} without an exchange rate")


class MissingRate(CmrdeskError, LookupError):
    """No exchange rate is known for a currency pair at or before a date."""

    def __init__(self, base: str, quote: str, on: object) -> None:
        super().__init__(f"no exchange rate {base}->{quote} known on or before {on}")


# --- disclosure ------------------------------------------------------------------------------


class DisclosureError(CmrdeskError):
    """A disclosure cannot be built, written or read."""


class InvalidKey(DisclosureError):
    """Key text is not an acceptable key. The message never quotes the key itself."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(f"invalid key: {reason}")


class PackageInvalid(DisclosureError):
    """A disclosure package fails verification (tampered, incomplete, or not one at all)."""

    def __init__(self, path: object, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"package {path} is not valid: {reason}")


class ImportFormatError(CmrdeskError):
    """A bank file cannot be imported; says which file, line or element, and why."""

    def __init__(
        self,
        file: object,
        reason: str,
        *,
        line: int | None = None,
        field: str | None = None,
    ) -> None:
        self.file = str(file)
        self.line = line
        self.field = field
        self.reason = reason
        where = self.file
        if line is not None:
            where += f": line {line}"
        if field:
            where += f": {field}"
        super().__init__(f"{where}: {reason}")


# --- vault: hostile files and full disks -------------------------------------------------------


class WrongPassphraseOrHeader(WrongPassphrase):
    """The first page does not authenticate: a wrong passphrase or a damaged header.

    The two cannot be told apart (the first page is what proves the key), so the message
    names both.
    """

    def __init__(self, path: object = None) -> None:
        where = f" (vault {path})" if path else ""
        VaultError.__init__(self, f"wrong passphrase, or the file's header is damaged{where}")


class DiskFull(VaultError):
    """A write failed because the disk is full; the change was rolled back."""

    def __init__(self, path: object) -> None:
        super().__init__(
            f"could not write {path}: the disk is full, so this change was not saved; "
            "free some space and try again"
        )


class WeakPassphrase(ValidationError):
    """A new passphrase is below the strength the app asks for. Never quotes it."""

    def __init__(self, score: int, minimum: int) -> None:
        super().__init__(
            "passphrase",
            f"too weak (strength {score} of 4, at least {minimum} is needed): use four or "
            "more uncommon words, or a longer mix of letters, digits and symbols",
        )
