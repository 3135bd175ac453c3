"""Keying in through services: validation, and every edit undone and redone exactly."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from cmrdesk.domain import (
    Account,
    AccountKind,
    Frequency,
    Goal,
    Holding,
    IncomeKind,
    IncomeSource,
    Money,
    Policy,
    PolicyType,
    Price,
    Security,
    Transaction,
    ValidationError,
    Valuation,
)
from cmrdesk.services import records
from cmrdesk.services.editing import apply


def eur(text: str) -> Money:
    return Money.of(text, "EUR")


def add(session, record):
    return apply(session, records.new_record(session, record))


def checking(session, name="Checking", **kw):
    return add(session, Account(name=name, kind=AccountKind.CHECKING, currency="EUR", **kw)).result


def test_add_account_then_undo_and_redo_keeps_the_id(session):
    outcome = apply(session, records.new_account(session, Account(
        name="ING", kind=AccountKind.SAVINGS, currency="EUR", interest_rate="2.1",
        opening_balance=eur("100.00"), opened_on=date(2024, 1, 1))))
    ident = outcome.result.id
    assert outcome.changes.touches("accounts")
    assert outcome.inverse.label == "add account 'ING'"
    undone = apply(session, outcome.inverse)
    assert session.accounts() == []
    redone = apply(session, undone.inverse)
    assert redone.changes.touches("accounts")
    (back,) = session.accounts()
    assert back.id == ident and back.interest_rate == "2.1"
    assert back.opening_balance == eur("100.00")


@pytest.mark.parametrize(("changes", "field"), [
    ({"currency": "XYZ"}, "currency"),
    ({"currency": "eur"}, "currency"),
    ({"name": "  "}, "name"),
    ({"opening_balance": Money.of("1.005", "EUR"), "opened_on": date(2024, 1, 1)},
     "opening_balance"),
    ({"opening_balance": Money.of("1", "EUR")}, "opened_on"),
    ({"interest_rate": "abc"}, "interest_rate"),
    ({"interest_rate": "250"}, "interest_rate"),
    ({"iban": "NL00 INGB 0000 0000 00"}, "iban"),
    ({"kind": AccountKind.MORTGAGE, "fixed_until": date(2040, 1, 1),
      "term_end": date(2035, 1, 1)}, "fixed_until"),
    ({"kind": AccountKind.CREDIT_CARD, "credit_limit": Money.of("-5", "EUR")},
     "credit_limit"),
])
def test_bad_accounts_are_refused_naming_the_field(session, changes, field):
    values = {"name": "A", "kind": AccountKind.CHECKING, "currency": "EUR", **changes}
    with pytest.raises(ValidationError) as caught:
        records.new_account(session, Account(**values))
    assert caught.value.field == field
    assert session.accounts() == []


def test_account_names_are_unique_ignoring_case(session):
    checking(session, "Main")
    with pytest.raises(ValidationError, match="already exists"):
        records.new_account(session, Account(name="main", kind="savings", currency="EUR"))


def test_delete_account_with_transactions_needs_consent_and_undo_brings_all_back(session):
    main = checking(session, "Main")
    savings = checking(session, "Spare")
    apply(session, records.new_transaction(session, Transaction(
        account_id=main.id, date=date(2025, 3, 1), amount=eur("-50.00"), payee="Shop")))
    transfer = apply(session, records.new_transaction(session, Transaction(
        account_id=main.id, date=date(2025, 3, 2), amount=eur("-100.00")),
        transfer_to=savings.id))
    add(session, Valuation(account_id=main.id, date=date(2025, 1, 1), value=eur("10.00")))
    goal = add(session, Goal(name="Car", target=eur("5000"),
                             account_ids=[main.id, savings.id])).result
    policy = add(session, Policy(insurer="Z", policy_type=PolicyType.HEALTH,
                                premium=eur("120.00"), account_id=main.id)).result
    usage = records.account_usage(session, main.id)
    assert (usage.transactions, usage.valuations, usage.goals, usage.policies) == (2, 1, 1, 1)
    assert usage.sentence() == "2 transactions, 1 valuation"
    with pytest.raises(ValidationError, match="has 2 transactions"):
        records.remove_account(session, main.id)
    before = session.transactions()
    outcome = apply(session, records.remove_account(session, main.id, with_transactions=True))
    assert outcome.changes.touches("transactions") and outcome.changes.touches("accounts")
    assert [a.name for a in session.accounts()] == ["Spare"]
    (other_side,) = session.transactions()
    assert other_side.transfer_id is None  # the link went with the deleted side
    assert session.get(Goal, goal.id).account_ids == [savings.id]
    assert session.get(Policy, policy.id).account_id is None
    apply(session, outcome.inverse)
    assert session.transactions() == before
    assert session.get(Goal, goal.id).account_ids == [main.id, savings.id]
    assert session.get(Policy, policy.id).account_id == main.id
    assert len(session.list(Valuation)) == 1
    assert transfer.result == [t.id for t in session.transactions()[1:]]


def test_transfer_is_one_step_with_both_sides(session):
    main = checking(session, "Main")
    spare = checking(session, "Spare")
    outcome = apply(session, records.new_transaction(session, Transaction(
        account_id=main.id, date=date(2025, 3, 2), amount=eur("-100.00")), transfer_to=spare.id))
    first, second = session.transactions()
    assert (first.amount, second.amount) == (eur("-100.00"), eur("100.00"))
    assert (first.transfer_id, second.transfer_id) == (second.id, first.id)
    assert first.payee == "Transfer to Spare" and second.payee == "Transfer from Main"
    assert outcome.inverse.label == "add transfer 'Transfer to Spare'"
    apply(session, outcome.inverse)
    assert session.transactions() == []


def test_transaction_rules(session):
    main = checking(session, "Main")
    usd = add(session, Account(name="US", kind="checking", currency="USD")).result
    tx = Transaction(account_id=main.id, date=date(2025, 1, 1), amount=Money.of("1", "USD"),
                     payee="x")
    with pytest.raises(ValidationError, match="amount: is in USD"):
        records.new_transaction(session, tx)
    tx.amount = Money.of("1.001", "EUR")
    with pytest.raises(ValidationError, match="more than 2 decimals"):
        records.new_transaction(session, tx)
    tx.amount = eur("1")
    with pytest.raises(ValidationError, match="transfer_to"):
        records.new_transaction(session, tx, transfer_to=usd.id)
    tx.category_id = 99999
    with pytest.raises(ValidationError, match="category"):
        records.new_transaction(session, tx)
    assert session.transactions() == []


def test_edit_transaction_moves_the_transfer_partner_and_undoes(session):
    main = checking(session, "Main")
    spare = checking(session, "Spare")
    apply(session, records.new_transaction(session, Transaction(
        account_id=main.id, date=date(2025, 3, 2), amount=eur("-100.00")), transfer_to=spare.id))
    first, second = session.transactions()
    category = session.categories()[1]
    outcome = apply(session, records.edit_transaction(
        session, first.id, amount=eur("-120.50"), day=date(2025, 3, 5),
        category_id=category.id, memo="rent share"))
    a, b = session.transactions()
    assert (a.amount, b.amount) == (eur("-120.50"), eur("120.50"))
    assert a.date == b.date == date(2025, 3, 5)
    assert a.category_id == category.id and a.memo == "rent share"
    apply(session, outcome.inverse)
    assert session.transactions() == [first, second]
    with pytest.raises(ValidationError, match="nothing to change"):
        records.edit_transaction(session, first.id)


def test_delete_transactions_and_undo(session):
    main = checking(session, "Main")
    for n in range(3):
        apply(session, records.new_transaction(session, Transaction(
            account_id=main.id, date=date(2025, 1, n + 1), amount=eur(f"-{n + 1}"), payee="p")))
    before = session.transactions()
    outcome = apply(session, records.remove_transactions(session, [before[0].id, before[2].id]))
    assert outcome.inverse.label == "delete 2 transactions"
    assert [t.id for t in session.transactions()] == [before[1].id]
    apply(session, outcome.inverse)
    assert session.transactions() == before


def test_policy_income_goal_rules(session):
    main = checking(session, "Main")
    with pytest.raises(ValidationError) as caught:
        records.new_record(session, Policy(
            insurer="Z", policy_type=PolicyType.HOME, premium=eur("40"),
            start_date=date(2025, 5, 1), renewal_date=date(2025, 1, 1)))
    assert caught.value.field == "renewal_date"
    with pytest.raises(ValidationError) as caught:
        records.new_record(session, IncomeSource(
            payer="ACME", kind=IncomeKind.SALARY, net=eur("3000"), gross=eur("2000")))
    assert caught.value.field == "gross"
    with pytest.raises(ValidationError) as caught:
        records.new_record(session, IncomeSource(
            payer="ACME", kind=IncomeKind.SALARY, net=eur("3000"), pay_day=32))
    assert caught.value.field == "pay_day"
    with pytest.raises(ValidationError) as caught:
        records.new_record(session, Goal(name="G", target=eur("10"), account_ids=[main.id, 999]))
    assert caught.value.field == "accounts"
    policy = add(session, Policy(insurer="Zilveren Kruis", policy_type=PolicyType.HEALTH,
                                 premium=eur("137.50"), frequency=Frequency.MONTHLY,
                                 deductible=eur("385"), renewal_date=date(2027, 1, 1)))
    assert policy.inverse.label == "add policy 'Zilveren Kruis'"
    changed = session.get(Policy, policy.result.id)
    changed.premium = eur("140.00")
    edit = apply(session, records.edit_record(session, changed))
    assert session.get(Policy, changed.id).premium == eur("140.00")
    apply(session, edit.inverse)
    assert session.get(Policy, changed.id).premium == eur("137.50")
    gone = apply(session, records.remove_record(session, Policy, changed.id))
    assert session.list(Policy) == []
    apply(session, gone.inverse)
    assert session.get(Policy, changed.id).deductible == eur("385")


def test_holdings_create_the_security_once_and_undo_removes_it(session):
    broker = add(session, Account(name="Broker", kind="brokerage", currency="EUR")).result
    details = records.SecurityDetails(name="Vanguard FTSE All-World", isin="IE00BK5BQT80",
                                      kind="etf", asset_class="equity")
    first = apply(session, records.set_holding(session, broker.id, "vwce", Decimal("12.5"),
                                               cost=eur("1200.00"), details=details))
    (security,) = session.list(Security)
    assert (security.symbol, security.isin, security.name) == (
        "VWCE", "IE00BK5BQT80", "Vanguard FTSE All-World")
    second = apply(session, records.set_holding(session, broker.id, "VWCE", Decimal("20")))
    (holding,) = session.list(Holding)
    assert holding.quantity == Decimal("20") and holding.cost_basis == eur("1200.00")
    apply(session, second.inverse)
    assert session.list(Holding)[0].quantity == Decimal("12.5")
    apply(session, first.inverse)
    assert session.list(Holding) == [] and session.list(Security) == []
    with pytest.raises(ValidationError, match="isin"):
        records.set_holding(session, broker.id, "X", Decimal(1),
                            details=records.SecurityDetails(isin="IE00BK5BQT81"))
    main = checking(session, "Main")
    with pytest.raises(ValidationError, match="holdings belong"):
        records.set_holding(session, main.id, "X", Decimal(1))


def test_prices_replace_the_same_day(session):
    apply(session, records.add_price(session, "VWCE", date(2025, 1, 2), Decimal("110.5"), "EUR"))
    again = apply(session, records.add_price(session, "VWCE", date(2025, 1, 2),
                                             Decimal("111"), "EUR"))
    (price,) = session.list(Price)
    assert price.price == Decimal("111")
    apply(session, again.inverse)
    assert session.list(Price)[0].price == Decimal("110.5")
    with pytest.raises(ValidationError, match="currency"):
        records.add_price(session, "VWCE", date(2025, 1, 3), Decimal("1"), "EURO")


def test_profile_values_are_parsed_and_undone(session):
    assert records.parse_profile_value("birth_year", "1980") == 1980
    assert records.parse_profile_value("country", "nl") == "NL"
    assert str(records.parse_profile_value("employment_status", "self-employed")) == \
        "self_employed"
    for name, text in (("birth_year", "1800"), ("country", "XX"), ("email", "a@b,c@d.e"),
                       ("household_children", "-1"), ("employed_since", "2031-13-01"),
                       ("nickname", "x")):
        with pytest.raises(ValidationError) as caught:
            records.parse_profile_value(name, text)
        assert caught.value.field == name
    outcome = apply(session, records.set_profile(session, {"birth_year": 1980, "city": "Ede"}))
    assert records.profile_filled(session)["birth_year"]
    apply(session, outcome.inverse)
    assert session.profile().birth_year is None and session.profile().city == ""


def test_choices_categories_and_a_changed_account_number(session):
    for record, field in (
        (Policy(insurer="Z", policy_type="flood", premium=eur("4")), "policy_type"),
        (Policy(insurer="Z", policy_type=PolicyType.HOME, premium=eur("4"),
                frequency="daily"), "frequency"),
        (IncomeSource(payer="A", kind="lottery", net=eur("4")), "kind"),
    ):
        with pytest.raises(ValidationError) as caught:
            records.new_record(session, record)
        assert caught.value.field == field
    assert records.parse_choice("frequency", "Half yearly", Frequency) is Frequency.HALF_YEARLY
    groceries = records.find_category(session, "food/GROCERIES")
    assert session.category_path()[groceries.id] == "Food / Groceries"
    assert records.find_category(session, "Groceries").id == groceries.id
    with pytest.raises(ValidationError, match="no category 'Food / Nope'") as caught:
        records.find_category(session, "Food / Nope")
    assert caught.value.field == "category"
    main = checking(session, "Main", number="NL12 3456 7890")
    assert main.number_masked == "••••7890"
    main.number = "1111 2222"
    apply(session, records.edit_account(session, main))
    assert session.get(Account, main.id).number_masked == "••••2222"
