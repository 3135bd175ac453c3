"""Qt models over small record lists (accounts, recurring payments, payees, months).

Columns are declared once (:class:`Column`): how a record reads, what it sorts by (a typed
value: ``Decimal``, ``date``, text folded for case), and how it aligns. Sorting goes through
:class:`TypedSortProxy`, which compares those typed values, never display strings.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

#: Custom roles, shared by every model of the app.
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1  # the record behind a row
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # the typed value a column sorts by
ID_ROLE = Qt.ItemDataRole.UserRole + 3  # the id of the record, when it has one

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """One column: its header, its text, its typed sort value, and its look."""

    title: str
    text: Callable[[Any], str]
    sort: Callable[[Any], Any]
    numeric: bool = False  # right-aligned, tabular
    tooltip: Callable[[Any], str] | None = None
    tone: Callable[[Any], str | None] | None = None  # "positive", "negative", "muted" or None


class RecordTableModel(QAbstractTableModel):
    """A read-only table of records (any objects) described by :class:`Column` s."""

    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.records: list[Any] = []
        self.colours: dict[str, QColor] = {}

    def set_records(self, records: Sequence[Any]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self.records = list(records)
        self.endResetModel()

    def set_colours(self, colours: dict[str, str]) -> None:
        """The text colours of the tones (from the theme)."""
        self.colours = {tone: QColor(value) for tone, value in colours.items()}
        if self.records:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.records) - 1, len(self.columns) - 1),
                                  [Qt.ItemDataRole.ForegroundRole])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.records)):
            return None
        record = self.records[index.row()]
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return column.text(record)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (Qt.AlignmentFlag.AlignRight if column.numeric
                          else Qt.AlignmentFlag.AlignLeft)
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.tooltip(record)
        if role == Qt.ItemDataRole.ForegroundRole and column.tone:
            tone = column.tone(record)
            return self.colours.get(tone) if tone else None
        if role == SORT_ROLE:
            return column.sort(record)
        if role == RECORD_ROLE:
            return record
        if role == ID_ROLE:
            return getattr(record, "id", None)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            column = self.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return column.title
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int((Qt.AlignmentFlag.AlignRight if column.numeric
                            else Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class TypedSortProxy(QSortFilterProxyModel):
    """Sorts by the typed :data:`SORT_ROLE` values (``None`` first), ties by source row."""

    def lessThan(self, left: Index, right: Index) -> bool:
        a = self.sourceModel().data(left, SORT_ROLE)
        b = self.sourceModel().data(right, SORT_ROLE)
        if a is None or b is None:
            return a is None and b is not None
        if a == b:
            return left.row() < right.row()
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)


def sortable_text(text: str) -> str:
    """A text's sort key: case-insensitive, accents kept."""
    return text.casefold()
