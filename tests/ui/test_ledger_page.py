"""The Transactions page as a working ledger, on a real (copied) demo vault: inline and bulk
edits with undo and redo, suggestions, rules whose preview is what applying changes, splits,
reconciling, exporting with a formula payee, and searching by amount."""

from __future__ import annotations

import csv
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QDialogButtonBox

from cmrdesk.domain import Money
from cmrdesk.services.browse import TransactionFilter, sorted_ids, totals, transactions_by_id
from cmrdesk.ui.ledger_search import parse_query
from cmrdesk.ui.models import ID_ROLE
from cmrdesk.ui.transactions_model import (
    COL_AMOUNT,
    COL_BALANCE,
    COL_CATEGORY,
    COL_DATE,
    COL_MEMO,
    COL_PAYEE,
    COL_SUGGESTION,
)
from tests.ui.conftest import unlock


@pytest.fixture
def ledger(window, writable_demo):
    """The window unlocked on a demo copy, showing the Transactions page."""
    unlock(window, writable_demo)
    assert window.controller.is_unlocked, window.unlock.error.text()
    window.navigate("transactions")
    page = window.shell.page("transactions")
    settle(page)
    return window, page


def settle(page, rows=range(40)) -> None:
    for row in rows:
        page.model.transaction(row)
    QCoreApplication.processEvents()
    QCoreApplication.processEvents()  # what the first rows set off (the suggestions)


def session(window):
    return window.controller._session


def stored(window, ident):
    return transactions_by_id(session(window), [ident])[ident]


def count(window, **fields) -> int:
    return totals(session(window), TransactionFilter(**fields)).count


def show(page, text="", choice="all"):
    page.bar.show_choice.setCurrentIndex(page.bar.show_choice.findData(choice))
    page.bar.search.setText(text)
    page.apply_filters()
    settle(page)


def category_named(window, suffix):
    return next(i for i, p in window.controller.ledger.category_names.items()
                if p.endswith(suffix))


# --- the model -------------------------------------------------------------------------------


def test_every_model_passes_qts_checks(ledger, qtmodeltester):
    window, page = ledger
    account = window.controller.ledger.accounts[0].id
    page.bar.choose_account(account)
    page.bar.set_range(date(2026, 1, 1), date(2026, 3, 31))  # a quarter: a quick check
    page.apply_filters()
    settle(page, range(250))
    assert page.model.suggestions is not None and page.model.balance is not None
    qtmodeltester.check(page.model, force_py=True)
    # A new search: its first page, then the rest of the list inserted below it; Qt's
    # checker watches the model's signals all the way.
    watcher = QAbstractItemModelTester(page.model,
                                       QAbstractItemModelTester.FailureReportingMode.Fatal)
    page.bar.search.setText("Albert")
    page.apply_filters()
    settle(page)
    assert watcher is not None and page.model.rowCount() > 0
    assert page.model._partial is False  # the whole list is there
    page.bar.search.setText("")
    page.apply_filters()
    settle(page, range(250))
    assert not page.table.isColumnHidden(COL_BALANCE)
    assert page.model.data(page.model.index(0, COL_BALANCE))  # one account: a balance
    tx = page.model.transaction(0)
    # The dialogs' tables are Qt's own item models: Qt's C++ checker watches them while
    # they fill (the Python one misreads their check states as plain ints).
    page.dialogs.open_split(tx.id)
    split = page.dialogs.split
    tester = QAbstractItemModelTester(split.table.model(),
                                      QAbstractItemModelTester.FailureReportingMode.Fatal)
    split.add_part()
    split.remove_part()
    page.dialogs.open_reconcile(account)
    panel = page.dialogs.reconcile
    panel.day.setDate(date(2026, 2, 1))
    checker = QAbstractItemModelTester(panel.model,
                                       QAbstractItemModelTester.FailureReportingMode.Fatal)
    panel.ask_rows()
    panel.set_all(True)
    panel.model.setData(panel.model.index(0, 0), Qt.CheckState.Unchecked,
                        Qt.ItemDataRole.CheckStateRole)
    assert tester is not None and checker is not None and panel.model.rowCount() > 0
    assert len(panel.ticked()) == panel.model.rowCount() - 1


def test_the_running_balance_ends_at_the_accounts_balance(ledger):
    window, page = ledger
    everyday = window.controller.ledger.accounts[0]
    page.bar.choose_account(everyday.id)
    page.apply_filters()
    settle(page)
    newest = page.model.transaction(0)
    after = page.model.balance.after(newest.id)
    rows = transactions_by_id(session(window), [int(i) for i in sorted_ids(
        session(window), TransactionFilter(account_ids=(everyday.id,)))])
    expected = everyday.opening().minor + sum(t.amount.minor for t in rows.values())
    assert after.minor == expected
    page.bar.reset()
    page.apply_filters()
    assert page.table.isColumnHidden(COL_BALANCE) and page.model.balance is None


# --- editing ---------------------------------------------------------------------------------


def test_inline_edits_are_undone_and_redone(ledger):
    window, page = ledger
    model = page.model
    ident = model.data(model.index(0, 0), ID_ROLE)
    before = stored(window, ident)
    assert model.flags(model.index(0, COL_PAYEE)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable  # account

    assert model.setData(model.index(0, COL_PAYEE), "Corner bakery")
    settle(page)
    row = model.row_of(ident)
    assert model.setData(model.index(row, COL_AMOUNT), "-7.35")
    settle(page)
    row = model.row_of(ident)
    assert model.setData(model.index(row, COL_MEMO), "bread")
    after = stored(window, ident)
    assert (after.payee, after.amount, after.memo) == (
        "Corner bakery", Money.of("-7.35", before.amount.currency), "bread")
    assert window.undo_action.text().startswith("Undo edit transaction")

    window.undo_action.trigger()
    window.undo_action.trigger()
    window.undo_action.trigger()
    back = stored(window, ident)
    assert (back.payee, back.amount, back.memo) == (before.payee, before.amount, before.memo)
    window.redo_action.trigger()
    assert stored(window, ident).payee == "Corner bakery"


def test_a_bad_cell_says_why_and_changes_nothing(ledger):
    window, page = ledger
    model = page.model
    ident = model.data(model.index(0, 0), ID_ROLE)
    before = stored(window, ident)
    assert not model.setData(model.index(0, COL_AMOUNT), "twelve")
    assert "not an amount" in model.last_error
    assert not model.setData(model.index(0, COL_DATE), "31/02/2026")
    assert not model.setData(model.index(0, COL_CATEGORY), "No such / Thing")
    assert "no category called" in page.status.text()
    assert stored(window, ident) == before


def test_category_cell_and_bulk_recategorise_are_one_step_each(ledger):
    window, page = ledger
    model = page.model
    groceries = category_named(window, "Groceries")
    path = window.controller.ledger.category_names[groceries]
    first = model.data(model.index(0, 0), ID_ROLE)
    assert model.setData(model.index(0, COL_CATEGORY), path.upper())  # case does not matter
    assert stored(window, first).category_id == groceries

    page.table.selectRow(1)
    for row in (2, 3, 4):
        page.table.selectionModel().select(
            model.index(row, 0), page.table.selectionModel().SelectionFlag.Select
            | page.table.selectionModel().SelectionFlag.Rows)
    ids = page.selected_ids()
    assert len(ids) == 4
    before = {i: stored(window, i).category_id for i in ids}
    dining = category_named(window, "Restaurants")
    page.presenter.categorise(ids, dining)
    assert {stored(window, i).category_id for i in ids} == {dining}
    assert window.undo_action.text() == (
        f"Undo categorise 4 transactions as "
        f"'{window.controller.ledger.category_names[dining]}'")
    window.undo_action.trigger()  # one step: all four back
    assert {i: stored(window, i).category_id for i in ids} == before
    window.redo_action.trigger()
    assert {stored(window, i).category_id for i in ids} == {dining}


def test_delete_with_undo_keeps_the_lists_place(ledger):
    window, page = ledger
    rows = page.model.rowCount()
    page.table.selectRow(2)
    ident = page.selected_ids()[0]
    page.delete_selected()
    assert page.model.rowCount() == rows - 1 and page.model.row_of(ident) == -1
    window.undo_action.trigger()
    assert page.model.rowCount() == rows and page.model.row_of(ident) >= 0


# --- suggestions and rules -------------------------------------------------------------------


def test_suggestions_show_and_accepting_empties_needs_review(ledger):
    window, page = ledger
    show(page, choice="review")
    waiting = page.model.rowCount()
    assert waiting == count(window, needs_review=True) > 0
    table = page.model.suggestions
    suggested = [page.model.data(page.model.index(r, 0), ID_ROLE) for r in range(waiting)]
    with_one = [i for i in suggested if table.at(i) is not None]
    assert with_one, "the demo has suggestions"
    row = page.model.row_of(with_one[0])
    text = page.model.data(page.model.index(row, COL_SUGGESTION))
    assert "%" in text and page.model.data(page.model.index(row, COL_SUGGESTION),
                                           Qt.ItemDataRole.ToolTipRole)

    page.presenter.reject([with_one[0]])  # turned down: no longer offered, row untouched
    assert page.model.suggestions.at(with_one[0]) is None
    assert stored(window, with_one[0]).category_id is None

    page.presenter.accept_above(0.0)
    accepted = with_one[1:]
    assert all(stored(window, i).category_id is not None for i in accepted)
    assert count(window, needs_review=True) == waiting - len(accepted)
    assert page.model.rowCount() == waiting - len(accepted)  # the filter is asked again
    window.undo_action.trigger()
    assert count(window, needs_review=True) == waiting


def test_rule_preview_count_is_what_applying_changes(ledger):
    window, page = ledger
    model = page.model
    tx = model.transaction(0)
    dialog = page.dialogs.open_rule(tx)
    target = category_named(window, "Gifts")
    dialog.category.setText(window.controller.ledger.category_names[target])
    dialog.ask_preview()
    summary = dialog.summary.text()
    assert "would change" in summary, dialog.error.text()
    frame = page.dialogs._frame
    from cmrdesk.services.rules import preview_rule

    preview = preview_rule(session(window), dialog.built(), frame=frame)
    assert preview.changes > 0 and dialog.preview.count() >= min(preview.changes, 50)
    before = count(window, category_ids=(target,))
    dialog.apply.setChecked(True)
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert count(window, category_ids=(target,)) - before == preview.changes

    rules = page.dialogs.open_rules()
    assert len(rules.rules) == 1 and "Gifts" in rules.list.item(0).text()
    window.undo_action.trigger()  # the rule and its filing, one step
    assert count(window, category_ids=(target,)) == before
    assert rules.rules == []


def test_rules_dialog_reorders_and_deletes(ledger):
    window, page = ledger
    from cmrdesk.domain import CategoryRule
    from cmrdesk.services import rules

    gifts = category_named(window, "Gifts")
    for text in ("alpha", "beta"):
        window.controller.edit(lambda s, t=text: rules.add_rule(
            s, CategoryRule(category_id=gifts, payee_contains=t)))
    dialog = page.dialogs.open_rules()
    assert [r.payee_contains for r in dialog.rules] == ["alpha", "beta"]
    dialog.list.setCurrentRow(1)
    dialog.buttons["up"].click()
    assert [r.payee_contains for r in dialog.rules] == ["beta", "alpha"]
    dialog.list.setCurrentRow(0)
    dialog.buttons["delete"].click()
    assert [r.payee_contains for r in dialog.rules] == ["alpha"]


# --- splits, reconcile, categories, export, search --------------------------------------------


def test_split_must_add_up_and_shows_a_marker(ledger):
    window, page = ledger
    tx = next(page.model.transaction(r) for r in range(40)
              if page.model.transaction(r).amount.amount < -5
              and page.model.transaction(r).transfer_id is None)
    page.dialogs.open_split(tx.id)
    dialog = page.dialogs.split
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    groceries = window.controller.ledger.category_names[category_named(window, "Groceries")]
    household = window.controller.ledger.category_names[category_named(window, "Household")]
    dialog.table.item(0, 1).setText(groceries)
    dialog.table.item(0, 0).setText("-3.00")
    assert not save.isEnabled() and "Still to place" in dialog.remaining.text()
    rest = tx.amount.amount + Decimal("3.00")
    dialog.table.item(1, 0).setText(str(rest))
    dialog.table.item(1, 1).setText(household)
    assert save.isEnabled(), dialog.error.text()
    save.click()
    assert not dialog.isVisible()
    from cmrdesk.services.splits import split_parts

    parts = split_parts(session(window), tx.id)
    assert [p.amount.amount for p in parts] == [Decimal("-3.00"), rest]
    settle(page)
    row = page.model.row_of(tx.id)
    assert "Split" in page.model.data(page.model.index(row, COL_CATEGORY))
    assert not page.model.flags(page.model.index(row, COL_CATEGORY)) & (
        Qt.ItemFlag.ItemIsEditable)
    show(page, choice="split")
    assert page.model.rowCount() == 1
    window.undo_action.trigger()
    assert split_parts(session(window), tx.id) == []


def test_reconcile_finishes_only_at_zero_difference(ledger):
    window, page = ledger
    account = window.controller.ledger.accounts[0]
    panel = page.dialogs.open_reconcile(account.id)
    panel.day.setDate(date(2026, 1, 31))
    panel.ask_rows()
    assert panel.rows and panel.base is not None
    assert not panel.finish.isEnabled() and "unknown" in panel.difference.text()
    ticked = panel.rows[:5]
    target = panel.base.minor + sum(t.amount.minor for t in ticked)
    balance = Money.from_minor(target, account.currency)
    panel.balance.setText(str(balance.amount))
    assert not panel.finish.isEnabled()  # nothing ticked yet: a difference
    panel.tick([t.id for t in ticked])
    assert panel.finish.isEnabled(), panel.difference.text()
    assert "none" in panel.difference.text()
    panel.finish.click()
    assert not panel.isVisible(), panel.error.text()
    assert {str(stored(window, t.id).status) for t in ticked} == {"reconciled"}
    show(page, choice="reconciled")
    assert page.model.rowCount() == 5
    window.undo_action.trigger()
    assert count(window, reconciled=True) == 0


def test_categories_dialog_adds_renames_and_deletes_into_another(ledger):
    window, page = ledger
    dialog = page.dialogs.open_categories()
    food = category_named(window, "Groceries")
    dialog.choose(food)
    dialog.name.setText("Bakery")
    dialog.buttons["add"].click()
    assert dialog.error.text() == ""
    bakery = category_named(window, "Bakery")
    dialog.choose(bakery)
    dialog.name.setText("Bread")
    dialog.buttons["rename"].click()
    assert window.controller.ledger.category_names[bakery].endswith("Bread")
    first = page.model.data(page.model.index(0, 0), ID_ROLE)
    page.presenter.categorise([first], bakery)
    dialog.choose(bakery)
    dialog.choose_other(food)  # its transactions go to Groceries
    dialog.buttons["delete"].click()
    assert bakery not in window.controller.ledger.category_names
    assert stored(window, first).category_id == food


def test_export_neutralises_a_formula_payee(ledger, tmp_path):
    window, page = ledger
    model = page.model
    ident = model.data(model.index(0, 0), ID_ROLE)
    assert model.setData(model.index(0, COL_PAYEE), '=HYPERLINK("http://x.example","hi")')
    page.bar.search.setText("HYPERLINK")
    page.apply_filters()
    settle(page)
    assert model.rowCount() == 1
    page.open_export()
    dialog = page.dialogs.export
    for name, check in dialog.checks.items():
        check.setChecked(name in ("date", "payee", "amount"))
    out = tmp_path / "view.csv"
    dialog.path.setText(str(out))
    dialog.export_button.click()
    assert not dialog.isVisible(), dialog.error.text()
    rows = list(csv.reader(out.open(encoding="utf-8")))
    assert rows[0] == ["date", "payee", "amount"]
    assert rows[1][1].startswith("'=HYPERLINK")
    assert Decimal(rows[1][2]) == stored(window, ident).amount.amount  # a number, not text


def test_export_to_xlsx_chosen_in_the_save_dialog(ledger, tmp_path, monkeypatch):
    openpyxl = pytest.importorskip("openpyxl")
    from PySide6.QtWidgets import QFileDialog

    from cmrdesk.ui import ledger_export

    _window, page = ledger
    model = page.model
    assert model.setData(model.index(0, COL_PAYEE), "=SUMME(1;2)")
    page.bar.search.setText("SUMME")
    page.apply_filters()
    settle(page)
    page.open_export()
    dialog = page.dialogs.export
    offered = []

    def save_as(_parent, _title, start, filters, selected):
        offered.append(filters)
        return str(tmp_path / "view.csv"), "Excel workbook (*.xlsx)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    dialog._choose()
    assert offered == ["CSV files (*.csv);;Excel workbook (*.xlsx)"]
    assert dialog.path.text() == str(tmp_path / "view.xlsx")  # the type picked decides
    for name, check in dialog.checks.items():
        check.setChecked(name in ("date", "payee", "amount"))
    dialog.export_button.click()
    assert not dialog.isVisible(), dialog.error.text()
    rows = list(openpyxl.load_workbook(tmp_path / "view.xlsx").active.iter_rows(values_only=True))
    assert rows[0] == ("date", "payee", "amount")
    assert len(rows) == 2 and rows[1][1] == "'=SUMME(1;2)"
    assert isinstance(rows[1][2], int | float)  # a number, not text
    assert ledger_export.with_chosen_suffix("a/b", 0) == Path("a/b.csv")
    assert ledger_export.with_chosen_suffix("a/b.XLSX", 1) == Path("a/b.XLSX")
    assert ledger_export.with_chosen_suffix("a/b.xlsx", 0) == Path("a/b.csv")
    assert ledger_export.with_chosen_suffix("a/v1.2", 1) == Path("a/v1.2.xlsx")


def test_search_reads_amounts_and_keeps_text():
    assert parse_query("10..20").amount_min == Decimal(10)
    query = parse_query("rent >100")
    assert (query.text, query.amount_min, query.amount_max, query.magnitude) == (
        "rent", Decimal(100), None, True)
    query = parse_query("-42.10")
    assert (query.amount_min, query.amount_max, query.magnitude) == (
        Decimal("-42.10"), Decimal("-42.10"), False)
    assert parse_query("7-Eleven").text == "7-Eleven"
    assert not parse_query("coffee").has_amount


def test_amount_search_finds_either_sign_and_survives_a_page_switch(ledger):
    window, page = ledger
    tx = page.model.transaction(0)
    magnitude = abs(tx.amount.amount)
    show(page, f"{magnitude}")
    ids = [page.model.data(page.model.index(r, 0), ID_ROLE)
           for r in range(page.model.rowCount())]
    assert tx.id in ids
    settle(page, range(page.model.rowCount()))
    assert all(abs(page.model.transaction(r).amount.amount) == magnitude
               for r in range(page.model.rowCount()))
    window.navigate("dashboard")
    window.navigate("transactions")
    assert page.bar.search.text() == f"{magnitude}"  # kept while the vault stays open
    assert page.model.rowCount() == len(ids)


def test_the_category_cell_completes_over_the_tree(ledger):
    window, page = ledger
    from PySide6.QtWidgets import QLineEdit, QStyleOptionViewItem

    index = page.model.index(0, COL_CATEGORY)
    delegate = page.table.itemDelegateForColumn(COL_CATEGORY)
    editor = delegate.createEditor(page.table.viewport(), QStyleOptionViewItem(), index)
    assert isinstance(editor, QLineEdit)
    completer = editor.completer()
    completer.setCompletionPrefix("grocer")
    paths = [completer.completionModel().index(r, 0).data()
             for r in range(completer.completionModel().rowCount())]
    assert paths and all("grocer" in p.casefold() for p in paths)
    assert page.presenter.category_id("groceries") == category_named(window, "Groceries")


def test_a_real_statement_gets_categories_through_the_page(window, tmp_path):
    """A real bank file lands uncategorised; two cells typed and the suggestions accepted on
    the page, and the dashboard's spending by category is no longer all 'Uncategorised'."""
    from pathlib import Path

    from cmrdesk.services import importing
    from cmrdesk.services.overview import dashboard
    from cmrdesk.services.session import VaultSession
    from tests.conftest import PASSPHRASE, TEST_PARAMS

    bunq = (Path(__file__).resolve().parents[1] / "data" / "corpus" / "mt940"
            / "php-mt940__Bunq_sample.sta")  # a copy, see tests/data/corpus/SOURCES.md
    path = tmp_path / "bunq.cmrdesk"
    with VaultSession.create(path, PASSPHRASE, params=TEST_PARAMS) as s:
        importing.import_file(s, bunq)
        rows = s.transactions()
    start, end = min(t.date for t in rows), max(t.date for t in rows)
    unlock(window, path)
    window.navigate("transactions")
    page = window.shell.page("transactions")

    def spending() -> dict[str, int]:
        bars = dashboard(window.controller.ledger, start, end).categories
        return dict(zip(bars.names, bars.amounts.tolist(), strict=True))

    before = spending()
    assert list(before) == ["Uncategorised"]
    for payee, category in (("P.C. Wacki", "Restaurants"), ("Albert Heijn", "Groceries")):
        show(page, payee)
        row = next(r for r in range(page.model.rowCount())
                   if page.model.transaction(r).amount.amount < 0)
        assert page.model.setData(page.model.index(row, COL_CATEGORY), category)
    show(page)
    page.presenter.accept_above(0.6)
    after = spending()
    assert after["Restaurants"] > 0 and after["Groceries"] > 0
    assert after["Uncategorised"] < before["Uncategorised"]
    assert sum(after.values()) == before["Uncategorised"]  # the same money, now filed
