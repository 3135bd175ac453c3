"""``cmrdesk market update``: recorded responses through an injected fetcher; nothing here, and
nothing in the default run, reaches the network."""

import socket
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from urllib.parse import urlparse

import pytest

from cmrdesk.domain import FxRate, MarketRate, RateKind
from cmrdesk.services import market_update
from cmrdesk.services.market_update import SERIES, MarketUpdateError, update

DATA = Path(__file__).parents[1] / "data" / "market"
NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)


def recorded(url: str) -> bytes:
    """The recorded response for a query (by the series key in its path)."""
    parts = urlparse(url)
    assert parts.scheme == "https"
    if parts.netloc == "ec.europa.eu":
        return (DATA / "prc_hicp_manr.csv").read_bytes()
    flow, key = parts.path.rsplit("/", 2)[-2:]
    return (DATA / f"{flow}.{key}.csv").read_bytes()


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Any attempt to open a connection fails the test."""
    opened = []

    def refuse(*args, **kwargs):
        opened.append(args)
        raise AssertionError("a test tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    return opened


def test_the_queries_ask_for_the_series_and_nothing_about_the_user():
    urls = [one.url(date(2024, 11, 1)) for one in SERIES]
    assert urls[0] == ("https://data-api.ecb.europa.eu/service/data/MIR/"
                       "M.U2.B.L22.A.R.A.2250.EUR.N?startPeriod=2024-11&format=csvdata")
    assert ("https://ec.europa.eu/eurostat/api/dissemination/sdmx/2.1/data/prc_hicp_manr/"
            "M.RCH_A.CP00.EA?startPeriod=2024-11&format=SDMX-CSV") in urls
    assert all(url.startswith("https://") for url in urls)
    assert {q for one in SERIES for q in urlparse(one.url(date(2024, 11, 1))).query.split("&")
            } <= {"startPeriod=2024-11", "format=csvdata", "format=SDMX-CSV"}


def test_update_stores_dated_sourced_rows_and_records_when(session, no_network):
    report = update(session, recorded, now=NOW)
    assert report.new == 6 * 3 + 6 + 6 * 4 and report.updated == 0
    rates = session.list(MarketRate)
    savings = sorted((r for r in rates if r.kind == RateKind.SAVINGS), key=lambda r: r.date)
    assert savings[-1].date == date(2026, 9, 30) and savings[-1].rate == Decimal("1.68")
    assert savings[-1].source == "ECB Data Portal, series MIR.M.U2.B.L22.A.R.A.2250.EUR.N"
    assert savings[-1].name == "Households, new deposits with agreed maturity (composite rate)"
    inflation = [r for r in rates if r.kind == RateKind.INFLATION]
    assert max(r.date for r in inflation) == date(2026, 9, 30)  # October not yet published
    usd = [r for r in session.list(FxRate) if r.quote == "USD"]
    assert len(usd) == 6 and all(r.base == "EUR" for r in usd)
    last = market_update.last_update(session)
    assert last["fetched_at"] == "2026-11-23T09:30:00+00:00"
    assert {s["key"] for s in last["series"]} == {s.key for s in SERIES}
    assert no_network == []
    # Again: the same rows are updated, not doubled.
    again = update(session, recorded, now=NOW)
    assert again.new == 0 and again.updated == report.new
    assert len(session.list(MarketRate)) == 24


def test_one_malformed_response_refuses_the_whole_update(session):
    def broken(url: str) -> bytes:
        body = recorded(url)
        return body.replace(b",2026-06,1.1570,", b",2026-06,1.15.70,") if "USD" in url else body

    with pytest.raises(MarketUpdateError, match=r"EXR.M.USD.EUR.SP00.E: line 4: OBS_VALUE.*"
                                                r"nothing was changed"):
        update(session, broken, now=NOW)
    assert session.list(MarketRate) == [] and session.list(FxRate) == []
    assert market_update.last_update(session) is None


def test_a_response_for_another_series_is_refused(session):
    def swapped(url: str) -> bytes:
        return recorded(url.replace("GBP", "USD"))

    with pytest.raises(MarketUpdateError, match="is not the series asked for"):
        update(session, swapped, now=NOW)
    assert session.list(FxRate) == []


def test_a_network_failure_changes_nothing(session):
    def offline(url: str) -> bytes:
        raise OSError("Network is unreachable")

    with pytest.raises(MarketUpdateError, match=r"could not be fetched.*nothing was changed"):
        update(session, offline, now=NOW)
    assert session.list(MarketRate) == []


def test_the_default_getter_refuses_plain_http_and_would_use_the_socket(no_network):
    with pytest.raises(MarketUpdateError, match="non-HTTPS"):
        market_update.https_get("http://data-api.ecb.europa.eu/service/data/EXR/M.USD")
    # The real getter goes through the socket layer this test blocks: proof that the
    # blocking above would catch any test that reached the network by accident.
    with pytest.raises(MarketUpdateError):
        update_with_default = market_update.fetch_all(None, today=date(2026, 11, 23),
                                                      series=SERIES[:1])
        del update_with_default
    assert no_network


def test_cli_market_update_json(session, monkeypatch, capsys):
    import json

    from cmrdesk.cli.main import main
    from tests.conftest import PASSPHRASE

    path = session.path
    session.close()
    monkeypatch.setenv("CMRDESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setattr(market_update, "https_get", recorded)
    assert main(["market", "update", "--vault", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"fetched_at", "new", "updated", "series"}
    assert data["new"] == 48 and len(data["series"]) == len(SERIES)
    assert set(data["series"][0]) == {"key", "provider", "what", "url", "observations",
                                      "first", "last"}
    monkeypatch.setattr(market_update, "https_get", lambda url: b"<html>down</html>")
    assert main(["market", "update", "--vault", str(path)]) == 1
    assert "not CSV" in capsys.readouterr().err
