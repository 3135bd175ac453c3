"""Transactions keyed in by hand: the form, and the presenter that adds, edits and deletes.

A new transaction names its account, date, amount (signed: money out is negative), payee,
memo and category (typed with completion over the vault's category paths); "Transfer to
another own account" books the other side too, as one action and one undo step. Editing
changes any of those fields (the other side of a transfer follows a new date or amount, the
service's rule). Amounts and dates are typed the user's locale's way.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from cmrdesk.domain import Account, Money, Transaction

from . import fmt
from .errors import error_text
from .forms import FormDialog
from .i18n import tr
from .widgets import make_label


class TransactionForm(FormDialog):
    """Add (``transaction`` None) or edit a transaction."""

    def __init__(self, *, accounts: Sequence[Account], categories: dict[int, str], today: date,
                 transaction: Transaction | None = None, account_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        editing = transaction is not None
        super().__init__(tr("Edit transaction") if editing else tr("Add a transaction"), parent,
                         submit_text=tr("Save") if editing else tr("Add transaction"))
        self.setObjectName("transactionForm")
        self.transaction = transaction
        self.by_id = {a.id: a for a in accounts}
        usable = [a for a in accounts if not a.closed or (
            transaction is not None and a.id == transaction.account_id)]
        usable.sort(key=lambda a: a.name.casefold())
        self.paths = {path.casefold(): ident for ident, path in categories.items()}
        self.choice("account", tr("Account"), [(a.id, f"{a.name} · {a.currency}")
                                                for a in usable])
        self.day("day", tr("Date"), required=True, aliases=("date",))
        self.amount("amount", tr("Amount"), self.currency, required=True,
                    hint=tr("Money out is negative: -12.50"))
        self.text("payee", tr("Payee"), aliases=("transaction",))
        self.text("memo", tr("Memo"))
        category = self.text("category", tr("Category"), check=self._category,
                             placeholder=tr("Uncategorised"))
        completer = QCompleter(sorted(categories.values(), key=str.casefold), category.widget)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        category.widget.setCompleter(completer)
        self.check("transfer", tr("Transfer to another own account"))
        self.choice("transfer_to", tr("Other account"), [], required=False, none_text="")
        self.preview = make_label("", "readout", wrap=True)
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        self.grid.addWidget(self.preview, self._row, 1)
        self._row += 1
        self.grid.setRowStretch(self._row, 1)  # room to spare goes below the rows
        if transaction is not None:
            self.fill(account=transaction.account_id, day=transaction.date,
                      amount=transaction.amount, payee=transaction.payee or transaction.payee_raw,
                      memo=transaction.memo,
                      category=categories.get(transaction.category_id or -1, ""))
        else:
            self.fill(account=account_id if account_id in self.by_id else None, day=today)
        self.field_changed("account")

    # --- reading -------------------------------------------------------------------------------

    def account(self) -> Account | None:
        """The account chosen now."""
        return self.by_id.get(self.fields["account"].widget.currentData())

    def currency(self) -> str:
        account = self.account()
        return account.currency if account is not None else "EUR"

    def _category(self, text: str) -> None:
        if text.casefold() not in self.paths:
            raise fmt.InputError(tr("no category called {name!r}").format(name=text))

    def category_id(self) -> int | None:
        """The id of the category typed (None: uncategorised)."""
        text = self.fields["category"].widget.text().strip()
        return self.paths.get(text.casefold()) if text else None

    # --- rows that depend on others ------------------------------------------------------------

    def field_changed(self, name: str) -> None:
        transfer = bool(self.fields["transfer"].value()) and self.transaction is None
        if name == "account":
            self._transfer_choices()
            self.revalidate()  # the amount's decimals follow the account's currency
        shown = [n for n in self.fields if n not in ("transfer", "transfer_to")]
        if self.transaction is None:
            shown.append("transfer")
        if transfer:
            shown.append("transfer_to")
        if set(shown) != {n for n, f in self.fields.items() if f.shown}:
            self.show_only(shown)
        self.fields["payee"].required = not transfer
        self.fields["transfer_to"].required = transfer
        self._preview(transfer)
        self._update_save()
        shape = (tuple(n for n, f in self.fields.items() if f.shown), self.preview.text() != "")
        if shape != self._shape:  # rows came or went: fit them (not on every keystroke)
            self._shape = shape
            self.fit_to_content()

    _shape: tuple = ()

    def _transfer_choices(self) -> None:
        """The other side: an open account in the same currency, not this one."""
        combo = self.fields["transfer_to"].widget
        assert isinstance(combo, QComboBox)
        chosen, here = combo.currentData(), self.account()
        combo.blockSignals(True)
        combo.clear()
        for account in sorted(self.by_id.values(), key=lambda a: a.name.casefold()):
            if here is not None and account.id != here.id and not account.closed and (
                    account.currency == here.currency):
                combo.addItem(account.name, account.id)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)

    def _preview(self, transfer: bool) -> None:
        """Say in words what the transfer books on each side."""
        other = self.by_id.get(self.fields["transfer_to"].widget.currentData())
        here = self.account()
        text = ""
        try:
            amount = self.fields["amount"].value()
        except (fmt.InputError, ValueError):
            amount = None
        if transfer and here is not None and other is not None and amount:
            money = Money(amount, here.currency)

            def whole(part: str) -> str:  # an amount or a name never breaks across lines
                return f"<nobr>{html.escape(part)}</nobr>"

            text = tr("Books {this} on {here} and {that} on {other}.").format(
                this=whole(fmt.money(money, signed=True)), here=whole(here.name),
                that=whole(fmt.money(-money, signed=True)), other=whole(other.name))
        elif transfer and other is None:
            text = tr("No other open account in this currency.")
        self.preview.setText(text)
        self.preview.setVisible(bool(text))

    # --- what to save --------------------------------------------------------------------------

    def new_transaction(self) -> tuple[Transaction, int | None]:
        """The transaction to add, and the other account of a transfer."""
        values = self.values()
        here = self.account()
        assert here is not None and here.id is not None
        tx = Transaction(account_id=here.id, date=values["day"],
                         amount=Money(values["amount"], here.currency),
                         payee=values.get("payee") or "", memo=values.get("memo") or "",
                         category_id=self.category_id())
        return tx, values.get("transfer_to") if values.get("transfer") else None

    def changes(self) -> dict[str, Any]:
        """The fields that differ from the transaction being edited (keyword arguments of
        ``records.edit_transaction``)."""
        before = self.transaction
        assert before is not None
        values = self.values()
        here = self.account()
        assert here is not None
        amount = Money(values["amount"], here.currency)
        wanted: dict[str, Any] = {
            "account_id": here.id, "day": values["day"], "amount": amount,
            "payee": values.get("payee") or "", "memo": values.get("memo") or "",
            "category_id": self.category_id()}
        current = {"account_id": before.account_id, "day": before.date, "amount": before.amount,
                   "payee": before.payee or before.payee_raw, "memo": before.memo,
                   "category_id": before.category_id}
        return {k: v for k, v in wanted.items() if v != current[k]}


class TransactionActions(QObject):
    """Add, edit and delete transactions through the controller (one undo step each)."""

    message = Signal(str)  # why the last action failed

    def __init__(self, context: Any, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.widget = parent
        self.form: TransactionForm | None = None

    def _form(self, **kwargs: Any) -> TransactionForm:
        ledger = self.context.controller.ledger
        if self.form is not None and not self.form.isVisible():
            self.form.deleteLater()  # forms are kept until the next one (tests read them)
        form = TransactionForm(accounts=ledger.accounts, categories=ledger.category_names,
                               today=ledger.today, parent=self.widget.window(), **kwargs)
        self.form = form
        form.open()
        return form

    def add(self, account_id: int | None = None) -> TransactionForm | None:
        """Open the form for a new transaction (on ``account_id`` when given)."""
        from cmrdesk.services import records

        ledger = self.context.controller.ledger
        if ledger is None:
            return None
        if not any(not a.closed for a in ledger.accounts):
            self.message.emit(tr("Add an account first: every transaction belongs to one."))
            return None
        form = self._form(account_id=account_id)

        def submitted(_values: dict) -> None:
            tx, other = form.new_transaction()
            self.context.controller.edit(lambda s: records.new_transaction(s, tx, other),
                                         lambda _o: form.succeeded(), form.failed)

        form.submitted.connect(submitted)
        return form

    def edit(self, ident: int) -> None:
        """Fetch transaction ``ident`` (on the worker) and open the form on it."""
        from cmrdesk.services import browse

        self.context.controller.with_session(
            lambda s: browse.transactions_by_id(s, [ident]).get(ident),
            lambda tx: tx is not None and self._edit(tx), self._fail, label="transaction")

    def _edit(self, tx: Transaction) -> None:
        from cmrdesk.services import records

        form = self._form(transaction=tx)

        def submitted(_values: dict) -> None:
            changes = form.changes()
            if not changes:
                form.succeeded()
                return
            self.context.controller.edit(
                lambda s: records.edit_transaction(s, tx.id, **changes),
                lambda _o: form.succeeded(), form.failed)

        form.submitted.connect(submitted)

    def delete(self, ids: Sequence[int]) -> None:
        """Delete transactions (one undo step for all of them)."""
        from cmrdesk.services import records

        if ids:
            self.context.controller.edit(lambda s: records.remove_transactions(s, list(ids)),
                                         on_failure=self._fail)

    def _fail(self, error: BaseException) -> None:
        self.message.emit(error_text(error))

