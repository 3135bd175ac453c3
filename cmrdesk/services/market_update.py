"""Update market data: fetch the public series the advice uses, on request only.

Nothing here runs unless a person asks (``cmrdesk market update``, or the button in Settings,
which is off until they allow it). It fetches, over HTTPS with the standard library, exactly the
series the shipped snapshot in ``resources/market/`` holds:

* ECB Data Portal (SDMX REST, ``format=csvdata``): the MFI interest rates on households' new
  deposits with agreed maturity, loans for house purchase (cost of borrowing) and loans for
  consumption, and the euro reference rates for USD, GBP, CHF and JPY (monthly, end of period);
* Eurostat (SDMX 2.1, ``format=SDMX-CSV``): HICP all items, annual rate of change, euro area.

The requests carry the series key and a start month, nothing else: no cookie, no account, no
figure of the person's. Each response is validated (:mod:`cmrdesk.importers.sdmx`: the series
asked for, dated, numeric); if any is malformed or unreachable the whole update is refused and
the vault is not changed. The observations are written as a market-data CSV (the shipped
format, with the series key as source) and stored through the market-data import, like a file
the person imports; when and what was fetched is kept in the vault's settings.
"""

from __future__ import annotations

import tempfile
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from cmrdesk import __version__
from cmrdesk.domain import CmrdeskError, ImportFormatError, RateKind
from cmrdesk.importers.sdmx import MAX_RESPONSE_BYTES, Observation, parse_sdmx_csv

from . import importing
from .session import VaultSession

ECB_DATA = "https://data-api.ecb.europa.eu/service/data"
EUROSTAT_DATA = "https://ec.europa.eu/eurostat/api/dissemination/sdmx/2.1/data"
#: How far back each update asks (the newer row of a date wins; older ones stay).
MONTHS_BACK = 24
#: Seconds to wait for one response.
TIMEOUT = 30
#: Where the last update's summary is kept in the vault's settings.
SETTING = "market_update"

#: ``fetch(url) -> body``: the only way this module reaches the network (tests inject one).
Fetch = Callable[[str], bytes]


class MarketUpdateError(CmrdeskError):
    """The update could not be done (network, publisher, or a malformed response); the vault
    is unchanged."""


@dataclass(frozen=True)
class Series:
    """One public series: where it comes from and what it becomes in the vault."""

    key: str  # the full SDMX key, e.g. "EXR.M.USD.EUR.SP00.E" (ECB) or "prc_hicp_manr/…"
    provider: str  # "ECB" or "Eurostat"
    layout: str  # "rate" (a benchmark) or "fx" (an exchange rate)
    name: str = ""  # rate layout: the benchmark's name (the shipped file's, so they merge)
    kind: RateKind | None = None
    region: str = "EUR"
    base: str = ""  # fx layout: one base bought <value> quote
    quote: str = ""
    expected: dict[str, str] = field(default_factory=dict)

    def url(self, start: date) -> str:
        """The HTTPS query for this series from ``start``'s month on."""
        query = {"startPeriod": start.strftime("%Y-%m")}
        if self.provider == "ECB":
            flow, rest = self.key.split(".", 1)
            query["format"] = "csvdata"
            return f"{ECB_DATA}/{flow}/{rest}?{urllib.parse.urlencode(query)}"
        dataset, rest = self.key.split("/", 1)
        query["format"] = "SDMX-CSV"
        return f"{EUROSTAT_DATA}/{dataset}/{rest}?{urllib.parse.urlencode(query)}"

    @property
    def source(self) -> str:
        """How a stored row names where it came from."""
        what = "ECB Data Portal" if self.provider == "ECB" else "Eurostat"
        return f"{what}, series {self.key}"


def _ecb_rate(key: str, name: str, kind: RateKind) -> Series:
    return Series(key, "ECB", "rate", name=name, kind=kind, expected={"KEY": key})


def _ecb_fx(quote: str) -> Series:
    key = f"EXR.M.{quote}.EUR.SP00.E"
    return Series(key, "ECB", "fx", base="EUR", quote=quote, expected={"KEY": key})


#: The series the advice uses (the names are those of the shipped files, so a fetched row and
#: a shipped row of the same benchmark are one series).
SERIES: tuple[Series, ...] = (
    _ecb_rate("MIR.M.U2.B.L22.A.R.A.2250.EUR.N",
              "Households, new deposits with agreed maturity (composite rate)",
              RateKind.SAVINGS),
    _ecb_rate("MIR.M.U2.B.A2C.AM.R.A.2250.EUR.N",
              "Households, composite cost of borrowing for house purchase", RateKind.MORTGAGE),
    _ecb_rate("MIR.M.U2.B.A2B.A.R.A.2250.EUR.N",
              "Households, new loans for consumption", RateKind.CONSUMER_LOAN),
    Series("prc_hicp_manr/M.RCH_A.CP00.EA", "Eurostat", "rate",
           name="Euro area HICP, annual rate of change", kind=RateKind.INFLATION,
           expected={"freq": "M", "unit": "RCH_A", "coicop": "CP00", "geo": "EA"}),
    *(_ecb_fx(quote) for quote in ("USD", "GBP", "CHF", "JPY")),
)


@dataclass(frozen=True)
class Fetched:
    """What one series gave: its observations (oldest first) and the query."""

    series: Series
    url: str
    observations: tuple[Observation, ...]

    def as_json(self) -> dict[str, Any]:
        """JSON-ready summary (no values: they are in the vault)."""
        return {
            "key": self.series.key,
            "provider": self.series.provider,
            "what": self.series.name or f"{self.series.base}/{self.series.quote}",
            "url": self.url,
            "observations": len(self.observations),
            "first": self.observations[0].day.isoformat(),
            "last": self.observations[-1].day.isoformat(),
        }


@dataclass(frozen=True)
class UpdateReport:
    """What an update fetched and stored, and when (the ``--json`` shape)."""

    fetched_at: datetime
    series: tuple[Fetched, ...]
    new: int
    updated: int

    def as_json(self) -> dict[str, Any]:
        """JSON-ready dict."""
        return {"fetched_at": self.fetched_at.isoformat(timespec="seconds"),
                "new": self.new, "updated": self.updated,
                "series": [f.as_json() for f in self.series]}


def https_get(url: str) -> bytes:
    """GET ``url`` over HTTPS (certificates verified) and return at most
    :data:`MAX_RESPONSE_BYTES` + 1 bytes of its body; only a fixed User-Agent and Accept are
    sent."""
    if not url.startswith("https://"):
        raise MarketUpdateError(f"refusing a non-HTTPS address: {url}")
    request = urllib.request.Request(url, headers={  # noqa: S310 - https only, checked above
        "User-Agent": f"cmrdesk/{__version__}", "Accept": "text/csv"})
    with urllib.request.urlopen(request, timeout=TIMEOUT) as response:  # noqa: S310 - same
        return bytes(response.read(MAX_RESPONSE_BYTES + 1))


def _start(today: date) -> date:
    months = today.year * 12 + today.month - 1 - MONTHS_BACK
    return date(months // 12, months % 12 + 1, 1)


def fetch_all(fetch: Fetch | None = None, *, today: date | None = None,
              series: tuple[Series, ...] = SERIES) -> list[Fetched]:
    """Fetch and validate every series; :class:`MarketUpdateError` (naming the series) on the
    first that cannot be fetched or read, so nothing is stored from a partial update."""
    get = fetch or https_get
    start = _start(today or date.today())
    out = []
    for one in series:
        url = one.url(start)
        try:
            body = get(url)
        except CmrdeskError:
            raise
        except Exception as error:  # network, TLS, HTTP status: all mean "not fetched"
            reason = getattr(error, "reason", None) or error
            raise MarketUpdateError(f"{one.provider} series {one.key} could not be fetched "
                                    f"({reason}); nothing was changed") from None
        try:
            observations = parse_sdmx_csv(body, f"{one.provider} {one.key}", one.expected)
        except ImportFormatError as error:
            raise MarketUpdateError(f"{error}; nothing was changed") from None
        if one.layout == "fx" and any(o.value <= 0 for o in observations):
            raise MarketUpdateError(f"{one.provider} {one.key}: an exchange rate that is not "
                                    "positive; nothing was changed")
        out.append(Fetched(one, url, tuple(observations)))
    return out


def market_csv(fetched: list[Fetched]) -> tuple[str, str]:
    """The fetched observations as the two market-data CSV texts ``(rates, fx)`` in the
    shipped format (what ``cmrdesk import`` reads)."""
    import csv
    import io

    rates, fx = io.StringIO(), io.StringIO()
    rate_writer, fx_writer = csv.writer(rates), csv.writer(fx)
    rate_writer.writerow(["date", "kind", "name", "region", "rate", "source"])
    fx_writer.writerow(["date", "base", "quote", "rate", "source"])
    for item in fetched:
        one = item.series
        for obs in item.observations:
            if one.layout == "rate":
                assert one.kind is not None
                rate_writer.writerow([obs.day.isoformat(), one.kind.value, one.name,
                                      one.region, f"{obs.value:f}", one.source])
            else:
                fx_writer.writerow([obs.day.isoformat(), one.base, one.quote,
                                    f"{obs.value:f}", one.source])
    return rates.getvalue(), fx.getvalue()


def update(session: VaultSession, fetch: Fetch | None = None, *,
           now: datetime | None = None) -> UpdateReport:
    """Fetch every series, store them through the market-data import, and record the update.

    All or nothing: a series that fails leaves the vault as it was. ``fetch`` replaces the
    HTTPS getter (tests use recorded responses)."""
    when = now or datetime.now(UTC)
    fetched = fetch_all(fetch, today=when.date())
    rates_text, fx_text = market_csv(fetched)
    new = updated = 0
    # The import reads files; the texts are public statistics, not the person's data.
    with tempfile.TemporaryDirectory(prefix="cmrdesk-market-") as folder:
        paths = []
        for name, text in (("market-rates.csv", rates_text), ("market-fx.csv", fx_text)):
            path = Path(folder) / name
            path.write_text(text, encoding="utf-8")
            paths.append(path)
        # Both files are validated before either is stored, so a bad one changes nothing.
        for path in paths:
            importing.import_file(session, path, format=importing.MARKET_FORMAT, dry_run=True)
        for path in paths:
            report = importing.import_file(session, path, format=importing.MARKET_FORMAT)
            new += report.new
            updated += report.duplicates
    result = UpdateReport(when, tuple(fetched), new, updated)
    session.update_settings(**{SETTING: result.as_json()})
    return result


def last_update(session: VaultSession) -> dict[str, Any] | None:
    """The summary of the last update stored in the vault (None: never updated)."""
    value = session.settings().get(SETTING)
    return value if isinstance(value, dict) else None


__all__ = [
    "SERIES", "Fetch", "Fetched", "MarketUpdateError", "Series", "UpdateReport", "fetch_all",
    "https_get", "last_update", "market_csv", "update",
]
