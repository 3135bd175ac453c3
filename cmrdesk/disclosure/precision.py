"""Precision: how much of a value leaves the machine.

========================  ==========================================  ======================
spec                      what the vendor learns                      example (64,344.13)
========================  ==========================================  ======================
``exact``                 the value                                   ``"64344.13"``
``round:STEP``            the nearest multiple of STEP (half-even)    ``round:1000`` ``"64000"``
``band:WIDTH``            the band ``[k*WIDTH, (k+1)*WIDTH)`` it is in ``band:25000``
                                                                      ``{"min": "50000",
                                                                      "max": "75000"}``
``atleast:THRESHOLD``     whether value >= THRESHOLD: yes or no       ``atleast:100000`` false
``omit``                  nothing: the field is not in the package
========================  ==========================================  ======================

From least to most revealing: omit, atleast, band, round, exact. Bands are aligned on
multiples of their width, so two disclosures of the same band never narrow it down by being
offset from each other. All arithmetic is ``Decimal``; nothing goes through a float.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_FLOOR, ROUND_HALF_EVEN, Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from cmrdesk.domain import ValidationError


class Level(StrEnum):
    """The kinds of precision, named as they are written in a spec (``band:25000``)."""

    EXACT = "exact"
    ROUND = "round"
    BAND = "band"
    ATLEAST = "atleast"
    OMIT = "omit"

    @property
    def takes_number(self) -> bool:
        """Whether the spec carries a number (step, width or threshold)."""
        return self in (Level.ROUND, Level.BAND, Level.ATLEAST)


#: How much each level reveals (higher: more). Used to order choices, least revealing first.
REVEALS = {Level.OMIT: 0, Level.ATLEAST: 1, Level.BAND: 2, Level.ROUND: 3, Level.EXACT: 4}


@dataclass(frozen=True)
class Precision:
    """One precision: a level and, for round/band/atleast, its step, width or threshold."""

    level: Level
    number: Decimal | None = None

    def __post_init__(self) -> None:
        if self.level.takes_number:
            if self.number is None or not self.number.is_finite():
                raise ValidationError("precision", f"{self.level.value} needs a number")
            if self.level is not Level.ATLEAST and self.number <= 0:
                raise ValidationError("precision", f"{self.level.value} needs a number above 0")
        elif self.number is not None:
            raise ValidationError("precision", f"{self.level.value} takes no number")

    @classmethod
    def parse(cls, spec: str) -> Precision:
        """``"exact"``, ``"round:100"``, ``"band:25000"``, ``"atleast:100000"``, ``"omit"``."""
        text = spec.strip().lower()
        name, _, number = text.partition(":")
        try:
            level = Level(name)
        except ValueError:
            raise ValidationError(
                "precision", f"{spec!r} is not exact, round:STEP, band:WIDTH, atleast:THRESHOLD "
                "or omit"
            ) from None
        if not level.takes_number:
            if number:
                raise ValidationError("precision", f"{level.value} takes no number")
            return cls(level)
        if not number:
            raise ValidationError("precision", f"{level.value} needs a number: {level.value}:N")
        try:
            value = Decimal(number.replace("_", ""))
        except InvalidOperation:
            raise ValidationError("precision", f"{number!r} is not a number") from None
        if not value.is_finite():
            raise ValidationError("precision", f"{number!r} is not a finite number")
        return cls(level, _plain(value))

    @property
    def spec(self) -> str:
        """The text form, which :meth:`parse` reads back."""
        if self.number is None:
            return self.level.value
        return f"{self.level.value}:{number_text(self.number)}"

    def __str__(self) -> str:
        return self.spec

    @property
    def reveals(self) -> int:
        """Rank from 0 (omit) to 4 (exact)."""
        return REVEALS[self.level]

    def apply(self, value: Decimal) -> Any:
        """The JSON form of ``value`` at this precision (see the module table).

        ``exact`` is handled by the caller, which knows how the value is written (money keeps
        its currency's decimals); here it returns the plain decimal text.
        """
        if self.level is Level.EXACT:
            return number_text(value)
        step = self.number
        assert step is not None  # checked in __post_init__
        if self.level is Level.ROUND:
            return number_text(round_to(value, step))
        if self.level is Level.BAND:
            low, high = band_of(value, step)
            return {"min": number_text(low), "max": number_text(high)}
        if self.level is Level.ATLEAST:
            return value >= step
        raise ValidationError("precision", "an omitted field has no value")


EXACT = Precision(Level.EXACT)
OMIT = Precision(Level.OMIT)


def round_to(value: Decimal, step: Decimal) -> Decimal:
    """The multiple of ``step`` nearest to ``value``, ties to even: ``round_to(64344, 1000)``
    is 64000."""
    return (value / step).to_integral_value(rounding=ROUND_HALF_EVEN) * step


def band_of(value: Decimal, width: Decimal) -> tuple[Decimal, Decimal]:
    """``(low, high)`` with ``low <= value < high``, ``low`` a multiple of ``width``."""
    low = (value / width).to_integral_value(rounding=ROUND_FLOOR) * width
    return low, low + width


def number_text(value: Decimal) -> str:
    """A decimal as plain text, never in exponent form: ``Decimal("1E+3")`` -> ``"1000"``."""
    value = _plain(value)
    text = f"{value:f}"
    return "0" if text in ("-0", "-0.0") else text


def _plain(value: Decimal) -> Decimal:
    """Drop trailing zeros after the point but keep integers whole (``"25000"``, ``"0.5"``)."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def nice_width(magnitude: Decimal) -> Decimal:
    """A round band width for a value of this size: about a fifth of it, on a 1-2.5-5 ladder.

    50,000 -> 10,000; 64,344 -> 10,000; 250,000 -> 50,000; 3,200 -> 500; 0 -> 1.
    """
    size = abs(magnitude)
    if size < 1:
        return Decimal(1)
    target = size / 5
    exponent = target.adjusted()
    best = Decimal(1).scaleb(exponent)
    for factor in (Decimal(1), Decimal("2.5"), Decimal(5), Decimal(10)):
        candidate = factor.scaleb(exponent)
        if candidate <= target:
            best = candidate
    return _plain(max(best, Decimal(1)))
