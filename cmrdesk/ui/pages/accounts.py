"""Accounts: every account with its balance today, grouped the way net worth is."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QGridLayout, QHeaderView, QTableView

from cmrdesk.domain import NET_WORTH_GROUPS, Money

from .. import fmt
from ..charts import group_label
from ..i18n import plural, tr
from ..models import RECORD_ROLE, Column, RecordTableModel, TypedSortProxy, sortable_text
from ..widgets import EmptyState, HeadlineCard, make_label
from . import Page, PageContext, make_scroll_page, register_page

KIND_NAMES = {
    "checking": "Checking", "savings": "Savings", "credit_card": "Credit card", "loan": "Loan",
    "mortgage": "Mortgage", "brokerage": "Brokerage", "pension": "Pension", "cash": "Cash",
    "property": "Property", "other_asset": "Other asset",
}


def account_columns(base: str) -> list[Column]:
    """The accounts table's columns (``base``: the currency of the last one)."""

    def tone(row: Any) -> str | None:
        return "negative" if row.balance.amount < 0 else None

    return [
        Column(tr("Account"), lambda r: r.account.name,
               lambda r: sortable_text(r.account.name),
               tooltip=lambda r: " · ".join(
                   x for x in (r.account.institution, r.account.number_masked) if x)),
        Column(tr("Institution"), lambda r: r.account.institution,
               lambda r: sortable_text(r.account.institution)),
        Column(tr("Type"), lambda r: tr(KIND_NAMES.get(r.account.kind.value, r.account.kind)),
               lambda r: (NET_WORTH_GROUPS.index(r.group), r.account.kind.value)),
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


@register_page("accounts", "Accounts", "accounts", 20, "Ctrl+2")
class AccountsPage(Page):
    """Group totals and the list of accounts; Enter on one opens its transactions."""

    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        _inner, layout = make_scroll_page(self)
        layout.addWidget(make_label(tr("Accounts"), "pageTitle"))
        self.subtitle = make_label("", "muted")
        layout.addWidget(self.subtitle)
        self.rate_warning = make_label("", "error", wrap=True)
        self.rate_warning.hide()
        layout.addWidget(self.rate_warning)
        self.group_cards = {g: HeadlineCard(group_label(g)) for g in NET_WORTH_GROUPS}
        grid = QGridLayout()
        grid.setSpacing(12)
        for index, card in enumerate(self.group_cards.values()):
            grid.addWidget(card, 0, index)
        layout.addLayout(grid)
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
        layout.addWidget(self.table)
        self.hint = make_label(tr("Press Enter or double-click an account to see its "
                                  "transactions."), "muted")
        layout.addWidget(self.hint)
        self.empty = EmptyState(tr("No accounts yet"),
                                tr("Accounts you add or import appear here with their "
                                   "balances."))
        self.empty.hide()
        layout.addWidget(self.empty)
        layout.addStretch(1)
        self._colours(context.theme.palette)

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
        self.hint.setVisible(bool(rows))

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
