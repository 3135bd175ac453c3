"""Dated exchange rates: convert money to the base currency as of a date."""

from __future__ import annotations

import bisect
from collections import defaultdict
from datetime import date
from decimal import Decimal

from .errors import MissingRate
from .market import FxRate
from .money import Money


class FxTable:
    """Looks up the latest rate on or before a date, in either direction of a pair."""

    def __init__(self, rates: list[FxRate]) -> None:
        series: dict[tuple[str, str], list[tuple[date, Decimal]]] = defaultdict(list)
        for rate in rates:
            series[(rate.base, rate.quote)].append((rate.date, rate.rate))
            series[(rate.quote, rate.base)].append((rate.date, Decimal(1) / rate.rate))
        self._dates: dict[tuple[str, str], list[date]] = {}
        self._values: dict[tuple[str, str], list[Decimal]] = {}
        for pair, points in series.items():
            points.sort()
            self._dates[pair] = [d for d, _ in points]
            self._values[pair] = [v for _, v in points]

    def rate(self, source: str, target: str, on: date) -> Decimal:
        """Units of ``target`` for one unit of ``source`` on ``on`` (latest earlier rate).

        Falls back to the earliest known rate for dates before any rate, because a balance in
        2015 is better shown at the first known rate than not at all.
        """
        if source == target:
            return Decimal(1)
        dates = self._dates.get((source, target))
        if not dates:
            raise MissingRate(source, target, on)
        index = bisect.bisect_right(dates, on) - 1
        return self._values[(source, target)][max(index, 0)]

    def convert(self, money: Money, target: str, on: date) -> Money:
        """``money`` in ``target`` currency at the rate of ``on``, rounded half-even."""
        if money.currency == target:
            return money
        return money.convert(self.rate(money.currency, target, on), target)
