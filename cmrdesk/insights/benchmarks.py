"""Benchmark rates and reference FX rates: the shipped, dated CSV snapshot and how to pick one.

Advice compares a person's accounts with what the market pays or charges (savings, mortgage and
consumer-loan rates, inflation). The figures come from two places: market rates the person
imported into the vault (``LedgerData.market_rates``) and the snapshot shipped in
``resources/market/`` (see its ``SOURCES.md``). Nothing is fetched at run time. Whatever is
picked is reported with its file and date, so a stale figure is visible as such: a benchmark
dated more than :data:`STALE_AFTER_MONTHS` months before today is *stale*, and every citation of
it says how old it is ("from 2025-10-31, 13 months old"). :func:`benchmark_series` lists the
latest figure of every series with its date and age, for the screen that shows them all.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

from cmrdesk.domain import FxRate, ImportFormatError, MarketRate, RateKind, read_market_csv
from cmrdesk.domain.resources import resource_path

#: A benchmark older than this many months is marked as such wherever it is cited.
STALE_AFTER_MONTHS = 3


def _add_months(day: date, months: int) -> date:
    # frames.add_months, repeated here because frames imports this module.
    month = day.year * 12 + day.month - 1 + months
    year, month = divmod(month, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def months_old(day: date, today: date) -> int:
    """Whole months from ``day`` to ``today`` (0 when ``day`` is today or later): 31 Oct 2025
    is 13 months old on 6 Dec 2026."""
    months = (today.year - day.year) * 12 + today.month - day.month
    if months > 0 and _add_months(day, months) > today:
        months -= 1
    return max(months, 0)


def is_stale(day: date, today: date) -> bool:
    """Whether a figure dated ``day`` is more than :data:`STALE_AFTER_MONTHS` months old."""
    return today > _add_months(day, STALE_AFTER_MONTHS)


def age_text(day: date, today: date) -> str:
    """How a citation dates a figure: ``"from 2025-10-31"``, and when it is stale
    ``"from 2025-10-31, 13 months old"`` (the UI writes the date the locale's way)."""
    text = f"from {day.isoformat()}"
    if is_stale(day, today):
        age = months_old(day, today)
        text += f", {age} month{'' if age == 1 else 's'} old"
    return text


def market_dir() -> Path:
    """Where the shipped market files live (see ``cmrdesk.domain.resources``)."""
    return resource_path("market")


def shipped_market_files() -> list[Path]:
    """The shipped market CSV files, sorted by name (empty when the folder is missing)."""
    folder = market_dir()
    return sorted(folder.glob("*.csv")) if folder.is_dir() else []


@dataclass(frozen=True)
class MarketFile:
    """The rows of one market CSV file: benchmark rates or FX rates (a file holds one kind)."""

    path: Path
    rates: tuple[MarketRate, ...] = ()
    fx: tuple[FxRate, ...] = ()

    @property
    def label(self) -> str:
        """How advice names the file: relative to the resources folder when shipped."""
        try:
            return self.path.relative_to(market_dir().parents[1]).as_posix()
        except ValueError:
            return self.path.name


def load_market_csv(path: str | Path) -> MarketFile:
    """Read one shipped market CSV (rate or FX layout, told apart by the header).

    The format and its reader are the domain's (:func:`cmrdesk.domain.read_market_csv`), the
    same the import of a person's market file uses. Raises :class:`ImportFormatError` naming
    the file, line and field of the first bad value, and for a price file: prices belong to a
    security in the vault, so they are imported, not shipped.
    """
    path = Path(path)
    records = read_market_csv(path.read_text(encoding="utf-8"), path)
    rates = tuple(r for _, r in records if isinstance(r, MarketRate))
    fx = tuple(r for _, r in records if isinstance(r, FxRate))
    if len(rates) + len(fx) < len(records):
        raise ImportFormatError(path, "a shipped market file holds rates or FX rates", line=1)
    return MarketFile(path, rates=rates, fx=fx)


@lru_cache(maxsize=32)
def _load_cached(path: str, mtime_ns: int, size: int) -> MarketFile:
    # Keyed on mtime and size so an updated file is read again; the snapshot is parsed once
    # per process otherwise (reports are built often, the files change rarely).
    del mtime_ns, size
    return load_market_csv(path)


def shipped_market() -> list[MarketFile]:
    """All shipped market files, parsed (cached until a file changes)."""
    out = []
    for path in shipped_market_files():
        stat = path.stat()
        out.append(_load_cached(str(path), stat.st_mtime_ns, stat.st_size))
    return out


def shipped_fx_rates() -> list[FxRate]:
    """The shipped reference FX rates, the fallback for pairs the person has no rates for."""
    return [rate for file in shipped_market() for rate in file.fx]


@dataclass(frozen=True)
class Benchmark:
    """A benchmark rate together with where it came from."""

    rate: MarketRate
    file: str  # the shipped file's path, or "vault: <source>" for an imported rate

    @property
    def percent(self) -> Decimal:
        """The yearly rate in percent."""
        return self.rate.rate

    def reference(self, today: date | None = None) -> dict[str, Any]:
        """What advice reports about the benchmark it used; with ``today``, also its age in
        whole months (``age_months``) and whether it is stale (``stale``)."""
        out: dict[str, Any] = {
            "file": self.file,
            "date": self.rate.date.isoformat(),
            "name": self.rate.name,
            "source": self.rate.source,
            "rate": str(self.rate.rate),
        }
        if today is not None:
            out["age_months"] = months_old(self.rate.date, today)
            out["stale"] = is_stale(self.rate.date, today)
        return out

    def cited(self, today: date) -> str:
        """The date part of a citation (see :func:`age_text`)."""
        return age_text(self.rate.date, today)


def find_benchmark(
    kind: RateKind,
    region: str,
    on: date,
    own: list[MarketRate] | tuple[MarketRate, ...] = (),
    shipped: list[MarketFile] | None = None,
) -> Benchmark | None:
    """The latest benchmark of ``kind`` for ``region`` dated on or before ``on``.

    The person's imported rates (``own``) win over the shipped snapshot on the same date.
    Returns ``None`` when neither has one: advice that needs it then stays silent.
    """
    files = shipped_market() if shipped is None else shipped
    candidates = [
        (rate.date, 1, Benchmark(rate, f"vault: {rate.source}"))
        for rate in own
        if rate.kind == kind and rate.region == region and rate.date <= on
    ]
    candidates += [
        (rate.date, 0, Benchmark(rate, file.label))
        for file in files
        for rate in file.rates
        if rate.kind == kind and rate.region == region and rate.date <= on
    ]
    if not candidates:
        return None
    return max(candidates, key=lambda c: (c[0], c[1]))[2]


@dataclass(frozen=True)
class BenchmarkStatus:
    """The latest figure of one benchmark series, as of a day."""

    kind: RateKind
    region: str
    name: str
    date: date
    rate: Decimal
    source: str
    file: str
    age_months: int
    stale: bool


def benchmark_series(
    today: date,
    own: list[MarketRate] | tuple[MarketRate, ...] = (),
    shipped: list[MarketFile] | None = None,
) -> list[BenchmarkStatus]:
    """Every benchmark series advice can cite (kind and region), with its latest figure on or
    before ``today`` (imported rates first on the same date), its age and whether it is stale;
    ordered by kind and region."""
    files = shipped_market() if shipped is None else shipped
    keys = {(r.kind, r.region) for r in own}
    keys |= {(r.kind, r.region) for f in files for r in f.rates}
    out = []
    for kind, region in sorted(keys, key=lambda k: (k[0].value, k[1])):
        found = find_benchmark(kind, region, today, own, files)
        if found is None:
            continue
        day = found.rate.date
        out.append(BenchmarkStatus(kind, region, found.rate.name, day, found.rate.rate,
                                   found.rate.source, found.file, months_old(day, today),
                                   is_stale(day, today)))
    return out
