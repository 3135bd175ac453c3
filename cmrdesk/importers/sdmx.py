"""Observations from SDMX-CSV responses: the ECB Data Portal and Eurostat.

Both publishers answer an SDMX REST data query with one CSV row per observation:

* ECB Data Portal (``https://data-api.ecb.europa.eu/service/data/<flow>/<key>?format=csvdata``):
  ``KEY,FREQ,<dimensions…>,TIME_PERIOD,OBS_VALUE,OBS_STATUS,…,TITLE,…``, where ``KEY`` is the
  full series key (``EXR.M.USD.EUR.SP00.E``);
* Eurostat (``…/sdmx/2.1/data/<dataset>/<key>?format=SDMX-CSV``):
  ``DATAFLOW,LAST UPDATE,freq,unit,coicop,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG``.

:func:`parse_sdmx_csv` reads either into dated :class:`Observation` values and checks that the
response is the series that was asked for (the expected dimension values, such as ``KEY`` or
``geo``, on every row). A response is taken whole or not at all: any malformed row, an
unexpected series, a repeated period or no observation at all is an
:class:`~cmrdesk.domain.ImportFormatError` naming the source, the line and the column.
A row without a value (a period not yet published) is skipped: it is unknown, not zero.
"""

from __future__ import annotations

import calendar
import csv
import io
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from cmrdesk.domain import MAX_YEAR, MIN_YEAR, ImportFormatError

#: Refuse responses larger than this (a few years of monthly data is a few kB).
MAX_RESPONSE_BYTES = 5 * 1024 * 1024

_MONTH = re.compile(r"(\d{4})-(\d{2})")
_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_QUARTER = re.compile(r"(\d{4})-?Q([1-4])")
_YEAR = re.compile(r"(\d{4})")
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


@dataclass(frozen=True)
class Observation:
    """One published value: ``period`` as written by the publisher, ``day`` the last day of
    that period (how cmrdesk dates a monthly figure), ``value`` exactly as published."""

    period: str
    day: date
    value: Decimal


def period_end(text: str) -> date:
    """The last day of an SDMX ``TIME_PERIOD`` (``2025-10``, ``2025-10-31``, ``2025-Q3``,
    ``2025``); ``ValueError`` for anything else."""
    text = text.strip()
    if match := _DAY.fullmatch(text):
        return date(int(match[1]), int(match[2]), int(match[3]))
    if match := _MONTH.fullmatch(text):
        year, month = int(match[1]), int(match[2])
        return date(year, month, calendar.monthrange(year, month)[1])
    if match := _QUARTER.fullmatch(text):
        year, month = int(match[1]), int(match[2]) * 3
        return date(year, month, calendar.monthrange(year, month)[1])
    if match := _YEAR.fullmatch(text):
        return date(int(match[1]), 12, 31)
    raise ValueError(text)


def parse_sdmx_csv(
    data: bytes,
    source: str,
    expected: dict[str, str] | None = None,
) -> list[Observation]:
    """Read an SDMX-CSV response into observations, oldest first.

    ``source`` names the response in errors (the series key or URL); ``expected`` maps column
    names (case-insensitive) to the value every row must have there, e.g. ``{"KEY":
    "EXR.M.USD.EUR.SP00.E"}`` or ``{"geo": "EA", "unit": "RCH_A"}``.
    """
    if len(data) > MAX_RESPONSE_BYTES:
        raise ImportFormatError(source, f"the response is larger than {MAX_RESPONSE_BYTES:,} "
                                "bytes; refusing it")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportFormatError(source, "the response is not UTF-8 text") from None
    if text.lstrip().startswith(("<", "{")):
        raise ImportFormatError(source, "the response is not CSV (an error page or another "
                                "format)", line=1)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, [])
        columns = {name.strip().lower(): index for index, name in enumerate(header)}
        for needed in ("time_period", "obs_value"):
            if needed not in columns:
                raise ImportFormatError(source, "no TIME_PERIOD and OBS_VALUE columns: not an "
                                        "SDMX-CSV response", line=1)
        wanted = {name.lower(): value for name, value in (expected or {}).items()}
        for name in wanted:
            if name not in columns:
                raise ImportFormatError(source, f"the response has no {name} column", line=1)
        out: list[Observation] = []
        seen: set[str] = set()
        for row in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(header):  # a comma in a value would shift every column
                raise ImportFormatError(source, f"{len(row)} columns, the header has "
                                        f"{len(header)}", line=line)
            for name, value in wanted.items():
                if row[columns[name]].strip() != value:
                    raise ImportFormatError(
                        source, f"{row[columns[name]].strip()!r} is not the series asked for "
                        f"({value!r})", line=line, field=name)
            period = row[columns["time_period"]].strip()
            try:
                day = period_end(period)
            except ValueError:
                raise ImportFormatError(source, f"{period!r} is not a period", line=line,
                                        field="TIME_PERIOD") from None
            if not MIN_YEAR <= day.year <= MAX_YEAR:
                raise ImportFormatError(source, f"{period} is outside {MIN_YEAR}..{MAX_YEAR}",
                                        line=line, field="TIME_PERIOD")
            if period in seen:
                raise ImportFormatError(source, f"{period} appears twice", line=line,
                                        field="TIME_PERIOD")
            seen.add(period)
            raw = row[columns["obs_value"]].strip()
            if raw in ("", "NaN", ":"):
                continue  # not published (yet): unknown, never zero
            if not _NUMBER.fullmatch(raw):
                raise ImportFormatError(source, f"{raw!r} is not a number", line=line,
                                        field="OBS_VALUE")
            try:
                value = Decimal(raw)
            except InvalidOperation:  # pragma: no cover - the pattern admits only numbers
                raise ImportFormatError(source, f"{raw!r} is not a number", line=line,
                                        field="OBS_VALUE") from None
            out.append(Observation(period, day, value))
    except csv.Error as error:
        raise ImportFormatError(source, f"the CSV cannot be read ({error})") from None
    if not out:
        raise ImportFormatError(source, "the response holds no observation")
    return sorted(out, key=lambda o: o.day)


__all__ = ["MAX_RESPONSE_BYTES", "Observation", "parse_sdmx_csv", "period_end"]
