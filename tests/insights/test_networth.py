"""Net worth by hand: opening balances, valuations, holdings, dated FX, groups, series."""

from datetime import date
from decimal import Decimal

import numpy as np
import pandas as pd
import pytest

from cmrdesk.domain import (
    CurrencyMismatch,
    FxRate,
    FxTable,
    Holding,
    MissingRate,
    Money,
    Price,
    Security,
    Valuation,
    currency_exponent,
    to_epoch_day,
)
from cmrdesk.insights.benchmarks import shipped_fx_rates
from cmrdesk.insights.networth import (
    account_balances,
    balance_matrix,
    native_cash_matrix,
    net_worth,
    net_worth_series,
)

from .ledgers import GROCERIES, RESTAURANTS, SALARY, TRANSFER, account, ledger

ACCOUNTS = [
    account(1, "checking", opening="100"),
    account(2, "savings"),
    account(3, "credit_card", rate="19.9"),
    account(4, "property"),
    account(5, "brokerage"),
    account(6, "checking", currency="USD"),
]


def household(**extra):
    rows = [
        (1, "2025-01-10", "2000.00", "Employer", SALARY),
        (1, "2025-01-15", "-50.25", "REWE", GROCERIES),
        (3, "2025-01-20", "-120.00", "Pizzeria", RESTAURANTS),
        (6, "2025-01-05", "100.00", "Client", SALARY),
        (1, "2025-02-05", "-120.00"),  # card payoff, unlabelled
        (3, "2025-02-06", "120.00"),
        (1, "2025-02-10", "-500.00", "To savings", TRANSFER, 8),
        (2, "2025-02-10", "500.00", "From checking", TRANSFER, 7),
    ]
    return ledger(
        rows,
        accounts=ACCOUNTS,
        today=date(2025, 3, 31),
        valuations=[
            Valuation(account_id=4, date=date(2024, 12, 31), value=Money.of("300000", "EUR")),
            Valuation(account_id=4, date=date(2025, 3, 1), value=Money.of("310000", "EUR")),
        ],
        securities=[Security(id=1, symbol="WRLD", name="World ETF", currency="EUR")],
        holdings=[Holding(account_id=5, security_id=1, quantity=Decimal("10"))],
        prices=[
            Price(security_id=1, date=date(2025, 1, 1), price=Decimal("50"), currency="EUR"),
            Price(security_id=1, date=date(2025, 2, 1), price=Decimal("55"), currency="EUR"),
        ],
        fx_rates=[
            FxRate(date=date(2025, 1, 1), base="EUR", quote="USD", rate=Decimal("1.10")),
            FxRate(date=date(2025, 2, 1), base="EUR", quote="USD", rate=Decimal("1.05")),
        ],
        **extra,
    )


def test_net_worth_on_a_day_by_hand():
    worth = net_worth(household(), date(2025, 1, 31))
    # checking 100 + 2000 - 50.25; card -120; house 300000; 10 x 50; USD 100 / 1.10 = 90.91
    assert worth.by_group == {
        "cash": Decimal("2140.66"), "savings": Decimal("0.00"), "investments": Decimal("500.00"),
        "pension": Decimal("0.00"), "property": Decimal("300000.00"),
        "debts": Decimal("-120.00"),
    }
    assert worth.total == Decimal("302520.66")
    assert worth.liquid == Decimal("2140.66")
    assert worth.illiquid == Decimal("300380.00")
    assert worth.by_kind["checking"] == Decimal("2140.66")


def test_transfers_and_new_prices_and_rates_by_the_end_of_february():
    worth = net_worth(household(), date(2025, 2, 28))
    # checking 1429.75 + USD 95.24 (1.05); savings 500; card paid off; 10 x 55
    assert worth.by_group["cash"] == Decimal("1524.99")
    assert worth.by_group["savings"] == Decimal("500.00")
    assert worth.by_group["debts"] == Decimal("0.00")
    assert worth.total == Decimal("302574.99")


def test_series_at_month_ends_and_the_end_date():
    series = net_worth_series(household(), date(2025, 1, 1), date(2025, 3, 15))
    assert [d.isoformat() for d in series.index] == ["2025-01-31", "2025-02-28", "2025-03-15"]
    assert series["total"].tolist() == [30252066, 30257499, 31257499]  # new valuation in March
    assert (series["liquid"] + series["illiquid"] == series["total"]).all()
    daily = net_worth_series(household(), date(2025, 1, 30), date(2025, 2, 2), freq="D")
    assert len(daily) == 4


def test_account_balances_native_and_base():
    table = account_balances(household(), date(2025, 1, 31)).set_index("account_id")
    assert table.loc[6, "balance_minor"] == 10000  # USD 100.00
    assert table.loc[6, "base_minor"] == 9091
    assert table.loc[5, "balance_minor"] == 50000
    assert table["base_minor"].sum() == 30252066


def test_valuation_plus_later_contributions():
    data = ledger(
        [(1, "2025-02-15", "-200", "Pension", TRANSFER, 2),
         (7, "2025-02-15", "200", "Pension", TRANSFER, 1)],
        accounts=[account(1, opening="1000"), account(7, "pension")],
        valuations=[Valuation(account_id=7, date=date(2025, 1, 31),
                              value=Money.of("10000", "EUR"))],
    )
    assert net_worth(data, date(2025, 1, 31)).by_group["pension"] == Decimal("10000.00")
    assert net_worth(data, date(2025, 2, 28)).by_group["pension"] == Decimal("10200.00")
    assert net_worth(data, date(2025, 2, 28)).total == Decimal("11000.00")


def test_holding_priced_in_another_currency_and_cost_basis_before_first_price():
    data = ledger(
        [], accounts=[account(5, "brokerage")], today=date(2025, 6, 30),
        securities=[Security(id=1, symbol="ACME", name="Acme", currency="USD")],
        holdings=[Holding(account_id=5, security_id=1, quantity=Decimal("3"),
                          cost_basis=Money.of("250", "EUR"))],
        prices=[Price(security_id=1, date=date(2025, 6, 1), price=Decimal("110"),
                      currency="USD")],
        fx_rates=[FxRate(date=date(2025, 1, 1), base="EUR", quote="USD", rate=Decimal("1.10"))],
    )
    assert net_worth(data, date(2025, 6, 30)).total == Decimal("300.00")  # 3 x 110 / 1.10
    assert net_worth(data, date(2025, 5, 1)).total == Decimal("250.00")  # cost basis


def test_valuation_in_another_currency_is_refused():
    data = ledger([], accounts=[account(4, "property")],
                  valuations=[Valuation(account_id=4, date=date(2025, 1, 1),
                                        value=Money.of("1", "USD"))])
    with pytest.raises(CurrencyMismatch):
        net_worth(data)


def test_columnar_balances_agree_with_the_domain_money_conversion():
    """The frame converts whole columns of minor units; each cell must equal converting that
    balance as one ``Money`` through the domain's ``FxTable`` with the same rates, on the same
    day, including an inverse pair (EUR->USD given, USD->EUR wanted), zero- and three-decimal
    currencies and a currency with no rate at all."""
    rates = [
        FxRate(date=date(2025, 1, 1), base="EUR", quote="USD", rate=Decimal("1.0937")),
        FxRate(date=date(2025, 2, 15), base="EUR", quote="USD", rate=Decimal("1.0871")),
        FxRate(date=date(2025, 1, 1), base="EUR", quote="JPY", rate=Decimal("157.12")),
        FxRate(date=date(2025, 1, 1), base="KWD", quote="EUR", rate=Decimal("2.9913")),
    ]
    accounts = [account(1, currency="USD", opening="0.05"), account(2, currency="JPY"),
                account(3, currency="KWD", opening="1.234")]
    rows = [(1, "2025-01-10", "123.45"), (1, "2025-02-20", "-0.17"), (2, "2025-01-12", "9999"),
            (3, "2025-02-01", "-0.001")]
    data = ledger(rows, accounts=accounts, today=date(2025, 3, 31), fx_rates=rates)
    days = [date(2024, 12, 31), date(2025, 1, 31), date(2025, 2, 14), date(2025, 2, 28)]
    epoch = np.array([to_epoch_day(day) for day in days])
    base = balance_matrix(data, epoch)
    native = native_cash_matrix(data, epoch)
    fx = FxTable(rates, shipped_fx_rates())  # the table the frame builds from the same data
    for index, acc in enumerate(accounts):
        for col, day in enumerate(days):
            exponent = currency_exponent(acc.currency)
            money = Money(Decimal(int(native[index, col])).scaleb(-exponent), acc.currency)
            assert base[index, col] == fx.convert(money, "EUR", day).minor

    # XTS is ISO 4217's code for testing: no rate for it is shipped.
    lonely = ledger([(1, "2025-01-10", "5")], accounts=[account(1, currency="XTS")],
                    today=date(2025, 3, 31), fx_rates=rates)
    # The frame does not fail on it: the account is left out of base figures, not zeroed.
    assert pd.isna(account_balances(lonely, days[-1]).loc[0, "base_minor"])
    assert [w.source for w in net_worth(lonely, days[-1]).warnings] == ["XTS"]
    with pytest.raises(MissingRate):
        fx.convert(Money.of("5", "XTS"), "EUR", days[0])
