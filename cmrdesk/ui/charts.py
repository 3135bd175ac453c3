"""The dashboard's charts (pyqtgraph): date and money axes, hover read-outs, drill-down.

Every chart draws from aggregates (``cmrdesk.services.overview``), never from transactions.
Plot coordinates are floats in major units of the base currency: they place pixels only; every
number a person reads is formatted from the exact integer figures by :mod:`cmrdesk.ui.fmt`.

A chart is a list of *elements* (a sample date, a month's bar, a category). Pointing at one
with the mouse, or stepping to it with the arrow keys, shows its figures in the card's
read-out; clicking it or pressing Enter emits :attr:`Chart.activated` with what it stands for,
which the dashboard turns into a drill-down.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from cmrdesk.domain import currency_exponent, from_epoch_day

from . import fmt
from .i18n import tr
from .theme import Palette
from .widgets import make_label

pg.setConfigOptions(antialias=True)

GROUP_NAMES = {
    "cash": "Cash", "savings": "Savings", "investments": "Investments", "pension": "Pension",
    "property": "Property", "debts": "Debts",
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


# --- axes --------------------------------------------------------------------------------------


class _Axis(pg.AxisItem):
    def __init__(self, orientation: str) -> None:
        super().__init__(orientation)
        self.enableAutoSIPrefix(False)
        self.setStyle(tickTextOffset=8, tickLength=0)

    def boundingRect(self) -> Any:
        """Room for the edge labels of a horizontal axis: pyqtgraph drops every label that
        pokes out of the plot by a pixel ("Jan 2026" at the left edge, "€500K" at the right)."""
        rect = super().boundingRect()
        return rect.adjusted(-40, 0, 40, 0) if self.orientation in ("top", "bottom") else rect

    def style_with(self, palette: Palette, font: QFont) -> None:
        """Colours and font of the theme."""
        self.setPen(pg.mkPen(palette.border))
        self.setTextPen(pg.mkPen(palette.muted))
        self.setTickFont(font)


class MoneyAxis(_Axis):
    """Ticks in the base currency, compact (``€120K``)."""

    def __init__(self, orientation: str, currency: str) -> None:
        super().__init__(orientation)
        self.currency = currency
        # tickSpacing below already keeps labels apart: let pyqtgraph draw all of them, and
        # let edge labels reach into the card's margin rather than vanish.
        self.setStyle(textFillLimits=[(0, 0.95), (4, 0.9), (6, 0.8)])

    def tickSpacing(self, min_val: float, max_val: float, size: float) -> list:
        """A few round steps (1, 2, 2.5 or 5 times a power of ten), labels well apart."""
        span = abs(max_val - min_val)
        if span == 0 or size <= 0:
            return []
        gap = 44 if self.orientation in ("left", "right") else 48  # pixels per label
        raw = span / max(2, min(6, int(size // gap)))
        magnitude = 10 ** math.floor(math.log10(raw))
        step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
        return [(step, 0)]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        # One style per axis: compact for all ticks as soon as the largest needs it.
        compact = max((abs(v * scale) for v in values), default=0) >= 10_000
        return [fmt.money_axis(v * scale, self.currency, compact=compact) for v in values]


class DateAxis(_Axis):
    """Ticks at month or year starts for x values in days since 1970."""

    def __init__(self, orientation: str = "bottom") -> None:
        super().__init__(orientation)
        self._mode = "month"

    def tickValues(self, min_val: float, max_val: float, size: float) -> list:
        if max_val <= min_val or size <= 0:
            return []
        first, last = from_epoch_day(int(np.ceil(min_val))), from_epoch_day(int(np.floor(max_val)))
        labels = max(2, int(size // 78))
        span_months = (max_val - min_val) / 30.44
        if span_months < 2.5:
            step_days = next((s for s in (1, 2, 7, 14) if (max_val - min_val) / s <= labels), 28)
            self._mode = "day"
            start = int(np.ceil(min_val))
            ticks = [d for d in range(start, int(max_val) + 1)
                     if (d - start) % step_days == 0]
            return [(step_days, ticks)]
        step = next((s for s in (1, 2, 3, 6, 12, 24, 60, 120) if span_months / s <= labels), 240)
        self._mode = "year" if step >= 12 else "month"
        ticks = []
        month = (first.year - 1970) * 12 + first.month - 1
        end_month = (last.year - 1970) * 12 + last.month - 1
        for number in range(month, end_month + 1):
            if number % step == 0:
                day = date(1970 + number // 12, number % 12 + 1, 1)
                epoch = (day - date(1970, 1, 1)).days
                if min_val <= epoch <= max_val:
                    ticks.append(epoch)
        return [(step * 30.44, ticks)]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        out = []
        for index, value in enumerate(values):
            day = from_epoch_day(round(value))
            if self._mode == "day":
                out.append(fmt.day_short(day))
            elif self._mode == "year":
                out.append(fmt.year(day))
            elif day.month == 1 or index == 0:
                out.append(fmt.month(day))
            else:
                out.append(fmt.month_name(day))
        return out


class MonthAxis(_Axis):
    """Ticks for bars at x = 0..n-1 standing for consecutive months."""

    def __init__(self) -> None:
        super().__init__("bottom")
        self.months: list[date] = []

    def tickValues(self, min_val: float, max_val: float, size: float) -> list:
        count = len(self.months)
        if not count:
            return []
        labels = max(2, int(size // 64))
        step = next((s for s in (1, 2, 3, 6, 12, 24) if count / s <= labels), 60)
        ticks = [i for i in range(count) if (i - (count - 1)) % step == 0]
        return [(step, ticks)]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        out = []
        for index, value in enumerate(values):
            i = round(value)
            if not 0 <= i < len(self.months):
                out.append("")
                continue
            month = self.months[i]
            out.append(fmt.month(month) if month.month == 1 or index == 0 or spacing >= 12
                       else fmt.month_name(month))
        return out


class NameAxis(_Axis):
    """Names at y = 0..n-1 (horizontal bar charts), elided to the axis width."""

    WIDTH = 128

    def __init__(self) -> None:
        super().__init__("left")
        self.names: list[str] = []
        self.setWidth(self.WIDTH)

    def tickValues(self, min_val: float, max_val: float, size: float) -> list:
        low, high = sorted((min_val, max_val))  # the view is inverted: largest bar on top
        return [(1, [i for i in range(len(self.names)) if low <= i <= high])]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        metrics = QFontMetrics(self.style.get("tickFont") or QFont())
        out = []
        for value in values:
            i = round(value)
            name = self.names[i] if 0 <= i < len(self.names) else ""
            out.append(metrics.elidedText(name, Qt.TextElideMode.ElideRight, self.WIDTH - 16))
        return out


# --- the card around a chart ---------------------------------------------------------------


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


def _strong(text: str) -> str:
    return f"<b>{text}</b>"


class NetWorthChart(Chart):
    """Net worth over the period, stacked by group (debts below zero), total as a line."""

    X_AXIS = "date"

    def __init__(self, palette: Palette, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(palette, currency, parent)
        self.history: Any = None

    def set_data(self, history: Any) -> None:
        """Draw a :class:`~cmrdesk.services.overview.NetWorthHistory`."""
        self.history = history
        self.redraw()

    def redraw(self) -> None:
        item = self.getPlotItem()
        item.clear()
        history = self.history
        if history is None or not len(history.days):
            return
        x = history.days.astype(np.float64)
        up = np.zeros(len(x))
        down = np.zeros(len(x))
        legend = []
        for group, values in history.groups.items():
            if not values.any():
                continue
            color = self.palette.group(group)
            major = _major(values, self.currency)
            for base, part in ((up, np.maximum(major, 0)), (down, np.minimum(major, 0))):
                if not part.any():
                    continue
                top = base + part
                lower = pg.PlotDataItem(x, base.copy(), pen=pg.mkPen(None))
                upper = pg.PlotDataItem(x, top, pen=pg.mkPen(_color(color, 220), width=1))
                item.addItem(lower)
                item.addItem(upper)
                item.addItem(pg.FillBetweenItem(lower, upper, brush=pg.mkBrush(_color(color, 150))))
                base += part
            legend.append(LegendEntry(color, group_label(group)))
        total = _major(history.total, self.currency)
        item.plot(x, total, pen=pg.mkPen(self.palette.text, width=2.2))
        legend.append(LegendEntry(self.palette.text, tr("Net worth")))
        item.getViewBox().setXRange(x[0], x[-1], padding=0.01)
        self.legend_changed.emit(legend)
        self._emit_summary()

    def element_count(self) -> int:
        return 0 if self.history is None else len(self.history.days)

    def element_at(self, x: float, y: float) -> int | None:
        if not self.element_count():
            return None
        return int(np.argmin(np.abs(self.history.days - x)))

    def element_x(self, index: int) -> float:
        return float(self.history.days[index])

    def describe(self, index: int) -> str:
        h = self.history
        parts = [_strong(fmt.day(int(h.days[index]))),
                 f"{tr('Net worth')} {_strong(self._money(h.total[index]))}"]
        for group, values in h.groups.items():
            if values[index]:
                parts.append(f"{group_label(group)} {self._money(values[index])}")
        return " · ".join(parts[:2]) + "<br>" + " · ".join(parts[2:])

    def summary(self) -> str:
        if self.history is None or not len(self.history.days):
            return ""
        return tr("Point at the chart for the figures of a day")


class CashFlowChart(Chart):
    """Income and spending per month, side by side; a bar drills into its transactions."""

    X_AXIS = "month"
    MARKER = "band"

    def __init__(self, palette: Palette, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(palette, currency, parent)
        self.flow: Any = None

    def set_data(self, flow: Any) -> None:
        """Draw a :class:`~cmrdesk.services.overview.MonthlyFlow`."""
        self.flow = flow
        self.redraw()

    def months(self) -> list[date]:
        """The first day of each month shown."""
        return [date(1970 + int(m) // 12, int(m) % 12 + 1, 1) for m in self.flow.months]

    def redraw(self) -> None:
        item = self.getPlotItem()
        item.clear()
        flow = self.flow
        if flow is None or not len(flow.months):
            return
        axis = item.getAxis("bottom")
        axis.months = self.months()
        x = np.arange(len(flow.months), dtype=np.float64)
        p = self.palette
        for offset, values, color in ((-0.21, flow.income, p.income),
                                      (0.21, flow.spending, p.spending)):
            item.addItem(pg.BarGraphItem(
                x=x + offset, height=_major(values, self.currency), width=0.4,
                brush=pg.mkBrush(color), pen=pg.mkPen(None),
            ))
        item.getViewBox().setXRange(-0.6, len(x) - 0.4, padding=0)
        item.getViewBox().enableAutoRange(axis="y")
        self.legend_changed.emit([LegendEntry(p.income, tr("Income")),
                                  LegendEntry(p.spending, tr("Spending"))])
        self._emit_summary()

    def element_count(self) -> int:
        return 0 if self.flow is None else len(self.flow.months)

    def element_at(self, x: float, y: float) -> int | None:
        index = round(x)
        return index if 0 <= index < self.element_count() and abs(x - index) <= 0.45 else None

    def describe(self, index: int) -> str:
        f = self.flow
        month = self.months()[index]
        saved = int(f.income[index] - f.spending[index])
        return (f"{_strong(fmt.month(month))} · {tr('Income')} {self._money(f.income[index])}"
                f" · {tr('Spending')} {self._money(f.spending[index])}"
                f" · {tr('Saved')} {self._money(saved)}")

    def summary(self) -> str:
        if self.flow is None or not len(self.flow.months):
            return ""
        return tr("Click a bar to see its transactions")

    def target(self, index: int, x: float, y: float) -> Any:
        """``(first day of the month, "income" | "spending")``."""
        flow = "income" if x < index else "spending"
        return self.months()[index], flow


class CategoryChart(Chart):
    """Spending per category as horizontal bars, largest on top; a bar drills down."""

    X_AXIS = "money"
    Y_AXIS = "names"
    MARKER = "band"
    vertical_elements = True

    def __init__(self, palette: Palette, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(palette, currency, parent)
        self.spending: Any = None
        self.names: list[str] = []
        self.getPlotItem().getViewBox().invertY(True)

    def set_data(self, spending: Any) -> None:
        """Draw a :class:`~cmrdesk.services.overview.CategorySpending`."""
        self.spending = spending
        self.names = [self._name(n, ids) for n, ids in
                      zip(spending.names, spending.category_ids, strict=True)]
        self.redraw()

    @staticmethod
    def _name(name: str, ids: tuple[int, ...]) -> str:
        if len(ids) > 1:
            return tr("Other")
        if ids == (-1,):
            return tr("Uncategorised")
        return name

    def redraw(self) -> None:
        item = self.getPlotItem()
        item.clear()
        s = self.spending
        if s is None or not len(s.amounts):
            return
        item.getAxis("left").names = self.names
        y = np.arange(len(s.amounts), dtype=np.float64)
        brushes = [pg.mkBrush(self.palette.muted if len(ids) > 1 else self.palette.series(i))
                   for i, ids in enumerate(s.category_ids)]
        item.addItem(pg.BarGraphItem(
            x0=np.zeros(len(y)), y=y, width=_major(s.amounts, self.currency), height=0.66,
            brushes=brushes, pen=pg.mkPen(None),
        ))
        view = item.getViewBox()
        view.setYRange(-0.6, len(y) - 0.4, padding=0)
        view.setXRange(0, float(_major(s.amounts, self.currency).max()) * 1.04, padding=0)
        self.legend_changed.emit([])
        self._emit_summary()

    def element_count(self) -> int:
        return 0 if self.spending is None else len(self.spending.amounts)

    def element_at(self, x: float, y: float) -> int | None:
        index = round(y)
        return index if 0 <= index < self.element_count() and abs(y - index) <= 0.45 else None

    def element_x(self, index: int) -> float:
        return float(_major(self.spending.amounts[index : index + 1], self.currency)[0])

    def describe(self, index: int) -> str:
        s = self.spending
        amount = int(s.amounts[index])
        share = f" · {fmt.percent(amount / s.total)}" if s.total > 0 else ""
        return f"{_strong(self.names[index])} · {self._money(amount)}{share}"

    def summary(self) -> str:
        if self.spending is None or not len(self.spending.amounts):
            return ""
        return tr("Total {total}").format(total=self._money(self.spending.total))

    def target(self, index: int, x: float, y: float) -> Any:
        """``(category ids, shown name)``."""
        return self.spending.category_ids[index], self.names[index]


class AllocationChart(Chart):
    """What net worth is made of at the period's end: one bar per group."""

    X_AXIS = "money"
    Y_AXIS = "names"
    MARKER = "band"
    vertical_elements = True

    def __init__(self, palette: Palette, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(palette, currency, parent)
        self.groups: list[str] = []
        self.values = np.zeros(0, dtype=np.int64)
        self.getPlotItem().getViewBox().invertY(True)

    def set_data(self, allocation: Any) -> None:
        """Draw a :class:`~cmrdesk.services.overview.Allocation` (empty groups left out)."""
        keep = [i for i, v in enumerate(allocation.values) if v]
        self.groups = [allocation.groups[i] for i in keep]
        self.values = np.array([int(allocation.values[i]) for i in keep], dtype=np.int64)
        self.redraw()

    def redraw(self) -> None:
        item = self.getPlotItem()
        item.clear()
        if not len(self.values):
            return
        item.getAxis("left").names = [group_label(g) for g in self.groups]
        major = _major(self.values, self.currency)
        y = np.arange(len(major), dtype=np.float64)
        item.addItem(pg.BarGraphItem(
            x0=np.minimum(major, 0), x1=np.maximum(major, 0), y=y, height=0.66,
            brushes=[pg.mkBrush(self.palette.group(g)) for g in self.groups], pen=pg.mkPen(None),
        ))
        item.addItem(pg.InfiniteLine(pos=0, angle=90, pen=pg.mkPen(self.palette.border)))
        view = item.getViewBox()
        view.setYRange(-0.6, len(y) - 0.4, padding=0)
        low, high = min(0.0, float(major.min())), max(0.0, float(major.max()))
        view.setXRange(low * 1.05, high * 1.05, padding=0)
        self.legend_changed.emit([])
        self._emit_summary()

    def element_count(self) -> int:
        return len(self.values)

    def element_at(self, x: float, y: float) -> int | None:
        index = round(y)
        return index if 0 <= index < len(self.values) and abs(y - index) <= 0.45 else None

    def element_x(self, index: int) -> float:
        return float(_major(self.values[index : index + 1], self.currency)[0])

    def describe(self, index: int) -> str:
        assets = int(self.values[self.values > 0].sum())
        value = int(self.values[index])
        share = f" · {tr('{share} of assets').format(share=fmt.percent(value / assets))}" if (
            value > 0 and assets > 0) else ""
        return f"{_strong(group_label(self.groups[index]))} · {self._money(value)}{share}"

    def summary(self) -> str:
        if not len(self.values):
            return ""
        assets = int(self.values[self.values > 0].sum())
        debts = int(self.values[self.values < 0].sum())
        return (f"{tr('Assets')} {self._money(assets)} · {tr('Debts')} "
                f"{self._money(debts)}")


class ForecastChart(Chart):
    """Net worth over the period, then the next 12 month ends projected, with the 80 % band."""

    X_AXIS = "date"

    def __init__(self, palette: Palette, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(palette, currency, parent)
        self.history: Any = None
        self.forecast: Any = None

    def set_data(self, history: Any, forecast: Any) -> None:
        """Draw the period's history and a :class:`~cmrdesk.services.overview.ForecastSeries`."""
        self.history = history
        self.forecast = forecast
        self.redraw()

    def _points(self) -> tuple[np.ndarray, np.ndarray]:
        days = np.concatenate([self.history.days, self.forecast.days])
        values = np.concatenate([self.history.total, self.forecast.balance])
        return days, values

    def redraw(self) -> None:
        item = self.getPlotItem()
        item.clear()
        if self.history is None or self.forecast is None or not len(self.history.days):
            return
        p = self.palette
        hx = self.history.days.astype(np.float64)
        hy = _major(self.history.total, self.currency)
        fx = np.concatenate([hx[-1:], self.forecast.days.astype(np.float64)])
        joint = self.history.total[-1:]
        fy = _major(np.concatenate([joint, self.forecast.balance]), self.currency)
        low = pg.PlotDataItem(fx, _major(np.concatenate([joint, self.forecast.low]),
                                         self.currency), pen=pg.mkPen(None))
        high = pg.PlotDataItem(fx, _major(np.concatenate([joint, self.forecast.high]),
                                          self.currency), pen=pg.mkPen(None))
        item.addItem(low)
        item.addItem(high)
        item.addItem(pg.FillBetweenItem(low, high, brush=pg.mkBrush(_color(p.band, 48))))
        item.plot(hx, hy, pen=pg.mkPen(p.text, width=2.2))
        item.plot(fx, fy, pen=pg.mkPen(p.accent, width=2.2, style=Qt.PenStyle.DashLine))
        item.addItem(pg.InfiniteLine(pos=hx[-1], angle=90,
                                     pen=pg.mkPen(_color(p.muted, 120), width=1)))
        item.getViewBox().setXRange(hx[0], fx[-1], padding=0.01)
        self.legend_changed.emit([
            LegendEntry(p.text, tr("Net worth")),
            LegendEntry(p.accent, tr("Forecast"), dashed=True),
            LegendEntry(p.band, tr("Likely range (80 %)")),
        ])
        self._emit_summary()

    def element_count(self) -> int:
        if self.history is None or self.forecast is None:
            return 0
        return len(self.history.days) + len(self.forecast.days)

    def element_at(self, x: float, y: float) -> int | None:
        if not self.element_count():
            return None
        days, _ = self._points()
        return int(np.argmin(np.abs(days - x)))

    def element_x(self, index: int) -> float:
        return float(self._points()[0][index])

    def describe(self, index: int) -> str:
        days, values = self._points()
        text = f"{_strong(fmt.day(int(days[index])))} · {self._money(values[index])}"
        ahead = index - len(self.history.days)
        if ahead >= 0:
            f = self.forecast
            text += " · " + tr("likely {low} to {high}").format(
                low=self._money(f.low[ahead]), high=self._money(f.high[ahead]))
        return text

    def summary(self) -> str:
        if not self.element_count():
            return ""
        f = self.forecast
        return tr("In 12 months: {value}").format(value=_strong(self._money(f.balance[-1])))


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
