"""Screenshot targets of the Holdings and "Your details" pages and their forms, for
``cmrdesk screenshot --page NAME`` (see :mod:`cmrdesk.ui.screenshot`).

Each target brings the unlocked window to what it shows and returns the widget to grab; a
form is drawn over the window it belongs to (dimmed), fitted to the window's height as it would
be on a screen that size. Forms that show a validation message get it the way a person would:
by typing, and, for a rule only the vault can check, by pressing Save (the service refuses
and nothing changes).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QWidget

#: Height of the drawn title bar over a form.
TITLE_BAR = 30


class Composite(QWidget):
    """A window with a dialog over it, grabbed as one picture."""

    def __init__(self, window: QWidget, dialog: QWidget) -> None:
        super().__init__()
        self.window_ = window
        self.dialog = dialog

    def grab(self, rect: QRect | None = None) -> QPixmap:  # type: ignore[override]
        base = self.window_.grab()
        height = min(self.dialog.sizeHint().height(), self.window_.height() - 48 - TITLE_BAR)
        self.dialog.resize(max(self.dialog.width(), 520), max(height, 200))
        _settle()
        over = self.dialog.grab()
        painter = QPainter(base)
        painter.fillRect(base.rect(), QColor(0, 0, 0, 90))
        ratio = base.devicePixelRatio() or 1
        width = int(over.width() / (over.devicePixelRatio() or 1))
        height = int(over.height() / (over.devicePixelRatio() or 1))
        x = max(int((base.width() / ratio - width) / 2), 0)
        y = max(int((base.height() / ratio - height + TITLE_BAR) / 2), TITLE_BAR)
        # The window manager's title bar (offscreen there is none): the dialog's title.
        palette = self.dialog.palette()
        bar = QRect(x, y - TITLE_BAR, width, TITLE_BAR)
        painter.fillRect(bar, palette.color(QPalette.ColorRole.AlternateBase))
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(bar.bottomLeft(), bar.bottomRight())
        font = QFont(self.dialog.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        painter.drawText(bar, int(Qt.AlignmentFlag.AlignCenter), self.dialog.windowTitle())
        painter.drawPixmap(QPoint(x, y), over)
        painter.end()
        return base


def _settle() -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    for _ in range(5):
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def _details(window: Any, section: str) -> Any:
    window.navigate("details", section=section)
    return window.shell.page("details")


def _holdings(window: Any) -> Any:
    window.navigate("holdings")
    page = window.shell.page("holdings")
    page.select("VWRL")
    return page


def _section(section: str) -> Callable[[Any], QWidget]:
    def shot(window: Any) -> QWidget:
        _details(window, section)
        return window

    return shot


def _policy_form(window: Any) -> QWidget:
    from datetime import date

    from cmrdesk.ui import fmt

    page = _details(window, "policies")
    form = page.add("policies")
    form.type_text("insurer", "Zilveren Kruis")
    form.fill(policy_type="health", frequency="monthly")
    form.type_text("premium", fmt.amount_text(_eur("137.50")))
    form.type_text("cover", "12,3,4")  # a validation message while typing
    form.type_text("start_date", fmt.day_input(date(2026, 6, 1)))
    form.type_text("renewal_date", fmt.day_input(date(2026, 1, 1)))
    form.type_text("cover", "")
    form.save()  # refused next to the renewal field: before the start
    return Composite(window, form)


def _income_form(window: Any) -> QWidget:
    page = _details(window, "income")
    first = page.presenter.details.income[0]
    return Composite(window, page.edit("income", first.id))


def _goal_form(window: Any) -> QWidget:
    page = _details(window, "goals")
    first = page.presenter.details.goals[0]
    return Composite(window, page.edit("goals", first.id))


def _profile_form(window: Any) -> QWidget:
    page = _details(window, "profile")
    form = page.edit_profile()
    form.type_text("email", "sam.jansen@")  # a validation message while typing
    return Composite(window, form)


def _holding_form(window: Any) -> QWidget:
    page = _holdings(window)
    form = page.set_holding()
    form.type_text("symbol", "IWDA")
    form.type_text("quantity", "ten")  # a validation message while typing
    return Composite(window, form)


def _prices(window: Any) -> QWidget:
    page = _holdings(window)
    return Composite(window, page.show_prices())


def _price_form(window: Any) -> QWidget:
    page = _holdings(window)
    prices = page.show_prices()
    form = prices.add_price()
    form.type_text("price", "64.10")
    return Composite(window, form)


def _eur(amount: str) -> Any:
    from cmrdesk.domain import Money

    return Money.of(amount, "EUR")


def _holdings_page(window: Any) -> QWidget:
    _holdings(window)
    return window


#: ``--page`` name -> the function that shows it and returns what to grab.
SHOTS: dict[str, Callable[[Any], QWidget]] = {
    "holdings-view": _holdings_page,
    "details-profile": _section("profile"),
    "details-income": _section("income"),
    "details-policies": _section("policies"),
    "details-goals": _section("goals"),
    "form-policy": _policy_form,
    "form-income": _income_form,
    "form-goal": _goal_form,
    "form-profile": _profile_form,
    "form-holding": _holding_form,
    "form-price": _price_form,
    "holdings-prices": _prices,
}
