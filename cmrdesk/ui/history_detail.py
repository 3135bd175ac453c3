"""The History page's cards, part two: what changed between two disclosures, and one
disclosure as it was sent (fields, terms, what was asked for, the package).

Views only: they draw what the presenter hands them and report the person's choices.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QVBoxLayout,
    QWidget,
)

from cmrdesk.services.history import Comparison, DisclosureEntry

from . import fmt
from .history_rows import (
    CONTACT_NAMES,
    PACKAGE_STATES,
    SECTION_NAMES,
    diff_columns,
    field_columns,
    local_day,
    purpose_title,
)
from .history_views import bullets, clear, fit, make_table
from .i18n import QT_TR_NOOP, plural, tr
from .models import RecordTableModel
from .widgets import Card, make_label, set_role


class CompareCard(Card):
    """Two of a vendor's disclosures side by side: fields added, changed, left out."""

    #: The ids chosen in the two drop-downs (either order).
    pair_changed = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, spacing=8)
        self.body.addWidget(make_label(tr("What changed"), "sectionTitle"))
        self.picker = QWidget()
        pick = QHBoxLayout(self.picker)
        pick.setContentsMargins(0, 0, 0, 0)
        pick.setSpacing(8)
        self.older = QComboBox()
        self.newer = QComboBox()
        self.older.setAccessibleName(tr("Compare from"))
        self.newer.setAccessibleName(tr("Compare to"))
        self._quiet = False
        for combo in (self.older, self.newer):
            # Share the card's width (the page never scrolls sideways), whatever the dates.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            combo.currentIndexChanged.connect(self._pair_changed)
        pick.addWidget(make_label(tr("From"), "muted"))
        pick.addWidget(self.older, 1)
        pick.addWidget(make_label(tr("to"), "muted"))
        pick.addWidget(self.newer, 1)
        self.body.addWidget(self.picker)
        self.note = make_label("", "", wrap=True)
        self.body.addWidget(self.note)
        self.model = RecordTableModel(diff_columns(), self)
        self.table, self.proxy = make_table(self.model, tr("What changed"), stretch=0)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.body.addWidget(self.table)
        self.show_same = QCheckBox(tr("Show fields that stayed the same"))
        self.show_same.toggled.connect(lambda _on: self.show_comparison(self.comparison))
        self.body.addWidget(self.show_same)
        self.comparison: Comparison | None = None

    def set_receipts(self, receipts: list[Any]) -> None:
        """Offer a vendor's disclosures (newest first) in both drop-downs, oldest first."""
        self._quiet = True
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
        self._quiet = False

    def set_pair(self, older: int, newer: int) -> None:
        """Choose two disclosures without reporting it back."""
        self._quiet = True
        self.older.setCurrentIndex(self.older.findData(older))
        self.newer.setCurrentIndex(self.newer.findData(newer))
        self._quiet = False

    def show_comparison(self, comparison: Comparison | None) -> None:
        """Say what changed (or why there is nothing to compare)."""
        self.comparison = comparison
        self.model.set_records([])
        if comparison is None:
            self.note.setText("")
            self.table.hide()
            self.show_same.hide()
            return
        if comparison.diff is None:
            self.note.setText(
                tr("This is the only disclosure to them so far: there is nothing to compare "
                   "it with.") if comparison.only else
                tr("This is the first disclosure to them. Choose another one above to see "
                   "what changed between the two."))
            set_role(self.note, "muted")
            self.table.hide()
            self.show_same.hide()
            return
        counts = comparison.counts
        parts = []
        for kind, one, many in (("added", QT_TR_NOOP("{n} field added"),
                                 QT_TR_NOOP("{n} fields added")),
                                ("changed", QT_TR_NOOP("{n} field changed"),
                                 QT_TR_NOOP("{n} fields changed")),
                                ("removed", QT_TR_NOOP("{n} field left out"),
                                 QT_TR_NOOP("{n} fields left out"))):
            if counts[kind]:
                parts.append(plural(counts[kind], one, many, fmt.count(counts[kind])))
        older = fmt.day(local_day(comparison.older))
        newer = fmt.day(local_day(comparison.newer))
        text = (tr("From {older} to {newer}: {changes}.").format(
            older=older, newer=newer, changes=", ".join(parts)) if parts else
            tr("From {older} to {newer}: every field was told the same way.").format(
                older=older, newer=newer))
        sections = [tr(SECTION_NAMES.get(s, s)) for s in comparison.diff.sections]
        if sections:
            text += " " + tr("Also changed: {sections}.").format(sections=", ".join(sections))
        self.note.setText(text)
        set_role(self.note, "")
        rows = comparison.rows(with_same=self.show_same.isChecked())
        self.model.set_records(rows)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        fit(self.table, len(rows))
        self.table.setVisible(bool(rows))
        self.show_same.setVisible(counts["same"] > 0)
        self.show_same.setText(plural(counts["same"], "Show the {n} field that stayed the same",
                                      "Show the {n} fields that stayed the same",
                                      fmt.count(counts["same"])))

    def clear(self) -> None:
        """Forget both disclosures."""
        self._quiet = True
        self.older.clear()
        self.newer.clear()
        self._quiet = False
        self.model.set_records([])
        self.comparison = None
        self.note.setText("")

    def _pair_changed(self, _index: int) -> None:
        if not self._quiet:
            self.pair_changed.emit(self.older.currentData(), self.newer.currentData())


class ReceiptCard(Card):
    """One disclosure as it was sent: purpose, fields, terms, what was asked, the package."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, spacing=8)
        self.title = make_label("", "sectionTitle", wrap=True)
        self.purpose = make_label("", "", wrap=True, selectable=True)
        self.body.addWidget(self.title)
        self.body.addWidget(self.purpose)
        self.body.addSpacing(4)
        self.body.addWidget(make_label(tr("Fields as sent"), "cardTitle"))
        self.model = RecordTableModel(field_columns(), self)
        # The values keep their full width; a long field name is elided (its tooltip and
        # the chips above give it whole).
        self.table, self.proxy = make_table(self.model, tr("Fields as sent"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.body.addWidget(self.table)

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
        self.body.addSpacing(4)
        self.body.addLayout(terms_row)
        self.body.addSpacing(4)
        self.body.addWidget(make_label(tr("Package"), "cardTitle"))
        self.package_text = make_label("", "", wrap=True, selectable=True)
        self.body.addWidget(self.package_text)
        self.terms: list[str] = []  # the disclosure's terms, in words
        self.intent: list[str] = []  # and what the person asked for

    def show_entry(self, entry: DisclosureEntry) -> None:
        """Fill in one disclosure."""
        from cmrdesk.disclosure import Terms, summary_lines

        receipt = entry.receipt
        name = receipt.vendor_name
        self.title.setText(tr("Disclosure {number} to {vendor}, sent {when}").format(
            number=fmt.count(entry.number), vendor=name, when=fmt.day_time(receipt.created_at)))
        purpose = purpose_title(receipt.purpose_kind)
        self.purpose.setText(f"{purpose}: {receipt.purpose}" if receipt.purpose else purpose)
        lines = summary_lines(receipt.document) if receipt.document.get("fields") else []
        self.model.set_records(lines)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        fit(self.table, len(lines))
        self.terms = Terms.from_dict(receipt.terms or {}).sentences()
        bullets(self.terms_lines, self.terms)
        self.intent = intent_lines(receipt.intent or {})
        bullets(self.intent_lines, self.intent)
        state_name, state_help = PACKAGE_STATES[entry.package]
        sealed = (tr("Encrypted to {vendor}'s key and signed by you.").format(vendor=name)
                  if receipt.encrypted else
                  tr("Signed by you, not encrypted: {vendor} gave no encryption key.").format(
                      vendor=name))
        self.package_text.setText(f"{receipt.package_path}\n{tr(state_name)}: "
                                  f"{tr(state_help)} {sealed}")

    def clear(self) -> None:
        """Forget the disclosure."""
        self.model.set_records([])
        self.terms, self.intent = [], []
        for lines in (self.terms_lines, self.intent_lines):
            clear(lines)
        for label in (self.title, self.purpose, self.package_text):
            label.setText("")


def intent_lines(intent: dict[str, Any]) -> list[str]:
    """What the person asked the vendor for, one line each."""
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
