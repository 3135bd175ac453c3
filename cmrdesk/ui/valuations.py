"""Valuations of one account: the statements of value no bank exports (a pension pot's
yearly statement, what a house is worth), as a small list with add and delete.

Each add or delete is its own edit through the controller (``records.new_record`` /
``remove_record``), so Ctrl+Z takes it back like any other; the list redraws when a change
touches valuations, whoever made it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cmrdesk.domain import Account, AccountKind, Money, ValidationError, Valuation

from . import fmt
from .errors import error_text
from .i18n import tr
from .widgets import make_label


class ValuationsBox(QWidget):
    """The valuations of ``account``, newest first, with a row to add one."""

    def __init__(self, controller: Any, account: Account, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.account = account
        self.rows: list[Valuation] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.setSpacing(6)
        title = (tr("Pot statements") if account.kind == AccountKind.PENSION
                 else tr("Valuations"))
        layout.addWidget(make_label(title, "sectionTitle"))
        layout.addWidget(make_label(tr("The value on a date, from a statement or an "
                                       "appraisal; the latest one is the balance."),
                                    "muted", wrap=True))
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([tr("Date"), tr("Value"), tr("Source")])
        self.table.setAccessibleName(title)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setFixedHeight(130)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        row.setSpacing(6)
        self.day = QLineEdit()
        self.day.setPlaceholderText(fmt.date_hint())
        self.day.setAccessibleName(tr("Valuation date"))
        self.value = QLineEdit()
        self.value.setPlaceholderText(tr("Value in {currency}").format(currency=account.currency))
        self.value.setAccessibleName(tr("Value"))
        self.value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.source = QLineEdit()
        self.source.setPlaceholderText(tr("Source (statement, appraisal)"))
        self.source.setAccessibleName(tr("Source"))
        self.add_button = QPushButton(tr("Add"))
        self.add_button.clicked.connect(self.add)
        self.delete_button = QPushButton(tr("Delete"))
        self.delete_button.clicked.connect(self.delete_selected)
        for widget, stretch in ((self.day, 2), (self.value, 2), (self.source, 3),
                                (self.add_button, 0), (self.delete_button, 0)):
            row.addWidget(widget, stretch)
        layout.addLayout(row)
        self.error = make_label("", "error", wrap=True)
        self.error.hide()
        layout.addWidget(self.error)
        for edit in (self.day, self.value):
            edit.returnPressed.connect(self.add)
        controller.changed.connect(self._changed)
        self.reload()

    def reload(self) -> None:
        """Read the account's valuations (on the worker)."""
        ident = self.account.id
        self.controller.with_session(lambda s: s.list(Valuation, account_id=ident), self._show,
                                     label="valuations")

    def detach(self) -> None:
        """Stop following the vault (the form closed)."""
        self.controller.changed.disconnect(self._changed)

    def _changed(self, changes: Any) -> None:
        if changes.touches("valuations"):
            self.reload()

    def _show(self, rows: list[Valuation]) -> None:
        self.rows = sorted(rows, key=lambda v: v.date, reverse=True)
        self.table.setRowCount(len(self.rows))
        for index, valuation in enumerate(self.rows):
            value = QTableWidgetItem(fmt.money(valuation.value))
            value.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for column, item in enumerate((QTableWidgetItem(fmt.day(valuation.date)), value,
                                           QTableWidgetItem(valuation.source))):
                self.table.setItem(index, column, item)
        self.delete_button.setEnabled(bool(self.rows))

    def _fail(self, error: BaseException) -> None:
        self.error.setText(error.reason if isinstance(error, ValidationError)
                           else error_text(error))
        self.error.show()

    def add(self) -> None:
        """Add the valuation typed in the row (errors show under it, nothing is added)."""
        from cmrdesk.services import records

        self.error.hide()
        try:
            day = fmt.parse_day(self.day.text())
            value = Money(fmt.parse_amount(self.value.text(), self.account.currency),
                          self.account.currency)
        except fmt.InputError as error:
            self._fail(ValidationError("value", str(error)))
            return
        record = Valuation(account_id=self.account.id or 0, date=day, value=value,
                           source=self.source.text().strip() or "manual")

        def done(_outcome: Any) -> None:
            for edit in (self.day, self.value, self.source):
                edit.clear()

        self.controller.edit(lambda s: records.new_record(s, record), done, self._fail)

    def delete_selected(self) -> None:
        """Delete the selected valuation."""
        from cmrdesk.services import records

        row = self.table.currentRow()
        if not 0 <= row < len(self.rows):
            return
        ident = self.rows[row].id
        self.controller.edit(lambda s: records.remove_record(s, Valuation, ident),
                             on_failure=self._fail)
