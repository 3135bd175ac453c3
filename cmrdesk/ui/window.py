"""The main window: first-run and unlock screens, then the sidebar and its pages.

The window reacts to the :class:`~cmrdesk.ui.controller.VaultController`'s signals: unlocked
-> the pages appear (the dashboard first) while the ledger loads; loaded -> every page gets
the ledger and the figures of the chosen period are requested; locked (Ctrl+L, the Lock
button, or the idle timer) -> every page forgets its figures and the unlock screen returns.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from .controller import VaultController, VaultInfo
from .errors import error_text
from .i18n import tr
from .icons import app_icon, pixmap
from .idle import IdleWatcher
from .menus import build_menus
from .screens import FirstRunScreen, NewVaultDialog, UnlockScreen, ask_open_path, elided_path
from .settings import AUTO_LOCK_MINUTES, LAST_VAULT, PERIOD, AppSettings
from .shell import Shell
from .theme import Palette, ThemeManager
from .undo import UndoHistory


class MainWindow(QMainWindow):
    """The application window."""

    figures_shown = Signal()  # every page has drawn the latest figures

    def __init__(
        self,
        settings: AppSettings,
        theme: ThemeManager,
        controller: VaultController,
        *,
        choose_open_path: Callable[[QWidget], Path | None] = ask_open_path,
        choose_save_path: Callable[[QWidget, Path], Path | None] | None = None,
    ) -> None:
        super().__init__()
        self.settings = settings
        self.theme = theme
        self.controller = controller
        self.choose_open_path = choose_open_path  # seams: tests never see a file dialog
        self.choose_save_path = choose_save_path
        #: Seam for the import wizard's file dialog (None: the real one).
        self.choose_import_files: Callable[[QWidget], list[Path]] | None = None
        self.import_wizard: Any = None  # the open import wizard, if any
        self.setAcceptDrops(True)  # bank files dropped anywhere open the import wizard
        self.setWindowTitle("cmrdesk")
        self.setWindowIcon(app_icon())
        self.resize(1280, 800)
        self.setMinimumSize(720, 520)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.first_run = FirstRunScreen(theme.palette)
        self.unlock = UnlockScreen(theme.palette)
        self.stack.addWidget(self.first_run)
        self.stack.addWidget(self.unlock)
        self.shell: Shell | None = None
        self.dialog: NewVaultDialog | None = None
        self.period: Any = settings.get(PERIOD)
        self.figures: Any = None
        self._demo = False

        self.first_run.create_requested.connect(self.new_vault)
        self.first_run.open_requested.connect(self.open_vault_file)
        self.first_run.demo_requested.connect(self.open_demo)
        self.first_run.recent_chosen.connect(self.show_unlock)
        self.unlock.unlock_requested.connect(self._unlock)
        self.unlock.other_requested.connect(self.show_first_run)
        controller.unlocked.connect(self._unlocked)
        controller.unlock_failed.connect(self._unlock_failed)
        controller.loaded.connect(self._loaded)
        controller.figures_ready.connect(self._figures)
        controller.failed.connect(self._failed)
        controller.locked.connect(self._locked)
        controller.changed.connect(self._changed)
        self.history = UndoHistory(controller, self)
        build_menus(self)
        controller.runner.busy_changed.connect(self._busy)
        controller.runner.progress.connect(self._progress)
        theme.changed.connect(self._palette)
        settings.changed.connect(self._setting_changed)
        self.idle = IdleWatcher(QApplication.instance(), self)
        self.idle.idle.connect(self._idle)

    # --- screens -------------------------------------------------------------------------------

    def start(self, *, vault: Path | None = None, demo: bool = False) -> None:
        """Show the first screen: the demo, a given vault, the last one used, or first run."""
        if demo:
            self.open_demo()
            return
        last = vault or (Path(self.settings.get(LAST_VAULT)) if self.settings.get(LAST_VAULT)
                         else None)
        if last is not None and last.is_file():
            self.show_unlock(last)
        else:
            self.show_first_run()

    def show_first_run(self) -> None:
        """Create, open, or explore the demo."""
        self.first_run.set_recent(self.settings.recent_vaults())
        self.stack.setCurrentWidget(self.first_run)
        self.setWindowTitle("cmrdesk")

    def show_unlock(self, path: Path, message: str = "") -> None:
        """Ask for ``path``'s passphrase."""
        self.unlock.show_vault(Path(path), message)
        self.stack.setCurrentWidget(self.unlock)
        self.setWindowTitle(f"{Path(path).name} — cmrdesk")
        self.unlock.passphrase.setFocus()

    def open_vault_file(self) -> None:
        """Ask for a vault file, then its passphrase."""
        path = self.choose_open_path(self)
        if path is not None:
            self.show_unlock(path)

    def new_vault(self) -> None:
        """The new-vault form (window-modal, never blocking the event loop)."""
        from cmrdesk.services.paths import default_vault_path

        suggested = default_vault_path()
        number = 2
        while suggested.exists():
            suggested = suggested.with_name(f"vault-{number}.cmrdesk")
            number += 1
        self.dialog = NewVaultDialog(suggested, self, self.choose_save_path)
        self.dialog.accepted.connect(self._create)
        self.dialog.open()

    def _create(self) -> None:
        assert self.dialog is not None
        path, passphrase, currency = self.dialog.values()
        self.dialog.passphrase.clear()
        self.dialog.repeat.clear()
        self.show_unlock(path)
        self.unlock.set_busy(True, tr("Creating your vault…"))
        self._demo = False
        self.controller.create(path, passphrase, currency)

    def open_demo(self, path: Path | None = None) -> None:
        """Open (and on first use create) the demo vault (``path``: not the usual place)."""
        from cmrdesk.services.paths import default_demo_vault_path

        path = path or default_demo_vault_path()
        self.show_unlock(path)
        self.unlock.set_busy(True, tr("Opening the demo household…") if path.exists() else
                             tr("Creating the demo household: ten years of made-up history…"))
        self._demo = True
        self.controller.open_demo(path)

    def _unlock(self, path: Path, passphrase: str) -> None:
        self._demo = False
        self.controller.unlock(path, passphrase)

    # --- controller signals --------------------------------------------------------------------

    def _unlocked(self, info: VaultInfo) -> None:
        self.settings.remember_vault(info.path)
        shell = self._ensure_shell()
        shell.vault_name.setText(f"{info.path.name}\n{elided_path(info.path.parent, 30)}")
        shell.vault_name.setToolTip(str(info.path))
        self.stack.setCurrentWidget(shell)
        shell.navigate("dashboard")
        self.setWindowTitle(f"{info.path.name} — cmrdesk")
        self._restart_idle()

    def _unlock_failed(self, error: BaseException) -> None:
        self.unlock.show_error(error_text(error))

    def _loaded(self, ledger: Any) -> None:
        from .settings_backups import daily_backup

        shell = self._ensure_shell()
        for page in shell.pages.values():
            page.vault_loaded(ledger)
        self.choose_period(self.period)
        daily_backup(self.controller, self._failed)  # when automatic backups are on and due

    def _changed(self, changes: Any) -> None:
        """An edit (or its undo) is in the vault: each page redraws what it touches, then the
        period's figures are computed again when the ledger changed."""
        from .controller import LEDGER_KINDS

        if self.shell is None:
            return
        for page in self.shell.pages.values():
            page.changes_applied(changes)
        if changes.kinds & LEDGER_KINDS:
            self.choose_period(self.period)

    def _figures(self, figures: Any) -> None:
        self.figures = figures
        if self.shell is None:
            return
        for page in self.shell.pages.values():
            page.figures_ready(figures)
        self.figures_shown.emit()

    def _failed(self, error: BaseException) -> None:
        if self.shell is not None:
            self.shell.set_busy(True, error_text(error))
            self.shell.progress.hide()

    def _locked(self, reason: str) -> None:
        self.idle.stop()
        self.figures = None
        if self.shell is not None:
            for page in self.shell.pages.values():
                page.vault_locked()
            self.shell.set_busy(False)
        path = self.controller.path
        message = reason or tr("Locked. Enter your passphrase to continue.")
        if path is not None and path.exists():
            self.show_unlock(path, message)
        else:
            self.show_first_run()

    def _busy(self, on: bool) -> None:
        if self.shell is not None and not on:
            self.shell.set_busy(False)
        elif self.shell is not None and self.controller.is_unlocked:
            self.shell.set_busy(True, self.shell.progress_text.text())

    def _progress(self, percent: int, text: str) -> None:
        if self.shell is not None and self.controller.is_unlocked:
            self.shell.set_busy(True, tr(text) + "…")
        elif self.stack.currentWidget() is self.unlock and self.unlock.busy.isVisible():
            self.unlock.busy_text.setText(tr(text) + "…")

    def _idle(self) -> None:
        minutes = self.settings.get(AUTO_LOCK_MINUTES)
        self.controller.lock(tr("Locked after {minutes} idle minutes. Enter your passphrase "
                                "to continue.").format(minutes=minutes))

    def _restart_idle(self) -> None:
        minutes = self.settings.get(AUTO_LOCK_MINUTES)
        self.idle.start(minutes * 60_000 if self.controller.is_unlocked else 0)

    def _setting_changed(self, key: str) -> None:
        if key == AUTO_LOCK_MINUTES.key and self.controller.is_unlocked:
            self._restart_idle()

    def _palette(self, palette: Palette) -> None:
        if self.shell is not None:
            self.shell.palette_changed(palette)
        self.unlock.lock_icon.setPixmap(pixmap("lock", 40, palette.accent))

    # --- pages ---------------------------------------------------------------------------------

    def prepare(self) -> None:
        """Build the (empty) pages now, while the first screen waits for a passphrase, so
        that an unlock goes straight to the figures. Holds no vault data."""
        self._ensure_shell()

    def _ensure_shell(self) -> Shell:
        if self.shell is None:
            self.shell = Shell(self)
            self.stack.addWidget(self.shell)
        return self.shell

    def navigate(self, key: str, **arguments: Any) -> None:
        """Show a page of the unlocked vault."""
        if self.shell is not None:
            self.shell.navigate(key, **arguments)

    def choose_period(self, period: str | tuple[date, date]) -> None:
        """Show every page for a period preset (``"1y"``) or a ``(start, end)`` range."""
        from cmrdesk.services.overview import PERIODS, period_range

        self.period = period
        if isinstance(period, str):
            if period not in PERIODS:
                period = self.period = "1y"
            self.settings.set(PERIOD, period)
        if self.shell is not None:
            self.shell.page("dashboard").set_period(period if isinstance(period, str)
                                                    else "custom")
        ledger = self.controller.ledger
        if ledger is None:
            return
        start, end = period_range(period, ledger) if isinstance(period, str) else period
        self.controller.request_figures(start, end)

    # --- dropped files -------------------------------------------------------------------------

    def dragEnterEvent(self, event: Any) -> None:
        if self.controller.is_unlocked and dropped_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: Any) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event: Any) -> None:
        paths = dropped_files(event.mimeData())
        if not paths or not self.controller.is_unlocked:
            event.ignore()
            return
        from .import_wizard import open_import_wizard

        event.acceptProposedAction()
        open_import_wizard(self, paths)

    def closeEvent(self, event: Any) -> None:
        self.controller.shutdown()
        super().closeEvent(event)


def dropped_files(mime: Any) -> list[Path]:
    """The local files in a drag (folders and remote URLs are not statements)."""
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if p.is_file()]
