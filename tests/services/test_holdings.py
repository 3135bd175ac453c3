"""The Holdings view's figures, checked by hand: quantity × the latest price on or before the
day, cost, gain, share; a holding without a price is unknown and left out of the totals."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from cmrdesk.domain import Account, AccountKind, FxRate, Money
from cmrdesk.services import records
from cmrdesk.services.editing import apply
from cmrdesk.services.holdings import holdings_table, security_prices

DAY = date(2026, 11, 23)


@pytest.fixture
def broker(session):
    return apply(session, records.new_account(session, Account(
        name="DEGIRO", kind=AccountKind.BROKERAGE, currency="EUR"))).result


def hold(session, account, symbol, quantity, cost=None, currency="EUR"):
    apply(session, records.set_holding(
        session, account.id, symbol, Decimal(quantity),
        cost=Money.of(cost, currency) if cost else None,
        details=records.SecurityDetails(currency=currency)))


def price(session, symbol, day, value, currency="EUR"):
    apply(session, records.add_price(session, symbol, day, Decimal(value), currency))


def test_value_cost_gain_and_share_by_hand(session, broker):
    hold(session, broker, "VWRL", "210", cost="11000.00")
    hold(session, broker, "ASML", "14", cost="9000.00")
    price(session, "VWRL", date(2026, 10, 1), "100.00")
    price(session, "VWRL", date(2026, 11, 1), "110.50")
    price(session, "VWRL", date(2026, 12, 1), "999.00")  # after the day: not used
    price(session, "ASML", date(2026, 11, 20), "640.10")
    table = holdings_table(session, broker.id, DAY)
    rows = {r.security.symbol: r for r in table.rows}
    vwrl, asml = rows["VWRL"], rows["ASML"]
    assert vwrl.price.date == date(2026, 11, 1)
    assert vwrl.value == Money.of("23205.00", "EUR")  # 210 × 110.50
    assert vwrl.gain == Money.of("12205.00", "EUR")  # 23,205 - 11,000
    assert vwrl.gain_ratio == Decimal("12205.00") / Decimal("11000.00")
    assert asml.value == Money.of("8961.40", "EUR")  # 14 × 640.10
    assert asml.gain == Money.of("-38.60", "EUR")
    assert table.value == Money.of("32166.40", "EUR")
    assert vwrl.share == Decimal("23205.00") / Decimal("32166.40")
    assert table.cost == Money.of("20000.00", "EUR")
    assert table.gain == Money.of("12166.40", "EUR")
    assert table.unpriced == [] and table.without_cost == []
    # The Accounts page counts the same value for the account.
    (balance,) = [b for b in session.balances(DAY) if b.account.id == broker.id]
    assert balance.balance == table.value


def test_a_holding_without_a_price_is_unknown_not_zero(session, broker):
    hold(session, broker, "VWRL", "10")
    hold(session, broker, "NEWCO", "5", cost="100.00")
    price(session, "VWRL", date(2026, 11, 1), "110.00")
    table = holdings_table(session, broker.id, DAY)
    rows = {r.security.symbol: r for r in table.rows}
    assert rows["NEWCO"].price is None and rows["NEWCO"].value is None
    assert rows["NEWCO"].gain is None and rows["NEWCO"].share is None
    assert table.unpriced == ["NEWCO"]
    assert table.value == Money.of("1100.00", "EUR")
    assert rows["VWRL"].share == Decimal(1)
    assert table.cost is None and table.gain is None  # the valued one has no cost
    assert table.without_cost == ["VWRL"]


def test_other_currencies_count_at_the_exchange_rate(session, broker):
    session.add(FxRate(date=date(2026, 11, 1), base="EUR", quote="USD", rate=Decimal("1.25")))
    hold(session, broker, "AAPL", "10", cost="1000.00", currency="USD")
    price(session, "AAPL", date(2026, 11, 2), "150.00", "USD")
    table = holdings_table(session, None, DAY)
    (row,) = table.rows
    assert row.value == Money.of("1500.00", "USD")
    assert row.value_base == Money.of("1200.00", "EUR")
    assert row.gain == Money.of("500.00", "USD")
    assert table.cost == Money.of("800.00", "EUR") and table.gain == Money.of("400.00", "EUR")


def test_prices_newest_first(session, broker):
    price(session, "VWRL", date(2026, 10, 1), "100")
    price(session, "VWRL", date(2026, 11, 1), "110")
    security, prices = security_prices(session, "vwrl")
    assert security.symbol == "VWRL"
    assert [p.date for p in prices] == [date(2026, 11, 1), date(2026, 10, 1)]
    assert security_prices(session, "NONE") == (None, [])
