"""The account form and the Accounts page: add, edit, close, reopen, delete, valuations,
each undone and redone through the window's undo stack, on a real temporary vault."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from cmrdesk.domain import Account, AccountKind, Money, Valuation
from cmrdesk.services import records


def accounts_page(window):
    window.navigate("accounts")
    return window.shell.page("accounts")


def open_form(window, kind=None):
    page = accounts_page(window)
    page.add_button.click() if kind is None else page.actions.add(kind)
    return page, page.actions.form


def stored(window) -> list[Account]:
    return window.controller._session.accounts()


def test_a_mortgage_shows_its_rows_and_saves_them(empty_unlocked):
    page, form = open_form(empty_unlocked)
    form.type_text("name", "Home loan")
    assert "principal" not in form.values()  # checking: no loan rows
    form.fill(kind="mortgage")
    shown = set(form.values())
    assert {"principal", "interest_rate", "fixed_until", "term_end", "monthly_payment"} <= shown
    assert "credit_limit" not in shown and "contribution_own" not in shown
    assert form.fields["institution"].label.text() == "Lender"
    form.type_text("institution", "ING")
    form.type_text("principal", "310,000")
    form.type_text("interest_rate", "3.85")
    form.type_text("opened_on", "4/1/2019")
    form.type_text("fixed_until", "4/1/2029")
    form.type_text("term_end", "4/1/2049")
    form.type_text("monthly_payment", "1,453.20")
    form.type_text("opening_balance", "-310,000")
    assert form.errors() == {}
    form.save()
    assert not form.isVisible()
    (account,) = stored(empty_unlocked)
    assert account.kind == AccountKind.MORTGAGE
    assert account.currency == "EUR"  # the vault's base currency by default
    assert account.principal == Money.of("310000", "EUR")
    assert account.monthly_payment == Money.of("1453.20", "EUR")
    assert account.interest_rate == "3.85"
    assert (account.fixed_until, account.term_end) == (date(2029, 4, 1), date(2049, 4, 1))
    assert page.model.rowCount() == 1
    assert empty_unlocked.undo_action.text() == "Undo add account 'Home loan'"


def test_validation_as_you_type(empty_unlocked):
    accounts_page(empty_unlocked)
    empty_unlocked.controller.edit(lambda s: records.new_account(s, Account(
        name="Savings", kind=AccountKind.SAVINGS, currency="EUR")))
    _page, form = open_form(empty_unlocked, "loan")
    form.type_text("name", "savings")
    assert form.errors() == {"name": "an account called 'Savings' already exists"}
    form.type_text("name", "Car loan")
    form.type_text("currency", "E1R")
    assert "three-letter" in form.errors()["currency"]
    form.type_text("currency", "XYZ")
    assert form.errors()["currency"] == "'XYZ' is not a known currency"
    form.type_text("currency", "EUR")
    form.type_text("principal", "12,3,4")
    assert "is not an amount" in form.errors()["principal"]
    form.type_text("principal", "15,000.005")
    assert form.errors()["principal"] == "EUR has 2 decimals; '15,000.005' has more"
    form.type_text("principal", "15,000")
    form.type_text("opened_on", "2/30/2024")
    assert form.errors()["opened_on"] == "'2/30/2024' is not a date that exists"
    form.type_text("opened_on", "2/28/2024")
    form.type_text("term_end", "2/28/2029")
    form.type_text("fixed_until", "3/1/2030")
    assert form.errors() == {"fixed_until": "is after the end of the term"}
    assert not form.save_button.isEnabled()
    form.type_text("fixed_until", "3/1/2027")
    assert form.errors() == {}
    assert form.save_button.isEnabled()
    form.type_text("iban", "NL91ABNA0417164301")
    assert form.errors() == {"iban": "'NL91ABNA0417164301' is not a valid IBAN"}
    form.type_text("iban", "NL91 ABNA 0417 1643 00")
    assert form.save_button.isEnabled()


def test_a_service_error_lands_next_to_its_field(empty_unlocked):
    _page, form = open_form(empty_unlocked)
    form.type_text("name", "Everyday")
    # The CLI took the name meanwhile (the form checked against what was loaded): the
    # service says so on save, next to the field.
    records_op = records.new_account(empty_unlocked.controller._session, Account(
        name="Everyday", kind=AccountKind.CHECKING, currency="EUR"))
    from cmrdesk.services.editing import apply

    apply(empty_unlocked.controller._session, records_op)
    form.save()
    assert form.isVisible()
    assert form.errors() == {"name": "an account called 'Everyday' already exists"}


def test_edit_undo_redo(empty_unlocked):
    window = empty_unlocked
    _page, form = open_form(window, "savings")
    form.type_text("name", "Rainy day")
    form.type_text("interest_rate", "1.5")
    form.save()
    (account,) = stored(window)
    page = accounts_page(window)
    page.select(account.id)
    page.edit_button.click()
    form = page.actions.form
    assert form.fields["interest_rate"].widget.text() == "1.5"
    form.type_text("interest_rate", "2.25")
    form.type_text("institution", "ASN Bank")
    form.save()
    assert stored(window)[0].interest_rate == "2.25"
    assert window.undo_action.text() == "Undo edit account 'Rainy day'"
    window.undo_action.trigger()
    assert stored(window)[0].interest_rate == "1.5"
    assert stored(window)[0].institution == ""
    window.redo_action.trigger()
    assert stored(window)[0].institution == "ASN Bank"


def test_close_and_reopen_show_muted_and_undo(empty_unlocked):
    window = empty_unlocked
    _page, form = open_form(window)
    form.type_text("name", "Old account")
    form.save()
    page = accounts_page(window)
    page.select(stored(window)[0].id)
    assert page.close_button.text() == "Close"
    page.close_button.click()
    assert stored(window)[0].closed
    assert page.model.data(page.model.index(0, 0)) == "Old account (closed)"
    assert page.model.columns[0].tone(page.model.records[0]) == "muted"
    assert window.undo_action.text() == "Undo close account 'Old account'"
    page.select(stored(window)[0].id)
    assert page.close_button.text() == "Reopen"
    page.close_button.click()
    assert not stored(window)[0].closed
    window.undo_action.trigger()
    assert stored(window)[0].closed


def test_delete_an_empty_account_at_once_and_undo(empty_unlocked):
    window = empty_unlocked
    _page, form = open_form(window)
    form.type_text("name", "Spare")
    form.save()
    page = accounts_page(window)
    asked = []
    page.actions.confirm = lambda *args: asked.append(args)
    page.select(stored(window)[0].id)
    page.delete_button.click()
    assert asked == []  # nothing goes with it: no question
    assert stored(window) == []
    assert page.empty.isVisibleTo(page)
    window.undo_action.trigger()
    assert [a.name for a in stored(window)] == ["Spare"]


def test_delete_with_transactions_asks_and_says_what_goes(unlocked):
    window = unlocked
    page = accounts_page(window)
    account = next(a for a in stored(window) if a.kind == AccountKind.CHECKING)
    usage = records.account_usage(window.controller._session, account.id)
    page.select(account.id)
    page.delete_button.click()
    box = page.actions.confirmation
    assert box is not None and box.isVisible()
    assert usage.sentence() in box.text()
    assert f"{usage.transactions} transactions" in box.text()
    box.reject()  # Cancel: nothing happens
    assert account.id in {a.id for a in stored(window)}
    page.actions.delete(account.id)
    box = page.actions.confirmation
    delete = next(b for b in box.buttons() if b.text() == "Delete")
    delete.click()
    assert account.id not in {a.id for a in stored(window)}
    assert window.undo_action.text() == f"Undo delete account '{account.name}'"
    window.undo_action.trigger()
    assert records.account_usage(window.controller._session, account.id) == usage


def test_pension_valuations_add_and_delete_each_undoable(empty_unlocked):
    window = empty_unlocked
    _page, form = open_form(window, "pension")
    assert form.fields["institution"].label.text() == "Provider"
    assert {"contribution_own", "contribution_employer"} <= set(form.values())
    assert "iban" not in form.values()
    form.type_text("name", "ABP pension")
    form.type_text("contribution_own", "2,400")
    form.type_text("contribution_employer", "5,600")
    form.save()
    (account,) = stored(window)
    assert account.contribution_employer == Money.of("5600", "EUR")
    page = accounts_page(window)
    edit = page.actions.form  # a new pension goes straight on to its first pot statement
    assert edit is not form and edit.isVisible() and edit.account.id == account.id
    box = edit.valuations
    assert box.isVisibleTo(edit)
    box.day.setText("1/31/2026")
    box.value.setText("48,250.00")
    box.source.setText("Annual statement")
    box.add_button.click()
    (valuation,) = window.controller._session.list(Valuation)
    assert valuation.value == Money.of("48250", "EUR")
    assert box.table.rowCount() == 1
    assert window.undo_action.text().startswith("Undo add valuation")
    box.day.setText("6/30/2026")
    box.value.setText("1.001")
    box.add_button.click()
    assert box.error.isVisibleTo(edit) and "decimals" in box.error.text()
    box.table.selectRow(0)
    box.delete_button.click()
    assert window.controller._session.list(Valuation) == []
    assert box.table.rowCount() == 0
    window.undo_action.trigger()
    assert box.table.rowCount() == 1


def test_brokerage_points_to_holdings(empty_unlocked):
    _page, form = open_form(empty_unlocked, "brokerage")
    assert form.holdings_note.isVisibleTo(form)
    form.fill(kind="checking")
    assert not form.holdings_note.isVisibleTo(form)


def test_card_rows_and_german_input(empty_unlocked):
    from cmrdesk.ui import fmt

    fmt.set_locale("de_DE")
    try:
        _page, form = open_form(empty_unlocked, "credit_card")
        assert {"credit_limit", "apr"} <= set(form.values())
        form.type_text("name", "Visa")
        form.type_text("credit_limit", "2.500,00")
        form.type_text("apr", "14,9")
        form.save()
    finally:
        fmt.set_locale("en_US")
    (account,) = stored(empty_unlocked)
    assert account.credit_limit == Money.of("2500", "EUR")
    assert Decimal(account.apr) == Decimal("14.9")


def test_context_menu_offers_the_actions_and_keys_work(empty_unlocked):
    window = empty_unlocked
    _page, form = open_form(window)
    form.type_text("name", "Everyday")
    form.type_text("number", "1234 5678 90")
    form.save()
    page = accounts_page(window)
    index = page.proxy.index(0, 0)
    page._menu(page.table.visualRect(index).center())
    assert [a.text() for a in page.context_menu.actions()] == [
        "Show transactions", "Edit…", "Close", "Delete…"]
    page.context_menu.close()
    page.context_menu.actions()[1].trigger()
    form = page.actions.form
    assert form.isVisible() and form.account.name == "Everyday"
    form.type_text("number", "9876 5432 11")
    form.save()
    assert stored(window)[0].number_masked == "••••3211"  # the masked number follows


def test_an_empty_vault_has_no_transaction_form_yet(empty_unlocked):
    window = empty_unlocked
    window.navigate("transactions")
    page = window.shell.page("transactions")
    page.add_button.click()
    assert page.actions.form is None
    assert page.status.text() == "Add an account first: every transaction belongs to one."


def test_with_a_background_worker_a_new_pension_opens_on_its_valuations(
        qtbot, app_settings, theme, empty_vault):
    """The app's real runner: the ledger reloads after the form closes, and nothing may
    depend on it having done so already."""
    from cmrdesk.ui.controller import VaultController
    from cmrdesk.ui.tasks import TaskRunner
    from cmrdesk.ui.window import MainWindow
    from tests.conftest import TODAY
    from tests.ui.conftest import unlock

    controller = VaultController(TaskRunner(), today=TODAY)
    window = MainWindow(app_settings, theme, controller)
    qtbot.addWidget(window)
    window.show()
    try:
        unlock(window, empty_vault)
        qtbot.waitUntil(lambda: controller.ledger is not None, timeout=20_000)
        page = accounts_page(window)
        form = page.actions.add("pension")
        form.type_text("name", "ABP pension")
        form.save()
        qtbot.waitUntil(lambda: page.actions.form is not form, timeout=10_000)
        edit = page.actions.form
        assert edit.account.name == "ABP pension" and edit.valuations is not None
        qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
        assert window.undo_action.text() == "Undo add account 'ABP pension'"
        edit.reject()
    finally:
        window.close()  # shuts the worker down


def test_f2_edits_and_delete_deletes_from_the_table(empty_unlocked):
    from tests.ui.test_transaction_form import shortcuts

    window = empty_unlocked
    _page, form = open_form(window)
    form.type_text("name", "Spare")
    form.save()
    page = accounts_page(window)
    page.select(stored(window)[0].id)
    keys = shortcuts(page.table)
    assert set(keys) == {"F2", "Del"}
    keys["F2"].activated.emit()
    assert page.actions.form is not form and page.actions.form.isVisible()
    page.actions.form.reject()
    keys["Del"].activated.emit()
    assert stored(window) == []  # nothing went with it: deleted, Ctrl+Z brings it back
