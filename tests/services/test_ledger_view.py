"""What the Transactions page reads besides rows: amount searches (either sign, one or
several numbers of decimals), split and reconciled filters, the first page of a list, running
balances, and suggestions as columns."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from cmrdesk.domain import Account, AccountKind, Money, Transaction
from cmrdesk.services import ledger_view, records, splits
from cmrdesk.services.browse import TransactionFilter, sorted_ids, totals
from cmrdesk.services.editing import apply


@pytest.fixture
def booked(session):
    """A EUR and a JPY account with a few signed amounts each."""
    eur = apply(session, records.new_account(session, Account(
        name="Everyday", kind=AccountKind.CHECKING, currency="EUR",
        opening_balance=Money.of("100", "EUR"), opened_on=date(2026, 1, 1)))).result
    jpy = apply(session, records.new_account(session, Account(
        name="Tokyo", kind=AccountKind.CHECKING, currency="JPY"))).result
    ids = {}
    for account, currency, amounts in ((eur, "EUR", ("-42.10", "-10.00", "15.50", "-250.00")),
                                       (jpy, "JPY", ("-42", "1500"))):
        for n, amount in enumerate(amounts, start=1):
            tx = Transaction(account_id=account.id, date=date(2026, 3, n),
                             amount=Money.of(amount, currency), payee=f"P{amount}")
            made = apply(session, records.new_transaction(session, tx)).result
            ids[(currency, amount)] = made[0] if isinstance(made, list) else made
    return session, eur, jpy, ids


def found(session, **fields):
    return totals(session, TransactionFilter(**fields)).count


def test_amount_bounds_with_either_sign_and_mixed_decimals(booked):
    session, _eur, _jpy, _ids = booked
    assert found(session, amount_min=Decimal(42), amount_max=Decimal("42.10"),
                 amount_magnitude=True) == 2  # -42.10 EUR and -42 JPY
    assert found(session, amount_min=Decimal("-42.10"), amount_max=Decimal("-42.10")) == 1
    assert found(session, amount_min=Decimal(100), amount_magnitude=True) == 2  # 250, 1500
    assert found(session, amount_max=Decimal(0)) == 4
    assert found(session, amount_min=Decimal("10.001"), amount_max=Decimal("15.5"),
                 amount_magnitude=True) == 1  # 15.50; 10.00 is below the bound


def test_single_currency_vault_compares_minor_units(booked):
    session, _eur, jpy, ids = booked
    apply(session, records.remove_transactions(session, [ids[("JPY", "-42")],
                                                         ids[("JPY", "1500")]]))
    apply(session, records.remove_account(session, jpy.id))
    assert found(session, amount_min=Decimal("10.001"), amount_max=Decimal("15.5"),
                 amount_magnitude=True) == 1
    assert found(session, amount_min=Decimal(-300), amount_max=Decimal("-42.10")) == 2


def test_split_and_reconciled_filters(booked):
    session, eur, _jpy, ids = booked
    line = ids[("EUR", "-250.00")]
    apply(session, splits.split(session, line, [
        splits.SplitPart(Money.of("-200", "EUR")), splits.SplitPart(Money.of("-50", "EUR"))]))
    assert found(session, split=True) == 1
    assert found(session, needs_review=True) == 5  # the split line is not "to review"
    day = date(2026, 3, 31)
    state = splits.reconcile_state(session, eur.id, day, Money.of("0", "EUR"), [])
    ticked = [ids[("EUR", "15.50")]]
    balance = state.cleared + Money.of("15.50", "EUR")
    apply(session, splits.reconcile(session, eur.id, day, balance, ticked))
    assert found(session, reconciled=True) == 1 and found(session, reconciled=False) == 5
    rows, total = ledger_view.reconcile_candidates(session, eur.id, day)
    assert total == 3 and ticked[0] not in [t.id for t in rows]


def test_first_page_is_the_head_of_the_whole_list(booked):
    session, *_ = booked
    for key in ("date", "amount", "payee"):
        whole = sorted_ids(session, TransactionFilter(), key, True)
        head, page = ledger_view.first_page(session, TransactionFilter(), key, True, 3)
        assert head.tolist() == whole[:3].tolist()
        assert set(page.rows) == set(head.tolist())


def test_running_balance_after_each_row(booked):
    session, eur, _jpy, ids = booked
    balance = ledger_view.running_balance(session, eur.id)
    assert balance.after(ids[("EUR", "-42.10")]) == Money.of("57.90", "EUR")
    assert balance.after(ids[("EUR", "-250.00")]) == Money.of("-186.60", "EUR")
    assert balance.after(ids[("JPY", "-42")]) is None
