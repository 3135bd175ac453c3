"""The lazy table model behind the Transactions page: smooth at a million rows.

The model holds the ids of the current filter and sort order (one int64 array, from
``services.browse.sorted_ids``) and the rows it has been asked to show, fetched a page at a
time by id on the worker thread. Rows not fetched yet read as empty for the moment it takes to
fetch them; nothing ever loads the whole ledger. Sorting and filtering run in SQL on typed
values (see ``cmrdesk.vault.browse``); the header's sort indicator calls :meth:`sort`.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

import numpy as np
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from . import fmt
from .i18n import tr
from .models import ID_ROLE, RECORD_ROLE, SORT_ROLE

Index = QModelIndex | QPersistentModelIndex

COL_DATE, COL_ACCOUNT, COL_PAYEE, COL_CATEGORY, COL_AMOUNT, COL_MEMO = range(6)
HEADERS = ("Date", "Account", "Payee", "Category", "Amount", "Memo")
#: The ``services.browse`` sort key of each column.
SORT_KEYS = ("date", "account", "payee", "category", "amount", "memo")
#: Rows fetched per request, and pages kept in memory (the rest are dropped, oldest first).
PAGE = 200
KEEP_PAGES = 40


class TransactionsModel(QAbstractTableModel):
    """Transactions matching a filter, in a sort order, fetched page by page."""

    loading_changed = Signal(bool)  # the id list is being (re)computed
    totals_changed = Signal(object)  # services.browse.Totals of the current filter

    def __init__(self, controller: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.filter: Any = None  # services.browse.TransactionFilter
        self.sort_key = "date"
        self.descending = True
        self.ids = np.empty(0, dtype=np.int64)
        self.accounts: dict[int, str] = {}
        self.categories: dict[int, str] = {}
        self.colours: dict[str, QColor] = {}
        self._pages: OrderedDict[int, dict[int, Any]] = OrderedDict()
        self._wanted: set[int] = set()  # pages asked for, not yet requested
        self._requested: set[int] = set()
        self._generation = 0
        self._flush = QTimer(self)
        self._flush.setSingleShot(True)
        self._flush.setInterval(0)
        self._flush.timeout.connect(self._request_pages)
        self.fetches = 0  # page requests made (tests check the table stays lazy)

    # --- what is shown -------------------------------------------------------------------------

    def set_lookups(self, accounts: dict[int, str], categories: dict[int, str]) -> None:
        """Account and category names (small tables, loaded with the ledger)."""
        self.accounts = dict(accounts)
        self.categories = dict(categories)

    def set_colours(self, colours: dict[str, str]) -> None:
        """Text colours for money in, money out and muted cells."""
        self.colours = {tone: QColor(value) for tone, value in colours.items()}

    def set_filter(self, flt: Any) -> None:
        """Show the transactions ``flt`` matches (a ``services.browse.TransactionFilter``)."""
        self.filter = flt
        self.refresh()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column, in SQL."""
        if not 0 <= column < len(SORT_KEYS):
            return
        key = SORT_KEYS[column]
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.sort_key, self.descending) and self.filter is not None:
            return
        self.sort_key, self.descending = key, descending
        if self.filter is not None:
            self.refresh()

    def refresh(self) -> None:
        """Recompute the id list and totals for the current filter and order."""
        from cmrdesk.services import browse

        flt, key, descending = self.filter, self.sort_key, self.descending
        if flt is None:
            return
        self._generation += 1
        generation = self._generation
        self.loading_changed.emit(True)

        def ids_ready(ids: np.ndarray) -> None:
            if generation != self._generation:
                return
            self.beginResetModel()
            self.ids = ids
            self._pages.clear()
            self._wanted.clear()
            self._requested.clear()
            self.endResetModel()
            self.loading_changed.emit(False)

        def totals_ready(totals: Any) -> None:
            if generation == self._generation:
                self.totals_changed.emit(totals)

        self.controller.with_session(lambda s: browse.sorted_ids(s, flt, key, descending),
                                     ids_ready, label="transaction ids")
        self.controller.with_session(lambda s: browse.totals(s, flt), totals_ready,
                                     label="transaction totals")

    def clear(self) -> None:
        """Forget every row (the vault was locked)."""
        self._generation += 1
        self.beginResetModel()
        self.filter = None
        self.ids = np.empty(0, dtype=np.int64)
        self._pages.clear()
        self._wanted.clear()
        self._requested.clear()
        self.endResetModel()

    # --- lazy fetching -------------------------------------------------------------------------

    def transaction(self, row: int) -> Any:
        """The transaction at ``row`` if fetched, else ``None`` (and it gets fetched)."""
        if not 0 <= row < len(self.ids):
            return None
        page = row // PAGE
        rows = self._pages.get(page)
        if rows is None:
            if page not in self._requested:
                self._wanted.add(page)
                self._flush.start()
            return None
        self._pages.move_to_end(page)
        return rows.get(int(self.ids[row]))

    def _request_pages(self) -> None:
        from cmrdesk.services import browse

        generation = self._generation
        for page in sorted(self._wanted):
            self._requested.add(page)
            ids = self.ids[page * PAGE : (page + 1) * PAGE].tolist()
            self.fetches += 1

            def ready(rows: dict[int, Any], page: int = page) -> None:
                if generation != self._generation:
                    return
                self._requested.discard(page)
                self._pages[page] = rows
                while len(self._pages) > KEEP_PAGES:
                    self._pages.popitem(last=False)
                first = page * PAGE
                last = min(first + PAGE, len(self.ids)) - 1
                if last >= first:
                    self.dataChanged.emit(self.index(first, 0),
                                          self.index(last, len(HEADERS) - 1))

            self.controller.with_session(
                lambda s, ids=ids: browse.transactions_by_id(s, ids), ready, label="page")
        self._wanted.clear()

    # --- Qt model API --------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(HEADERS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            align = Qt.AlignmentFlag.AlignRight if section == COL_AMOUNT else (
                Qt.AlignmentFlag.AlignLeft)
            return int(align | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.ids):
            return None
        column = index.column()
        if role == ID_ROLE:
            return int(self.ids[index.row()])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            align = Qt.AlignmentFlag.AlignRight if column == COL_AMOUNT else (
                Qt.AlignmentFlag.AlignLeft)
            return int(align | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole,
                        Qt.ItemDataRole.AccessibleTextRole, SORT_ROLE, RECORD_ROLE):
            return None
        tx = self.transaction(index.row())
        if tx is None:
            return None
        if role == RECORD_ROLE:
            return tx
        if role == SORT_ROLE:
            return self._sort_value(tx, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == COL_AMOUNT and tx.amount.amount > 0:
                return self.colours.get("positive")
            if column == COL_CATEGORY and tx.category_id is None:
                return self.colours.get("muted")
            return None
        if role == Qt.ItemDataRole.FontRole:
            if column == COL_CATEGORY and tx.category_id is None:
                font = QFont()
                font.setItalic(True)
                return font
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_PAYEE and tx.payee_raw and tx.payee_raw != tx.payee:
                return tr("As the bank wrote it: {text}").format(text=tx.payee_raw)
            if column == COL_AMOUNT and tx.transfer_id is not None:
                return tr("A move between your own accounts")
            return None
        return self._text(tx, column)

    def _text(self, tx: Any, column: int) -> str:
        if column == COL_DATE:
            return fmt.day(tx.date)
        if column == COL_ACCOUNT:
            return self.accounts.get(tx.account_id, "")
        if column == COL_PAYEE:
            return tx.payee or tx.payee_raw
        if column == COL_CATEGORY:
            if tx.category_id is None:
                return tr("Uncategorised")
            return self.categories.get(tx.category_id, "")
        if column == COL_AMOUNT:
            return fmt.money(tx.amount, signed=True)
        return tx.memo

    def _sort_value(self, tx: Any, column: int) -> Any:
        return (tx.date, self.accounts.get(tx.account_id, "").casefold(), tx.payee.casefold(),
                self.categories.get(tx.category_id or -1, "").casefold(), tx.amount.amount,
                tx.memo.casefold())[column]
