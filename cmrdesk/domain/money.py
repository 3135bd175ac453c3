"""Exact money: a ``Decimal`` amount with an ISO 4217 currency.

There is one way in (``Money.of`` or the constructor, both refusing floats) and amounts are
stored as integer minor units (``Money.minor``). Rounding is explicit and half-even unless a
caller asks for another mode.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation

from .errors import CurrencyMismatch, ValidationError

_CURRENCY = re.compile(r"^[A-Z]{3}$")

# ISO 4217 minor-unit exponents that differ from the usual 2.
_EXPONENTS: dict[str, int] = {
    "BIF": 0, "CLP": 0, "DJF": 0, "GNF": 0, "ISK": 0, "JPY": 0, "KMF": 0, "KRW": 0,
    "PYG": 0, "RWF": 0, "UGX": 0, "UYI": 0, "VND": 0, "VUV": 0, "XAF": 0, "XOF": 0,
    "XPF": 0,
    "BHD": 3, "IQD": 3, "JOD": 3, "KWD": 3, "LYD": 3, "OMR": 3, "TND": 3,
}

ZERO = Decimal(0)


def currency_exponent(currency: str) -> int:
    """Number of decimal places of the currency's minor unit (EUR 2, JPY 0, KWD 3)."""
    return _EXPONENTS.get(currency, 2)


_PLAIN = re.compile(r"[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)")


def parse_plain(text: str) -> Decimal | None:
    """A plain signed decimal (``-12.30``, ``-200,00``, ``+5``, ``.5``); ``None`` otherwise.

    The number grammar of files whose layout we know (OFX ``TRNAMT``, CAMT, MT940, market
    CSVs): one decimal mark, point or comma, and nothing else. Text from people and
    spreadsheets goes through the importers' lenient readers instead.
    """
    s = text.strip()
    if not _PLAIN.fullmatch(s):
        return None
    return Decimal(s.replace(",", "."))


def round_minor(value: Decimal) -> int:
    """Round a ``Decimal`` count of minor units to an ``int``, half-even.

    The rounding of every converted or computed amount that is kept in minor units (frames,
    balances, FX): the same rule as :meth:`Money.rounded`, for values already scaled.
    """
    return int(value.to_integral_value(rounding=ROUND_HALF_EVEN))


def check_currency(currency: object) -> str:
    """Return ``currency`` if it is a three-letter upper-case ISO code, else raise."""
    if not isinstance(currency, str) or not _CURRENCY.match(currency):
        raise ValidationError("currency", f"{currency!r} is not a three-letter ISO 4217 code")
    return currency


def to_decimal(value: object, field: str = "amount") -> Decimal:
    """Turn an int, a ``Decimal`` or a decimal string into a ``Decimal``; refuse floats.

    Floats are refused because they cannot hold most decimal amounts exactly.
    """
    if isinstance(value, bool):
        raise ValidationError(field, "a boolean is not an amount")
    if isinstance(value, float):
        raise TypeError(f"{field}: floats are not accepted for money; pass a str or Decimal")
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, str):
        try:
            result = Decimal(value.strip())
        except InvalidOperation:
            raise ValidationError(field, f"{value!r} is not a number") from None
    else:
        raise TypeError(f"{field}: {type(value).__name__} is not an amount")
    if not result.is_finite():
        raise ValidationError(field, "amount must be finite")
    return result


@dataclass(frozen=True, slots=True, order=False)
class Money:
    """An exact amount in one currency."""

    amount: Decimal
    currency: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "amount", to_decimal(self.amount))
        check_currency(self.currency)

    # --- construction ------------------------------------------------------------------------

    @classmethod
    def of(cls, amount: object, currency: str) -> Money:
        """``Money.of("12.30", "EUR")``; ints, strings and Decimals only."""
        return cls(to_decimal(amount), currency)

    @classmethod
    def from_minor(cls, minor: int, currency: str) -> Money:
        """Build from integer minor units: ``Money.from_minor(1230, "EUR")`` is EUR 12.30."""
        if not isinstance(minor, int) or isinstance(minor, bool):
            raise TypeError("minor units must be an int")
        exp = currency_exponent(check_currency(currency))
        return cls(Decimal(minor).scaleb(-exp), currency)

    @classmethod
    def zero(cls, currency: str) -> Money:
        """Zero in ``currency``."""
        return cls(ZERO, currency)

    # --- conversion --------------------------------------------------------------------------

    @property
    def minor(self) -> int:
        """The amount in integer minor units; raises if it has more decimals than the currency.

        Call :meth:`rounded` first where sub-cent precision may have arisen (interest, FX).
        """
        exp = currency_exponent(self.currency)
        scaled = self.amount.scaleb(exp)
        if scaled != scaled.to_integral_value():
            raise ValidationError(
                "amount", f"has more than {exp} decimals for {self.currency}; round it first"
            )
        return int(scaled)

    def rounded(self, rounding: str = ROUND_HALF_EVEN) -> Money:
        """Round to the currency's minor unit (half-even unless told otherwise)."""
        exp = currency_exponent(self.currency)
        quantum = Decimal(1).scaleb(-exp)
        return Money(self.amount.quantize(quantum, rounding=rounding), self.currency)

    def convert(self, rate: Decimal, currency: str) -> Money:
        """Convert at ``rate`` (units of ``currency`` per one unit of ours), rounded half-even."""
        return Money(self.amount * to_decimal(rate, "rate"), currency).rounded()

    def decimal_str(self) -> str:
        """The amount as a plain decimal string with the currency's decimals: ``"-12.30"``."""
        exp = currency_exponent(self.currency)
        value = self.amount.quantize(Decimal(1).scaleb(-exp)) if exp else self.amount.quantize(1)
        return f"{value:f}"

    # --- arithmetic --------------------------------------------------------------------------

    def _same(self, other: object) -> Money:
        if not isinstance(other, Money):
            raise TypeError(f"cannot combine Money with {type(other).__name__}")
        if other.currency != self.currency:
            raise CurrencyMismatch(self.currency, other.currency)
        return other

    def __add__(self, other: Money) -> Money:
        return Money(self.amount + self._same(other).amount, self.currency)

    def __sub__(self, other: Money) -> Money:
        return Money(self.amount - self._same(other).amount, self.currency)

    def __mul__(self, factor: object) -> Money:
        if isinstance(factor, Money):
            raise TypeError("cannot multiply money by money")
        return Money(self.amount * to_decimal(factor, "factor"), self.currency)

    __rmul__ = __mul__

    def __neg__(self) -> Money:
        return Money(-self.amount, self.currency)

    def __abs__(self) -> Money:
        return Money(abs(self.amount), self.currency)

    def __bool__(self) -> bool:
        return bool(self.amount)

    def __lt__(self, other: Money) -> bool:
        return self.amount < self._same(other).amount

    def __le__(self, other: Money) -> bool:
        return self.amount <= self._same(other).amount

    def __gt__(self, other: Money) -> bool:
        return self.amount > self._same(other).amount

    def __ge__(self, other: Money) -> bool:
        return self.amount >= self._same(other).amount

    def __str__(self) -> str:
        return f"{self.currency} {self.decimal_str()}"


def money_sum(items: list[Money] | tuple[Money, ...], currency: str) -> Money:
    """Sum of amounts that all share ``currency`` (zero for none)."""
    total = Money.zero(currency)
    for item in items:
        total = total + item
    return total
