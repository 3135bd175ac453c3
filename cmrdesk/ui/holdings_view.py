"""The Holdings table's columns and the prices dialog of one security.

A holding without a price says "no price yet" in its value (never a zero); sorting compares
typed values (``Decimal``), and an unknown sorts first.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from . import fmt
from .errors import error_text
from .i18n import QT_TR_NOOP, tr
from .models import RECORD_ROLE, Column, RecordTableModel, TypedSortProxy, sortable_text
from .record_forms import ASSET_CLASSES, SECURITY_KINDS, price_form, run_form
from .widgets import make_label

NO_PRICE = QT_TR_NOOP("no price yet")
ROW_HEIGHT = 34


def _tone(row: Any) -> str | None:
    if row.gain is None:
        return "muted"
    return "negative" if row.gain.amount < 0 else "positive" if row.gain.amount > 0 else None


def security_line(row: Any) -> str:
    """``VWRL · Vanguard FTSE All-World · IE00B3RBWM25 · ETF · Equity · EUR``."""
    s = row.security
    return " · ".join(x for x in (
        s.symbol, s.name if s.name != s.symbol else "",
        tr("ISIN {isin}").format(isin=s.isin) if s.isin else "",
        tr(SECURITY_KINDS.get(s.kind.value, s.kind.value)),
        tr(ASSET_CLASSES.get(s.asset_class, s.asset_class)), s.currency) if x)


def gain_text(row: Any) -> str:
    """``+€1,234.00 (+12.3%)``, or why there is none."""
    if row.value is None:
        return tr(NO_PRICE)
    if row.gain is None:
        return tr("no cost")
    text = fmt.money(row.gain, signed=True)
    if row.gain_ratio is not None:
        text += f" ({fmt.percent(row.gain_ratio, signed=True)})"
    return text


def holding_columns(with_account: bool) -> list[Column]:
    """The table's columns (``with_account``: when holdings of several accounts are shown).
    The name is the one column that stretches (and elides): the figures never do."""
    columns = [
        Column(tr("Symbol"), lambda r: r.security.symbol,
               lambda r: sortable_text(r.security.symbol), tooltip=security_line),
        Column(tr("Name"), lambda r: r.security.name, lambda r: sortable_text(r.security.name),
               tooltip=security_line),
    ]
    if with_account:
        columns.append(Column(tr("Account"), lambda r: r.account.name,
                              lambda r: sortable_text(r.account.name)))
    columns += [
        Column(tr("Quantity"), lambda r: fmt.number_text(r.holding.quantity),
               lambda r: r.holding.quantity, numeric=True),
        Column(tr("Price"), lambda r: tr("{price} on {day}").format(
            price=fmt.money(_price_money(r)), day=fmt.day(r.price.date, "short"))
            if r.price else tr(NO_PRICE),
            lambda r: r.price.price if r.price else None, numeric=True,
            tone=lambda r: None if r.price else "muted"),
        Column(tr("Value"), lambda r: fmt.money(r.value) if r.value is not None
               else tr(NO_PRICE), lambda r: r.value.amount if r.value else None,
               numeric=True, tone=lambda r: None if r.value is not None else "muted"),
        Column(tr("Cost"), lambda r: fmt.money(r.cost) if r.cost is not None else tr("no cost"),
               lambda r: r.cost.amount if r.cost else None, numeric=True,
               tone=lambda r: None if r.cost is not None else "muted"),
        Column(tr("Gain"), gain_text, lambda r: r.gain.amount if r.gain else None,
               numeric=True, tone=_tone),
        Column(tr("Share", "portion"),
               lambda r: fmt.percent(r.share) if r.share is not None else "–",
               lambda r: r.share, numeric=True),
    ]
    return columns


def _price_money(row: Any) -> Any:
    from cmrdesk.domain import Money

    return Money.of(row.price.price, row.price.currency)


def table_view(model: Any, name: str) -> tuple[QTableView, TypedSortProxy]:
    """A sortable, row-selecting table over ``model``."""
    proxy = TypedSortProxy()
    proxy.setSourceModel(model)
    table = QTableView()
    table.setModel(proxy)
    table.setAccessibleName(name)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    # The layout gives it the page's width (its columns' widths would make the page wider
    # than the window, and the right-hand figures would be cut off).
    table.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
    # Narrower header padding than the app's tables: eight figures fit a 1024-pixel window.
    table.horizontalHeader().setStyleSheet("QHeaderView::section { padding: 7px 4px 7px 8px; }")
    stretch_column(table, 0)
    return table, proxy


def stretch_column(table: QTableView, column: int) -> None:
    """Every column as wide as its contents but ``column``, which takes (and elides in) the
    rest: the table fits the page's width without a horizontal scroll bar."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)


def selected_record(table: QTableView) -> Any:
    """The record of the selected row, or ``None``."""
    rows = table.selectionModel().selectedRows() if table.selectionModel() else []
    return table.model().data(rows[0], RECORD_ROLE) if rows else None


class PricesDialog(QDialog):
    """The prices of one security by date, newest first, with Add and Delete."""

    changed = Signal()

    def __init__(self, controller: Any, symbol: str, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.symbol = symbol
        self.today = today
        self.security: Any = None
        self.form: Any = None  # the open "Add price" form (tests, screenshots)
        self.setWindowTitle(tr("Prices of {symbol}").format(symbol=symbol))
        self.setMinimumSize(460, 420)
        layout = QVBoxLayout(self)
        self.heading = make_label("", "muted", wrap=True)
        layout.addWidget(self.heading)
        self.model = RecordTableModel([
            Column(tr("Date"), lambda p: fmt.day(p.date), lambda p: p.date),
            Column(tr("Price"), lambda p: fmt.money(_money(p)), lambda p: p.price,
                   numeric=True),
            Column(tr("Source"), lambda p: p.source, lambda p: sortable_text(p.source)),
        ], self)
        self.table, self.proxy = table_view(self.model, tr("Prices"))
        self.table.setSortingEnabled(False)  # newest first, as read
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        stretch_column(self.table, 2)
        layout.addWidget(self.table, 1)
        self.error = make_label("", "error", wrap=True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        self.add = QPushButton(tr("Add price…"))
        self.add.clicked.connect(self.add_price)
        self.delete = QPushButton(tr("Delete price"))
        self.delete.clicked.connect(self.delete_price)
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.accept)
        buttons.addWidget(self.add)
        buttons.addWidget(self.delete)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        controller.changed.connect(self._changed)
        self.reload()

    def reload(self) -> None:
        """Read the prices again (on the worker)."""
        symbol = self.symbol

        def work(session: Any) -> Any:
            from cmrdesk.services.holdings import security_prices

            return security_prices(session, symbol)

        self.controller.with_session(work, self._show, self._failed, label="prices")

    def _show(self, found: Any) -> None:
        self.security, prices = found
        self.model.set_records(prices)
        name = self.security.name if self.security else self.symbol
        self.heading.setText(tr("{name}: {n} prices. The latest on or before a day values the "
                                "holding that day.").format(name=name, n=len(prices))
                             if prices else tr("{name} has no price yet: its holdings have no "
                                               "value until you add one.").format(name=name))
        self.delete.setEnabled(bool(prices))
        if prices:
            self.table.selectRow(0)

    def _failed(self, error: BaseException) -> None:
        self.error.setText(error_text(error))
        self.error.show()

    def _changed(self, changes: Any) -> None:
        if changes.touches("prices") or changes.touches("securities"):
            self.reload()

    def add_price(self) -> Any:
        """Open the "Add price" form."""
        currency = self.security.currency if self.security else "EUR"
        dialog, to_build = price_form(self, self.symbol, currency, self.today)
        self.form = run_form(self.controller, dialog, to_build)
        return self.form

    def delete_price(self) -> None:
        """Delete the selected price (undoable)."""
        from cmrdesk.domain import Price
        from cmrdesk.services import records

        price = selected_record(self.table)
        if price is None:
            return
        self.controller.edit(lambda s: records.remove_record(s, Price, price.id),
                             on_failure=self._failed)

    def done(self, result: int) -> None:
        self.controller.changed.disconnect(self._changed)
        super().done(result)


def _money(price: Any) -> Any:
    from cmrdesk.domain import Money

    return Money.of(price.price, price.currency)

