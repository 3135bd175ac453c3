"""Screenshot targets of the Settings page's backup and passphrase parts, for
``cmrdesk screenshot --page settings-backups`` and ``--page change-passphrase``. Nothing is
written to the vault: the backup folder is shown as chosen without being saved, and the
passphrase dialog is filled in but never submitted."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget


def _settings(window: Any) -> Any:
    window.navigate("settings")
    return window.shell.page("settings")


def _backups(window: Any) -> QWidget:
    page = _settings(window)
    card = page.backups
    card._loading = True  # shown, not saved: the vault stays as it was
    card.automatic.setChecked(True)
    card.folder.setText(str(Path.home() / "Backups" / "cmrdesk"))
    card.status.setText("No automatic backup in this folder yet.")
    card._loading = False
    scroll = getattr(page, "scroll_area", None)
    if scroll is not None:
        scroll.ensureWidgetVisible(card, 0, 40)
    return window


def _change_passphrase(window: Any) -> QWidget:
    from .screenshot_details import Composite

    page = _settings(window)
    dialog = page.open_change_passphrase()
    dialog.passphrase.setText("violet harbour lantern mosaic")
    dialog.repeat.setText("violet harbour lantern mosaic")
    return Composite(window, dialog)


#: ``--page`` name -> the function that shows it and returns what to grab.
SHOTS = {"settings-backups": _backups, "change-passphrase": _change_passphrase}
