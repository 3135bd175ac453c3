"""The shipped market snapshot, its loader, and how a benchmark is picked."""

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from cmrdesk.domain import ImportFormatError, MarketRate, RateKind
from cmrdesk.insights.benchmarks import (
    age_text,
    benchmark_series,
    find_benchmark,
    is_stale,
    load_market_csv,
    market_dir,
    months_old,
    shipped_fx_rates,
    shipped_market,
    shipped_market_files,
)


def test_snapshot_is_shipped_with_sources_for_every_row():
    files = shipped_market_files()
    names = {f.name for f in files}
    assert {"savings_rates.csv", "mortgage_rates.csv", "consumer_loan_rates.csv",
            "inflation.csv", "fx_eur_reference.csv"} <= names
    assert (market_dir() / "SOURCES.md").is_file()
    for market in shipped_market():
        rows = [*market.rates, *market.fx]
        assert rows, market.path
        assert all(row.source for row in rows)
        assert all(date(2024, 1, 1) <= row.date <= date(2026, 12, 31) for row in rows)
    assert any(r.quote == "USD" for r in shipped_fx_rates())


def test_market_dir_is_relative_to_the_source_tree():
    assert market_dir() == Path(__file__).resolve().parents[2] / "resources" / "market"


def test_loader_reads_decimal_rates_and_refuses_bad_rows(tmp_path):
    good = tmp_path / "rates.csv"
    good.write_text("date,kind,name,region,rate,source\n"
                    "2025-05-31,savings,Best buy,EUR,3.10,Example survey\n", encoding="utf-8")
    (rate,) = load_market_csv(good).rates
    assert rate.rate == Decimal("3.10") and rate.kind == RateKind.SAVINGS
    bad = tmp_path / "bad.csv"
    bad.write_text("date,base,quote,rate,source\n2025-05-31,EUR,USD,abc,ECB\n", encoding="utf-8")
    with pytest.raises(ImportFormatError, match="line 2"):
        load_market_csv(bad)
    neither = tmp_path / "neither.csv"
    neither.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(ImportFormatError):
        load_market_csv(neither)


def own(day: str, value: str, kind: RateKind = RateKind.SAVINGS) -> MarketRate:
    return MarketRate(kind=kind, name="mine", region="EUR", date=date.fromisoformat(day),
                      rate=Decimal(value), source="my bank survey")


def test_latest_on_or_before_the_day_and_own_wins_a_tie():
    shipped = shipped_market()
    found = find_benchmark(RateKind.SAVINGS, "EUR", date(2025, 7, 1), [], shipped)
    assert found is not None and found.rate.date == date(2025, 6, 30)
    assert found.reference()["file"] == "resources/market/savings_rates.csv"
    tie = find_benchmark(RateKind.SAVINGS, "EUR", date(2025, 7, 1), [own("2025-06-30", "3")])
    assert tie is not None and tie.file == "vault: my bank survey"
    newer = find_benchmark(RateKind.SAVINGS, "EUR", date(2025, 7, 1), [own("2025-06-01", "3")])
    assert newer is not None and newer.rate.date == date(2025, 6, 30)
    assert find_benchmark(RateKind.SAVINGS, "EUR", date(2020, 1, 1)) is None
    assert find_benchmark(RateKind.SAVINGS, "XXX", date(2026, 1, 1)) is None


def test_shipped_files_read_the_same_as_an_import_of_them():
    """The snapshot and an imported market file are one format with one reader: importing a
    shipped file gives exactly the records the insights use."""
    from cmrdesk.importers import parse_market_csv

    for market in shipped_market():
        imported = [record for _kind, record in parse_market_csv(market.path)]
        assert imported == [*market.rates, *market.fx], market.path


def test_a_price_file_is_not_a_shipped_market_file(tmp_path):
    prices = tmp_path / "prices.csv"
    prices.write_text("date,symbol,price,currency\n2025-01-02,VWCE,110.52,EUR\n", encoding="utf-8")
    with pytest.raises(ImportFormatError, match="line 1"):
        load_market_csv(prices)


def test_a_benchmark_older_than_three_months_is_stale_and_says_its_age():
    day = date(2025, 10, 31)
    assert months_old(day, date(2026, 12, 6)) == 13
    assert months_old(day, date(2026, 11, 29)) == 12
    assert months_old(day, date(2026, 11, 30)) == 13  # month end to month end
    assert months_old(day, day) == 0
    assert not is_stale(day, date(2026, 1, 31)) and is_stale(day, date(2026, 2, 1))
    assert age_text(day, date(2026, 12, 6)) == "from 2025-10-31, 13 months old"
    assert age_text(day, date(2025, 12, 1)) == "from 2025-10-31"
    assert age_text(date(2026, 1, 31), date(2026, 5, 1)) == "from 2026-01-31, 3 months old"


def test_benchmark_series_lists_each_series_with_its_latest_date_and_age():
    own = [MarketRate(kind=RateKind.SAVINGS, name="My bank survey", region="EUR",
                      date=date(2026, 11, 30), rate=Decimal("2.1"), source="survey")]
    series = {(b.kind, b.region): b for b in benchmark_series(date(2026, 12, 6), own)}
    assert {RateKind.SAVINGS, RateKind.MORTGAGE, RateKind.CONSUMER_LOAN,
            RateKind.INFLATION} <= {k for k, _ in series}
    savings = series[(RateKind.SAVINGS, "EUR")]
    assert (savings.date, savings.stale, savings.age_months) == (date(2026, 11, 30), False, 0)
    mortgage = series[(RateKind.MORTGAGE, "EUR")]
    assert mortgage.date == date(2025, 10, 31) and mortgage.stale and mortgage.age_months == 13
