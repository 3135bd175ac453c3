"""Forecast: exact for purely recurring ledgers, seasonal baseline, band, overdraft."""

import math
from datetime import date

from cmrdesk.insights.forecast import forecast

from .ledgers import RENT, SALARY, account, ledger, monthly, months

TODAY = date(2025, 6, 30)


def salary_and_rent(opening: str, salary: str = "3000", rent: str = "-1000"):
    rows = (monthly(1, 25, salary, "ACME GmbH", SALARY, months("2023-07", 24))
            + monthly(1, 1, rent, "Landlord", RENT, months("2023-07", 24)))
    return ledger(rows, accounts=[account(1, opening=opening)], today=TODAY)


def test_pure_recurring_series_forecasts_exactly():
    result = forecast(salary_and_rent("100"))
    start = 100_00 + 24 * 2000_00
    expected = [start + 2000_00 * k for k in range(1, 13)]
    assert result.total["balance"].tolist() == expected
    assert (result.total["low"] == result.total["balance"]).all()
    assert (result.total["high"] == result.total["balance"]).all()
    assert result.dates[0] == date(2025, 7, 31) and result.dates[-1] == date(2026, 6, 30)
    assert result.accounts["balance"].tolist() == expected
    assert result.overdrafts == []


def test_overdraft_names_the_first_month_below_zero():
    # Net -500 a month: 13200 opening - 24 x 500 = 1200 today, then 700, 200, -300.
    result = forecast(salary_and_rent("13200", salary="1000", rent="-1500"))
    assert result.total["balance"].tolist()[:3] == [70000, 20000, -30000]
    (warning,) = result.overdrafts
    assert warning["date"] == date(2025, 9, 30)
    assert warning["balance_minor"] == -30000
    assert warning["account_id"] == 1


def test_seasonal_baseline_and_a_band_that_widens_with_the_square_root_of_time():
    # December presents vary too much to be recurring: -200, -300, -400 -> baseline -300.
    rows = [(1, "2022-12-10", "-200", "Toy shop"), (1, "2023-12-10", "-300", "Toy shop"),
            (1, "2024-12-10", "-400", "Toy shop")]
    result = forecast(ledger(rows, accounts=[account(1, opening="5000")], today=TODAY))
    balance = result.total["balance"].tolist()
    today_balance = 5000_00 - 900_00
    assert balance[:5] == [today_balance] * 5  # July to November
    assert balance[5] == today_balance - 300_00  # December
    width = (result.total["high"] - result.total["balance"]).tolist()
    assert width[0] > 0
    horizon = [(d - TODAY).days for d in result.dates]
    assert math.isclose(width[11] / width[2], math.sqrt(horizon[11] / horizon[2]), rel_tol=0.01)
