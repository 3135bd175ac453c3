"""The unlocked window's body: the sidebar, its page buttons and the stack of pages (built on
first use), with the thin progress line above them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .i18n import tr
from .icons import icon, pixmap
from .theme import Palette
from .widgets import make_label

if TYPE_CHECKING:
    from .window import MainWindow


class Shell(QWidget):
    """The sidebar and the pages of an unlocked vault."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        from .pages import PageContext, page_specs

        self.window_ = window
        self.context = PageContext(
            controller=window.controller, settings=window.settings, theme=window.theme,
            navigate=self.navigate, choose_period=window.choose_period,
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.sidebar = QFrame()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(212)
        side = QVBoxLayout(self.sidebar)
        side.setContentsMargins(14, 18, 14, 14)
        side.setSpacing(4)
        brand = QHBoxLayout()
        brand.setSpacing(10)
        logo = QLabel()
        logo.setPixmap(pixmap("cmrdesk", 30))
        brand.addWidget(logo)
        name = QLabel("cmrdesk")
        name.setObjectName("brand")
        brand.addWidget(name)
        brand.addStretch(1)
        side.addLayout(brand)
        side.addSpacing(18)

        self.pages: dict[str, Any] = {}  # built on first use: see page()
        self.specs = {spec.key: spec for spec in page_specs()}
        self.buttons: dict[str, QToolButton] = {}
        self.group = QButtonGroup(self)
        self.stack = QStackedWidget()
        for spec in self.specs.values():
            button = QToolButton()
            button.setText(tr(spec.title))
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            tip = tr(spec.title) + (f" ({spec.shortcut})" if spec.shortcut else "")
            button.setToolTip(tip)
            button.setAccessibleName(tr(spec.title))
            button.clicked.connect(lambda _c=False, k=spec.key: self.navigate(k))
            self.group.addButton(button)
            self.buttons[spec.key] = button
            side.addWidget(button)
            if spec.shortcut:
                shortcut = QShortcut(QKeySequence(spec.shortcut), self)
                shortcut.activated.connect(lambda k=spec.key: self.navigate(k))
        side.addStretch(1)
        self.vault_name = make_label("", "muted", wrap=True)
        side.addWidget(self.vault_name)
        self.lock = QToolButton()
        self.lock.setText(tr("Lock"))
        self.lock.setToolTip(tr("Lock the vault (Ctrl+L)"))
        self.lock.setAccessibleName(tr("Lock the vault"))
        self.lock.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.lock.setCursor(Qt.CursorShape.PointingHandCursor)
        self.lock.clicked.connect(lambda: window.controller.lock(""))
        side.addWidget(self.lock)
        layout.addWidget(self.sidebar)

        content = QWidget()
        content.setObjectName("content")
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(3)
        self.progress.setStyleSheet("QProgressBar { border-radius: 0; min-height: 3px; "
                                    "max-height: 3px; }")
        self.progress.setAccessibleName(tr("Working"))
        self.progress.hide()
        self.progress_text = make_label("", "readout")
        self.progress_text.setContentsMargins(28, 6, 28, 0)
        self.progress_text.hide()
        column.addWidget(self.progress)
        column.addWidget(self.progress_text)
        column.addWidget(self.stack, 1)
        layout.addWidget(content, 1)
        self.current = ""
        self.palette_changed(window.theme.palette)
        self.page("dashboard")  # the first page anyone sees; the rest are built when opened

    def page(self, key: str) -> Any:
        """The page ``key``, built on first use (and brought up to date with the vault)."""
        page = self.pages.get(key)
        if page is None and key in self.specs:
            page = self.specs[key].factory(self.context)
            self.pages[key] = page
            self.stack.addWidget(page)
            page.palette_changed(self.window_.theme.palette)
            if self.window_.controller.ledger is not None:
                page.vault_loaded(self.window_.controller.ledger)
            if self.window_.figures is not None:
                page.figures_ready(self.window_.figures)
        return page

    def navigate(self, key: str, **arguments: Any) -> None:
        """Show page ``key`` and hand it ``arguments`` (e.g. a drill-down)."""
        page = self.page(key)
        if page is None:
            return
        self.current = key
        self.buttons[key].setChecked(True)
        self.stack.setCurrentWidget(page)
        page.shown(**arguments)

    def set_busy(self, on: bool, text: str = "") -> None:
        """Show the thin progress line (and what is happening) while work runs."""
        self.progress.setVisible(on)
        self.progress_text.setVisible(on and bool(text))
        self.progress_text.setText(text)

    def palette_changed(self, palette: Palette) -> None:
        """Re-tint the sidebar icons and tell the built pages."""
        for key, button in self.buttons.items():
            button.setIcon(icon(self.specs[key].icon, palette.muted))
        self.lock.setIcon(icon("lock", palette.muted))
        for page in self.pages.values():
            page.palette_changed(palette)
