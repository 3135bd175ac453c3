"""The dashboard: cards and charts follow the period; a chart element drills into its rows."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt

from cmrdesk.domain import Money
from cmrdesk.services import browse
from cmrdesk.ui import fmt
from cmrdesk.ui.advice_panel import advice_numbers
from cmrdesk.ui.charts import bar_heights
from cmrdesk.ui.controller import VaultController
from cmrdesk.ui.settings import PERIOD, AppSettings
from cmrdesk.ui.tasks import TaskRunner
from cmrdesk.ui.theme import DARK, ThemeManager
from cmrdesk.ui.window import MainWindow
from tests.conftest import TODAY
from tests.ui.conftest import unlock


@pytest.fixture(scope="module")
def window(qapp, demo_vault: Path, tmp_path_factory) -> Iterator[MainWindow]:
    """One unlocked window for the module (unlocking costs a second); tests put back what
    they change (the period, the page)."""
    fmt.set_locale("en_US")
    theme = ThemeManager(qapp, "light")
    settings = AppSettings.at(tmp_path_factory.mktemp("dash") / "settings.ini")
    controller = VaultController(TaskRunner(synchronous=True), today=TODAY)
    made = MainWindow(settings, theme, controller)
    made.resize(1280, 800)
    made.show()
    unlock(made, demo_vault)
    assert controller.is_unlocked
    yield made
    controller.shutdown()
    made.close()
    made.deleteLater()
    theme.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def dashboard(window):
    window.choose_period("1y")
    window.navigate("dashboard")
    return window.shell.page("dashboard")


def test_cards_show_money_with_its_currency(dashboard):
    board = dashboard.board
    assert board.start == date(2025, 11, 24) and board.end == TODAY  # rolling 12 months
    cards = dashboard.cards
    assert cards["net_worth"].figure.text() == fmt.money(board.headline.net_worth, whole=True)
    assert cards["net_worth"].figure.text().startswith("€")
    assert "since Nov 24, 2025" in cards["net_worth"].detail.text()
    for key in ("liquid", "income", "spending"):
        assert "€" in cards[key].figure.text(), key
    assert cards["savings_rate"].figure.text().endswith("%")
    assert "month" in cards["emergency"].figure.text()
    assert cards["net_worth"].accessibleDescription().startswith("€")


def test_changing_the_period_changes_every_chart(dashboard, window, qtbot):
    before = {
        "history": dashboard.net_worth.history.days.copy(),
        "flow": bar_heights(dashboard.cash_flow),
        "categories": bar_heights(dashboard.categories),
        "allocation": dashboard.allocation.values.copy(),
        "forecast": dashboard.forecast.element_count(),
        "change": dashboard.cards["net_worth"].detail.text(),
    }
    assert len(dashboard.cash_flow.flow.months) == 13  # Nov 2025 from the 24th on
    qtbot.mouseClick(dashboard.period_bar.buttons["3m"], Qt.MouseButton.LeftButton)
    assert dashboard.board.start == date(2026, 8, 24)
    assert len(dashboard.cash_flow.flow.months) == 4
    assert bar_heights(dashboard.cash_flow) != before["flow"]
    assert bar_heights(dashboard.categories) != before["categories"]
    assert len(dashboard.net_worth.history.days) > len(before["history"])  # daily when short
    assert dashboard.forecast.element_count() != before["forecast"]
    assert dashboard.cards["net_worth"].detail.text() != before["change"]
    assert window.settings.get(PERIOD) == "3m"  # remembered for the next start
    qtbot.mouseClick(dashboard.period_bar.buttons["all"], Qt.MouseButton.LeftButton)
    assert dashboard.board.start <= date(2016, 12, 1)
    assert len(dashboard.cash_flow.flow.months) > 100
    # Insights follow the same period.
    insights = window.shell.page("insights")
    assert insights.months.rowCount() == len(dashboard.cash_flow.flow.months)


def test_custom_period(dashboard, window, qtbot):
    qtbot.mouseClick(dashboard.period_bar.buttons["custom"], Qt.MouseButton.LeftButton)
    from cmrdesk.ui.pages.dashboard import CustomPeriodDialog

    dialog = dashboard.findChild(CustomPeriodDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.start.setDate(date(2024, 3, 1))
    dialog.end.setDate(date(2024, 5, 31))
    dialog.accept()
    assert (dashboard.board.start, dashboard.board.end) == (date(2024, 3, 1), date(2024, 5, 31))
    assert len(dashboard.cash_flow.flow.months) == 3
    assert dashboard.period_bar.buttons["custom"].isChecked()
    assert dashboard.subtitle.text() == fmt.date_range(date(2024, 3, 1), date(2024, 5, 31))


def test_hover_read_out_names_the_month_and_its_money(dashboard, qtbot):
    chart = dashboard.cash_flow
    point = chart.point_for(3.2, 100.0)
    qtbot.mouseMove(chart.viewport(), point)
    chart._moved(chart.mapToScene(point))  # offscreen: deliver the scene move directly
    text = dashboard.cash_flow.parent().readout.text()
    month = chart.months()[3]
    assert fmt.month(month) in text and "Income" in text and "€" in text


def test_click_a_month_bar_drills_into_its_spending(dashboard, window, qtbot):
    chart = dashboard.cash_flow
    index = 10
    spending = int(chart.flow.spending[index])
    point = chart.point_for(index + 0.21, 1.0)  # the right bar of the pair: spending
    qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.shell.current == "transactions"
    page = window.shell.page("transactions")
    month = chart.months()[index]
    assert page.chip.isVisible()
    assert page.chip_label.text() == f"Spending in {fmt.month(month, long=True)}"
    assert page.model.rowCount() > 0
    assert page.since.date().toPython() == month
    # Exactly the rows behind the bar, classified as the chart classifies them.
    from cmrdesk.services.overview import drill_ids, month_end, month_number

    expected = drill_ids(window.controller.ledger, month, month_end(month_number(month)),
                         flow="spending")
    assert set(page.model.ids.tolist()) == set(expected.tolist())
    rows = browse.transactions_by_id(window.controller._session, page.model.ids.tolist())
    assert all((tx.date.month == month.month and tx.amount.amount < 0) or tx.category_id
               for tx in rows.values())
    euros = -sum(tx.amount.amount for tx in rows.values() if tx.amount.currency == "EUR")
    assert euros <= Money.from_minor(spending, "EUR").amount  # foreign rows convert into the rest
    page.clear_filters()
    assert not page.chip.isVisible()
    assert page.model.rowCount() == window.controller.ledger.transactions


def test_keyboard_drills_into_a_category(dashboard, window, qtbot):
    chart = dashboard.categories
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Down)
    assert chart.index == 0
    assert chart.names[0] in dashboard.categories.parent().readout.text()
    qtbot.keyClick(chart, Qt.Key.Key_Return)
    page = window.shell.page("transactions")
    assert window.shell.current == "transactions"
    assert chart.names[0] in page.chip_label.text()
    ids = set(page.model.ids.tolist())
    expected = chart.spending.category_ids[0]
    rows = browse.transactions_by_id(window.controller._session, list(ids))
    assert {tx.category_id for tx in rows.values()} <= set(expected) | {None}
    total = -sum(tx.amount.amount for tx in rows.values() if tx.amount.currency == "EUR")
    assert abs(total - Money.from_minor(int(chart.spending.amounts[0]), "EUR").amount) < 50


def test_advice_expands_to_its_numbers_with_currencies(dashboard, qtbot):
    panel = dashboard.advice
    assert panel.items, "the demo household gets advice"
    first = panel.items[0]
    assert not first.numbers.isVisible()
    qtbot.mouseClick(first.toggle, Qt.MouseButton.LeftButton)
    assert first.numbers.isVisible()
    assert first.toggle.text() == "Hide the numbers"
    assert "EUR " not in first.detail.text()  # sentences use the locale's money format
    if panel.more is not None:
        qtbot.mouseClick(panel.more, Qt.MouseButton.LeftButton)
        assert len(panel.items) == len(dashboard.board.advice)
        assert all(item.isVisible() for item in panel.items)


def test_advice_numbers_are_never_bare():
    rows = dict(advice_numbers({"liquid": "1200.50", "months_covered": "2.3",
                                "rate_pct": "3.10", "renewal_date": "2027-01-01",
                                "latest": "12.99", "currency": "USD", "count": "3"}, "EUR"))
    assert rows["Liquid money"] == "$1,200.50"  # the item's own currency
    assert rows["Covered"] == "2.3 months"
    assert rows["Your rate"] == "3.1%"
    assert rows["Renews on"] == "Jan 1, 2027"
    assert rows["Now"] == "$12.99"
    assert "currency" not in {k.lower() for k in rows}


def test_theme_change_recolours_the_charts(dashboard, window):
    window.theme.set_choice("dark")
    try:
        assert dashboard.net_worth.palette is DARK
        assert dashboard.net_worth.backgroundBrush().color().name() == DARK.surface
    finally:
        window.theme.set_choice("light")


def test_accounts_open_their_transactions(window, qtbot):
    window.navigate("accounts")
    page = window.shell.page("accounts")
    index = page.proxy.index(0, 0)
    name = page.proxy.data(index)
    page.table.activated.emit(index)
    transactions = window.shell.page("transactions")
    assert window.shell.current == "transactions"
    assert transactions.account.currentText() == name
    assert 0 < transactions.model.rowCount() < window.controller.ledger.transactions
    transactions.model.transaction(0)  # asks for the first page...
    QCoreApplication.processEvents()  # ...which arrives through the runner
    first = transactions.model.transaction(0)
    assert first is not None and transactions.model.accounts[first.account_id] == name
    transactions.clear_filters()


def test_empty_numbers_never_show_without_currency(dashboard):
    texts = [card.figure.text() for card in dashboard.cards.values()]
    for text in texts:
        digits = any(ch.isdigit() for ch in text)
        assert not digits or any(mark in text for mark in ("€", "%", "month")), text
    assert np.all(dashboard.allocation.values != 0)


def test_this_year_is_its_own_preset_named_as_such(dashboard, window, qtbot):
    bar = dashboard.period_bar
    assert bar.buttons["ytd"].text() == "This year"
    assert bar.buttons["1y"].toolTip() == "Last 12 months"
    qtbot.mouseClick(bar.buttons["ytd"], Qt.MouseButton.LeftButton)
    assert (dashboard.board.start, dashboard.board.end) == (date(2026, 1, 1), TODAY)
    assert dashboard.cards["savings_rate"].detail.text() == "of income kept, this year"
    assert window.settings.get(PERIOD) == "ytd"
    qtbot.mouseClick(bar.buttons["1y"], Qt.MouseButton.LeftButton)
    assert dashboard.cards["savings_rate"].detail.text() == "of income kept, last 12 months"
    assert dashboard.board.start == date(2025, 11, 24)


def test_advice_that_cites_a_benchmark_dates_it_and_says_when_it_is_old(dashboard):
    items = [i for i in dashboard.advice.items if i.benchmark_note is not None]
    assert items, "the demo's advice cites a benchmark"
    # The shipped benchmarks end on 31 Oct 2025; the demo's today is 23 Nov 2026.
    for item in items:
        note = item.benchmark_note.text()
        assert "Oct 31, 2025" in note and "12 months old" in note, note
        assert "12 months old" in item.detail.text(), item.detail.text()
