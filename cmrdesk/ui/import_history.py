"""File > Import history…: every import of the vault, and "Remove this import…".

Each import is one row (file name, when, accounts, counts, the start of its SHA-256). Removing
one asks first, then takes out exactly that import's transactions (and an account it created
that is now empty) as one undoable step.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from . import fmt
from .errors import error_text
from .i18n import QT_TR_NOOP, tr
from .widgets import make_label

COL_FILE, COL_WHEN, COL_ACCOUNTS, COL_NEW, COL_DUPLICATES, COL_PENDING, COL_SHA = range(7)
HEADERS = (QT_TR_NOOP("File"), QT_TR_NOOP("Imported"), QT_TR_NOOP("Accounts"), QT_TR_NOOP("New"),
           QT_TR_NOOP("Duplicates"), QT_TR_NOOP("Pending"), "SHA-256")


class HistoryPresenter(QObject):
    """The history's state: every import, read and removed through the services."""

    history_changed = Signal(object)  # list of services.import_history.ImportBatch
    failed = Signal(object)

    def __init__(self, controller: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.history: list[Any] = []

    def _failed(self, error: BaseException) -> None:
        self.failed.emit(error)

    def load_history(self) -> None:
        """Read every import of the vault (newest first) into :attr:`history`."""

        def work(session: Any) -> Any:
            from cmrdesk.services.import_history import import_history

            return import_history(session)

        def done(batches: list[Any]) -> None:
            self.history = list(batches)
            self.history_changed.emit(self.history)

        self.controller.with_session(work, done, self._failed, label="import history")

    def remove_import(self, batch_id: int) -> None:
        """Remove one import as a whole (an undoable step), then list the history again."""

        def build(_session: Any) -> Any:
            from cmrdesk.services.editing import RemoveImport

            name = next((b.file for b in self.history if b.id == batch_id), "")
            return RemoveImport(batch_id, label=tr("remove import '{name}'").format(name=name))

        self.controller.edit(build, lambda _o: self.load_history(), self._failed)


class ImportHistoryDialog(QDialog):
    """See the module docstring. ``confirm`` is a seam: tests answer the question."""

    def __init__(self, controller: Any, parent: QWidget | None = None, *,
                 confirm: Callable[[str, Callable[[], None]], Any] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Import history"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize(1000, 480)
        self.presenter = HistoryPresenter(controller, self)
        self.confirm = confirm or self._ask
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(make_label(tr("Import history"), "sectionTitle"))
        layout.addWidget(make_label(tr(
            "Every file imported into this vault. Removing an import takes out exactly the "
            "transactions it added; Edit > Undo brings them back."), "muted", wrap=True))
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setHorizontalHeaderLabels([tr(h) for h in HEADERS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAccessibleName(tr("Imports"))
        header = self.table.horizontalHeader()
        for column in range(len(HEADERS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_FILE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_ACCOUNTS, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection)
        layout.addWidget(self.table, 1)
        self.empty = make_label(tr("Nothing has been imported into this vault yet."), "muted")
        layout.addWidget(self.empty)
        self.error = make_label("", "error", wrap=True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        self.remove_button = QPushButton(tr("Remove this import…"))
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.presenter.history_changed.connect(self.draw)
        self.presenter.failed.connect(self._failed)
        self.presenter.load_history()

    def draw(self, batches: list[Any]) -> None:
        """One row per import, newest first."""
        self.error.hide()
        self.table.setRowCount(len(batches))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for row, batch in enumerate(batches):
            accounts = batch.accounts if isinstance(batch.accounts, str) else \
                ", ".join(str(a) for a in batch.accounts)
            values = {
                COL_FILE: batch.file,
                COL_WHEN: when_text(batch.imported_at),
                COL_ACCOUNTS: accounts,
                COL_NEW: fmt.count(batch.new),
                COL_DUPLICATES: fmt.count(batch.duplicates),
                COL_PENDING: fmt.count(batch.pending_skipped),
                COL_SHA: (batch.sha256 or "")[:12],
            }
            for column, text in values.items():
                item = QTableWidgetItem(text)
                item.setToolTip(batch.sha256 if column == COL_SHA else text)
                if column in (COL_NEW, COL_DUPLICATES, COL_PENDING):
                    item.setTextAlignment(right)
                item.setData(Qt.ItemDataRole.UserRole, batch.id)
                self.table.setItem(row, column, item)
        self.empty.setVisible(not batches)
        self.table.setVisible(bool(batches))
        self._selection()

    def rows(self) -> list[list[str]]:
        """The table as text (what a person reads)."""
        return [[self.table.item(r, c).text() for c in range(len(HEADERS))]
                for r in range(self.table.rowCount())]

    def _selection(self) -> None:
        self.remove_button.setEnabled(bool(self.table.selectedItems()))

    def remove_selected(self) -> None:
        """Ask, then remove the selected import (one undoable step)."""
        items = self.table.selectedItems()
        if not items:
            return
        batch_id = items[0].data(Qt.ItemDataRole.UserRole)
        name = self.table.item(items[0].row(), COL_FILE).text()
        self.confirm(name, lambda: self.presenter.remove_import(batch_id))

    def _ask(self, name: str, on_yes: Callable[[], None]) -> Any:
        from .account_actions import ask_confirmation

        return ask_confirmation(
            self, tr("Remove this import?"),
            tr("Remove every transaction that importing '{name}' added? Edit > Undo brings "
               "them back.").format(name=name), tr("Remove import"), on_yes)

    def _failed(self, error: BaseException) -> None:
        self.error.setText(error_text(error))
        self.error.show()


def when_text(value: Any) -> str:
    """When an import ran, in the locale (the vault may store ISO text)."""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return value
    if isinstance(value, datetime):
        return fmt.day_time(value)
    return fmt.day(value) if value is not None else tr("unknown")
