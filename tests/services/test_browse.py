"""Browsing transactions: SQL filters and typed sort orders, rows by id, totals."""

from datetime import date

import numpy as np
import pytest

from cmrdesk.domain import Account, AccountKind, Money, Transaction
from cmrdesk.services import browse
from cmrdesk.services.browse import TransactionFilter as F


@pytest.fixture
def small(session):
    """Three accounts (one in JPY), a handful of rows with categories."""
    accounts = {}
    for name, currency in (("Checking", "EUR"), ("Yen", "JPY"), ("aardvark", "EUR")):
        account = Account(name=name, kind=AccountKind.CHECKING, currency=currency)
        session.add(account)
        accounts[name] = account.id
    cats = {c.name: c.id for c in session.categories()}
    rows = [
        ("Checking", date(2025, 1, 5), "-12.50", "Albert Heijn", "weekly shop", cats["Groceries"]),
        ("Checking", date(2025, 2, 1), "3000.00", "ACME BV", "salary", cats["Salary"]),
        ("Yen", date(2025, 1, 20), "-500", "Lawson", "", cats["Groceries"]),
        ("aardvark", date(2025, 3, 3), "-100.00", "bakery_50%", "", None),
        ("Checking", date(2025, 3, 4), "-4.99", "Spotify", "", cats["Subscriptions"]),
    ]
    for account, day, amount, payee, memo, category in rows:
        currency = "JPY" if account == "Yen" else "EUR"
        session.add_transaction(Transaction(
            account_id=accounts[account], date=day, amount=Money.of(amount, currency),
            payee=payee, memo=memo, category_id=category,
        ))
    return session, accounts, cats


def payees(session, ids):
    rows = browse.transactions_by_id(session, ids.tolist())
    return [rows[i].payee for i in ids.tolist()]


def test_default_order_is_newest_first(small):
    session, _, _ = small
    ids = browse.sorted_ids(session, F())
    assert payees(session, ids) == ["Spotify", "bakery_50%", "ACME BV", "Lawson", "Albert Heijn"]


def test_amount_sorts_by_value_across_currency_exponents(small):
    session, _, _ = small
    ids = browse.sorted_ids(session, F(), "amount", descending=False)
    # JPY 500 is 500 units; EUR -100.00 is 10000 cents: scaled, -500 < -100 < -12.50.
    assert payees(session, ids) == ["Lawson", "bakery_50%", "Albert Heijn", "Spotify", "ACME BV"]


def test_account_and_category_sort_by_name(small):
    session, _, _ = small
    by_account = payees(session, browse.sorted_ids(session, F(), "account", descending=False))
    assert by_account[0] == "bakery_50%"  # "aardvark" first, case-insensitively
    by_category = payees(session, browse.sorted_ids(session, F(), "category", descending=False))
    # Uncategorised first, then "Bills / Subscriptions" < "Food / Groceries" < "Income / Salary".
    assert by_category == ["bakery_50%", "Spotify", "Albert Heijn", "Lawson", "ACME BV"]
    with pytest.raises(ValueError):
        browse.sorted_ids(session, F(), "colour")


def test_filters(small):
    session, accounts, cats = small
    assert payees(session, browse.sorted_ids(session, F(text="BAKERY_5"))) == ["bakery_50%"]
    assert payees(session, browse.sorted_ids(session, F(text="%"))) == ["bakery_50%"]
    assert payees(session, browse.sorted_ids(session, F(text="weekly"))) == ["Albert Heijn"]
    jan = F(since=date(2025, 1, 1), until=date(2025, 1, 31))
    assert set(payees(session, browse.sorted_ids(session, jan))) == {"Albert Heijn", "Lawson"}
    yen = F(account_ids=(accounts["Yen"],))
    assert payees(session, browse.sorted_ids(session, yen)) == ["Lawson"]
    food = F(category_ids=(cats["Food"],))  # the parent selects its children
    assert set(payees(session, browse.sorted_ids(session, food))) == {"Albert Heijn", "Lawson"}
    none = F(category_ids=(browse.UNCATEGORISED,))
    assert payees(session, browse.sorted_ids(session, none)) == ["bakery_50%"]
    picked = browse.sorted_ids(session, F())[:2]
    assert set(browse.sorted_ids(session, F(ids=picked)).tolist()) == set(picked.tolist())
    assert browse.sorted_ids(session, F(ids=np.array([], dtype=np.int64))).size == 0


def test_totals_per_currency(small):
    session, _, _ = small
    totals = browse.totals(session, F())
    assert totals.count == 5
    assert set(totals.sums) == {Money.of("2882.51", "EUR"), Money.of("-500", "JPY")}
    assert browse.totals(session, F(text="nothing like this")).count == 0
    assert F().is_empty and not F(text="x").is_empty
