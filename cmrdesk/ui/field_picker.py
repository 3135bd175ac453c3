"""The Share page's field list: every fact the vault can tell, ticked or not, each with the
precision it leaves at.

A tree with one branch per catalogue group (ticking a group ticks its fields). A ticked field
gets a drop-down whose entries are written as the vendor will read them ("EUR 600,000 –
700,000", "yes, at least EUR 600,000", "EUR 619,591.66"), least revealing first, so choosing a
precision is choosing what they learn. "Other…" opens a dialog for a threshold, band width or
step of one's own. Unticked fields are omitted: they appear nowhere in the package.

A field whose value the vault does not know (``known`` false on the catalogue field) says
"unknown — why", cannot be ticked (not by a click, a group, a template or a saved profile), and
offers "Key it in…", which asks to go where that data is entered (see :func:`key_in_target`).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cmrdesk.disclosure import EXACT, CatalogueField, Precision, precision_text, value_text

from .i18n import tr
from .widgets import link_button, make_label, set_role

COL_FIELD, COL_VALUE, COL_SHARED = range(3)
#: Tall enough for the drop-down a ticked row carries.
ROW_HEIGHT = 32
#: The field names' column never gets narrower than this (the indent and the box included):
#: the list asks its window for that much room instead of squeezing the names to nothing.
FIELD_MIN = 220
VALUE_WIDTH = 120
SHARED_WIDTH = 210
MIN_COLUMN = 100
NAME_ROLE = Qt.ItemDataRole.UserRole + 1
LABEL_ROLE = Qt.ItemDataRole.UserRole + 2
#: Lines an unknown field's name up with the names after a tick box.
UNKNOWN_INDENT = 26
#: The drop-down entry that asks for a precision of one's own.
OTHER = "other"

PrecisionAsker = Callable[[CatalogueField, Precision], "Precision | None"]


#: Where each kind of missing data is keyed in: ``where`` -> the page that takes it. The
#: ``details`` page takes the profile, income, policies and goals, each in its own section.
KEY_IN_PAGES = {
    "accounts": "accounts", "holdings": "holdings", "transactions": "transactions",
    "profile": "details", "income": "details", "policies": "details", "goals": "details",
    "import": "accounts",
}


def key_in_target(where: str, pages: Collection[str]) -> str | None:
    """The page key where ``where``'s data is keyed in, or ``None`` when there is no such
    page in this app (``pages``: the registered page keys)."""
    page = KEY_IN_PAGES.get(where)
    return page if page is not None and page in pages else None


def is_known(item: object) -> bool:
    """Whether a catalogue field's value is known (fields that do not say are)."""
    return bool(getattr(item, "known", True))


def unknown_text(item: object) -> str:
    """``unknown — why`` for a field whose value the vault does not know."""
    why = str(getattr(item, "why", "") or "")
    # The catalogue's reasons read on their own ("unknown: no year of birth…", as the CLI
    # prints them); here "unknown" is already said once.
    why = why.removeprefix("unknown: ").removeprefix("unknown, ")
    return tr("unknown — {why}").format(why=why) if why else tr("unknown")


def shown_as(item: CatalogueField, precision: Precision) -> str:
    """What the vendor reads for ``item`` at ``precision``."""
    return value_text(item.disclose(precision))


class ElidedLabel(QLabel):
    """One line that ends in "…" when it does not fit, rather than squeezing its neighbours
    (the whole text stays in :meth:`text` and, by the caller, in the tooltip)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight,
                                              self.contentsRect().width())
        painter.drawText(self.contentsRect(), int(Qt.AlignmentFlag.AlignLeft
                                                  | Qt.AlignmentFlag.AlignVCenter), shown)


class FieldPicker(QWidget):
    """Tick fields and choose their precisions; :attr:`changed` fires after every change."""

    changed = Signal()
    #: "Key it in…" was clicked: the page key and the section (``where``) to open.
    key_in_wanted = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Find a field"))
        self.search.setAccessibleName(tr("Find a field"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.count = make_label("", "muted")
        self.clear = link_button(tr("Untick all"))
        self.clear.clicked.connect(lambda: self.set_selection({}))
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count)
        bar.addWidget(self.clear)
        layout.addLayout(bar)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([tr("Field"), tr("Now"), tr("The vendor sees")])
        self.tree.setAccessibleName(tr("Fields to share"))
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(False)
        self.tree.setRootIsDecorated(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(MIN_COLUMN)
        header.setSectionResizeMode(COL_FIELD, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_VALUE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_SHARED, QHeaderView.ResizeMode.Fixed)
        self.tree.setColumnWidth(COL_VALUE, VALUE_WIDTH)
        self.tree.setColumnWidth(COL_SHARED, SHARED_WIDTH)
        scrollbar = self.tree.verticalScrollBar().sizeHint().width()
        self.tree.setMinimumWidth(FIELD_MIN + VALUE_WIDTH + SHARED_WIDTH + scrollbar + 4)
        self.tree.itemChanged.connect(self._item_changed)
        layout.addWidget(self.tree, 1)
        self.catalogue: Mapping[str, CatalogueField] = {}
        self.items: dict[str, QTreeWidgetItem] = {}
        self.combos: dict[str, QComboBox] = {}
        self._chosen: dict[str, Precision] = {}
        self._quiet = False
        self._muted = QColor()
        self.unknown: set[str] = set()  # fields whose value the vault does not know
        self.why_labels: dict[str, QLabel] = {}  # their "unknown — why", as shown
        self.key_in_links: dict[str, QPushButton] = {}  # their "Key it in…", where offered
        #: Page keys that exist in this app: "Key it in…" links only to those.
        self.key_in_pages: Collection[str] = ()
        #: Seam for tests: asks for a precision of one's own (``None``: cancelled).
        self.ask_precision: PrecisionAsker = self._ask_precision

    def set_muted(self, color: str) -> None:
        """The theme's muted text colour, for "not shared"."""
        self._muted = QColor(color)
        for row in self.items.values():
            row.setForeground(COL_SHARED, self._muted)

    # --- content -------------------------------------------------------------------------------

    def set_catalogue(self, catalogue: Mapping[str, CatalogueField],
                      groups: Mapping[str, list[CatalogueField]]) -> None:
        """Show a new catalogue (nothing ticked)."""
        self._quiet = True
        self.tree.clear()
        self.items.clear()
        self.combos.clear()
        self._chosen.clear()
        self.unknown.clear()
        self.key_in_links.clear()
        self.why_labels.clear()
        self.catalogue = catalogue
        for group, fields in groups.items():
            branch = QTreeWidgetItem(self.tree, [tr(group)])
            branch.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                            | Qt.ItemFlag.ItemIsAutoTristate)
            branch.setCheckState(COL_FIELD, Qt.CheckState.Unchecked)
            font = branch.font(COL_FIELD)
            font.setBold(True)
            branch.setFont(COL_FIELD, font)
            branch.setSizeHint(COL_FIELD, QSize(0, ROW_HEIGHT))
            for item in fields:
                if is_known(item):
                    row = QTreeWidgetItem(branch, [item.label, shown_as(item, EXACT), ""])
                    row.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                                 | Qt.ItemFlag.ItemIsSelectable)
                    row.setCheckState(COL_FIELD, Qt.CheckState.Unchecked)
                    row.setToolTip(COL_FIELD, f"{item.label}\n{item.name}")
                    row.setToolTip(COL_VALUE, tr("Its value in your vault today; it leaves "
                                                 "only as you choose on the right."))
                else:
                    row = self._unknown_row(branch, item)
                row.setData(COL_FIELD, NAME_ROLE, item.name)
                row.setSizeHint(COL_FIELD, QSize(0, ROW_HEIGHT))
                if self._muted.isValid():
                    row.setForeground(COL_SHARED, self._muted)
                row.setData(COL_FIELD, LABEL_ROLE, item.label)
                self.items[item.name] = row
                if not is_known(item):
                    self._unknown_widget(row, item)
        self.tree.expandAll()
        self._quiet = False
        self._update_count()

    def _unknown_row(self, branch: QTreeWidgetItem, item: CatalogueField) -> QTreeWidgetItem:
        """A row that says why the value is unknown across the whole width (the reason is the
        point, not a value), with no box to tick: a row without a check state is also skipped
        when its group is ticked."""
        text = unknown_text(item)
        row = QTreeWidgetItem(branch, ["", text, ""])  # column texts for search and readers
        row.setData(COL_FIELD, LABEL_ROLE, item.label)
        row.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        row.setFirstColumnSpanned(True)
        row.setToolTip(COL_FIELD, tr("{label}: your vault cannot tell this yet ({why}), so it "
                                     "cannot be shared.").format(label=item.label, why=text))
        self.unknown.add(item.name)
        return row

    def _unknown_widget(self, row: QTreeWidgetItem, item: CatalogueField) -> None:
        holder = QWidget()
        line = QHBoxLayout(holder)
        line.setContentsMargins(UNKNOWN_INDENT, 0, 8, 0)
        line.setSpacing(12)
        name = make_label(item.label, "muted")
        why = ElidedLabel(unknown_text(item))
        set_role(why, "muted")
        why.setToolTip(row.toolTip(COL_FIELD))
        why.setAccessibleName(f"{item.label}: {unknown_text(item)}")
        line.addWidget(name)
        line.addWidget(why, 1)
        where = str(getattr(item, "where", "") or "")
        page = key_in_target(where, self.key_in_pages)
        if page is not None:  # nowhere to key it in in this app: no dead link
            link = link_button(tr("Key it in…"))
            link.setAccessibleName(tr("Key in {label}").format(label=item.label))
            link.setToolTip(tr("Go to where this is entered."))
            link.clicked.connect(lambda _c=False, p=page, w=where: self.key_in_wanted.emit(p, w))
            line.addWidget(link)
            self.key_in_links[item.name] = link
        self.why_labels[item.name] = why
        self.tree.setItemWidget(row, COL_FIELD, holder)

    def selection(self) -> dict[str, Precision]:
        """Ticked field names and their precisions, in catalogue order."""
        return {name: self._chosen[name] for name in self.catalogue if name in self._chosen}

    def set_selection(self, selection: Mapping[str, Precision]) -> None:
        """Tick exactly ``selection`` (names not in the catalogue and fields whose value is
        unknown are left unticked); one :attr:`changed` after."""
        self._quiet = True
        try:
            for name, row in self.items.items():
                if name in self.unknown:
                    continue
                precision = selection.get(name)
                if precision is not None and precision.level.value == "omit":
                    precision = None
                row.setCheckState(COL_FIELD, Qt.CheckState.Checked if precision
                                  else Qt.CheckState.Unchecked)
                self._set_chosen(name, precision)
        finally:
            self._quiet = False
        self._update_count()
        self.changed.emit()

    def tick(self, name: str, on: bool = True) -> None:
        """Tick or untick one field, as a click on its box does (a field whose value is
        unknown has no box: nothing happens)."""
        if name in self.unknown:
            return
        self.items[name].setCheckState(COL_FIELD, Qt.CheckState.Checked if on
                                       else Qt.CheckState.Unchecked)

    def set_precision(self, name: str, precision: Precision) -> None:
        """Share ticked field ``name`` at ``precision``."""
        if name not in self._chosen:
            raise KeyError(f"{name} is not ticked")
        self.catalogue[name].check(precision)
        self._set_chosen(name, precision)
        self.changed.emit()

    # --- internals -----------------------------------------------------------------------------

    def _item_changed(self, row: QTreeWidgetItem, column: int) -> None:
        name = row.data(COL_FIELD, NAME_ROLE)
        if column != COL_FIELD or not name or self._quiet or name in self.unknown:
            return
        ticked = row.checkState(COL_FIELD) == Qt.CheckState.Checked
        if ticked == (name in self._chosen):
            return
        self._set_chosen(name, self.catalogue[name].default if ticked else None)
        self._update_count()
        self.changed.emit()

    def _set_chosen(self, name: str, precision: Precision | None) -> None:
        row = self.items[name]
        if precision is None:
            self._chosen.pop(name, None)
            combo = self.combos.pop(name, None)
            if combo is not None:
                self.tree.removeItemWidget(row, COL_SHARED)
            row.setText(COL_SHARED, tr("not shared"))
            return
        self._chosen[name] = precision
        row.setText(COL_SHARED, "")
        combo = self.combos.get(name)
        if combo is None:
            combo = QComboBox()
            combo.setAccessibleName(tr("What the vendor sees of {label}").format(
                label=self.catalogue[name].label))
            combo.activated.connect(lambda _i, n=name: self._combo_chosen(n))
            self.combos[name] = combo
            self.tree.setItemWidget(row, COL_SHARED, combo)
        self._fill_combo(combo, self.catalogue[name], precision)

    def _fill_combo(self, combo: QComboBox, item: CatalogueField,
                    precision: Precision) -> None:
        combo.blockSignals(True)
        combo.clear()
        specs = list(dict.fromkeys([*(c.spec for c in item.choices), precision.spec]))
        options = sorted((Precision.parse(s) for s in specs), key=lambda p: p.reveals)
        for option in options:
            combo.addItem(shown_as(item, option), option.spec)
            combo.setItemData(combo.count() - 1, precision_text(
                option.spec, item.currency, item.unit), Qt.ItemDataRole.ToolTipRole)
        if item.kind.numeric:
            combo.addItem(tr("Other precision…"), OTHER)
        combo.setCurrentIndex(combo.findData(precision.spec))
        combo.setToolTip(precision_text(precision.spec, item.currency, item.unit))
        combo.setEnabled(combo.count() > 1)
        combo.blockSignals(False)

    def _combo_chosen(self, name: str) -> None:
        combo = self.combos[name]
        item = self.catalogue[name]
        current = self._chosen[name]
        data = combo.currentData()
        if data == OTHER:
            chosen = self.ask_precision(item, current)
            if chosen is None:
                self._fill_combo(combo, item, current)  # back to what it was
                return
            precision = item.check(chosen)
        else:
            precision = Precision.parse(str(data))
        if precision != current:
            self.set_precision(name, precision)
        else:
            self._fill_combo(combo, item, current)

    def _ask_precision(self, item: CatalogueField, current: Precision) -> Precision | None:
        from .share_dialogs import PrecisionDialog

        dialog = PrecisionDialog(item, current, self)
        return dialog.precision() if dialog.exec() else None

    def _update_count(self) -> None:
        text = tr("{n} of {total} ticked").format(n=len(self._chosen),
                                                   total=len(self.catalogue))
        if self.unknown:
            text += " · " + tr("{n} unknown").format(n=len(self.unknown))
        self.count.setText(text)
        self.clear.setEnabled(bool(self._chosen))

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for index in range(self.tree.topLevelItemCount()):
            branch = self.tree.topLevelItem(index)
            visible = 0
            for child_index in range(branch.childCount()):
                row = branch.child(child_index)
                hit = not needle or needle in str(row.data(COL_FIELD, LABEL_ROLE)).casefold() \
                    or needle in str(row.data(COL_FIELD, NAME_ROLE))
                row.setHidden(not hit)
                visible += hit
            branch.setHidden(visible == 0)
