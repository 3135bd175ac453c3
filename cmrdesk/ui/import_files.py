"""The wizard's Files step: each chosen file with its format, account, period and rows.

A file that cannot be read shows why in red and is left out; the others go on. The account of
a one-statement file is a combo: the matched account, any other open account, or the new
account the file describes ("new: <name> (<kind>, <currency>)").
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
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
from .i18n import QT_TR_NOOP, plural, tr
from .widgets import make_label

COL_FILE, COL_FORMAT, COL_ACCOUNT, COL_PERIOD, COL_ROWS = range(5)
HEADERS = (QT_TR_NOOP("File"), QT_TR_NOOP("Format"), QT_TR_NOOP("Account"), QT_TR_NOOP("Period"),
           QT_TR_NOOP("Rows"))

#: Format keys as a person names them.
FORMAT_NAMES = {"ofx": "OFX", "qfx": "QFX", "qif": "QIF", "csv": "CSV", "camt": "CAMT.053",
                "camt053": "CAMT.053", "camt.053": "CAMT.053", "mt940": "MT940",
                "market": QT_TR_NOOP("Market data")}


class FilesPage(QWidget):
    """See the module docstring."""

    def __init__(self, presenter: Any, wizard: Any) -> None:
        super().__init__()
        self.presenter = presenter
        self.wizard = wizard
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(make_label(tr("Files to import"), "sectionTitle"))
        layout.addWidget(make_label(tr(
            "Each file is read completely before anything is written. Choose the account a "
            "statement goes into; a file that cannot be read is left out."), "muted", wrap=True))
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setHorizontalHeaderLabels([tr(h) for h in HEADERS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_FILE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_ACCOUNT, QHeaderView.ResizeMode.Stretch)
        for column in (COL_PERIOD, COL_ROWS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # Fixed: an unreadable file's reason spans from here and must not widen it.
        header.setSectionResizeMode(COL_FORMAT, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(COL_FORMAT, 110)
        self.table.setAccessibleName(tr("Files to import"))
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(tr("Add files…"))
        self.add_button.clicked.connect(wizard.ask_files)
        self.remove_button = QPushButton(tr("Remove"))
        self.remove_button.clicked.connect(self._remove)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.status = make_label("", "muted")
        buttons.addWidget(self.status)
        layout.addLayout(buttons)
        self.combos: dict[int, QComboBox] = {}
        presenter.files_changed.connect(self.refresh)

    # --- the wizard's page protocol ------------------------------------------------------------

    def enter(self) -> None:
        """The step is shown."""
        self.refresh()

    def complete(self) -> bool:
        """Every file is planned and at least one can be imported."""
        return self.presenter.ready()

    def show_error(self, error: BaseException) -> None:
        """A failure that belongs to no file (e.g. saving a profile)."""
        self.status.setText(error_text(error))

    # --- drawing -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Draw every file's row from the presenter."""
        files = self.presenter.files
        self.table.clearSpans()
        self.table.setRowCount(0)  # drops the old rows' combos with them
        self.table.setRowCount(len(files))
        self.combos = {}
        negative = QBrush(QColor(self.wizard.palette_negative()))
        for row, entry in enumerate(files):
            name = QTableWidgetItem(entry.name)
            name.setToolTip(str(entry.path))
            self.table.setItem(row, COL_FILE, name)
            for column in (COL_FORMAT, COL_ACCOUNT, COL_PERIOD, COL_ROWS):
                self.table.setItem(row, column, QTableWidgetItem(""))
            if not entry.planned:
                self.table.item(row, COL_FORMAT).setText(tr("reading…"))
                continue
            if entry.error is not None:
                text = tr("Set its columns in the next step: {why}") if entry.fixable else \
                    tr("Not imported: {why}")
                reason = file_error(entry)
                why = QTableWidgetItem(text.format(why=reason))
                why.setForeground(negative)
                name.setForeground(negative)
                why.setToolTip(reason)
                self.table.setItem(row, COL_FORMAT, why)
                self.table.setSpan(row, COL_FORMAT, 1, len(HEADERS) - COL_FORMAT)
                continue
            plan = entry.plan
            self.table.item(row, COL_FORMAT).setText(format_name(plan))
            self.table.item(row, COL_PERIOD).setText(period_text(plan))
            rows = self.table.item(row, COL_ROWS)
            rows.setText(fmt.count(plan.market_rows if plan.is_market else entry.row_count()))
            rows.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if plan.is_market:
                self.table.item(row, COL_ACCOUNT).setText(
                    tr("market data: {n} rates/prices").format(n=fmt.count(plan.market_rows)))
            elif len(plan.statements) == 1:
                self.combos[row] = self._account_combo(row, entry)
                self.table.setCellWidget(row, COL_ACCOUNT, self.combos[row])
            else:
                self.table.item(row, COL_ACCOUNT).setText(statements_text(plan))
        self.table.resizeRowsToContents()
        usable = len(self.presenter.usable_files())
        left_out = sum(1 for f in files if f.planned and f.error is not None)
        text = plural(usable, "{n} file to import", "{n} files to import")
        if left_out:
            text += " · " + plural(left_out, "{n} left out", "{n} left out")
        self.status.setText(text if files else tr("No files yet: add some, or drop them on "
                                                  "the window."))
        self.remove_button.setEnabled(bool(files))
        self.wizard._update_buttons()

    def _account_combo(self, row: int, entry: Any) -> QComboBox:
        statement = entry.plan.statements[0]
        combo = QComboBox()
        combo.setAccessibleName(tr("Account for {file}").format(file=entry.name))
        names = self.presenter.account_names()
        proposed = statement.proposed
        matched = account_name(self.presenter, statement.matched_account_id)
        current = entry.account or matched or proposed.name
        if proposed is not None and proposed.name not in names:
            combo.addItem(new_account_text(proposed), proposed.name)
        for name in names:
            label = name
            if name == matched and statement.matched_by:
                label = tr("{name} (matched by {how})").format(name=name,
                                                              how=statement.matched_by)
            combo.addItem(label, name)
        if entry.account and combo.findData(entry.account) < 0:
            combo.addItem(tr("new: {name}").format(name=entry.account), entry.account)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        default = matched or (proposed.name if proposed is not None else None)

        def chosen(_index: int) -> None:
            name = combo.currentData()
            self.presenter.set_account(row, None if name == default and entry.account is None
                                       else name)

        combo.currentIndexChanged.connect(chosen)
        return combo

    def _remove(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.presenter.files:
            rows = [len(self.presenter.files) - 1]
        for row in rows:
            self.presenter.remove_file(row)


def format_name(plan: Any) -> str:
    """The detected format as a person names it."""
    if plan.is_market:
        return tr("Market data")
    return FORMAT_NAMES.get(plan.format, plan.format.upper())


def period_text(plan: Any) -> str:
    """First to last day of every statement, or "unknown" with why."""
    days = [d for s in plan.statements for d in (s.first_day, s.last_day) if d is not None]
    if not days:
        return tr("unknown, no dates") if not plan.is_market else ""
    return fmt.date_range(min(days), max(days))


def statements_text(plan: Any) -> str:
    """A multi-statement file's accounts (each goes to its own account)."""
    names = [s.proposed.name if s.matched_account_id is None else (s.account_number or s.iban)
             for s in plan.statements]
    return plural(len(plan.statements), "{n} statement", "{n} statements") + ": " + \
        ", ".join(n for n in names if n)


def new_account_text(proposed: Any) -> str:
    """The proposed account as the combo lists it."""
    kind = str(getattr(proposed.kind, "value", proposed.kind)).replace("_", " ")
    return tr("new: {name} ({kind}, {currency})").format(name=proposed.name, kind=kind,
                                                        currency=proposed.currency)


def account_name(presenter: Any, account_id: int | None) -> str | None:
    """The name of the vault's account ``account_id`` (None when not matched)."""
    ledger = presenter.controller.ledger
    if account_id is None or ledger is None:
        return None
    return next((a.name for a in ledger.accounts if a.id == account_id), None)


def file_error(entry: Any) -> str:
    """Why a file cannot be imported, naming it by its name (not its full local path)."""
    return error_text(entry.error).replace(str(entry.path), entry.name)
