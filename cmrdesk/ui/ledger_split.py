"""The split dialog: one bank line filed over several categories.

The parts must add up to the line exactly; the amount still to place is shown as the parts
are typed, and Save is offered only when it is zero. The service checks again and refuses in
words (nothing changes then).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cmrdesk.domain import Money

from . import fmt
from .i18n import tr
from .ledger_delegates import CategoryDelegate
from .widgets import make_label

PART_AMOUNT, PART_CATEGORY, PART_MEMO = range(3)


class SplitDialog(QDialog):
    """Edit the parts of one line; :attr:`accepted_parts` carries ``[(Money, category id,
    memo)]`` when saved, :attr:`unsplit_wanted` when the person joins the line again."""

    accepted_parts = Signal(list)
    unsplit_wanted = Signal()

    def __init__(self, transaction: Any, parts: list[Any], categories: dict[int, str],
                 resolve: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("splitDialog")
        self.setWindowTitle(tr("Split a transaction"))
        self.transaction = transaction
        self.categories = categories
        self.resolve = resolve  # text -> category id (raises fmt.InputError)
        self.currency = transaction.amount.currency
        layout = QVBoxLayout(self)
        head = make_label(tr("{payee} · {amount} on {day}").format(
            payee=transaction.payee or transaction.payee_raw,
            amount=fmt.money(transaction.amount, signed=True),
            day=fmt.day(transaction.date)), "sectionTitle")
        layout.addWidget(head)
        layout.addWidget(make_label(tr("Give each part an amount and a category; the parts "
                                       "must add up to the line."), "muted", wrap=True))
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([
            tr("Amount ({currency})").format(currency=self.currency), tr("Category"),
            tr("Memo")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(PART_CATEGORY, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(PART_AMOUNT, 150)
        self.table.setColumnWidth(PART_MEMO, 180)
        self.table.setItemDelegateForColumn(
            PART_CATEGORY, CategoryDelegate(lambda: sorted(categories.values(), key=str.casefold),
                                            self.table))
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(tr("Add a part"))
        self.add_button.clicked.connect(lambda: self.add_part())
        self.remove_button = QPushButton(tr("Remove part"))
        self.remove_button.clicked.connect(self.remove_part)
        self.remaining = make_label("", "readout")
        self.remaining.setAccessibleName(tr("Still to place"))
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        row.addWidget(self.remaining)
        layout.addLayout(row)
        self.error = make_label("", "error", wrap=True)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.unsplit_button = None
        if parts:
            self.unsplit_button = self.buttons.addButton(
                tr("Join again"), QDialogButtonBox.ButtonRole.ResetRole)
            self.unsplit_button.clicked.connect(self._unsplit)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for part in parts:
            self.add_part(part.amount.amount, categories.get(part.category_id or -1, ""),
                          part.memo)
        if not parts:
            self.add_part(transaction.amount.amount,
                          categories.get(transaction.category_id or -1, ""))
            self.add_part(Decimal(0))
        self.table.itemChanged.connect(lambda _item: self.update_remaining())
        self.update_remaining()
        self.resize(640, 420)

    def add_part(self, amount: Decimal | None = None, category: str = "", memo: str = "") -> None:
        """A new row (its amount: what is still to place, unless given)."""
        if amount is None:
            try:
                amount = self.still_to_place()
            except fmt.InputError:
                amount = Decimal(0)
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        money = Money(amount, self.currency)
        amount_item = QTableWidgetItem(fmt.amount_text(money))
        amount_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, PART_AMOUNT, amount_item)
        self.table.setItem(row, PART_CATEGORY, QTableWidgetItem(category))
        self.table.setItem(row, PART_MEMO, QTableWidgetItem(memo))
        self.table.blockSignals(False)
        self.update_remaining()

    def remove_part(self) -> None:
        """Remove the selected part."""
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.update_remaining()

    def _amount(self, row: int) -> Decimal:
        item = self.table.item(row, PART_AMOUNT)
        text = item.text() if item is not None else ""
        try:
            return fmt.parse_amount(text, self.currency)
        except fmt.InputError as error:
            raise fmt.InputError(tr("part {n}: {why}").format(n=row + 1, why=error)) from None

    def still_to_place(self) -> Decimal:
        """The line's amount less the parts typed so far."""
        total = sum((self._amount(r) for r in range(self.table.rowCount())), Decimal(0))
        return self.transaction.amount.amount - total

    def parts(self) -> list[tuple[Money, int | None, str]]:
        """The parts as typed (``fmt.InputError`` naming the first that cannot be read)."""
        out = []
        for row in range(self.table.rowCount()):
            category_item = self.table.item(row, PART_CATEGORY)
            memo_item = self.table.item(row, PART_MEMO)
            try:
                category = self.resolve(category_item.text() if category_item else "")
            except fmt.InputError as error:
                raise fmt.InputError(tr("part {n}: {why}").format(n=row + 1, why=error)) \
                    from None
            out.append((Money(self._amount(row), self.currency), category,
                        memo_item.text() if memo_item else ""))
        return out

    def update_remaining(self) -> None:
        """Show what is still to place; Save only when it is zero and every part reads."""
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        try:
            left = self.still_to_place()
        except fmt.InputError as error:
            self.remaining.setText("")
            self.error.setText(str(error))
            save.setEnabled(False)
            return
        self.error.setText("")
        money = Money(left, self.currency)
        if left == 0:
            self.remaining.setText(tr("Parts add up to the line"))
        else:
            self.remaining.setText(tr("Still to place: {amount}").format(
                amount=fmt.money(money, signed=True)))
        save.setEnabled(left == 0 and self.table.rowCount() >= 2)

    def _save(self) -> None:
        try:
            parts = self.parts()
        except fmt.InputError as error:
            self.error.setText(str(error))
            return
        self.accepted_parts.emit(parts)

    def _unsplit(self) -> None:
        self.unsplit_wanted.emit()

    def failed(self, message: str) -> None:
        """The service refused: say why and stay open."""
        self.error.setText(message)
