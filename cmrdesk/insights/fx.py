"""Exchange rates as of a date, exact in ``Decimal``.

A rate is looked up "as of" a day: the latest rate on or before it. Before the first known rate
of a pair the earliest one is used, so old history still converts (the alternative, refusing,
would hide ten years of a foreign account because its rates were entered last month). Pairs are
found directly, inverted, or through one pivot currency (ECB reference rates are all against
the euro, so USD -> GBP goes through EUR).

The person's own rates always win: a fallback table (the shipped reference rates) is only used
for a pair the person has no rate for at all, so a shipped rate never overrides one they typed.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from decimal import ROUND_HALF_EVEN, Decimal

from cmrdesk.domain import FxRate, MissingRate, currency_exponent, from_epoch_day, to_epoch_day

ONE = Decimal(1)


def round_minor(value: Decimal) -> int:
    """Round a ``Decimal`` count of minor units to an ``int``, half-even."""
    return int(value.to_integral_value(rounding=ROUND_HALF_EVEN))


class _PairTable:
    """Rates of one source, indexed by (base, quote) with their days sorted."""

    def __init__(self, rates: Iterable[FxRate]) -> None:
        by_pair: dict[tuple[str, str], dict[int, Decimal]] = {}
        for rate in rates:
            # Later entries for the same pair and day replace earlier ones.
            by_pair.setdefault((rate.base, rate.quote), {})[to_epoch_day(rate.date)] = rate.rate
        self.pairs: dict[tuple[str, str], tuple[list[int], list[Decimal]]] = {}
        for pair, by_day in by_pair.items():
            days = sorted(by_day)
            self.pairs[pair] = (days, [by_day[d] for d in days])

    def currencies(self) -> set[str]:
        """Every currency that appears in a pair."""
        return {cur for pair in self.pairs for cur in pair}

    def lookup(self, frm: str, to: str, day: int) -> Decimal | None:
        """Units of ``to`` per unit of ``frm`` as of ``day``; ``None`` if the pair is unknown."""
        direct = self.pairs.get((frm, to))
        if direct is not None:
            return _as_of(direct, day)
        inverse = self.pairs.get((to, frm))
        if inverse is not None:
            return ONE / _as_of(inverse, day)
        return None


def _as_of(series: tuple[list[int], list[Decimal]], day: int) -> Decimal:
    days, values = series
    index = bisect_right(days, day) - 1
    return values[max(index, 0)]


class FxTable:
    """Dated exchange rates with the person's own rates first and an optional fallback."""

    def __init__(self, rates: Iterable[FxRate], fallback: Iterable[FxRate] = ()) -> None:
        self._tables = (_PairTable(rates), _PairTable(fallback))
        self._currencies = sorted(self._tables[0].currencies() | self._tables[1].currencies())
        self._cache: dict[tuple[str, str, int], Decimal] = {}

    def _lookup(self, frm: str, to: str, day: int) -> Decimal | None:
        for table in self._tables:
            found = table.lookup(frm, to, day)
            if found is not None:
                return found
        return None

    def rate(self, frm: str, to: str, day: int) -> Decimal:
        """Units of ``to`` for one unit of ``frm`` on epoch ``day``; raises ``MissingRate``."""
        if frm == to:
            return ONE
        key = (frm, to, day)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        found = self._lookup(frm, to, day)
        if found is None:
            for pivot in self._currencies:
                if pivot in (frm, to):
                    continue
                first = self._lookup(frm, pivot, day)
                second = self._lookup(pivot, to, day) if first is not None else None
                if second is not None:
                    found = first * second  # type: ignore[operator]
                    break
        if found is None:
            raise MissingRate(frm, to, from_epoch_day(day))
        self._cache[key] = found
        return found

    def minor_factor(self, frm: str, to: str, day: int) -> Decimal:
        """Multiply minor units of ``frm`` by this to get (unrounded) minor units of ``to``."""
        shift = currency_exponent(to) - currency_exponent(frm)
        return self.rate(frm, to, day).scaleb(shift)

    def convert_minor(self, amount_minor: int, frm: str, to: str, day: int) -> int:
        """Convert integer minor units, rounded half-even to the target's minor unit."""
        if frm == to:
            return int(amount_minor)
        return round_minor(Decimal(int(amount_minor)) * self.minor_factor(frm, to, day))
