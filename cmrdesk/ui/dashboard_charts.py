"""The dashboard's five charts: net worth, income and spending, spending by category, asset
allocation and the forecast, each a :class:`~cmrdesk.ui.charts.Chart` over one figure of a
:class:`~cmrdesk.services.overview.Dashboard`. The axes, the card and the chart machinery they
share are in :mod:`cmrdesk.ui.charts`.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from . import fmt
from .charts import Chart, LegendEntry, _color, _major, group_label
from .i18n import tr
from .theme import Palette


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


