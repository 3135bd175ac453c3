"""The window's undo stack: an edit is named in the Edit menu, undone and redone through the
services, and every page redraws from the change set."""

from __future__ import annotations

from datetime import date

from cmrdesk.domain import Account, AccountKind, Money, Policy, PolicyType
from cmrdesk.services import records


def add_account(window, name="Everyday", **kw):
    values = {"name": name, "kind": AccountKind.CHECKING, "currency": "EUR", **kw}
    results = []
    window.controller.edit(lambda s: records.new_account(s, Account(**values)), results.append)
    return results[0].result


def test_an_edit_is_named_undone_and_redone_and_pages_follow(empty_unlocked):
    window = empty_unlocked
    accounts = window.shell.page("accounts")
    assert not window.undo_action.isEnabled()
    seen = []
    window.controller.changed.connect(seen.append)
    account = add_account(window, opening_balance=Money.of("250.00", "EUR"),
                          opened_on=date(2026, 1, 1))
    assert window.undo_action.isEnabled()
    assert window.undo_action.text() == "Undo add account 'Everyday'"
    assert window.edit_menu.actions()[0] is window.undo_action
    assert accounts.model.rowCount() == 1  # redrawn without reopening the vault
    assert seen[-1].touches("accounts")
    assert window.controller.ledger.accounts[0].name == "Everyday"

    window.undo_action.trigger()
    assert accounts.model.rowCount() == 0
    assert window.controller.ledger.accounts == []
    assert window.redo_action.text() == "Redo add account 'Everyday'"

    window.redo_action.trigger()
    assert accounts.model.rowCount() == 1
    assert window.controller.ledger.accounts[0].id == account.id  # the same record again


def test_undo_and_redo_several_steps_in_order(empty_unlocked):
    window = empty_unlocked
    account = add_account(window)
    window.controller.edit(lambda s: records.new_record(s, Policy(
        insurer="Zilveren Kruis", policy_type=PolicyType.HEALTH,
        premium=Money.of("137.50", "EUR"), account_id=account.id)))
    assert window.history.undo_text() == "add policy 'Zilveren Kruis'"
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert not window.undo_action.isEnabled()
    window.redo_action.trigger()
    window.redo_action.trigger()
    (policy,) = window.controller._session.list(Policy)
    assert policy.account_id == account.id  # the account came back under its old id


def test_a_refused_edit_is_not_on_the_stack(empty_unlocked):
    window = empty_unlocked
    errors = []
    window.controller.edit(
        lambda s: records.new_account(s, Account(name="X", kind="checking", currency="EURO")),
        on_failure=errors.append)
    assert errors and errors[0].field == "currency"
    assert not window.undo_action.isEnabled()


def test_locking_forgets_the_history(empty_unlocked):
    window = empty_unlocked
    add_account(window)
    window.controller.lock("")
    assert not window.undo_action.isEnabled()
    assert window.history.undo_text() == ""
