"""Dated exchange rates: the one rule for which rate converts money on a day.

A rate is looked up "as of" a day: the latest rate on or before it. Before the first known rate
of a pair the earliest one is used, so old history still converts (the alternative, refusing,
would hide ten years of a foreign account because its rates were entered last month). Pairs are
found directly, inverted, or through one pivot currency (ECB reference rates are all against
the euro, so USD -> GBP goes through EUR). A pair with no way through raises ``MissingRate``.

The person's own rates always win: a fallback table (the shipped reference rates) is only used
for a pair the person has no rate for at all, so a shipped rate never overrides one they typed.

Every conversion in the app goes through :class:`FxTable`: one ``Money`` at a time
(:meth:`FxTable.convert`, the services' balances) and integer minor units
(:meth:`FxTable.minor_factor`, :meth:`FxTable.convert_minor`, the insights' columnar frames).
Both paths read the same rate, so they cannot disagree.

A currency with no way through to the base at all is not a reason to fail: its accounts are
shown in their own currency, left out of every base total, and the totals carry a
:class:`MissingRateWarning` that names the missing pair (:func:`missing_rate_warnings`). Because
of the "earliest rate before the first" rule above, whether a pair converts does not depend on
the day: :meth:`FxTable.has_rate` answers once per pair.

A day is a ``date`` or an epoch day (days since 1970-01-01, as in ``TransactionBatch``); the
insights work on epoch days, so they need not build a ``date`` per lookup.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from .accounts import Account
from .batch import from_epoch_day, to_epoch_day
from .errors import MissingRate
from .market import FxRate
from .money import Money, currency_exponent, round_minor

ONE = Decimal(1)

#: A day as a ``date`` or as an epoch day (``int``).
Day = date | int


def _epoch(day: Day) -> int:
    return to_epoch_day(day) if isinstance(day, date) else int(day)


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
        """Units of ``to`` per unit of ``frm`` as of ``day``; ``None`` if the pair is unknown.

        A rate entered for the pair in this direction is used before the inverse of the other
        direction, so a typed EUR->USD rate is never replaced by 1 / (USD->EUR).
        """
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

    def rate(self, source: str, target: str, on: Day) -> Decimal:
        """Units of ``target`` for one unit of ``source`` as of ``on``; raises ``MissingRate``."""
        if source == target:
            return ONE
        day = _epoch(on)
        key = (source, target, day)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        found = self._lookup(source, target, day)
        if found is None:
            for pivot in self._currencies:
                if pivot in (source, target):
                    continue
                first = self._lookup(source, pivot, day)
                second = self._lookup(pivot, target, day) if first is not None else None
                if first is not None and second is not None:
                    found = first * second
                    break
        if found is None:
            raise MissingRate(source, target, from_epoch_day(day))
        self._cache[key] = found
        return found

    def has_rate(self, source: str, target: str) -> bool:
        """Whether ``source`` converts to ``target`` at all (on any day: see the module)."""
        if source == target:
            return True
        try:
            self.rate(source, target, 0)
        except MissingRate:
            return False
        return True

    def convert(self, money: Money, target: str, on: Day) -> Money:
        """``money`` in ``target`` currency at the rate of ``on``, rounded half-even."""
        if money.currency == target:
            return money
        return money.convert(self.rate(money.currency, target, on), target)

    def minor_factor(self, source: str, target: str, on: Day) -> Decimal:
        """Multiply minor units of ``source`` by this to get (unrounded) minor units of
        ``target``: the rate of :meth:`rate`, shifted by the two currencies' decimals."""
        shift = currency_exponent(target) - currency_exponent(source)
        return self.rate(source, target, on).scaleb(shift)

    def convert_minor(self, amount_minor: int, source: str, target: str, on: Day) -> int:
        """Convert integer minor units, rounded half-even to the target's minor unit.

        The same result as :meth:`convert` on the ``Money`` those minor units make.
        """
        if source == target:
            return int(amount_minor)
        return round_minor(Decimal(int(amount_minor)) * self.minor_factor(source, target, on))


@dataclass(frozen=True)
class MissingRateWarning:
    """Accounts in ``source`` currency left out of totals in ``target``: no rate is known.

    The accounts still show their balance in their own currency; only the converted value is
    unknown, so it is left out of the totals rather than counted as zero.
    """

    source: str
    target: str
    accounts: tuple[str, ...]  # the names of the accounts left out

    @property
    def kind(self) -> str:
        """The warning's type, for machine-readable output."""
        return "missing_rate"

    @property
    def message(self) -> str:
        """``no exchange rate AUD→EUR: 1 account left out of totals; key in or import a rate``."""
        count = len(self.accounts)
        noun = "account" if count == 1 else "accounts"
        return (f"no exchange rate {self.source}→{self.target}: {count} {noun} left out of "
                "totals; key in or import a rate")

    def __str__(self) -> str:
        return self.message

    def as_json(self) -> dict[str, object]:
        """The warning as a JSON-ready dict (the ``warnings`` entries of ``--json`` output)."""
        return {"kind": self.kind, "source": self.source, "target": self.target,
                "accounts": list(self.accounts), "message": self.message}


def missing_rate_warnings(
    accounts: Iterable[Account], target: str, fx: FxTable
) -> list[MissingRateWarning]:
    """One warning per account currency that has no rate to ``target``, by currency code."""
    left_out: dict[str, list[str]] = {}
    for account in accounts:
        if not fx.has_rate(account.currency, target):
            left_out.setdefault(account.currency, []).append(account.name)
    return [MissingRateWarning(cur, target, tuple(names))
            for cur, names in sorted(left_out.items())]
