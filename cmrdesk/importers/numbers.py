"""Amounts as banks write them: the one place that turns text into exact numbers.

Three readers, from strict to lenient:

* :func:`parse_plain` — a plain signed decimal with a point or a comma (OFX ``TRNAMT``,
  CAMT, MT940 after its own field split). Nothing else is accepted: a currency symbol in an
  OFX amount means the export is broken, and guessing would hide it. It lives in
  :mod:`cmrdesk.domain.money` (the market-data CSV format uses the same grammar) and is
  re-exported here.
* :func:`parse_amount` — what people and spreadsheets write: currency symbols and codes,
  thousands separators (dot, comma, space, no-break space, apostrophe), ``(12.00)``
  accounting negatives, trailing minus, ``+ $73.01``, ``CR``/``DR`` suffixes.
* :func:`fast_units` — the CSV hot path: plain digits with one decimal mark become an integer
  and a decimal count without building a ``Decimal``; anything else returns ``None`` and the
  caller falls back to :func:`parse_amount`.

The format of a column (which mark is the decimal one) is decided once per file by
:func:`detect_number_format` from the values themselves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

# The domain's, re-exported: the importers take all their number readers from this module.
from cmrdesk.domain import parse_plain as parse_plain

# Currency symbols and the few letter forms that sit next to amounts in exports.
_SYMBOLS = "$€£¥₹₩₽₺₪₫฿₴₦₱₡₲₵₸"
# Letter codes need a space before the number ("EUR 12,50") so that "INV123" is no amount.
_EDGE_CODE = re.compile(
    r"^(?:R\$|US\$|C\$|A\$|NZ\$|HK\$|S\$)\s*"
    r"|^(?:[A-Z]{3}|kr\.?|Kč|zł|Fr\.|Ft|Lei)\s+"
    r"|\s+(?:[A-Z]{3}|kr\.?|Kč|zł|Fr\.|Ft|Lei)$"
)
_SPACES = " \u00a0\u202f\u2009"
_MINUS_SIGNS = "-\u2212\u2013"  # hyphen-minus, minus sign, en dash (spreadsheets)


#: ISO 4217 codes in current use (and DEM/FRF/NLG..., which old statements still carry), to
#: tell a currency column or cell ("EUR") from any other three capitals ("ING", "ATM").
ISO_CURRENCIES = frozenset({
    "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT",
    "BGN", "BHD", "BIF", "BMD", "BND", "BOB", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD",
    "CDF", "CHF", "CLP", "CNY", "COP", "CRC", "CUP", "CVE", "CZK", "DJF", "DKK", "DOP", "DZD",
    "EGP", "ERN", "ETB", "EUR", "FJD", "FKP", "GBP", "GEL", "GHS", "GIP", "GMD", "GNF", "GTQ",
    "GYD", "HKD", "HNL", "HTG", "HUF", "IDR", "ILS", "INR", "IQD", "IRR", "ISK", "JMD", "JOD",
    "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW", "KWD", "KYD", "KZT", "LAK", "LBP", "LKR",
    "LRD", "LSL", "LYD", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR", "MVR",
    "MWK", "MXN", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "OMR", "PAB", "PEN",
    "PGK", "PHP", "PKR", "PLN", "PYG", "QAR", "RON", "RSD", "RUB", "RWF", "SAR", "SBD", "SCR",
    "SDG", "SEK", "SGD", "SHP", "SLE", "SOS", "SRD", "SSP", "STN", "SVC", "SYP", "SZL", "THB",
    "TJS", "TMT", "TND", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "UGX", "USD", "UYU", "UZS",
    "VES", "VND", "VUV", "WST", "XAF", "XCD", "XOF", "XPF", "YER", "ZAR", "ZMW", "ZWL", "ATS",
    "BEF", "DEM", "ESP", "FIM", "FRF", "GRD", "IEP", "ITL", "LUF", "NLG", "PTE",
})  # fmt: skip


class AmountError(ValueError):
    """Text that is not an amount; ``reason`` is a short phrase for the error message."""


@dataclass(frozen=True)
class NumberFormat:
    """How a file writes numbers: the decimal mark and the allowed thousands separators."""

    decimal: str = "."
    thousands: str = ", \u00a0\u202f'"

    @classmethod
    def for_mark(cls, decimal: str) -> NumberFormat:
        """The usual format for a decimal mark (the other mark groups thousands)."""
        if decimal == ",":
            return cls(",", ". \u00a0\u202f'")
        return cls(".", ", \u00a0\u202f'")


POINT = NumberFormat.for_mark(".")
COMMA = NumberFormat.for_mark(",")


def fast_units(text: str, mark: str) -> tuple[int, int] | None:
    """``("-1234.56", ".")`` -> ``(-123456, 2)``; ``None`` when the text is not that plain.

    Only ASCII digits, an optional leading minus and at most one decimal mark pass; the
    caller handles the rest with :func:`parse_amount`. No ``Decimal`` is built here: this is
    what lets a million-row CSV parse in seconds.
    """
    neg = text[:1] == "-"
    body = text[1:] if neg else text
    if not body.isascii():
        return None
    head, sep, tail = body.partition(mark)
    if not head.isdigit():
        return None
    if sep:
        if not tail.isdigit():
            return None
        units = int(head + tail)
        decimals = len(tail)
    else:
        units = int(head)
        decimals = 0
    return (-units if neg else units), decimals


def _strip_decorations(text: str) -> tuple[str, bool]:
    """Remove sign, currency and accounting decorations; return the bare number and sign."""
    s = text.strip().strip(_SPACES)
    negative = False
    if s.startswith("(") and s.endswith(")"):
        negative = True
        s = s[1:-1].strip()
    upper = s.upper()
    if upper.endswith(("CR", "DR")) and len(s) > 2 and not s[-3].isalpha():
        negative ^= upper.endswith("DR")
        s = s[:-2].rstrip()
    for _ in range(3):  # sign and symbol can come in either order: "-$5", "$-5", "- $ 5"
        before = s
        if s[:1] in _MINUS_SIGNS:
            negative = not negative
            s = s[1:].lstrip(_SPACES)
        elif s[:1] == "+":
            s = s[1:].lstrip(_SPACES)
        if s[-1:] in _MINUS_SIGNS:
            negative = not negative
            s = s[:-1].rstrip(_SPACES)
        elif s[-1:] == "+":
            s = s[:-1].rstrip(_SPACES)
        s = s.strip(_SYMBOLS).strip(_SPACES)
        s = _EDGE_CODE.sub("", s)
        if s == before:
            break
    return s, negative


def _grouping_ok(integer: str, thousands: str) -> bool:
    """True when ``integer`` is plain digits or correctly grouped in threes."""
    if integer.isdigit():
        return True
    sep = next((c for c in integer if c in thousands), None)
    if sep is None:
        return False
    groups = integer.split(sep)
    return (
        groups[0].isdigit()
        and 1 <= len(groups[0]) <= 3
        and all(len(g) == 3 and g.isdigit() for g in groups[1:])
    )


def parse_amount(text: str, fmt: NumberFormat = POINT) -> Decimal:
    """Read an amount as people write it; raise :class:`AmountError` when it is not one.

    >>> parse_amount("-$7,971.39")
    Decimal('-7971.39')
    >>> parse_amount("1.500,00", COMMA)
    Decimal('1500.00')
    """
    s, negative = _strip_decorations(text)
    if not s:
        raise AmountError("is empty")
    if not s.isascii():
        s = "".join(" " if c in _SPACES else c for c in s)
        if not s.isascii():
            raise AmountError("is not a number")
    integer, mark, fraction = s.rpartition(fmt.decimal)
    if not mark:
        integer, fraction = s, ""
    elif not fraction.isdigit() and fraction:
        raise AmountError("is not a number")
    if mark and not integer:
        integer = "0"
    if not _grouping_ok(integer, fmt.thousands):
        raise AmountError("is not a number")
    digits = "".join(c for c in integer if c.isdigit())
    try:
        value = Decimal(f"{digits}.{fraction}" if fraction else digits)
    except InvalidOperation:  # pragma: no cover - the checks above leave only digits
        raise AmountError("is not a number") from None
    return -value if negative else value


def try_amount(text: str, fmt: NumberFormat = POINT) -> Decimal | None:
    """:func:`parse_amount`, or ``None`` when the text is not an amount."""
    try:
        return parse_amount(text, fmt)
    except AmountError:
        return None


def decimal_units(value: Decimal) -> tuple[int, int]:
    """An exact ``Decimal`` as ``(units, decimals)``: ``Decimal('-1.50')`` -> ``(-150, 2)``."""
    sign, digits, exp = value.as_tuple()
    units = int("".join(map(str, digits)) or "0")
    if not isinstance(exp, int):
        raise AmountError("is not a finite number")
    if exp > 0:
        units *= 10**exp
        exp = 0
    return (-units if sign else units), -exp


def looks_numeric(text: str) -> bool:
    """True when ``text`` reads as an amount in either decimal convention."""
    s = text.strip()
    if not s or not any(c.isdigit() for c in s):
        return False
    return try_amount(s, POINT) is not None or try_amount(s, COMMA) is not None


def detect_number_format(samples: list[str], default: str = ".") -> NumberFormat:
    """Decide the decimal mark from sample values of one column (or one file).

    A value with both marks decides by the last one; a mark used twice is a thousands
    separator; a single mark followed by other than exactly three digits is the decimal mark.
    ``1,000`` alone proves nothing, so ties go to ``default``.
    """
    point = comma = 0
    for raw in samples:
        s, _neg = _strip_decorations(raw)
        has_point, has_comma = "." in s, "," in s
        if has_point and has_comma:
            if s.rfind(",") > s.rfind("."):
                comma += 3
            else:
                point += 3
            continue
        for mark in ".,":
            count = s.count(mark)
            if not count:
                continue
            after = len(s) - s.rfind(mark) - 1
            if count > 1:  # used to group thousands
                if mark == ".":
                    comma += 2
                else:
                    point += 2
            elif after != 3:
                if mark == ".":
                    point += 1
                else:
                    comma += 1
    if comma > point:
        return COMMA
    if point > comma:
        return POINT
    return NumberFormat.for_mark(default)
