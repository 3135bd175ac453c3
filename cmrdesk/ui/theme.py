"""Light and dark themes: one palette each, applied to Qt widgets, the stylesheet and charts.

The theme follows the system (``QStyleHints.colorScheme``, Qt 6.5+) unless the person forces
light or dark in Settings. Everything that draws reads colours from the active
:class:`Palette`, and redraws when :attr:`ThemeManager.changed` fires.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

THEMES = ("system", "light", "dark")


@dataclass(frozen=True)
class Palette:
    """The colours of one theme (``#rrggbb``)."""

    name: str
    window: str
    sidebar: str
    surface: str
    surface_alt: str
    input: str
    border: str
    text: str
    muted: str
    accent: str
    accent_soft: str
    accent_text: str
    hover: str
    positive: str
    negative: str
    warning: str
    grid: str
    income: str
    spending: str
    band: str
    #: Net-worth groups in ``NET_WORTH_GROUPS`` order: cash, savings, investments, pension,
    #: property, debts.
    groups: tuple[str, ...]

    @property
    def is_dark(self) -> bool:
        """Whether text is light on dark."""
        return self.name == "dark"

    def group(self, name: str) -> str:
        """The colour of a net-worth group."""
        from cmrdesk.domain import NET_WORTH_GROUPS

        return self.groups[NET_WORTH_GROUPS.index(name)]

    def series(self, index: int) -> str:
        """A colour for the ``index``-th series of a chart without fixed meanings."""
        return _CATEGORY_SERIES[self.name][index % len(_CATEGORY_SERIES[self.name])]


LIGHT = Palette(
    name="light", window="#f5f6f8", sidebar="#ffffff", surface="#ffffff",
    surface_alt="#f8f9fb", input="#ffffff", border="#e2e6ec", text="#18212b", muted="#5f6b7a",
    accent="#3552d9", accent_soft="#e8edff", accent_text="#ffffff", hover="#f0f2f6",
    positive="#16803c", negative="#c8362d", warning="#b26b00", grid="#e9edf2",
    income="#2f9e6b", spending="#e0605a", band="#3552d9",
    groups=("#3b82f6", "#14b8a6", "#8b5cf6", "#f59e0b", "#64748b", "#ef4444"),
)
DARK = Palette(
    name="dark", window="#0f141a", sidebar="#141b23", surface="#19212b", surface_alt="#1e2833",
    input="#111820", border="#2b3643", text="#e7edf4", muted="#95a3b4", accent="#7b93ff",
    accent_soft="#24304f", accent_text="#0f141a", hover="#222c38",
    positive="#4ccf8a", negative="#ff7b72", warning="#f2b441", grid="#263140",
    income="#3fbf83", spending="#ff7b72", band="#7b93ff",
    groups=("#60a5fa", "#2dd4bf", "#a78bfa", "#fbbf24", "#94a3b8", "#f87171"),
)
_CATEGORY_SERIES = {
    "light": ("#3552d9", "#14b8a6", "#8b5cf6", "#f59e0b", "#ec4899", "#0ea5e9", "#84cc16",
              "#f97316", "#94a3b8"),
    "dark": ("#7b93ff", "#2dd4bf", "#a78bfa", "#fbbf24", "#f472b6", "#38bdf8", "#a3e635",
             "#fb923c", "#94a3b8"),
}


def system_is_dark() -> bool:
    """Whether the desktop asks for a dark appearance (Unknown counts as light)."""
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def resolve(choice: str) -> Palette:
    """The palette for a Settings choice (``system``, ``light``, ``dark``)."""
    if choice == "dark" or (choice == "system" and system_is_dark()):
        return DARK
    return LIGHT


def stylesheet(p: Palette) -> str:
    """The application stylesheet for a palette."""
    chevron = _icon_file("chevron", _CHEVRON, p.muted)
    chevron_up = _icon_file("chevron-up", _CHEVRON_UP, p.muted)
    check = _icon_file("check", _CHECK, p.accent_text)
    dash = _icon_file("dash", _DASH, p.accent)
    return f"""
QWidget {{ color: {p.text}; }}
QMainWindow, QDialog, QWidget#screen, QWidget#content, QScrollArea > QWidget > QWidget#page {{
    background: {p.window};
}}
QScrollArea {{ background: transparent; border: none; }}
QScrollArea > QWidget > QWidget {{ background: transparent; }}
QToolTip {{ background: {p.surface}; color: {p.text}; border: 1px solid {p.border};
    padding: 6px; }}

QFrame#sidebar {{ background: {p.sidebar}; border: none; border-right: 1px solid {p.border}; }}
QFrame#sidebar QToolButton {{ text-align: left; padding: 9px 12px; border: none;
    border-radius: 8px; color: {p.muted}; font-weight: 600; background: transparent; }}
QFrame#sidebar QToolButton:hover {{ background: {p.hover}; color: {p.text}; }}
QFrame#sidebar QToolButton:checked {{ background: {p.accent_soft}; color: {p.accent}; }}
QFrame#sidebar QToolButton:focus {{ border: 2px solid {p.accent}; padding: 7px 10px; }}
QLabel#brand {{ font-size: 17px; font-weight: 700; color: {p.text}; }}
QLabel#brandNote {{ color: {p.muted}; font-size: 11px; }}

QFrame#card {{ background: {p.surface}; border: 1px solid {p.border}; border-radius: 12px; }}
QFrame#hero {{ background: {p.surface}; border: 1px solid {p.border}; border-radius: 16px; }}
QFrame#chip {{ background: {p.accent_soft}; border-radius: 10px; }}
QFrame#advice {{ background: {p.surface_alt}; border: 1px solid {p.border};
    border-radius: 10px; }}
QFrame#numbers {{ background: transparent; border: none; border-top: 1px solid {p.border}; }}
QFrame#separator {{ background: {p.border}; max-height: 1px; min-height: 1px; border: none; }}

QLabel[role="pageTitle"] {{ font-size: 22px; font-weight: 700; }}
QLabel[role="screenTitle"] {{ font-size: 24px; font-weight: 700; }}
QLabel[role="sectionTitle"] {{ font-size: 15px; font-weight: 700; }}
QLabel[role="cardTitle"] {{ color: {p.muted}; font-size: 12px; font-weight: 600; }}
QLabel[role="figure"] {{ font-size: 22px; font-weight: 700; }}
QLabel[role="figureSmall"] {{ font-size: 17px; font-weight: 700; }}
QLabel[role="muted"] {{ color: {p.muted}; }}
QLabel[role="readout"] {{ color: {p.muted}; font-size: 12px; }}
QLabel[role="positive"] {{ color: {p.positive}; font-weight: 600; }}
QLabel[role="negative"] {{ color: {p.negative}; font-weight: 600; }}
QLabel[role="error"] {{ color: {p.negative}; font-weight: 600; }}
QLabel[role="warning"] {{ color: {p.warning}; font-weight: 600; }}
QLabel[role="badge"] {{ background: {p.accent_soft}; color: {p.accent}; border-radius: 9px;
    padding: 2px 8px; font-weight: 700; font-size: 12px; }}
QLabel[role="rank"] {{ background: {p.accent}; color: {p.accent_text}; border-radius: 11px;
    font-weight: 700; font-size: 12px; }}
QLabel[role="emptyTitle"] {{ font-size: 16px; font-weight: 700; }}

QPushButton {{ background: {p.surface}; border: 1px solid {p.border}; border-radius: 8px;
    padding: 7px 14px; font-weight: 600; }}
QPushButton:hover {{ background: {p.hover}; }}
QPushButton:focus {{ border: 2px solid {p.accent}; padding: 6px 13px; }}
QPushButton:disabled {{ color: {p.muted}; }}
QPushButton[role="primary"] {{ background: {p.accent}; color: {p.accent_text}; border: none; }}
QPushButton[role="primary"]:focus {{ border: 2px solid {p.text}; }}
QPushButton[role="primary"]:disabled {{ background: {p.accent_soft}; color: {p.muted}; }}
QPushButton[role="link"], QToolButton[role="link"] {{ background: transparent; border: none;
    color: {p.accent}; padding: 2px 4px; font-weight: 600; }}
QPushButton[role="link"]:focus, QToolButton[role="link"]:focus {{
    border: 1px solid {p.accent}; }}
QPushButton[role="choice"] {{ text-align: left; padding: 0; border-radius: 12px;
    background: {p.surface}; }}
QPushButton[role="choice"]:hover {{ border-color: {p.accent}; }}
QPushButton[role="choice"]:focus {{ border: 2px solid {p.accent}; padding: 0; }}

QFrame#periodBar {{ background: {p.surface}; border: 1px solid {p.border};
    border-radius: 9px; }}
QFrame#periodBar QToolButton {{ border: none; border-radius: 7px; padding: 5px 12px;
    color: {p.muted}; font-weight: 600; background: transparent; }}
QFrame#periodBar QToolButton:checked {{ background: {p.accent}; color: {p.accent_text}; }}
QFrame#periodBar QToolButton:hover:!checked {{ background: {p.hover}; color: {p.text}; }}
QFrame#periodBar QToolButton:focus {{ border: 2px solid {p.accent}; }}

QLineEdit, QComboBox, QDateEdit, QSpinBox {{ background: {p.input}; border: 1px solid {p.border};
    border-radius: 8px; padding: 6px 8px; selection-background-color: {p.accent};
    selection-color: {p.accent_text}; }}
QLineEdit:focus, QComboBox:focus, QDateEdit:focus, QSpinBox:focus {{
    border: 2px solid {p.accent}; padding: 5px 7px; }}
QSpinBox {{ padding-right: 24px; }}
QSpinBox::up-button, QSpinBox::down-button {{ subcontrol-origin: border; width: 22px;
    border: none; background: transparent; }}
QSpinBox::up-button {{ subcontrol-position: top right; }}
QSpinBox::down-button {{ subcontrol-position: bottom right; }}
QSpinBox::up-arrow {{ image: url("{chevron_up}"); width: 10px; height: 10px; }}
QSpinBox::down-arrow {{ image: url("{chevron}"); width: 10px; height: 10px; }}
QComboBox::drop-down, QDateEdit::drop-down {{ subcontrol-origin: padding;
    subcontrol-position: center right; width: 26px; border: none; }}
QComboBox::down-arrow, QDateEdit::down-arrow {{ image: url("{chevron}"); width: 12px;
    height: 12px; }}
QComboBox QAbstractItemView {{ background: {p.surface}; border: 1px solid {p.border};
    selection-background-color: {p.accent_soft}; selection-color: {p.text}; }}
QCheckBox, QRadioButton {{ spacing: 8px; }}
QCheckBox::indicator, QAbstractItemView::indicator {{ width: 15px; height: 15px;
    border: 1.5px solid {p.muted}; border-radius: 4px; background: {p.input}; }}
QCheckBox::indicator:hover, QAbstractItemView::indicator:hover {{ border-color: {p.accent}; }}
QCheckBox::indicator:checked, QAbstractItemView::indicator:checked {{ background: {p.accent};
    border-color: {p.accent}; image: url("{check}"); }}
QAbstractItemView::indicator:indeterminate {{ background: {p.accent_soft}; border-color: {p.accent};
    image: url("{dash}"); }}
QCheckBox::indicator:disabled {{ border-color: {p.border}; background: {p.hover}; }}
QRadioButton::indicator {{ width: 15px; height: 15px; border: 1.5px solid {p.muted};
    border-radius: 9px; background: {p.input}; }}
QRadioButton::indicator:hover {{ border-color: {p.accent}; }}
QRadioButton::indicator:checked {{ border-color: {p.accent}; background: qradialgradient(
    cx: 0.5, cy: 0.5, radius: 0.5, fx: 0.5, fy: 0.5, stop: 0 {p.accent}, stop: 0.5 {p.accent},
    stop: 0.56 {p.input}, stop: 1 {p.input}); }}
QRadioButton::indicator:disabled {{ border-color: {p.border}; background: {p.hover}; }}

QTableView {{ background: {p.surface}; alternate-background-color: {p.surface_alt};
    border: 1px solid {p.border}; border-radius: 12px; gridline-color: transparent;
    selection-background-color: {p.accent_soft}; selection-color: {p.text}; }}
QTableView:focus {{ border: 1px solid {p.accent}; }}
QHeaderView {{ background: transparent; }}
QHeaderView::section {{ background: {p.surface}; color: {p.muted}; border: none;
    border-bottom: 1px solid {p.border}; padding: 7px 18px 7px 8px; font-weight: 600; }}
QTableCornerButton::section {{ background: {p.surface}; border: none; }}
QTreeView {{ background: {p.surface}; border: 1px solid {p.border}; border-radius: 10px;
    selection-background-color: {p.accent_soft}; selection-color: {p.text}; }}
QTreeView:focus {{ border: 1px solid {p.accent}; }}

QScrollBar:vertical {{ background: transparent; width: 12px; margin: 2px; }}
QScrollBar:horizontal {{ background: transparent; height: 12px; margin: 2px; }}
QScrollBar::handle {{ background: {p.border}; border-radius: 4px; }}
QScrollBar::handle:vertical {{ min-height: 32px; }}
QScrollBar::handle:horizontal {{ min-width: 32px; }}
QScrollBar::handle:hover {{ background: {p.muted}; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; border: none; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: transparent; }}
QSplitter::handle {{ background: transparent; }}

QProgressBar {{ background: {p.hover}; border: none; border-radius: 4px; max-height: 8px;
    min-height: 8px; text-align: center; }}
QProgressBar::chunk {{ background: {p.accent}; border-radius: 4px; }}
QProgressBar[strength="0"]::chunk, QProgressBar[strength="1"]::chunk {{
    background: {p.negative}; }}
QProgressBar[strength="2"]::chunk {{ background: {p.warning}; }}
QProgressBar[strength="3"]::chunk, QProgressBar[strength="4"]::chunk {{
    background: {p.positive}; }}
"""


_CHEVRON = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" '
            'stroke="{color}" stroke-width="2.5" stroke-linecap="round" '
            'stroke-linejoin="round"><path d="m6 9 6 6 6-6"/></svg>')


_CHEVRON_UP = _CHEVRON.replace("m6 9 6 6 6-6", "m6 15 6-6 6 6")
_CHECK = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" '
          'stroke="{color}" stroke-width="3.2" stroke-linecap="round" '
          'stroke-linejoin="round"><path d="m5 12.5 4.5 4.5L19 7.5"/></svg>')
_DASH = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" '
         'stroke="{color}" stroke-width="3.2" stroke-linecap="round"><path d="M6 12h12"/></svg>')


def _icon_file(name: str, svg: str, color: str) -> str:
    """A small SVG in ``color`` as a file (stylesheets take images by path only)."""
    folder = Path(tempfile.gettempdir()) / f"cmrdesk-{os.getuid() if hasattr(os, 'getuid') else 0}"
    folder.mkdir(mode=0o700, exist_ok=True)
    path = folder / f"{name}-{color.lstrip('#')}.svg"
    if not path.exists():
        path.write_text(svg.format(color=color), encoding="utf-8")
    return path.as_posix()


def qt_palette(p: Palette) -> QPalette:
    """A ``QPalette`` matching ``p`` (for widgets the stylesheet does not reach)."""
    pal = QPalette()
    roles = {
        QPalette.ColorRole.Window: p.window,
        QPalette.ColorRole.WindowText: p.text,
        QPalette.ColorRole.Base: p.surface,
        QPalette.ColorRole.AlternateBase: p.surface_alt,
        QPalette.ColorRole.Text: p.text,
        QPalette.ColorRole.Button: p.surface,
        QPalette.ColorRole.ButtonText: p.text,
        QPalette.ColorRole.Highlight: p.accent,
        QPalette.ColorRole.HighlightedText: p.accent_text,
        QPalette.ColorRole.ToolTipBase: p.surface,
        QPalette.ColorRole.ToolTipText: p.text,
        QPalette.ColorRole.PlaceholderText: p.muted,
        QPalette.ColorRole.Link: p.accent,
    }
    for role, color in roles.items():
        pal.setColor(role, QColor(color))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText,
                 QPalette.ColorRole.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(p.muted))
    return pal


class ThemeManager(QObject):
    """Applies the chosen theme to the application and follows the system when asked to."""

    changed = Signal(object)  # the new Palette

    def __init__(self, app: QApplication, choice: str = "system") -> None:
        super().__init__(app)
        self._app = app
        self.choice = choice if choice in THEMES else "system"
        self.palette = resolve(self.choice)
        app.setStyle("Fusion")  # the same, themeable widgets on every platform
        font = QFont(app.font())
        font.setPointSizeF(max(font.pointSizeF(), 10.0))
        app.setFont(font)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_changed)
        self.apply()

    def set_choice(self, choice: str) -> None:
        """Follow the system (``"system"``) or force ``"light"``/``"dark"``."""
        self.choice = choice if choice in THEMES else "system"
        self.apply()

    def apply(self) -> None:
        """Apply the palette for the current choice and tell everyone who draws (a no-op when
        it is already applied: re-styling every widget takes a second in a full window)."""
        palette = resolve(self.choice)
        if palette is getattr(self, "_applied", None) and self._app.styleSheet():
            return
        self.palette = self._applied = palette
        self._app.setPalette(qt_palette(self.palette))
        self._app.setStyleSheet(stylesheet(self.palette))
        self.changed.emit(self.palette)

    def _system_changed(self, _scheme: object) -> None:
        if self.choice == "system":
            self.apply()
