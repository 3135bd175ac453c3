"""The dashboard's charts (pyqtgraph): date and money axes, hover read-outs, drill-down.

Every chart draws from aggregates (``cmrdesk.services.overview``), never from transactions.
Plot coordinates are floats in major units of the base currency: they place pixels only; every
number a person reads is formatted from the exact integer figures by :mod:`cmrdesk.ui.fmt`.

A chart is a list of *elements* (a sample date, a month's bar, a category). Pointing at one
with the mouse, or stepping to it with the arrow keys, shows its figures in the card's
read-out; clicking it or pressing Enter emits :attr:`Chart.activated` with what it stands for,
which the dashboard turns into a drill-down.

This module holds what every chart shares (the card, the legend, :class:`Chart`); the axes are
in :mod:`cmrdesk.ui.chart_axes` and the dashboard's five charts in
:mod:`cmrdesk.ui.dashboard_charts`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from cmrdesk.domain import currency_exponent

from . import fmt
from .chart_axes import DateAxis, MoneyAxis, MonthAxis, NameAxis
from .i18n import QT_TR_NOOP, tr
from .theme import Palette
from .widgets import make_label

pg.setConfigOptions(antialias=True)

GROUP_NAMES = {
    "cash": QT_TR_NOOP("Cash"), "savings": QT_TR_NOOP("Savings"),
    "investments": QT_TR_NOOP("Investments"), "pension": QT_TR_NOOP("Pension"),
    "property": QT_TR_NOOP("Property"), "debts": QT_TR_NOOP("Debts"),
}


def group_label(group: str) -> str:
    """A net-worth group's name for people."""
    return tr(GROUP_NAMES.get(group, group.title()))


def _major(values: np.ndarray, currency: str) -> np.ndarray:
    """Minor units as float major units, for plot coordinates only."""
    return np.asarray(values, dtype=np.float64) / (10 ** currency_exponent(currency))


def _color(hex_color: str, alpha: int = 255) -> QColor:
    color = QColor(hex_color)
    color.setAlpha(alpha)
    return color


@dataclass(frozen=True)
class LegendEntry:
    """One legend entry: a colour and a name (dashed for projections)."""

    color: str
    name: str
    dashed: bool = False


class ChartCard(QFrame):
    """A titled card holding a chart, its legend and its read-out line."""

    def __init__(self, title: str, chart: Chart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.chart = chart
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 10)
        layout.setSpacing(4)
        head = QHBoxLayout()
        head.setSpacing(12)
        self.title = make_label(title, "sectionTitle")
        self.readout = make_label("", "readout", wrap=True)  # wraps rather than clips
        self.readout.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.readout.setTextFormat(Qt.TextFormat.RichText)
        self.readout.setMinimumWidth(120)
        head.addWidget(self.title, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.readout, 1)
        layout.addLayout(head)
        self.legend = QLabel()
        self.legend.setProperty("role", "readout")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        layout.addWidget(self.legend)
        layout.addWidget(chart, 1)
        chart.readout_changed.connect(self.readout.setText)
        chart.legend_changed.connect(self._legend)
        chart.setAccessibleName(title)
        self.setMinimumHeight(280)

    def _legend(self, entries: list[LegendEntry]) -> None:
        parts = []
        for entry in entries:
            mark = "╌" if entry.dashed else "●"
            name = entry.name.replace(" ", "&nbsp;")  # an entry never breaks across lines
            parts.append(f'<span style="color:{entry.color}">{mark}</span>&nbsp;{name}')
        self.legend.setText("&nbsp;&nbsp;&nbsp;".join(parts))
        self.legend.setVisible(bool(entries))


# --- charts --------------------------------------------------------------------------------


class Chart(pg.PlotWidget):
    """Base of the dashboard charts: styling, hover and keyboard read-outs, activation."""

    activated = Signal(object)  # what the activated element stands for (chart-specific)
    readout_changed = Signal(str)
    legend_changed = Signal(list)

    X_AXIS: str = "date"  # "date", "month" or "money"
    Y_AXIS: str = "money"  # "money" or "names"
    MARKER: str = "line"  # "line" (a date) or "band" (a bar)
    #: Whether elements are stacked top to bottom (Up/Down move between them).
    vertical_elements = False

    def __init__(self, palette: Palette, currency: str, parent: QWidget | None = None) -> None:
        axes = {"bottom": self._make_axis(self.X_AXIS, "bottom", currency),
                "left": self._make_axis(self.Y_AXIS, "left", currency)}
        super().__init__(parent, axisItems=axes, background=palette.surface)
        self.palette = palette
        self.currency = currency
        self.index: int | None = None  # the element under the pointer or keyboard focus
        item = self.getPlotItem()
        item.setContentsMargins(0, 4, 22, 0)  # room for the last x label, never clipped
        item.setMouseEnabled(x=False, y=False)
        item.hideButtons()
        item.setMenuEnabled(False)
        item.getViewBox().setDefaultPadding(0.02)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumHeight(200)
        if self.MARKER == "line":
            self._marker: Any = pg.InfiniteLine(angle=90, movable=False)
        else:  # a band behind the pointed-at bar (across x for columns, across y for rows)
            orientation = "horizontal" if self.vertical_elements else "vertical"
            self._marker = pg.LinearRegionItem(orientation=orientation, movable=False)
            for line in self._marker.lines:
                line.setPen(pg.mkPen(None))
        self._marker.setZValue(50 if self.MARKER == "line" else -10)
        self.scene().sigMouseMoved.connect(self._moved)
        self.scene().sigMouseClicked.connect(self._clicked)
        self._style()

    @staticmethod
    def _make_axis(kind: str, orientation: str, currency: str) -> pg.AxisItem:
        if kind == "money":
            return MoneyAxis(orientation, currency)
        if kind == "month":
            return MonthAxis()
        if kind == "names":
            return NameAxis()
        return DateAxis(orientation)

    def _style(self) -> None:
        p = self.palette
        self.setBackground(p.surface)
        font = QFont(self.font())
        font.setPointSizeF(max(8.0, font.pointSizeF() - 1))
        item = self.getPlotItem()
        for name in ("bottom", "left"):
            axis = item.getAxis(name)
            axis.style_with(p, font)
        item.showGrid(x=False, y=self.Y_AXIS == "money", alpha=0.5)
        item.getAxis("left").setGrid(60 if self.Y_AXIS == "money" else False)
        if self.X_AXIS == "money":
            item.getAxis("bottom").setGrid(60)
        if self.MARKER == "line":
            self._marker.setPen(pg.mkPen(_color(p.muted, 160), width=1,
                                         style=Qt.PenStyle.DashLine))
        else:
            self._marker.setBrush(pg.mkBrush(_color(p.muted, 40)))

    def set_palette(self, palette: Palette) -> None:
        """Redraw in another theme's colours."""
        self.palette = palette
        self._style()
        self.redraw()

    # -- to implement ---------------------------------------------------------------------------

    def redraw(self) -> None:
        """Rebuild the plot items from the current data."""

    def element_count(self) -> int:
        """How many elements the chart has (for the keyboard)."""
        return 0

    def element_at(self, x: float, y: float) -> int | None:
        """The element at a point in data coordinates."""
        return None

    def element_x(self, index: int) -> float:
        """Where the marker goes for an element."""
        return float(index)

    def describe(self, index: int) -> str:
        """The read-out of one element (rich text)."""
        return ""

    def summary(self) -> str:
        """The read-out when nothing is pointed at."""
        return ""

    def target(self, index: int, x: float, y: float) -> Any:
        """What activating an element means (``None``: not activatable)."""
        return None

    # -- interaction ----------------------------------------------------------------------------

    def point_for(self, x: float, y: float) -> QPoint:
        """Widget coordinates of a data point (tests click on bars with this)."""
        scene = self.getPlotItem().getViewBox().mapViewToScene(QPointF(x, y))
        return self.mapFromScene(scene)

    def _data_point(self, scene_pos: QPointF) -> tuple[float, float] | None:
        view = self.getPlotItem().getViewBox()
        if not view.sceneBoundingRect().contains(scene_pos):
            return None
        point = view.mapSceneToView(scene_pos)
        return point.x(), point.y()

    def _moved(self, scene_pos: QPointF) -> None:
        point = self._data_point(scene_pos)
        index = None if point is None else self.element_at(*point)
        self.show_element(index)
        has_target = point is not None and index is not None and (
            self.target(index, *point) is not None)
        self.setCursor(Qt.CursorShape.PointingHandCursor if has_target
                       else Qt.CursorShape.ArrowCursor)

    def _clicked(self, event: Any) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        point = self._data_point(event.scenePos())
        if point is None:
            return
        index = self.element_at(*point)
        if index is not None:
            self.activate(index, *point)

    def activate(self, index: int, x: float | None = None, y: float | None = None) -> None:
        """Emit :attr:`activated` for an element, if it means something."""
        target = self.target(index, self.element_x(index) if x is None else x,
                             0.0 if y is None else y)
        if target is not None:
            self.activated.emit(target)

    def show_element(self, index: int | None) -> None:
        """Point at an element (or at nothing): marker and read-out."""
        self.index = index
        item = self.getPlotItem()
        if index is None:
            if self._marker.scene() is not None:
                item.removeItem(self._marker)
            self.readout_changed.emit(self.summary())
            return
        if self.MARKER == "line":
            self._marker.setPos(self.element_x(index))
        else:
            self._marker.setRegion((index - 0.5, index + 0.5))
        if self._marker.scene() is None:
            item.addItem(self._marker, ignoreBounds=True)
        self.readout_changed.emit(self.describe(index))

    def leaveEvent(self, event: Any) -> None:
        if not self.hasFocus():
            self.show_element(None)
        super().leaveEvent(event)

    def focusOutEvent(self, event: Any) -> None:
        self.show_element(None)
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        count = self.element_count()
        key = event.key()
        if count and key in (Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_Right, Qt.Key.Key_Down):
            step = -1 if key in (Qt.Key.Key_Left, Qt.Key.Key_Up) else 1
            current = self.index if self.index is not None else (-1 if step > 0 else count)
            self.show_element(min(max(current + step, 0), count - 1))
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and (
            self.index is not None
        ):
            self.activate(self.index)
            return
        super().keyPressEvent(event)

    def _emit_summary(self) -> None:
        self.readout_changed.emit(self.summary() if self.index is None
                                  else self.describe(min(self.index, self.element_count() - 1)))

    def _money(self, minor: int, *, signed: bool = False) -> str:
        return fmt.minor(int(minor), self.currency, whole=True, signed=signed)


def bar_heights(chart: Chart) -> list[Sequence[float]]:
    """The heights (or widths) of every bar series in a chart, for tests and checks."""
    out = []
    for child in chart.getPlotItem().items:
        if isinstance(child, pg.BarGraphItem):
            opts = child.opts
            values = opts.get("height") if opts.get("x0") is None else opts.get("width")
            if values is None and opts.get("x1") is not None:
                values = np.asarray(opts["x1"]) + np.asarray(opts["x0"])
            out.append([float(v) for v in np.atleast_1d(values)])
    return out
