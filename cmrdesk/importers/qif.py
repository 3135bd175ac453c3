"""QIF (Quicken Interchange Format): bank, cash, credit-card, other-asset/liability and
investment sections, with ``!Account`` blocks naming the account they belong to.

One :class:`ParsedStatement` per transaction section (consecutive sections of the same
account and type are one statement). List sections (categories, classes, securities,
prices, memorised transactions) are skipped. QIF carries no currency and no transaction
ids, so ``currency`` and ``import_id`` stay empty and duplicates are found by content.

Dates come in every style Quicken ever wrote (``1/ 2'24``, ``01/02/2024``, ``2024-01-02``,
``D1/2/24``); the order is decided once per file from all its dates (see
:mod:`cmrdesk.importers.dates`), US month-first when the file cannot tell. Amounts may use
thousands separators; a file that writes decimal commas is recognised the same way.

Every record ends with a ``^`` line; a file cut short (an interrupted download) is told
from a whole one by that. A record that runs into the next header, or into a second date or
amount line of its own, is missing its ``^`` and the file is refused. The last record may
lack it (small real exports do) only in a file none of whose records has one, and only
where its last line is text (payee, memo, category, address), never a date or an amount,
which a cut would change (``T-20`` of ``T-20.28``); a warning then says that the last line
may be cut short. A file whose transactions all appear exactly twice (the same export saved
twice into one file) is imported with a warning that says so, not refused: every record in
it is whole, and the person decides.

Investment sections (``!Type:Invst``): every record is listed in
:attr:`ParsedStatement.investments` with its action and ``T`` total as written (always
positive in QIF). A cash transaction is made only where the action moves this account's
cash: ``Buy``/``MiscExp``/``MargInt``/``XOut`` take ``T`` out, ``Sell``/``Div``/``IntInc``/
``CGLong``/``CGMid``/``CGShort``/``RtrnCap``/``MiscInc``/``XIn`` bring it in, ``Cash``
is signed as written. ``…X`` actions (``BuyX``, ``DivX``) settle through another account,
reinvestments and share movements move no cash.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from cmrdesk.domain import ImportFormatError

from .dates import MDY, DateError, DayReader, detect_date_order
from .numbers import AmountError, NumberFormat, detect_number_format, parse_amount
from .source import decode
from .statement import (
    InvestmentTransaction,
    ParsedStatement,
    SplitPart,
    StatementAccount,
    StatementBuilder,
)

_KINDS = {
    "bank": "checking",
    "cash": "cash",
    "ccard": "credit_card",
    "oth a": "other_asset",
    "oth l": "loan",
    "invst": "brokerage",
    "port": "brokerage",
    "401(k)/403(b)": "pension",
    "mutual": "brokerage",
}
_CASH_OUT = frozenset({"buy", "miscexp", "margint", "xout", "cvrshrt"})
_CASH_IN = frozenset({
    "sell", "shtsell", "div", "intinc", "cglong", "cgmid", "cgshort", "rtrncap", "miscinc", "xin",
})  # fmt: skip


# Field codes whose value is a date or carries money (or, in investment sections, decides
# whether cash moves): cut short, they would change the data; other fields are text.
_MONEY_OR_DATE = frozenset("DTU$QIO")
_INVESTMENT_KEYS = frozenset("NY")
# Splits (S category, E memo, $ amount) may repeat; so may address lines. A second date or
# total before the splits means two records ran together: their "^" is missing.
_ONCE = frozenset("DTU")


@dataclass
class _Record:
    line: int
    fields: dict[str, str] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)  # field code -> its line
    splits: list[tuple[str, int]] = field(default_factory=list)  # split amounts ($ lines)
    # The split parts in file order: [category (S), memo (E), amount ($), first line].
    parts: list[list] = field(default_factory=list)

    def line_of(self, code: str) -> int:
        """The line a field is on (the record's first line when it is missing)."""
        return self.lines.get(code, self.line)


@dataclass
class _Section:
    type: str  # lower-case QIF type: bank, ccard, invst, ...
    account: dict[str, str]
    line: int
    records: list[_Record] = field(default_factory=list)


_SPLIT_SLOTS = {"S": 0, "E": 1, "$": 2}


def _add_part(record: _Record, code: str, value: str, line: int) -> None:
    """Put an ``S``, ``E`` or ``$`` line into the split part it belongs to.

    A part starts with its ``S`` line; a memo or an amount where the current part already has
    one starts the next part (some exporters leave ``S`` out of uncategorised parts), and an
    ``S`` after a lone ``E`` completes that part (``E`` written first).
    """
    slot = _SPLIT_SLOTS[code]
    parts = record.parts
    current = parts[-1] if parts else None
    if current is None or current[slot] is not None or (
        code == "S" and (current[0] is not None or current[2] is not None)
    ):
        current = [None, None, None, line]
        parts.append(current)
    current[slot] = value


def _category(text: str) -> str:
    """A QIF category without its class (``Bills:Phone/Work`` is category ``Bills:Phone``)."""
    if text.startswith("["):
        end = text.find("]")
        return text[: end + 1] if end > 0 else text
    return text.split("/", 1)[0].strip()


def _unterminated(path: str | Path, record: _Record, line: int, what: str) -> ImportFormatError:
    return ImportFormatError(
        path,
        f"the record that starts on line {record.line} has no end marker (^) before {what}: "
        "the file is cut short or damaged; nothing was imported",
        line=line,
    )


def _sections(
    path: str | Path, text: str, notes: list[str]
) -> tuple[list[_Section], list[tuple[str, int]]]:
    """Split the file into transaction sections; also return the account balance dates.

    ``notes`` receives warnings about the file as a whole.
    """
    sections: list[_Section] = []
    account: dict[str, str] = {}
    balance_dates: list[tuple[str, int]] = []
    mode = ""  # "account", a transaction type, or "list"
    current: _Section | None = None
    record: _Record | None = None
    seen_header = False
    last_code, last_line = "", 0  # the last field line of the file
    ended = 0  # transaction records closed by "^"
    header_last = 0  # the line of a header that nothing has followed yet
    account_open = 0  # the line of an !Account block's first field until its "^"
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("!"):
            seen_header = True
            if record is not None:
                raise _unterminated(path, record, number, f"the header on line {number}")
            record = None
            head = line[1:].strip()
            low = head.lower()
            # A header announces content, but for the !Option/!Clear switches.
            header_last = 0 if low.startswith(("option:", "clear:")) else number
            if low.startswith("type:"):
                kind = head[5:].strip().lower()
                if kind in _KINDS:
                    mode = kind
                    previous = sections[-1] if sections else None
                    if previous and previous.type == kind and previous.account is account:
                        current = previous
                    else:
                        current = _Section(kind, account, number)
                        sections.append(current)
                else:
                    mode, current = "list", None
            elif low == "account":
                mode, current = "account", None
                account = {}
            else:  # !Option:AutoSwitch, !Clear:AutoSwitch and the like
                mode = mode if mode == "account" else "list"
            continue
        if not seen_header:
            if line.startswith("#"):
                continue  # comment lines some tools write before the first header
            raise ImportFormatError(
                path, "a QIF file must start with a !Type or !Account header", line=number
            )
        code, value = line[0], raw.strip()[1:]
        header_last = 0
        if code == "^":
            ended += record is not None and current is not None
            record = None
            account_open = 0
            continue
        last_code, last_line = code, number
        if mode == "account":
            account_open = account_open or number
            if code == "N" and "N" in account:  # a second account in an account list
                account = {}
            account[code] = value.strip()
            if code == "/":
                balance_dates.append((value.strip(), number))
            continue
        if current is None:
            continue
        if record is None:
            record = _Record(number)
            current.records.append(record)
        elif code in _ONCE and code in record.fields and "S" not in record.fields:
            raise _unterminated(path, record, number, f"the second {code} line (line {number})")
        if code in _SPLIT_SLOTS and current.type not in ("invst", "port"):
            _add_part(record, code, value.strip(), number)
        if code == "$" and current.type not in ("invst", "port"):
            record.splits.append((value.strip(), number))
        elif code not in record.fields:
            record.fields[code] = value.strip() if code != "A" else value
            record.lines[code] = number
    if header_last or account_open:
        raise ImportFormatError(
            path,
            "the file ends "
            + (
                "with a header that nothing follows"
                if header_last
                else "inside an account block (no ^ after it)"
            )
            + ": it is cut short; nothing was imported",
            line=header_last or account_open,
        )
    if record is not None and current is not None:
        _last_record(path, current, record, (last_code, last_line), ended, notes)
    return sections, balance_dates


def _last_record(
    path: str | Path,
    section: _Section,
    record: _Record,
    last: tuple[str, int],
    ended: int,
    notes: list[str],
) -> None:
    """Judge a last record that has no ``^``: refuse it where the file's other records have
    theirs (so this one was cut) or where a cut could change money or dates; otherwise
    accept it with a note."""
    code, line = last
    if ended:
        raise _unterminated(
            path, record, line, "the end of the file, although the records before it end with one"
        )
    money = _MONEY_OR_DATE | (_INVESTMENT_KEYS if section.type in ("invst", "port") else set())
    if code in money:
        raise _unterminated(
            path,
            record,
            line,
            f"the end of the file, and its last line (line {line}, {code}) may be cut mid-way",
        )
    notes.append(
        f"the file may be cut short: its last record (line {record.line}) has no end marker "
        f"(^), so its last line (line {line}) may be incomplete and records after it missing"
    )


def _doubled(sections: list[_Section]) -> str | None:
    """A note when every transaction of the file appears exactly twice."""
    seen: dict[tuple, int] = {}
    for section in sections:
        for rec in section.records:
            key = (section.type, section.account.get("N", ""), tuple(rec.fields.items()),
                   tuple(v for v, _ in rec.splits))  # fmt: skip
            seen[key] = seen.get(key, 0) + 1
    if len(seen) < 2 or any(count != 2 for count in seen.values()):
        return None
    total = 2 * len(seen)
    return (
        f"every transaction in this file appears exactly twice ({total} records, "
        f"{len(seen)} different): it may hold the same export twice; if so, import a file "
        "with one copy (each copy was imported here)"
    )


def _amount(path: str | Path, text: str, fmt: NumberFormat, line: int, code: str) -> Decimal:
    try:
        return parse_amount(text, fmt)
    except AmountError:
        raise ImportFormatError(path, f"{text!r} is not a number", line=line, field=code) from None


def parse_qif(path: str | Path, data: bytes) -> list[ParsedStatement]:
    """Parse a QIF file into one statement per account section."""
    text, _encoding = decode(path, data)
    notes: list[str] = []
    sections, balance_dates = _sections(path, text, notes)
    doubled = _doubled(sections)
    if doubled:
        notes.append(doubled)
    date_texts = [r.fields["D"] for s in sections for r in s.records if "D" in r.fields]
    order, ambiguous = detect_date_order(date_texts + [d for d, _ in balance_dates], MDY)
    reader = DayReader(order)
    numbers = [
        r.fields[c] for s in sections for r in s.records for c in ("T", "U") if c in r.fields
    ]
    fmt = detect_number_format(numbers, ".")
    out: list[ParsedStatement] = []
    for section in sections:
        st = _statement(path, section, reader, fmt)
        if ambiguous and st.day:
            st.warnings.append(
                f"the dates could be read more than one way; read as {order} (month-first "
                "is Quicken's default); check the dates"
            )
        out.append(st)
    useful = [st for st in out if st.day or st.investments]
    if not useful:
        raise ImportFormatError(path, "the QIF file holds no transactions (only lists)")
    useful[0].warnings.extend(notes)  # notes on the file as a whole go with its first statement
    return useful


def _day(path: str | Path, reader: DayReader, rec: _Record) -> int:
    value = rec.fields.get("D")
    if not value:
        raise ImportFormatError(path, "the record has no date", line=rec.line, field="D")
    try:
        day = reader(value)
    except DateError:
        day = None
    if day is None:
        raise ImportFormatError(
            path, f"{value!r} is not a valid date", line=rec.line_of("D"), field="D"
        )
    return day


def _statement(
    path: str | Path, section: _Section, reader: DayReader, fmt: NumberFormat
) -> ParsedStatement:
    acct = section.account
    kind = _KINDS.get(acct.get("T", "").strip().lower(), "") or _KINDS[section.type]
    account = StatementAccount(name=acct.get("N", ""), kind_hint=kind)
    builder = StatementBuilder(str(path), "qif", account)
    st = builder.statement
    investing = section.type in ("invst", "port")
    unsplit: list[int] = []
    for rec in section.records:
        f = rec.fields
        if not f and not rec.splits:
            continue
        day = _day(path, reader, rec)
        total_text = f.get("T") or f.get("U")
        code = "T" if f.get("T") else "U"
        total = _amount(path, total_text, fmt, rec.line_of(code), code) if total_text else None
        if investing:
            _investment(builder, rec, day, total, fmt, path)
            continue
        parts = _parts(path, rec, fmt)
        if total is None:
            if not parts:
                raise ImportFormatError(path, "the record has no amount", line=rec.line, field="T")
            total = sum((p.amount for p in parts), Decimal(0))
        elif parts and not _parts_add_up(total, parts):
            # The bank line's total is what moved; parts that do not add up to it (the QIF
            # spec's own example has "$=746.36") are not guessed at: the line is kept whole,
            # uncategorised by its parts, and the person is told which line to split by hand.
            unsplit.append(rec.line)
            parts = []
        payee = f.get("P", "") or (f"Check {f['N']}" if f.get("N", "").isdigit() else "")
        builder.add(
            day=day,
            amount=total,
            payee_raw=payee,
            memo=f.get("M", ""),
            line=rec.line,
            category=_category(f.get("L", "")),
            parts=parts,
        )
    st = builder.build()
    if unsplit:
        lines = ", ".join(str(n) for n in unsplit)
        st.warnings.append(
            f"the split parts of the transaction{'s' if len(unsplit) > 1 else ''} on line "
            f"{lines} do not add up to the total; imported with the total, not split")
    if "$" in acct:
        try:
            st.closing_balance = parse_amount(acct["$"], fmt)
            if acct.get("/"):
                st.closing_date = reader(acct["/"])
        except (AmountError, DateError):
            st.warnings.append(f"the balance of account {account.name!r} could not be read")
    return st


def _parts(path: str | Path, rec: _Record, fmt: NumberFormat) -> list[SplitPart]:
    """The record's split parts, each with its exact amount; a part without an amount is
    refused (its share of the total would be a guess)."""
    out: list[SplitPart] = []
    for category, memo, amount, line in rec.parts:
        if amount is None or not amount.strip():
            raise ImportFormatError(
                path,
                f"the split on line {line} (record of line {rec.line}) has no amount ($); "
                "nothing was imported",
                line=line,
                field="$",
            )
        value = _amount(path, amount.lstrip("="), fmt, line, "$")
        out.append(SplitPart(value, _category(category or ""), (memo or "").strip(), line))
    return out


def _parts_add_up(total: Decimal, parts: list[SplitPart]) -> bool:
    """Whether the parts of a split add up to its total exactly."""
    return sum((p.amount for p in parts), Decimal(0)) == total


def _investment(
    builder: StatementBuilder,
    rec: _Record,
    day: int,
    total: Decimal | None,
    fmt: NumberFormat,
    path: str | Path,
) -> None:
    f = rec.fields
    action = f.get("N", "")
    units = _amount(path, f["Q"], fmt, rec.line_of("Q"), "Q") if f.get("Q") else None
    price = _amount(path, f["I"], fmt, rec.line_of("I"), "I") if f.get("I") else None
    builder.statement.investments.append(
        InvestmentTransaction(
            day=day,
            kind=action,
            security_id=f.get("Y", ""),
            ticker=f.get("Y", ""),
            security_name=f.get("Y", ""),
            units=units,
            unit_price=price,
            total=total,
            memo=f.get("M", ""),
            line=rec.line,
        )
    )
    low = action.lower()
    if total is None:
        return
    if low in _CASH_OUT:
        cash = -abs(total)
    elif low in _CASH_IN:
        cash = abs(total)
    elif low == "cash":
        cash = total
    else:
        return
    detail = " ".join(x for x in (action, f.get("Q", ""), f.get("Y", "")) if x)
    memo = detail + (f" — {f['M']}" if f.get("M") else "")
    builder.add(
        day=day, amount=cash, payee_raw=f.get("P") or f.get("Y", ""), memo=memo, line=rec.line
    )
