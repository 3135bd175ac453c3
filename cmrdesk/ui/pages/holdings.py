"""Holdings: what each brokerage and pension account holds, its value today, cost, gain and
share of the portfolio; set and delete holdings and key in prices.

The figures come from ``services.holdings`` (the balance rules of the Accounts page); every
change goes through :meth:`VaultController.edit` and so onto the undo stack.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QHeaderView, QPushButton

from .. import fmt
from ..errors import error_text
from ..forms import FormDialog
from ..holdings_view import (
    ROW_HEIGHT,
    PricesDialog,
    holding_columns,
    security_line,
    selected_record,
    stretch_column,
    table_view,
)
from ..i18n import QT_TR_NOOP, tr
from ..models import RECORD_ROLE, RecordTableModel
from ..record_forms import holding_form, run_form
from ..widgets import EmptyState, HeadlineCard, make_label, primary_button
from . import Page, PageContext, make_scroll_page, register_page

#: The account chooser's entry for every account at once.
ALL = -1
#: Table width (pixels) from which the securities' names have room next to the figures.
NAME_FITS_FROM = 900


class HoldingsPresenter(QObject):
    """The chosen account and the last table read; the service calls behind the buttons."""

    updated = Signal(object)  # services.holdings.HoldingsTable
    failed = Signal(str)

    def __init__(self, controller: Any) -> None:
        super().__init__()
        self.controller = controller
        self.account_id: int | None = None  # None: every account
        self.today: Any = None
        self.table: Any = None

    def reload(self) -> None:
        """Read the holdings of the chosen account again (on the worker)."""
        account_id, today = self.account_id, self.today

        def work(session: Any) -> Any:
            from cmrdesk.services.holdings import holdings_table

            return holdings_table(session, account_id, today)

        self.controller.with_session(work, self._loaded, self._failed, label="holdings")

    def _loaded(self, table: Any) -> None:
        self.table = table
        self.updated.emit(table)

    def _failed(self, error: BaseException) -> None:
        self.failed.emit(error_text(error))

    def delete(self, row: Any) -> None:
        """Remove a holding from its account (undoable)."""
        from cmrdesk.services import records

        account_id, symbol = row.account.id, row.security.symbol
        self.controller.edit(lambda s: records.remove_holding(s, account_id, symbol),
                             on_failure=self._failed)


@register_page("holdings", QT_TR_NOOP("Holdings"), "holdings", 25)
class HoldingsPage(Page):
    """The holdings table with totals, and the buttons that change it."""

    watches = frozenset({"holdings", "securities", "prices", "accounts", "fx_rates",
                         "settings"})

    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        self.presenter = HoldingsPresenter(context.controller)
        self.presenter.updated.connect(self._draw)
        self.presenter.failed.connect(self._show_error)
        self.dialog: FormDialog | None = None
        self.prices: PricesDialog | None = None
        _inner, layout = make_scroll_page(self)
        layout.addWidget(make_label(tr("Holdings"), "pageTitle"))
        self.subtitle = make_label("", "muted", wrap=True)
        layout.addWidget(self.subtitle)
        bar = QHBoxLayout()
        self.account = QComboBox()
        self.account.setAccessibleName(tr("Account"))
        self.account.setMinimumWidth(220)
        self.account.currentIndexChanged.connect(self._account_chosen)
        bar.addWidget(self.account)
        bar.addStretch(1)
        self.set_button = primary_button(tr("Set holding…"))
        self.set_button.clicked.connect(lambda: self.set_holding())
        self.edit_button = QPushButton(tr("Edit…"))
        self.edit_button.clicked.connect(lambda: self.edit_holding())
        self.delete_button = QPushButton(tr("Delete holding"))
        self.delete_button.clicked.connect(self.delete_holding)
        self.prices_button = QPushButton(tr("Prices…"))
        self.prices_button.clicked.connect(lambda: self.show_prices())
        for button in (self.prices_button, self.edit_button, self.delete_button,
                       self.set_button):
            bar.addWidget(button)
        layout.addLayout(bar)
        grid = QGridLayout()
        grid.setSpacing(12)
        self.cards = {"value": HeadlineCard(tr("Value")), "cost": HeadlineCard(tr("Cost")),
                      "gain": HeadlineCard(tr("Gain"))}
        for index, card in enumerate(self.cards.values()):
            grid.addWidget(card, 0, index)
        layout.addLayout(grid)
        self.model = RecordTableModel(holding_columns(True), self)
        self.table, self.proxy = table_view(self.model, tr("Holdings"))
        self.table.doubleClicked.connect(lambda _i: self.edit_holding())
        self.table.installEventFilter(self)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._selected())
        layout.addWidget(self.table)
        self.selection = make_label("", "muted", wrap=True, selectable=True)
        layout.addWidget(self.selection)
        self.note = make_label("", "muted", wrap=True)
        layout.addWidget(self.note)
        self.error = make_label("", "error", wrap=True)
        self.error.hide()
        layout.addWidget(self.error)
        self.empty = EmptyState(tr("No holdings yet"), "", tr("Add a brokerage or pension "
                                                              "account"))
        assert self.empty.button is not None
        self.empty.button.clicked.connect(lambda: context.navigate("accounts"))
        self.empty.hide()
        layout.addWidget(self.empty)
        layout.addStretch(1)
        self._colours(context.theme.palette)
        self._selected()

    # --- page hooks ------------------------------------------------------------------------------

    def vault_loaded(self, ledger: Any) -> None:
        self.presenter.today = ledger.today
        self.presenter.reload()

    def changes_applied(self, changes: Any) -> None:
        ledger = self.context.controller.ledger
        if ledger is not None and changes.kinds & self.watches:
            self.presenter.today = ledger.today
            self.presenter.reload()

    def shown(self, **arguments: Any) -> None:
        if "account_id" in arguments:
            self.choose_account(arguments["account_id"])

    def vault_locked(self) -> None:
        self.presenter.table = None
        self.model.set_records([])
        self.account.clear()
        for card in self.cards.values():
            card.set_value("–")

    def palette_changed(self, palette: Any) -> None:
        self._colours(palette)

    def _colours(self, palette: Any) -> None:
        self.model.set_colours({"negative": palette.negative, "positive": palette.positive,
                                "muted": palette.muted})

    # --- drawing ---------------------------------------------------------------------------------

    def choose_account(self, account_id: int | None) -> None:
        """Show one account's holdings (``None``: every account's)."""
        self.presenter.account_id = account_id
        index = self.account.findData(ALL if account_id is None else account_id)
        if index >= 0 and index != self.account.currentIndex():
            self.account.blockSignals(True)
            self.account.setCurrentIndex(index)
            self.account.blockSignals(False)
        if self.presenter.today is not None:
            self.presenter.reload()

    def _account_chosen(self, _index: int) -> None:
        data = self.account.currentData()
        if data is None:
            return
        self.choose_account(None if data == ALL else int(data))

    def _draw(self, table: Any) -> None:
        self.error.hide()
        self.account.blockSignals(True)
        self.account.clear()
        self.account.addItem(tr("All accounts"), ALL)
        for account in table.accounts:
            self.account.addItem(account.name, account.id)
        current = self.account.findData(ALL if self.presenter.account_id is None
                                        else self.presenter.account_id)
        self.account.setCurrentIndex(max(current, 0))
        self.account.blockSignals(False)
        self.subtitle.setText(tr("Values on {day}, at each security's latest price on or before "
                                 "that day.").format(day=fmt.day(table.on)))
        several = len({r.account.id for r in table.rows}) > 1
        self.model.columns = holding_columns(several)
        self.model.set_records(table.rows)
        self._fit_columns()
        # As tall as its rows: the page scrolls, the table does not.
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height()
                                  + ROW_HEIGHT * max(len(table.rows), 1)
                                  + 2 * self.table.frameWidth() + 2)
        self.cards["value"].set_value(fmt.money(table.value), tr("in {currency}, valued "
                                      "holdings").format(currency=table.base))
        self.cards["cost"].set_value(fmt.money(table.cost) if table.cost is not None else "–",
                                     tr("of the valued holdings with a cost")
                                     if table.cost is not None else
                                     tr("no holding has a cost yet"))
        if table.gain is not None and table.cost is not None and table.cost.amount:
            ratio = table.gain.amount / table.cost.amount
            tone = "negative" if table.gain.amount < 0 else "positive"
            self.cards["gain"].set_value(fmt.money(table.gain, signed=True),
                                         fmt.percent(ratio, signed=True), tone)
        else:
            self.cards["gain"].set_value("–", tr("unknown until a valued holding has a cost"))
        self.note.setText(_note(table))
        self.note.setVisible(bool(self.note.text()))
        has_rows = bool(table.rows)
        self.table.setVisible(has_rows)
        for card in self.cards.values():
            card.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        self.empty.text.setText(
            tr("Set a holding to see its value, cost and gain here.") if table.accounts else
            tr("Holdings belong to a brokerage or pension account: add one first."))
        assert self.empty.button is not None
        self.empty.button.setVisible(not table.accounts)
        self.set_button.setEnabled(bool(table.accounts))
        self._selected()

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if watched is self.table and event.type() == QEvent.Type.Resize:
            self._fit_columns()  # the table's own width, once the page's layout has set it
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        # Names elided to two letters say nothing: in a narrow window the name goes (the line
        # under the table names the selected security in full) and the symbol stretches.
        narrow = self.table.width() < NAME_FITS_FROM
        if self.model.columnCount() < 2 or (self.table.isColumnHidden(1) == narrow
                                            and self.table.horizontalHeader()
                                            .sectionResizeMode(0 if narrow else 1)
                                            == QHeaderView.ResizeMode.Stretch):
            return
        self.table.setColumnHidden(1, narrow)
        stretch_column(self.table, 0 if narrow else 1)

    def _selected(self) -> None:
        row = selected_record(self.table)
        for button in (self.edit_button, self.delete_button, self.prices_button):
            button.setEnabled(row is not None)
        self.selection.setText(security_line(row) if row is not None else
                               tr("Select a holding to edit it, delete it or see its prices."))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    # --- actions ---------------------------------------------------------------------------------

    def select(self, symbol: str) -> None:
        """Select the row of ``symbol`` (tests, keyboard users after an edit)."""
        for row in range(self.proxy.rowCount()):
            record = self.proxy.data(self.proxy.index(row, 0), RECORD_ROLE)
            if record.security.symbol == symbol:
                self.table.selectRow(row)
                return

    def set_holding(self) -> FormDialog:
        """Open "Set holding" for a new holding (in the chosen account)."""
        table = self.presenter.table
        dialog, to_build = holding_form(self, table.accounts, table.base,
                                        account_id=self.presenter.account_id)
        self.dialog = run_form(self.context.controller, dialog, to_build)
        return self.dialog

    def edit_holding(self) -> FormDialog | None:
        """Open "Set holding" for the selected holding."""
        row = selected_record(self.table)
        if row is None:
            return None
        table = self.presenter.table
        dialog, to_build = holding_form(self, table.accounts, table.base, row=row)
        self.dialog = run_form(self.context.controller, dialog, to_build)
        return self.dialog

    def delete_holding(self) -> None:
        """Delete the selected holding (Edit > Undo brings it back)."""
        row = selected_record(self.table)
        if row is not None:
            self.presenter.delete(row)

    def show_prices(self) -> PricesDialog | None:
        """The prices of the selected holding's security."""
        row = selected_record(self.table)
        if row is None:
            return None
        self.prices = PricesDialog(self.context.controller, row.security.symbol,
                                   self.presenter.today, self)
        self.prices.open()
        return self.prices


def _note(table: Any) -> str:
    parts = []
    if table.unpriced:
        parts.append(tr("Not in the totals, no price yet: {symbols} (select it and press "
                        "Prices… to add one).").format(symbols=", ".join(table.unpriced)))
    if table.unconverted:
        parts.append(tr("Not in the totals, no exchange rate to {currency}: {symbols}.")
                     .format(currency=table.base, symbols=", ".join(table.unconverted)))
    if table.without_cost and table.cost is not None:
        parts.append(tr("Cost and gain leave out {symbols} (no cost given).").format(
            symbols=", ".join(table.without_cost)))
    return " ".join(parts)
