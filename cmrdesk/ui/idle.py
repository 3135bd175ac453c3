"""Locking after idleness: a watcher of keyboard and mouse input for the whole application."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

_INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin,
})


class IdleWatcher(QObject):
    """Fires :attr:`idle` after a period without keyboard or mouse input."""

    idle = Signal()

    def __init__(self, app: QApplication, parent: QObject | None = None) -> None:
        super().__init__(parent)  # the filter goes when its owner (the window) goes
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle.emit)
        self._active = False
        app.installEventFilter(self)

    @property
    def interval_ms(self) -> int:
        """The idle time that triggers, in milliseconds (0 when off)."""
        return self._timer.interval() if self._active else 0

    def start(self, interval_ms: int) -> None:
        """Watch for ``interval_ms`` of idleness (0: do not watch)."""
        self._active = interval_ms > 0
        if self._active:
            self._timer.setInterval(interval_ms)
            self._timer.start()
        else:
            self._timer.stop()

    def stop(self) -> None:
        """Stop watching."""
        self._active = False
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._active and event.type() in _INPUT_EVENTS:
            self._timer.start()
        return False
