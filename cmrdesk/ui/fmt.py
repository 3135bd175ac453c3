"""Money, numbers and dates as text: the one place in the UI where they become text.

Everything goes through Babel's CLDR data for the active locale (:func:`set_locale`, by
default the system's), so "€1,234.50", "1.234,50 €" and "€ 1.234,50" each appear where people
expect them. Money always carries its currency: there is no function here that turns an amount
into a bare number.
"""

from __future__ import annotations

import os
import re
from datetime import date, datetime
from decimal import ROUND_HALF_EVEN, Decimal

from babel import Locale, UnknownLocaleError
from babel import dates as babel_dates
from babel import numbers as babel_numbers

from cmrdesk.domain import Money, currency_exponent, from_epoch_day

FALLBACK = "en_US"
_state: dict[str, Locale] = {}


def set_locale(name: str | None = None) -> Locale:
    """Use locale ``name`` (``"de_DE"``, ``"nl-NL"``); ``None``: the environment's
    (``LC_ALL``, ``LC_MONETARY``, ``LANG``), falling back to ``en_US`` for ``C``/``POSIX``."""
    if name is None:
        name = next(
            (os.environ[v] for v in ("LC_ALL", "LC_MONETARY", "LANG") if os.environ.get(v)), ""
        )
    cleaned = name.split(".")[0].split("@")[0].replace("-", "_")
    try:
        locale = Locale.parse(cleaned) if cleaned not in ("", "C", "POSIX") else None
    except (UnknownLocaleError, ValueError):
        locale = None
    _state["locale"] = locale or Locale.parse(FALLBACK)
    return _state["locale"]


def locale() -> Locale:
    """The active locale."""
    return _state.get("locale") or set_locale()


# --- money -----------------------------------------------------------------------------------


def money(value: Money, *, whole: bool = False, signed: bool = False) -> str:
    """``Money`` as text in the active locale: ``€1,234.50``; ``whole`` rounds to whole units
    (half-even) for headline figures; ``signed`` adds a ``+`` to positive amounts (changes)."""
    amount = value.amount
    if whole:
        amount = amount.quantize(Decimal(1), ROUND_HALF_EVEN)
        text = babel_numbers.format_currency(
            amount, value.currency, format=_whole_pattern(), currency_digits=False,
            locale=locale(),
        )
    else:
        text = babel_numbers.format_currency(amount, value.currency, locale=locale())
    if signed and amount > 0:
        text = babel_numbers.get_plus_sign_symbol(locale()) + text
    return text


def minor(units: int, currency: str, *, whole: bool = False, signed: bool = False) -> str:
    """Integer minor units of ``currency`` as text (see :func:`money`)."""
    return money(Money.from_minor(int(units), currency), whole=whole, signed=signed)


def money_axis(value: float, currency: str, *, compact: bool | None = None) -> str:
    """A chart axis tick: compact for large values (``€120K``, ``1,2 Mio. €``); ``compact``
    forces the choice (an axis uses one style for all its ticks).

    ``value`` is in major units and is a plot coordinate (a float), never a stored amount.
    """
    amount = Decimal(repr(round(value, currency_exponent(currency))))
    if compact is None:
        compact = abs(amount) >= 10_000
    if compact and amount != 0:
        text = babel_numbers.format_compact_currency(
            amount, currency, locale=locale(), fraction_digits=1 if abs(amount) < 1e4 else 0
        )
        # Some locales have no short form below a million (German: "120000 €"); their
        # grouped whole amount reads better than ungrouped digits.
        if str(int(abs(amount))) not in text:
            return text
    return money(Money(amount, currency), whole=abs(amount) >= 10 or amount == 0)


def _whole_pattern() -> str:
    key = ("whole", str(locale()))
    cached = _patterns.get(key)
    if cached is None:
        pattern = locale().currency_formats["standard"].pattern
        cached = pattern.replace(".00", "").replace(".0", "")
        _patterns[key] = cached
    return cached


_patterns: dict[tuple[str, str], str] = {}


def _percent_pattern(digits: int) -> str:
    """The locale's percent pattern (``#,##0 %`` in German) with ``digits`` decimals."""
    key = (f"percent{digits}", str(locale()))
    cached = _patterns.get(key)
    if cached is None:
        pattern = locale().percent_formats[None].pattern
        decimals = "." + "0" * digits if digits else ""
        cached = ";".join(part.replace("0", "0" + decimals, 1) if "0" in part else part
                          for part in pattern.split(";"))
        _patterns[key] = cached
    return cached


# --- numbers ---------------------------------------------------------------------------------


def percent(ratio: Decimal | float, digits: int = 1, *, signed: bool = False) -> str:
    """A fraction as a percentage: ``0.0774`` -> ``7.7%``."""
    text = babel_numbers.format_percent(ratio, _percent_pattern(digits), locale=locale())
    if signed and ratio > 0:
        text = babel_numbers.get_plus_sign_symbol(locale()) + text
    return text


def percent_points(value: Decimal | str, digits: int = 1) -> str:
    """A value already in percent (``"3.10"`` -> ``3.1%``), e.g. an interest rate."""
    return percent(Decimal(str(value)) / 100, digits)


def decimal(value: Decimal | int | float, digits: int = 1) -> str:
    """A plain number with ``digits`` decimals, grouped: ``1,234.5``."""
    pattern = "#,##0" + ("." + "0" * digits if digits else "")
    return babel_numbers.format_decimal(value, pattern, locale=locale())


def count(value: int) -> str:
    """A whole count, grouped: ``1,000,000``."""
    return babel_numbers.format_decimal(int(value), "#,##0", locale=locale())


# --- dates -----------------------------------------------------------------------------------


def day(value: date | int, style: str = "medium") -> str:
    """A date (or epoch day): ``Nov 23, 2026`` (``style``: short, medium, long)."""
    if isinstance(value, int):
        value = from_epoch_day(value)
    return babel_dates.format_date(value, style, locale=locale())


def day_time(value: datetime) -> str:
    """A moment in the machine's time zone: ``Nov 23, 2026, 5:51 PM`` (naive: taken as local)."""
    local = value.astimezone() if value.tzinfo is not None else value
    pattern = str(locale().datetime_formats["medium"])  # "{1}, {0}": date, then time
    return (pattern.replace("{1}", babel_dates.format_date(local.date(), "medium",
                                                             locale=locale()))
            .replace("{0}", babel_dates.format_time(local.time(), "short", locale=locale())))


def day_short(value: date | int) -> str:
    """Day and month without the year: ``Nov 23``."""
    if isinstance(value, int):
        value = from_epoch_day(value)
    return babel_dates.format_skeleton("MMMd", value, locale=locale())


def month(value: date, *, long: bool = False) -> str:
    """A month with its year: ``Mar 2026`` (``long``: ``March 2026``)."""
    return babel_dates.format_skeleton("yMMMM" if long else "yMMM", value, locale=locale())


def day_of_month(value: int) -> str:
    """A day of the month on its own, as a sentence names it: ``25th`` in English, ``25.``
    where the locale writes ordinals with a dot (German, Dutch uses ``25e``)."""
    language = locale().language
    if language == "en":
        suffix = "th" if 11 <= value % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(
            value % 10, "th")
        return f"{value}{suffix}"
    return f"{value}e" if language == "nl" else f"{value}."


def month_name(value: date) -> str:
    """A month without the year: ``Mar``."""
    return babel_dates.format_skeleton("MMM", value, locale=locale())


def year(value: date) -> str:
    """The year as the locale writes it."""
    return babel_dates.format_skeleton("y", value, locale=locale())


def date_input_format() -> str:
    """The locale's medium date pattern as a Qt display format for date inputs
    (``MMM d, yyyy`` in English, ``dd.MM.yyyy`` in German)."""
    pattern = locale().date_formats["medium"].pattern
    # CLDR and Qt share d, M and quoting; Qt wants the year as yy or yyyy and has no G/E.
    return re.sub(r"(?<!y)y(?!y)", "yyyy", pattern.replace("yyyy", "y"))


def date_range(start: date, end: date) -> str:
    """``Dec 1, 2025 – Nov 23, 2026``."""
    return babel_dates.format_interval(start, end, "yMMMd", locale=locale())


# --- sentences -------------------------------------------------------------------------------

_AMOUNT = re.compile(r"\b([A-Z]{3}) (-?\d{1,3}(?:,\d{3})*(?:\.\d+)?)(?![\d.,]*\d)")
_ISO_DAY = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def localise_text(text: str) -> str:
    """A sentence from the insights package (``"EUR 12,400.00"``, ``"2026-01-31"``) with its
    amounts and dates written the locale's way, so one screen never mixes two styles."""

    def amount(match: re.Match[str]) -> str:
        currency, digits = match.group(1), match.group(2).replace(",", "")
        try:
            return money(Money.of(digits, currency))
        except (ValueError, ArithmeticError):
            return match.group(0)

    def day_text(match: re.Match[str]) -> str:
        try:
            return day(date(int(match.group(1)), int(match.group(2)), int(match.group(3))))
        except ValueError:
            return match.group(0)

    return _ISO_DAY.sub(day_text, _AMOUNT.sub(amount, text))


# --- reading what a person typed ---------------------------------------------------------------


class InputError(ValueError):
    """Text typed into a field that cannot be read; the message says why in words."""


def parse_amount(text: str, currency: str | None = None) -> Decimal:
    """An amount typed the locale's way (``1.234,50`` in German, ``1,234.50`` in English;
    a leading ``-`` or a currency sign is fine). ``currency`` refuses more decimals than it
    has: a sub-cent amount is an error, never rounded away."""
    cleaned = text.strip().replace("\u00a0", " ").replace("\u2212", "-")
    if currency:
        symbol = babel_numbers.get_currency_symbol(currency, locale=locale())
        cleaned = cleaned.replace(symbol, "").replace(currency, "").strip()
    if not cleaned:
        raise InputError("enter an amount")
    negative = cleaned.startswith("-") or (cleaned.startswith("(") and cleaned.endswith(")"))
    cleaned = cleaned.strip("()").lstrip("-+").strip().replace(" ", "")
    try:
        value = babel_numbers.parse_decimal(cleaned, locale=locale(), strict=True)
    except babel_numbers.NumberFormatError:
        example = babel_numbers.format_decimal(Decimal("1234.5"), "#,##0.00", locale=locale())
        raise InputError(f"{text.strip()!r} is not an amount (write it like {example})") \
            from None
    if not value.is_finite():
        raise InputError(f"{text.strip()!r} is not an amount")
    if currency:
        digits = currency_exponent(currency)
        if value != value.quantize(Decimal(1).scaleb(-digits)):
            raise InputError(f"{currency} has {digits} decimals; {text.strip()!r} has more")
    return -value if negative else value


def parse_number(text: str) -> Decimal:
    """A plain number typed the locale's way (a rate, a quantity, a price)."""
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "").rstrip("%").strip()
    if not cleaned:
        raise InputError("enter a number")
    negative = cleaned.startswith(("-", "\u2212"))
    try:
        value = babel_numbers.parse_decimal(cleaned.lstrip("-+\u2212"), locale=locale(),
                                            strict=True)
    except babel_numbers.NumberFormatError:
        raise InputError(f"{text.strip()!r} is not a number") from None
    if not value.is_finite():
        raise InputError(f"{text.strip()!r} is not a number")
    return -value if negative else value


def number_text(value: Decimal) -> str:
    """A plain number (a rate, a quantity) the way :func:`parse_number` reads it back."""
    exponent = value.normalize().as_tuple().exponent
    digits = max(0, -int(exponent)) if isinstance(exponent, int) else 0
    return babel_numbers.format_decimal(value, "#,##0." + "0" * digits if digits else "#,##0",
                                        locale=locale(), decimal_quantization=False)


def amount_text(value: Money) -> str:
    """An amount without its currency sign, for an input field (``1.234,50``)."""
    digits = currency_exponent(value.currency)
    pattern = "#,##0." + "0" * digits if digits else "#,##0"
    return babel_numbers.format_decimal(value.amount, pattern, locale=locale())


def date_hint() -> str:
    """How to type a date in this locale, as an example (``12/31/26``, ``31.12.26``)."""
    return babel_dates.format_date(date(2026, 12, 31), "short", locale=locale())


def parse_day(text: str) -> date:
    """A date typed the locale's short or medium way, or as ``2026-12-31``. A date that does
    not exist (``31.02.2026``) is an error that says so."""
    cleaned = text.strip()
    if not cleaned:
        raise InputError("enter a date")
    if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", cleaned):
        year_, month_, day_ = (int(p) for p in cleaned.split("-"))
        return _real_day(year_, month_, day_, text)
    pattern = locale().date_formats["short"].pattern
    order = list(dict.fromkeys(re.sub(r"[^dMy]", "", pattern)))  # "dd.MM.yy" -> d, M, y
    parts = re.findall(r"\d+", cleaned)
    if len(parts) != 3 or re.search(r"[A-Za-z]", cleaned) or len(order) != 3:
        try:
            return babel_dates.parse_date(cleaned, locale=locale(), format="medium")
        except (ValueError, IndexError):
            raise InputError(f"{cleaned!r} is not a date (write it like {date_hint()})") \
                from None
    values = dict(zip(order, (int(p) for p in parts), strict=True))
    year_ = values["y"]
    if year_ < 100:
        year_ += 2000 if year_ < 70 else 1900
    return _real_day(year_, values["M"], values["d"], text)


def _real_day(year_: int, month_: int, day_: int, text: str) -> date:
    try:
        return date(year_, month_, day_)
    except ValueError:
        raise InputError(f"{text.strip()!r} is not a date that exists") from None


def day_input(value: date) -> str:
    """A date as :func:`parse_day` reads it back (the locale's short form, four-digit year)."""
    pattern = locale().date_formats["short"].pattern
    pattern = re.sub(r"y+", "yyyy", pattern)
    return babel_dates.format_date(value, pattern, locale=locale())
