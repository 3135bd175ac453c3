"""The window's menu bar: File and Edit, what a desktop user looks for first."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QKeySequence

from .i18n import tr


def build_menus(window: Any) -> None:
    """Add the File menu (add account, import, import history, lock, quit) and the Edit menu
    (Undo and Redo named for what they do) to ``window``; keeps ``file_menu``, ``edit_menu``,
    ``import_action``, ``undo_action`` and ``redo_action`` on it."""
    bar = window.menuBar()
    file_menu = bar.addMenu(tr("&File"))

    def on_accounts(name: str) -> None:  # on the Accounts page, which shows the result
        if window.shell is not None and window.controller.is_unlocked:
            window.navigate("accounts")
            getattr(window.shell.page("accounts").actions, name)()

    file_menu.addAction(tr("&Add account…")).triggered.connect(lambda: on_accounts("add"))
    window.import_action = file_menu.addAction(tr("&Import…"))
    window.import_action.setShortcut(QKeySequence("Ctrl+I"))
    window.import_action.triggered.connect(lambda: _import(window))
    file_menu.addAction(tr("Import &history…")).triggered.connect(lambda: _history(window))
    file_menu.addSeparator()
    lock = file_menu.addAction(tr("&Lock vault"))
    lock.setShortcut(QKeySequence("Ctrl+L"))
    lock.triggered.connect(lambda: window.controller.lock(""))
    file_menu.addSeparator()
    quit_action = file_menu.addAction(tr("&Quit"))
    quit_action.setShortcut(QKeySequence.StandardKey.Quit)
    quit_action.triggered.connect(window.close)
    window.file_menu = file_menu
    window.edit_menu = bar.addMenu(tr("&Edit"))
    window.undo_action, window.redo_action = window.history.actions(window)
    window.edit_menu.addAction(window.undo_action)
    window.edit_menu.addAction(window.redo_action)


def _import(window: Any) -> None:
    from .import_wizard import open_import_wizard

    open_import_wizard(window, choose=True)


def _history(window: Any) -> None:
    from .import_history import ImportHistoryDialog

    if window.controller.is_unlocked:
        window.import_history = ImportHistoryDialog(window.controller, window)
        window.import_history.open()
