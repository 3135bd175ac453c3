"""Transactions keyed in by hand on the Transactions page: add (with a transfer as one
action), edit any field, delete several as one step, each undone and redone; and a change on
one page showing on the others without reopening anything."""

from __future__ import annotations

from datetime import date

from cmrdesk.domain import Account, AccountKind, Money, Transaction
from cmrdesk.services import records


def add_account(window, name, kind=AccountKind.CHECKING, currency="EUR", **kw):
    done = []
    window.controller.edit(lambda s: records.new_account(s, Account(
        name=name, kind=kind, currency=currency, **kw)), done.append)
    return done[0].result


def page(window):
    window.navigate("transactions")
    return window.shell.page("transactions")


def stored(window, **equals):
    from cmrdesk.services.browse import TransactionFilter, sorted_ids, transactions_by_id

    session = window.controller._session
    ids = [int(i) for i in sorted_ids(session, TransactionFilter(), "date", False)]
    rows = transactions_by_id(session, ids)
    return [rows[i] for i in ids]


def balance(window, account_id):
    accounts = window.shell.page("accounts")
    for row in accounts.model.records:
        if row.account.id == account_id:
            return row.balance
    raise AssertionError("no row")


def test_add_a_transaction_with_a_category_and_undo(empty_unlocked):
    window = empty_unlocked
    everyday = add_account(window, "Everyday", opening_balance=Money.of("100", "EUR"),
                           opened_on=date(2026, 1, 1))
    window.shell.page("accounts")  # built: it must follow the change without reopening
    transactions = page(window)
    transactions.add_button.click()
    form = transactions.actions.form
    assert form.fields["day"].widget.text() == "11/23/2026"  # today (the test's clock)
    form.type_text("amount", "-42.10")
    form.type_text("payee", "Albert Heijn")
    form.type_text("category", "Nonsense / Category")
    assert form.errors() == {"category": "no category called 'Nonsense / Category'"}
    groceries = next(p for p in window.controller.ledger.category_names.values()
                     if p.endswith("Groceries"))
    form.type_text("category", groceries.lower())  # case does not matter
    form.type_text("memo", "weekly shop")
    assert form.errors() == {}
    form.save()
    assert not form.isVisible()
    (tx,) = stored(window)
    assert (tx.account_id, tx.amount, tx.payee, tx.memo) == (
        everyday.id, Money.of("-42.10", "EUR"), "Albert Heijn", "weekly shop")
    assert window.controller.ledger.category_names[tx.category_id] == groceries
    assert window.undo_action.text() == "Undo add transaction 'Albert Heijn'"
    assert transactions.model.rowCount() == 1  # the list shows it at once
    assert balance(window, everyday.id) == Money.of("57.90", "EUR")  # and the Accounts page
    window.undo_action.trigger()
    assert stored(window) == []
    assert transactions.model.rowCount() == 0
    assert balance(window, everyday.id) == Money.of("100", "EUR")
    window.redo_action.trigger()
    assert [t.id for t in stored(window)] == [tx.id]


def test_validation_of_the_transaction_form(empty_unlocked):
    window = empty_unlocked
    add_account(window, "Everyday")
    form = page(window).actions.add()
    form.type_text("day", "2/29/2026")
    assert form.errors()["day"] == "'2/29/2026' is not a date that exists"
    form.type_text("day", "2/28/2026")
    form.type_text("amount", "1.2.3")
    assert "is not an amount" in form.errors()["amount"]
    form.type_text("amount", "-0.001")
    assert form.errors()["amount"] == "EUR has 2 decimals; '-0.001' has more"
    form.type_text("amount", "-10")
    assert not form.save_button.isEnabled()  # the payee is still missing
    form.type_text("payee", "Shop")
    assert form.save_button.isEnabled()


def test_a_transfer_books_both_sides_as_one_step(empty_unlocked):
    window = empty_unlocked
    everyday = add_account(window, "Everyday")
    savings = add_account(window, "Savings", AccountKind.SAVINGS)
    add_account(window, "Dollars", currency="USD")
    form = page(window).actions.add(everyday.id)
    assert not form.fields["transfer_to"].shown
    form.fill(transfer=True)
    assert form.fields["transfer_to"].shown
    combo = form.fields["transfer_to"].widget
    assert [combo.itemText(i) for i in range(combo.count())] == ["Savings"]  # same currency
    form.type_text("amount", "-500")
    assert form.preview.text() == ("Books <nobr>-€500.00</nobr> on <nobr>Everyday</nobr> and "
                                   "<nobr>+€500.00</nobr> on <nobr>Savings</nobr>.")
    assert form.save_button.isEnabled()  # no payee needed: the service names the transfer
    form.save()
    first, second = stored(window)
    assert {(t.account_id, t.amount.amount) for t in (first, second)} == {
        (everyday.id, -500), (savings.id, 500)}
    assert first.transfer_id == second.id and second.transfer_id == first.id
    assert window.undo_action.text() == "Undo add transfer 'Transfer to Savings'"
    window.undo_action.trigger()
    assert stored(window) == []


def test_edit_any_field_and_undo(empty_unlocked):
    window = empty_unlocked
    everyday = add_account(window, "Everyday")
    other = add_account(window, "Joint")
    window.controller.edit(lambda s: records.new_transaction(s, Transaction(
        account_id=everyday.id, date=date(2026, 3, 1), amount=Money.of("-20", "EUR"),
        payee="Cafe")))
    transactions = page(window)
    transactions.table.selectRow(0)
    transactions.table.setCurrentIndex(transactions.model.index(0, 0))
    transactions.edit_button.click()
    form = transactions.actions.form
    assert form.fields["payee"].widget.text() == "Cafe"
    assert not form.fields["transfer"].shown
    form.type_text("payee", "Coffee place")
    form.type_text("amount", "-21.50")
    form.type_text("day", "3/2/2026")
    form.fill(account=other.id)
    form.save()
    (tx,) = stored(window)
    assert (tx.payee, tx.amount, tx.date, tx.account_id) == (
        "Coffee place", Money.of("-21.50", "EUR"), date(2026, 3, 2), other.id)
    assert window.undo_action.text() == "Undo edit transaction 'Cafe'"
    window.undo_action.trigger()
    (tx,) = stored(window)
    assert (tx.payee, tx.account_id, tx.date) == ("Cafe", everyday.id, date(2026, 3, 1))


def test_delete_selected_rows_as_one_step(empty_unlocked):
    window = empty_unlocked
    everyday = add_account(window, "Everyday")
    for day in (1, 2, 3):
        window.controller.edit(lambda s, day=day: records.new_transaction(s, Transaction(
            account_id=everyday.id, date=date(2026, 3, day), amount=Money.of("-1", "EUR"),
            payee=f"Shop {day}")))
    transactions = page(window)
    assert transactions.model.rowCount() == 3
    transactions.table.selectAll()
    transactions._menu(transactions.table.visualRect(transactions.model.index(1, 0)).center())
    texts = [a.text() for a in transactions.context_menu.actions()]
    assert texts[0] == "Edit…" and texts[-1] == "Delete"
    transactions.context_menu.close()
    assert len(transactions.selected_ids()) == 3  # a right-click inside keeps the selection
    transactions.context_menu.actions()[-1].trigger()
    assert stored(window) == []
    assert transactions.model.rowCount() == 0
    assert window.undo_action.text() == "Undo delete 3 transactions"
    window.undo_action.trigger()
    assert len(stored(window)) == 3


def test_a_new_account_shows_on_every_page(empty_unlocked):
    window = empty_unlocked
    dashboard = window.shell.page("dashboard")
    transactions = page(window)
    accounts = window.shell.page("accounts")
    window.navigate("accounts")
    accounts.add_button.click()
    form = accounts.actions.form
    form.type_text("name", "ING")
    form.type_text("opening_balance", "1,250")
    form.type_text("opened_on", "1/1/2026")
    form.save()
    combo = transactions.account
    assert "ING" in [combo.itemText(i) for i in range(combo.count())]
    assert dashboard.cards["net_worth"].figure.text() == "€1,250"
    assert dashboard.cards["liquid"].figure.text() == "€1,250"
    window.undo_action.trigger()
    assert "ING" not in [combo.itemText(i) for i in range(combo.count())]
    assert dashboard.cards["net_worth"].figure.text() == "€0"


def test_the_transfer_form_renders_by_name(qapp, demo_vault, tmp_path, monkeypatch):
    from PySide6.QtGui import QImage

    from cmrdesk.ui import screenshot
    from tests.conftest import PASSPHRASE

    monkeypatch.setenv("CMRDESK_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "form.png"
    assert screenshot.main(["--vault", str(demo_vault), "--page", "transactions", "--dialog",
                            "transaction-form", "--size", "1024x700", "--locale", "en_US",
                            "--out", str(out)]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 700)  # the window, the form drawn on it
    centre = image.pixelColor(512, 350)
    assert centre.lightness() > 200  # the light form's surface, not the dimmed page


def shortcuts(widget):
    """The widget's own shortcuts by key: what a key press in it (and only in it) does."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QShortcut

    found = {}
    for shortcut in widget.findChildren(QShortcut):
        assert shortcut.context() == Qt.ShortcutContext.WidgetShortcut  # not in other fields
        found[shortcut.key().toString()] = shortcut
    return found


def test_the_delete_key_deletes_rows_only_from_the_table(empty_unlocked):
    window = empty_unlocked
    everyday = add_account(window, "Everyday")
    window.controller.edit(lambda s: records.new_transaction(s, Transaction(
        account_id=everyday.id, date=date(2026, 3, 1), amount=Money.of("-1", "EUR"),
        payee="Shop")))
    transactions = page(window)
    keys = shortcuts(transactions.table)
    assert set(keys) == {"Del"}
    assert shortcuts(transactions.search) == {}
    transactions.table.selectRow(0)
    keys["Del"].activated.emit()
    assert stored(window) == []
