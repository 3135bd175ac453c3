"""Application settings, declared once: key, type, default. Stored with ``QSettings``.

Only preferences and vault *paths* live here; never a passphrase, a key or a figure from a
vault (those stay inside the encrypted file). Every read goes through :class:`AppSettings`,
which checks the type and falls back to the declared default, so a hand-edited or older
settings file cannot crash the app.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal

#: How many vaults the first-run screen remembers.
RECENT_LIMIT = 8


@dataclass(frozen=True)
class Setting:
    """One declared setting."""

    key: str
    type: type
    default: Any
    doc: str
    choices: tuple[Any, ...] = ()


THEME = Setting("appearance/theme", str, "system", "follow the system, or force light or dark",
                ("system", "light", "dark"))
AUTO_LOCK_MINUTES = Setting("security/auto_lock_minutes", int, 5,
                            "lock after this many idle minutes (0: never)")
RECENT_VAULTS = Setting("vaults/recent", list, [], "vault files opened recently, newest first")
LAST_VAULT = Setting("vaults/last", str, "", "the vault the unlock screen offers at start")
PERIOD = Setting("dashboard/period", str, "1y", "the dashboard's period preset",
                 ("3m", "1y", "5y", "all", "ytd"))
SHARE_FOLDER = Setting("share/folder", str, "",
                       "where the Share page writes packages (empty: the default folder)")
#: Vendor ids only (never a name or a figure), per vault file: ids mean nothing across vaults.
SHARE_LAST_VENDOR = Setting("share/last_vendor", str, "",
                            "the vendor the Share page chose last, per vault (JSON object: "
                            "vault path -> vendor id)")

#: Off by default: the app reaches the network only after the person allows it here.
MARKET_UPDATES = Setting("market/updates_allowed", bool, False,
                         "allow fetching public market data (ECB, Eurostat) when asked")

#: The interface language: "system" follows QLocale.system(); applied at the next start.
LANGUAGE = Setting("appearance/language", str, "system",
                   "the interface language: follow the system, or English, Dutch or German",
                   ("system", "en", "nl", "de"))

#: Every setting the app knows, by key.
REGISTRY: dict[str, Setting] = {
    s.key: s for s in (THEME, AUTO_LOCK_MINUTES, RECENT_VAULTS, LAST_VAULT, PERIOD, SHARE_FOLDER,
                       SHARE_LAST_VENDOR, MARKET_UPDATES, LANGUAGE)
}


class AppSettings(QObject):
    """Typed access to the declared settings."""

    changed = Signal(str)  # the key that changed

    def __init__(self, store: QSettings | None = None) -> None:
        super().__init__()
        self._store = store if store is not None else QSettings("cmrdesk", "cmrdesk")

    @classmethod
    def at(cls, path: Path) -> AppSettings:
        """Settings kept in an INI file at ``path`` (tests, screenshots: never the user's)."""
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    def get(self, setting: Setting) -> Any:
        """The stored value, or the default when missing or not of the declared type."""
        self._check(setting)
        raw = self._store.value(setting.key)
        if raw is None:
            return _copy(setting.default)
        try:
            value = _decode(setting, raw)
        except (TypeError, ValueError):
            return _copy(setting.default)
        if setting.choices and value not in setting.choices:
            return _copy(setting.default)
        return value

    def set(self, setting: Setting, value: Any) -> None:
        """Store a value of the declared type."""
        self._check(setting)
        if not isinstance(value, setting.type) or isinstance(value, bool) != (
            setting.type is bool
        ):
            raise TypeError(f"{setting.key} takes {setting.type.__name__}, not {value!r}")
        if setting.choices and value not in setting.choices:
            raise ValueError(f"{setting.key} must be one of {setting.choices}")
        self._store.setValue(setting.key, json.dumps(value) if setting.type is list else value)
        self._store.sync()
        self.changed.emit(setting.key)

    # --- recent vaults -------------------------------------------------------------------------

    def recent_vaults(self) -> list[Path]:
        """Remembered vault files that still exist, newest first."""
        return [Path(p) for p in self.get(RECENT_VAULTS) if Path(p).is_file()]

    def remember_vault(self, path: Path) -> None:
        """Put ``path`` first in the recent list and make it the one offered at start."""
        text = str(Path(path).expanduser().absolute())
        recent = [p for p in self.get(RECENT_VAULTS) if p != text]
        self.set(RECENT_VAULTS, [text, *recent][:RECENT_LIMIT])
        self.set(LAST_VAULT, text)

    def forget_vaults(self) -> None:
        """Clear the recent list."""
        self.set(RECENT_VAULTS, [])
        self.set(LAST_VAULT, "")

    def file_name(self) -> str:
        """Where the settings are stored (for the Settings page)."""
        return self._store.fileName()

    def _check(self, setting: Setting) -> None:
        if REGISTRY.get(setting.key) is not setting:
            raise KeyError(f"{setting.key} is not a declared setting")


def _decode(setting: Setting, raw: Any) -> Any:
    if setting.type is list:
        value = json.loads(raw) if isinstance(raw, str) else raw
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise TypeError("not a list of strings")
        return value
    if setting.type is int:
        return int(raw)
    if setting.type is bool:
        return raw in (True, "true", "1", 1)
    if not isinstance(raw, setting.type):
        raise TypeError("wrong type")
    return raw


def _copy(value: Any) -> Any:
    return list(value) if isinstance(value, list) else value
