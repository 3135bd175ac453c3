"""Holdings: set a holding through its form, key in prices, read value, cost, gain and share
(checked by hand), undo and redo; the Accounts page follows without reopening."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from cmrdesk.domain import Account, AccountKind, Holding, Money, Price, Security
from cmrdesk.services import records
from cmrdesk.ui.models import RECORD_ROLE
from tests.conftest import TODAY


def add_account(window, name, kind):
    results = []
    window.controller.edit(lambda s: records.new_account(s, Account(
        name=name, kind=kind, currency="EUR", opened_on=date(2025, 1, 1))), results.append)
    return results[0].result


def session(window):
    return window.controller._session


def cell(page, symbol, title):
    columns = [c.title for c in page.model.columns]
    for row in range(page.proxy.rowCount()):
        record = page.proxy.data(page.proxy.index(row, 0), RECORD_ROLE)
        if record.security.symbol == symbol:
            return page.proxy.index(row, columns.index(title)).data()
    raise AssertionError(symbol)


def broker_balance(window, account_id):
    accounts = window.shell.page("accounts")
    (row,) = [r for r in accounts.model.records if r.account.id == account_id]
    return row.balance


def test_set_holding_prices_totals_undo_and_other_pages(empty_unlocked):
    window = empty_unlocked
    add_account(window, "Everyday", AccountKind.CHECKING)
    broker = add_account(window, "DEGIRO", AccountKind.BROKERAGE)
    window.navigate("holdings", account_id=broker.id)
    page = window.shell.page("holdings")
    assert page.presenter.account_id == broker.id
    assert page.account.currentText() == "DEGIRO"
    assert [page.account.itemText(i) for i in range(page.account.count())] == [
        "All accounts", "DEGIRO"]  # a checking account holds no securities
    assert page.empty.isVisibleTo(page)

    form = page.set_holding()
    assert form.fields["account"].widget.currentData() == broker.id
    form.type_text("symbol", "VWRL")
    form.type_text("name", "Vanguard FTSE All-World")
    form.type_text("isin", "IE00B3RBWM26")  # wrong check digit
    form.type_text("quantity", "ten")
    assert form.errors() == {"quantity": "'ten' is not a number"}
    form.type_text("quantity", "-1")
    assert form.errors() == {"quantity": "must be at least 0"}
    form.type_text("quantity", "210")
    form.type_text("cost", "11,000.00")
    form.save()
    assert form.errors() == {"isin": "'IE00B3RBWM26' is not a valid ISIN"}
    assert session(window).list(Holding) == []
    form.type_text("isin", "IE00B3RBWM25")
    form.save()
    assert form.result() == form.DialogCode.Accepted
    assert window.undo_action.text() == "Undo set holding 'VWRL' in 'DEGIRO'"
    assert session(window).list(Security)[0].isin == "IE00B3RBWM25"

    # No price yet: never a zero value, left out of the totals with a note.
    assert cell(page, "VWRL", "Value") == "no price yet"
    assert cell(page, "VWRL", "Gain") == "no price yet"
    assert page.note.isVisibleTo(page) and "no price yet: VWRL" in page.note.text()
    assert page.cards["value"].figure.text() == "€0.00"

    page.select("VWRL")
    prices = page.show_prices()
    assert "has no price yet" in prices.heading.text()
    price_form = prices.add_price()
    price_form.type_text("date", "2/30/2026")
    assert price_form.errors() == {"date": "'2/30/2026' is not a date that exists"}
    price_form.type_text("date", "11/1/2026")
    price_form.type_text("price", "0")
    assert "must be at least" in price_form.errors()["price"]
    price_form.type_text("price", "110.50")
    price_form.save()
    assert prices.model.rowCount() == 1
    assert window.undo_action.text() == "Undo add price of 'VWRL' on 2026-11-01"

    # 210 × 110.50 = 23,205.00; gain 23,205 - 11,000 = 12,205 (110.95 %); one holding: 100 %.
    assert cell(page, "VWRL", "Price") == "€110.50 on 11/1/26"
    assert cell(page, "VWRL", "Value") == "€23,205.00"
    assert cell(page, "VWRL", "Gain") == "+€12,205.00 (+111.0%)"
    assert cell(page, "VWRL", "Share") == "100.0%"
    assert page.note.isHidden()
    assert page.cards["value"].figure.text() == "€23,205.00"
    assert page.cards["gain"].figure.text() == "+€12,205.00"
    # The Accounts page shows the new balance of the brokerage account without reopening.
    assert broker_balance(window, broker.id) == Money.of("23205.00", "EUR")

    # A second holding: shares split by value (8,961.40 of 32,166.40 = 27.9 %).
    form = page.set_holding()
    form.type_text("symbol", "asml")
    form.fill(kind="stock")
    form.type_text("quantity", "14")
    form.save()
    window.controller.edit(lambda s: records.add_price(s, "ASML", date(2026, 11, 20),
                                                       Decimal("640.10"), "EUR"))
    assert cell(page, "ASML", "Value") == "€8,961.40"
    assert cell(page, "ASML", "Share") == "27.9%"
    assert cell(page, "VWRL", "Share") == "72.1%"
    assert cell(page, "ASML", "Gain") == "no cost"
    assert page.cards["value"].figure.text() == "€32,166.40"
    assert "Cost and gain leave out ASML" in page.note.text()

    # Edit the quantity of the selected holding; undo and redo.
    page.select("VWRL")
    edit = page.edit_holding()
    assert not edit.fields["symbol"].widget.isEnabled()
    assert edit.fields["quantity"].widget.text() == "210"
    edit.type_text("quantity", "200")
    edit.save()
    assert cell(page, "VWRL", "Value") == "€22,100.00"
    window.undo_action.trigger()
    assert cell(page, "VWRL", "Value") == "€23,205.00"
    window.redo_action.trigger()
    assert cell(page, "VWRL", "Value") == "€22,100.00"

    # Delete the holding; undo brings it back.
    page.select("ASML")
    page.delete_holding()
    assert page.model.rowCount() == 1
    assert window.undo_action.text() == "Undo delete holding 'ASML' in 'DEGIRO'"
    window.undo_action.trigger()
    assert page.model.rowCount() == 2

    # Delete a price from the dialog.
    page.select("VWRL")
    prices = page.show_prices()
    prices.delete_price()
    assert session(window).list(Price, security_id=session(window).list(Security)[0].id) == []
    assert cell(page, "VWRL", "Value") == "no price yet"


def test_all_accounts_view_has_an_account_column(empty_unlocked):
    window = empty_unlocked
    window.navigate("holdings")
    page = window.shell.page("holdings")
    assert not page.set_button.isEnabled()  # no brokerage or pension account yet
    assert page.empty.button.isVisibleTo(page)
    pension = add_account(window, "ABP", AccountKind.PENSION)
    broker = add_account(window, "DEGIRO", AccountKind.BROKERAGE)
    assert page.set_button.isEnabled()
    for account in (pension, broker):
        window.controller.edit(lambda s, a=account: records.set_holding(
            s, a.id, "VWRL", Decimal("5")))
    assert [c.title for c in page.model.columns][:3] == ["Symbol", "Name", "Account"]
    assert sorted(r.account.name for r in page.model.records) == ["ABP", "DEGIRO"]
    page.choose_account(broker.id)  # one account: no account column
    assert "Account" not in [c.title for c in page.model.columns]
    assert [r.account.name for r in page.model.records] == ["DEGIRO"]
    assert page.presenter.today == TODAY
