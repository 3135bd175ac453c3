"""Reconciling an account against a bank statement.

The person enters the statement's date and closing balance and ticks the rows the statement
shows; the difference between the statement and the account's reconciled rows plus the ticked
ones is shown as they tick, and Finish is offered only when it is zero. Finish marks the ticked
rows reconciled and records the statement, one undo step (``services.splits.reconcile``).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cmrdesk.domain import Money

from . import fmt
from .i18n import QT_TR_NOOP, plural, tr
from .widgets import make_label, primary_button

ROW_DATE, ROW_PAYEE, ROW_AMOUNT = range(3)
HEADERS = (QT_TR_NOOP("Date"), QT_TR_NOOP("Payee"), QT_TR_NOOP("Amount"))

Index = QModelIndex | QPersistentModelIndex


class ReconcileModel(QAbstractTableModel):
    """The rows a reconciliation may tick (a few thousand at most), each with a tick."""

    ticks_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []
        self.ticked: set[int] = set()

    def set_rows(self, rows: list[Any]) -> None:
        """Show ``rows`` (transactions), none ticked."""
        self.beginResetModel()
        self.rows = list(rows)
        self.ticked = set()
        self.endResetModel()
        self.ticks_changed.emit()

    def set_ticked(self, ids: set[int]) -> None:
        """Tick exactly these transactions."""
        self.ticked = {tx.id for tx in self.rows if tx.id in ids}
        if self.rows:
            self.dataChanged.emit(self.index(0, ROW_DATE), self.index(len(self.rows) - 1,
                                                                       ROW_DATE))
        self.ticks_changed.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(HEADERS)):
            return tr(HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == ROW_DATE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        tx, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == ROW_DATE:
            return (Qt.CheckState.Checked if tx.id in self.ticked
                    else Qt.CheckState.Unchecked)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ROW_AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == ROW_DATE:
            return fmt.day(tx.date)
        if column == ROW_PAYEE:
            return tx.payee or tx.payee_raw
        return fmt.money(tx.amount, signed=True)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != ROW_DATE:
            return False
        if not 0 <= index.row() < len(self.rows):
            return False
        ident = self.rows[index.row()].id
        state = value.value if hasattr(value, "value") else int(value)
        if state == Qt.CheckState.Checked.value:
            self.ticked.add(ident)
        else:
            self.ticked.discard(ident)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.ticks_changed.emit()
        return True


class ReconcilePanel(QDialog):
    """Statement date and balance, the rows to tick, the difference, Finish."""

    load_wanted = Signal(int, object)  # account id, statement date: rows to tick, please
    finish_wanted = Signal(int, object, object, list)  # account, day, Money, ticked ids

    def __init__(self, accounts: list[Any], account_id: int | None, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reconcilePanel")
        self.setWindowTitle(tr("Reconcile with a statement"))
        self.accounts = {a.id: a for a in accounts}
        self.base: Money | None = None  # opening + rows already reconciled
        self.rows: list[Any] = []
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.account = QComboBox()
        for account in sorted(accounts, key=lambda a: a.name.casefold()):
            self.account.addItem(f"{account.name} · {account.currency}", account.id)
        self.account.setCurrentIndex(max(0, self.account.findData(account_id)))
        form.addRow(tr("Account"), self.account)
        self.day = QDateEdit(QDate(today.year, today.month, today.day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(fmt.date_input_format())
        form.addRow(tr("Statement date"), self.day)
        self.balance = QLineEdit()
        self.balance.setAccessibleName(tr("Statement balance"))
        self.balance.setPlaceholderText(tr("closing balance on the statement"))
        self.balance_label = make_label(tr("Statement balance"))
        form.addRow(self.balance_label, self.balance)
        layout.addLayout(form)
        self.load_button = QPushButton(tr("Show the rows to tick"))
        self.load_button.clicked.connect(self.ask_rows)
        layout.addWidget(self.load_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.model = ReconcileModel(self)
        self.model.ticks_changed.connect(self.update_difference)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("Rows to tick"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(ROW_PAYEE,
                                                           QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(ROW_DATE, 130)
        self.table.setColumnWidth(ROW_AMOUNT, 130)
        layout.addWidget(self.table, 1)
        ticks = QHBoxLayout()
        self.tick_all = QPushButton(tr("Tick all"))
        self.tick_all.clicked.connect(lambda: self.set_all(True))
        self.untick_all = QPushButton(tr("Untick all"))
        self.untick_all.clicked.connect(lambda: self.set_all(False))
        self.note = make_label("", "muted")
        ticks.addWidget(self.tick_all)
        ticks.addWidget(self.untick_all)
        ticks.addWidget(self.note, 1)
        layout.addLayout(ticks)
        self.difference = make_label("", "readout")
        self.difference.setAccessibleName(tr("Difference"))
        layout.addWidget(self.difference)
        self.error = make_label("", "error", wrap=True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.finish = primary_button(tr("Finish"))
        buttons.addButton(self.finish, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._finish)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.balance.textChanged.connect(lambda _t: self.update_difference())
        self.account.currentIndexChanged.connect(lambda _i: self._forget())
        self.account.currentIndexChanged.connect(lambda _i: self._currency())
        self._currency()
        self.day.dateChanged.connect(lambda _d: self._forget())
        self.update_difference()
        self.resize(640, 560)

    def _currency(self) -> None:
        account = self.accounts.get(self.account.currentData())
        if account is not None:
            self.balance_label.setText(tr("Statement balance ({currency})").format(
                currency=account.currency))

    def account_id(self) -> int:
        """The account being reconciled."""
        return int(self.account.currentData())

    def statement_day(self) -> date:
        """The statement's date."""
        return self.day.date().toPython()

    def ask_rows(self) -> None:
        """Ask the owner for the account's rows not yet reconciled, up to the statement."""
        self.error.setText("")
        self.load_wanted.emit(self.account_id(), self.statement_day())

    def _forget(self) -> None:
        self.base = None
        self.rows = []
        self.model.set_rows([])
        self.note.setText("")
        self.update_difference()

    def show_rows(self, base: Money, rows: list[Any], total: int) -> None:
        """``base``: opening plus rows already reconciled; ``rows``: those to tick (newest
        first, of ``total``)."""
        self.base = base
        self.rows = rows
        self.model.set_rows(rows)
        shown = plural(len(rows), "{n} row not yet reconciled", "{n} rows not yet reconciled",
                       fmt.count(len(rows)))
        if total > len(rows):
            shown += " " + tr("(the newest {n} of {total})").format(
                n=fmt.count(len(rows)), total=fmt.count(total))
        self.note.setText(shown)
        self.update_difference()

    def set_all(self, ticked: bool) -> None:
        """Tick (or untick) every row."""
        self.model.set_ticked({tx.id for tx in self.rows} if ticked else set())

    def tick(self, ids: list[int]) -> None:
        """Tick the rows of these transactions (as well as those ticked)."""
        self.model.set_ticked(self.model.ticked | set(ids))

    def ticked(self) -> list[int]:
        """The ids of the ticked rows."""
        return [tx.id for tx in self.rows if tx.id in self.model.ticked]

    def statement(self) -> Money:
        """The statement balance typed (``fmt.InputError`` when it cannot be read)."""
        currency = self.accounts[self.account_id()].currency
        return Money(fmt.parse_amount(self.balance.text(), currency), currency)

    def current_difference(self) -> Money | None:
        """Statement balance less what the reconciled and ticked rows come to (None: not
        known yet, because the balance or the rows are missing)."""
        if self.base is None:
            return None
        try:
            statement = self.statement()
        except fmt.InputError:
            return None
        ticked = set(self.ticked())
        minor = self.base.minor + sum(tx.amount.minor for tx in self.rows if tx.id in ticked)
        return statement - Money.from_minor(minor, statement.currency)

    def update_difference(self) -> None:
        """Show the difference; Finish only at zero."""
        difference = self.current_difference()
        if self.base is None:
            text = tr("Difference: unknown until the rows are shown")
        elif difference is None:
            text = tr("Difference: unknown until the statement balance is typed")
        elif difference.amount == Decimal(0):
            text = tr("Difference: none. The ticked rows match the statement.")
        else:
            text = tr("Difference: {amount}").format(amount=fmt.money(difference, signed=True))
        self.difference.setText(text)
        self.finish.setEnabled(difference is not None and difference.amount == 0)

    def _finish(self) -> None:
        try:
            balance = self.statement()
        except fmt.InputError as error:
            self.error.setText(str(error))
            return
        self.finish_wanted.emit(self.account_id(), self.statement_day(), balance, self.ticked())

    def failed(self, message: str) -> None:
        """The service refused: say why and stay open."""
        self.error.setText(message)
