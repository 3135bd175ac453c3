"""Money is exact: Decimal amounts, integer minor units, no floats anywhere."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cmrdesk.domain import CurrencyMismatch, Money, ValidationError, money_sum


def test_float_is_rejected_everywhere():
    with pytest.raises(TypeError, match="float"):
        Money.of(12.3, "EUR")
    with pytest.raises(TypeError, match="float"):
        Money(0.1, "EUR")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Money.of("1", "EUR") * 1.5


def test_minor_units_round_trip_and_currency_exponents():
    assert Money.of("12.30", "EUR").minor == 1230
    assert Money.from_minor(-1230, "EUR") == Money.of("-12.30", "EUR")
    assert Money.from_minor(1500, "JPY").decimal_str() == "1500"
    assert Money.from_minor(1500, "KWD").decimal_str() == "1.500"


def test_minor_refuses_sub_cent_amounts_until_rounded_half_even():
    third = Money.of("0.125", "EUR")
    with pytest.raises(ValidationError):
        _ = third.minor
    assert third.rounded().minor == 12  # half-even: 0.125 -> 0.12
    assert Money.of("0.135", "EUR").rounded().minor == 14


def test_mixing_currencies_is_an_error():
    with pytest.raises(CurrencyMismatch):
        Money.of("1", "EUR") + Money.of("1", "USD")


def test_bad_input_names_the_field():
    with pytest.raises(ValidationError, match="amount"):
        Money.of("12,3,4", "EUR")
    with pytest.raises(ValidationError, match="currency"):
        Money.of("1", "euro")


def test_decimal_string_keeps_currency_decimals():
    assert Money.of("-12.3", "EUR").decimal_str() == "-12.30"
    assert str(Money.of("5", "USD")) == "USD 5.00"


@given(st.lists(st.integers(min_value=-10**12, max_value=10**12), max_size=50))
def test_sum_of_money_equals_sum_of_minor_units(values):
    total = money_sum([Money.from_minor(v, "EUR") for v in values], "EUR")
    assert total.minor == sum(values)
    assert isinstance(total.amount, Decimal)
