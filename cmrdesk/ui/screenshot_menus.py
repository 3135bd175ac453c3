"""Screenshot target of the Edit menu with a named undo, for ``cmrdesk screenshot --page
edit-menu``: a goal is keyed in (so Undo has something to name), the menu is drawn open over the
window, and the goal is undone again once the picture is taken, so the vault is left as found.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QWidget


class OpenMenu(QWidget):
    """The window with its Edit menu open, grabbed as one picture."""

    def __init__(self, window: Any) -> None:
        super().__init__()
        self.window_ = window

    def grab(self, *_args: Any) -> QPixmap:  # type: ignore[override]
        from PySide6.QtCore import QCoreApplication, QEventLoop

        window = self.window_
        bar = window.menuBar()
        menu = window.edit_menu
        where = bar.actionGeometry(menu.menuAction()).bottomLeft()
        menu.popup(bar.mapToGlobal(where))
        for _ in range(5):
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        picture = window.grab()
        painter = QPainter(picture)
        painter.drawPixmap(bar.mapTo(window, where) + QPoint(0, 1), menu.grab())
        painter.end()
        menu.hide()
        window.undo_action.trigger()  # leave the vault as it was
        return picture


def _edit_menu(window: Any) -> QWidget:
    from datetime import date

    from cmrdesk.domain import Goal, Money
    from cmrdesk.services import records

    window.navigate("details", section="goals")
    base = window.controller.info.base_currency
    goal = Goal(name="Holiday in Norway", target=Money.of("4500", base),
                target_date=date(date.today().year + 1, 7, 1))
    window.controller.edit(lambda session: records.new_record(session, goal))
    return OpenMenu(window)


#: ``--page`` name -> the function that shows it and returns what to grab.
SHOTS = {"edit-menu": _edit_menu}
