"""The dashboard: how much do I have, where does it go, and what should I do.

Headline cards, five charts and the ranked advice, all for the period chosen in the period
bar; every figure comes from one :class:`~cmrdesk.services.overview.Dashboard` computed on the
worker. Clicking a month's bar or a category opens the Transactions page on exactly the rows
behind it.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QVBoxLayout,
    QWidget,
)

from cmrdesk.domain import Money

from .. import fmt
from ..advice_panel import AdvicePanel
from ..charts import ChartCard
from ..dashboard_charts import (
    AllocationChart,
    CashFlowChart,
    CategoryChart,
    ForecastChart,
    NetWorthChart,
)
from ..getting_started import GettingStartedPanel
from ..i18n import QT_TR_NOOP, plural, tr
from ..widgets import HeadlineCard, PeriodBar, make_label
from . import Page, PageContext, make_scroll_page, register_page
from .accounts import rate_warning_text


@register_page("dashboard", QT_TR_NOOP("Dashboard"), "dashboard", 10, "Ctrl+1")
class DashboardPage(Page):
    """Headline cards, charts and advice for the chosen period."""

    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        self.board: Any = None
        inner, layout = make_scroll_page(self)
        self.inner = inner

        head = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.head = head
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(make_label(tr("Dashboard"), "pageTitle"))
        self.subtitle = make_label("", "muted")
        titles.addWidget(self.subtitle)
        head.addLayout(titles, 1)
        self.period_bar = PeriodBar()
        self.period_bar.chosen.connect(self._period_chosen)
        head.addWidget(self.period_bar, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(head)
        self.rate_warning = make_label("", "error", wrap=True)
        self.rate_warning.hide()
        layout.addWidget(self.rate_warning)

        self.empty = GettingStartedPanel(context, title=tr("No transactions yet"), text=tr(
            "Once transactions are in this vault, this page shows your net worth, where your "
            "money goes, a forecast and what to do next. Add your accounts by hand or import "
            "your bank's statements (OFX, QFX, QIF, CSV, CAMT.053, MT940)."))
        self.empty.hide()
        layout.addWidget(self.empty)

        self.cards = {
            "net_worth": HeadlineCard(tr("Net worth")),
            "liquid": HeadlineCard(tr("Liquid cash")),
            "income": HeadlineCard(tr("Income this month")),
            "spending": HeadlineCard(tr("Spending this month")),
            "savings_rate": HeadlineCard(tr("Savings rate")),
            "emergency": HeadlineCard(tr("Emergency fund")),
        }
        self.card_grid = QGridLayout()
        self.card_grid.setSpacing(12)
        self._card_columns = 0
        layout.addLayout(self.card_grid)

        palette = context.theme.palette
        currency = "EUR"
        self.net_worth = NetWorthChart(palette, currency)
        self.allocation = AllocationChart(palette, currency)
        self.cash_flow = CashFlowChart(palette, currency)
        self.categories = CategoryChart(palette, currency)
        self.forecast = ForecastChart(palette, currency)
        self.charts = (self.net_worth, self.allocation, self.cash_flow, self.categories,
                       self.forecast)
        self.cash_flow.activated.connect(self._drill_month)
        self.categories.activated.connect(self._drill_category)

        self.advice = AdvicePanel()
        self.advice.offers_wanted.connect(
            lambda advice: self.context.navigate("share", ask_offers=advice))
        self.rows: list[QBoxLayout] = []
        for wide, narrow in (
            (ChartCard(tr("Net worth"), self.net_worth),
             ChartCard(tr("Asset allocation"), self.allocation)),
            (ChartCard(tr("Income and spending"), self.cash_flow),
             ChartCard(tr("Spending by category"), self.categories)),
            (ChartCard(tr("Forecast, next 12 months"), self.forecast), self.advice),
        ):
            row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
            row.setSpacing(16)
            # Charts keep their height at the top of the row; the advice list (no alignment)
            # grows with its wrapped text and opened numbers.
            row.addWidget(wide, 3, Qt.AlignmentFlag.AlignTop)
            row.addWidget(narrow, 2, Qt.AlignmentFlag.AlignTop if isinstance(narrow, ChartCard)
                          else Qt.AlignmentFlag(0))
            if isinstance(wide, ChartCard):
                wide.setFixedHeight(320)
            if isinstance(narrow, ChartCard):
                narrow.setFixedHeight(320)
            layout.addLayout(row)
            self.rows.append(row)
        self.method = make_label("", "muted", wrap=True)
        layout.addWidget(self.method)
        layout.addStretch(1)
        self._layout_cards(3)

    # --- responsive layout -------------------------------------------------------------------

    def resizeEvent(self, event: Any) -> None:
        width = event.size().width()
        self._layout_cards(6 if width >= 1240 else 3 if width >= 660 else 2)
        direction = (QBoxLayout.Direction.LeftToRight if width >= 900
                     else QBoxLayout.Direction.TopToBottom)
        for row in self.rows:
            row.setDirection(direction)
        self.head.setDirection(QBoxLayout.Direction.LeftToRight if width >= 700
                               else QBoxLayout.Direction.TopToBottom)
        super().resizeEvent(event)

    def _layout_cards(self, columns: int) -> None:
        if columns == self._card_columns:
            return
        self._card_columns = columns
        for card in self.cards.values():
            self.card_grid.removeWidget(card)
        for index, card in enumerate(self.cards.values()):
            self.card_grid.addWidget(card, index // columns, index % columns)
        for column in range(6):
            self.card_grid.setColumnStretch(column, 1 if column < columns else 0)

    # --- data ----------------------------------------------------------------------------------

    def vault_loaded(self, ledger: Any) -> None:
        for chart in self.charts:
            chart.currency = ledger.base
            for axis in ("left", "bottom"):
                item = chart.getPlotItem().getAxis(axis)
                if hasattr(item, "currency"):
                    item.currency = ledger.base
        has_rows = ledger.transactions > 0
        self.empty.setVisible(not has_rows)

    def figures_ready(self, figures: Any) -> None:
        board = figures.dashboard
        self.board = board
        self.subtitle.setText(fmt.date_range(board.start, board.end))
        self.rate_warning.setText(rate_warning_text(board.warnings))
        self.rate_warning.setVisible(bool(board.warnings))
        self._headline(board)
        self.net_worth.set_data(board.history)
        self.allocation.set_data(board.allocation)
        self.cash_flow.set_data(board.flow)
        self.categories.set_data(board.categories)
        self.forecast.set_data(board.history, board.forecast)
        self.advice.set_advice(board.advice, board.base)
        self.method.setText(tr("Forecast: {method}").format(method=tr(board.forecast.method)))

    def set_period(self, key: str) -> None:
        """Show which period is chosen (the window owns the choice)."""
        self.period_bar.set_current(key)

    def vault_locked(self) -> None:
        self.board = None
        for card in self.cards.values():
            card.set_value("–")
        for chart in self.charts:
            for attribute in ("history", "flow", "spending", "forecast"):
                if hasattr(chart, attribute):
                    setattr(chart, attribute, None)
            chart.getPlotItem().clear()
        self.allocation.values = self.allocation.values[:0]
        self.advice.set_advice([], "EUR")
        self.subtitle.setText("")

    def palette_changed(self, palette: Any) -> None:
        for chart in self.charts:
            chart.set_palette(palette)

    def _headline(self, board: Any) -> None:
        h = board.headline
        period = tr("since {day}").format(day=fmt.day(board.start))
        tone = "positive" if h.change.amount > 0 else "negative" if h.change.amount < 0 else "muted"
        self.cards["net_worth"].set_value(
            fmt.money(h.net_worth, whole=True),
            f"{fmt.money(h.change, whole=True, signed=True)} {period}", tone,
            tooltip=fmt.money(h.net_worth))
        self.cards["liquid"].set_value(
            fmt.money(h.liquid, whole=True), tr("Checking, savings and cash"),
            "negative" if h.liquid.amount < 0 else "muted", tooltip=fmt.money(h.liquid))
        month = date(1970 + h.month // 12, h.month % 12 + 1, 1)
        saved = Money(h.month_income.amount - h.month_spending.amount, h.month_income.currency)
        self.cards["income"].set_value(
            fmt.money(h.month_income, whole=True), fmt.month(month, long=True),
            tooltip=fmt.money(h.month_income))
        short = saved.amount < 0 and not h.before_pay_day
        if saved.amount >= 0:
            left = tr("{amount} left over").format(amount=fmt.money(saved, whole=True))
        elif h.before_pay_day:  # not short: the pay of this month has not come in yet
            left = tr("Salary usually arrives on the {day}").format(
                day=fmt.day_of_month(h.pay_day))
        else:
            left = tr("{amount} more than came in").format(
                amount=fmt.money(Money(-saved.amount, saved.currency), whole=True))
        self.cards["spending"].set_value(
            fmt.money(h.month_spending, whole=True), left,
            "negative" if short else "muted", tooltip=fmt.money(h.month_spending))
        if h.savings_rate is None:
            self.cards["savings_rate"].set_value("–", tr("No income in this period"))
        else:
            # Mid-sentence: only the first letter drops its capital (German nouns keep theirs).
            name = tr(PeriodBar.NAMES.get(self._period_key(), "Custom period"))
            self.cards["savings_rate"].set_value(
                fmt.percent(h.savings_rate), tr("of income kept, {period}").format(
                    period=name[:1].lower() + name[1:]),
                "negative" if h.savings_rate < 0 else "muted",
                tooltip=tr("Saving divided by income from {start} to {end}").format(
                    start=fmt.day(board.start), end=fmt.day(board.end)))
        self._emergency(h)

    def _emergency(self, h: Any) -> None:
        card = self.cards["emergency"]
        if h.emergency_months is None:
            card.set_value("–", tr("No essential spending recorded yet"))
            return
        months = max(h.emergency_months, Decimal(0))
        text = plural(int(months), "{n} month", "{n} months", fmt.decimal(months, 0)) if (
            months == months.to_integral_value()) else tr("{months} months").format(
            months=fmt.decimal(months, 1))
        detail = tr("of essential spending ({monthly} a month)").format(
            monthly=fmt.money(h.essential_monthly, whole=True))
        if h.emergency_months <= 0:
            detail = tr("Liquid money is below zero")
        tone = "negative" if months < 3 else "positive" if months >= 6 else "muted"
        card.set_value(text, detail, tone)

    def _period_key(self) -> str:
        checked = self.period_bar.group.checkedButton()
        for key, button in self.period_bar.buttons.items():
            if button is checked:
                return key
        return "custom"

    # --- period and drill-down ----------------------------------------------------------------

    def _period_chosen(self, key: str) -> None:
        if key != "custom":
            self.context.choose_period(key)
            return
        start, end = (self.board.start, self.board.end) if self.board else (date.today(),) * 2
        dialog = CustomPeriodDialog(start, end, self)
        dialog.accepted.connect(lambda: self.context.choose_period(dialog.period()))
        dialog.rejected.connect(lambda: self.period_bar.set_current(self._last_key))
        self._last_key = self._period_key()
        dialog.open()  # not exec(): tests and the event loop keep running

    _last_key = "1y"

    def _drill_month(self, target: tuple[date, str]) -> None:
        month, flow = target
        from cmrdesk.services.overview import month_end, month_number

        start = max(month, self.board.start) if self.board else month
        end = min(month_end(month_number(month)), self.board.end if self.board else month)
        label = (tr("Income in {month}") if flow == "income" else
                 tr("Spending in {month}")).format(month=fmt.month(month, long=True))
        self.context.navigate("transactions", drill=Drill(label, start, end, flow, None))

    def _drill_category(self, target: tuple[tuple[int, ...], str]) -> None:
        ids, name = target
        board = self.board
        label = tr("Spending on {category}, {period}").format(
            category=name, period=fmt.date_range(board.start, board.end))
        self.context.navigate("transactions",
                              drill=Drill(label, board.start, board.end, "spending", ids))


class Drill:
    """What a chart element stands for: the Transactions page turns it into exact ids."""

    def __init__(self, label: str, start: date, end: date, flow: str | None,
                 category_ids: tuple[int, ...] | None) -> None:
        self.label = label
        self.start = start
        self.end = end
        self.flow = flow
        self.category_ids = category_ids

    def __repr__(self) -> str:
        return f"Drill({self.label!r}, {self.start}, {self.end}, {self.flow}, {self.category_ids})"


class CustomPeriodDialog(QDialog):
    """Pick a start and an end date."""

    def __init__(self, start: date, end: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Custom period"))
        form = QFormLayout(self)
        self.start = QDateEdit(QDate(start.year, start.month, start.day))
        self.end = QDateEdit(QDate(end.year, end.month, end.day))
        for edit, name in ((self.start, tr("From")), (self.end, tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(fmt.date_input_format())
            edit.setAccessibleName(name)
            form.addRow(name, edit)
        self.start.dateChanged.connect(lambda d: self.end.setMinimumDate(d))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def period(self) -> tuple[date, date]:
        """The chosen ``(start, end)``."""
        return self.start.date().toPython(), self.end.date().toPython()
