"""Transactions: every booking, searchable and sortable, a page at a time.

The list is a :class:`~cmrdesk.ui.transactions_model.TransactionsModel`: it stays smooth at a
million rows because only the ids of the current filter live in memory and rows are fetched by
id as they scroll into view. A chart on the dashboard opens this page on exactly the rows
behind the bar that was clicked (a "drill-down"), named in a chip above the list.

Transactions are added, edited and deleted by hand here
(:class:`~cmrdesk.ui.transaction_form.TransactionActions`), each one undo step; the ledger
editing of a later issue grows this page further (editing cells, categorising).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from .. import fmt
from ..i18n import plural, tr
from ..icons import icon
from ..models import ID_ROLE
from ..transaction_form import TransactionActions
from ..transactions_model import COL_AMOUNT, COL_DATE, COL_MEMO, COL_PAYEE, TransactionsModel
from ..widgets import EmptyState, make_label, primary_button
from . import Page, PageContext, register_page

ANY_DATE = QDate(1900, 1, 1)
ALL = -2  # combo data meaning "no filter"


@register_page("transactions", "Transactions", "transactions", 30, "Ctrl+3")
class TransactionsPage(Page):
    """Search, filter and sort transactions; shows a dashboard drill-down."""

    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        self.drill: Any = None
        self.drill_ids: Any = None
        self._building = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 20)
        layout.setSpacing(12)

        head = QHBoxLayout()
        head.addWidget(make_label(tr("Transactions"), "pageTitle"))
        head.addStretch(1)
        self.status = make_label("", "muted")
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.actions = TransactionActions(context, self)
        self.actions.message.connect(self.status.setText)
        self.edit_button = QPushButton(tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button = QPushButton(tr("Delete"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.import_button = QPushButton(tr("Import…"))
        self.import_button.setToolTip(tr("Import bank statements (Ctrl+I)"))
        self.import_button.clicked.connect(self.import_files)
        self.add_button = primary_button(tr("Add transaction"))
        self.add_button.clicked.connect(self.add)
        for button in (self.import_button, self.edit_button, self.delete_button,
                       self.add_button):
            head.addWidget(button, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(head)
        layout.addWidget(self.status)  # a line of its own: the buttons need the head's width

        bar = QHBoxLayout()
        bar.setSpacing(8)
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search payee or memo"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(tr("Search payee or memo"))
        self.search.addAction(icon("search", context.theme.palette.muted),
                              QLineEdit.ActionPosition.LeadingPosition)
        self.search.setMinimumWidth(160)
        self.account = QComboBox()
        self.account.setAccessibleName(tr("Account"))
        self.category = QComboBox()
        self.category.setAccessibleName(tr("Category"))
        for combo in (self.account, self.category):  # long names must not push the bar over
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        self.since = self._date_edit(tr("From"))
        self.until = self._date_edit(tr("To"))
        bar.addWidget(self.search, 2)
        bar.addWidget(self.account, 1)
        bar.addWidget(self.category, 1)
        bar.addWidget(make_label(tr("From"), "muted"))
        bar.addWidget(self.since)
        bar.addWidget(make_label(tr("To"), "muted"))
        bar.addWidget(self.until)
        layout.addLayout(bar)

        self.chip = QFrame()
        self.chip.setObjectName("chip")
        chip_layout = QHBoxLayout(self.chip)
        chip_layout.setContentsMargins(12, 6, 6, 6)
        self.chip_label = make_label("")
        self.chip_label.setStyleSheet("font-weight: 600;")
        self.chip_clear = QPushButton(tr("Show all transactions"))
        self.chip_clear.setProperty("role", "link")
        self.chip_clear.setAccessibleName(tr("Clear the chart's filter"))
        self.chip_clear.clicked.connect(self.clear_filters)
        chip_layout.addWidget(make_label(tr("From the dashboard:"), "muted"))
        chip_layout.addWidget(self.chip_label, 1)
        chip_layout.addWidget(self.chip_clear)
        self.chip.hide()
        layout.addWidget(self.chip)

        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(tr("Loading transactions"))
        self.progress.hide()
        layout.addWidget(self.progress)

        self.model = TransactionsModel(context.controller, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("Transactions"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(True)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = self.table.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # O(1) at 1M rows
        vertical.setDefaultSectionSize(34)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_PAYEE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((COL_DATE, 130), (1, 170), (3, 200), (COL_AMOUNT, 130),
                              (COL_MEMO, 150)):
            self.table.setColumnWidth(column, width)
        header.setSortIndicator(COL_DATE, Qt.SortOrder.DescendingOrder)
        self.table.doubleClicked.connect(lambda _i: self.edit_current())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, activated=self.delete_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)  # not in the search field
        layout.addWidget(self.table, 1)
        self.empty = EmptyState(tr("No transactions match"),
                                tr("Try another search, or clear the filters."),
                                tr("Clear the filters"))
        if self.empty.button is not None:
            self.empty.button.clicked.connect(self.clear_filters)
        self.empty.hide()
        layout.addWidget(self.empty, 1)

        self.model.loading_changed.connect(self._loading)
        self.model.totals_changed.connect(self._totals)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        for combo in (self.account, self.category):
            combo.currentIndexChanged.connect(lambda _i: self._filters_edited())
        for edit in (self.since, self.until):
            edit.dateChanged.connect(lambda _d: self._filters_edited())
        self._set_colours(context.theme.palette)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setMinimumDate(ANY_DATE)
        edit.setSpecialValueText(tr("Any date"))  # shown at the minimum: no limit
        edit.setDate(ANY_DATE)
        edit.setDisplayFormat(fmt.date_input_format())
        edit.setAccessibleName(name)
        edit.setMinimumWidth(120)
        return edit

    # --- vault life cycle ----------------------------------------------------------------------

    def _lookups(self, ledger: Any) -> None:
        """Account and category names for the list and the filters (keeping the choices)."""
        self._building = True
        names = {a.id: a.name for a in ledger.accounts}
        self.model.set_lookups(names, ledger.category_names)
        account, category = self.account.currentData(), self.category.currentData()
        self.account.clear()
        self.account.addItem(tr("All accounts"), ALL)
        for item in sorted(ledger.accounts, key=lambda a: a.name.casefold()):
            self.account.addItem(item.name, item.id)
        self.category.clear()
        self.category.addItem(tr("All categories"), ALL)
        self.category.addItem(tr("Uncategorised"), -1)
        for ident, path in sorted(ledger.category_names.items(), key=lambda kv: kv[1].casefold()):
            indent = "    " if " / " in path else ""
            self.category.addItem(indent + path.split(" / ")[-1], ident)
        self.account.setCurrentIndex(max(0, self.account.findData(account)))
        self.category.setCurrentIndex(max(0, self.category.findData(category)))
        self._building = False

    def changes_applied(self, changes: Any) -> None:
        """An edit or its undo: new names in the filters, the same filter asked again."""
        ledger = self.context.controller.ledger
        if ledger is None or not changes.kinds & self.watches:
            return
        self._lookups(ledger)
        if self.model.filter is not None:
            if self.drill is not None:
                self.drill_ids = None
                self.show_drill(self.drill)  # its rows are asked for again
            else:
                self.apply_filters()

    def vault_loaded(self, ledger: Any) -> None:
        self._lookups(ledger)
        self.drill = None
        self.drill_ids = None
        self._reset_inputs()
        # The id list of a 1M-row vault takes a second to sort: it is asked for when the
        # page is first shown, so it never delays the dashboard queued behind it.
        self._stale = True

    _stale = False

    def vault_locked(self) -> None:
        self._stale = False
        self.model.clear()
        self.account.clear()
        self.category.clear()
        self.status.setText("")
        self.chip.hide()
        self.drill = None
        self.drill_ids = None

    def palette_changed(self, palette: Any) -> None:
        self._set_colours(palette)

    def _set_colours(self, palette: Any) -> None:
        self.model.set_colours({"positive": palette.positive, "muted": palette.muted})

    def shown(self, **arguments: Any) -> None:
        drill = arguments.get("drill")
        account_id = arguments.get("account_id")
        stale, self._stale = self._stale, False
        if drill is not None:
            self.show_drill(drill)
        elif account_id is not None:
            self.drill = None
            self.drill_ids = None
            self._building = True
            self._reset_inputs()
            self.account.setCurrentIndex(max(0, self.account.findData(account_id)))
            self._building = False
            self.apply_filters()
        elif stale:
            self.apply_filters()
        self.table.setFocus()

    # --- filters -------------------------------------------------------------------------------

    def show_drill(self, drill: Any) -> None:
        """Show exactly the transactions behind a chart element."""
        from cmrdesk.services.overview import drill_ids

        ledger = self.context.controller.ledger
        self.drill = drill
        self.chip_label.setText(drill.label)
        self.chip.show()
        self._building = True
        self._reset_inputs()
        self.since.setDate(QDate(drill.start.year, drill.start.month, drill.start.day))
        self.until.setDate(QDate(drill.end.year, drill.end.month, drill.end.day))
        self._building = False

        def ready(ids: Any, drill: Any = drill) -> None:
            if drill is self.drill:
                self.drill_ids = ids
                self.apply_filters()

        self.context.controller.run(
            lambda _p: drill_ids(ledger, drill.start, drill.end, flow=drill.flow,
                                 category_ids=drill.category_ids),
            ready, label="drill-down")

    def clear_filters(self) -> None:
        """Back to every transaction."""
        self.drill = None
        self.drill_ids = None
        self.chip.hide()
        self._building = True
        self._reset_inputs()
        self._building = False
        self.apply_filters()

    def _reset_inputs(self) -> None:
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.account.setCurrentIndex(0)
        self.category.setCurrentIndex(0)
        self.since.setDate(ANY_DATE)
        self.until.setDate(ANY_DATE)

    def _filters_edited(self) -> None:
        if not self._building:
            self.apply_filters()

    def current_filter(self) -> Any:
        """The filter the inputs (and a drill-down, if any) describe."""
        from cmrdesk.services.browse import TransactionFilter

        def day(edit: QDateEdit) -> date | None:
            value = edit.date()
            return None if value == ANY_DATE else value.toPython()

        account = self.account.currentData()
        category = self.category.currentData()
        return TransactionFilter(
            since=day(self.since),
            until=day(self.until),
            account_ids=None if account in (None, ALL) else (int(account),),
            category_ids=None if category in (None, ALL) else (int(category),),
            text=self.search.text(),
            ids=self.drill_ids if self.drill is not None else None,
            label=self.drill.label if self.drill is not None else "",
        )

    def apply_filters(self) -> None:
        """Query the list for the current inputs."""
        if self.drill is not None and self.drill_ids is None:
            return  # the drill-down's ids are still being computed
        if not self.context.controller.is_unlocked:
            return
        self.model.set_filter(self.current_filter())

    def _loading(self, on: bool) -> None:
        self.progress.setVisible(on)
        if not on:
            empty = self.model.rowCount() == 0
            self.empty.setVisible(empty)
            self.table.setVisible(not empty)
            if not empty:
                self.table.scrollToTop()

    def _totals(self, totals: Any) -> None:
        if not totals.count:
            self.status.setText(tr("No transactions"))
            return
        sums = " · ".join(fmt.money(m, signed=True) for m in totals.sums)
        count = plural(totals.count, "{n} transaction", "{n} transactions",
                       fmt.count(totals.count))
        self.status.setText(f"{count} · {tr('total')} <b>{sums}</b>")

    # --- keyed in by hand ----------------------------------------------------------------------

    def import_files(self) -> Any:
        """Open the import wizard over the window (it asks for the files)."""
        from ..import_wizard import open_import_wizard

        return open_import_wizard(self.window(), choose=True)

    def add(self) -> None:
        """The form for a new transaction (on the account filtered by, if one is)."""
        account = self.account.currentData()
        self.actions.add(account if account not in (None, ALL) else None)

    def selected_ids(self) -> list[int]:
        """The ids of the selected rows (fetched or not)."""
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return [self.model.data(index, ID_ROLE) for index in rows]

    def edit_current(self) -> None:
        """The form on the current row's transaction."""
        index = self.table.currentIndex()
        if index.isValid():
            self.actions.edit(self.model.data(index, ID_ROLE))

    def delete_selected(self) -> None:
        """Delete the selected rows, as one undo step."""
        self.actions.delete(self.selected_ids())

    def _menu(self, point: Any) -> None:
        index = self.table.indexAt(point)
        if not index.isValid():
            return
        if index.row() not in {i.row() for i in self.table.selectionModel().selectedRows()}:
            self.table.selectRow(index.row())
        menu = QMenu(self)
        menu.addAction(tr("Edit…"), self.edit_current)
        menu.addAction(tr("Delete"), self.delete_selected)
        self.context_menu = menu  # kept for tests; popup() does not block
        menu.popup(self.table.viewport().mapToGlobal(point))

    def current_transaction(self) -> Any:
        """The selected transaction, if its row is loaded."""
        index: QModelIndex = self.table.currentIndex()
        return self.model.transaction(index.row()) if index.isValid() else None
