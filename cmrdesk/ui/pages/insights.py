"""Insights: recurring payments, where the money went, and the months side by side."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QHeaderView,
    QTableView,
    QWidget,
)

from cmrdesk.domain import Money

from .. import fmt
from ..i18n import tr
from ..models import Column, RecordTableModel, TypedSortProxy, sortable_text
from ..widgets import Card, make_label
from . import Page, PageContext, make_scroll_page, register_page

FREQUENCIES = {"weekly": "Weekly", "monthly": "Monthly", "quarterly": "Quarterly",
               "half_yearly": "Every 6 months", "yearly": "Yearly"}


def recurring_columns() -> list[Column]:
    """Columns of the recurring-payments table."""

    def flags(row: Any) -> str:
        marks = [tr("new") if row.new else "", tr("price up") if row.price_up else ""]
        return ", ".join(m for m in marks if m)

    return [
        Column(tr("Payee"), lambda r: r.payee, lambda r: sortable_text(r.payee)),
        Column(tr("Account"), lambda r: r.account, lambda r: sortable_text(r.account)),
        Column(tr("How often"), lambda r: tr(FREQUENCIES.get(r.frequency, r.frequency)),
               lambda r: list(FREQUENCIES).index(r.frequency) if r.frequency in FREQUENCIES
               else len(FREQUENCIES)),
        Column(tr("Amount"), lambda r: fmt.money(r.amount, signed=True),
               lambda r: r.amount.amount, numeric=True,
               tone=lambda r: "positive" if r.amount.amount > 0 else None),
        Column(tr("A year"), lambda r: fmt.money(r.yearly, whole=True, signed=True),
               lambda r: r.yearly.amount, numeric=True,
               tone=lambda r: "positive" if r.yearly.amount > 0 else None),
        Column(tr("Next"), lambda r: fmt.day(r.next_date) if r.next_date else "–",
               lambda r: r.next_date or date.max),
        Column(tr("Note"), flags, flags, tone=lambda r: "negative" if r.price_up else None),
    ]


def payee_columns() -> list[Column]:
    """Columns of the top-payees table."""
    return [
        Column(tr("Payee"), lambda r: r.payee, lambda r: sortable_text(r.payee)),
        Column(tr("Spent"), lambda r: fmt.money(r.amount), lambda r: r.amount.amount,
               numeric=True),
        Column(tr("Payments"), lambda r: fmt.count(r.count), lambda r: r.count, numeric=True),
    ]


class MonthRow:
    """One month of the period's cash flow."""

    def __init__(self, month: date, income: Money, spending: Money) -> None:
        self.month = month
        self.income = income
        self.spending = spending
        self.saved = Money(income.amount - spending.amount, income.currency)
        self.rate = (self.saved.amount / income.amount) if income.amount > 0 else None


def month_columns() -> list[Column]:
    """Columns of the month-by-month table."""
    return [
        Column(tr("Month"), lambda r: fmt.month(r.month), lambda r: r.month),
        Column(tr("Income"), lambda r: fmt.money(r.income, whole=True),
               lambda r: r.income.amount, numeric=True),
        Column(tr("Spending"), lambda r: fmt.money(r.spending, whole=True),
               lambda r: r.spending.amount, numeric=True),
        Column(tr("Saved"), lambda r: fmt.money(r.saved, whole=True, signed=True),
               lambda r: r.saved.amount, numeric=True,
               tone=lambda r: "negative" if r.saved.amount < 0 else "positive"),
        Column(tr("Savings rate"), lambda r: fmt.percent(r.rate) if r.rate is not None else "–",
               lambda r: r.rate, numeric=True),
    ]


def _table(model: RecordTableModel, name: str, parent: QWidget, *,
           fit_first: bool = True) -> QTableView:
    proxy = TypedSortProxy(parent)
    proxy.setSourceModel(model)
    table = QTableView()
    table.setModel(proxy)
    table.setAccessibleName(name)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(32)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    if fit_first:  # the other columns fit their figures, the names take the rest
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    else:
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.setMinimumHeight(260)
    return table


def _fit_rows(table: QTableView, rows: int, limit: int) -> None:
    """Make a table tall enough for ``min(rows, limit)`` rows (the page scrolls, not it)."""
    shown = max(3, min(rows, limit))
    table.setFixedHeight(table.horizontalHeader().height() + 32 * shown + 4)


def _section(title: str, note: str, table: QTableView) -> Card:
    card = Card(spacing=6)
    card.body.addWidget(make_label(title, "sectionTitle"))
    card.note = make_label(note, "readout", wrap=True)  # type: ignore[attr-defined]
    card.body.addWidget(card.note)  # type: ignore[attr-defined]
    card.body.addWidget(table, 1)
    return card


@register_page("insights", "Insights", "insights", 40, "Ctrl+4")
class InsightsPage(Page):
    """Recurring payments, top payees and the period month by month."""

    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        _inner, layout = make_scroll_page(self)
        layout.addWidget(make_label(tr("Insights"), "pageTitle"))
        self.subtitle = make_label("", "muted")
        layout.addWidget(self.subtitle)
        self.recurring = RecordTableModel(recurring_columns(), self)
        self.payees = RecordTableModel(payee_columns(), self)
        self.months = RecordTableModel(month_columns(), self)
        self.recurring_table = _table(self.recurring, tr("Recurring payments"), self)
        self.payees_table = _table(self.payees, tr("Top payees"), self, fit_first=False)
        self.months_table = _table(self.months, tr("Month by month"), self, fit_first=False)
        self.recurring_card = _section(
            tr("Recurring payments and income"),
            tr("Found in your history: what repeats, how much it costs a year, and when it "
               "comes next. Moves between your own accounts are left out."),
            self.recurring_table)
        layout.addWidget(self.recurring_card)
        row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        row.setSpacing(16)
        self.payees_card = _section(tr("Where the money went"), "", self.payees_table)
        self.months_card = _section(tr("Month by month"), "", self.months_table)
        row.addWidget(self.payees_card, 1)
        row.addWidget(self.months_card, 1)
        self.row = row
        layout.addLayout(row)
        layout.addStretch(1)
        self._colours(context.theme.palette)

    def resizeEvent(self, event: Any) -> None:
        self.row.setDirection(QBoxLayout.Direction.LeftToRight if event.size().width() >= 900
                              else QBoxLayout.Direction.TopToBottom)
        super().resizeEvent(event)

    def vault_loaded(self, ledger: Any) -> None:
        from cmrdesk.services.overview import recurring_rows

        rows = recurring_rows(ledger)  # computed on the worker during the load
        self.recurring.set_records(rows)
        _fit_rows(self.recurring_table, len(rows), 40)
        self.recurring_table.sortByColumn(4, Qt.SortOrder.AscendingOrder)  # costliest first

    def figures_ready(self, figures: Any) -> None:
        board = figures.dashboard
        period = fmt.date_range(board.start, board.end)
        self.subtitle.setText(period)
        self.payees.set_records(figures.payees)
        self.payees_table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        _fit_rows(self.payees_table, len(figures.payees), 12)
        self.payees_card.note.setText(tr("The payees you spent most with, {period}.").format(
            period=period))
        flow = board.flow
        rows = [
            MonthRow(date(1970 + int(m) // 12, int(m) % 12 + 1, 1),
                     Money.from_minor(int(i), board.base), Money.from_minor(int(s), board.base))
            for m, i, s in zip(flow.months, flow.income, flow.spending, strict=True)
        ]
        self.months.set_records(rows)
        self.months_table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        _fit_rows(self.months_table, len(rows), 12)
        self.months_card.note.setText(tr("Income, spending and what was kept, newest first."))

    def vault_locked(self) -> None:
        for model in (self.recurring, self.payees, self.months):
            model.set_records([])

    def palette_changed(self, palette: Any) -> None:
        self._colours(palette)

    def _colours(self, palette: Any) -> None:
        for model in (self.recurring, self.payees, self.months):
            model.set_colours({"negative": palette.negative, "positive": palette.positive,
                               "muted": palette.muted})

