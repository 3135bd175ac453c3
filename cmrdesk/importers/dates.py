"""Dates as banks write them, turned into epoch days; the one place that reads dates.

A bank statement's date is a calendar day in the bank's own time zone. We keep that day as
written: an OFX ``20130101230000[-5:EST]`` is 1 January, not 2 January in UTC.

Numeric dates are ambiguous (``01/02/2024``), so the order (day-month-year, month-day-year or
year-month-day) is decided once per column or file by :func:`detect_date_order` from all the
values: orders that make any value impossible are out, and of the rest the one that packs the
dates into the shortest span wins (a statement covers weeks, not decades). That reads
``13/08/12 … 13/3/3`` as 2013 year-first, and ``12/8/13 … 15/8/13`` as day-first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from cmrdesk.domain import MAX_YEAR, MIN_YEAR

DMY, MDY, YMD = "DMY", "MDY", "YMD"
ORDERS = (DMY, MDY, YMD)

_EPOCH = date(1970, 1, 1).toordinal()

# 1/2/2024, 01.02.24, 2024-01-02, "1/ 2'24" (Quicken), "2/10'2020", "09/16/2020 as of ..."
_NUMERIC = re.compile(r"\s*(\d{1,4})\s*([./-])\s*(\d{1,2})\s*(?:[./-]|')\s*(\d{1,4})(?!\d)")
_COMPACT = re.compile(r"\s*(\d{4})(\d{2})(\d{2})(?!\d)")  # 20240102 (also OFX)
_DAY_MONTH_NAME = re.compile(r"\s*(\d{1,2})[ .-]{0,2}([^\W\d_]{3,10})\.?[ ,.-]*(\d{2,4})(?!\d)")
_OFX = re.compile(r"\s*(\d{4})(\d{2})(\d{2})")  # OFX date-times run on: 20240102120000.000
_MONTH_NAME_DAY = re.compile(r"\s*([^\W\d_]{3,10})\.? +(\d{1,2}),? +(\d{4})(?!\d)")

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (  # English, German (and Austrian), Dutch, French, Spanish, Italian, as banks abbreviate
        "jan january januar jän jänner jaen janvier janv enero ene januari gen gennaio",
        "feb february februar feber fevrier février fev fév fevr févr febrero februari febr "
        "febbraio",
        "mar march marz märz mär maerz mrz mars marzo maart mrt",
        "apr april avril avr abril abr aprile",
        "may mai mayo mei mag maggio",
        "jun june juni juin junio giu giugno",
        "jul july juli juillet juil julio lug luglio",
        "aug august aout août agosto augustus ago aou aoû",
        "sep sept september septembre septiembre setiembre set settembre",
        "oct october oktober okt octobre octubre ott ottobre",
        "nov november novembre noviembre",
        "dec december dezember dez decembre décembre déc diciembre dic dicembre",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _number


class DateError(ValueError):
    """A value that looks like a date but is not a valid one (``31/02/2024``)."""


def epoch_day(year: int, month: int, day: int) -> int:
    """Days since 1970-01-01 for a calendar date; raise :class:`DateError` if impossible.

    Years outside 1900-2199 are refused too: no statement has them, and a corrupted digit
    (9019) should stop the import rather than put a booking eight thousand years ahead.
    """
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise DateError(f"year {year} is outside {MIN_YEAR}-{MAX_YEAR}")
    try:
        return date(year, month, day).toordinal() - _EPOCH
    except ValueError:
        raise DateError(f"{year:04d}-{month:02d}-{day:02d} is not a valid date") from None


def full_year(year: int, digits: int) -> int:
    """Two-digit years: 00-69 are 2000-2069, 70-99 are 1970-1999 (as strptime's %y)."""
    if digits > 2:
        return year
    return year + (2000 if year < 70 else 1900)


def ofx_day(text: str) -> int:
    """The calendar day of an OFX date-time (``YYYYMMDD[HHMMSS[.XXX]][[-5:EST]]``)."""
    m = _OFX.match(text)
    if not m:
        raise DateError(f"{text.strip()!r} is not an OFX date (YYYYMMDD...)")
    return epoch_day(int(m.group(1)), int(m.group(2)), int(m.group(3)))


def iso_day(text: str) -> int:
    """``2024-01-02`` (optionally followed by a time) as an epoch day."""
    m = _NUMERIC.match(text)
    if not m or len(m.group(1)) != 4:
        raise DateError(f"{text.strip()!r} is not a date (YYYY-MM-DD)")
    return epoch_day(int(m.group(1)), int(m.group(3)), int(m.group(4)))


def _split(text: str) -> tuple[str, str, str] | tuple[int, int, int] | None:
    """The three numeric fields of a date as strings, or a decided (y, m, d), or ``None``."""
    m = _NUMERIC.match(text)
    if m:
        return m.group(1), m.group(3), m.group(4)
    m = _COMPACT.match(text)
    if m:
        y, mo, d = m.groups()
        if y[:2] in ("19", "20"):
            return y, mo, d
        return None
    m = _DAY_MONTH_NAME.match(text)
    if m and m.group(2).lower() in _MONTHS:
        year = full_year(int(m.group(3)), len(m.group(3)))
        return year, _MONTHS[m.group(2).lower()], int(m.group(1))
    m = _MONTH_NAME_DAY.match(text)
    if m and m.group(1).lower() in _MONTHS:
        return int(m.group(3)), _MONTHS[m.group(1).lower()], int(m.group(2))
    return None


def looks_like_date(text: str) -> bool:
    """True when the start of ``text`` has the shape of a date (valid or not)."""
    return _split(text) is not None


def parse_day(text: str, order: str = DMY) -> int | None:
    """Epoch day of the date at the start of ``text`` read in ``order``.

    ``None`` when the text does not start with a date at all (a title line, a footer);
    :class:`DateError` when it has a date's shape but no such day exists.
    """
    parts = _split(text)
    if parts is None:
        return None
    a, b, c = parts
    if isinstance(a, int):  # month name or compact form: already year, month, day
        return epoch_day(a, int(b), int(c))
    if len(a) > 2:  # a year first is unambiguous whatever the order: 2024-01-02
        if len(a) != 4 or len(c) > 2:
            raise DateError(f"{text.strip()!r} is not a valid date")
        return epoch_day(int(a), int(b), int(c))
    if order == YMD:
        if len(c) > 2:
            raise DateError(f"{text.strip()!r} is not a year-month-day date")
        return epoch_day(full_year(int(a), 2), int(b), int(c))
    if len(c) == 3:
        raise DateError(f"{text.strip()!r} is not a valid date")
    year = full_year(int(c), len(c))
    if order == MDY:
        return epoch_day(year, int(a), int(b))
    return epoch_day(year, int(b), int(a))


def detect_date_order(samples: Iterable[str], default: str = DMY) -> tuple[str, bool]:
    """Pick the date order for a set of values; also say whether the data left it open.

    Returns ``(order, ambiguous)``; ``ambiguous`` is true when more than one order fits
    the values equally well and ``default`` was used.
    """
    values = [s for s in samples if _split(s) is not None]
    fits: list[tuple[int, str, tuple[int, ...]]] = []
    for order in ORDERS:
        days: list[int] = []
        try:
            for value in values:
                day = parse_day(value, order)
                if day is not None:
                    days.append(day)
        except DateError:
            continue
        span = max(days) - min(days) if days else 0
        fits.append((span, order, tuple(days)))
    if not fits:
        return default, False
    best = min(span for span, _order, _days in fits)
    winners = [(order, days) for span, order, days in fits if span == best]
    if len(winners) > 1:  # two-digit years first are rare: YMD must win outright
        winners = [(order, days) for order, days in winners if order != YMD]
    # Orders that read every value as the same day (ISO dates, 03/03/10) leave no doubt.
    ambiguous = len({days for _order, days in winners}) > 1
    names = [order for order, _days in winners]
    return (default if default in names else names[0]), ambiguous


def day_month_open(samples: Iterable[str]) -> bool:
    """True when nothing in ``samples`` tells day-first from month-first: every numeric
    date reads as a valid day both ways (day and month both 12 or less, or equal) and at
    least one reads as two different days. Dates with a month name or a year first never
    leave it open. A person should then be asked which order the bank writes."""
    differ = False
    for text in samples:
        m = _NUMERIC.match(text)
        if not m or len(m.group(1)) > 2:
            continue
        first, second = int(m.group(1)), int(m.group(3))
        if first > 12 or second > 12:
            return False
        differ = differ or first != second
    return differ


class DayReader:
    """Reads many dates in one order, remembering each distinct text (columns repeat days)."""

    __slots__ = ("_cache", "order")

    def __init__(self, order: str) -> None:
        self.order = order
        self._cache: dict[str, int | None] = {}

    def __call__(self, text: str) -> int | None:
        """Like :func:`parse_day` with this reader's order, cached."""
        try:
            return self._cache[text]
        except KeyError:
            day = parse_day(text, self.order)
            if len(self._cache) < 100_000:
                self._cache[text] = day
            return day
