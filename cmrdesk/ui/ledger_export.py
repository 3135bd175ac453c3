"""Export the rows the Transactions page shows to a CSV or XLSX file, with a choice of columns.

Text cells that a spreadsheet would run as a formula are written neutralised (see
``services.export``); amounts stay numbers.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .i18n import QT_TR_NOOP, tr
from .widgets import make_label, primary_button

COLUMN_LABELS = {"date": QT_TR_NOOP("Date"), "account": QT_TR_NOOP("Account"),
                 "payee": QT_TR_NOOP("Payee"), "memo": QT_TR_NOOP("Memo"),
                 "category": QT_TR_NOOP("Category"), "amount": QT_TR_NOOP("Amount"),
                 "currency": QT_TR_NOOP("Currency"), "status": QT_TR_NOOP("Status"),
                 "id": QT_TR_NOOP("Id")}
#: The save dialog's file types and the suffix each one writes.
FILE_TYPES = ((QT_TR_NOOP("CSV files (*.csv)"), ".csv"),
              (QT_TR_NOOP("Excel workbook (*.xlsx)"), ".xlsx"))


class ExportDialog(QDialog):
    """Columns and a file; :attr:`export_wanted` carries ``(columns, path)``."""

    export_wanted = Signal(list, object)

    def __init__(self, columns: tuple[str, ...], described: str, suggested: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(tr("Export transactions"))
        layout = QVBoxLayout(self)
        layout.addWidget(make_label(described, "muted", wrap=True))
        grid = QGridLayout()
        self.checks: dict[str, QCheckBox] = {}
        for n, name in enumerate(columns):
            check = QCheckBox(tr(COLUMN_LABELS.get(name, name)))
            check.setChecked(name != "id")
            self.checks[name] = check
            grid.addWidget(check, n // 3, n % 3)
        layout.addLayout(grid)
        row = QHBoxLayout()
        self.path = QLineEdit(str(suggested))
        self.path.setAccessibleName(tr("File"))
        browse = QPushButton(tr("Choose…"))
        browse.clicked.connect(self._choose)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        layout.addWidget(make_label(tr("CSV (UTF-8) or Excel workbook (.xlsx), by the file's "
                                       "suffix. Cells that a spreadsheet would run as a "
                                       "formula are written with a leading '."), "muted",
                                    wrap=True))
        self.error = make_label("", "error", wrap=True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = primary_button(tr("Export"))
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._export)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 300)

    def columns(self) -> list[str]:
        """The columns ticked, in their order."""
        return [name for name, check in self.checks.items() if check.isChecked()]

    def _choose(self) -> None:
        filters = [tr(label) for label, _suffix in FILE_TYPES]
        current = Path(self.path.text()).suffix.lower()
        selected = next((f for f, (_l, suffix) in zip(filters, FILE_TYPES, strict=True)
                         if suffix == current), filters[0])
        chosen, picked = QFileDialog.getSaveFileName(self, tr("Export to"), self.path.text(),
                                                     ";;".join(filters), selected)
        if chosen:
            self.path.setText(str(with_chosen_suffix(chosen, filters.index(picked)
                                                     if picked in filters else 0)))

    def _export(self) -> None:
        if not self.columns():
            self.error.setText(tr("Tick at least one column."))
            return
        if not self.path.text().strip():
            self.error.setText(tr("Choose a file to write."))
            return
        self.export_wanted.emit(self.columns(), Path(self.path.text().strip()).expanduser())

    def failed(self, message: str) -> None:
        """The export was refused: say why and stay open."""
        self.error.setText(message)


def with_chosen_suffix(chosen: str, file_type: int) -> Path:
    """``chosen`` ending in the suffix of ``FILE_TYPES[file_type]`` (the type picked in the save
    dialog decides, so "view.csv" saved as a workbook becomes "view.xlsx")."""
    suffix = FILE_TYPES[file_type][1]
    path = Path(chosen)
    if path.suffix.lower() == suffix:
        return path
    if path.suffix.lower() in {s for _label, s in FILE_TYPES}:
        return path.with_suffix(suffix)
    return path.with_name(path.name + suffix)


def default_export_path(home: Any = None) -> Path:
    """Where an export goes unless the person chooses: transactions.csv in their home."""
    return Path(home or Path.home()) / "transactions.csv"
