"""Insights: recurring payments, where the money went, and the months side by side."""

from __future__ import annotations

from datetime import date, timedelta
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
from ..i18n import QT_TR_NOOP, plural, tr
from ..models import Column, RecordTableModel, TypedSortProxy, sortable_text
from ..widgets import Card, make_label
from . import Page, PageContext, make_scroll_page, register_page

FREQUENCIES = {"weekly": QT_TR_NOOP("Weekly"), "monthly": QT_TR_NOOP("Monthly"),
               "quarterly": QT_TR_NOOP("Quarterly"),
               "half_yearly": QT_TR_NOOP("Every 6 months"), "yearly": QT_TR_NOOP("Yearly")}


def recurring_columns() -> list[Column]:
    """Columns of the recurring-payments table."""

    def flags(row: Any) -> str:
        # A rise of an income is a raise, never "price up" (that is for payments).
        marks = [tr("new") if row.new else "", tr("price up") if row.price_up else "",
                 tr("raise") if getattr(row, "raised", False) else ""]
        return ", ".join(m for m in marks if m)

    def flag_tone(row: Any) -> str | None:
        return "negative" if row.price_up else "positive" if getattr(row, "raised", False) \
            else None

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
        Column(tr("Note"), flags, flags, tone=flag_tone),
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
    """One month of the period's cash flow; ``start``/``end``: the days of it in the period
    (a rolling period starts and ends in the middle of a month)."""

    def __init__(self, month: date, income: Money, spending: Money,
                 start: date | None = None, end: date | None = None) -> None:
        from cmrdesk.insights import savings_rate

        self.month = month
        self.income = income
        self.spending = spending
        self.start = start or month
        self.end = end or month_last(month)
        self.saved = Money(income.amount - spending.amount, income.currency)
        # The one savings-rate definition (the dashboard's, the report's, the shared field's).
        self.rate = savings_rate(income.minor, self.saved.minor)

    @property
    def label(self) -> str:
        """The month, saying so when the period covers only part of it."""
        text = fmt.month(self.month)
        if self.start > self.month:
            return tr("{month} (from the {day})").format(
                month=text, day=fmt.day_of_month(self.start.day))
        if self.end < month_last(self.month):
            return tr("{month} (to the {day})").format(
                month=text, day=fmt.day_of_month(self.end.day))
        return text


def month_last(month: date) -> date:
    """The last day of ``month``'s month."""
    following = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    return following - timedelta(days=1)


def benchmark_columns() -> list[Column]:
    """Columns of the benchmarks table."""

    def age(row: Any) -> str:
        if row.stale:
            return plural(row.age_months, "{n} month old", "{n} months old",
                          fmt.count(row.age_months))
        return tr("current")

    return [
        Column(tr("Benchmark"), lambda r: r.name, lambda r: sortable_text(r.name)),
        Column(tr("Rate"), lambda r: fmt.percent_points(r.rate_pct, 2), lambda r: r.rate_pct,
               numeric=True),
        Column(tr("Dated"), lambda r: fmt.day(r.date), lambda r: r.date),
        Column(tr("Age"), age, lambda r: r.age_months,
               tone=lambda r: "negative" if r.stale else None),
        Column(tr("Source"), lambda r: r.source, lambda r: sortable_text(r.source),
               tooltip=lambda r: f"{r.source} ({r.file})"),
    ]


def month_columns() -> list[Column]:
    """Columns of the month-by-month table."""
    return [
        Column(tr("Month"), lambda r: r.label, lambda r: r.month),
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
           fit_first: bool = True, stretch: int = 0) -> QTableView:
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
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
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


@register_page("insights", QT_TR_NOOP("Insights"), "insights", 40, "Ctrl+4")
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
        # The month names take the spare width; the figures (and their headers, "Savings
        # rate" the longest) always fit, so no header is clipped on a half-width card.
        self.months_table = _table(self.months, tr("Month by month"), self)
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
        self.benchmarks = RecordTableModel(benchmark_columns(), self)
        # The names fit; the long source takes what is left (whole in its tooltip).
        self.benchmarks_table = _table(self.benchmarks, tr("Benchmarks"), self, stretch=4)
        self.benchmarks_card = _section(
            tr("Benchmarks the advice compares with"),
            tr("Market figures from public sources, each with its date. A figure more than "
               "3 months old is marked: the market may have moved since."),
            self.benchmarks_table)
        self.benchmarks_warning = make_label("", "warning", wrap=True)
        self.benchmarks_warning.hide()
        self.benchmarks_card.body.insertWidget(2, self.benchmarks_warning)
        layout.addWidget(self.benchmarks_card)
        layout.addStretch(1)
        self._colours(context.theme.palette)

    #: From this page width on, payees and months sit side by side; below it each gets the
    #: full width, so the month table's five columns and their headers are never clipped.
    SIDE_BY_SIDE = 1300

    def resizeEvent(self, event: Any) -> None:
        wide = event.size().width() >= self.SIDE_BY_SIDE
        self.row.setDirection(QBoxLayout.Direction.LeftToRight if wide
                              else QBoxLayout.Direction.TopToBottom)
        super().resizeEvent(event)

    def vault_loaded(self, ledger: Any) -> None:
        from cmrdesk.services.overview import benchmark_rows, recurring_rows

        rows = recurring_rows(ledger)  # computed on the worker during the load
        self.recurring.set_records(rows)
        _fit_rows(self.recurring_table, len(rows), 40)
        self.recurring_table.sortByColumn(4, Qt.SortOrder.AscendingOrder)  # costliest first
        benchmarks = benchmark_rows(ledger)
        self.benchmarks.set_records(benchmarks)
        _fit_rows(self.benchmarks_table, len(benchmarks), 12)
        stale = [b for b in benchmarks if b.stale]
        self.benchmarks_warning.setText(plural(
            len(stale), "{n} benchmark is more than 3 months old; advice that cites it says so.",
            "{n} benchmarks are more than 3 months old; advice that cites them says so.",
            fmt.count(len(stale))))
        self.benchmarks_warning.setVisible(bool(stale))

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
        rows = []
        for m, i, s in zip(flow.months, flow.income, flow.spending, strict=True):
            first = date(1970 + int(m) // 12, int(m) % 12 + 1, 1)
            rows.append(MonthRow(first, Money.from_minor(int(i), board.base),
                                 Money.from_minor(int(s), board.base),
                                 max(first, board.start), min(month_last(first), board.end)))
        self.months.set_records(rows)
        self.months_table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        _fit_rows(self.months_table, len(rows), 13)  # a rolling year touches 13 months
        rate = board.headline.savings_rate  # the dashboard's figure, not a second computation
        note = tr("Income, spending and what was kept, newest first.")
        if rate is not None:
            note += " " + tr("Savings rate over {period}: {rate}.").format(
                period=period, rate=fmt.percent(rate))
        self.months_card.note.setText(note)
        self.savings_rate_text = fmt.percent(rate) if rate is not None else ""

    def vault_locked(self) -> None:
        for model in (self.recurring, self.payees, self.months, self.benchmarks):
            model.set_records([])
        self.benchmarks_warning.hide()

    def palette_changed(self, palette: Any) -> None:
        self._colours(palette)

    def _colours(self, palette: Any) -> None:
        for model in (self.recurring, self.payees, self.months, self.benchmarks):
            model.set_colours({"negative": palette.negative, "positive": palette.positive,
                               "muted": palette.muted})

