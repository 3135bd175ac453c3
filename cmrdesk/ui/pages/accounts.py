"""Accounts: every account with its balance today, grouped the way net worth is; add, edit,
close, reopen and delete them (the work is :class:`~cmrdesk.ui.account_actions.AccountActions`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QPushButton,
    QTableView,
)

from cmrdesk.domain import NET_WORTH_GROUPS, Money

from .. import fmt
from ..account_actions import AccountActions
from ..account_form import KIND_NAMES
from ..charts import group_label
from ..getting_started import GettingStartedPanel
from ..i18n import QT_TR_NOOP, plural, tr
from ..models import RECORD_ROLE, Column, RecordTableModel, TypedSortProxy, sortable_text
from ..widgets import HeadlineCard, make_label, primary_button
from . import Page, PageContext, make_scroll_page, register_page

__all__ = ["KIND_NAMES", "AccountsPage", "account_columns"]


def account_columns(base: str) -> list[Column]:
    """The accounts table's columns (``base``: the currency of the last one)."""

    def tone(row: Any) -> str | None:
        return "muted" if row.account.closed else "negative" if row.balance.amount < 0 else None

    def muted(row: Any) -> str | None:
        return "muted" if row.account.closed else None

    def name(row: Any) -> str:
        closed = row.account.closed
        return tr("{name} (closed)").format(name=row.account.name) if closed else row.account.name

    return [
        Column(tr("Account"), name,
               lambda r: sortable_text(r.account.name),
               tooltip=lambda r: " · ".join(
                   x for x in (r.account.institution, r.account.number_masked) if x),
               tone=muted),
        Column(tr("Institution"), lambda r: r.account.institution,
               lambda r: sortable_text(r.account.institution), tone=muted),
        Column(tr("Type"), lambda r: tr(KIND_NAMES.get(r.account.kind.value, r.account.kind)),
               lambda r: (NET_WORTH_GROUPS.index(r.group), r.account.kind.value), tone=muted),
        Column(tr("Balance"), lambda r: fmt.money(r.balance), lambda r: r.balance.amount,
               numeric=True, tone=tone),
        Column(tr("In {currency}").format(currency=base),
               lambda r: tr("no rate") if r.balance_base is None else fmt.money(r.balance_base),
               lambda r: None if r.balance_base is None else r.balance_base.amount,
               numeric=True, tone=tone),
    ]


def rate_warning_text(warnings: list[Any]) -> str:
    """What a person reads about missing exchange rates (empty: none missing)."""
    return "\n".join(
        tr("No exchange rate {source}→{target}: {accounts} left out of the totals. Key in or "
           "import a rate.").format(source=w.source, target=w.target,
                                    accounts=", ".join(w.accounts))
        for w in warnings
    )


@register_page("accounts", QT_TR_NOOP("Accounts"), "accounts", 20, "Ctrl+2")
class AccountsPage(Page):
    """Group totals and the list of accounts; Enter on one opens its transactions, the
    buttons and the context menu change it."""

    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        self.actions = AccountActions(context, self)
        _inner, layout = make_scroll_page(self)
        head = QHBoxLayout()
        head.addWidget(make_label(tr("Accounts"), "pageTitle"), 1)
        self.import_button = QPushButton(tr("Import…"))
        self.import_button.clicked.connect(self.actions.import_statements)
        self.add_button = primary_button(tr("Add account"))
        self.add_button.clicked.connect(lambda: self.actions.add())
        head.addWidget(self.import_button)
        head.addWidget(self.add_button)
        layout.addLayout(head)
        self.subtitle = make_label("", "muted")
        layout.addWidget(self.subtitle)
        self.message = make_label("", "readout", wrap=True)
        self.message.hide()
        self.actions.message.connect(self._message)
        layout.addWidget(self.message)
        self.rate_warning = make_label("", "error", wrap=True)
        self.rate_warning.hide()
        layout.addWidget(self.rate_warning)
        self.group_cards = {g: HeadlineCard(group_label(g)) for g in NET_WORTH_GROUPS}
        self.card_grid = QGridLayout()
        self.card_grid.setSpacing(12)
        self._columns = 0
        self._layout_cards(6)
        layout.addLayout(self.card_grid)
        self.model = RecordTableModel(account_columns("EUR"), self)
        self.proxy = TypedSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(tr("Accounts"))
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(36)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._open)
        self.table.doubleClicked.connect(self._open)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._selected())
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.hint = make_label(tr("Press Enter or double-click an account to see its "
                                  "transactions."), "muted")
        row.addWidget(self.hint, 1)
        self.edit_button = QPushButton(tr("Edit…"))
        self.edit_button.clicked.connect(lambda: self._act("edit"))
        self.close_button = QPushButton(tr("Close"))
        self.close_button.clicked.connect(lambda: self._act("close"))
        self.delete_button = QPushButton(tr("Delete…"))
        self.delete_button.clicked.connect(lambda: self._act("delete"))
        for button in (self.edit_button, self.close_button, self.delete_button):
            row.addWidget(button)
        layout.addLayout(row)
        for keys, what in ((QKeySequence("F2"), "edit"),
                           (QKeySequence(QKeySequence.StandardKey.Delete), "delete")):
            QShortcut(keys, self.table, context=Qt.ShortcutContext.WidgetShortcut,
                      activated=lambda what=what: self._act(what))  # only in the table
        self.empty = GettingStartedPanel(context, self.actions, title=tr("No accounts yet"))
        self.empty.hide()
        layout.addWidget(self.empty)
        layout.addStretch(1)
        self._colours(context.theme.palette)

    def resizeEvent(self, event: Any) -> None:
        self._layout_cards(6 if event.size().width() >= 1060 else 3)
        super().resizeEvent(event)

    def _layout_cards(self, columns: int) -> None:
        """Six group cards in a row, or two rows of three where six do not fit."""
        if columns != self._columns:
            self._columns = columns
            for index, card in enumerate(self.group_cards.values()):
                self.card_grid.addWidget(card, index // columns, index % columns)

    def vault_loaded(self, ledger: Any) -> None:
        from cmrdesk.services.overview import account_rows

        rows = account_rows(ledger)  # computed on the worker during the load; cached
        self.model.columns = account_columns(ledger.base)
        self.model.set_records(rows)
        self.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
        self.subtitle.setText(tr("Balances on {day}").format(day=fmt.day(ledger.today)))
        totals: dict[str, int] = dict.fromkeys(NET_WORTH_GROUPS, 0)
        counts: dict[str, int] = dict.fromkeys(NET_WORTH_GROUPS, 0)
        for row in rows:
            if row.balance_base is not None:  # no rate: in no total (the warning says so)
                totals[row.group] += row.balance_base.minor
            counts[row.group] += 1
        self.rate_warning.setText(rate_warning_text(ledger.warnings))
        self.rate_warning.setVisible(bool(ledger.warnings))
        for group, card in self.group_cards.items():
            card.setVisible(counts[group] > 0)
            card.set_value(fmt.money(Money.from_minor(totals[group], ledger.base), whole=True),
                           plural(counts[group], "{n} account", "{n} accounts"))
        # As tall as its rows: the page scrolls, the table does not need to.
        self.table.setFixedHeight(self.table.horizontalHeader().height() + 36 * len(rows) + 4)
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        for widget in (self.hint, self.edit_button, self.close_button, self.delete_button):
            widget.setVisible(bool(rows))
        self._selected()

    def vault_locked(self) -> None:
        self.model.set_records([])
        for card in self.group_cards.values():
            card.set_value("–")

    def palette_changed(self, palette: Any) -> None:
        self._colours(palette)

    def _colours(self, palette: Any) -> None:
        self.model.set_colours({"negative": palette.negative, "positive": palette.positive,
                                "muted": palette.muted})

    def _open(self, index: QModelIndex) -> None:
        row = self.proxy.data(index, RECORD_ROLE)
        if row is not None:
            self.context.navigate("transactions", account_id=row.account.id)

    # --- changing accounts ------------------------------------------------------------------

    def select(self, ident: int) -> None:
        """Make account ``ident`` the current row (tests, and after a change)."""
        for row in range(self.proxy.rowCount()):
            record = self.proxy.data(self.proxy.index(row, 0), RECORD_ROLE)
            if record.account.id == ident:
                self.table.selectRow(row)
                return

    def current_account(self) -> Any:
        """The account of the current row, if any."""
        index = self.table.currentIndex()
        row = self.proxy.data(index, RECORD_ROLE) if index.isValid() else None
        return row.account if row is not None else None

    def _selected(self) -> None:
        account = self.current_account()
        for button in (self.edit_button, self.close_button, self.delete_button):
            button.setEnabled(account is not None)
        self.close_button.setText(tr("Reopen") if account is not None and account.closed
                                  else tr("Close"))

    def _act(self, what: str) -> None:
        account = self.current_account()
        if account is None:
            return
        if what == "edit":
            self.actions.edit(account.id)
        elif what == "close":
            self.actions.set_closed(account.id, not account.closed)
        elif what == "delete":
            self.actions.delete(account.id)

    def _menu(self, point: Any) -> None:
        index = self.table.indexAt(point)
        if not index.isValid():
            return
        self.table.selectRow(index.row())
        account = self.current_account()
        menu = QMenu(self)
        menu.addAction(tr("Show transactions"), lambda: self._open(index))
        menu.addAction(tr("Edit…"), lambda: self._act("edit"))
        menu.addAction(tr("Reopen") if account.closed else tr("Close"),
                       lambda: self._act("close"))
        menu.addAction(tr("Delete…"), lambda: self._act("delete"))
        self.context_menu = menu  # kept for tests; popup() does not block
        menu.popup(self.table.viewport().mapToGlobal(point))

    def _message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
