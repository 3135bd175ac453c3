"""The dashboard's figures: periods, aggregates that match the insights, drill-down ids."""

from datetime import date

import numpy as np
import pytest

from cmrdesk.domain import NET_WORTH_GROUPS
from cmrdesk.insights import cash_flow_totals, monthly_cash_flow, net_worth
from cmrdesk.services import overview
from cmrdesk.services.session import VaultSession
from tests.conftest import PASSPHRASE, TODAY


@pytest.fixture(scope="module")
def ledger(demo_vault):
    with VaultSession.open(demo_vault, PASSPHRASE, read_only=True) as s:
        return overview.load_ledger(s, today=TODAY)


def test_periods_mean_what_they_say(ledger):
    # Today is 23 Nov 2026: the last 12 months start on 24 Nov 2025 (not 1 January, not
    # 1 December), this year on 1 January.
    assert overview.period_range("3m", ledger) == (date(2026, 8, 24), TODAY)
    assert overview.period_range("1y", ledger) == (date(2025, 11, 24), TODAY)
    assert overview.period_range("5y", ledger) == (date(2021, 11, 24), TODAY)
    assert overview.period_range("ytd", ledger) == (date(2026, 1, 1), TODAY)
    start, end = overview.period_range("all", ledger)
    assert start.day == 1 and start <= ledger.first_day and end == TODAY
    with pytest.raises(ValueError):
        overview.period_range("2w", ledger)


def test_figures_agree_with_the_insights_package(ledger):
    start, end = overview.period_range("1y", ledger)
    board = overview.dashboard(ledger, start, end)
    worth = net_worth(ledger.frame, end)
    assert board.headline.net_worth.amount == worth.total
    assert board.headline.liquid.amount == worth.liquid
    table = monthly_cash_flow(ledger.frame, start, end)
    assert board.flow.income.tolist() == table["income"].tolist()
    assert board.flow.spending.tolist() == table["spending"].tolist()
    assert len(board.flow.months) == 13  # Nov 2025 from the 24th to Nov 2026 to the 23rd
    totals = cash_flow_totals(ledger.frame, start, end)
    assert board.headline.savings_rate == totals.savings_rate
    # Foreign rows are rounded once per group, so the parts may differ by a cent each.
    assert abs(board.categories.amounts.sum() - totals.spending) <= len(board.categories.names)
    stacked = sum(board.history.groups[g] for g in NET_WORTH_GROUPS)
    assert np.array_equal(stacked, board.history.total)
    assert board.allocation.values.sum() == board.history.total[-1]
    assert len(board.forecast.days) == 12
    assert (board.forecast.low <= board.forecast.balance).all()
    assert board.advice, "the demo household has something to act on"


def test_history_starts_the_day_before_the_period_and_change_is_end_minus_start(ledger):
    board = overview.dashboard(ledger, date(2026, 9, 1), TODAY)
    assert board.history.days[0] == overview.to_epoch_day(date(2026, 8, 31))
    assert len(board.history.days) == (TODAY - date(2026, 8, 31)).days + 1  # daily when short
    change = int(board.history.total[-1] - board.history.total[0])
    assert board.headline.change.minor == change
    longer = overview.dashboard(ledger, date(2020, 1, 1), TODAY)
    assert len(longer.history.days) < 100  # month ends when long


def test_other_gathers_the_small_categories(ledger):
    board = overview.dashboard(ledger, *overview.period_range("all", ledger))
    cats = board.categories
    assert len(cats.names) == overview.TOP_CATEGORIES + 1 and cats.names[-1] == "Other"
    assert len(cats.category_ids[-1]) > 1
    assert list(cats.amounts[:-1]) == sorted(cats.amounts[:-1], reverse=True)


def test_drill_ids_add_up_to_the_bar(ledger):
    start, end = overview.period_range("1y", ledger)
    board = overview.dashboard(ledger, start, end)
    frame = ledger.frame
    month = int(board.flow.months[-2])
    m_start, m_end = overview.month_start(month), overview.month_end(month)
    ids = overview.drill_ids(ledger, m_start, m_end, flow="spending")
    rows = np.isin(frame.ids, ids)
    assert rows.sum() == len(ids) > 0
    assert -frame.base_total(np.flatnonzero(rows)) == board.flow.spending[-2]
    top = board.categories.category_ids[0]
    ids = overview.drill_ids(ledger, start, end, flow="spending", category_ids=top)
    assert -frame.base_total(np.flatnonzero(np.isin(frame.ids, ids))) == board.categories.amounts[0]
    with pytest.raises(ValueError):
        overview.drill_ids(ledger, start, end, flow="sideways")


def test_this_month_waits_for_the_usual_pay_day(ledger):
    # The demo's salaries arrive on the 24th and the 25th; today is the 23rd.
    h = overview.dashboard(ledger, *overview.period_range("1y", ledger)).headline
    assert (h.pay_day, h.pay_day_payer, h.before_pay_day) == (25, "Acme BV", True)
    past = overview.dashboard(ledger, date(2026, 1, 1), date(2026, 10, 31)).headline
    assert past.pay_day == 25 and not past.before_pay_day  # a month that is over is over


def test_benchmark_rows_are_dated_and_aged(ledger):
    rows = {r.kind: r for r in overview.benchmark_rows(ledger)}
    assert rows["savings"].date == date(2025, 10, 31)
    assert rows["savings"].stale and rows["savings"].age_months == 12  # on 23 Nov 2026
    assert all(r.source and r.file for r in rows.values())


def test_a_raise_is_not_a_price_rise(ledger):
    rows = overview.recurring_rows(ledger)
    assert not any(r.price_up and r.amount.amount > 0 for r in rows)
    assert not any(r.raised and r.amount.amount < 0 for r in rows)
