"""Whether a CSV export ends whole, or was cut short inside its last line.

CSV has no closing part: a download cut at a line end looks like a shorter statement and
cannot be told from one. A cut *inside* a line can, when the file has no line end after its
last line (a whole export nearly always ends with one), by comparing that line with the rows
before it. The last line of such a file is refused (the whole file is, nothing is imported)
when:

* it ends inside a quoted field (``"-20.0`` with no closing quote);
* it has fewer fields than the header, and there are no rows before it;
* it has fewer fields than the transaction rows and follows a row as wide as they are, or
  starts like one of them (its first cell has the shape of theirs: ``01/12/2023`` or a prefix
  of it): it is a row cut short, not a footer after a blank line such as ``Date downloaded
  12/03/2025 3:00 pm``;
* it has its fields, but the last one is empty where every row before it has a value (or
  the line ends in a bare delimiter where the line before it ends in a quote), or,
  in a column that carries money, a date, a currency, an account or a debit/credit mark, or
  in any column whose values come in at most three formats (a balance, a status), has a
  shape that is only a beginning of the shapes that column has elsewhere (``2024-01-1``
  among ``2024-01-15``; ``-2`` among ``-20.28``), or is shorter than the value of a column
  whose values all have one length (an id), or is an amount with fewer decimals than every
  other amount in the column (``2000.0``).

A last cell of free text (payee, memo) has no shape to compare, and is accepted as it is.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from cmrdesk.domain import ImportFormatError

from .csv_mapping import CsvMapping
from .dates import looks_like_date

_SHAPE = str.maketrans(
    "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "9" * 10 + "a" * 52,
)
#: Rows before the last one that are compared with it.
CONTEXT_ROWS = 200


def shape(cell: str) -> str:
    """``' 12/01/2024'`` -> ``'99/99/9999'``: digits become 9, ASCII letters a."""
    return cell.strip().translate(_SHAPE)


def _decimals(cell: str, mark: str) -> int | None:
    """Digits after the decimal mark of an amount (0 without one; None for no digits)."""
    text = cell.strip().rstrip("-+ ").rstrip(")")
    if not any(c.isdigit() for c in text):
        return None
    head, sep, tail = text.rpartition(mark)
    if not sep:
        return 0
    digits = len(tail) - len(tail.lstrip("0123456789"))
    return digits if head or digits else None


def ends_with_line_end(text: str) -> bool:
    """Whether the text ends with a line end (a trailing Ctrl-Z or NUL does not count)."""
    return text.rstrip("\x1a\x00")[-1:] in ("\n", "\r")


def _record_start(text: str, breaks: int) -> int:
    """Offset where the last record starts, given how many line breaks are inside it."""
    end = len(text)
    pos = -1
    for _ in range(breaks + 1):
        newline = text.rfind("\n", 0, end)
        pos = max(newline, text.rfind("\r", 0, end))
        if pos < 0:
            return 0
        end = pos - 1 if pos == newline and pos > 0 and text[pos - 1] == "\r" else pos
    return pos + 1


def _bare_delimiter_end(text: str, m: CsvMapping) -> bool:
    """Whether the text ends with a delimiter where the line before ends with a quote (a
    file that quotes every field was cut just before its last one)."""
    body = text.rstrip("\x1a\x00")
    if not body.endswith(m.delimiter):
        return False
    before = body[: body.rfind("\n")].rstrip("\r")
    return before.endswith(m.quotechar)


def _ends_in_quotes(text: str, last: list[str], delimiter: str, quotechar: str) -> bool:
    breaks = sum(c.count("\n") + c.count("\r") - c.count("\r\n") for c in last)
    tail = text[_record_start(text, breaks) :]
    if tail.count(quotechar) % 2:  # quoted fields hold their quotes in pairs
        return True
    try:
        for _row in csv.reader(
            io.StringIO(tail, newline=""), delimiter=delimiter, quotechar=quotechar, strict=True
        ):
            pass
    except csv.Error as exc:
        return "unexpected end of data" in str(exc)
    return False


def check_last_line(
    path: str | Path,
    text: str,
    mapping: CsvMapping,
    rows: Sequence[list[str]],
    line: int,
) -> None:
    """Raise :class:`ImportFormatError` when the file was cut inside its last line.

    ``rows`` are the last rows of the file as the reader returned them (the last of them is
    the file's last row) and ``line`` is the line that row starts on.
    """
    if not rows or ends_with_line_end(text):
        return
    last = rows[-1]
    m = mapping

    def cut(why: str) -> ImportFormatError:
        return ImportFormatError(
            path,
            f"the last line has no line end and {why}: the file was cut short (an interrupted "
            "download?); nothing was imported; download the statement again",
            line=line,
        )

    if _ends_in_quotes(text, last, m.delimiter, m.quotechar):
        raise cut("ends inside a quoted field")
    if not last[-1].strip() and _bare_delimiter_end(text, m):
        raise cut("its last field is empty and unquoted, where every field is quoted")
    need = max(m.used_columns())
    data = [
        r
        for r in rows[-CONTEXT_ROWS - 1 : -1]
        if len(r) > need and looks_like_date(r[m.date].strip())
    ]
    if not data:  # only a header to compare it with
        named = len(m.columns) - next(
            (i for i, name in enumerate(reversed(m.columns)) if name.strip()), 0
        )
        if len(last) < named:
            raise cut(f"only {len(last)} of the {named} fields of the header")
        _compare_amounts(last, m, cut)
        return
    width = Counter(map(len, data)).most_common(1)[0][0]
    if len(last) < width:
        before = rows[-2] if len(rows) > 1 else []
        first = shape(last[0])
        if len(before) >= width or any(shape(r[0]).startswith(first) for r in data):
            raise cut(f"only {len(last)} of the {width} fields of the rows before it")
        return  # a footer after a blank line or a note: not a transaction
    column = len(last) - 1
    cell = last[column].strip()
    what = _ROLES.get(_role(m, column), "last field")
    others = [r[column].strip() for r in data if len(r) > column and r[column].strip()]
    if not others:
        return  # a column empty everywhere (a trailing delimiter)
    if not cell:
        if len(others) == len(data):
            raise cut(f"its {what} is empty, which it is in no row before it")
        return
    mine = shape(cell)
    seen = {shape(c) for c in others}
    if (
        (what != "last field" or len(seen) <= 3)
        and mine not in seen
        and any(s.startswith(mine) for s in seen)
    ):
        raise cut(f"its {what} {cell!r} is only the beginning of what the column holds")
    lengths = {len(c) for c in others}
    if len(others) >= 2 and len(lengths) == 1 and len(cell) < min(lengths):
        raise cut(f"its {what} {cell!r} is shorter than in every row before it")
    if what == "amount":
        places = {_decimals(c, m.decimal) for c in others} - {None}
        here = _decimals(cell, m.decimal)
        if len(places) == 1 and here is not None and here < min(places):
            raise cut(f"its amount {cell!r} has fewer decimals than the others")


def _compare_amounts(
    row: list[str], m: CsvMapping, cut: Callable[[str], ImportFormatError]
) -> None:
    """A last amount with fewer decimals than the row's other amounts (debit 0,00 and
    credit 1 of 12,23) was cut; for a file with no row before to compare with."""
    column = len(row) - 1
    money = [c for c in (m.amount, m.debit, m.credit) if c is not None and c < len(row)]
    if column not in money:
        return
    here = _decimals(row[column], m.decimal)
    theirs = {_decimals(row[c], m.decimal) for c in money if c != column and row[c].strip()}
    theirs.discard(None)
    if here is not None and theirs and here < min(theirs):
        raise cut(f"its amount {row[column].strip()!r} has fewer decimals than the others")


_ROLES = {
    "amount": "amount", "debit": "amount", "credit": "amount", "date": "date",
    "direction": "debit/credit mark", "currency": "currency", "account": "account",
}  # fmt: skip


def _role(mapping: CsvMapping, column: int) -> str:
    """The mapping's name for a column that carries money, a date or a code ('' if none)."""
    return next((name for name in _ROLES if getattr(mapping, name) == column), "")
