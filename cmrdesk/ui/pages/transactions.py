"""Transactions: the ledger, searchable and sortable, a page at a time, edited in place.

The list is a :class:`~cmrdesk.ui.transactions_model.TransactionsModel`: it stays smooth at a
million rows because only the ids of the current filter live in memory and rows are fetched by
id as they scroll into view. A chart on the dashboard opens this page on exactly the rows
behind the bar that was clicked (a "drill-down"), named in a chip above the list.

This module is the view: the search bar is ``ui.ledger_search``, every change goes through the
presenter (``ui.ledger_presenter``) and the dialogs (``ui.ledger_actions``), each one undo step;
the list redraws from the change that comes back, keeping its place.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from .. import fmt
from ..i18n import QT_TR_NOOP, plural, tr
from ..ledger_actions import LedgerDialogs
from ..ledger_presenter import LedgerPresenter
from ..ledger_search import SearchBar, describe
from ..ledger_table import drill_chip, ledger_table, ledger_tools, row_menu
from ..models import ID_ROLE
from ..transaction_form import TransactionActions
from ..transactions_model import (
    COL_BALANCE,
    COL_CATEGORY,
    COL_PAYEE,
    TransactionsModel,
)
from ..widgets import EmptyState, make_label, primary_button
from . import Page, PageContext, register_page


@register_page("transactions", QT_TR_NOOP("Transactions"), "transactions", 30, "Ctrl+3")
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

        self.bar = SearchBar(context.theme.palette)
        self.bar.changed.connect(self.apply_filters)
        bar = self.bar  # its inputs, by the names the page has always had
        self.search, self.account, self.category = bar.search, bar.account, bar.category
        self.since, self.until = bar.since, bar.until
        layout.addWidget(self.bar)
        self.tool_buttons = ledger_tools(self)
        layout.addLayout(self.tool_buttons.layout)
        self.chip, self.chip_label, self.chip_clear = drill_chip(self.clear_filters)
        layout.addWidget(self.chip)

        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(tr("Loading transactions"))
        self.progress.hide()
        layout.addWidget(self.progress)

        self.model = TransactionsModel(context.controller, self)
        self.presenter = LedgerPresenter(context, self.model, self)
        self.presenter.message.connect(self.status.setText)
        self.dialogs = LedgerDialogs(self.presenter, self)
        self.table = ledger_table(self.model, self.presenter)
        self.table.doubleClicked.connect(self._double_clicked)
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
        # Suggestions are a second column: asked for once the first rows are on screen, so
        # a large vault shows its rows first.
        self.model.rows_arrived.connect(lambda: QTimer.singleShot(
            0, self.presenter.suggestions_due))
        self._set_colours(context.theme.palette)

    # --- vault life cycle ----------------------------------------------------------------------

    def _lookups(self, ledger: Any) -> None:
        """Account and category names for the list and the filters (keeping the choices)."""
        self.model.set_lookups({a.id: a.name for a in ledger.accounts}, ledger.category_names)
        self.bar.set_lookups(ledger.accounts, ledger.category_names)

    def changes_applied(self, changes: Any) -> None:
        """An edit or its undo: new names in the filters, the same filter asked again, the
        list keeping its place."""
        ledger = self.context.controller.ledger
        if ledger is None or not changes.kinds & self.watches:
            return
        self._lookups(ledger)
        self.dialogs.refresh_rules()
        self.dialogs.refresh_categories()
        if self.model.filter is not None:
            if self.drill is not None:
                self.drill_ids = None
                self.show_drill(self.drill)  # its rows are asked for again
            else:
                self.apply_filters(keep=True)
            if self.presenter.suggestions_wanted():
                self.presenter.load_suggestions()

    def vault_loaded(self, ledger: Any) -> None:
        self._lookups(ledger)
        self.drill = None
        self.drill_ids = None
        self.bar.reset()
        # The id list of a 1M-row vault takes a second to sort: it is asked for when the
        # page is first shown, so it never delays the dashboard queued behind it.
        self._stale = True

    _stale = False

    def vault_locked(self) -> None:
        self._stale = False
        self.model.clear()
        self.bar.clear_lookups()
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
            self.bar.reset()
            self.bar.choose_account(account_id)
            self.apply_filters()
        elif stale:
            self.apply_filters()
        self.presenter.want_suggestions()
        self.table.setFocus()

    # --- filters -------------------------------------------------------------------------------

    def show_drill(self, drill: Any) -> None:
        """Show exactly the transactions behind a chart element."""
        from cmrdesk.services.overview import drill_ids

        ledger = self.context.controller.ledger
        self.drill = drill
        self.chip_label.setText(drill.label)
        self.chip.show()
        self.bar.reset()
        self.bar.set_range(drill.start, drill.end)

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
        self.bar.reset()
        self.apply_filters()

    def current_filter(self) -> Any:
        """The filter the inputs (and a drill-down, if any) describe."""
        from cmrdesk.services.browse import TransactionFilter

        return TransactionFilter(
            ids=self.drill_ids if self.drill is not None else None,
            label=self.drill.label if self.drill is not None else "", **self.bar.fields())

    def apply_filters(self, keep: bool = False) -> None:
        """Query the list for the current inputs (``keep``: after an edit, keep the place)."""
        if self.drill is not None and self.drill_ids is None:
            return  # the drill-down's ids are still being computed
        if not self.context.controller.is_unlocked:
            return
        flt = self.current_filter()
        self._place = (self.table.verticalScrollBar().value(), self._current_id()) if keep \
            else None
        self.model.filter = flt
        self.model.refresh(keep=keep)
        single = flt.account_ids if flt.account_ids and len(flt.account_ids) == 1 else None
        self.table.setColumnHidden(COL_BALANCE, single is None)
        self.presenter.update_balance(single)

    _place: Any = None

    def _current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.data(index, ID_ROLE) if index.isValid() else None

    def _loading(self, on: bool) -> None:
        self.progress.setVisible(on)
        if on:
            return
        empty = self.model.rowCount() == 0
        self.empty.setVisible(empty)
        self.table.setVisible(not empty)
        place, self._place = self._place, None
        if place is not None:
            scroll, ident = place
            row = self.model.row_of(ident) if ident is not None else -1
            if row >= 0:
                self.table.setCurrentIndex(self.model.index(row, COL_PAYEE))
            self.table.verticalScrollBar().setValue(scroll)
        elif not empty:
            self.table.scrollToTop()

    def _totals(self, totals: Any) -> None:
        if not totals.count:
            self.status.setText(tr("No transactions"))
            return
        sums = " · ".join(fmt.money(m, signed=True) for m in totals.sums)
        count = plural(totals.count, "{n} transaction", "{n} transactions",
                       fmt.count(totals.count))
        amount = describe(self.bar.query())
        where = f" · {tr('where')} {amount}" if amount else ""
        self.status.setText(f"{count}{where} · {tr('total')} <b>{sums}</b>")

    # --- actions -------------------------------------------------------------------------------

    def import_files(self) -> Any:
        """Open the import wizard over the window (it asks for the files)."""
        from ..import_wizard import open_import_wizard

        return open_import_wizard(self.window(), choose=True)

    def add(self) -> None:
        """The form for a new transaction (on the account filtered by, if one is)."""
        self.actions.add(self.bar.account_id())

    def selected_ids(self) -> list[int]:
        """The ids of the selected rows (fetched or not)."""
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return [self.model.data(index, ID_ROLE) for index in rows]

    def edit_current(self) -> None:
        """The form on the current row's transaction."""
        index = self.table.currentIndex()
        if index.isValid():
            self.actions.edit(self.model.data(index, ID_ROLE))

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.column() == COL_CATEGORY and self.model.data(index, ID_ROLE) in self.model.split:
            self.dialogs.open_split(self.model.data(index, ID_ROLE))
        elif not self.model.flags(index) & Qt.ItemFlag.ItemIsEditable:
            self.edit_current()
        else:
            self.table.edit(index)

    def delete_selected(self) -> None:
        """Delete the selected rows, as one undo step."""
        self.actions.delete(self.selected_ids())

    def accept_selected(self) -> None:
        """Accept the suggestions of the selected rows."""
        self.presenter.accept(self.selected_ids())

    def open_export(self) -> None:
        """Export what the list shows."""
        flt = self.current_filter()
        described = self.status.text().replace("<b>", "").replace("</b>", "")
        self.dialogs.open_export(flt, tr("The rows shown: {what}.").format(what=described))

    def _menu(self, point: Any) -> None:
        index = self.table.indexAt(point)
        if not index.isValid():
            return
        if index.row() not in {i.row() for i in self.table.selectionModel().selectedRows()}:
            self.table.selectRow(index.row())
        menu = row_menu(self, self.selected_ids(), self.current_transaction())
        self.context_menu = menu  # kept for tests; popup() does not block
        menu.popup(self.table.viewport().mapToGlobal(point))

    def current_transaction(self) -> Any:
        """The selected transaction, if its row is loaded."""
        index: QModelIndex = self.table.currentIndex()
        return self.model.transaction(index.row()) if index.isValid() else None
