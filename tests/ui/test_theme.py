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
