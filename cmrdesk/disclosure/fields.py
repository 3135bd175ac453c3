"""The field catalogue model: one named fact about the customer, its current value, and the
precisions it may leave the machine at.

The catalogue itself is built by the services layer from the vault; this module says what a
field is, which precisions fit its kind, which is the least revealing useful default, and what
a field looks like in a disclosure (:meth:`CatalogueField.disclose`).

Labels and names must never contain a value: they are in the package whenever the field is
chosen, and another field's value must not ride along in them.

Known, unknown, not applicable
------------------------------
cmrdesk only knows what was keyed in or imported, and it cannot tell "the person has none"
from "the person has not told cmrdesk". So a value is never made up from missing data:

* **known** (``known=True``): ``value`` holds the figure, computed from data that covers what
  the field speaks of (a 12-month average from 12 months of records, a balance from a known
  opening balance, ...).
* **unknown** (``known=False``): ``value`` is ``None``; ``why`` says in a sentence a person
  understands why it is unknown ("unknown: only 10 months of history, 24 needed"), and
  ``where`` names where it can be keyed in (one of :data:`WHERE`). Unknown fields stay in the
  catalogue so the picker can show them, but they can never be disclosed:
  :meth:`CatalogueField.disclose` raises :class:`ValueUnknown`.
* **not applicable**: a field about one particular thing the person has (one account, one
  policy, one holding, one recurring payment, one spending category) exists only when that
  thing exists; there is nothing to name otherwise, so the field is simply not in the
  catalogue. Fields about the person as a whole (profile, income, totals, debts, facts) are
  always in the catalogue, known or unknown: "no debt account keyed in" is unknown, not 0.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

from cmrdesk.domain import Money, ValidationError

from .precision import EXACT, Level, Precision, band_of, nice_width, number_text

_NAME = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,119}$")

#: Where a person keys in what makes an unknown field known (the UI maps these to pages).
WHERE = ("profile", "income", "accounts", "policies", "goals", "holdings", "transactions",
         "import")


class ValueUnknown(ValidationError):
    """A field whose value is not known was asked to leave the machine.

    ``field`` is the field name, ``reason`` the field's ``why`` and ``where`` where it can be
    keyed in; ``str()`` is ``"<name>: <why>"``. Nothing is written when it is raised.
    """

    def __init__(self, field: str, reason: str, where: str = "") -> None:
        super().__init__(field, reason)
        self.where = where


class ValueKind(StrEnum):
    """What sort of value a field holds, which decides the precisions it accepts."""

    MONEY = "money"  # an amount in ``currency``
    NUMBER = "number"  # a count, a number of years or months, a percentage
    TEXT = "text"
    DATE = "date"
    FACT = "fact"  # a derived yes/no fact ("no overdraft in the last 12 months")

    @property
    def numeric(self) -> bool:
        """Money and numbers can be rounded, banded and compared with a threshold."""
        return self in (ValueKind.MONEY, ValueKind.NUMBER)


FieldValue = Decimal | str | date | bool


@dataclass(frozen=True)
class CatalogueField:
    """One field of the catalogue with its current value.

    ``default`` is the least revealing precision that still answers a typical purpose;
    ``choices`` are suggested precisions, least revealing first (any other step, width or
    threshold is allowed too for numeric fields).

    ``known`` is ``False`` for a field whose value the vault cannot support (``value`` is then
    ``None``); ``why`` says why in words, ``where`` where to key it in (see :data:`WHERE` and
    the module docstring).
    """

    name: str
    label: str
    group: str
    kind: ValueKind
    value: FieldValue | None
    currency: str = ""
    unit: str = ""
    default: Precision = EXACT
    choices: tuple[Precision, ...] = field(default=())
    known: bool = True
    why: str = ""
    where: str = ""

    def __post_init__(self) -> None:
        if not _NAME.match(self.name):
            raise ValidationError("field", f"{self.name!r} is not a valid field name")
        if self.where not in ("", *WHERE):
            raise ValidationError(self.name, f"{self.where!r} is not a place to key data in")
        if not self.known:
            if self.value is not None:
                raise ValidationError(self.name, "an unknown field has no value")
            if not self.why.strip():
                raise ValidationError(self.name, "an unknown field needs a reason (why)")
            if self.kind is ValueKind.MONEY and not self.currency:
                raise ValidationError(self.name, "a money field needs a currency")
            self.check(self.default)
            if not self.choices:
                object.__setattr__(self, "choices", (EXACT,))
            return
        expected = {
            ValueKind.MONEY: Decimal, ValueKind.NUMBER: Decimal, ValueKind.TEXT: str,
            ValueKind.DATE: date, ValueKind.FACT: bool,
        }[self.kind]
        if not isinstance(self.value, expected) or (
            self.kind is ValueKind.NUMBER and isinstance(self.value, bool)
        ):
            raise ValidationError(self.name, f"a {self.kind.value} field needs a "
                                  f"{expected.__name__} value")
        if self.kind is ValueKind.MONEY and not self.currency:
            raise ValidationError(self.name, "a money field needs a currency")
        self.check(self.default)
        if not self.choices:
            object.__setattr__(self, "choices", suggested_choices(self))

    # --- precision ---------------------------------------------------------------------------

    def allows(self, precision: Precision) -> bool:
        """Whether ``precision`` fits this field (text, dates and facts are exact or omitted)."""
        return self.kind.numeric or precision.level in (Level.EXACT, Level.OMIT)

    def check(self, precision: Precision) -> Precision:
        """``precision`` if it fits, else a ``ValidationError`` naming the field."""
        if not self.allows(precision):
            raise ValidationError(
                self.name, f"a {self.kind.value} field can only be shared exact or omitted"
            )
        return precision

    @property
    def precisions(self) -> list[str]:
        """Precision specs to offer, the default first, then least to most revealing."""
        specs = [self.default.spec]
        specs += [c.spec for c in self.choices if c.spec not in specs]
        return specs

    # --- values ------------------------------------------------------------------------------

    def exact_json(self) -> Any:
        """The current value in its JSON form: money ``"64344.13"``, dates ISO, facts bool;
        ``None`` when the value is unknown."""
        value = self.value
        if not self.known:
            return None
        if self.kind is ValueKind.MONEY:
            return Money(value, self.currency).rounded().decimal_str()  # type: ignore[arg-type]
        if self.kind is ValueKind.NUMBER:
            return number_text(value)  # type: ignore[arg-type]
        if self.kind is ValueKind.DATE:
            return value.isoformat()  # type: ignore[union-attr]
        return value

    def disclosed_value(self, precision: Precision) -> Any:
        """The value as it leaves at ``precision`` (never called for ``omit``);
        :class:`ValueUnknown` when the value is not known."""
        if not self.known:
            raise ValueUnknown(self.name, self.why, self.where)
        self.check(precision)
        if precision.level is Level.OMIT:
            raise ValidationError(self.name, "an omitted field has no value")
        if precision.level is Level.EXACT:
            return self.exact_json()
        return precision.apply(self.value)  # type: ignore[arg-type]

    def disclose(self, precision: Precision) -> dict[str, Any]:
        """The field's entry in a disclosure: label, kind, precision, value (+ currency, unit)."""
        entry: dict[str, Any] = {
            "label": self.label,
            "kind": self.kind.value,
            "precision": precision.spec,
            "value": self.disclosed_value(precision),
        }
        if self.currency:
            entry["currency"] = self.currency
        if self.unit:
            entry["unit"] = self.unit
        return entry


def suggested_choices(item: CatalogueField) -> tuple[Precision, ...]:
    """Precisions to offer for a field, least revealing first, ending with ``exact``.

    Numeric fields get a yes/no threshold just below the value (so the answer is "yes"), a band
    and a rounding sized to the value, and exact. For a whole number (a count, years), a band
    or rounding of 1 or less is no vaguer than exact, so it is not offered.
    """
    if not item.kind.numeric or item.value is None:
        return (EXACT,)
    value = item.value
    assert isinstance(value, Decimal)
    whole = value == value.to_integral_value()
    width = nice_width(value)
    low, _ = band_of(abs(value), width)
    threshold = low if value >= 0 else -low - width
    step = max(width / 10, Decimal(1)) if abs(value) >= 10 else Decimal("0.1")
    options = [Precision(Level.ATLEAST, threshold)]
    if not (whole and width <= 1):
        options.append(Precision(Level.BAND, width))
    if not (whole and step <= 1):
        options.append(Precision(Level.ROUND, step))
    options.append(EXACT)
    return tuple(dict.fromkeys(options))


def money_band_default(value: Decimal) -> Precision:
    """The default for an amount: a band about a fifth of its size (50,000-60,000 for 54,321)."""
    return Precision(Level.BAND, nice_width(value))
