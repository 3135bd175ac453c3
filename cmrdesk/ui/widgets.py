"""Small building blocks shared by the screens and pages: cards, labels, empty states."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .i18n import QT_TR_NOOP, tr


def make_label(text: str = "", role: str = "", *, wrap: bool = False,
               selectable: bool = False) -> QLabel:
    """A label styled by ``role`` (see the stylesheet in ``theme.py``)."""
    label = QLabel(text)
    if role:
        label.setProperty("role", role)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def set_role(widget: QWidget, role: str) -> None:
    """Change a widget's style role and re-apply the stylesheet to it."""
    if widget.property("role") == role:
        return
    widget.setProperty("role", role)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def primary_button(text: str) -> QPushButton:
    """The one button a screen most wants pressed."""
    button = QPushButton(text)
    button.setProperty("role", "primary")
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


def link_button(text: str) -> QPushButton:
    """A button that looks like a link (secondary actions)."""
    button = QPushButton(text)
    button.setProperty("role", "link")
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setFlat(True)
    return button


class Card(QFrame):
    """A rounded surface holding one piece of content."""

    def __init__(self, parent: QWidget | None = None, *, margins: int = 16,
                 spacing: int = 8) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(margins, margins, margins, margins)
        self.body.setSpacing(spacing)


class HeadlineCard(Card):
    """A figure with its title and a line of context (the dashboard's top row)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, margins=14, spacing=4)
        self.title = make_label(title, "cardTitle", wrap=True)
        self.figure = make_label("–", "figure")
        self.detail = make_label("", "muted", wrap=True)
        self.figure.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for widget in (self.title, self.figure, self.detail):
            self.body.addWidget(widget)
        self.body.addStretch(1)
        self.setMinimumWidth(150)
        # Height follows the wrapped text (a fixed policy would clip it in narrow windows).
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # screen readers read it on Tab
        self.setAccessibleName(title)

    def set_value(self, figure: str, detail: str = "", tone: str = "muted",
                  tooltip: str = "") -> None:
        """Show ``figure``; ``tone`` colours the detail line (muted, positive, negative)."""
        self.figure.setText(figure)
        self.detail.setText(detail)
        set_role(self.detail, tone)
        self.setToolTip(tooltip)
        self.setAccessibleDescription(f"{figure}. {detail}".strip(". "))


class PeriodBar(QFrame):
    """The period selector: 3M, This year, 12M, 5Y, All and Custom, as one segmented control.

    Each preset means what its name says (``cmrdesk.services.overview.period_range``): the
    last 3 and 12 months and 5 years are rolling, ending today; this year is 1 January to
    today."""

    chosen = Signal(str)  # a preset key, or "custom"

    LABELS = (("3m", QT_TR_NOOP("3M")), ("ytd", QT_TR_NOOP("This year")),
              ("1y", QT_TR_NOOP("12M")), ("5y", QT_TR_NOOP("5Y")), ("all", QT_TR_NOOP("All")),
              ("custom", QT_TR_NOOP("Custom…")))
    NAMES: ClassVar[dict[str, str]] = {
        "3m": QT_TR_NOOP("Last 3 months"), "ytd": QT_TR_NOOP("This year"),
        "1y": QT_TR_NOOP("Last 12 months"),
        "5y": QT_TR_NOOP("Last 5 years"), "all": QT_TR_NOOP("All time"),
        "custom": QT_TR_NOOP("Custom period"),
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("periodBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(3, 3, 3, 3)
        layout.setSpacing(2)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QToolButton] = {}
        for key, text in self.LABELS:
            button = QToolButton()
            button.setText(tr(text))
            button.setCheckable(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setAccessibleName(tr(self.NAMES[key]))
            button.setToolTip(tr(self.NAMES[key]))
            button.clicked.connect(lambda _checked=False, k=key: self.chosen.emit(k))
            self.group.addButton(button)
            layout.addWidget(button)
            self.buttons[key] = button
        self.setAccessibleName(tr("Period"))

    def set_current(self, key: str) -> None:
        """Check the button of ``key`` without emitting."""
        if key in self.buttons:
            self.buttons[key].setChecked(True)


class EmptyState(QWidget):
    """What a page shows when it has nothing to show yet: a title, a sentence, maybe an action."""

    def __init__(self, title: str, text: str, action: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 32, 24, 32)
        layout.setSpacing(6)
        layout.addStretch(1)
        self.title = make_label(title, "emptyTitle")
        self.text = make_label(text, "muted", wrap=True)
        for label in (self.title, self.text):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        self.button: QPushButton | None = None
        if action:
            self.button = link_button(action)
            layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)


def separator() -> QFrame:
    """A thin horizontal rule."""
    line = QFrame()
    line.setObjectName("separator")
    line.setFrameShape(QFrame.Shape.NoFrame)
    return line
