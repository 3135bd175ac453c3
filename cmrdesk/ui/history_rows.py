"""The History page's rows and columns: a vendor and a disclosure in words, and how the tables
and the vendor list show them (what one read of the receipts holds is
:mod:`cmrdesk.services.history`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from cmrdesk.services.history import DisclosureEntry, VendorTold, local_day

from . import fmt
from .i18n import QT_TR_NOOP, plural, tr
from .models import RECORD_ROLE, Column, sortable_text

#: Height of one row in the page's tables, and of one vendor in the list.
ROW_HEIGHT = 32
VENDOR_ROW_HEIGHT = 58
VENDOR_WIDTH = 280

PACKAGE_STATES = {
    "intact": (QT_TR_NOOP("Intact"),
               QT_TR_NOOP("The package folder still holds exactly what was sent.")),
    "changed": (QT_TR_NOOP("Changed"),
                QT_TR_NOOP("The files in the package folder no longer match the receipt: "
                           "something changed them after the export.")),
    "missing": (QT_TR_NOOP("Missing"),
                QT_TR_NOOP("The package folder is gone (moved or deleted). The receipt "
                           "below still says what was sent.")),
}
CHANGE_NAMES = {"added": QT_TR_NOOP("Added"), "removed": QT_TR_NOOP("Removed"),
                "changed": QT_TR_NOOP("Changed"), "same": QT_TR_NOOP("Same")}
CHANGE_ORDER = ("added", "changed", "removed", "same")
SECTION_NAMES = {"purpose": QT_TR_NOOP("the purpose"), "terms": QT_TR_NOOP("the terms"),
                 "intent": QT_TR_NOOP("what you asked for"),
                 "expires": QT_TR_NOOP("the expiry date"),
                 "vendor": QT_TR_NOOP("the vendor's details")}
CONTACT_NAMES = {"email": QT_TR_NOOP("e-mail"), "phone": QT_TR_NOOP("phone"),
                 "post": QT_TR_NOOP("post")}


# --- a vendor in the list ----------------------------------------------------------------------


@dataclass(frozen=True)
class VendorRow:
    """A vendor in the list, in words: who, how often, how recently, how much has expired."""

    told: VendorTold

    @property
    def history(self) -> Any:
        """The vendor's :class:`~cmrdesk.services.sharing.VendorHistory`."""
        return self.told.history

    @property
    def expired(self) -> int:
        """How many of their disclosures have expired."""
        return self.told.expired

    @property
    def key(self) -> tuple[int | None, str]:
        """What identifies the vendor across reloads."""
        return self.told.key

    @property
    def name(self) -> str:
        """The vendor's name as the packages carried it."""
        return self.told.name

    @property
    def detail(self) -> str:
        """``3 disclosures · latest Nov 23, 2026``."""
        count = len(self.told.history.receipts)
        return tr("{count} · latest {day}").format(
            count=plural(count, "{n} disclosure", "{n} disclosures", fmt.count(count)),
            day=fmt.day(self.told.latest))

    @property
    def marker(self) -> str:
        """``1 expired``, or ``""``."""
        return plural(self.expired, "{n} expired", "{n} expired", fmt.count(self.expired)) \
            if self.expired else ""

    def sentence(self) -> str:
        """The row read out in one sentence (screen readers, tooltips)."""
        parts = [self.name, self.detail]
        if self.expired:
            parts.append(self.marker)
        return ", ".join(parts)


def purpose_title(kind: str) -> str:
    """A purpose kind in words (``"Mortgage pre-check"``)."""
    from cmrdesk.disclosure.terms import PurposeKind

    try:
        return tr(PurposeKind(kind).title)
    except ValueError:
        return kind


def field_count(count: int) -> str:
    """``12 fields``."""
    return plural(count, "{n} field", "{n} fields", fmt.count(count))


# --- columns -----------------------------------------------------------------------------------


def disclosure_columns() -> list[Column]:
    """Columns of a vendor's disclosures table."""

    def package(row: DisclosureEntry) -> str:
        return tr(PACKAGE_STATES[row.package][0])

    return [
        Column(tr("Sent"), lambda r: fmt.day(local_day(r.receipt)),
               lambda r: (r.receipt.created_at, r.id),
               tooltip=lambda r: fmt.day_time(r.receipt.created_at)),
        Column(tr("Purpose"), lambda r: purpose_title(r.receipt.purpose_kind),
               lambda r: sortable_text(purpose_title(r.receipt.purpose_kind)),
               tooltip=lambda r: r.receipt.purpose),
        Column(tr("Fields"), lambda r: field_count(len(r.receipt.fields)),
               lambda r: len(r.receipt.fields), numeric=True),
        Column(tr("Expires"), lambda r: fmt.day(r.receipt.expires), lambda r: r.receipt.expires,
               tone=lambda r: "negative" if r.expired else None),
        Column(tr("Status"), lambda r: tr("Expired") if r.expired else tr("Active"),
               lambda r: r.expired,
               tone=lambda r: "negative" if r.expired else "positive"),
        Column(tr("Package"), package, lambda r: list(PACKAGE_STATES).index(r.package),
               tooltip=lambda r: tr(PACKAGE_STATES[r.package][1]),
               tone=lambda r: None if r.package == "intact" else "negative"),
    ]


def field_columns() -> list[Column]:
    """Columns of the fields of one disclosure, rows from ``summary_lines``:
    ``(label, precision in words, value in words)``."""
    return [
        Column(tr("Field"), lambda r: r[0], lambda r: sortable_text(r[0]),
               tooltip=lambda r: r[0]),
        Column(tr("Value sent"), lambda r: r[2], lambda r: sortable_text(r[2]),
               tooltip=lambda r: r[2]),
        Column(tr("Precision"), lambda r: r[1], lambda r: sortable_text(r[1]),
               tone=lambda r: "muted"),
    ]


def diff_columns() -> list[Column]:
    """Columns of a comparison of two disclosures (rows are ``FieldChange`` s)."""

    def tone(change: Any) -> str | None:
        return {"added": "warning", "changed": "accent", "removed": "muted",
                "same": "muted"}[str(change.change)]

    return [
        Column(tr("Field"), lambda c: c.label, lambda c: sortable_text(c.label)),
        Column(tr("Change"), lambda c: tr(CHANGE_NAMES[str(c.change)]),
               lambda c: CHANGE_ORDER.index(str(c.change)), tone=tone),
        Column(tr("Before"), lambda c: c.before_text or "–", lambda c: sortable_text(
            c.before_text), tooltip=lambda c: c.before_text,
            tone=lambda c: "muted" if str(c.change) != "changed" else None),
        Column(tr("After"), lambda c: c.after_text or "–", lambda c: sortable_text(
            c.after_text), tooltip=lambda c: c.after_text),
    ]


# --- the vendor list ---------------------------------------------------------------------------


class VendorDelegate(QStyledItemDelegate):
    """Draws a vendor as two lines (name; how often and how recently) and an expiry marker."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colours: dict[str, QColor] = {}

    def set_colours(self, palette: Any) -> None:
        """The theme's colours: name, detail line, marker, and the row's own backgrounds."""
        self.colours = {name: QColor(getattr(palette, name)) for name in
                        ("text", "muted", "negative", "accent", "accent_soft", "hover")}

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return QSize(option.rect.width(), VENDOR_ROW_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex) -> None:
        row = index.data(RECORD_ROLE)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        if row is None or not self.colours:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # Rounded like the sidebar's entries: chosen, hovered, and the keyboard's focus.
        state = opt.state
        panel = QRect(option.rect.adjusted(0, 2, 0, -2))
        if state & QStyle.StateFlag.State_Selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.colours["accent_soft"])
            painter.drawRoundedRect(panel, 8, 8)
        elif state & QStyle.StateFlag.State_MouseOver:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.colours["hover"])
            painter.drawRoundedRect(panel, 8, 8)
        if state & QStyle.StateFlag.State_HasFocus and opt.widget is not None \
                and opt.widget.hasFocus():
            painter.setPen(self.colours["accent"])
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(panel.adjusted(1, 1, -1, -1), 7, 7)
        area = option.rect.adjusted(12, 10, -10, -10)
        small = QFont(opt.font)
        small.setPointSizeF(max(opt.font.pointSizeF() - 1, 8.0))
        right = area.right()
        if row.marker:
            bold_small = QFont(small)
            bold_small.setBold(True)
            metrics = QFontMetrics(bold_small)
            width = metrics.horizontalAdvance(row.marker) + 16
            height = metrics.height() + 4
            pill = QRect(area.right() - width + 1, area.top(), width, height)
            fill = QColor(self.colours["negative"])
            fill.setAlpha(38)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(pill, height / 2, height / 2)
            painter.setPen(self.colours["negative"])
            painter.setFont(bold_small)
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, row.marker)
            right = pill.left() - 8
        name_font = QFont(opt.font)
        name_font.setBold(True)
        painter.setFont(name_font)
        painter.setPen(self.colours["text"])
        name_rect = QRect(area.left(), area.top(), right - area.left(), area.height() // 2)
        painter.drawText(name_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                         QFontMetrics(name_font).elidedText(
                             row.name, Qt.TextElideMode.ElideRight, name_rect.width()))
        painter.setFont(small)
        painter.setPen(self.colours["muted"])
        detail_rect = QRect(area.left(), area.top() + area.height() // 2, area.width(),
                            area.height() - area.height() // 2)
        painter.drawText(detail_rect,
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
                         QFontMetrics(small).elidedText(
                             row.detail, Qt.TextElideMode.ElideRight, detail_rect.width()))
        painter.restore()
