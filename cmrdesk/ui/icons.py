"""Icons: the SVGs in ``resources/icons``, tinted for the theme and rendered crisp at any DPI."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from cmrdesk.domain.resources import resource_path

SIZES = (16, 20, 24, 32, 48)
APP_ICON = "cmrdesk"


@cache
def _svg(name: str) -> str:
    return resource_path("icons", f"{name}.svg").read_text(encoding="utf-8")


def pixmap(name: str, size: int, color: str | None = None) -> QPixmap:
    """``name``'s SVG rendered at ``size`` logical pixels (times the screen's pixel ratio),
    with ``currentColor`` replaced by ``color``."""
    text = _svg(name)
    if color:
        text = text.replace("currentColor", color)
    ratio = QGuiApplication.instance().devicePixelRatio() if QGuiApplication.instance() else 1.0
    ratio = max(ratio, 2.0)  # render at least 2x: sharp on high-DPI screens and in grabs
    image = QPixmap(QSize(round(size * ratio), round(size * ratio)))
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(QByteArray(text.encode("utf-8"))).render(painter)
    painter.end()
    image.setDevicePixelRatio(ratio)
    return image


def icon(name: str, color: str | None = None) -> QIcon:
    """A ``QIcon`` of ``name`` tinted ``color``, with pixmaps for the usual sizes."""
    result = QIcon()
    for size in SIZES:
        result.addPixmap(pixmap(name, size, color))
    return result


def app_icon() -> QIcon:
    """The application icon."""
    return icon(APP_ICON)
