"""The wizard's CSV columns step: how each bank CSV is read, with its first rows on show.

A grid of the file's first rows has a role combo over each column (date, amount or debit and
credit, payee, memo, balance, currency, a debit/credit marker, ignore, …); above it the date
format, decimal and thousands separators, encoding and sign convention. Every change reads
the preview again at once, as the import would: a cell that cannot be read turns red with the
reason on hover, and the three columns on the left show what each row becomes. "Remember for
this bank" saves the reading as a profile, which the next file with these columns gets.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from . import fmt
from .errors import error_text
from .i18n import QT_TR_NOOP, tr
from .import_review import money_text
from .widgets import make_label

#: Columns on the left of the grid: what each row is read as.
READ_AS = (QT_TR_NOOP("Reads as: date"), QT_TR_NOOP("Amount"), QT_TR_NOOP("Payee"))


class ColumnsPage(QWidget):
    """See the module docstring."""

    def __init__(self, presenter: Any, wizard: Any) -> None:
        super().__init__()
        from cmrdesk.importers import (
            DATE_FORMATS,
            DECIMAL_MARKS,
            ENCODINGS,
            SIGN_CONVENTIONS,
            THOUSANDS_SEPARATORS,
        )

        self.presenter = presenter
        self.wizard = wizard
        self.index = -1  # the file shown (an index into presenter.files)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        top = QHBoxLayout()
        top.addWidget(make_label(tr("CSV columns"), "sectionTitle"))
        top.addStretch(1)
        self.file_combo = QComboBox()
        self.file_combo.setAccessibleName(tr("CSV file"))
        self.file_combo.currentIndexChanged.connect(self._file_chosen)
        top.addWidget(self.file_combo)
        layout.addLayout(top)
        self.source = make_label("", "muted", wrap=True)
        layout.addWidget(self.source)
        options = QGridLayout()
        options.setHorizontalSpacing(14)
        options.setVerticalSpacing(6)
        self.options: dict[str, QComboBox] = {}
        for place, (name, label, choices) in enumerate((
            ("date_order", QT_TR_NOOP("Date format"), DATE_FORMATS),
            ("decimal", QT_TR_NOOP("Decimal mark"), DECIMAL_MARKS),
            ("thousands", QT_TR_NOOP("Thousands"), THOUSANDS_SEPARATORS),
            ("encoding", QT_TR_NOOP("Encoding"), ENCODINGS),
            ("sign", QT_TR_NOOP("Signs"), SIGN_CONVENTIONS),
        )):
            combo = QComboBox()
            combo.setAccessibleName(tr(label))
            for value, text in choices.items():
                short = text.split(":")[0] if name in ("date_order", "sign") else text
                combo.addItem(tr(short), value)  # the examples are in the tooltip
                combo.setItemData(combo.count() - 1, tr(text), Qt.ItemDataRole.ToolTipRole)
            combo.activated.connect(lambda _i, n=name, c=combo: self._option(n, c.currentData()))
            self.options[name] = combo
            row, column = place // 3, (place % 3) * 2
            options.addWidget(make_label(tr(label), "muted"), row, column)
            last = place == 4  # the sign conventions have the longest names: more room
            options.addWidget(combo, row, column + 1, 1, 3 if last else 1)
        for column in (1, 3, 5):
            options.setColumnStretch(column, 1)
        layout.addLayout(options)
        self.notice = make_label("", "error", wrap=True)
        self.notice.hide()
        layout.addWidget(self.notice)
        self.grid = QTableWidget()
        self.grid.verticalHeader().setVisible(True)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setAccessibleName(tr("The file's first rows"))
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        layout.addWidget(self.grid, 1)
        remember = QHBoxLayout()
        remember.addWidget(make_label(tr("Remember for this bank as"), "muted"))
        self.profile_name = QLineEdit()
        self.profile_name.setAccessibleName(tr("Profile name"))
        self.profile_name.setMaximumWidth(260)
        remember.addWidget(self.profile_name)
        self.remember_button = QPushButton(tr("Remember for this bank"))
        self.remember_button.clicked.connect(self.remember)
        remember.addWidget(self.remember_button)
        remember.addStretch(1)
        layout.addLayout(remember)
        self.roles: list[QComboBox] = []
        presenter.preview_changed.connect(self._changed)

    # --- the wizard's page protocol ------------------------------------------------------------

    def enter(self) -> None:
        """List the CSV files and show the first (or the one shown before)."""
        indexes = self.presenter.csv_files()
        self.file_combo.blockSignals(True)
        self.file_combo.clear()
        for i in indexes:
            self.file_combo.addItem(self.presenter.files[i].name, i)
        self.file_combo.setVisible(len(indexes) > 1)
        keep = self.file_combo.findData(self.index)
        self.file_combo.setCurrentIndex(max(0, keep))
        self.file_combo.blockSignals(False)
        self.index = self.file_combo.currentData() if indexes else -1
        self.draw()

    def complete(self) -> bool:
        """Every CSV reads without an error in its first rows."""
        for i in self.presenter.csv_files():
            entry = self.presenter.files[i]
            if entry.preview_error is not None or any(r.error for r in entry.preview):
                return False
        return True

    def show_error(self, error: BaseException) -> None:
        """E.g. a profile that could not be saved."""
        self.notice.setText(error_text(error))
        self.notice.show()

    # --- drawing -------------------------------------------------------------------------------

    def entry(self) -> Any:
        """The file shown, or None."""
        files = self.presenter.files
        return files[self.index] if 0 <= self.index < len(files) else None

    def draw(self) -> None:
        """Options, role combos, raw cells and what they read as, from the presenter."""
        entry = self.entry()
        if entry is None or entry.mapping is None:
            self.grid.clear()
            return
        mapping, head = entry.mapping, entry.head
        for name, combo in self.options.items():
            value = mapping.sign_convention() if name == "sign" else getattr(mapping, name)
            combo.setCurrentIndex(max(0, combo.findData(value)))
        profile = entry.plan.profile if entry.plan is not None else None
        self.source.setText(
            tr("Read with your saved profile '{name}'.").format(name=profile) if profile else
            tr("Columns detected from the file; change any that is wrong."))
        if not self.profile_name.text() or self.profile_name.property("file") != entry.name:
            self.profile_name.setText(profile or default_profile_name(entry))
            self.profile_name.setProperty("file", entry.name)
        problems = []
        if entry.preview_error is not None:
            problems.append(error_text(entry.preview_error))
        if getattr(mapping, "ambiguous_dates", False):
            problems.append(tr("Every date in the file could be day-first or month-first: "
                               "choose the date format."))
        bad = [r for r in entry.preview if r.error]
        if bad:
            problems.append(tr("Line {line}: {why}").format(line=bad[0].line, why=bad[0].error))
        self.notice.setText("\n".join(problems))
        self.notice.setVisible(bool(problems))
        if head is None:
            self.grid.clear()
            self.wizard._update_buttons()
            return
        self._grid(entry, head, mapping)
        self.wizard._update_buttons()

    def _grid(self, entry: Any, head: Any, mapping: Any) -> None:
        from cmrdesk.importers import CSV_ROLES

        width = head.width
        first = len(READ_AS)  # what each row reads as comes first, the file's columns after
        grid = self.grid
        grid.clear()
        grid.setColumnCount(first + width)
        grid.setRowCount(len(head.rows) + 1)
        grid.setHorizontalHeaderLabels([tr(t) for t in READ_AS] +
                                       [head.column_name(c) for c in range(width)])
        grid.setVerticalHeaderLabels([tr("Role")] + [str(n) for n in head.line_numbers])
        self.roles = []
        roles = mapping.column_roles(width)
        for column in range(width):
            combo = QComboBox()
            combo.setAccessibleName(tr("Role of {column}").format(
                column=head.column_name(column)))
            for value, text in CSV_ROLES.items():
                combo.addItem(tr(text), value)
            combo.setCurrentIndex(max(0, combo.findData(roles[column])))
            combo.activated.connect(
                lambda _i, c=column, box=combo: self.presenter.set_role(self.index, c,
                                                                        box.currentData()))
            grid.setCellWidget(0, first + column, combo)
            self.roles.append(combo)
        red = QBrush(QColor(self.wizard.palette_negative()))
        muted = QBrush(QColor(self.wizard.palette_muted()))
        previews = entry.preview or [None] * len(head.rows)
        for row, (cells, read) in enumerate(zip(head.rows, previews, strict=False), start=1):
            failing = failing_columns(read.error, head, width) if read and read.error else set()
            for column in range(width):
                item = QTableWidgetItem(cells[column] if column < len(cells) else "")
                if column in failing:
                    item.setForeground(red)
                    item.setToolTip(read.error)
                elif roles[column] == "ignore":
                    item.setForeground(muted)
                grid.setItem(row, first + column, item)
            for offset, text in enumerate(read_as(read)):
                item = QTableWidgetItem(text)
                if offset == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight |
                                          Qt.AlignmentFlag.AlignVCenter)
                if read is not None and (read.error or read.skipped):
                    item.setForeground(red if read.error else muted)
                    item.setToolTip(read.error or read.skipped)
                grid.setItem(row, offset, item)
        for offset in range(first):
            grid.setItem(0, offset, QTableWidgetItem(""))
            grid.item(0, offset).setFlags(Qt.ItemFlag.NoItemFlags)
        grid.resizeColumnsToContents()
        for column in range(grid.columnCount()):
            grid.setColumnWidth(column, min(max(grid.columnWidth(column), 110), 220))

    # --- changes -------------------------------------------------------------------------------

    def _file_chosen(self, _position: int) -> None:
        self.index = self.file_combo.currentData()
        self.draw()

    def _option(self, name: str, value: Any) -> None:
        if self.entry() is not None:
            self.presenter.change_mapping(self.index, **{name: value})

    def _changed(self, index: int) -> None:
        if index == self.index:
            self.draw()

    def remember(self) -> None:
        """Save this file's reading under the name typed (the bank's next files get it)."""
        name = self.profile_name.text().strip()
        if not name:
            from cmrdesk.domain import ValidationError

            self.show_error(ValidationError(tr("Profile name"), tr("type a name first")))
            return
        self.presenter.remember_mapping(self.index, name)


def failing_columns(error: str, head: Any, width: int) -> set[int]:
    """The columns an error names (``column 'Bedrag': …``)."""
    return {c for c in range(width) if f"column {head.column_name(c)!r}" in error}


def read_as(read: Any) -> list[str]:
    """What a row becomes: its date, amount and payee (or why it is skipped)."""
    if read is None:
        return ["", "", ""]
    if read.skipped and read.amount is None:
        return [tr("skipped"), "", read.skipped]
    day = fmt.day(read.day) if read.day is not None else ""
    amount = money_text(read.amount, read.currency) if read.amount is not None else ""
    payee = read.payee + (" " + tr("(pending)") if read.pending else "")
    return [day, amount, payee]


def default_profile_name(entry: Any) -> str:
    """A profile name to start from: the bank the file names, else the file's stem."""
    plan = entry.plan
    if plan is not None and plan.statements and plan.statements[0].institution:
        return plan.statements[0].institution
    return entry.path.stem.split("_")[0].split("-")[0] or entry.path.stem
