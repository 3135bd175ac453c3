"""Themes: light and dark palettes, following the system unless forced."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette

from cmrdesk.ui.theme import DARK, LIGHT, ThemeManager, resolve, stylesheet


def test_forced_choices():
    assert resolve("light") is LIGHT and resolve("dark") is DARK


def test_follows_the_system_scheme(qapp, monkeypatch):
    # The offscreen platform has no desktop to ask, so the desktop's answer is simulated and
    # its change announced the way Qt announces it.
    import cmrdesk.ui.theme as theme

    dark = {"on": False}
    monkeypatch.setattr(theme, "system_is_dark", lambda: dark["on"])
    manager = ThemeManager(qapp, "system")
    seen = []
    manager.changed.connect(seen.append)
    hints = QGuiApplication.styleHints()
    try:
        assert manager.palette is LIGHT
        dark["on"] = True
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert manager.palette is DARK and seen[-1] is DARK
        manager.set_choice("light")  # forced: the system no longer matters
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert manager.palette is LIGHT
    finally:
        manager.set_choice("light")
        manager.deleteLater()


def test_palette_reaches_qt_and_the_stylesheet(qapp):
    manager = ThemeManager(qapp, "dark")
    try:
        assert qapp.palette().color(QPalette.ColorRole.Window).name() == DARK.window
        assert DARK.accent in qapp.styleSheet()
        assert LIGHT.accent in stylesheet(LIGHT)
    finally:
        manager.set_choice("light")
        manager.deleteLater()


def test_radio_buttons_are_drawn_visibly_in_both_themes(qtbot):
    """The style's own radio indicator was near-invisible on the dark surface: the theme draws
    it, with a border in the muted text colour and the accent when checked."""
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QRadioButton, QWidget

    for palette in (LIGHT, DARK):
        css = stylesheet(palette)
        assert f"QRadioButton::indicator {{ width: 15px; height: 15px; border: 1.5px solid " \
               f"{palette.muted}" in css
        host = QWidget()
        qtbot.addWidget(host)
        host.setStyleSheet(css + f"QWidget {{ background: {palette.surface}; }}")
        button = QRadioButton("", host)
        button.setChecked(True)
        button.resize(24, 24)
        image = button.grab().toImage()
        accent = QColor(palette.accent)
        pixels = [image.pixelColor(x, y) for x in range(image.width())
                  for y in range(image.height())]
        assert any(abs(p.red() - accent.red()) + abs(p.green() - accent.green())
                   + abs(p.blue() - accent.blue()) < 40 for p in pixels), palette.name


def test_unticked_boxes_in_lists_show_their_border_in_the_dark_theme(qtbot):
    """A list of checkable items (the vendors of a request) drew unticked boxes in the style's
    own near-black; the theme draws every item view's indicator with a muted border."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QListWidget, QListWidgetItem

    css = stylesheet(DARK)
    view = QListWidget()
    qtbot.addWidget(view)
    view.setStyleSheet(css)
    item = QListWidgetItem("Rabobank")
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Unchecked)
    view.addItem(item)
    view.resize(200, 60)
    image = view.grab().toImage()
    border = QColor(DARK.muted)
    rect = view.visualItemRect(item)
    pixels = [image.pixelColor(x, y) for x in range(rect.left(), rect.left() + 30)
              for y in range(rect.top(), rect.bottom())]
    assert any(abs(p.red() - border.red()) + abs(p.green() - border.green())
               + abs(p.blue() - border.blue()) < 40 for p in pixels)
