"""Chart axes that speak the locale: money with its currency and compact units, dates, months
and category names, with ticks that never overlap their neighbours."""

from __future__ import annotations

import math
from datetime import date
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics

from cmrdesk.domain import from_epoch_day

from . import fmt
from .theme import Palette


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


