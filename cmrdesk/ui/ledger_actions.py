"""The Transactions page's dialogs, wired to the services: split, rule (with its preview),
rules, categories, reconcile and export.

Each dialog only shows and asks; this module reads what it needs on the worker, applies every
change through :meth:`VaultController.edit` (one undo step each) and tells the dialog when the
service refuses, so it can say why and stay open. Open dialogs are kept as attributes (tests
and screenshots read them); ``open()`` never blocks.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from cmrdesk.domain import CategoryRule

from . import fmt
from .errors import error_text
from .i18n import plural, tr
from .ledger_categories import CategoriesDialog
from .ledger_export import ExportDialog, default_export_path
from .ledger_reconcile import ReconcilePanel
from .ledger_rules import RuleDialog, RulesDialog
from .ledger_split import SplitDialog


class LedgerDialogs(QObject):
    """Opens the ledger's dialogs over ``widget`` and carries out what they ask."""

    def __init__(self, presenter: Any, widget: QWidget) -> None:
        super().__init__(widget)
        self.presenter = presenter
        self.widget = widget
        self.split: SplitDialog | None = None
        self.rule: RuleDialog | None = None
        self.rules: RulesDialog | None = None
        self.categories: CategoriesDialog | None = None
        self.reconcile: ReconcilePanel | None = None
        self.export: ExportDialog | None = None
        self._frame: Any = None  # the ledger frame rule previews and applying share

    @property
    def controller(self) -> Any:
        """The vault controller."""
        return self.presenter.controller

    def _names(self) -> dict[int, str]:
        return dict(self.presenter.model.categories)

    def _parent(self) -> QWidget:
        return self.widget.window()

    # --- split ---------------------------------------------------------------------------------

    def open_split(self, ident: int) -> None:
        """The split dialog on transaction ``ident`` (its parts read on the worker)."""
        from cmrdesk.services import browse, splits

        def read(session: Any) -> tuple[Any, list[Any]]:
            tx = browse.transactions_by_id(session, [ident])[ident]
            return tx, splits.split_parts(session, ident)

        self.controller.with_session(read, lambda found: self._show_split(*found),
                                     self.presenter.failed, label="split")

    def _show_split(self, tx: Any, parts: list[Any]) -> None:
        from cmrdesk.services import splits

        dialog = SplitDialog(tx, parts, self._names(), self.presenter.category_id,
                             self._parent())
        self.split = dialog

        def save(rows: list[tuple[Any, int | None, str]]) -> None:
            parts = [splits.SplitPart(amount, category, memo) for amount, category, memo in rows]
            self.controller.edit(lambda s: splits.split(s, tx.id, parts),
                                 lambda _o: dialog.accept(),
                                 lambda e: dialog.failed(error_text(e)))

        def join() -> None:
            self.controller.edit(lambda s: splits.unsplit(s, tx.id), lambda _o: dialog.accept(),
                                 lambda e: dialog.failed(error_text(e)))

        dialog.accepted_parts.connect(save)
        dialog.unsplit_wanted.connect(join)
        dialog.open()

    # --- rules ---------------------------------------------------------------------------------

    def open_rule(self, tx: Any = None, rule: CategoryRule | None = None) -> RuleDialog:
        """"Always categorise like this…": a new rule from row ``tx`` (its payee, its category
        or suggestion), or an existing ``rule`` to edit."""
        ledger = self.controller.ledger
        if rule is None and tx is not None:
            category = tx.category_id
            suggestion = self.presenter.model.suggestions
            if category is None and suggestion is not None:
                found = suggestion.at(tx.id)
                category = found[0] if found else None
            rule = CategoryRule(category_id=category or 0,
                                payee_contains=(tx.payee or tx.payee_raw).strip(),
                                account_id=None)
        dialog = RuleDialog(accounts=list(ledger.accounts) if ledger else [],
                            categories=self._names(), resolve=self.presenter.category_id,
                            rule=rule, parent=self._parent())
        self.rule = dialog
        dialog.preview_request = lambda r: self._preview(dialog, r)
        dialog.saved.connect(lambda r, apply: self._save_rule(dialog, r, apply))
        self._frame = None
        dialog.open()
        dialog.ask_preview()
        return dialog

    def _frame_for(self, session: Any) -> Any:
        """One ledger frame (with memos and who filed each row) per dialog: preview and
        applying read the same one, so the count shown is what applying changes."""
        from cmrdesk.services.ledger_edits import ledger_frame

        if self._frame is None:
            self._frame = ledger_frame(session)
        return self._frame

    def _preview(self, dialog: RuleDialog, rule: CategoryRule) -> None:
        from cmrdesk.services import browse, rules

        def work(session: Any) -> tuple[Any, list[Any]]:
            preview = rules.preview_rule(session, rule, frame=self._frame_for(session))
            shown = preview.ids[:50]
            found = browse.transactions_by_id(session, shown)
            return preview, [found[i] for i in shown if i in found]

        self.controller.with_session(work, lambda r: dialog.show_preview(*r),
                                     lambda e: dialog.show_error(error_text(e)), label="preview")

    def _save_rule(self, dialog: RuleDialog, rule: CategoryRule, apply: bool) -> None:
        from cmrdesk.services import rules

        new = rule.id is None  # adding gives the rule its id: decide before

        def build(session: Any) -> Any:
            if new:
                return rules.add_rule(session, rule, apply=apply,
                                      frame=self._frame_for(session))
            return rules.edit_rule(session, rule)

        def done(_outcome: Any) -> None:
            dialog.accept()
            if not new and apply:
                self.controller.edit(lambda s: rules.apply_rule(s, rule.id),
                                     on_failure=self.presenter.failed)
            self.refresh_rules()

        self.controller.edit(build, done, lambda e: dialog.show_error(error_text(e)))

    def open_rules(self) -> RulesDialog:
        """The Rules dialog: every rule, in order."""
        from cmrdesk.services import rules

        dialog = RulesDialog(self._parent())
        self.rules = dialog

        def act(build: Any) -> None:
            self.controller.edit(build, lambda _o: self.refresh_rules(),
                                 lambda e: dialog.error.setText(error_text(e)))

        dialog.new_wanted.connect(lambda: self.open_rule())
        dialog.edit_wanted.connect(lambda r: self.open_rule(rule=r))
        dialog.move_wanted.connect(lambda i, at: act(lambda s: rules.move_rule(s, i, at)))
        dialog.delete_wanted.connect(lambda i: act(lambda s: rules.delete_rule(s, i)))
        dialog.apply_wanted.connect(lambda i: act(lambda s: rules.apply_rule(s, i)))
        dialog.open()
        self.refresh_rules()
        return dialog

    def refresh_rules(self) -> None:
        """Redraw the Rules dialog, if open."""
        from cmrdesk.services import rules

        dialog = self.rules
        if dialog is None or not dialog.isVisible():
            return
        self.controller.with_session(
            lambda s: (rules.rules(s), s.category_path()),
            lambda found: dialog.show_rules(*found), self.presenter.failed, label="rules")

    # --- categories ----------------------------------------------------------------------------

    def open_categories(self) -> CategoriesDialog:
        """The Categories dialog."""
        from cmrdesk.services import category_edits as edits

        dialog = CategoriesDialog(self._parent())
        self.categories = dialog

        def act(build: Any) -> None:
            dialog.error.setText("")
            self.controller.edit(build, lambda _o: self.refresh_categories(),
                                 lambda e: dialog.failed(error_text(e)))

        dialog.add_wanted.connect(lambda name, parent, kind: act(
            lambda s: edits.add_category(s, name, parent,
                                         kind=kind if parent is None else None)))
        dialog.rename_wanted.connect(lambda c, name: act(
            lambda s: edits.rename_category(s, c, name)))
        dialog.move_wanted.connect(lambda c, parent: act(
            lambda s: edits.move_category(s, c, parent)))
        dialog.merge_wanted.connect(lambda c, target: act(
            lambda s: edits.merge_categories(s, c, target)))
        dialog.delete_wanted.connect(lambda c, to: act(
            lambda s: edits.delete_category(s, c, to)))
        dialog.open()
        self.refresh_categories()
        return dialog

    def refresh_categories(self) -> None:
        """Redraw the Categories dialog, if open."""
        dialog = self.categories
        if dialog is None or not dialog.isVisible():
            return
        self.controller.with_session(
            lambda s: (s.categories(), s.category_path()),
            lambda found: dialog.show_categories(*found), self.presenter.failed,
            label="categories")

    # --- reconcile -----------------------------------------------------------------------------

    def open_reconcile(self, account_id: int | None) -> ReconcilePanel | None:
        """The reconcile panel (on ``account_id`` when one account is shown)."""
        ledger = self.controller.ledger
        if ledger is None or not ledger.accounts:
            self.presenter.message.emit(tr("Add an account first."))
            return None
        panel = ReconcilePanel(list(ledger.accounts), account_id, ledger.today, self._parent())
        self.reconcile = panel
        panel.load_wanted.connect(lambda a, day: self._reconcile_rows(panel, a, day))
        panel.finish_wanted.connect(lambda a, day, money, ids: self._finish(
            panel, a, day, money, ids))
        panel.open()
        return panel

    def _reconcile_rows(self, panel: ReconcilePanel, account_id: int, day: Any) -> None:
        from cmrdesk.domain import Money
        from cmrdesk.services import ledger_view, splits

        def work(session: Any) -> tuple[Any, list[Any], int]:
            account = next(a for a in session.accounts() if a.id == account_id)
            zero = Money.zero(account.currency)
            base = splits.reconcile_state(session, account_id, day, zero, []).cleared
            rows, total = ledger_view.reconcile_candidates(session, account_id, day)
            return base, rows, total

        self.controller.with_session(work, lambda r: panel.show_rows(*r),
                                     lambda e: panel.failed(error_text(e)), label="reconcile")

    def _finish(self, panel: ReconcilePanel, account_id: int, day: Any, balance: Any,
                ids: list[int]) -> None:
        from cmrdesk.services import splits

        def done(_outcome: Any) -> None:
            panel.accept()
            self.presenter.message.emit(plural(
                len(ids), "Reconciled: {n} transaction marked", "Reconciled: {n} transactions "
                "marked", fmt.count(len(ids))))

        self.controller.edit(lambda s: splits.reconcile(s, account_id, day, balance, ids),
                             done, lambda e: panel.failed(error_text(e)))

    # --- export --------------------------------------------------------------------------------

    def open_export(self, flt: Any, described: str) -> ExportDialog:
        """The export dialog for the rows filter ``flt`` matches."""
        from cmrdesk.services import export

        dialog = ExportDialog(export.EXPORT_COLUMNS, described, default_export_path(),
                              self._parent())
        self.export = dialog

        def write(columns: list[str], path: Any) -> None:
            def done(count: int) -> None:
                dialog.accept()
                self.presenter.message.emit(plural(
                    count, "Exported {n} transaction to {file}",
                    "Exported {n} transactions to {file}", fmt.count(count)).replace(
                        "{file}", path.name))

            self.controller.with_session(
                lambda s: export.export_transactions(s, flt, columns, path), done,
                lambda e: dialog.failed(error_text(e)), label="export")

        dialog.export_wanted.connect(write)
        dialog.open()
        return dialog
