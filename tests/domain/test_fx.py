"""Dated exchange rates: latest on or before the date, either direction."""

from datetime import date
from decimal import Decimal

import pytest

from cmrdesk.domain import FxRate, FxTable, MissingRate, Money


def table() -> FxTable:
    return FxTable([
        FxRate(date=date(2024, 1, 1), base="EUR", quote="USD", rate=Decimal("1.10")),
        FxRate(date=date(2024, 6, 1), base="EUR", quote="USD", rate=Decimal("1.25")),
    ])


def test_uses_latest_rate_on_or_before_the_date():
    fx = table()
    assert fx.convert(Money.of("100", "EUR"), "USD", date(2024, 5, 31)) == Money.of("110", "USD")
    assert fx.convert(Money.of("100", "EUR"), "USD", date(2024, 6, 1)) == Money.of("125", "USD")


def test_inverse_direction_is_rounded_half_even():
    fx = table()
    assert fx.convert(Money.of("125", "USD"), "EUR", date(2024, 7, 1)) == Money.of("100", "EUR")
    assert fx.convert(Money.of("1", "USD"), "EUR", date(2024, 2, 1)).decimal_str() == "0.91"


def test_unknown_pair_is_a_typed_error():
    with pytest.raises(MissingRate):
        table().convert(Money.of("1", "GBP"), "EUR", date(2024, 1, 1))
