"""Rules: "Always categorise like this…" with a preview, and the Rules dialog.

The rule dialog shows, before anything is saved, how many past transactions the rule would
change and which (the first ``PREVIEW_LIMIT``, newest first); the count comes from the same
function that applying uses (``services.rules.preview_rule``), on the same ledger frame, so
what it says is what applying changes. The Rules dialog lists the rules in the order they are
tried and edits, reorders and deletes them, each one undo step.
"""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cmrdesk.domain import CategoryRule

from . import fmt
from .i18n import QT_TR_NOOP, plural, tr
from .ledger_delegates import category_completer
from .list_dialog import add_actions
from .widgets import make_label, primary_button

MODES = (("contains", QT_TR_NOOP("Payee contains")), ("equals", QT_TR_NOOP("Payee is exactly")),
         ("pattern", QT_TR_NOOP("Payee or memo matches (regular expression)")))


class RuleDialog(QDialog):
    """Create (or edit) one rule; the preview follows every change of the conditions."""

    saved = Signal(object, bool)  # the CategoryRule, apply to past transactions

    def __init__(self, *, accounts: list[Any], categories: dict[int, str], resolve: Any,
                 rule: CategoryRule | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ruleDialog")
        self.setWindowTitle(tr("Edit rule") if rule and rule.id else tr("Always categorise "
                                                                        "like this"))
        self.rule = rule
        self.categories = categories
        self.resolve = resolve
        self.preview_request: Any = None  # set by the owner: rule -> asks for a preview
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.mode = QComboBox()
        for key, label in MODES:
            self.mode.addItem(tr(label), key)
        self.text = QLineEdit()
        self.text.setAccessibleName(tr("Payee text"))
        form.addRow(self.mode, self.text)
        amounts = QHBoxLayout()
        self.min_amount = QLineEdit()
        self.min_amount.setPlaceholderText(tr("any"))
        self.min_amount.setAccessibleName(tr("Lowest amount"))
        self.max_amount = QLineEdit()
        self.max_amount.setPlaceholderText(tr("any"))
        self.max_amount.setAccessibleName(tr("Highest amount"))
        amounts.addWidget(self.min_amount)
        amounts.addWidget(make_label(tr("to"), "muted"))
        amounts.addWidget(self.max_amount)
        form.addRow(tr("Amount from"), amounts)
        self.account = QComboBox()
        self.account.addItem(tr("Any account"), None)
        for account in sorted(accounts, key=lambda a: a.name.casefold()):
            self.account.addItem(account.name, account.id)
        form.addRow(tr("Account"), self.account)
        self.category = QLineEdit()
        self.category.setAccessibleName(tr("Category"))
        self.category.setCompleter(category_completer(
            sorted(categories.values(), key=str.casefold), self.category))
        form.addRow(tr("Categorise as"), self.category)
        layout.addLayout(form)
        hint = make_label(tr("Amounts are signed: money out is negative (-50 to -10)."),
                          "muted", wrap=True)
        layout.addWidget(hint)
        self.summary = make_label("", "readout", wrap=True)
        self.summary.setAccessibleName(tr("Preview"))
        layout.addWidget(self.summary)
        self.preview = QListWidget()
        self.preview.setAccessibleName(tr("Transactions the rule would change"))
        self.preview.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        layout.addWidget(self.preview, 1)
        self.apply = QCheckBox(tr("Also categorise these past transactions"))
        self.apply.setChecked(True)
        layout.addWidget(self.apply)
        self.error = make_label("", "error", wrap=True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = primary_button(tr("Save rule"))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.ask_preview)
        if rule is not None:
            self.fill(rule)
        for line in (self.text, self.min_amount, self.max_amount, self.category):
            line.textChanged.connect(lambda _t: self._debounce.start())
        for combo in (self.mode, self.account):
            combo.currentIndexChanged.connect(lambda _i: self._debounce.start())
        self.resize(620, 560)

    def fill(self, rule: CategoryRule) -> None:
        """Show ``rule``'s conditions."""
        if rule.pattern:
            self.mode.setCurrentIndex(2)
            self.text.setText(rule.pattern)
        elif rule.payee_equals:
            self.mode.setCurrentIndex(1)
            self.text.setText(rule.payee_equals)
        else:
            self.text.setText(rule.payee_contains)
        for line, value in ((self.min_amount, rule.min_amount),
                            (self.max_amount, rule.max_amount)):
            line.setText(fmt.number_text(value) if value is not None else "")
        self.account.setCurrentIndex(max(0, self.account.findData(rule.account_id)))
        self.category.setText(self.categories.get(rule.category_id, ""))

    def built(self) -> CategoryRule:
        """The rule as typed (``fmt.InputError`` saying what cannot be read)."""
        category = self.resolve(self.category.text())
        if category is None:
            raise fmt.InputError(tr("choose the category the rule files under"))

        def amount(line: QLineEdit) -> Decimal | None:
            return fmt.parse_number(line.text()) if line.text().strip() else None

        rule = copy.copy(self.rule) if self.rule is not None else CategoryRule(category_id=0)
        rule.category_id = category
        text, mode = self.text.text().strip(), self.mode.currentData()
        rule.payee_contains = text if mode == "contains" else ""
        rule.payee_equals = text if mode == "equals" else ""
        rule.pattern = text if mode == "pattern" else ""
        rule.min_amount, rule.max_amount = amount(self.min_amount), amount(self.max_amount)
        rule.account_id = self.account.currentData()
        return rule

    def ask_preview(self) -> None:
        """Ask the owner for a preview of the rule as typed now."""
        try:
            rule = self.built()
        except fmt.InputError as error:
            self.show_error(str(error))
            return
        self.error.setText("")
        self.summary.setText(tr("Counting…"))
        if self.preview_request is not None:
            self.preview_request(rule)

    def show_preview(self, preview: Any, rows: list[Any]) -> None:
        """``preview``: a ``services.rules.RulePreview``; ``rows``: its first transactions."""
        self.error.setText("")
        matches = plural(preview.matches, "{n} past transaction matches",
                         "{n} past transactions match", fmt.count(preview.matches))
        changes = plural(preview.changes, "{n} would change", "{n} would change",
                         fmt.count(preview.changes))
        kept = preview.matches - preview.changes
        text = f"{matches}; {changes}"
        if kept:
            text += " " + tr("(the others are already there, filed by you, split, or claimed "
                             "by an earlier rule)")
        self.summary.setText(text)
        self.preview.clear()
        for tx in rows:
            item = QListWidgetItem(f"{fmt.day(tx.date)}   {tx.payee or tx.payee_raw}   "
                                   f"{fmt.money(tx.amount, signed=True)}")
            self.preview.addItem(item)
        if preview.changes > len(rows):
            more = QListWidgetItem(tr("… and {n} more").format(
                n=fmt.count(preview.changes - len(rows))))
            more.setForeground(Qt.GlobalColor.gray)
            self.preview.addItem(more)

    def show_error(self, text: str) -> None:
        """Say why the rule cannot be saved or previewed."""
        self.summary.setText("")
        self.preview.clear()
        self.error.setText(text)

    def _save(self) -> None:
        try:
            rule = self.built()
        except fmt.InputError as error:
            self.show_error(str(error))
            return
        self.saved.emit(rule, self.apply.isChecked())


class RulesDialog(QDialog):
    """Every rule in the order they are tried: new, edit, move up/down, delete."""

    new_wanted = Signal()
    edit_wanted = Signal(object)  # CategoryRule
    move_wanted = Signal(int, int)  # rule id, new index
    delete_wanted = Signal(int)
    apply_wanted = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rulesDialog")
        self.setWindowTitle(tr("Rules"))
        self.rules: list[CategoryRule] = []
        layout = QVBoxLayout(self)
        layout.addWidget(make_label(tr("Rules are tried from the top; the first that matches "
                                       "files the transaction."), "muted", wrap=True))
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Rules"))
        layout.addWidget(self.list, 1)
        self.buttons, self.error = add_actions(self, layout, (
            ("new", QT_TR_NOOP("New…")), ("edit", QT_TR_NOOP("Edit…")),
            ("up", QT_TR_NOOP("Move up")), ("down", QT_TR_NOOP("Move down")),
            ("apply", QT_TR_NOOP("Apply now")), ("delete", QT_TR_NOOP("Delete"))))
        self.buttons["new"].clicked.connect(self.new_wanted.emit)
        self.buttons["edit"].clicked.connect(lambda: self._with(self.edit_wanted.emit))
        self.buttons["delete"].clicked.connect(lambda: self._with(
            lambda r: self.delete_wanted.emit(r.id)))
        self.buttons["apply"].clicked.connect(lambda: self._with(
            lambda r: self.apply_wanted.emit(r.id)))
        self.buttons["up"].clicked.connect(lambda: self._move(-1))
        self.buttons["down"].clicked.connect(lambda: self._move(1))
        self.list.itemDoubleClicked.connect(lambda _i: self._with(self.edit_wanted.emit))
        self.resize(640, 420)

    def show_rules(self, rules: list[CategoryRule], categories: dict[int, str]) -> None:
        """List ``rules`` (in the order they are tried), keeping the selection."""
        chosen = self.current()
        self.rules = list(rules)
        self.list.clear()
        for number, rule in enumerate(self.rules, start=1):
            what = rule.describe().removeprefix("rule: ")
            self.list.addItem(f"{number}. {what} → {categories.get(rule.category_id, '?')}")
        if not self.rules:
            self.list.addItem(tr("No rules yet: use “Always categorise like this…” on a row."))
        for row, rule in enumerate(self.rules):
            if chosen is not None and rule.id == chosen.id:
                self.list.setCurrentRow(row)

    def current(self) -> CategoryRule | None:
        """The selected rule."""
        row = self.list.currentRow()
        return self.rules[row] if 0 <= row < len(self.rules) else None

    def _with(self, act: Any) -> None:
        rule = self.current()
        if rule is not None:
            act(rule)

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if 0 <= row < len(self.rules) and 0 <= target < len(self.rules):
            self.move_wanted.emit(self.rules[row].id, target)
