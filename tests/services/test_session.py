"""Service API: balances at a date in the base currency, valuations, holdings, change sets."""

from datetime import date
from decimal import Decimal

import pytest

from cmrdesk.domain import (
    Account,
    AccountKind,
    FxRate,
    Holding,
    Money,
    NotFound,
    Price,
    Security,
    Transaction,
    ValidationError,
    Valuation,
)


def eur(text: str) -> Money:
    return Money.of(text, "EUR")


def test_balances_in_base_currency_at_a_date(session):
    checking = Account(name="Checking", kind=AccountKind.CHECKING, currency="EUR",
                       opening_balance=eur("100.00"))
    dollars = Account(name="Dollars", kind=AccountKind.CHECKING, currency="USD")
    house = Account(name="House", kind=AccountKind.PROPERTY, currency="EUR")
    broker = Account(name="Broker", kind=AccountKind.BROKERAGE, currency="EUR")
    change = session.add_many([checking, dollars, house, broker])
    assert change.touches("accounts") and len(change.ids) == 4
    session.add_many([
        FxRate(date=date(2024, 1, 1), base="EUR", quote="USD", rate=Decimal("1.25")),
        FxRate(date=date(2024, 7, 1), base="EUR", quote="USD", rate=Decimal("1.10")),
        Valuation(account_id=house.id, date=date(2024, 1, 1), value=eur("300000")),
        Valuation(account_id=house.id, date=date(2024, 6, 1), value=eur("310000")),
    ])
    etf = Security(symbol="VWRL", name="All-World", currency="EUR")
    session.add(etf)
    session.add_many([
        Holding(account_id=broker.id, security_id=etf.id, quantity=Decimal("10")),
        Price(security_id=etf.id, date=date(2024, 1, 1), price=Decimal("100.005"),
              currency="EUR"),
    ])
    for day, amount in ((date(2024, 2, 1), "-30.50"), (date(2024, 8, 1), "-20.00")):
        session.add_transaction(Transaction(account_id=checking.id, date=day,
                                            amount=eur(amount), payee="Shop"))
    session.add_transaction(Transaction(account_id=dollars.id, date=date(2024, 2, 1),
                                        amount=Money.of("125.00", "USD"), payee="Client"))

    march = {b.account.name: b for b in session.balances(date(2024, 3, 1))}
    assert march["Checking"].balance == eur("69.50")
    assert march["Dollars"].balance_base == eur("100.00")  # 125 USD at 1.25
    assert march["House"].balance == eur("300000")  # latest valuation on or before the date
    assert march["Broker"].balance == eur("1000.05")  # 10 x 100.005, rounded half-even
    later = {b.account.name: b for b in session.balances(date(2024, 9, 1))}
    assert later["Checking"].balance == eur("49.50")
    assert later["Dollars"].balance_base == eur("113.64")  # 125 / 1.10, half-even
    assert later["House"].balance == eur("310000")
    assert session.net_worth(date(2024, 9, 1)) == eur("49.50") + eur("113.64") + eur(
        "310000") + eur("1000.05")


def test_hand_entered_transaction_must_match_account_currency(session):
    account = Account(name="Checking", kind=AccountKind.CHECKING, currency="EUR")
    session.add(account)
    with pytest.raises(ValidationError, match="USD"):
        session.add_transaction(Transaction(account_id=account.id, date=date(2024, 1, 1),
                                            amount=Money.of("1", "USD")))


def test_profile_round_trip_and_unknown_field(session):
    session.update_profile(full_name="Ana Silva", birth_year=1990, household_adults=2)
    profile = session.profile()
    assert (profile.full_name, profile.birth_year, profile.household_adults) == (
        "Ana Silva", 1990, 2)
    with pytest.raises(ValidationError):
        session.update_profile(shoe_size=42)


def test_records_crud_and_not_found(session):
    account = Account(name="Savings", kind=AccountKind.SAVINGS, currency="EUR",
                      interest_rate="0.10")
    session.add(account)
    account.interest_rate = "2.50"
    session.update(account)
    assert session.account_named("savings").interest_rate == "2.50"
    session.delete(Account, account.id)
    with pytest.raises(NotFound):
        session.get(Account, account.id)
    with pytest.raises(ValidationError):
        session.add(Account(name=" ", kind=AccountKind.CASH, currency="EUR"))


def test_default_categories_form_a_tree(session):
    paths = session.category_path().values()
    assert "Food / Groceries" in paths and "Transfers / Card payment" in paths


def test_bulk_insert_refuses_unknown_references_and_adds_nothing(session):
    from cmrdesk.domain import TransactionBatch

    account = Account(name="Checking", kind=AccountKind.CHECKING, currency="EUR")
    session.add(account)
    batch = TransactionBatch()
    batch.append(account_id=account.id, day=date(2024, 1, 1), amount_minor=100,
                 currency="EUR")
    batch.append(account_id=account.id + 99, day=date(2024, 1, 2), amount_minor=200,
                 currency="EUR")
    with pytest.raises(ValidationError, match="account"):
        session.add_transactions(batch)
    bad_category = TransactionBatch()
    bad_category.append(account_id=account.id, day=date(2024, 1, 1), amount_minor=1,
                        currency="EUR", category_id=10_000)
    with pytest.raises(ValidationError, match="category"):
        session.add_transactions(bad_category)
    assert session.transaction_count() == 0
    with session.vault.read() as conn:  # foreign keys are back on for everything else
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1


def test_balances_agree_with_the_insights_engine(demo_vault):
    """Two implementations of one rule (SQL for speed, frames for series) must agree."""
    from cmrdesk.insights.networth import account_balances
    from cmrdesk.services.reports import ledger_data
    from cmrdesk.services.session import VaultSession
    from tests.conftest import PASSPHRASE, TODAY

    with VaultSession.open(demo_vault, PASSPHRASE) as s:
        ours = {b.account.id: (b.balance.minor, b.balance_base.minor) for b in s.balances(TODAY)}
        theirs = account_balances(ledger_data(s, TODAY), TODAY)
    for row in theirs.itertuples(index=False):
        assert ours[row.account_id] == (int(row.balance_minor), int(row.base_minor)), row.name
