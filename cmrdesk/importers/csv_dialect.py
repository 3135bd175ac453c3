"""CSV dialects: delimiter, rows with their line numbers, header names, and what each column
holds (dates, amounts, codes, text) as far as a sample of rows shows.

Nothing here decides what a column *means*; :mod:`cmrdesk.importers.csv_mapping` does that
from these observations.
"""

from __future__ import annotations

import csv
import io
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from cmrdesk.domain import ImportFormatError

from .dates import DateError, looks_like_date, parse_day
from .numbers import COMMA, ISO_CURRENCIES, POINT, looks_numeric, try_amount

DELIMITERS = (",", ";", "\t", "|")
SAMPLE_ROWS = 400

csv.field_size_limit(16 * 1024 * 1024)  # a quoted disclaimer can be long; the file cap holds


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the most consistent number of fields."""
    head = "\n".join(text[:65536].splitlines()[:120])
    best, best_score = ",", -1.0
    for delimiter in DELIMITERS:
        try:
            reader = csv.reader(io.StringIO(head, newline=""), delimiter=delimiter)
            counts = [len(row) for row in reader if row]
        except csv.Error:  # only the field size limit is left; such a delimiter is wrong
            continue
        if not counts:
            continue
        width, rows = Counter(counts).most_common(1)[0]
        if width < 2:
            continue
        wide = sum(1 for c in counts if c >= width)
        score = rows + 0.5 * (wide - rows) + 0.01 * width
        if score > best_score:
            best, best_score = delimiter, score
    return best


def sniff_quotechar(text: str, delimiter: str) -> str:
    """``'`` when the first lines quote their fields with single quotes and never with
    double ones (``'01.02.2024';'-12,50'``), else ``"``."""
    head = text[:65536]
    double = head.count(f'"{delimiter}"') + head.count(f'{delimiter}"')
    single = head.count(f"'{delimiter}'")
    if single and not double and head.lstrip("\ufeff")[:1] == "'":
        return "'"
    return '"'


CHUNK_ROWS = 20_000

# Line ends as a file opened with newline="" splits them (csv needs exactly these), and
# the other characters str.splitlines would also split at.
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")
_OTHER_BREAKS = re.compile("[\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
_LINE_BLOCK = 1 << 20


def iter_lines(text: str) -> Iterator[str]:
    """The lines of ``text`` with their line ends, split as ``io.StringIO(text,
    newline="")`` splits them, a block at a time.

    StringIO keeps four bytes per character for the whole text (a gigabyte for a 250 MB
    file); this keeps one block of lines.
    """
    pos, size = 0, len(text)
    while pos < size:
        stop = text.find("\n", pos + _LINE_BLOCK)
        if stop < 0:  # no "\n" after it: a "\r" alone may end the block
            stop = text.find("\r", pos + _LINE_BLOCK)
        stop = size if stop < 0 else stop + 1
        block = text[pos:stop]
        if _OTHER_BREAKS.search(block):
            yield from (m.group() for m in _LINE.finditer(block))
        else:
            yield from block.splitlines(keepends=True)
        pos = stop


def _breaks(cell: str) -> int:
    """Line breaks inside a quoted cell, counted the way the reader counts lines."""
    return cell.count("\n") + cell.count("\r") - cell.count("\r\n")


def read_chunks(
    path: str | Path, text: str, delimiter: str, quotechar: str = '"', size: int = CHUNK_ROWS
) -> Iterator[tuple[Sequence[int], list[list[str]]]]:
    """Rows in chunks, each with the line every row starts on (blank lines are empty rows).

    Chunks let the importer work column by column; line numbers are exact even when quoted
    cells span several lines.
    """
    reader = csv.reader(iter_lines(text), delimiter=delimiter, quotechar=quotechar)
    next_line = 1
    try:
        while True:
            rows = list(itertools.islice(reader, size))
            if not rows:
                return
            end = reader.line_num
            lines: Sequence[int]
            if end - next_line + 1 == len(rows):
                lines = range(next_line, end + 1)
            else:
                lines, line = [], next_line
                for row in rows:
                    lines.append(line)
                    line += 1 + sum(_breaks(cell) for cell in row)
            yield lines, rows
            next_line = end + 1
    except csv.Error as exc:  # a NUL character, an unterminated quote at the very end
        raise ImportFormatError(
            path, f"the CSV cannot be read here ({exc})", line=reader.line_num
        ) from None


def read_rows(
    path: str | Path, text: str, delimiter: str, quotechar: str = '"'
) -> Iterator[tuple[int, list[str]]]:
    """All rows with the line each starts on, one by one."""
    for lines, rows in read_chunks(path, text, delimiter, quotechar, size=500):
        yield from zip(lines, rows, strict=True)


_PARENS = re.compile(r"\(([^)]*)\)")
_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def normalise_header(name: str) -> tuple[str, str]:
    """A comparable form of a column name, and a currency the name states.

    ``"Bedrag (EUR)"`` -> ``("bedrag", "EUR")``; ``"Debit CHF"`` -> ``("debit", "CHF")``;
    ``"Auftraggeber/Empfänger"`` -> ``("auftraggeber/empfaenger", "")``.
    """
    s = name.strip().strip("\ufeff").strip("\"'").strip()
    currency = ""
    for inner in _PARENS.findall(s):
        if inner.strip().upper() in ISO_CURRENCIES:
            currency = inner.strip().upper()
            s = s.replace(f"({inner})", " ")
        elif inner.strip() in ("$", "€", "£", "¥"):
            s = s.replace(f"({inner})", " ")
    words = s.split()
    if len(words) > 1 and words[-1] in ISO_CURRENCIES:
        currency = words[-1]
        s = " ".join(words[:-1])
    s = s.casefold().translate(_FOLD)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"[^\w/()+\-#&. ]", " ", s)
    s = re.sub(r"\s+", " ", s).strip(" .")
    return s, currency


def _compact_date(cell: str) -> bool:
    """``20200213``: eight digits that are a valid year-month-day (ING NL, OFX style)."""
    if len(cell) != 8 or not cell.isdigit() or cell[:2] not in ("19", "20"):
        return False
    try:
        parse_day(cell)
    except DateError:
        return False
    return True


@dataclass
class ColumnProfile:
    """What a sample says about one column."""

    index: int
    filled: int = 0  # non-empty cells
    dates: int = 0  # cells starting with a date
    numbers: int = 0  # cells that read as amounts
    fractions: int = 0  # amounts written with a decimal mark
    negatives: int = 0
    currencies: int = 0  # ISO currency codes
    long_integers: int = 0  # 8+ digit integers: account numbers, ids
    text_length: int = 0
    distinct: int = 0

    def share(self, count: int) -> float:
        """``count`` as a share of the filled cells."""
        return count / self.filled if self.filled else 0.0


def profile_columns(rows: list[list[str]], width: int) -> list[ColumnProfile]:
    """Observe each of ``width`` columns over sample ``rows``."""
    profiles = [ColumnProfile(i) for i in range(width)]
    values: list[set[str]] = [set() for _ in range(width)]
    for row in rows:
        for i, raw in enumerate(row[:width]):
            cell = raw.strip()
            if not cell:
                continue
            p = profiles[i]
            p.filled += 1
            values[i].add(cell)
            p.text_length += len(cell)
            if cell.upper() in ISO_CURRENCIES and cell.isalpha():
                p.currencies += 1
            if looks_like_date(cell) and (not looks_numeric(cell) or _compact_date(cell)):
                p.dates += 1
            elif looks_numeric(cell):
                p.numbers += 1
                bare = cell.lstrip("+-( $€£")
                if bare.isdigit() and len(bare) >= 8:
                    p.long_integers += 1
                if re.search(r"[.,]\d{1,2}\)?$|[.,]\d{3,}$", cell) and not re.fullmatch(
                    r"[+-]?\d{1,3}(?:[.,]\d{3})+", cell
                ):
                    p.fractions += 1
                if cell.lstrip()[:1] in "-(" or cell.rstrip()[-1:] == "-":
                    p.negatives += 1
    for p, distinct in zip(profiles, values, strict=True):
        p.distinct = len(distinct)
    return profiles


def column_values(rows: list[list[str]], index: int) -> list[str]:
    """The stripped cells of one column (missing cells as '')."""
    return [row[index].strip() if index < len(row) else "" for row in rows]


def running_balance(amounts: list[str], balances: list[str], decimal: str) -> bool:
    """True when ``balances`` is a running balance of ``amounts`` in either row order.

    Checks the balance after each row (``b[i] = b[i-1] + a[i]``) and before it
    (``b[i+1] = b[i] + a[i]``), oldest-first or newest-first; two thirds of the pairs must fit.
    """
    fmt = COMMA if decimal == "," else POINT
    a = [try_amount(x, fmt) if x else None for x in amounts]
    b = [try_amount(x, fmt) if x else None for x in balances]
    pairs = len(a) - 1
    if pairs < 2:
        return False

    def fits(check: int) -> int:
        hits = 0
        for i in range(pairs):
            a0, a1, b0, b1 = a[i], a[i + 1], b[i], b[i + 1]
            if None in (a0, a1, b0, b1):
                continue
            assert a0 is not None and a1 is not None and b0 is not None and b1 is not None
            options: tuple[Decimal, ...] = (
                b0 + a1 - b1,  # balance after, oldest first
                b1 + a0 - b0,  # balance after, newest first
                b0 + a0 - b1,  # balance before, oldest first
                b1 + a1 - b0,  # balance before, newest first
            )
            hits += options[check] == 0
        return hits

    return max(fits(k) for k in range(4)) * 3 >= pairs * 2
