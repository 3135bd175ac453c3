"""Cash flow by hand: income, spending, saving, transfers excluded, refunds, FX, rates."""

from datetime import date
from decimal import Decimal

from cmrdesk.domain import FxRate
from cmrdesk.insights.cashflow import (
    average_monthly_spending,
    cash_flow_totals,
    last_months,
    monthly_cash_flow,
    period_savings_rate,
    resolve_range,
    savings_rate,
    spending_by_category,
    spending_by_payee,
    this_year,
)
from cmrdesk.insights.frames import as_frame

from .ledgers import (
    GROCERIES,
    INTEREST,
    RENT,
    RESTAURANTS,
    SALARY,
    TRANSFER,
    account,
    ledger,
)

ACCOUNTS = [account(1), account(2, "savings"), account(3, "credit_card")]


def two_months():
    return ledger(
        [
            (1, "2025-01-25", "3000.00", "Employer", SALARY),
            (1, "2025-01-03", "-200.00", "REWE", GROCERIES),
            (1, "2025-01-04", "-100.00", "Pizzeria", RESTAURANTS),
            (3, "2025-01-06", "-300.00", "EDEKA", GROCERIES),
            (1, "2025-01-28", "-300.00", "CARD PAYMENT"),  # detected: card payoff
            (3, "2025-01-30", "300.00", "PAYMENT THANK YOU"),
            (1, "2025-01-26", "-500.00", "Savings", None, 8),  # labelled by transfer_id
            (2, "2025-01-26", "500.00", "Savings", None, 7),
            (1, "2025-01-12", "20.00", "REWE", GROCERIES),  # refund lowers spending
            (2, "2025-01-31", "1.50", "Bank", INTEREST),
            (1, "2025-01-15", "-40.00", "Kiosk"),  # uncategorised, no partner: spending
            (1, "2025-01-16", "10.00", "Friend"),  # uncategorised, money in: income
            (2, "2025-01-20", "-75.00", "Move", TRANSFER),  # transfer category, no partner
            (1, "2025-02-25", "3000.00", "Employer", SALARY),
            (1, "2025-02-01", "-1000.00", "Landlord", RENT),
        ],
        accounts=ACCOUNTS,
        today=date(2025, 2, 28),
    )


def test_monthly_income_spending_saving_by_hand():
    table = monthly_cash_flow(two_months(), date(2025, 1, 1), date(2025, 2, 28))
    assert table.index.tolist() == ["2025-01", "2025-02"]
    assert table["income"].tolist() == [301150, 300000]
    assert table["spending"].tolist() == [62000, 100000]
    assert table["saving"].tolist() == [239150, 200000]


def test_totals_and_savings_rate():
    totals = cash_flow_totals(two_months(), date(2025, 1, 1), date(2025, 2, 28))
    assert (totals.income, totals.spending, totals.saving) == (601150, 162000, 439150)
    assert totals.savings_rate == Decimal("0.7305")  # 4391.50 / 6011.50
    assert savings_rate(0, 100) is None
    assert savings_rate(1000, -500) == Decimal("-0.5000")


def test_default_range_is_the_rolling_twelve_months():
    # Today is 28 Feb 2025: the last 12 months are 29 Feb 2024 to 28 Feb 2025 (not 1 March, and
    # not 1 January to today), so February 2024 is in the table with its last day.
    assert resolve_range(as_frame(two_months()), None, None) == (date(2024, 2, 29),
                                                                 date(2025, 2, 28))
    table = monthly_cash_flow(two_months())
    assert table.index[0] == "2024-02" and table.index[-1] == "2025-02"
    assert cash_flow_totals(two_months()) == cash_flow_totals(
        two_months(), date(2024, 2, 29), date(2025, 2, 28))


def test_last_months_and_this_year_mean_what_they_say():
    assert last_months(date(2026, 12, 6), 12) == (date(2025, 12, 7), date(2026, 12, 6))
    assert last_months(date(2026, 12, 6), 3) == (date(2026, 9, 7), date(2026, 12, 6))
    assert last_months(date(2026, 3, 31), 1) == (date(2026, 3, 1), date(2026, 3, 31))
    assert this_year(date(2026, 12, 6)) == (date(2026, 1, 1), date(2026, 12, 6))


def test_period_savings_rate_is_the_totals_rate():
    data = two_months()
    assert period_savings_rate(data, date(2025, 1, 1), date(2025, 2, 28)) == Decimal("0.7305")


def test_spending_by_category_and_payee():
    data = two_months()
    table = spending_by_category(data, date(2025, 1, 1), date(2025, 2, 28))
    assert dict(zip(table["name"], table["amount_minor"], strict=True)) == {
        "Rent": 100000, "Groceries": 48000, "Restaurants": 10000, "Uncategorised": 4000,
    }
    payees = spending_by_payee(data, date(2025, 1, 1), date(2025, 2, 28), top=2)
    assert payees["payee"].tolist() == ["Landlord", "EDEKA"]
    assert payees["count"].tolist() == [1, 1]


def test_foreign_spending_converts_at_each_months_rate():
    data = ledger(
        [(2, "2025-01-10", "-125", "Shop", GROCERIES), (2, "2025-02-10", "-105", "Shop",
                                                         GROCERIES)],
        accounts=[account(1), account(2, currency="USD")],
        today=date(2025, 2, 28),
        fx_rates=[
            FxRate(date=date(2025, 1, 1), base="EUR", quote="USD", rate=Decimal("1.10")),
            FxRate(date=date(2025, 1, 20), base="EUR", quote="USD", rate=Decimal("1.25")),
            FxRate(date=date(2025, 2, 1), base="EUR", quote="USD", rate=Decimal("1.05")),
        ],
    )
    table = monthly_cash_flow(data, date(2025, 1, 1), date(2025, 2, 28))
    assert table["spending"].tolist() == [10000, 10000]


def test_average_essential_spending_over_full_months():
    data = ledger(
        [(1, f"2025-0{m}-01", "-900", "Landlord", RENT) for m in range(1, 7)]
        + [(1, f"2025-0{m}-02", "-300", "Pizzeria", RESTAURANTS) for m in range(1, 7)],
        today=date(2025, 6, 30),
    )
    # Full months before June: Jan-May; over 3 months: Mar-May.
    assert average_monthly_spending(data, 3, essential_only=True) == 90000
    assert average_monthly_spending(data, 3) == 120000
    assert average_monthly_spending(data, 6) == 100000  # Dec had nothing
