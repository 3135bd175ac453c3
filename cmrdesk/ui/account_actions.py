"""What a person does to accounts, for any page that offers it: add, edit, close or reopen,
delete, and import statements.

:class:`AccountActions` is the presenter behind the Accounts page, the empty vault's
"Getting started" panel and the File menu. Every change goes through
:meth:`~cmrdesk.ui.controller.VaultController.edit` (so Ctrl+Z names it) and every page
redraws from the change set. Nothing here blocks: forms and the delete confirmation are opened
window-modal with ``open()``, and the two questions a test cannot click through — which files
to import and whether to delete — are seams (:attr:`AccountActions.choose_files`,
:attr:`AccountActions.confirm`).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from .errors import error_text
from .i18n import QT_TR_NOOP, tr

#: The bank files the import understands, for the file dialog's filter.
STATEMENT_FILTER = QT_TR_NOOP(
    "Bank statements (*.ofx *.qfx *.qif *.csv *.txt *.xml *.sta *.mt940 *.940)")


def ask_statement_files(parent: QWidget) -> list[Path]:
    """The file dialog: which bank files to import (empty when cancelled)."""
    names, _filter = QFileDialog.getOpenFileNames(
        parent, tr("Import statements"), str(Path.home()),
        tr(STATEMENT_FILTER) + ";;" + tr("All files (*)"))
    return [Path(n) for n in names]


def ask_confirmation(parent: QWidget, title: str, text: str, action: str,
                     on_yes: Callable[[], None]) -> QMessageBox:
    """A window-modal question (opened, never exec'd); ``on_yes`` runs on the action button."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Cancel,
                      parent)
    yes = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.buttonClicked.connect(lambda button: on_yes() if button is yes else None)
    box.open()
    return box


class AccountActions(QObject):
    """Opens the account form, closes, deletes and imports; see the module docstring."""

    #: A sentence about what the last action did or why it failed (shown by the page).
    message = Signal(str)

    def __init__(self, context: Any, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.widget = parent
        self.form: Any = None  # the open account form (tests fill it)
        self.wizard: Any = None  # the import wizard it opened
        self.confirmation: Any = None  # the open question (tests answer it)
        #: Seam: ``choose_files(parent) -> [Path]``.
        self.choose_files: Callable[[QWidget], list[Path]] = ask_statement_files
        #: Seam: ``confirm(parent, title, text, action, on_yes)``.
        self.confirm: Callable[..., Any] = ask_confirmation

    @property
    def controller(self) -> Any:
        return self.context.controller

    def _accounts(self) -> list[Any]:
        ledger = self.controller.ledger
        return list(ledger.accounts) if ledger is not None else []

    def account(self, ident: int) -> Any:
        """The loaded account ``ident`` (None when it is gone)."""
        return next((a for a in self._accounts() if a.id == ident), None)

    def _base(self) -> str:
        ledger = self.controller.ledger
        info = self.controller.info
        return ledger.base if ledger is not None else info.base_currency if info else "EUR"

    # --- the form -----------------------------------------------------------------------------

    def add(self, kind: str | None = None) -> Any:
        """Open the form for a new account (``kind`` preselected)."""
        return self._open_form(None, kind)

    def edit(self, ident: int) -> Any:
        """Open the form on account ``ident``."""
        account = self.account(ident)
        return self._open_form(account, None) if account is not None else None

    def _open_form(self, account: Any, kind: str | None) -> Any:
        from cmrdesk.services import records

        from .account_form import VALUED, AccountForm
        from .pages import page_specs

        if self.form is not None and not self.form.isVisible():
            self.form.deleteLater()  # forms are kept until the next one (tests read them)
        valuations = None
        if account is not None and account.kind in VALUED:
            from .valuations import ValuationsBox

            valuations = ValuationsBox(self.controller, account)
        holdings = None
        if "holdings" in {spec.key for spec in page_specs()}:
            def holdings(ident: int) -> None:
                self.context.navigate("holdings", account_id=ident)
        form = AccountForm(base_currency=self._base(), accounts=self._accounts(),
                           account=account, kind=kind, parent=self.widget.window(),
                           open_holdings=holdings, valuations=valuations)
        self.form = form

        def submitted(_values: dict) -> None:
            record = form.record()
            build = (records.new_account if account is None else records.edit_account)

            def done(outcome: Any) -> None:
                form.succeeded()
                if account is None and outcome.result.kind in VALUED:
                    # Straight on to its first valuation. The record itself, not the loaded
                    # ledger: with a background worker the reload may still be on its way.
                    self._open_form(outcome.result, None)

            self.controller.edit(lambda s: build(s, record), done, form.failed)

        form.submitted.connect(submitted)
        if valuations is not None:
            form.finished.connect(lambda _result: valuations.detach())
        form.open()
        return form

    # --- close, reopen, delete ------------------------------------------------------------------

    def set_closed(self, ident: int, closed: bool) -> None:
        """Close (or reopen) an account: it stays, with its history, shown as closed."""
        from cmrdesk.services import records

        account = self.account(ident)
        if account is None or account.closed == closed:
            return
        changed = copy.copy(account)
        changed.closed = closed
        self.controller.edit(lambda s: records.edit_account(s, changed), on_failure=self._fail)

    def delete(self, ident: int) -> None:
        """Delete an account: at once when nothing goes with it, else after a question that
        says what goes with it."""
        from cmrdesk.services import records

        account = self.account(ident)
        if account is None:
            return

        def remove(with_transactions: bool) -> None:
            self.controller.edit(lambda s: records.remove_account(
                s, ident, with_transactions=with_transactions), on_failure=self._fail)

        def counted(usage: Any) -> None:
            if not (usage.transactions or usage.holdings or usage.valuations):
                remove(False)
                return
            text = tr("Delete '{name}' and {what} with it? Policies, income and goals that "
                      "name it are kept. Edit > Undo brings it all back.").format(
                name=account.name, what=usage.sentence())
            self.confirmation = self.confirm(self.widget.window(), tr("Delete account"), text,
                                             tr("Delete"), lambda: remove(True))

        self.controller.with_session(lambda s: records.account_usage(s, ident), counted,
                                     self._fail, label="account usage")

    # --- import -----------------------------------------------------------------------------------

    def import_statements(self) -> None:
        """Ask for bank files and open the import wizard with them (it imports them as one
        undo step); nothing opens when no file is chosen."""
        from .import_wizard import open_import_wizard

        paths = self.choose_files(self.widget.window())
        if paths:
            self.wizard = open_import_wizard(self.widget.window(), paths)

    def _fail(self, error: BaseException) -> None:
        self.message.emit(error_text(error))

