"""History: what each vendor has been told, when and on which terms; what changed; what expired.

Everything shown comes from the receipts the vault keeps for every export
(:mod:`cmrdesk.services.sharing`). The page reads them on the worker each time it is shown,
together with a check of each package folder on disk (that reads files, so it is worker work
too), and keeps nothing once the vault locks. Drafts (a deletion request, a follow-up) are
``mailto:`` URLs opened in the person's own mail program through :attr:`HistoryPage.open_url`,
which tests replace so that no mail program ever starts.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .. import fmt
from ..clipboard import copy_briefly
from ..flow_layout import FlowLayout
from ..history_rows import (
    CHANGE_ORDER,
    CONTACT_NAMES,
    PACKAGE_STATES,
    ROW_HEIGHT,
    SECTION_NAMES,
    VENDOR_ROW_HEIGHT,
    VENDOR_WIDTH,
    DisclosureRow,
    Told,
    VendorDelegate,
    VendorRow,
    diff_columns,
    disclosure_columns,
    field_columns,
    local_day,
    purpose_title,
    read_history,
)
from ..i18n import plural, tr
from ..models import RECORD_ROLE, Column, RecordTableModel, TypedSortProxy, sortable_text
from ..widgets import Card, EmptyState, make_label, set_role
from . import Page, PageContext, make_scroll_page, register_page

# --- building blocks ---------------------------------------------------------------------------


def _table(model: RecordTableModel, name: str, *, sortable: bool = True,
           stretch: int = 0) -> tuple[QTableView, TypedSortProxy]:
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
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setHighlightSections(False)
    return table, proxy


def _fit(table: QTableView, rows: int, row_height: int = ROW_HEIGHT, *,
         header: bool = True) -> None:
    """As tall as its rows (at least one): the page scrolls, the table does not."""
    top = table.horizontalHeader().sizeHint().height() if header else 0
    table.setFixedHeight(top + row_height * max(rows, 1) + 4)


def _clear(layout: QLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            break
        if item.widget() is not None:
            item.widget().hide()  # gone now, not at the next turn of the event loop
            item.widget().deleteLater()
        elif item.layout() is not None:
            _clear(item.layout())


def _bullets(layout: QVBoxLayout, lines: list[str], *, bullet: str = "•") -> None:
    """Fill ``layout`` with one wrapped, selectable line per entry (a hanging bullet each)."""
    _clear(layout)
    for line in lines:
        row = QHBoxLayout()
        row.setSpacing(8)
        if bullet:
            mark = make_label(bullet, "muted")
            mark.setAlignment(Qt.AlignmentFlag.AlignTop)
            row.addWidget(mark)
        row.addWidget(make_label(line, "", wrap=True, selectable=True), 1)
        layout.addLayout(row)


def _chip(text: str, role: str = "fieldChip") -> QLabel:
    chip = make_label(text, role)
    chip.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return chip


# --- the page ----------------------------------------------------------------------------------


@register_page("history", "History", "history", 60, "Ctrl+6")
class HistoryPage(Page):
    """Per vendor: what they know, every disclosure, what changed, what expired; drafts."""

    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        #: Opens a ``mailto:`` or ``file:`` URL (tests put a recorder here).
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
        self.told: Told | None = None
        self.vendor_rows: list[VendorRow] = []
        self.vendor_key: tuple[int | None, str] | None = None
        self.receipt_id: int | None = None
        self.knows_labels: list[str] = []  # what the chips of "What ... knows" say
        self.terms: list[str] = []  # the selected disclosure's terms, in words
        self.intent: list[str] = []  # and what the person asked for
        self._wanted_receipt: int | None = None
        self._selecting = False

        _inner, layout = make_scroll_page(self)
        layout.addWidget(make_label(tr("History"), "pageTitle"))
        self.subtitle = make_label(tr("What you have told each vendor, when, and on which "
                                      "terms."), "muted", wrap=True)
        layout.addWidget(self.subtitle)

        self.empty = EmptyState(
            tr("Nothing shared yet"),
            tr("Each time you share facts with a vendor, a receipt is kept here: what you told "
               "them, how precisely, on which terms and until when."),
            tr("Share with a vendor…"))
        assert self.empty.button is not None
        self.empty.button.clicked.connect(lambda: self.context.navigate("share"))
        self.empty.hide()
        layout.addWidget(self.empty)

        self.body = QWidget()
        self.row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self.body)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(16)
        self.row.addWidget(self._vendor_card(), 0, Qt.AlignmentFlag.AlignTop)
        self.detail = QWidget()
        column = QVBoxLayout(self.detail)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(16)
        column.addWidget(self._knows_card())
        column.addWidget(self._disclosures_card())
        column.addWidget(self._compare_card())
        column.addWidget(self._receipt_card())
        column.addStretch(1)
        self.row.addWidget(self.detail, 1)
        self.body.hide()
        layout.addWidget(self.body)
        layout.addStretch(1)
        self._colours(context.theme.palette)

    # --- construction ------------------------------------------------------------------------

    def _vendor_card(self) -> Card:
        card = Card(spacing=8)
        card.body.addWidget(make_label(tr("Vendors"), "sectionTitle"))
        card.body.addWidget(make_label(tr("Everyone you have shared with, told most recently "
                                          "first."), "readout", wrap=True))
        self.vendors = RecordTableModel(
            [Column(tr("Vendor"), lambda r: r.sentence(), lambda r: sortable_text(r.name),
                    tooltip=lambda r: r.sentence())], self)
        self.vendor_list = QTableView()
        self.vendor_list.setModel(self.vendors)
        self.vendor_list.setAccessibleName(tr("Vendors told something"))
        self.vendor_list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.vendor_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.vendor_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.vendor_list.setShowGrid(False)
        # A list inside its card: no frame of its own; the delegate draws the rows.
        self.vendor_list.setStyleSheet("QTableView { border: none; background: transparent; "
                                       "selection-background-color: transparent; }")
        self.vendor_list.setMouseTracking(True)
        self.vendor_list.horizontalHeader().hide()
        self.vendor_list.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch)
        self.vendor_list.verticalHeader().hide()
        self.vendor_list.verticalHeader().setDefaultSectionSize(VENDOR_ROW_HEIGHT)
        self.vendor_list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.vendor_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.delegate = VendorDelegate(self.vendor_list)
        self.vendor_list.setItemDelegate(self.delegate)
        self.vendor_list.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._vendor_chosen(current.row()))
        card.body.addWidget(self.vendor_list)
        self.vendor_card = card
        card.setFixedWidth(VENDOR_WIDTH)
        return card

    def _knows_card(self) -> Card:
        card = Card(spacing=6)
        self.knows_title = make_label("", "sectionTitle", wrap=True)
        self.knows_note = make_label("", "muted", wrap=True)
        card.body.addWidget(self.knows_title)
        card.body.addWidget(self.knows_note)
        self.knows_chips = QWidget()
        self.knows_flow = FlowLayout(self.knows_chips)
        card.body.addSpacing(2)
        card.body.addWidget(self.knows_chips)
        self.knows_earlier_title = make_label(tr("Told earlier, not in the latest disclosure"),
                                              "readout")
        self.earlier_chips = QWidget()
        self.earlier_flow = FlowLayout(self.earlier_chips)
        card.body.addWidget(self.knows_earlier_title)
        card.body.addWidget(self.earlier_chips)
        self.knows_card = card
        return card

    def _disclosures_card(self) -> Card:
        card = Card(spacing=6)
        card.body.addWidget(make_label(tr("Disclosures"), "sectionTitle"))
        self.disclosures_note = make_label(tr("Choose one to see exactly what it told them."),
                                           "readout", wrap=True)
        card.body.addWidget(self.disclosures_note)
        self.disclosures = RecordTableModel(disclosure_columns(), self)
        self.disclosure_table, self.disclosure_proxy = _table(
            self.disclosures, tr("Disclosures"), stretch=1)
        self.disclosure_table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._disclosure_chosen(current))
        card.body.addWidget(self.disclosure_table)
        # What the selected disclosure allows, and what to do about it.
        card.body.addSpacing(4)
        self.receipt_notice = make_label("", "negative", wrap=True)
        card.body.addWidget(self.receipt_notice)

        actions = QHBoxLayout()
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
        self.delete_button.clicked.connect(lambda: self._draft("deletion"))
        self.follow_button.clicked.connect(lambda: self._draft("follow_up"))
        self.folder_button.clicked.connect(self._open_folder)
        self.actions = actions
        card.body.addLayout(actions)
        self.action_note = make_label("", "readout", wrap=True)
        self.action_note.hide()
        card.body.addWidget(self.action_note)
        return card

    def _receipt_card(self) -> Card:
        card = Card(spacing=8)
        self.receipt_title = make_label("", "sectionTitle", wrap=True)
        self.receipt_purpose = make_label("", "", wrap=True, selectable=True)
        card.body.addWidget(self.receipt_title)
        card.body.addWidget(self.receipt_purpose)
        card.body.addSpacing(4)
        card.body.addWidget(make_label(tr("Fields as sent"), "cardTitle"))
        self.fields = RecordTableModel(field_columns(), self)
        # The values keep their full width; a long field name is elided (its tooltip and
        # the chips above give it whole).
        self.field_table, self.field_proxy = _table(self.fields, tr("Fields as sent"))
        self.field_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.field_table.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        card.body.addWidget(self.field_table)

        terms_row = QGridLayout()
        terms_row.setHorizontalSpacing(24)
        terms_row.setVerticalSpacing(4)
        terms_row.addWidget(make_label(tr("Terms"), "cardTitle"), 0, 0)
        terms_row.addWidget(make_label(tr("What you asked for"), "cardTitle"), 0, 1)
        self.terms_lines = QVBoxLayout()
        self.intent_lines = QVBoxLayout()
        for lines in (self.terms_lines, self.intent_lines):
            lines.setSpacing(3)
        terms_row.addLayout(self.terms_lines, 1, 0, Qt.AlignmentFlag.AlignTop)
        terms_row.addLayout(self.intent_lines, 1, 1, Qt.AlignmentFlag.AlignTop)
        terms_row.setColumnStretch(0, 1)
        terms_row.setColumnStretch(1, 1)
        card.body.addSpacing(4)
        card.body.addLayout(terms_row)

        card.body.addSpacing(4)
        card.body.addWidget(make_label(tr("Package"), "cardTitle"))
        self.package_text = make_label("", "", wrap=True, selectable=True)
        card.body.addWidget(self.package_text)
        self.receipt_card = card
        return card

    def _compare_card(self) -> Card:
        card = Card(spacing=8)
        card.body.addWidget(make_label(tr("What changed"), "sectionTitle"))
        self.picker = QWidget()
        pick = QHBoxLayout(self.picker)
        pick.setContentsMargins(0, 0, 0, 0)
        pick.setSpacing(8)
        self.older = QComboBox()
        self.newer = QComboBox()
        self.older.setAccessibleName(tr("Compare from"))
        self.newer.setAccessibleName(tr("Compare to"))
        for combo in (self.older, self.newer):
            # Share the card's width (the page never scrolls sideways), whatever the dates.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            combo.currentIndexChanged.connect(self._compare)
        pick.addWidget(make_label(tr("From"), "muted"))
        pick.addWidget(self.older, 1)
        pick.addWidget(make_label(tr("to"), "muted"))
        pick.addWidget(self.newer, 1)
        card.body.addWidget(self.picker)
        self.compare_note = make_label("", "", wrap=True)
        card.body.addWidget(self.compare_note)
        self.changes = RecordTableModel(diff_columns(), self)
        self.change_table, self.change_proxy = _table(self.changes, tr("What changed"),
                                                      stretch=0)
        header = self.change_table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.change_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.change_table.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        card.body.addWidget(self.change_table)
        self.show_same = QCheckBox(tr("Show fields that stayed the same"))
        self.show_same.toggled.connect(self._compare)
        card.body.addWidget(self.show_same)
        self.compare_card = card
        return card

    # --- page hooks --------------------------------------------------------------------------

    def resizeEvent(self, event: Any) -> None:
        wide = event.size().width() >= 900
        self.row.setDirection(QBoxLayout.Direction.LeftToRight if wide
                              else QBoxLayout.Direction.TopToBottom)
        if wide:
            self.vendor_card.setFixedWidth(VENDOR_WIDTH)
        else:
            self.vendor_card.setMinimumWidth(0)
            self.vendor_card.setMaximumWidth(16_777_215)
        super().resizeEvent(event)

    def vault_loaded(self, ledger: Any) -> None:
        if self.isVisible():  # otherwise the next shown() reads the history
            self.refresh()

    def shown(self, **arguments: Any) -> None:
        receipt_id = arguments.get("receipt_id")
        if receipt_id is not None:
            self._wanted_receipt = int(receipt_id)
        self.refresh()

    def vault_locked(self) -> None:
        self.told = None
        self.vendor_rows = []
        self.vendor_key = None
        self.receipt_id = None
        self._wanted_receipt = None
        self._selecting = True
        for model in (self.vendors, self.disclosures, self.fields, self.changes):
            model.set_records([])
        self.older.clear()
        self.newer.clear()
        self._selecting = False
        self.knows_labels = []
        for flow in (self.knows_flow, self.earlier_flow, self.terms_lines, self.intent_lines):
            _clear(flow)
        for label in (self.knows_title, self.knows_note, self.receipt_title,
                      self.receipt_purpose, self.receipt_notice, self.package_text,
                      self.compare_note, self.action_note):
            label.setText("")
        self.body.hide()
        self.empty.hide()

    def palette_changed(self, palette: Any) -> None:
        self._colours(palette)

    def _colours(self, palette: Any) -> None:
        colours = {"negative": palette.negative, "positive": palette.positive,
                   "muted": palette.muted, "warning": palette.warning, "accent": palette.accent}
        for model in (self.disclosures, self.fields, self.changes):
            model.set_colours(colours)
        self.delegate.set_colours(palette)
        self.vendor_list.viewport().update()
        # The chips of "What ... knows": the fields still told, and those told only before.
        self.knows_card.setStyleSheet(
            f'QLabel[role="fieldChip"], QLabel[role="earlierChip"] {{ border-radius: 10px; '
            f'padding: 2px 9px; font-size: 12px; background: {palette.surface_alt}; '
            f'border: 1px solid {palette.border}; }}'
            f'QLabel[role="earlierChip"] {{ color: {palette.muted}; border-style: dashed; }}')

    # --- loading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the receipts again on the worker (and check the packages on disk)."""
        controller = self.context.controller
        if not controller.is_unlocked:
            return
        today = controller.today or date.today()
        controller.with_session(lambda session: read_history(session, today), self.show_told,
                                label="history")

    def show_told(self, told: Told) -> None:
        """Show a read of the history, keeping (or applying the wanted) selection."""
        self.told = told
        rows = [VendorRow(v, len(v.expired(told.today))) for v in told.vendors]
        self.vendor_rows = rows
        receipts = sum(len(v.receipts) for v in told.vendors)
        expired = sum(r.expired for r in rows)
        if rows:
            text = tr("{disclosures} to {vendors}.").format(
                vendors=plural(len(rows), "{n} vendor", "{n} vendors", fmt.count(len(rows))),
                disclosures=plural(receipts, "{n} disclosure", "{n} disclosures",
                                   fmt.count(receipts)))
            if expired:
                text += " " + plural(expired, "{n} has expired: ask for it to be deleted.",
                                     "{n} have expired: ask for them to be deleted.",
                                     fmt.count(expired))
            self.subtitle.setText(text)
        else:
            self.subtitle.setText(tr("What you have told each vendor, when, and on which "
                                     "terms."))
        self.empty.setVisible(not rows)
        self.body.setVisible(bool(rows))

        wanted = self._wanted_receipt
        self._wanted_receipt = None
        vendor_index = 0
        if wanted is not None and any(r.id == wanted for v in told.vendors
                                      for r in v.receipts):
            vendor_index = next(i for i, row in enumerate(rows)
                                if any(r.id == wanted for r in row.history.receipts))
            self.receipt_id = wanted
        elif self.vendor_key is not None:
            vendor_index = next((i for i, row in enumerate(rows) if row.key == self.vendor_key),
                                0)
        self._selecting = True
        self.vendors.set_records(rows)
        _fit(self.vendor_list, len(rows), VENDOR_ROW_HEIGHT, header=False)
        if rows:
            self.vendor_list.selectRow(vendor_index)
        self._selecting = False
        if rows:
            self._vendor_chosen(vendor_index)  # always redrawn: the receipts were read anew
        else:
            self.vendor_key = None
            self.receipt_id = None

    # --- the chosen vendor -------------------------------------------------------------------

    def _vendor_chosen(self, index: int) -> None:
        if self._selecting or self.told is None or not 0 <= index < len(self.vendor_rows):
            return
        row = self.vendor_rows[index]
        self.vendor_key = row.key
        history = row.history
        today = self.told.today
        name = row.name

        self.knows_title.setText(tr("What {vendor} knows").format(vendor=name))
        receipts = history.receipts
        first = local_day(receipts[-1])
        if len(receipts) > 1:
            note = tr("Told {n} times since {day}.").format(n=fmt.count(len(receipts)),
                                                             day=fmt.day(first))
        else:
            note = tr("Told once, on {day}.").format(day=fmt.day(first))
        if row.expired:
            note += " " + plural(row.expired, "{n} disclosure has expired.",
                                 "{n} disclosures have expired.", fmt.count(row.expired))
        if history.vendor_id is None:
            note += " " + tr("This vendor is no longer in your list of vendors.")
        self.knows_note.setText(note)
        told = history.told()
        latest = set(history.latest.document.get("fields", {}))
        current = sorted((label for field, label in told.items() if field in latest),
                         key=str.casefold)
        earlier = sorted((label for field, label in told.items() if field not in latest),
                         key=str.casefold)
        self.knows_labels = current + earlier
        _clear(self.knows_flow)
        for label in current:
            self.knows_flow.addWidget(_chip(label))
        _clear(self.earlier_flow)
        for label in earlier:
            self.earlier_flow.addWidget(_chip(label, "earlierChip"))
        self.knows_earlier_title.setVisible(bool(earlier))
        self.earlier_chips.setVisible(bool(earlier))

        packages = self.told.packages
        total = len(receipts)
        rows = [DisclosureRow(r, total - i, r.expired(today), packages.get(int(r.id or 0),
                                                                            "missing"))
                for i, r in enumerate(receipts)]
        self._selecting = True
        self.disclosures.set_records(rows)
        self.disclosure_table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        _fit(self.disclosure_table, len(rows))
        self.older.clear()
        self.newer.clear()
        days = [local_day(r) for r in receipts]
        for r in reversed(receipts):  # oldest first, as a timeline reads
            # The time of day only where two disclosures share a day.
            when = (fmt.day_time(r.created_at) if days.count(local_day(r)) > 1
                    else fmt.day(local_day(r)))
            text = tr("{when} · {purpose}").format(when=when,
                                                   purpose=purpose_title(r.purpose_kind))
            self.older.addItem(text, int(r.id or 0))
            self.newer.addItem(text, int(r.id or 0))
        self.picker.setVisible(len(receipts) > 1)
        self._selecting = False
        wanted = self.receipt_id if any(r.id == self.receipt_id for r in receipts) \
            else receipts[0].id
        self.select_receipt(int(wanted or 0))

    def select_receipt(self, receipt_id: int) -> None:
        """Select the disclosure with ``receipt_id`` in the current vendor's table."""
        for row in range(self.disclosure_proxy.rowCount()):
            index = self.disclosure_proxy.index(row, 0)
            record = self.disclosure_proxy.data(index, RECORD_ROLE)
            if record is not None and record.id == receipt_id:
                self.receipt_id = None  # force a redraw even when it is the same one
                self.disclosure_table.selectRow(row)
                self.disclosure_table.scrollTo(index)
                if self.receipt_id is None:
                    self._disclosure_chosen(index)
                return

    # --- the chosen disclosure ---------------------------------------------------------------

    def current_row(self) -> DisclosureRow | None:
        """The selected disclosure."""
        for row in self.disclosures.records:
            if row.id == self.receipt_id:
                return row
        return None

    def _disclosure_chosen(self, index: QModelIndex) -> None:
        if self._selecting or not index.isValid():
            return
        row = self.disclosure_proxy.data(index, RECORD_ROLE)
        if row is None:
            return
        self.receipt_id = row.id
        self._show_receipt(row)
        receipts = self._vendor_receipts()
        position = next(i for i, r in enumerate(receipts) if r.id == row.id)
        previous = receipts[position + 1] if position + 1 < len(receipts) else None
        self._selecting = True
        self.older.setCurrentIndex(self.older.findData(int((previous or row.receipt).id or 0)))
        self.newer.setCurrentIndex(self.newer.findData(row.id))
        self._selecting = False
        self._compare()

    def _vendor_receipts(self) -> list[Any]:
        for row in self.vendor_rows:
            if row.key == self.vendor_key:
                return list(row.history.receipts)
        return []

    def _show_receipt(self, row: DisclosureRow) -> None:
        from cmrdesk.disclosure import Terms, summary_lines

        receipt = row.receipt
        name = receipt.vendor_name
        self.receipt_title.setText(tr("Disclosure {number} to {vendor}, sent {when}").format(
            number=fmt.count(row.number), vendor=name, when=fmt.day_time(receipt.created_at)))
        purpose = purpose_title(receipt.purpose_kind)
        self.receipt_purpose.setText(f"{purpose}: {receipt.purpose}" if receipt.purpose
                                     else purpose)
        sent = fmt.day(local_day(receipt))
        if row.expired:
            self.receipt_notice.setText(tr(
                "The disclosure of {sent} expired on {day}: {vendor} may no longer use it. If "
                "they have not deleted it yet, ask them to.").format(
                sent=sent, day=fmt.day(receipt.expires), vendor=name))
            set_role(self.receipt_notice, "negative")
        else:
            days = (receipt.expires - (self.told.today if self.told else date.today())).days
            self.receipt_notice.setText(tr(
                "{vendor} may use the disclosure of {sent} until {day} ({left}).").format(
                vendor=name, sent=sent, day=fmt.day(receipt.expires),
                left=plural(days, "{n} day left", "{n} days left", fmt.count(days))))
            set_role(self.receipt_notice, "muted")
        # An expired disclosure makes the deletion request the one button to press.
        set_role(self.delete_button, "primary" if row.expired else "")
        self.delete_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.actions.removeWidget(self.delete_button)
        self.actions.insertWidget(0 if row.expired else 1, self.delete_button)
        self.action_note.hide()

        lines = summary_lines(receipt.document) if receipt.document.get("fields") else []
        self.fields.set_records(lines)
        self.field_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        _fit(self.field_table, len(lines))

        self.terms = Terms.from_dict(receipt.terms or {}).sentences()
        _bullets(self.terms_lines, self.terms)
        self.intent = self._intent_lines(receipt.intent or {})
        _bullets(self.intent_lines, self.intent)

        state_name, state_help = PACKAGE_STATES[row.package]
        sealed = (tr("Encrypted to {vendor}'s key and signed by you.").format(vendor=name)
                  if receipt.encrypted else
                  tr("Signed by you, not encrypted: {vendor} gave no encryption key.").format(
                      vendor=name))
        self.package_text.setText(f"{receipt.package_path}\n{tr(state_name)}: "
                                  f"{tr(state_help)} {sealed}")
        missing = row.package == "missing"
        self.folder_button.setEnabled(not missing)
        self.folder_button.setToolTip(tr("The package folder is gone.") if missing
                                      else receipt.package_path)

    @staticmethod
    def _intent_lines(intent: dict[str, Any]) -> list[str]:
        lines = []
        if intent.get("text"):
            lines.append(str(intent["text"]))
        if intent.get("wants"):
            lines.append(tr("Wants to hear about: {items}.").format(
                items=", ".join(intent["wants"])))
        if intent.get("does_not_want"):
            lines.append(tr("Does not want: {items}.").format(
                items=", ".join(intent["does_not_want"])))
        if intent.get("contact"):
            lines.append(tr("Contact by: {ways}.").format(ways=", ".join(
                tr(CONTACT_NAMES.get(c, c)) for c in intent["contact"])))
        return lines or [tr("Nothing beyond the purpose.")]

    # --- comparing ---------------------------------------------------------------------------

    def _compare(self, *_args: Any) -> None:
        if self._selecting:
            return
        from cmrdesk.services.sharing import diff_receipts

        receipts = {int(r.id or 0): r for r in self._vendor_receipts()}
        a = receipts.get(self.older.currentData())
        b = receipts.get(self.newer.currentData())
        self.changes.set_records([])
        if a is None or b is None:
            self.compare_note.setText("")
            self.change_table.hide()
            self.show_same.hide()
            return
        if a.id == b.id:
            only = len(receipts) == 1
            self.compare_note.setText(
                tr("This is the only disclosure to them so far: there is nothing to compare "
                   "it with.") if only else
                tr("This is the first disclosure to them. Choose another one above to see "
                   "what changed between the two."))
            set_role(self.compare_note, "muted")
            self.change_table.hide()
            self.show_same.hide()
            return
        older, newer = sorted((a, b), key=lambda r: (r.created_at, r.id or 0))
        diff = diff_receipts(older, newer)
        counts = {kind: sum(1 for c in diff.fields if str(c.change) == kind)
                  for kind in CHANGE_ORDER}
        parts = []
        if counts["added"]:
            parts.append(plural(counts["added"], "{n} field added", "{n} fields added",
                                fmt.count(counts["added"])))
        if counts["changed"]:
            parts.append(plural(counts["changed"], "{n} field changed", "{n} fields changed",
                                fmt.count(counts["changed"])))
        if counts["removed"]:
            parts.append(plural(counts["removed"], "{n} field left out",
                                "{n} fields left out", fmt.count(counts["removed"])))
        text = (tr("From {older} to {newer}: {changes}.").format(
            older=fmt.day(local_day(older)), newer=fmt.day(local_day(newer)),
            changes=", ".join(parts)) if parts else
            tr("From {older} to {newer}: every field was told the same way.").format(
                older=fmt.day(local_day(older)), newer=fmt.day(local_day(newer))))
        sections = [tr(SECTION_NAMES.get(s, s)) for s in diff.sections]
        if sections:
            text += " " + tr("Also changed: {sections}.").format(sections=", ".join(sections))
        self.compare_note.setText(text)
        set_role(self.compare_note, "")
        rows = diff.fields if self.show_same.isChecked() else diff.changed
        self.changes.set_records(rows)
        self.change_table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        _fit(self.change_table, len(rows))
        self.change_table.setVisible(bool(rows))
        self.show_same.setVisible(counts["same"] > 0)
        self.show_same.setText(plural(counts["same"], "Show the {n} field that stayed the same",
                                      "Show the {n} fields that stayed the same",
                                      fmt.count(counts["same"])))

    # --- actions -----------------------------------------------------------------------------

    def _draft(self, kind: str) -> None:
        row = self.current_row()
        if row is None:
            return
        receipt_id = row.id

        def work(session: Any) -> Any:
            from cmrdesk.services import sharing

            make = (sharing.deletion_request_draft if kind == "deletion"
                    else sharing.follow_up_draft)
            return make(session, receipt_id)

        self.context.controller.with_session(work, self._open_draft, label="draft")

    def _open_draft(self, draft: Any) -> None:
        if self.open_url(QUrl(draft.mailto)):
            self._say(tr("The draft is open in your mail program. Nothing is sent until you "
                         "send it."))
            return
        # No mail program took the link: the draft goes on the clipboard instead.
        text = f"{tr('To')}: {draft.to}\n{tr('Subject')}: {draft.subject}\n\n{draft.body}"
        copy_briefly(text)
        self._say(tr("No mail program answered, so the draft is on the clipboard for two "
                     "minutes: paste it into an e-mail to the vendor."))

    def _open_folder(self) -> None:
        row = self.current_row()
        if row is None:
            return
        if not self.open_url(QUrl.fromLocalFile(row.receipt.package_path)):
            self._say(tr("The folder could not be opened: {path}").format(
                path=row.receipt.package_path))

    def _say(self, text: str) -> None:
        self.action_note.setText(text)
        self.action_note.show()

