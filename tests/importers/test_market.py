"""Market data CSVs: exchange rates, benchmark rates, security prices."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from cmrdesk.domain import FxRate, ImportFormatError, MarketRate, RateKind
from cmrdesk.importers import SecurityPrice, parse_market_csv


def test_fx_rates(tmp_file) -> None:
    path = tmp_file("fx.csv", "date,base,quote,rate,source\n2024-01-02,EUR,USD,1.0945,ECB\n\n")
    assert parse_market_csv(path) == [
        (
            "fx",
            FxRate(
                date=date(2024, 1, 2), base="EUR", quote="USD", rate=Decimal("1.0945"), source="ECB"
            ),
        )
    ]


def test_benchmark_rates_any_column_order_and_no_source(tmp_file) -> None:
    path = tmp_file("r.csv", "kind;date;name;region;rate\nsavings;2024-01-31;Tagesgeld;DE;3,1\n")
    ((kind, rate),) = parse_market_csv(path)
    assert kind == "rate"
    assert rate == MarketRate(
        kind=RateKind.SAVINGS,
        name="Tagesgeld",
        region="DE",
        date=date(2024, 1, 31),
        rate=Decimal("3.1"),
        source="csv",
    )


def test_security_prices(tmp_file) -> None:
    path = tmp_file("p.csv", "date,symbol,price,currency\n2024-01-02,VWCE,110.52,eur\n")
    assert parse_market_csv(path) == [
        (
            "price",
            SecurityPrice(
                date=date(2024, 1, 2), symbol="VWCE", price=Decimal("110.52"), currency="EUR"
            ),
        )
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("when,what\n1,2\n", "line 1: the header must be"),
        ("date,base,quote,rate\n2024-13-01,EUR,USD,1\n", "line 2: date: '2024-13-01'"),
        ("date,base,quote,rate\n2024-01-01,EURO,USD,1\n", "line 2: base: 'EURO' is not"),
        ("date,base,quote,rate\n2024-01-01,EUR,USD,-1\n", "line 2: rate: '-1' must be greater"),
        ("date,base,quote,rate\n2024-01-01,EUR,USD,abc\n", "line 2: rate: 'abc' is not a number"),
        ("date,kind,name,region,rate\n2024-01-01,lottery,x,DE,1\n", "line 2: kind: 'lottery'"),
        ("date,symbol,price,currency\n2024-01-01,,1,EUR\n", "line 2: symbol: is empty"),
    ],
)
def test_errors_name_line_and_column(tmp_file, text: str, message: str) -> None:
    with pytest.raises(ImportFormatError) as err:
        parse_market_csv(tmp_file("bad.csv", text))
    assert message in str(err.value)
