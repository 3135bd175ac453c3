"""Reading a CSV bank export with a :class:`CsvMapping` (given, or proposed on the spot).

A million-row import must not do Python work per row, so rows are read in three tiers:

* a file whose data has no quote character and equally wide lines is split as text and
  its columns are slices of one list;
* otherwise the csv module reads chunks of rows, which are converted column by column
  (amounts validated by one regular expression per column and turned into integers
  without ``Decimal``);
* a chunk with anything unusual (titles, totals, empty amounts, debit/credit or direction
  columns, several statements) goes through the row loop.

In all tiers dates are kept as text and turned into days once per distinct text at the end
(which is also when the date order is settled from *all* the dates, not a sample), and
payees are cleaned once per distinct text.

Rows that are not transactions — titles, metadata, section markers ("Posted
Transactions"), totals, balances, disclaimers — have no date in the date column and are
skipped with a warning that names their lines. A row *with* a date but an amount that is
not a number is an error, reported with its line. Metadata lines before the header give the
account number, currency and opening/closing balances when the bank writes them there.

A file with a currency column holding several currencies, or an account column holding
several accounts, becomes one statement per currency and account.
"""

from __future__ import annotations

import bisect
import copy
import functools
import itertools
import operator
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from cmrdesk.domain import ImportFormatError, ValidationError

from .csv_dialect import normalise_header, read_chunks
from .csv_end import CONTEXT_ROWS, check_last_line
from .csv_mapping import (
    CREDIT_MARKS,
    DEBIT_MARKS,
    SINGLE_COLUMNS,
    CsvMapping,
    ambiguous_dates_note,
    propose_mapping,
)
from .csv_metadata import account_from_file_name, read_metadata
from .dates import DateError, DayReader, day_month_open, detect_date_order, looks_like_date
from .iban import is_valid_iban
from .numbers import (
    ISO_CURRENCIES,
    AmountError,
    decimal_units,
    fast_units,
    parse_amount,
    try_amount,
)
from .payees import clean_payees
from .source import decode
from .statement import (
    CLEARED,
    PENDING,
    ParsedStatement,
    StatementAccount,
    check_balances,
    fit_scale,
)

_PENDING_WORDS = ("pend", "vorgemerkt", "attente", "behandeling", "autoris", "hold", "process")
_PAYMENT_WORDS = re.compile(r"payment|thank you|zahlung|betaling|paiement|pago", re.I)


def is_pending(status: str) -> bool:
    """Whether a status cell marks a booking that is not final ("Pending", "vorgemerkt")."""
    low = status.lower()
    return any(w in low for w in _PENDING_WORDS)


def _padded(joined: str) -> bool:
    """Whether any cell of a newline-joined column starts or ends with a space or tab.

    Substring tests run at memory speed; a regular expression with these alternatives
    took seconds on a million rows.
    """
    return (
        joined[:1] in (" ", "\t")
        or joined[-1:] in (" ", "\t")
        or " \n" in joined
        or "\n " in joined
        or "\t\n" in joined
        or "\n\t" in joined
    )


@functools.cache
def _plain_column(mark: str, decimals: int) -> re.Pattern[str]:
    """Matches a newline-joined column of plain amounts with exactly ``decimals`` decimals.

    Possessive quantifiers: nothing to backtrack into, five times faster on a million rows.
    """
    return re.compile(rf"(?:-?[0-9]++{re.escape(mark)}[0-9]{{{decimals}}}\n)*+")


def _text_column(columns: Sequence[Sequence[str]], picked: list[int], size: int) -> list[str]:
    """A text column (or several joined by spaces), stripped only where needed."""
    if not picked:
        return [""] * size
    if len(picked) == 1:
        column = columns[picked[0]]
        joined = "\n".join(column)
        if not _padded(joined):
            return list(column)
        return [text.strip() for text in column]
    parts = [columns[i] for i in picked]
    return [
        " ".join(p for p in (c.strip() for c in cells) if p) for cells in zip(*parts, strict=True)
    ]


@dataclass
class _Group:
    """The columns of one statement while rows are read."""

    statement: ParsedStatement
    raw_days: list[str] = field(default_factory=list)
    # The balance column's cells, kept only when a status column can mark rows pending.
    raw_balances: list[str] = field(default_factory=list)


#: Characters of text the fast path splits at a time: about 20,000 rows. The strings a
#: block splits into that are not kept (repeated payees and memos are shared) are freed
#: block by block; smaller blocks leave less of that memory behind, at no cost in time
#: from 1 MB up (4 MB blocks peaked 8 % higher in a 300,000-row import).
_BLOCK_CHARS = 1 << 20


def _from_line(
    lines: Sequence[int], rows: list[list[str]], first: int
) -> tuple[Sequence[int], list[list[str]]]:
    """The rows (and their lines) that start on line ``first`` or later."""
    index = bisect.bisect_left(lines, first)
    return (lines, rows) if index == 0 else (lines[index:], rows[index:])


def _summary(lines: list[int]) -> str:
    shown = ", ".join(map(str, lines[:8]))
    return shown + (f" and {len(lines) - 8} more" if len(lines) > 8 else "")


class _CsvImport:
    def __init__(self, path: str | Path, text: str, mapping: CsvMapping, detected: bool) -> None:
        self.path = path
        self.text = text
        self.m = mapping
        self.detected = detected
        self.fmt = mapping.number_format()
        self.groups: dict[tuple[str, str], _Group] = {}
        self.skipped: list[int] = []
        self.no_amount: list[int] = []
        self.meta_rows: list[list[str]] = []
        self.account_fallback = ""
        self._shape: dict[str, bool] = {}  # date cell text -> has a date's shape
        self._distinct_days: set[str] = set()
        # One str object per distinct date text: rows share it instead of each row keeping
        # its own copy (a 250 MB file has millions of rows and a few thousand dates).
        self._day_text: dict[str, str] = {}
        self._texts: dict[str, str] = {}  # the same for repeated payees and memos
        self._ints: dict[int, int] = {}  # and for repeated amounts
        self._row_loop_used = False
        self._status_of: dict[str, str] = {}
        self._tail: list[list[str]] = []  # the last rows read, for check_last_line
        self._last_line = 0  # the line the last row starts on
        self._balances = mapping.status is not None and mapping.balance is not None
        self.ambiguous_dates = False

    # --- setup -----------------------------------------------------------------------------

    def _resolve_header(self, rows: list[tuple[int, list[str]]]) -> None:
        """Check a saved profile's header against this file; follow reordered columns."""
        m = self.m
        if m.header_row is None or not m.columns:
            return
        names = [normalise_header(c)[0] for c in m.columns]
        if m.header_row < len(rows):
            found = [normalise_header(c)[0] for c in rows[m.header_row][1]]
            if found[: len(names)] == names:
                return
        wanted = {names[i] for i in m.used_columns() if i < len(names) and names[i]}
        for index, (_line, row) in enumerate(rows[:60]):
            here = [normalise_header(c)[0] for c in row]
            if wanted <= set(here):
                self._remap(names, here)
                m.first_row += index - m.header_row
                m.header_row = index
                m.columns = [c.strip() for c in row]
                return
        missing = sorted(wanted - {normalise_header(c)[0] for _l, r in rows[:60] for c in r})
        raise ImportFormatError(
            self.path,
            "the saved CSV profile does not fit this file"
            + (f": no column {missing[0]!r}" if missing else ""),
        )

    def _remap(self, old: list[str], new: list[str]) -> None:
        m = self.m

        def move(index: int | None) -> int | None:
            if index is None or index >= len(old) or not old[index]:
                return index
            return new.index(old[index])

        for name in SINGLE_COLUMNS:
            setattr(m, name, move(getattr(m, name)))
        m.payee = [move(i) or 0 for i in m.payee]
        m.memo = [move(i) or 0 for i in m.memo]

    # --- rows ------------------------------------------------------------------------------

    def run(self, notes: list[str]) -> list[ParsedStatement]:
        m = self.m
        chunks = read_chunks(self.path, self.text, m.delimiter, m.quotechar)
        lines, rows = next(chunks, (range(0), []))
        head = list(zip(lines, rows, strict=True))
        if m.columns:
            self._resolve_header(head[:60])
        for index, (_line, row) in enumerate(head[: m.first_row]):
            if index != m.header_row:
                self.meta_rows.append(row)
        resume = 0
        if m.first_row < len(lines):
            found = self._split_fast(lines[m.first_row])
            if found is None:
                return self._finish(notes)
            resume = found
        self._chunk(*_from_line(lines[m.first_row :], rows[m.first_row :], resume))
        for lines, rows in chunks:
            self._chunk(*_from_line(lines, rows, resume))
        check_last_line(self.path, self.text, m, self._tail, self._last_line)
        return self._finish(notes)

    def _chunk(self, lines: Sequence[int], rows: list[list[str]]) -> None:
        if not rows:
            return
        self._tail = self._tail[-CONTEXT_ROWS:] + rows[-CONTEXT_ROWS - 1 :]
        self._last_line = lines[-1]
        if self._columnar_layout() and min(map(len, rows)) > max(self.m.used_columns()):
            columns = list(zip(*rows, strict=False))
            if self._take_columns(columns, lines):
                return
        self._rows(zip(lines, rows, strict=True))

    def _columnar_layout(self) -> bool:
        """Whether the mapping allows reading whole columns: one signed amount column and
        one statement (no currency or account column to split by)."""
        m = self.m
        return (
            m.amount is not None
            and m.direction is None
            and m.currency is None
            and m.account is None
        )

    def _split_fast(self, first_line: int) -> int | None:
        """The fastest path: splitting the text is the CSV parse.

        It applies when the data has no quote character at all, or when every field of
        every line is quoted and no field holds a quote (``"a","b"``); and every line is
        equally wide. Columns are then slices of one list per block of lines (blocks keep
        the memory of a 250 MB file to a few megabytes beyond what the statement holds).
        Any doubt (a stray or doubled quote, a short or long line, a footer, a blank line,
        a line break inside a field) leaves the rest of the file to the csv-module paths.

        Returns ``None`` when the whole file was read here, else the line from which the
        csv module must read (``first_line`` when nothing was read here).
        """
        m = self.m
        if not self._columnar_layout():
            return first_line
        text = self.text
        start = 0
        for _ in range(first_line - 1):
            start = text.find("\n", start) + 1
            if not start:
                return first_line
        end = len(text)
        while end > start and text[end - 1] in "\r\n":
            end -= 1
        if start >= end:
            return first_line
        # The whole body is checked by counting, which copies nothing.
        crlf = text.find("\r", start, end) >= 0
        if crlf and text.count("\r", start, end) != text.count("\r\n", start, end):
            return first_line
        quote, delimiter = m.quotechar, m.delimiter
        rows = text.count("\n", start, end) + 1
        quoted = text.find(quote, start, end) >= 0
        separator = f"{quote}{delimiter}{quote}"
        if quoted:
            # Every field quoted once: 2 quotes per field, each line "…","…", no other quote.
            inner = text.count(separator, start, end)
            if inner % rows or not (text[start] == quote == text[end - 1]):
                return first_line
            width = inner // rows + 1
            line_end = "\r\n" if crlf else "\n"
            if (
                text.count(quote, start, end) != 2 * width * rows
                or text.count(f"{quote}{line_end}{quote}", start, end) != rows - 1
            ):
                return first_line
        else:
            first_end = text.find("\n", start, end)
            width = text.count(delimiter, start, first_end if first_end >= 0 else end) + 1
            if text.count(delimiter, start, end) != rows * (width - 1):
                return first_line
        if width <= max(m.used_columns()):
            return first_line
        line, pos = first_line, start
        tail: list[list[str]] = []
        while pos < end:
            stop = text.find("\n", min(pos + _BLOCK_CHARS, end), end)
            stop = end if stop < 0 else stop
            block = text[pos:stop]
            if crlf:
                block = block.replace("\r\n", "\n").removesuffix("\r")
            count = block.count("\n") + 1
            if quoted:
                flat = block[1:-1].replace(f"{quote}\n{quote}", separator).split(separator)
            else:
                flat = block.replace("\n", delimiter).split(delimiter)
            del block
            # A line with a field too many or too few shifts the fields after it into the
            # wrong columns; the date and amount checks in _take_columns then fail and the
            # csv module reads the file from this block on.
            if len(flat) != count * width:
                return line
            columns = [flat[i::width] for i in range(width)]
            del flat
            if not self._take_columns(columns, range(line, line + count)):
                return line
            last = [column[-CONTEXT_ROWS - 1 :] for column in columns]
            tail = tail[-CONTEXT_ROWS - 1 :] + list(map(list, zip(*last, strict=True)))
            line += count
            pos = stop + 1
        check_last_line(self.path, text, m, tail, line - 1)
        return None

    def _take_columns(self, columns: Sequence[Sequence[str]], lines: Sequence[int]) -> bool:
        """Append whole columns to the statement; False (nothing changed) when a row needs
        the row loop: junk rows, rows without an amount."""
        m = self.m
        shape = self._shape
        dates = set(columns[m.date])
        for text in dates - self._distinct_days:
            looks = shape.get(text)
            if looks is None:
                stripped = text.strip()
                looks = shape[text] = bool(stripped) and looks_like_date(stripped)
            if not looks:
                return False
        group = self.groups.get(("", ""))
        if group is None:
            group = self.groups[("", "")] = self._new_group(("", ""), [])
        st = group.statement
        if not self._column_amounts(columns[m.amount], lines, st):
            return False
        size = len(lines)
        self._distinct_days |= dates
        canonical = self._day_text.setdefault
        group.raw_days.extend(map(canonical, columns[m.date], columns[m.date]))
        st.payee_raw.extend(self._shared_text(columns, m.payee, size))
        st.memo.extend(self._shared_text(columns, m.memo, size))
        references = [m.reference] if m.reference is not None else []
        st.import_id.extend(_text_column(columns, references, size))
        if m.status is None:
            st.status.extend([CLEARED] * size)
        else:
            st.status.extend(map(self._status, columns[m.status]))
        if self._balances:
            assert m.balance is not None
            group.raw_balances.extend(columns[m.balance])
        st.line.extend(lines)
        return True

    def _shared_text(
        self, columns: Sequence[Sequence[str]], picked: list[int], size: int
    ) -> Iterable[str]:
        """A payee or memo column, stripped where needed, with repeated texts shared.

        A single column of repeated texts is checked for padding on its distinct texts
        only (a few thousand, not a million)."""
        if len(picked) != 1:
            return self._shared(_text_column(columns, picked, size))
        column = columns[picked[0]]
        distinct = set(column)
        if len(distinct) * 2 > len(column):
            return _text_column(columns, picked, size)
        if any(t[:1] in (" ", "\t") or t[-1:] in (" ", "\t") for t in distinct):
            column = [text.strip() for text in column]
        canonical = self._texts.setdefault
        return map(canonical, column, column)

    def _shared(self, column: list[str]) -> Iterable[str]:
        """The column with one str object per distinct text, when texts repeat (payees and
        memos mostly do): millions of rows then keep a few thousand strings, not millions.
        A column of mostly unique texts is left as it is (a table of them costs more)."""
        if len(set(column)) * 2 > len(column):
            return column
        canonical = self._texts.setdefault
        return map(canonical, column, column)

    def _column_amounts(
        self, column: Sequence[str], lines: Sequence[int], st: ParsedStatement
    ) -> bool:
        """Append a column of amounts at the statement's scale; False (and nothing appended)
        when one is empty, so that the row loop can skip and report that row."""
        mark = self.fmt.decimal
        joined = "\n".join(column) + "\n"
        if st.scale > 0 and _plain_column(mark, st.scale).fullmatch(joined):
            units = list(map(int, joined.replace(mark, "").split("\n")[:-1]))
            if len(set(units)) * 2 > len(units):
                st.amount_minor.extend(units)
            else:  # amounts repeat: rows share one int object per amount (28 bytes a row)
                canonical = self._ints.setdefault
                st.amount_minor.extend(map(canonical, units, units))
            return True
        before = len(st.amount_minor)
        for line, text in zip(lines, column, strict=True):
            stripped = text.strip()
            if not stripped:
                del st.amount_minor[before:]  # a row without amount: the row loop reports it
                return False
            units = fast_units(stripped, mark) or self._slow_amount(stripped, line, "amount")
            st.amount_minor.append(fit_scale(st, *units))
        return True

    def _status(self, raw: str) -> str:
        status = self._status_of.get(raw)
        if status is None:
            status = PENDING if is_pending(raw) else CLEARED
            self._status_of[raw] = status
        return status

    def _rows(self, rows: Iterable[tuple[int, list[str]]]) -> None:
        """The general row loop: junk rows, debit/credit, directions, several statements."""
        self._row_loop_used = True
        m = self.m
        need = max(m.required_columns())
        date_i = m.date
        mark = self.fmt.decimal
        single = m.amount
        debit, credit, direction = m.debit, m.credit, m.direction
        payee_cols, memo_cols = m.payee, m.memo
        ref_i, status_i = m.reference, m.status
        currency_i, account_i = m.currency, m.account
        balance_i = m.balance if self._balances else None
        shape = self._shape
        groups = self.groups
        key = ("", "")
        for line, row in rows:
            if len(row) <= need:
                if any(c.strip() for c in row):
                    self._not_a_transaction(line, row)
                continue
            day_text = row[date_i]
            looks = shape.get(day_text)
            if looks is None:
                stripped = day_text.strip()
                looks = shape[day_text] = bool(stripped) and looks_like_date(stripped)
            if not looks:
                self._not_a_transaction(line, row)
                continue
            if single is not None:
                text = row[single].strip()
                if not text:
                    self.no_amount.append(line)
                    continue
                units = fast_units(text, mark) or self._slow_amount(text, line, "amount")
                if direction is not None:
                    units = self._directed(units, row[direction], line)
            else:
                assert debit is not None and credit is not None  # CsvMapping.validate
                found = self._debit_credit(row[debit].strip(), row[credit].strip(), line)
                if found is None:
                    self.no_amount.append(line)
                    continue
                units = found
            if currency_i is not None or account_i is not None:
                key = (
                    row[account_i].strip() if account_i is not None else "",
                    row[currency_i].strip().upper() if currency_i is not None else "",
                )
            group = groups.get(key)
            if group is None:
                group = groups[key] = self._new_group(key, row)
            st = group.statement
            st.amount_minor.append(fit_scale(st, *units))
            group.raw_days.append(self._day_text.setdefault(day_text, day_text))
            st.payee_raw.append(self._join(row, payee_cols))
            st.memo.append(self._join(row, memo_cols))
            st.import_id.append(row[ref_i].strip() if ref_i is not None else "")
            st.status.append(self._status(row[status_i]) if status_i is not None else CLEARED)
            if balance_i is not None:
                group.raw_balances.append(row[balance_i] if balance_i < len(row) else "")
            st.line.append(line)

    @staticmethod
    def _join(row: list[str], columns: list[int]) -> str:
        if len(columns) == 1:
            return row[columns[0]].strip()
        return " ".join(p for p in (row[c].strip() for c in columns) if p)

    def _not_a_transaction(self, line: int, row: list[str]) -> None:
        self.skipped.append(line)
        self.meta_rows.append(row)
        account_i = self.m.account
        if account_i is not None and account_i < len(row) and not self.account_fallback:
            self.account_fallback = row[account_i].strip()

    def _slow_amount(self, text: str, line: int, what: str) -> tuple[int, int]:
        try:
            value = parse_amount(text, self.fmt)
        except AmountError:
            raise ImportFormatError(
                self.path, f"{what} {text!r} is not a number", line=line
            ) from None
        return decimal_units(value)

    def _debit_credit(self, out: str, into: str, line: int) -> tuple[int, int] | None:
        if not out and not into:
            return None
        total = Decimal(0)
        for text, sign, what in ((out, -1, "debit"), (into, 1, "credit")):
            if text:
                units, decimals = fast_units(text, self.fmt.decimal) or self._slow_amount(
                    text, line, what
                )
                total += sign * abs(Decimal(units).scaleb(-decimals))
        return decimal_units(total)

    def _directed(self, units: tuple[int, int], marker: str, line: int) -> tuple[int, int]:
        low = marker.strip().lower()
        value, decimals = units
        if low in DEBIT_MARKS:
            return -abs(value), decimals
        if low in CREDIT_MARKS:
            return abs(value), decimals
        raise ImportFormatError(
            self.path, f"direction {marker.strip()!r} is neither debit nor credit", line=line
        )

    def _new_group(self, key: tuple[str, str], row: list[str]) -> _Group:
        account, currency = key
        m = self.m
        if m.sort_code is not None and account:  # UK: sort code + account number
            account = f"{row[m.sort_code].strip().lstrip(chr(39))} {account}".strip()
        currency = currency if currency in ISO_CURRENCIES else (m.fixed_currency or "")
        st = ParsedStatement(
            source=str(self.path),
            format="csv",
            account=StatementAccount(number=account, currency=currency, kind_hint=m.kind_hint),
        )
        st.scale = -1
        fit_scale(st, 0, 0)  # settle the currency's base scale
        return _Group(st)

    # --- finishing -------------------------------------------------------------------------

    def _days(self) -> None:
        """Turn the date texts into days, deciding the date order from all distinct dates."""
        m = self.m
        distinct = self._distinct_days
        if self._row_loop_used:
            distinct = distinct.union(*(g.raw_days for g in self.groups.values()))
        order = m.date_order
        ambiguous = m.ambiguous_dates
        if self.detected:
            order, ambiguous = detect_date_order(itertools.islice(distinct, 20_000), order)
        days = self._day_table(distinct, order)
        if days is None and self.detected:  # the sample missed a telling date: use them all
            order, ambiguous = detect_date_order(distinct, order)
            days = self._day_table(distinct, order)
        if self.detected:
            self.ambiguous_dates = ambiguous or (order != "YMD" and day_month_open(distinct))
        else:  # a mapping given: ask again only when it says the person did not choose
            self.ambiguous_dates = m.ambiguous_dates
        m.date_order = order
        if days is None:
            days = self._day_table(distinct, order, explain=True)
        assert days is not None
        lookup = days.__getitem__
        for group in self.groups.values():
            group.statement.day = list(map(lookup, group.raw_days))

    def _day_table(
        self, distinct: set[str], order: str, explain: bool = False
    ) -> dict[str, int] | None:
        reader = DayReader(order)
        days: dict[str, int] = {}
        for text in distinct:
            try:
                day = reader(text)
            except DateError:
                day = None
            if day is None:
                if not explain:
                    return None
                line = next(
                    g.statement.line[i]
                    for g in self.groups.values()
                    for i, t in enumerate(g.raw_days)
                    if t == text
                )
                words = {"DMY": "day/month/year", "MDY": "month/day/year", "YMD": "year/month/day"}
                raise ImportFormatError(
                    self.path,
                    f"date {text.strip()!r} is not a valid date ({words[order]})",
                    line=line,
                )
            days[text] = day
        return days

    def _metadata(self, st: ParsedStatement, single: bool) -> None:
        """Account number, currency and balances from the lines around the data."""
        meta = read_metadata(self.meta_rows, self.fmt)
        account = st.account
        account.currency = account.currency or meta.currency
        account.number = (
            account.number
            or meta.account
            or self.account_fallback
            or account_from_file_name(Path(self.path))
        )
        if single:
            st.opening_balance, st.closing_balance = meta.opening, meta.closing

    def _finish(self, notes: list[str]) -> list[ParsedStatement]:
        m = self.m
        self.groups = {k: g for k, g in self.groups.items() if g.statement.amount_minor}
        if not self.groups:
            reason = "the CSV file has no transactions"
            if self.skipped:
                reason += f" (no row has a date in column {m.date + 1})"
            raise ImportFormatError(self.path, reason)
        self._days()
        out = []
        single = len(self.groups) == 1
        for number, group in enumerate(self.groups.values()):
            st = group.statement
            booked = self._booked_pending(group)
            if m.inverted():
                st.amount_minor = [-a for a in st.amount_minor]
            self._account(st, single)
            if "" in st.payee_raw:  # no payee column value: show the description instead
                st.payee_raw = [p or memo for p, memo in zip(st.payee_raw, st.memo, strict=True)]
            st.payee = clean_payees(st.payee_raw)
            self._check_ids(st)
            self._card_signs(st)
            if number:  # the notes about the file as a whole go with its first statement
                check_balances(st)
                out.append(st)
                continue
            st.warnings.extend(notes)
            if self.ambiguous_dates:
                st.warnings.append(ambiguous_dates_note(m.date_order, "every date in the file"))
            if self.skipped:
                st.warnings.append(
                    f"{len(self.skipped)} rows that are not transactions were skipped "
                    f"(lines {_summary(self.skipped)})"
                )
            if self.no_amount:
                st.warnings.append(
                    f"{len(self.no_amount)} rows without an amount were skipped "
                    f"(lines {_summary(self.no_amount)})"
                )
            if booked:
                st.warnings.append(
                    f"{len(booked)} rows marked pending are already in the file's running "
                    f"balance, so they are taken as booked (lines {_summary(booked)})"
                )
            check_balances(st)
            out.append(st)
        return out

    def _booked_pending(self, group: _Group) -> list[int]:
        """Rows marked pending that the file's own running balance already counts are booked:
        PayPal lists the bank transfer that funds a payment as "Pending" while its Balance
        column shows the money arrived. Such rows become cleared; their lines are returned.

        A row counts when its balance minus its amount is the balance of the row before or
        after it (files run oldest or newest first). Rows with an empty balance (Revolut's
        pending card payments) stay pending.
        """
        st = group.statement
        if not self._balances or PENDING not in st.status:
            return []
        fmt = self.fmt
        balances = group.raw_balances

        def balance(i: int) -> Decimal | None:
            if not 0 <= i < len(balances) or not balances[i].strip():
                return None
            return try_amount(balances[i], fmt)

        booked = []
        for i, status in enumerate(st.status):
            if status != PENDING:
                continue
            after = balance(i)
            if after is None:
                continue
            before = after - Decimal(st.amount_minor[i]).scaleb(-st.scale)
            if before in (balance(i - 1), balance(i + 1)):
                st.status[i] = CLEARED
                booked.append(st.line[i])
        return booked

    def _account(self, st: ParsedStatement, single: bool) -> None:
        self._metadata(st, single)
        if is_valid_iban(st.account.number):
            st.account.iban = st.account.number.replace(" ", "")

    def _check_ids(self, st: ParsedStatement) -> None:
        ids = st.import_id
        if "" not in ids[:1] and all(map(operator.lt, ids, itertools.islice(ids, 1, None))):
            return  # ascending references (most banks number them): unique without a set
        unique = set(ids)
        empty = ids.count("") if "" in unique else 0
        if len(unique) - (1 if empty else 0) != len(ids) - empty:
            st.import_id = [""] * len(st.import_id)
            st.warnings.append(
                "the reference column repeats values, so it is not used to recognise "
                "transactions already imported"
            )

    def _card_signs(self, st: ParsedStatement) -> None:
        """Cards that export purchases as positive numbers: flip when the evidence is clear."""
        if self.m.kind_hint != "credit_card" or self.m.inverted() or self.m.sign:
            return
        amounts = [a for a in st.amount_minor if a]
        positive = sum(1 for a in amounts if a > 0)
        payments = [
            i
            for i, a in enumerate(st.amount_minor)
            if a < 0 and _PAYMENT_WORDS.search(st.payee_raw[i] + " " + st.memo[i])
        ]
        if amounts and positive * 4 >= len(amounts) * 3 and payments:
            st.amount_minor = [-a for a in st.amount_minor]
            st.warnings.append(
                "this card export lists purchases as positive amounts; the signs were flipped "
                "(purchases negative, payments positive)"
            )


def parse_csv(
    path: str | Path, data: bytes, mapping: CsvMapping | None = None
) -> list[ParsedStatement]:
    """Parse a CSV export with ``mapping``, or with one proposed from the file itself."""
    if mapping is None:
        text, encoding = decode(path, data)
        del data  # the text is what is read from here on
        mapping, notes = propose_mapping(path, text, encoding)
        return _CsvImport(path, text, mapping, detected=True).run(notes)
    try:
        mapping.validate()
    except ValidationError as exc:
        raise ImportFormatError(path, f"the CSV profile is not valid: {exc}") from None
    mapping = copy.deepcopy(mapping)  # following reordered columns must not change the profile
    text, _encoding = decode(path, data, strict=mapping.encoding or None)
    del data
    return _CsvImport(path, text, mapping, detected=False).run([])
