"""The Categories dialog: add, rename, move, merge and delete categories.

Choose a category in the tree, then: type a name to add a subcategory under it or rename it;
choose "the other category" to move it there, merge it into that one (its transactions and
rules go along) or delete it (its transactions go there, or become uncategorised). Each is
one undo step; the tree redraws from the change.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .i18n import QT_TR_NOOP, tr
from .list_dialog import add_actions
from .widgets import make_label

TOP = -1  # "other category" meaning the top level / uncategorised
#: How each category kind (``CategoryKind``) reads in the tree.
KINDS = {"income": QT_TR_NOOP("Income"), "expense": QT_TR_NOOP("Spending"),
         "transfer": QT_TR_NOOP("Transfer")}


class CategoriesDialog(QDialog):
    """The category tree and its five actions; each emits what to do, the owner does it."""

    add_wanted = Signal(str, object, str)  # name, parent id (None: top), kind for the top
    rename_wanted = Signal(int, str)
    move_wanted = Signal(int, object)  # category, new parent (None: top)
    merge_wanted = Signal(int, int)  # source, target
    delete_wanted = Signal(int, object)  # category, where its transactions go (None: nowhere)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("categoriesDialog")
        self.setWindowTitle(tr("Categories"))
        self.categories: list[Any] = []
        layout = QVBoxLayout(self)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([tr("Category"), tr("Kind")])
        self.tree.setColumnWidth(0, 300)
        self.tree.setAccessibleName(tr("Categories"))
        layout.addWidget(self.tree, 1)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setAccessibleName(tr("Name"))
        self.name.setPlaceholderText(tr("a name, to add or rename"))
        form.addRow(tr("Name"), self.name)
        self.other = QComboBox()
        self.other.setAccessibleName(tr("Other category"))
        form.addRow(tr("Other category"), self.other)
        layout.addLayout(form)
        layout.addWidget(make_label(tr("Add puts the new category under the one chosen (or at "
                                       "the top, as spending). Move, Merge and Delete use the "
                                       "other category: the new parent, the one to merge into, "
                                       "or where the transactions go."), "muted", wrap=True))
        self.buttons, self.error = add_actions(self, layout, (
            ("add", QT_TR_NOOP("Add")), ("rename", QT_TR_NOOP("Rename")),
            ("move", QT_TR_NOOP("Move")), ("merge", QT_TR_NOOP("Merge into")),
            ("delete", QT_TR_NOOP("Delete"))))
        self.buttons["add"].clicked.connect(self._add)
        self.buttons["rename"].clicked.connect(lambda: self._act(
            lambda c: self.rename_wanted.emit(c, self.name.text())))
        self.buttons["move"].clicked.connect(lambda: self._act(
            lambda c: self.move_wanted.emit(c, self._other())))
        self.buttons["merge"].clicked.connect(self._merge)
        self.buttons["delete"].clicked.connect(lambda: self._act(
            lambda c: self.delete_wanted.emit(c, self._other())))
        self.tree.currentItemChanged.connect(lambda _a, _b: self._chosen())
        self.resize(560, 560)

    def show_categories(self, categories: list[Any], paths: dict[int, str]) -> None:
        """Draw the tree (keeping the choice)."""
        chosen = self.current()
        self.categories = list(categories)
        self.tree.clear()
        items: dict[int, QTreeWidgetItem] = {}
        ordered = sorted(categories, key=lambda c: paths.get(c.id, c.name).casefold())
        for category in ordered:
            kind = str(category.kind)
            item = QTreeWidgetItem([category.name, tr(KINDS.get(kind, kind))])
            item.setData(0, Qt.ItemDataRole.UserRole, category.id)
            items[category.id] = item
        for category in ordered:
            parent = items.get(category.parent_id) if category.parent_id else None
            (parent.addChild(items[category.id]) if parent is not None
             else self.tree.addTopLevelItem(items[category.id]))
        self.tree.expandAll()
        if chosen is not None and chosen in items:
            self.tree.setCurrentItem(items[chosen])
        self.other.clear()
        self.other.addItem(tr("(top level / uncategorised)"), TOP)
        for ident, path in sorted(paths.items(), key=lambda kv: kv[1].casefold()):
            self.other.addItem(path, ident)

    def current(self) -> int | None:
        """The id of the chosen category."""
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def choose(self, ident: int) -> None:
        """Choose a category in the tree (and its name in the name line)."""
        for item in self.tree.findItems("", Qt.MatchFlag.MatchContains
                                        | Qt.MatchFlag.MatchRecursive):
            if item.data(0, Qt.ItemDataRole.UserRole) == ident:
                self.tree.setCurrentItem(item)

    def choose_other(self, ident: int | None) -> None:
        """Set the other category (``None``: top level / uncategorised)."""
        self.other.setCurrentIndex(max(0, self.other.findData(TOP if ident is None else ident)))

    def _chosen(self) -> None:
        item = self.tree.currentItem()
        if item is not None:
            self.name.setText(item.text(0))

    def _other(self) -> int | None:
        value = self.other.currentData()
        return None if value in (None, TOP) else int(value)

    def _act(self, act: Any) -> None:
        self.error.setText("")
        chosen = self.current()
        if chosen is None:
            self.error.setText(tr("Choose a category in the tree first."))
            return
        act(chosen)

    def _add(self) -> None:
        self.error.setText("")
        self.add_wanted.emit(self.name.text(), self.current(), "expense")

    def _merge(self) -> None:
        target = self._other()
        if target is None:
            self.error.setText(tr("Choose the category to merge into."))
            return
        self._act(lambda c: self.merge_wanted.emit(c, target))

    def failed(self, message: str) -> None:
        """The service refused: say why."""
        self.error.setText(message)
