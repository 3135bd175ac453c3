"""Dated exchange rates: as-of lookup, inversion, pivots, precedence, exact rounding."""

from datetime import date
from decimal import Decimal

import pytest

from cmrdesk.domain import FxRate, MissingRate, to_epoch_day
from cmrdesk.insights.fx import FxTable, round_minor


def rate(day: str, base: str, quote: str, value: str) -> FxRate:
    return FxRate(date=date.fromisoformat(day), base=base, quote=quote, rate=Decimal(value))


def d(text: str) -> int:
    return to_epoch_day(date.fromisoformat(text))


def test_latest_rate_on_or_before_the_day():
    table = FxTable([rate("2025-01-01", "EUR", "USD", "1.10"),
                     rate("2025-02-01", "EUR", "USD", "1.05")])
    assert table.rate("EUR", "USD", d("2025-01-31")) == Decimal("1.10")
    assert table.rate("EUR", "USD", d("2025-02-01")) == Decimal("1.05")
    assert table.rate("EUR", "USD", d("2030-01-01")) == Decimal("1.05")


def test_before_the_first_rate_the_earliest_is_used():
    table = FxTable([rate("2025-01-01", "EUR", "USD", "1.10")])
    assert table.rate("EUR", "USD", d("2020-06-01")) == Decimal("1.10")


def test_inverse_and_pivot():
    table = FxTable([rate("2025-01-01", "EUR", "USD", "1.25"),
                     rate("2025-01-01", "EUR", "GBP", "0.80")])
    assert table.rate("USD", "EUR", d("2025-01-02")) == Decimal("0.8")
    # USD -> EUR -> GBP: 0.8 * 0.8
    assert table.rate("USD", "GBP", d("2025-01-02")) == Decimal("0.64")


def test_missing_pair_raises_a_typed_error():
    with pytest.raises(MissingRate):
        FxTable([]).rate("EUR", "CHF", d("2025-01-01"))


def test_own_rates_replace_the_fallback_for_that_pair():
    own = [rate("2025-01-01", "EUR", "USD", "1.20")]
    shipped = [rate("2025-03-01", "EUR", "USD", "1.00"), rate("2025-03-01", "EUR", "GBP", "0.9")]
    table = FxTable(own, shipped)
    assert table.rate("EUR", "USD", d("2025-06-01")) == Decimal("1.20")  # not the newer shipped
    assert table.rate("EUR", "GBP", d("2025-06-01")) == Decimal("0.9")  # fallback fills the gap


def test_minor_units_convert_exactly_and_round_half_even():
    table = FxTable([rate("2025-01-01", "EUR", "JPY", "160")])
    # 12.34 EUR = 1974.4 JPY -> 1974; JPY has no minor unit
    assert table.convert_minor(1234, "EUR", "JPY", d("2025-01-02")) == 1974
    assert round_minor(Decimal("2.5")) == 2
    assert round_minor(Decimal("3.5")) == 4
    assert round_minor(Decimal("-2.5")) == -2
