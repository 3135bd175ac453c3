"""The side-by-side chart of the History page's Offers card: each offer's cost a year beside
your current product and the market average."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from cmrdesk.domain import Money

from . import fmt
from .charts import Chart, LegendEntry
from .i18n import tr
from .offers_presenter import OfferRow


class OffersChart(Chart):
    """Each offer's cost a year side by side with your current product and the market
    average on the same amount (horizontal bars; a negative cost is interest earned)."""

    X_AXIS = "money"
    Y_AXIS = "names"
    MARKER = "band"
    vertical_elements = True

    def __init__(self, palette: Any, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(palette, currency, parent)
        self.names: list[str] = []
        self.values: list[Decimal] = []
        self.kinds: list[str] = []  # "offer", "current", "market"
        self.getPlotItem().getViewBox().invertY(True)
        self.setMinimumHeight(160)

    def set_rows(self, rows: list[OfferRow], currency: str) -> None:
        """Draw the offers of one comparison (and the two references when known)."""
        self.currency = currency
        self.getPlotItem().getAxis("bottom").currency = currency
        names, values, kinds = [], [], []
        known = sorted((r for r in rows if r.comparison.yearly_cost is not None),
                       key=lambda r: r.comparison.yearly_cost)  # the cheapest on top
        for row in known:
            names.append(row.comparison.vendor)
            values.append(row.comparison.yearly_cost)
            kinds.append("offer")
        ref = known[0].comparison if known else None
        if ref is not None and ref.vs_current_yearly is not None:
            names.append(tr("Yours now"))
            values.append(ref.yearly_cost + ref.vs_current_yearly)
            kinds.append("current")
        if ref is not None and ref.vs_benchmark_yearly is not None:
            names.append(tr("Market average"))
            values.append(ref.yearly_cost + ref.vs_benchmark_yearly)
            kinds.append("market")
        self.names, self.values, self.kinds = names, values, kinds
        self.redraw()

    def redraw(self) -> None:
        item = self.getPlotItem()
        item.clear()
        if not self.values:
            return
        item.getAxis("left").names = self.names
        p = self.palette
        colours = {"offer": p.accent, "current": p.muted, "market": p.warning}
        y = np.arange(len(self.values), dtype=np.float64)
        widths = np.array([float(v) for v in self.values])  # plot coordinates only
        item.addItem(pg.BarGraphItem(
            x0=np.zeros(len(y)), y=y, width=widths, height=0.62,
            brushes=[pg.mkBrush(colours[k]) for k in self.kinds], pen=pg.mkPen(None)))
        view = item.getViewBox()
        view.setYRange(-0.6, len(y) - 0.4, padding=0)
        low, high = min(0.0, float(widths.min())), max(0.0, float(widths.max()))
        view.setXRange(low * 1.05, high * 1.05 or 1.0, padding=0)
        entries = [LegendEntry(p.accent, tr("Offers"))]
        if "current" in self.kinds:
            entries.append(LegendEntry(p.muted, tr("Yours now")))
        if "market" in self.kinds:
            entries.append(LegendEntry(p.warning, tr("Market average")))
        self.legend_changed.emit(entries)
        self._emit_summary()

    def element_count(self) -> int:
        return len(self.values)

    def element_at(self, x: float, y: float) -> int | None:
        index = round(y)
        return index if 0 <= index < len(self.values) and abs(y - index) <= 0.45 else None

    def element_x(self, index: int) -> float:
        return float(self.values[index])

    def describe(self, index: int) -> str:
        return tr("<b>{name}</b> · {amount} a year").format(
            name=self.names[index], amount=fmt.money(Money(self.values[index], self.currency)))

    def summary(self) -> str:
        return tr("Cost a year on the same amount; below zero is interest earned")
