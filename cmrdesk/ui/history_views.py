"""The History page's cards, part one: the vendor list, what a vendor knows, and their
disclosures with the actions on one of them.

Views only: each card draws the plain values the presenter hands it and reports what the person
does through its signals. Shared table helpers live here too.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cmrdesk.services.history import DisclosureEntry

from . import fmt
from .flow_layout import FlowLayout
from .history_rows import (
    ROW_HEIGHT,
    VENDOR_ROW_HEIGHT,
    VENDOR_WIDTH,
    VendorDelegate,
    VendorRow,
    disclosure_columns,
    local_day,
)
from .i18n import plural, tr
from .models import RECORD_ROLE, Column, RecordTableModel, TypedSortProxy, sortable_text
from .widgets import Card, make_label, set_role

#: The narrowest a table column may get: its heading and a short value stay readable.
MIN_COLUMN = 72

# --- building blocks ---------------------------------------------------------------------------


def make_table(model: RecordTableModel, name: str, *, sortable: bool = True,
               stretch: int = 0) -> tuple[QTableView, TypedSortProxy]:
    """A read-only table over ``model`` (sorted on typed values), as tall as its rows."""
    proxy = TypedSortProxy(model)
    proxy.setSourceModel(model)
    table = QTableView()
    table.setModel(proxy)
    table.setAccessibleName(name)
    table.setSortingEnabled(sortable)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    # Narrow windows scroll the table sideways rather than squeezing a column to nothing.
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    header = table.horizontalHeader()
    header.setMinimumSectionSize(MIN_COLUMN)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setHighlightSections(False)
    return table, proxy


def fit(table: QTableView, rows: int, row_height: int = ROW_HEIGHT, *,
        header: bool = True) -> None:
    """As tall as its rows (at least one): the page scrolls, the table does not."""
    top = table.horizontalHeader().sizeHint().height() if header else 0
    table.setFixedHeight(top + row_height * max(rows, 1) + 4)


def clear(layout: QLayout) -> None:
    """Remove and delete everything in ``layout``."""
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            break
        if item.widget() is not None:
            item.widget().hide()  # gone now, not at the next turn of the event loop
            item.widget().deleteLater()
        elif item.layout() is not None:
            clear(item.layout())


def bullets(layout: QVBoxLayout, lines: list[str], *, bullet: str = "•") -> None:
    """Fill ``layout`` with one wrapped, selectable line per entry (a hanging bullet each)."""
    clear(layout)
    for line in lines:
        row = QHBoxLayout()
        row.setSpacing(8)
        if bullet:
            mark = make_label(bullet, "muted")
            mark.setAlignment(Qt.AlignmentFlag.AlignTop)
            row.addWidget(mark)
        row.addWidget(make_label(line, "", wrap=True, selectable=True), 1)
        layout.addLayout(row)


def chip(text: str, role: str = "fieldChip") -> QLabel:
    """A field name as a rounded, selectable tag."""
    label = make_label(text, role)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


# --- the vendor list ---------------------------------------------------------------------------


class VendorListCard(Card):
    """Everyone told something, most recently first; :attr:`chosen` gives the row index."""

    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, spacing=8)
        self.body.addWidget(make_label(tr("Vendors"), "sectionTitle"))
        self.body.addWidget(make_label(tr("Everyone you have shared with, told most recently "
                                          "first."), "readout", wrap=True))
        self.model = RecordTableModel(
            [Column(tr("Vendor"), lambda r: r.sentence(), lambda r: sortable_text(r.name),
                    tooltip=lambda r: r.sentence())], self)
        view = self.list = QTableView()
        view.setModel(self.model)
        view.setAccessibleName(tr("Vendors told something"))
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setShowGrid(False)
        # A list inside its card: no frame of its own; the delegate draws the rows.
        view.setStyleSheet("QTableView { border: none; background: transparent; "
                           "selection-background-color: transparent; }")
        view.setMouseTracking(True)
        view.horizontalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(VENDOR_ROW_HEIGHT)
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.delegate = VendorDelegate(view)
        view.setItemDelegate(self.delegate)
        self._quiet = False
        view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.body.addWidget(view)
        self.setFixedWidth(VENDOR_WIDTH)

    def set_rows(self, rows: list[VendorRow]) -> None:
        """Show ``rows`` (nothing selected yet)."""
        self._quiet = True
        self.model.set_records(rows)
        fit(self.list, len(rows), VENDOR_ROW_HEIGHT, header=False)
        self._quiet = False

    def select(self, index: int) -> None:
        """Select row ``index`` without reporting it back."""
        self._quiet = True
        self.list.selectRow(index)
        self._quiet = False

    def set_colours(self, palette: Any) -> None:
        """Rows follow the theme."""
        self.delegate.set_colours(palette)
        self.list.viewport().update()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._quiet and current.isValid():
            self.chosen.emit(current.row())


# --- what they know ----------------------------------------------------------------------------


class KnowsCard(Card):
    """What a vendor knows: the fields of the latest disclosure, and those told earlier."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, spacing=6)
        self.title = make_label("", "sectionTitle", wrap=True)
        self.note = make_label("", "muted", wrap=True)
        self.body.addWidget(self.title)
        self.body.addWidget(self.note)
        self.chips = QWidget()
        self.flow = FlowLayout(self.chips)
        self.body.addSpacing(2)
        self.body.addWidget(self.chips)
        self.earlier_title = make_label(tr("Told earlier, not in the latest disclosure"),
                                        "readout")
        self.earlier_chips = QWidget()
        self.earlier_flow = FlowLayout(self.earlier_chips)
        self.body.addWidget(self.earlier_title)
        self.body.addWidget(self.earlier_chips)
        self.labels: list[str] = []  # what the chips say

    def show_vendor(self, row: VendorRow, current: list[str], earlier: list[str]) -> None:
        """Fill in one vendor."""
        told = row.told
        self.title.setText(tr("What {vendor} knows").format(vendor=row.name))
        count = len(told.history.receipts)
        if count > 1:
            note = tr("Told {n} times since {day}.").format(n=fmt.count(count),
                                                             day=fmt.day(told.first))
        else:
            note = tr("Told once, on {day}.").format(day=fmt.day(told.first))
        if row.expired:
            note += " " + plural(row.expired, "{n} disclosure has expired.",
                                 "{n} disclosures have expired.", fmt.count(row.expired))
        if told.history.vendor_id is None:
            note += " " + tr("This vendor is no longer in your list of vendors.")
        self.note.setText(note)
        self.labels = [*current, *earlier]
        clear(self.flow)
        for label in current:
            self.flow.addWidget(chip(label))
        clear(self.earlier_flow)
        for label in earlier:
            self.earlier_flow.addWidget(chip(label, "earlierChip"))
        self.earlier_title.setVisible(bool(earlier))
        self.earlier_chips.setVisible(bool(earlier))

    def clear(self) -> None:
        """Forget the vendor."""
        self.labels = []
        clear(self.flow)
        clear(self.earlier_flow)
        self.title.setText("")
        self.note.setText("")

    def set_colours(self, palette: Any) -> None:
        """The chips: the fields still told, and (dashed) those told only before."""
        self.setStyleSheet(
            f'QLabel[role="fieldChip"], QLabel[role="earlierChip"] {{ border-radius: 10px; '
            f'padding: 2px 9px; font-size: 12px; background: {palette.surface_alt}; '
            f'border: 1px solid {palette.border}; }}'
            f'QLabel[role="earlierChip"] {{ color: {palette.muted}; border-style: dashed; }}')


# --- their disclosures -------------------------------------------------------------------------


class DisclosuresCard(Card):
    """A vendor's disclosures, and what can be done about the chosen one."""

    #: The receipt id the person chose.
    chosen = Signal(int)
    #: ``"deletion"`` or ``"follow_up"``: a draft is wanted.
    draft_wanted = Signal(str)
    folder_wanted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, spacing=6)
        self.body.addWidget(make_label(tr("Disclosures"), "sectionTitle"))
        self.body.addWidget(make_label(tr("Choose one to see exactly what it told them."),
                                       "readout", wrap=True))
        self.model = RecordTableModel(disclosure_columns(), self)
        self.table, self.proxy = make_table(self.model, tr("Disclosures"), stretch=1)
        self._quiet = False
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.body.addWidget(self.table)
        self.body.addSpacing(4)
        self.notice = make_label("", "negative", wrap=True)
        self.body.addWidget(self.notice)

        actions = self.actions = QHBoxLayout()
        actions.setSpacing(8)
        self.delete_button = QPushButton(tr("Draft deletion request"))
        self.delete_button.setToolTip(tr("Open an e-mail to the vendor in your mail program "
                                         "asking them to delete what this disclosure told "
                                         "them. Nothing is sent until you send it."))
        self.follow_button = QPushButton(tr("Draft follow-up"))
        self.follow_button.setToolTip(tr("Open an e-mail to the vendor in your mail program "
                                         "asking where things stand."))
        self.folder_button = QPushButton(tr("Open package folder"))
        for button in (self.delete_button, self.follow_button, self.folder_button):
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            actions.addWidget(button)
        actions.addStretch(1)
        self.delete_button.clicked.connect(lambda: self.draft_wanted.emit("deletion"))
        self.follow_button.clicked.connect(lambda: self.draft_wanted.emit("follow_up"))
        self.folder_button.clicked.connect(self.folder_wanted.emit)
        self.body.addLayout(actions)
        self.action_note = make_label("", "readout", wrap=True)
        self.action_note.hide()
        self.body.addWidget(self.action_note)

    def set_entries(self, entries: list[DisclosureEntry]) -> None:
        """List a vendor's disclosures, newest first."""
        self._quiet = True
        self.model.set_records(entries)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        fit(self.table, len(entries))
        self._quiet = False

    def select(self, receipt_id: int) -> None:
        """Select the disclosure ``receipt_id`` without reporting it back."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            record = self.proxy.data(index, RECORD_ROLE)
            if record is not None and record.id == receipt_id:
                self._quiet = True
                self.table.selectRow(row)
                self.table.scrollTo(index)
                self._quiet = False
                return

    def show_entry(self, entry: DisclosureEntry) -> None:
        """What the chosen disclosure allows, and the actions on it."""
        receipt = entry.receipt
        name = receipt.vendor_name
        sent = fmt.day(local_day(receipt))
        if entry.expired:
            self.notice.setText(tr(
                "The disclosure of {sent} expired on {day}: {vendor} may no longer use it. If "
                "they have not deleted it yet, ask them to.").format(
                sent=sent, day=fmt.day(receipt.expires), vendor=name))
            set_role(self.notice, "negative")
        else:
            days = entry.days_left
            self.notice.setText(tr(
                "{vendor} may use the disclosure of {sent} until {day} ({left}).").format(
                vendor=name, sent=sent, day=fmt.day(receipt.expires),
                left=plural(days, "{n} day left", "{n} days left", fmt.count(days))))
            set_role(self.notice, "muted")
        # An expired disclosure makes the deletion request the one button to press.
        set_role(self.delete_button, "primary" if entry.expired else "")
        self.delete_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.actions.removeWidget(self.delete_button)
        self.actions.insertWidget(0 if entry.expired else 1, self.delete_button)
        self.action_note.hide()
        missing = entry.package == "missing"
        self.folder_button.setEnabled(not missing)
        self.folder_button.setToolTip(tr("The package folder is gone.") if missing
                                      else receipt.package_path)

    def say(self, text: str) -> None:
        """A line under the actions (what a button did)."""
        self.action_note.setText(text)
        self.action_note.show()

    def clear(self) -> None:
        """Forget every disclosure."""
        self.model.set_records([])
        self.notice.setText("")
        self.action_note.setText("")

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._quiet or not current.isValid():
            return
        record = self.proxy.data(current, RECORD_ROLE)
        if record is not None:
            self.chosen.emit(record.id)
