"""Figures as text for the report and the advice sentences (not for the UI, which formats
numbers through the locale itself from the raw figures).

JSON output uses plain decimal strings (``"-12.30"``) so nothing is lost; sentences use a
readable form (``"EUR 12,400.00"``, ``"3.1%"``).
"""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal
from numbers import Integral

from cmrdesk.domain import Money, currency_exponent


def minor_to_decimal(minor: int | Integral, currency: str) -> Decimal:
    """Integer minor units as an exact ``Decimal`` amount of ``currency``."""
    return Money.from_minor(int(minor), currency).amount


def quantize(amount: Decimal, currency: str) -> Decimal:
    """Round to the currency's minor unit, half-even."""
    return amount.quantize(Decimal(1).scaleb(-currency_exponent(currency)), ROUND_HALF_EVEN)


def decimal_text(amount: Decimal | int | Integral, currency: str) -> str:
    """JSON form of an amount: ``"-12.30"`` (integers, numpy's too, are minor units)."""
    if isinstance(amount, Integral):
        amount = int(amount)
        # Integer arithmetic: reports format thousands of figures, Decimal is slower.
        places = currency_exponent(currency)
        whole, part = divmod(abs(amount), 10**places)
        sign = "-" if amount < 0 else ""
        return f"{sign}{whole}.{part:0{places}d}" if places else f"{sign}{whole}"
    return Money(quantize(amount, currency), currency).decimal_str()


def money_text(amount: Decimal | int | Integral, currency: str) -> str:
    """Sentence form: ``"EUR 12,400.00"`` (integers, numpy's too, are minor units)."""
    if isinstance(amount, Integral):
        amount = minor_to_decimal(amount, currency)
    places = currency_exponent(currency)
    return f"{currency} {quantize(amount, currency):,.{places}f}"


def percent_text(value: Decimal) -> str:
    """``Decimal("3.10")`` -> ``"3.1%"``: yearly rates and shares given in percent."""
    text = f"{value.normalize():f}"
    return f"{text}%"


def ratio_percent(ratio: Decimal, places: int = 1) -> Decimal:
    """A fraction as a percentage rounded half-even: ``0.1834`` -> ``18.3``."""
    return (ratio * 100).quantize(Decimal(1).scaleb(-places), ROUND_HALF_EVEN)
