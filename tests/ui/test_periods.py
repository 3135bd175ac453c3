"""Figures that say what they mean: one savings rate in four places, the pay day, raises."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

from cmrdesk.cli.main import main
from cmrdesk.domain import Money
from cmrdesk.services.catalogue import build_catalogue
from cmrdesk.services.demo import populate_demo
from cmrdesk.services.overview import RecurringRow
from cmrdesk.services.session import VaultSession
from cmrdesk.ui import fmt
from cmrdesk.ui.pages.insights import MonthRow, recurring_columns
from tests.conftest import PASSPHRASE, TEST_PARAMS, TODAY
from tests.ui.conftest import unlock


def test_one_savings_rate_on_dashboard_insights_share_field_and_report(
    make_window, demo_vault: Path, capsys, monkeypatch
):
    with VaultSession.open(demo_vault, PASSPHRASE, read_only=True) as s:
        catalogue = build_catalogue(s, today=TODAY)
    start, end = catalogue.period  # the last 12 complete months
    assert (start, end) == (date(2025, 11, 1), date(2026, 10, 31))
    field = catalogue["savings.rate"]
    assert field.known and field.unit == "%"
    assert "over the last 12 complete months" in field.label

    monkeypatch.setenv("CMRDESK_PASSPHRASE", PASSPHRASE)
    assert main(["report", "--vault", str(demo_vault), "--from", start.isoformat(),
                 "--to", end.isoformat(), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["period"] == {"start": start.isoformat(), "end": end.isoformat()}

    window = make_window()
    unlock(window, demo_vault)
    window.choose_period((start, end))
    dashboard = window.shell.page("dashboard")
    insights = window.shell.page("insights")
    shown = dashboard.cards["savings_rate"].figure.text()

    exact = Decimal(report["savings_rate"])
    assert dashboard.board.headline.savings_rate == exact
    assert (exact * 100).quantize(Decimal("0.1")) == field.value
    assert shown == fmt.percent(exact) == fmt.percent(field.value / 100)
    assert f": {shown}." in insights.months_card.note.text()


def test_on_the_6th_the_month_waits_for_the_salary(make_window, tmp_path: Path):
    sixth = date(2026, 11, 6)
    path = tmp_path / "sixth.cmrdesk"
    with VaultSession.create(path, PASSPHRASE, params=TEST_PARAMS) as s:
        populate_demo(s, transactions=2000, end=sixth)
    window = make_window()
    window.controller.today = sixth
    unlock(window, path)
    window.choose_period("1y")
    dashboard = window.shell.page("dashboard")
    h = dashboard.board.headline
    assert h.month_spending.amount > h.month_income.amount  # rent paid, salary not yet in
    card = dashboard.cards["spending"]
    assert card.detail.text() == "Salary usually arrives on the 25th"
    assert card.detail.property("role") == "muted"
    assert "more than came in" not in card.detail.text()


def test_a_raise_is_labelled_raise_and_a_dearer_payment_price_up():
    def row(amount: str, *, price_up: bool = False, raised: bool = False) -> RecurringRow:
        money = Money.of(amount, "EUR")
        return RecurringRow("Payer", "Checking", "monthly", money, money, None, False,
                            price_up, raised)

    note = recurring_columns()[-1]
    assert note.text(row("3200", raised=True)) == "raise"
    assert note.text(row("-15.99", price_up=True)) == "price up"
    assert note.tone(row("3200", raised=True)) == "positive"


def test_month_rows_say_when_the_period_covers_part_of_a_month():
    eur = Money.of("0", "EUR")
    first = MonthRow(date(2025, 11, 1), eur, eur, date(2025, 11, 24), date(2025, 11, 30))
    last = MonthRow(date(2026, 11, 1), eur, eur, date(2026, 11, 1), date(2026, 11, 23))
    whole = MonthRow(date(2026, 5, 1), eur, eur, date(2026, 5, 1), date(2026, 5, 31))
    assert first.label == "Nov 2025 (from the 24th)"
    assert last.label == "Nov 2026 (to the 23rd)"
    assert whole.label == "May 2026"
    assert whole.rate is None  # no income: no rate, never 0


def test_insights_tables_fit_their_headers_at_1280(make_window, demo_vault: Path, qtbot):
    window = make_window()
    window.resize(1280, 800)
    unlock(window, demo_vault)
    window.choose_period("1y")
    window.navigate("insights")
    page = window.shell.page("insights")
    qtbot.waitUntil(lambda: page.months_table.isVisible())
    for table in (page.months_table, page.benchmarks_table, page.payees_table):
        header = table.horizontalHeader()
        for column in range(header.count()):
            assert header.sectionSize(column) >= header.sectionSizeHint(column), (
                table.accessibleName(), column)
        assert not table.horizontalScrollBar().isVisible(), table.accessibleName()
    assert page.months.rowCount() == 13  # 24 Nov 2025 to 23 Nov 2026
    assert page.benchmarks.rowCount() >= 4
    assert page.benchmarks_warning.isVisible()
