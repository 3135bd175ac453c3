"""Cell editors of the Transactions table: the category cell completes over the category tree.

Other editable cells use Qt's line editor on the text the model gives for editing (a date or
an amount the locale's way); the presenter reads it back and says in words what it cannot.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QStyledItemDelegate, QWidget

from .i18n import tr

Index = QModelIndex | QPersistentModelIndex


def category_completer(paths: list[str], parent: QWidget) -> QCompleter:
    """A completer over category paths that matches any part of a path, in any case."""
    completer = QCompleter(paths, parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setMaxVisibleItems(12)
    return completer


class CategoryDelegate(QStyledItemDelegate):
    """Edits a category cell in a line with completion over ``paths()`` (typed empty:
    uncategorised)."""

    def __init__(self, paths: Callable[[], list[str]], parent: Any = None) -> None:
        super().__init__(parent)
        self.paths = paths

    def createEditor(self, parent: QWidget, option: Any, index: Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setPlaceholderText(tr("Uncategorised"))
        editor.setAccessibleName(tr("Category"))
        editor.setCompleter(category_completer(self.paths(), editor))
        return editor
