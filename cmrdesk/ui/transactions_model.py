"""The lazy table model behind the Transactions page: smooth at a million rows.

The model holds the ids of the current filter and sort order (one int64 array, from
``services.browse.sorted_ids``) and the rows it has been asked to show, fetched a page at a
time by id on the worker thread. Rows not fetched yet read as empty for the moment it takes to
fetch them; nothing ever loads the whole ledger. Sorting and filtering run in SQL on typed
values (see ``cmrdesk.vault.browse``); the header's sort indicator calls :meth:`sort`.

The ledger's cells are edited in place (date, payee, memo, amount, category): the model hands
the typed text to :attr:`TransactionsModel.editor` (the page's presenter), which applies it as
an undoable operation; the row redraws when the change comes back. Suggestions for
uncategorised rows and one account's running balance come as columnar tables
(``services.ledger_view``), looked up by id as rows are drawn.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
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
from .i18n import QT_TR_NOOP, tr
from .models import ID_ROLE, RECORD_ROLE, SORT_ROLE

#: ``(category_id, confidence, method, reason)`` of a row's suggestion, or None.
SUGGESTION_ROLE = int(Qt.ItemDataRole.UserRole) + 40

Index = QModelIndex | QPersistentModelIndex

COL_DATE, COL_ACCOUNT, COL_PAYEE, COL_CATEGORY, COL_AMOUNT, COL_MEMO, COL_SUGGESTION, \
    COL_BALANCE = range(8)
HEADERS = (QT_TR_NOOP("Date"), QT_TR_NOOP("Account"), QT_TR_NOOP("Payee"),
           QT_TR_NOOP("Category"), QT_TR_NOOP("Amount"), QT_TR_NOOP("Memo"),
           QT_TR_NOOP("Suggestion"), QT_TR_NOOP("Balance"))
#: The ``services.browse`` sort key of each column (a running balance follows the date; a
#: suggestion column is not sorted).
SORT_KEYS = ("date", "account", "payee", "category", "amount", "memo", None, "date")
EDITABLE = frozenset({COL_DATE, COL_PAYEE, COL_CATEGORY, COL_AMOUNT, COL_MEMO})
RIGHT = frozenset({COL_AMOUNT, COL_BALANCE})
#: Rows fetched per request, and pages kept in memory (the rest are dropped, oldest first).
PAGE = 200
KEEP_PAGES = 40


class TransactionsModel(QAbstractTableModel):
    """Transactions matching a filter, in a sort order, fetched page by page."""

    loading_changed = Signal(bool)  # the id list is being (re)computed
    totals_changed = Signal(object)  # services.browse.Totals of the current filter
    rows_arrived = Signal()  # the first page of a new id list is here (rows are on screen)

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
        self.split: set[int] = set()  # split lines among the fetched rows
        self.suggestions: Any = None  # services.ledger_view.SuggestionTable
        self.balance: Any = None  # services.ledger_view.RunningBalance of the one account shown
        #: ``editor(id, column, text) -> error or None``: applies an edit (the presenter).
        self.editor: Callable[[int, int, str], str | None] | None = None
        self.last_error = ""

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
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.sort_key, self.descending) and self.filter is not None:
            return
        self.sort_key, self.descending = key, descending
        if self.filter is not None:
            self.refresh()

    def refresh(self, *, keep: bool = False) -> None:
        """Recompute the id list and totals for the current filter and order (``keep``: after
        an edit, so the page keeps its place; see :attr:`kept`).

        A new search first asks for its first page alone (a top-N query and its rows), so
        rows show while the whole id list is still being ordered; the rest of the list then
        extends it below without a reset."""
        from cmrdesk.services import browse, ledger_view

        flt, key, descending = self.filter, self.sort_key, self.descending
        if flt is None:
            return
        self._generation += 1
        generation = self._generation
        self.kept = keep
        self._partial = False
        self.loading_changed.emit(True)

        def first_ready(found: tuple[np.ndarray, Any]) -> None:
            if generation != self._generation:
                return
            ids, rows = found
            self._reset(ids)
            self._partial = True
            if len(ids):
                self._pages[0] = rows.rows
                self.split.update(rows.split)
            self.loading_changed.emit(False)
            if len(ids):
                self.rows_arrived.emit()

        def ids_ready(ids: np.ndarray) -> None:
            if generation != self._generation:
                return
            shown = len(self.ids)
            if self._partial and len(ids) >= shown and np.array_equal(ids[:shown], self.ids):
                self._partial = False
                if len(ids) > shown:  # the rest of the list, below the first page
                    self.beginInsertRows(QModelIndex(), shown, len(ids) - 1)
                    self.ids = ids
                    self.endInsertRows()
                return
            self._partial = False
            self._reset(ids)
            self.loading_changed.emit(False)

        def totals_ready(totals: Any) -> None:
            if generation == self._generation:
                self.totals_changed.emit(totals)

        if not keep:
            self.controller.with_session(
                lambda s: ledger_view.first_page(s, flt, key, descending, PAGE), first_ready,
                label="first rows")
        self.controller.with_session(lambda s: browse.sorted_ids(s, flt, key, descending),
                                     ids_ready, label="transaction ids")
        self.controller.with_session(lambda s: browse.totals(s, flt), totals_ready,
                                     label="transaction totals")

    _partial = False  # only the first page of the id list is here yet

    def _reset(self, ids: np.ndarray) -> None:
        self.beginResetModel()
        self.ids = ids
        self._pages.clear()
        self._wanted.clear()
        self._requested.clear()
        self.split.clear()
        self.endResetModel()

    kept = False  # the last refresh followed an edit: the view keeps its scroll position

    def set_suggestions(self, table: Any) -> None:
        """The categoriser's suggestions (``None``: none yet); redraws that column."""
        self.suggestions = table
        self._redraw(COL_SUGGESTION)

    def set_balance(self, balance: Any) -> None:
        """The running balance of the one account shown (``None``: several accounts)."""
        self.balance = balance
        self._redraw(COL_BALANCE)

    def _redraw(self, column: int) -> None:
        if len(self.ids):
            self.dataChanged.emit(self.index(0, column), self.index(len(self.ids) - 1, column))

    def row_of(self, ident: int) -> int:
        """The row showing transaction ``ident`` (-1: not in the list)."""
        found = np.flatnonzero(self.ids == ident)
        return int(found[0]) if len(found) else -1

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
        from cmrdesk.services import ledger_view

        generation = self._generation
        for page in sorted(self._wanted):
            self._requested.add(page)
            ids = self.ids[page * PAGE : (page + 1) * PAGE].tolist()
            self.fetches += 1

            def ready(found: Any, page: int = page) -> None:
                if generation != self._generation:
                    return
                self._requested.discard(page)
                first_rows = not self._pages
                self._pages[page] = found.rows
                self.split.update(found.split)
                while len(self._pages) > KEEP_PAGES:
                    self._pages.popitem(last=False)
                first = page * PAGE
                last = min(first + PAGE, len(self.ids)) - 1
                if last >= first:
                    self.dataChanged.emit(self.index(first, 0),
                                          self.index(last, len(HEADERS) - 1))
                if first_rows:
                    self.rows_arrived.emit()

            self.controller.with_session(
                lambda s, ids=ids: ledger_view.page(s, ids), ready, label="page")
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
            return _alignment(section)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in EDITABLE and self.editor is not None:
            tx = self._loaded(index.row())
            # A split line's category is its parts' (edited in the split dialog).
            if tx is not None and not (index.column() == COL_CATEGORY and tx.id in self.split):
                flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def _loaded(self, row: int) -> Any:
        """The row's transaction if its page is here (never asks for a fetch)."""
        if not 0 <= row < len(self.ids):
            return None
        rows = self._pages.get(row // PAGE)
        return rows.get(int(self.ids[row])) if rows is not None else None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Hand an edited cell's text to :attr:`editor`; False (and :attr:`last_error`) when it
        cannot be read. The row redraws when the saved change comes back."""
        if role != Qt.ItemDataRole.EditRole or self.editor is None or not index.isValid():
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        tx = self._loaded(index.row())
        if str(value) == self._edit_text(tx, index.column()):
            return False  # nothing changed: no undo step
        error = self.editor(int(self.ids[index.row()]), index.column(), str(value))
        self.last_error = error or ""
        return error is None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.ids):
            return None
        column = index.column()
        if role == ID_ROLE:
            return int(self.ids[index.row()])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(column)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole,
                        Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.EditRole,
                        SORT_ROLE, RECORD_ROLE, SUGGESTION_ROLE):
            return None
        tx = self.transaction(index.row())
        if tx is None:
            return None
        if role == RECORD_ROLE:
            return tx
        if role == SUGGESTION_ROLE:
            return self._suggestion(tx)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_text(tx, column)
        if role == SORT_ROLE:
            return self._sort_value(tx, column)
        split = tx.id in self.split
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == COL_AMOUNT and tx.amount.amount > 0:
                return self.colours.get("positive")
            if column == COL_CATEGORY and tx.category_id is None and not split:
                return self.colours.get("muted")
            if column == COL_SUGGESTION:
                return self.colours.get("muted")
            return None
        if role == Qt.ItemDataRole.FontRole:
            if column == COL_CATEGORY and (split or tx.category_id is None):
                font = QFont()
                font.setItalic(True)
                return font
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(tx, column, split)
        return self._text(tx, column, split)

    def _tooltip(self, tx: Any, column: int, split: bool) -> str | None:
        if column == COL_PAYEE and tx.payee_raw and tx.payee_raw != tx.payee:
            return tr("As the bank wrote it: {text}").format(text=tx.payee_raw)
        if column == COL_AMOUNT and tx.transfer_id is not None:
            return tr("A move between your own accounts")
        if column == COL_AMOUNT and str(tx.status) == "reconciled":
            return tr("Reconciled with a bank statement")
        if column == COL_CATEGORY and split:
            return tr("Split over several categories: open Split… to see the parts")
        if column == COL_SUGGESTION:
            found = self._suggestion(tx)
            if not found:
                return None
            return f"{self.categories.get(found[0], '')}: {found[3]}"
        return None

    def _suggestion(self, tx: Any) -> tuple[int, float, str, str] | None:
        if self.suggestions is None or tx.category_id is not None or tx.id in self.split:
            return None
        return self.suggestions.at(tx.id)

    def _text(self, tx: Any, column: int, split: bool = False) -> str:
        if column == COL_DATE:
            return fmt.day(tx.date)
        if column == COL_ACCOUNT:
            return self.accounts.get(tx.account_id, "")
        if column == COL_PAYEE:
            return tx.payee or tx.payee_raw
        if column == COL_CATEGORY:
            if split:
                return "\u2442 " + tr("Split")  # ⑂: the split marker
            if tx.category_id is None:
                return tr("Uncategorised")
            return self.categories.get(tx.category_id, "")
        if column == COL_AMOUNT:
            text = fmt.money(tx.amount, signed=True)
            return text + " \u2713" if str(tx.status) == "reconciled" else text
        if column == COL_SUGGESTION:
            found = self._suggestion(tx)
            if found is None:
                return ""
            name = self.categories.get(found[0], "").split(" / ")[-1]  # the path: tooltip
            return f"{name} \u00b7 {fmt.percent(found[1], 0)}"
        if column == COL_BALANCE:
            if self.balance is None or tx.account_id != self.balance.account_id:
                return ""
            after = self.balance.after(tx.id)
            return fmt.money(after) if after is not None else ""
        return tx.memo

    def _edit_text(self, tx: Any, column: int) -> str:
        """A cell's value as its editor starts with (and reads back)."""
        if tx is None:
            return ""
        if column == COL_DATE:
            return fmt.day_input(tx.date)
        if column == COL_AMOUNT:
            return fmt.amount_text(tx.amount)
        if column == COL_CATEGORY:
            return self.categories.get(tx.category_id, "") if tx.category_id else ""
        if column == COL_PAYEE:
            return tx.payee or tx.payee_raw
        if column == COL_MEMO:
            return tx.memo
        return self._text(tx, column)

    def _sort_value(self, tx: Any, column: int) -> Any:
        if column in (COL_SUGGESTION, COL_BALANCE):
            return tx.date
        return (tx.date, self.accounts.get(tx.account_id, "").casefold(), tx.payee.casefold(),
                self.categories.get(tx.category_id or -1, "").casefold(), tx.amount.amount,
                tx.memo.casefold())[column]


def _alignment(column: int) -> int:
    align = Qt.AlignmentFlag.AlignRight if column in RIGHT else Qt.AlignmentFlag.AlignLeft
    return int(align | Qt.AlignmentFlag.AlignVCenter)
