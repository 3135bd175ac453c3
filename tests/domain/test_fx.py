"""Dated exchange rates: as-of lookup, inversion, pivots, precedence, exact rounding, and the
``Money`` and minor-unit paths giving the same answer."""

from datetime import date
from decimal import Decimal

import pytest

from cmrdesk.domain import FxRate, FxTable, MissingRate, Money, round_minor, to_epoch_day


def rate(day: str, base: str, quote: str, value: str) -> FxRate:
    return FxRate(date=date.fromisoformat(day), base=base, quote=quote, rate=Decimal(value))


def d(text: str) -> date:
    return date.fromisoformat(text)


def table() -> FxTable:
    return FxTable([
        rate("2024-01-01", "EUR", "USD", "1.10"),
        rate("2024-06-01", "EUR", "USD", "1.25"),
    ])


def test_uses_latest_rate_on_or_before_the_date():
    fx = table()
    assert fx.convert(Money.of("100", "EUR"), "USD", d("2024-05-31")) == Money.of("110", "USD")
    assert fx.convert(Money.of("100", "EUR"), "USD", d("2024-06-01")) == Money.of("125", "USD")
    assert fx.rate("EUR", "USD", d("2030-01-01")) == Decimal("1.25")


def test_before_the_first_rate_the_earliest_is_used():
    assert table().rate("EUR", "USD", d("2020-06-01")) == Decimal("1.10")


def test_a_day_is_a_date_or_an_epoch_day():
    fx = table()
    assert fx.rate("EUR", "USD", to_epoch_day(d("2024-06-01"))) == Decimal("1.25")
    assert fx.rate("EUR", "USD", to_epoch_day(d("2024-05-31"))) == Decimal("1.10")


def test_inverse_direction_is_rounded_half_even():
    fx = table()
    assert fx.convert(Money.of("125", "USD"), "EUR", d("2024-07-01")) == Money.of("100", "EUR")
    assert fx.convert(Money.of("1", "USD"), "EUR", d("2024-02-01")).decimal_str() == "0.91"


def test_a_rate_in_this_direction_wins_over_the_inverse_of_the_other():
    fx = FxTable([
        rate("2025-01-01", "EUR", "USD", "1.25"),
        rate("2025-01-01", "USD", "EUR", "0.81"),
    ])
    assert fx.rate("USD", "EUR", d("2025-01-02")) == Decimal("0.81")
    assert fx.rate("EUR", "USD", d("2025-01-02")) == Decimal("1.25")


def test_inverse_and_pivot():
    fx = FxTable([
        rate("2025-01-01", "EUR", "USD", "1.25"),
        rate("2025-01-01", "EUR", "GBP", "0.80"),
    ])
    assert fx.rate("USD", "EUR", d("2025-01-02")) == Decimal("0.8")
    # USD -> EUR -> GBP: 0.8 * 0.8
    assert fx.rate("USD", "GBP", d("2025-01-02")) == Decimal("0.64")


def test_unknown_pair_is_a_typed_error():
    with pytest.raises(MissingRate):
        table().convert(Money.of("1", "GBP"), "EUR", d("2024-01-01"))
    with pytest.raises(MissingRate):
        FxTable([]).rate("EUR", "CHF", d("2025-01-01"))


def test_own_rates_replace_the_fallback_for_that_pair():
    own = [rate("2025-01-01", "EUR", "USD", "1.20")]
    shipped = [rate("2025-03-01", "USD", "EUR", "1.00"), rate("2025-03-01", "EUR", "GBP", "0.9")]
    fx = FxTable(own, shipped)
    assert fx.rate("EUR", "USD", d("2025-06-01")) == Decimal("1.20")  # not the newer shipped
    assert fx.rate("USD", "EUR", d("2025-06-01")) == 1 / Decimal("1.20")  # own, inverted
    assert fx.rate("EUR", "GBP", d("2025-06-01")) == Decimal("0.9")  # fallback fills the gap


def test_minor_units_convert_exactly_and_round_half_even():
    fx = FxTable([rate("2025-01-01", "EUR", "JPY", "160")])
    # 12.34 EUR = 1974.4 JPY -> 1974; JPY has no minor unit
    assert fx.convert_minor(1234, "EUR", "JPY", d("2025-01-02")) == 1974
    assert round_minor(Decimal("2.5")) == 2
    assert round_minor(Decimal("3.5")) == 4
    assert round_minor(Decimal("-2.5")) == -2


# Direct, inverse-only (USD->EUR is only known as EUR->USD), a zero-decimal and a
# three-decimal currency, a pivot (USD -> EUR -> JPY) and a pair with no rate at all.
AGREEMENT_RATES = [
    rate("2024-01-01", "EUR", "USD", "1.0937"),
    rate("2024-03-15", "EUR", "USD", "1.0871"),
    rate("2024-01-01", "EUR", "JPY", "157.12"),
    rate("2024-02-01", "KWD", "EUR", "2.9913"),
]
AGREEMENT_PAIRS = [
    ("EUR", "USD"), ("USD", "EUR"), ("EUR", "JPY"), ("JPY", "EUR"),
    ("KWD", "EUR"), ("EUR", "KWD"), ("USD", "JPY"), ("KWD", "USD"), ("EUR", "EUR"),
    ("EUR", "CHF"), ("CHF", "USD"),
]
AGREEMENT_DAYS = ["2023-06-30", "2024-01-01", "2024-03-14", "2024-03-15", "2025-12-31"]
AGREEMENT_AMOUNTS = ["0", "0.01", "-0.05", "1", "12.34", "-999.99", "123456.78"]


@pytest.mark.parametrize(("source", "target"), AGREEMENT_PAIRS)
def test_money_and_minor_unit_paths_agree(source, target):
    """``convert`` (one ``Money``, the services) and ``convert_minor``/``minor_factor`` (integer
    minor units, the insights' frames) give the same amount, and fail on the same pairs."""
    fx = FxTable(AGREEMENT_RATES)
    for text in AGREEMENT_DAYS:
        day = d(text)
        for amount in AGREEMENT_AMOUNTS:
            money = Money.of(amount, source).rounded()
            try:
                expected = fx.convert(money, target, day)
            except MissingRate:
                with pytest.raises(MissingRate):
                    fx.convert_minor(money.minor, source, target, to_epoch_day(day))
                with pytest.raises(MissingRate):
                    fx.minor_factor(source, target, day)
                continue
            by_minor = fx.convert_minor(money.minor, source, target, to_epoch_day(day))
            assert by_minor == expected.minor
            by_factor = round_minor(money.minor * fx.minor_factor(source, target, day))
            assert by_factor == expected.minor
