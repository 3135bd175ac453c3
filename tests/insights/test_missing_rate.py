"""An account in a currency with no exchange rate to the base: shown in its own currency, left
out of every base total (never counted as zero), and named by a typed warning."""

from datetime import date
from decimal import Decimal

import numpy as np
import pandas as pd
import pytest

from cmrdesk.domain import FxRate, FxTable, MissingRate
from cmrdesk.domain.fx import MissingRateWarning, missing_rate_warnings
from cmrdesk.insights import (
    account_balances,
    advise,
    build_frame,
    build_report,
    cash_flow_totals,
    forecast,
    net_worth,
    shipped_fx_rates,
    spending_by_category,
)
from cmrdesk.insights.networth import balance_matrix, net_worth_series

from .ledgers import GROCERIES, SALARY, STREAMING, TODAY, account, ledger, monthly, months

AUD_RATE = FxRate(date=date(2025, 1, 1), base="AUD", quote="EUR", rate=Decimal("0.60"))


def household(*fx_rates: FxRate):
    """A EUR checking account and an AUD one, both with income and spending in 2025."""
    accounts = [account(1, opening="1000"), account(2, currency="AUD", opening="500",
                                                   name="Suncorp")]
    rows = [
        (1, "2025-05-01", "2000", "ACME", SALARY),
        (1, "2025-05-03", "-100", "Shop", GROCERIES),
        (2, "2025-05-02", "300", "Employer AU", SALARY),
        (2, "2025-05-04", "-50", "Aldi", GROCERIES),
    ]
    return ledger(rows, accounts=accounts, fx_rates=list(fx_rates))


def test_the_domain_names_the_missing_pair():
    fx = FxTable([AUD_RATE])
    assert fx.has_rate("AUD", "EUR") and fx.has_rate("EUR", "AUD") and fx.has_rate("EUR", "EUR")
    assert not fx.has_rate("NZD", "EUR")
    warning = MissingRateWarning("NZD", "EUR", ("Kiwi", "Kiwi savings"))
    assert str(warning) == ("no exchange rate NZD→EUR: 2 accounts left out of totals; key in "
                            "or import a rate")
    assert warning.as_json()["accounts"] == ["Kiwi", "Kiwi savings"]
    [one] = missing_rate_warnings([account(1), account(2, currency="NZD", name="Kiwi")],
                                  "EUR", fx)
    assert (one.source, one.target, one.accounts) == ("NZD", "EUR", ("Kiwi",))
    assert "1 account left out" in one.message
    with pytest.raises(MissingRate):  # a single conversion still refuses: no guessing
        fx.rate("NZD", "EUR", date(2025, 1, 1))


def test_balances_keep_their_own_currency_and_have_no_base_value():
    table = account_balances(household()).set_index("name")
    assert table.loc["Suncorp", "balance_minor"] == 75000  # 500 + 300 - 50 AUD
    assert pd.isna(table.loc["Suncorp", "base_minor"])  # unknown, not zero
    assert table.loc["checking 1", "base_minor"] == 290000


def test_net_worth_leaves_the_account_out_and_says_which_figures_are_partial():
    worth = net_worth(household())
    assert worth.total == Decimal("2900.00")  # the EUR account alone
    assert worth.by_group["cash"] == Decimal("2900.00")
    assert [w.source for w in worth.warnings] == ["AUD"]
    assert worth.warnings[0].accounts == ("Suncorp",)
    assert {"total", "liquid", "cash", "checking"} <= worth.partial
    assert "debts" not in worth.partial and "illiquid" not in worth.partial
    series = net_worth_series(household(), date(2025, 4, 1), TODAY)
    assert int(series["total"].iloc[-1]) == 290000


def test_cash_flow_and_spending_leave_the_rows_out():
    flows = cash_flow_totals(household(), date(2025, 5, 1), date(2025, 5, 31))
    assert (flows.income, flows.spending) == (200000, 10000)  # EUR rows only
    by_category = spending_by_category(household(), date(2025, 5, 1), date(2025, 5, 31))
    assert by_category["amount_minor"].tolist() == [10000]


def test_with_a_rate_the_account_is_converted_and_counted():
    data = household(AUD_RATE)
    table = account_balances(data).set_index("name")
    assert table.loc["Suncorp", "base_minor"] == 45000  # 750 AUD x 0.60
    worth = net_worth(data)
    assert worth.total == Decimal("3350.00") and worth.warnings == () and not worth.partial
    flows = cash_flow_totals(data, date(2025, 5, 1), date(2025, 5, 31))
    assert (flows.income, flows.spending) == (200000 + 18000, 10000 + 3000)


def test_the_report_forecast_and_advice_do_not_fail():
    data = household()
    frame = build_frame(data, shipped_fx_rates())
    matrix = balance_matrix(frame, np.array([frame.today]))
    assert matrix[1, 0] == 0 and not frame.acc_known[1]  # left out of sums, flagged unknown
    result = forecast(frame)
    assert len(result.total) == 12
    assert result.accounts[result.accounts["account_id"] == 2]["balance"].iloc[0] >= 75000
    advise(frame)
    report = build_report(data)
    assert [w["message"] for w in report["warnings"]] == [
        "no exchange rate AUD→EUR: 1 account left out of totals; key in or import a rate"]
    suncorp = next(a for a in report["net_worth"]["accounts"] if a["name"] == "Suncorp")
    assert (suncorp["balance"], suncorp["balance_base"]) == ("750.00", None)
    assert report["net_worth"]["total"] == "2900.00"
    assert build_report(household(AUD_RATE))["warnings"] == []


def test_a_foreign_subscription_does_not_silence_advice_about_the_others():
    """A price rise in AUD cannot be valued in EUR; the EUR one is still reported."""
    rows = (monthly(1, 3, "-12.99", "Netflix", STREAMING, months("2024-12", 5))
            + monthly(1, 3, "-15.99", "Netflix", STREAMING, months("2025-05", 2))
            + monthly(2, 5, "-20.00", "Stan", STREAMING, months("2024-12", 5))
            + monthly(2, 5, "-25.00", "Stan", STREAMING, months("2025-05", 2)))
    data = ledger(rows, accounts=[account(1), account(2, currency="AUD")])
    found = advise(data, only={"subscription_price_up", "subscription_overlap"})
    assert [a.title for a in found] == ["'Netflix' went up by 23.1%"]
    with_rate = ledger(rows, accounts=[account(1), account(2, currency="AUD")],
                       fx_rates=[AUD_RATE])
    titles = {a.title for a in advise(with_rate, only={"subscription_price_up"})}
    assert titles == {"'Netflix' went up by 23.1%", "'Stan' went up by 25%"}
