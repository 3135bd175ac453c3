"""The window's menu bar: File and Edit, what a desktop user looks for first."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QKeySequence

from .i18n import tr


def build_menus(window: Any) -> None:
    """Add the File menu (add account, import statements, lock, quit) and the Edit menu (Undo
    and Redo named for what they do) to ``window``; keeps ``file_menu``, ``edit_menu``,
    ``undo_action`` and ``redo_action`` on it."""
    bar = window.menuBar()
    file_menu = bar.addMenu(tr("&File"))

    def on_accounts(name: str) -> None:  # on the Accounts page, which shows the result
        if window.shell is not None and window.controller.is_unlocked:
            window.navigate("accounts")
            getattr(window.shell.page("accounts").actions, name)()

    for text, name in ((tr("&Add account…"), "add"),
                       (tr("&Import statements…"), "import_statements")):
        file_menu.addAction(text).triggered.connect(
            lambda _checked=False, name=name: on_accounts(name))
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
