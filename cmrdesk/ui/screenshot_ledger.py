"""Screenshot targets of the Transactions page as a ledger, for ``cmrdesk screenshot --page``:
``ledger-edit`` (a payee cell being edited), ``ledger-suggestions`` (the rows that need review
with their suggested categories), ``ledger-rule`` (a rule and how many past rows it would
change), ``ledger-split`` (a supermarket line split over two categories, still to save) and
``ledger-reconcile`` (a statement half ticked, the difference showing). Nothing is saved: the
dialogs are filled in and drawn, never submitted.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QLineEdit, QWidget


def _page(window: Any, choice: str = "all", text: str = "") -> Any:
    window.navigate("transactions")
    page = window.shell.page("transactions")
    with page.bar.quietly():
        page.bar.show_choice.setCurrentIndex(page.bar.show_choice.findData(choice))
        page.bar.search.setText(text)
    page.apply_filters()
    _settle(page)
    return page


def _settle(page: Any) -> None:
    for row in range(60):
        page.model.transaction(row)
    for _ in range(3):
        QCoreApplication.processEvents()


def _row(page: Any, test: Any) -> int:
    for row in range(min(page.model.rowCount(), 200)):
        tx = page.model.transaction(row)
        if tx is not None and test(tx):
            return row
    return 0


def _edit(window: Any) -> QWidget:
    from .transactions_model import COL_PAYEE

    page = _page(window)
    row = _row(page, lambda t: t.amount.amount < 0 and t.category_id is not None)
    index = page.model.index(row, COL_PAYEE)
    page.table.selectRow(row)
    page.table.setCurrentIndex(index)
    page.table.edit(index)
    editor = page.table.focusWidget() or page.table.indexWidget(index)
    for child in page.table.viewport().findChildren(QLineEdit):
        editor = child
    if isinstance(editor, QLineEdit):
        editor.setText(editor.text() + " (weekly shop)")
    page.status.setText("Typing into a cell saves it as one undo step; Esc leaves it as it was.")
    return window


def _suggestions(window: Any) -> QWidget:
    page = _page(window, "review")
    page.table.selectRow(0)
    return window


def _rule(window: Any) -> QWidget:
    from .screenshot_details import Composite

    page = _page(window)
    row = _row(page, lambda t: t.amount.amount < 0 and len(t.payee) > 3)
    dialog = page.dialogs.open_rule(page.model.transaction(row))
    dialog.ask_preview()
    return Composite(window, dialog)


def _split(window: Any) -> QWidget:
    from .screenshot_details import Composite

    page = _page(window)
    names = page.model.categories
    row = _row(page, lambda t: t.amount.amount < -20 and t.transfer_id is None
               and "Groceries" in names.get(t.category_id or -1, ""))
    tx = page.model.transaction(row)
    page.dialogs.open_split(tx.id)
    dialog = page.dialogs.split
    household = next((p for p in names.values() if p.endswith("Household")), "")
    from cmrdesk.domain import Money

    from . import fmt

    part = Money.from_minor(-(abs(tx.amount.minor) // 3), tx.amount.currency)
    dialog.table.item(1, 0).setText(fmt.amount_text(part))
    dialog.table.item(1, 1).setText(household)
    dialog.table.item(1, 2).setText("cleaning things")
    dialog.table.item(0, 0).setText(fmt.amount_text(tx.amount - part))
    return Composite(window, dialog)


def _reconcile(window: Any) -> QWidget:
    from .screenshot_details import Composite

    page = _page(window)
    ledger = window.controller.ledger
    account = ledger.accounts[0]
    panel = page.dialogs.open_reconcile(account.id)
    end = ledger.first_day
    panel.day.setDate(QDate(end.year, end.month, 28))
    panel.ask_rows()
    panel.tick([tx.id for tx in panel.rows[1:]])
    if panel.base is not None:
        from . import fmt

        whole = panel.base.minor + sum(t.amount.minor for t in panel.rows)
        from cmrdesk.domain import Money

        panel.balance.setText(fmt.amount_text(Money.from_minor(whole, account.currency)))
    return Composite(window, panel)


SHOTS = {
    "ledger-edit": _edit,
    "ledger-suggestions": _suggestions,
    "ledger-rule": _rule,
    "ledger-split": _split,
    "ledger-reconcile": _reconcile,
}
