"""Views of the "Your details" page: a section of keyed-in records (income, policies, goals)
as rows with their figures, a highlighted renewal, a goal's progress and the bank's notice
where it disagrees; and the profile with a mark per field.

Views only draw what :mod:`cmrdesk.ui.details_rows` turned into text and forward what the
person asks for (add, edit, delete, update to the bank's figure) as signals.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .i18n import tr
from .widgets import Card, EmptyState, link_button, make_label, primary_button


@dataclass
class RowSpec:
    """One record as a list row shows it: every figure already text."""

    ident: int
    title: str
    figure: str  # the main figure (premium, net amount, target)
    lines: list[str] = field(default_factory=list)  # further facts, one line each
    flag: str = ""  # something to notice (a renewal within 60 days), highlighted
    notice: str = ""  # the bank disagrees: "the bank shows €6,960.00 a month since March"
    action: str = ""  # "Update to €6,960.00"
    observation: Any = None  # what the action applies
    progress: Decimal | None = None  # a goal's progress (None: no bar)
    progress_text: str = ""


class RecordRow(QFrame):
    """A record: title and figure, its facts, and Edit/Delete; the bank's notice under the
    figure it is about."""

    def __init__(self, spec: RowSpec, section: RecordSection) -> None:
        super().__init__()
        self.setObjectName("card")
        self.spec = spec
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 12, 12)
        layout.setSpacing(12)
        text = QVBoxLayout()
        text.setSpacing(3)
        top = QHBoxLayout()
        self.title = make_label(spec.title, "sectionTitle", wrap=True)
        top.addWidget(self.title, 1)
        self.figure = make_label(spec.figure, "figureSmall")
        self.figure.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top.addWidget(self.figure, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        text.addLayout(top)
        self.lines = [make_label(line, "muted", wrap=True) for line in spec.lines]
        for label in self.lines:
            text.addWidget(label)
        self.flag = make_label(spec.flag, "", wrap=True)
        self.flag.setObjectName("flag")
        text.addWidget(self.flag)
        if not spec.flag:
            self.flag.hide()  # (hidden only once in the layout: a parentless show is a window)
        self.bar: QProgressBar | None = None
        if spec.progress is not None:
            bar_row = QHBoxLayout()
            self.bar = QProgressBar()
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(min(max(spec.progress, Decimal(0)), Decimal(1)) * 1000))
            self.bar.setTextVisible(False)
            self.bar.setAccessibleName(spec.progress_text)
            bar_row.addWidget(self.bar, 1)
            bar_row.addWidget(make_label(spec.progress_text, "muted"))
            text.addLayout(bar_row)
        elif spec.progress_text:
            text.addWidget(make_label(spec.progress_text, "muted", wrap=True))
        self.notice: QFrame | None = None
        self.update_button: QPushButton | None = None
        if spec.notice:
            self.notice = QFrame()
            self.notice.setObjectName("notice")
            box = QHBoxLayout(self.notice)
            box.setContentsMargins(10, 6, 6, 6)
            box.setSpacing(8)
            words = make_label(spec.notice, "", wrap=True)
            words.setObjectName("noticeText")
            box.addWidget(words, 1)
            self.update_button = link_button(spec.action)
            self.update_button.setAccessibleName(spec.action)
            self.update_button.clicked.connect(
                lambda: section.update_requested.emit(spec.observation))
            box.addWidget(self.update_button, 0, Qt.AlignmentFlag.AlignVCenter)
            text.addWidget(self.notice)
        layout.addLayout(text, 1)
        buttons = QVBoxLayout()
        buttons.setSpacing(4)
        self.edit = QPushButton(tr("Edit…"))
        self.edit.setAccessibleName(tr("Edit {name}").format(name=spec.title))
        self.edit.clicked.connect(lambda: section.edit_requested.emit(spec.ident))
        self.delete = QPushButton(tr("Delete"))
        self.delete.setAccessibleName(tr("Delete {name}").format(name=spec.title))
        self.delete.clicked.connect(lambda: section.delete_requested.emit(spec.ident))
        buttons.addWidget(self.edit)
        buttons.addWidget(self.delete)
        buttons.addStretch(1)
        layout.addLayout(buttons)


class RecordSection(QWidget):
    """A heading with an Add button, then one :class:`RecordRow` per record (or an empty
    state saying what belongs here)."""

    add_requested = Signal()
    edit_requested = Signal(int)
    delete_requested = Signal(int)
    update_requested = Signal(object)  # an Observation

    def __init__(self, intro: str, add_text: str, empty_title: str, empty_text: str) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        head = QHBoxLayout()
        self.intro = make_label(intro, "muted", wrap=True)
        head.addWidget(self.intro, 1)
        self.add = primary_button(add_text)
        self.add.clicked.connect(self.add_requested.emit)
        head.addWidget(self.add, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(head)
        self.summary = make_label("", "", wrap=True)
        self.summary.setVisible(False)
        layout.addWidget(self.summary)
        self.list = QVBoxLayout()
        self.list.setSpacing(8)
        layout.addLayout(self.list)
        self.empty = EmptyState(empty_title, empty_text)
        layout.addWidget(self.empty)
        self.rows: list[RecordRow] = []

    def set_rows(self, specs: list[RowSpec], summary: str = "") -> None:
        """Replace every row."""
        for row in self.rows:
            self.list.removeWidget(row)
            row.deleteLater()
        self.rows = [RecordRow(spec, self) for spec in specs]
        for row in self.rows:
            self.list.addWidget(row)
            row.show()  # now, not when the layout's queued show runs (the page is drawn once)
        self.empty.setVisible(not specs)
        self.summary.setText(summary)
        self.summary.setVisible(bool(summary) and bool(specs))

    def row(self, ident: int) -> RecordRow | None:
        """The row of record ``ident`` (tests, focus after an edit)."""
        return next((r for r in self.rows if r.spec.ident == ident), None)


class ProfileView(QWidget):
    """Every profile field with its value and whether it is filled, and "Edit profile…"."""

    edit_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        head = QHBoxLayout()
        text = QVBoxLayout()
        self.count = make_label("", "sectionTitle")
        text.addWidget(self.count)
        text.addWidget(make_label(tr("What you fill in here is what the Share page can offer "
                                     "to a vendor, field by field."), "muted", wrap=True))
        head.addLayout(text, 1)
        self.edit = primary_button(tr("Edit profile…"))
        self.edit.clicked.connect(self.edit_requested.emit)
        head.addWidget(self.edit, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(head)
        self.card = Card(spacing=0)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(8)
        self.grid.setColumnStretch(1, 1)
        self.card.body.addLayout(self.grid)
        layout.addWidget(self.card)
        self.marks: dict[str, Any] = {}
        self.values: dict[str, Any] = {}

    def set_rows(self, rows: list[tuple[str, str, str, bool]], filled: int) -> None:
        """``rows``: (field name, label, value text, filled) per profile field."""
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.count.setText(tr("{filled} of {total} filled").format(filled=filled,
                                                                   total=len(rows)))
        self.marks.clear()
        self.values.clear()
        for index, (name, label, value, is_filled) in enumerate(rows):
            mark = make_label("✓" if is_filled else "○", "positive" if is_filled else "muted")
            mark.setAccessibleName(tr("filled") if is_filled else tr("not filled"))
            mark.setFixedWidth(18)
            middle = Qt.AlignmentFlag.AlignVCenter
            self.grid.addWidget(mark, index, 0, middle)
            caption = make_label(label, "", wrap=True)
            self.grid.addWidget(caption, index, 1, middle)
            shown = make_label(value if is_filled else tr("not filled"),
                               "" if is_filled else "muted", wrap=True, selectable=True)
            self.grid.addWidget(shown, index, 2, middle)
            self.marks[name] = mark
            self.values[name] = shown
        self.grid.setColumnStretch(2, 2)


def notice_styles(palette: Any) -> str:
    """The stylesheet of a page's notices and flags (the bank disagrees; renews soon)."""
    return (f"QFrame#notice {{ background: {palette.surface_alt}; border: 1px solid "
            f"{palette.warning}; border-radius: 8px; }}"
            f"QLabel#noticeText, QLabel#flag {{ color: {palette.warning}; font-weight: 600; }}"
            f"QTabBar::tab {{ background: transparent; border: none; border-bottom: 2px solid "
            f"{palette.border}; padding: 7px 16px; color: {palette.muted}; font-weight: 600; }}"
            f"QTabBar::tab:selected {{ color: {palette.accent}; border-bottom: 2px solid "
            f"{palette.accent}; }}"
            f"QTabBar::tab:hover:!selected {{ color: {palette.text}; }}")
