"""The market-data CSV format: one reader for the shipped snapshot and for imported files."""

from datetime import date
from decimal import Decimal

import pytest

from cmrdesk.domain import (
    FxRate,
    ImportFormatError,
    MarketRate,
    RateKind,
    SecurityPrice,
    market_layout,
    read_market_csv,
)


def test_layouts_are_told_apart_by_the_header():
    assert market_layout("date,base,quote,rate,source,note") == ("fx", ",")
    assert market_layout('"Kind";"Date";"Name";"Region";"Rate"') == ("rate", ";")
    assert market_layout("\ufeffdate,symbol,price,currency") == ("price", ",")
    assert market_layout("date,amount,payee")[0] is None


def test_rows_become_domain_records_with_exact_decimals():
    text = (
        "date,base,quote,rate,source,note\n"
        "2024-03-28,EUR,usd,1.0811,ECB,quarter-end\n"
        "\n"
        "2024-06-28 16:00,EUR,JPY,171.94,,\n"
    )
    assert read_market_csv(text, "fx.csv") == [
        ("fx", FxRate(date=date(2024, 3, 28), base="EUR", quote="USD",
                      rate=Decimal("1.0811"), source="ECB")),
        ("fx", FxRate(date=date(2024, 6, 28), base="EUR", quote="JPY",
                      rate=Decimal("171.94"), source="csv")),
    ]


def test_semicolons_with_decimal_commas_and_negative_benchmarks():
    text = "date;kind;name;region;rate;source\n2024-01-31;EQUITY_RETURN;World;EUR;-3,5;x\n"
    ((layout, rate),) = read_market_csv(text, "r.csv")
    assert layout == "rate"
    assert rate == MarketRate(kind=RateKind.EQUITY_RETURN, name="World", region="EUR",
                              date=date(2024, 1, 31), rate=Decimal("-3.5"), source="x")


def test_prices_by_symbol():
    text = "date,symbol,price,currency\n2024-01-02,VWCE,110.52,eur\n"
    assert read_market_csv(text, "p.csv") == [
        ("price", SecurityPrice(date=date(2024, 1, 2), symbol="VWCE",
                                price=Decimal("110.52"), currency="EUR")),
    ]


@pytest.mark.parametrize(
    ("text", "line", "field"),
    [
        ("when,what\n1,2\n", 1, None),
        ("date,base,quote,rate\n2024-01-01,EUR,USD,1\n9019-01-01,EUR,USD,1\n", 3, "date"),
        ("date,base,quote,rate\n2024-02-30,EUR,USD,1\n", 2, "date"),
        ("date,base,quote,rate\n01/02/2024,EUR,USD,1\n", 2, "date"),
        ("date,base,quote,rate\n2024-01-01,EUR,USD,1e3\n", 2, "rate"),
        ("date,base,quote,rate\n2024-01-01,EUR,USD,0\n", 2, "rate"),
        ('date,kind,name,region,rate\n2024-01-01,savings,"two\nlines",DE,1\n'
         "2024-01-01,lottery,x,DE,1\n", 4, "kind"),
    ],
)
def test_errors_name_the_file_line_and_column(text, line, field):
    with pytest.raises(ImportFormatError) as err:
        read_market_csv(text, "bad.csv")
    assert (err.value.file, err.value.line, err.value.field) == ("bad.csv", line, field)
