"""Keyed-in versus observed: a mismatch is stated only when the bank data covers it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from cmrdesk.domain import (
    Account,
    AccountKind,
    Frequency,
    IncomeKind,
    IncomeSource,
    Money,
    Policy,
    PolicyType,
    TransactionBatch,
)
from cmrdesk.services import records
from cmrdesk.services.editing import apply
from cmrdesk.services.observed import observations, update_to_observed

TODAY = date(2026, 11, 23)


@pytest.fixture
def account(session):
    return apply(session, records.new_account(session, Account(
        name="Everyday", kind=AccountKind.CHECKING, currency="EUR"))).result


def book(session, account, rows):
    """``rows``: (date, amount text, payee)."""
    batch = TransactionBatch()
    for day, amount, payee in rows:
        batch.append(account_id=account.id, day=day, amount_minor=Money.of(amount, "EUR").minor,
                     currency="EUR", payee=payee, payee_raw=payee)
    session.add_transactions(batch)


def income(session, account, net="6630.00", payer="ACME BV", frequency=Frequency.MONTHLY):
    return apply(session, records.new_record(session, IncomeSource(
        payer=payer, kind=IncomeKind.SALARY, net=Money.of(net, "EUR"), frequency=frequency,
        account_id=account.id))).result


def monthly(amounts, payee="ACME BV salaris", day=25):
    """Payments on ``day`` of the months up to October 2026, the last amount last."""
    months = [(2026, 10 - i) for i in range(len(amounts))][::-1]
    return [(date(y, m, day), a, payee) for (y, m), a in zip(months, amounts, strict=True)]


def test_a_salary_that_differs_for_three_months_is_stated(session, account):
    record = income(session, account)
    book(session, account, monthly(["6630.00", "6960.00", "6960.00", "6960.00"]))
    (found,) = observations(session, TODAY)
    assert (found.kind, found.record_id, found.field) == ("income_sources", record.id, "net")
    assert found.keyed == Money.of("6630.00", "EUR")
    assert found.observed == Money.of("6960.00", "EUR")
    assert found.since == date(2026, 8, 1) and found.last_paid == date(2026, 10, 25)
    assert found.periods == 3


def test_a_one_off_bonus_does_not_move_the_monthly_figure(session, account):
    income(session, account)
    rows = monthly(["6960.00", "6960.00", "6960.00"])
    rows.append((date(2026, 9, 26), "2500.00", "ACME BV vakantiegeld"))
    book(session, account, rows)
    (found,) = observations(session, TODAY)
    assert found.observed == Money.of("6960.00", "EUR")


@pytest.mark.parametrize("rows", [
    monthly(["6960.00", "6960.00"]),  # two months: not enough
    [(date(2026, 6, 25), "6960.00", "ACME BV"), (date(2026, 7, 25), "6960.00", "ACME BV"),
     (date(2026, 10, 25), "6960.00", "ACME BV")],  # a gap
    [(date(2026, m, 25), "6960.00", "ACME BV") for m in (3, 4, 5, 6)],  # stopped in June
    monthly(["6960.00"] * 3, payee="Other employer"),  # someone else
    monthly(["6650.00"] * 3),  # within the tolerance of 0.5 %
])
def test_what_the_data_does_not_cover_says_nothing(session, account, rows):
    income(session, account)
    book(session, account, rows)
    assert observations(session, TODAY) == []


def test_a_transfer_or_an_outgoing_payment_is_not_income(session, account):
    income(session, account)
    book(session, account, [(d, "-" + a, p) for d, a, p in monthly(["6960.00"] * 3)])
    assert observations(session, TODAY) == []


def test_a_yearly_premium_against_what_the_account_paid(session, account):
    policy = apply(session, records.new_record(session, Policy(
        insurer="Centraal Beheer", policy_type=PolicyType.HOME,
        premium=Money.of("412.00", "EUR"), frequency=Frequency.YEARLY,
        account_id=account.id))).result
    book(session, account, [(date(2025, 1, 2), "-412.00", "CENTRAAL BEHEER ACHMEA"),
                            (date(2026, 1, 2), "-455.00", "CENTRAAL BEHEER ACHMEA")])
    (found,) = observations(session, TODAY)
    assert (found.kind, found.record_id) == ("policies", policy.id)
    assert found.observed == Money.of("455.00", "EUR")
    assert found.last_paid == date(2026, 1, 2)
    # One payment only shows no rhythm: nothing is said.
    session2_rows = observations(session, date(2025, 6, 1))
    assert session2_rows == []


def test_update_to_observed_is_one_undoable_edit(session, account):
    record = income(session, account)
    book(session, account, monthly(["6960.00"] * 3))
    (found,) = observations(session, TODAY)
    outcome = apply(session, update_to_observed(session, found))
    assert outcome.inverse.label == "update income 'ACME BV' to the bank's amount"
    assert session.get(IncomeSource, record.id).net == Money.of("6960.00", "EUR")
    assert observations(session, TODAY) == []
    apply(session, outcome.inverse)
    assert session.get(IncomeSource, record.id).net.amount == Decimal("6630.00")
