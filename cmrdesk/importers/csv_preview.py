"""The first rows of a CSV export, and how a :class:`CsvMapping` reads them: what the import
dialog shows while a person chooses the columns.

:func:`csv_head` reads only the head of the file (a few hundred kilobytes at most, however
large the file), detects its encoding, delimiter, quote character and header line (skipping
a bank's title and metadata lines) and returns the raw cells of the first rows, with a
mapping proposed from them. :func:`preview_rows` reads those rows with a mapping exactly as
the import reads them, and says per row what went wrong, naming the column and why, so
every change of a column's role or a format shows at once what the import would do.
"""

from __future__ import annotations

import codecs
import datetime
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from cmrdesk.domain import ImportFormatError

from .csv_dialect import SAMPLE_ROWS, read_chunks, read_rows, sniff_delimiter, sniff_quotechar
from .csv_import import is_pending
from .csv_mapping import (
    CREDIT_MARKS,
    DEBIT_MARKS,
    CsvMapping,
    find_header,
    first_data_row,
    propose_rows,
)
from .dates import DateError, day_month_open, detect_date_order, looks_like_date, parse_day
from .numbers import AmountError, NumberFormat, parse_amount
from .source import (
    DEFAULT_MAX_BYTES,
    bom_encoding,
    check_size,
    decode,
    read_bytes,
    refuse_binary,
)

#: Header lines are looked for among this many rows (as the import does).
_HEADER_ROWS = 60
_FIRST_READ = 64 * 1024
_MAX_READ = 8 * 1024 * 1024
_WORDS = {"DMY": "day/month/year", "MDY": "month/day/year", "YMD": "year/month/day"}
_EPOCH = datetime.date(1970, 1, 1)


@dataclass
class CsvHead:
    """The first rows of a CSV file as raw cells.

    ``header_line`` is the 1-based line of the header (``None`` when the file has none) and
    ``header`` its cells; ``rows`` are the non-blank rows after it (or after the title lines
    of a file without header), ``line_numbers`` the line each starts on. ``mapping`` is the
    proposal for these rows (``None`` when none could be made; ``notes`` then says why),
    ``complete`` whether the whole file was read. Its ``ambiguous_dates`` speaks for these
    rows only; :func:`detect_csv_mapping` reads the whole date column when they leave the
    order open.
    """

    encoding: str
    delimiter: str
    header_line: int | None
    header: list[str]
    rows: list[list[str]]
    line_numbers: list[int]
    quotechar: str = '"'
    mapping: CsvMapping | None = None
    notes: list[str] = field(default_factory=list)
    complete: bool = False

    @property
    def width(self) -> int:
        """The number of columns to show: the widest of the header and the rows."""
        return max([len(self.header), *map(len, self.rows)], default=0)

    def column_name(self, column: int) -> str:
        """The header name of a column, or "column N" (1-based) without one."""
        if column < len(self.header) and self.header[column].strip():
            return self.header[column].strip().lstrip("\ufeff")
        return f"column {column + 1}"


@dataclass
class PreviewRow:
    """One row as the import would read it with a mapping.

    ``error`` names the column and why it cannot be read (the import would refuse the
    file); ``skipped`` marks a row that is not a transaction (no date in the date column: a
    title, a total) or has no amount, which the import skips with a warning.
    """

    line: int
    day: datetime.date | None
    amount: Decimal | None
    currency: str
    payee: str
    memo: str
    balance: Decimal | None
    error: str | None = None
    skipped: str | None = None
    pending: bool = False


def _decoder(path: str | Path, encoding: str) -> codecs.IncrementalDecoder:
    try:
        return codecs.getincrementaldecoder(encoding)()
    except LookupError:
        raise ImportFormatError(path, f"unknown text encoding {encoding!r}") from None


def _decode_head(
    path: str | Path, data: bytes, complete: bool, encoding: str | None
) -> tuple[str, str]:
    """Decode the head of a file; a multi-byte character cut at its end is left out."""
    if encoding:
        if bom_encoding(data) == "utf-8-sig" and encoding.replace("_", "-").lower() in (
            "utf-8",
            "utf8",
        ):
            encoding = "utf-8-sig"
        candidates = [encoding]
    else:
        bom = bom_encoding(data)
        candidates = [bom] if bom else ["utf-8", "cp1252", "latin-1"]
    for i, name in enumerate(candidates):
        try:
            return _decoder(path, name).decode(data, final=complete), name
        except UnicodeDecodeError as exc:
            if i + 1 < len(candidates):
                continue
            bad = exc.object[exc.start : exc.start + 1]
            shown = f" (0x{bad[0]:02x})" if bad else ""
            raise ImportFormatError(
                path, f"byte offset {exc.start}{shown} is not valid {name} text: {exc.reason}"
            ) from None
    raise AssertionError("latin-1 decodes any bytes")  # pragma: no cover


@dataclass
class _Head:
    """What reading the head of a file found."""

    text: str
    encoding: str
    complete: bool
    delimiter: str
    quotechar: str
    rows: list[tuple[int, list[str]]]
    header: int | None  # index into rows


def _read_head(path: str | Path, encoding: str | None, rows: int) -> _Head:
    """Read, decode and split the head of a file: enough for ``rows`` data rows after up
    to 60 title lines, reading more only when lines are very long."""
    size = _FIRST_READ
    while True:
        try:
            with open(path, "rb") as fh:
                data = fh.read(size + 1)
        except OSError as exc:
            raise ImportFormatError(path, f"cannot read the file ({exc.strerror or exc})") from None
        complete = len(data) <= size
        data = data[:size]
        if not data.strip(b" \t\r\n\x00\x1a"):
            raise ImportFormatError(path, "the file is empty")
        refuse_binary(path, data)
        text, used = _decode_head(path, data, complete, encoding)
        if not complete:  # the last line may be cut: it waits for a longer read
            text = text[: text.rfind("\n") + 1] if "\n" in text else ""
        head = _rows_of(path, text, rows, complete or size >= _MAX_READ)
        if head is not None:
            delimiter, quotechar, found, header = head
            return _Head(text, used, complete, delimiter, quotechar, found, header)
        size *= 4


def csv_head(path: str | Path, *, encoding: str | None = None, rows: int = 50) -> CsvHead:
    """Read the first ``rows`` data rows of a CSV file, reading only the head of the file.

    ``encoding`` forces a text encoding (else: a BOM, UTF-8 when valid, Windows-1252).
    Raise :class:`ImportFormatError` for a missing, empty or binary file or bytes that are
    not text in the forced encoding.
    """
    head = _read_head(path, encoding, rows)
    all_rows = head.rows
    if head.header is not None:
        start = head.header + 1
        header_line, header = all_rows[head.header]
    else:
        start = first_data_row([r for _line, r in all_rows])
        header, header_line = [], None
    body = [(line, r) for line, r in all_rows[start:] if any(c.strip() for c in r)][:rows]
    result = CsvHead(
        encoding=head.encoding,
        delimiter=head.delimiter,
        header_line=header_line,
        header=header,
        rows=[r for _line, r in body],
        line_numbers=[line for line, _r in body],
        quotechar=head.quotechar,
        complete=head.complete,
    )
    try:
        result.mapping, result.notes = _propose(path, head)
    except ImportFormatError as exc:
        result.notes.append(exc.reason)
    return result


def _propose(path: str | Path, head: _Head) -> tuple[CsvMapping, list[str]]:
    mapping, notes = propose_rows(
        path, [r for _l, r in head.rows], head.text, head.delimiter, head.encoding
    )
    mapping.quotechar = head.quotechar
    return mapping, notes


def detect_csv_mapping(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> CsvMapping:
    """Propose how to read a CSV bank export (to show, adjust and save as a profile).

    Columns and formats are decided from the first rows, read from the head of the file;
    only when those dates can be read both day-first and month-first is the whole date
    column read to decide, and when even all of it leaves the order open
    ``ambiguous_dates`` is set, so that the person is asked.
    """
    check_size(path, max_bytes)
    head = _read_head(path, None, SAMPLE_ROWS)
    mapping, _notes = _propose(path, head)
    if mapping.ambiguous_dates:
        _settle_date_order(path, mapping, head, max_bytes)
    return mapping


def _settle_date_order(path: str | Path, mapping: CsvMapping, head: _Head, max_bytes: int) -> None:
    """Decide the date order from every date of the date column."""
    text = head.text
    if not head.complete:
        text = decode(path, read_bytes(path, max_bytes))[0]
    distinct: set[str] = set()
    column = mapping.date
    for index, (_lines, rows) in enumerate(
        read_chunks(path, text, mapping.delimiter, mapping.quotechar)
    ):
        chunk = rows[mapping.first_row :] if index == 0 else rows
        distinct.update(r[column].strip() for r in chunk if len(r) > column)
    distinct.discard("")
    dates = [d for d in distinct if looks_like_date(d)]
    order, ambiguous = detect_date_order(dates, mapping.date_order)
    mapping.date_order = order
    mapping.ambiguous_dates = ambiguous or (order != "YMD" and day_month_open(dates))


def _rows_of(
    path: str | Path, text: str, rows: int, complete: bool
) -> tuple[str, str, list[tuple[int, list[str]]], int | None] | None:
    """Dialect, rows and header index of ``text``; ``None`` when it holds too few rows to
    be sure of them and more of the file can be read."""
    delimiter = sniff_delimiter(text)
    quotechar = sniff_quotechar(text, delimiter)
    found: list[tuple[int, list[str]]] = []
    want = _HEADER_ROWS + rows + 1
    try:
        for line, row in read_rows(path, text, delimiter, quotechar):
            found.append((line, row))
            if len(found) >= want:
                break
    except ImportFormatError:
        if complete:
            raise
        return None  # a quoted field runs past the read: read more
    if not complete and len(found) < want:
        return None
    header = find_header([r for _line, r in found])
    return delimiter, quotechar, found, header


# --- reading rows with a mapping ----------------------------------------------------------


class _RowReader:
    def __init__(self, head: CsvHead, mapping: CsvMapping) -> None:
        self.head = head
        self.m = mapping
        self.fmt: NumberFormat = mapping.number_format()
        self.sign = mapping.sign_convention()

    def name(self, column: int) -> str:
        return repr(self.head.column_name(column))

    def cell(self, row: list[str], column: int | None) -> str:
        if column is None or column >= len(row):
            return ""
        return row[column].strip()

    def amount(self, row: list[str], column: int, what: str) -> Decimal:
        text = self.cell(row, column)
        try:
            return parse_amount(text, self.fmt)
        except AmountError:
            marks = "a decimal comma" if self.fmt.decimal == "," else "a decimal point"
            raise ValueError(
                f"column {self.name(column)}: {what} {text!r} is not a number (read with {marks})"
            ) from None

    def read(self, line: int, row: list[str]) -> PreviewRow:
        m = self.m
        out = PreviewRow(
            line=line,
            day=None,
            amount=None,
            currency=self.cell(row, m.currency).upper() or m.fixed_currency,
            payee=" ".join(p for p in (self.cell(row, c) for c in m.payee) if p),
            memo=" ".join(p for p in (self.cell(row, c) for c in m.memo) if p),
            balance=None,
        )
        if not out.payee:
            out.payee = out.memo
        if m.status is not None:
            out.pending = is_pending(self.cell(row, m.status))
        day_text = self.cell(row, m.date)
        if not day_text or not looks_like_date(day_text):
            out.skipped = (
                f"not a transaction: no date in column {self.name(m.date)}; the import skips it"
            )
            return out
        errors: list[str] = []
        try:
            day = parse_day(day_text, m.date_order)
        except DateError:
            errors.append(
                f"column {self.name(m.date)}: date {day_text!r} is not a day "
                f"({_WORDS[m.date_order]})"
            )
        else:
            assert day is not None
            out.day = _EPOCH + datetime.timedelta(days=day)
        try:
            out.amount = self.money(row)
        except ValueError as exc:
            errors.append(str(exc))
        if out.amount is None and not errors:
            out.skipped = "no amount; the import skips it"
        if m.balance is not None and self.cell(row, m.balance):
            try:
                out.balance = self.amount(row, m.balance, "balance")
            except ValueError as exc:
                errors.append(str(exc))
        out.error = "; ".join(errors) or None
        return out

    def money(self, row: list[str]) -> Decimal | None:
        m = self.m
        if self.sign == "debit-credit columns":
            assert m.debit is not None and m.credit is not None  # CsvMapping.validate
            total, seen = Decimal(0), False
            for column, sign, what in ((m.debit, -1, "debit"), (m.credit, 1, "credit")):
                if self.cell(row, column):
                    total += sign * abs(self.amount(row, column, what))
                    seen = True
            value = total if seen else None
        else:
            assert m.amount is not None
            if not self.cell(row, m.amount):
                return None
            value = self.amount(row, m.amount, "amount")
            if m.direction is not None:
                marker = self.cell(row, m.direction)
                if marker.lower() in DEBIT_MARKS:
                    value = -abs(value)
                elif marker.lower() in CREDIT_MARKS:
                    value = abs(value)
                else:
                    raise ValueError(
                        f"column {self.name(m.direction)}: direction {marker!r} is neither "
                        "debit nor credit"
                    )
        if value is not None and m.inverted():
            value = -value
        return value


def preview_rows(head: CsvHead, mapping: CsvMapping) -> list[PreviewRow]:
    """Read the rows of ``head`` with ``mapping`` as the import reads them.

    Raise :class:`ValidationError` when the mapping itself is not usable (no amount column,
    a convention without its columns), so the dialog can say what to choose.
    """
    mapping.validate()
    reader = _RowReader(head, mapping)
    return [reader.read(line, row) for line, row in zip(head.line_numbers, head.rows, strict=True)]
