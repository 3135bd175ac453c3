"""SWIFT MT940 statements (and MT942 interim reports) as banks really send them.

Tolerated: SWIFT block envelopes (``{1:…}{2:…}{4:`` … ``-}``), prose or ``ABNANL2A/940``
preambles, SOH/Ctrl-Z separators, ``:28:`` instead of ``:28C:``, non-standard tags
(``:NS:``), several ``:86:`` lines per transaction, a ``.`` decimal mark where the standard
says ``,``, amounts like ``9,`` and impossible value dates when the booking date is fine.

``:61:`` lines: value date, optional booking date (used as the transaction day when given),
mark ``C``/``D``/``RC``/``RD`` (a reversal of a credit takes money out, of a debit brings it
back), an optional funds-code letter, the amount, the transaction type, the references
(the bank's own reference after ``//`` becomes ``import_id`` unless it is ``NONREF``) and
an optional second line of supplementary details.

A statement must be whole: each ``:20:`` block ends with its closing balance ``:62F:`` (or
``:62M:`` for a page of a longer statement); an MT942 interim report, which has none, with
its ``:90D:``/``:90C:`` totals; a block without either is accepted only when the message's
end (``-``) follows it. Otherwise the file was cut short and is refused as a whole. A file
whose last line has no line end may have been cut inside that line: it is refused when that
line is a balance, a booking or a message header, or the closing balance (or an MT942 total)
with balances (or totals) that do not add up; text (``:86:``) and the message end may end a
file without a line end.
``:90D:``/``:90C:`` totals that disagree with the transactions are a warning.

``:86:`` text is read in the three common layouts: German ``?20``…``?29`` subfields
(remittance, with SEPA keys such as ``SVWZ+``; name in ``?32``/``?33``), slash-keyed fields
(``/NAME/`` ``/REMI/`` ``/EREF/``, Rabobank, ING, ABN AMRO), and free text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from cmrdesk.domain import ImportFormatError

from .dates import DateError, epoch_day, full_year
from .iban import is_valid_iban
from .numbers import parse_plain
from .source import decode
from .statement import ParsedStatement, StatementAccount, StatementBuilder, check_balances

_TAG = re.compile(r"^:(\d{2}[A-Z]?|NS):(.*)$")
_ENVELOPE = re.compile(r"\{[1-35]:[^{}]*\}|\{4:")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_LINE_61 = re.compile(
    r"(?P<value>\d{6})(?P<entry>\d{4})?(?P<mark>RC|RD|EC|ED|C|D)(?P<funds>[A-Z])?"
    r"(?P<amount>\d[\d,.]*)(?P<type>[NFS].{3})?(?P<refs>.*)"
)
_BALANCE = re.compile(r"(?P<mark>[CD])(?P<date>\d{6})(?P<currency>[A-Z]{3})(?P<amount>\d[\d,.]*)")
_TOTALS = re.compile(r"(?P<count>\d{1,5})(?P<currency>[A-Z]{3})(?P<amount>\d[\d,.]*)")
_CLOSING = frozenset({"62F", "62M"})
_OPENING = frozenset({"60F", "60M"})
_MONEY_TAGS = frozenset({"60F", "60M", "61", "62F", "62M", "64", "65", "90D", "90C"})
# A line that starts like a tag but is none (":60R3685,00"): a tag damaged in transit.
_BROKEN_TAG = re.compile(r"\s*:(?!(?:\d{2}[A-Z]?|NS):)")
_END = "-"  # pseudo tag: the end of a message ("-" or "-}")
# Fields that must not be the file's last line without a line end: balances and bookings
# that nothing can check. (A closing balance or an MT942 total is checked instead.)
_OPEN_END_REFUSED = frozenset({"60F", "60M", "61", "64", "65", "34F", "13D", "13"})
_CURRENCY_FLOOR = re.compile(r"(?P<currency>[A-Z]{3})[CD]?\d")
_SUBFIELD = re.compile(r"\?(\d{2})")
_SEPA_KEY = re.compile(r"(EREF|KREF|MREF|CRED|DEBT|SVWZ|ABWA|ABWE|IBAN|BIC|COAM|OAMT)\+")
_SLASH_KEYS = (
    "EREF|PREF|MARF|CSID|CNTP|REMI|PURP|ULTC|ULTD|ULTB|BENM|ORDP|NAME|ID|ADDR|ISDT|IBAN|"
    "BIC|TRTP|RTRN|EXCH|CHGS|SVCL|FX|ORIG|RETURN|BUSP|CREF|INIT|USTD|STRD"
)
_SLASH_FIELD = re.compile(rf"/({_SLASH_KEYS})/")
_BIC = re.compile(r"[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?")
_SWIFT_WIDTH = 65  # SWIFT wraps text at 65 characters; shorter lines end on purpose


@dataclass
class _Field:
    tag: str
    line: int
    lines: list[str] = field(default_factory=list)
    end: int = 0  # the line its text ends on


def _fields(path: str | Path, text: str) -> list[_Field]:
    """Split the file into tagged fields; text before the first tag is a preamble. The end
    of a message becomes a field with the pseudo tag :data:`_END`."""
    out: list[_Field] = []
    current: _Field | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = _ENVELOPE.sub("", raw).rstrip()
        if line.startswith("-}") or line.strip() == "-":
            current = None  # end of a message
            out.append(_Field(_END, number, end=number))
            continue
        match = _TAG.match(line.lstrip())
        if match:
            current = _Field(match.group(1), number, [match.group(2)], end=number)
            out.append(current)
        elif out and _BROKEN_TAG.match(line):
            raise ImportFormatError(
                path,
                f"{line.strip()[:20]!r} looks like a damaged field tag: the file is "
                "damaged; nothing was imported",
                line=number,
            )
        elif current is not None and line.strip():
            current.lines.append(line)
            current.end = number
    return out


def _amount(path: str | Path, text: str, line: int, what: str) -> Decimal:
    value = parse_plain(text) if text.count(",") + text.count(".") <= 1 else None
    if value is None:
        raise ImportFormatError(path, f"{what} {text!r} is not an amount", line=line)
    return value


def _join(lines: list[str]) -> str:
    """Join wrapped lines: no space where SWIFT wrapped at full width, a space elsewhere."""
    out = ""
    for i, line in enumerate(lines):
        if i and len(lines[i - 1]) < _SWIFT_WIDTH - 1:
            out += " "
        out += line
    return out


def _collapse(text: str) -> str:
    return " ".join(text.split())


def details_86(lines: list[str]) -> tuple[str, str]:
    """Counterparty name and remittance text from ``:86:`` lines (either may be '')."""
    if not lines:
        return "", ""
    raw = "".join(lines) if re.match(r"^\d{3}\?|^\?\d{2}", lines[0]) else _join(lines)
    if re.match(r"^\d{3}\?|^\?\d{2}", raw):
        return _german(raw)
    if _SLASH_FIELD.search(raw) and raw.lstrip().startswith("/"):
        return _slashed(raw)
    return "", _collapse(raw)


def _german(raw: str) -> tuple[str, str]:
    parts = _SUBFIELD.split(raw[3:] if raw[:3].isdigit() else raw)
    values: dict[int, str] = {}
    for i in range(1, len(parts) - 1, 2):
        code = int(parts[i])
        values[code] = values.get(code, "") + parts[i + 1]
    name = _collapse(values.get(32, "") + values.get(33, ""))
    purpose = "".join(values.get(c, "") for c in (*range(20, 30), *range(60, 64)))
    keyed = dict(_sepa_fields(purpose))
    remittance = keyed.get("SVWZ") or (purpose if not keyed else "")
    if not name:
        name = keyed.get("ABWA") or keyed.get("ABWE") or _collapse(values.get(0, ""))
    return name, _collapse(remittance)


def _sepa_fields(text: str) -> list[tuple[str, str]]:
    """``EREF+x SVWZ+y`` -> ``[('EREF', 'x'), ('SVWZ', 'y')]`` (SEPA keys in German MT940)."""
    pieces = _SEPA_KEY.split(text)
    return [(pieces[i], pieces[i + 1].strip()) for i in range(1, len(pieces) - 1, 2)]


def _slashed(raw: str) -> tuple[str, str]:
    pieces = _SLASH_FIELD.split(raw)
    values: dict[str, str] = {}
    for i in range(1, len(pieces) - 1, 2):
        values.setdefault(pieces[i], pieces[i + 1].strip("/ "))
    name = values.get("NAME", "")
    if not name and values.get("CNTP"):  # ING: /CNTP/iban/bic/name/city/
        parts = values["CNTP"].split("/")
        name = parts[2] if len(parts) > 2 else ""
    remittance = values.get("REMI", "") or values.get("USTD", "")
    remittance = re.sub(r"^(?:USTD|STRD)//?", "", remittance).strip("/ ")
    return _collapse(name), _collapse(remittance)


class _Mt940Reader:
    def __init__(self, path: str | Path) -> None:
        self.path = path

    def fail(self, line: int, reason: str, tag: str) -> ImportFormatError:
        return ImportFormatError(self.path, reason, line=line, field=f":{tag}:")

    def balance(self, fld: _Field) -> tuple[Decimal, int, str]:
        text = "".join(fld.lines).strip()
        m = _BALANCE.fullmatch(text)
        if not m:
            raise self.fail(
                fld.line, f"{text!r} is not a balance (C/D, date, currency, amount)", fld.tag
            )
        value = _amount(self.path, m.group("amount"), fld.line, "balance")
        day = self.yymmdd(fld, m.group("date"))
        return (-value if m.group("mark") == "D" else value), day, m.group("currency")

    def yymmdd(self, fld: _Field, text: str) -> int:
        try:
            return epoch_day(full_year(int(text[:2]), 2), int(text[2:4]), int(text[4:6]))
        except DateError:
            raise self.fail(fld.line, f"{text!r} is not a valid date", fld.tag) from None

    def statements(self, fields: list[_Field], open_end: int | None) -> list[ParsedStatement]:
        """One statement per ``:20:`` block; ``open_end`` is the number of the file's last
        line when it has no line end (it may be cut inside that line)."""
        groups: list[list[_Field]] = []
        for fld in fields:
            if fld.tag == "20" or not groups:
                groups.append([])
            groups[-1].append(fld)
        if groups and groups[0][0].tag != "20":
            stray = next((f for f in groups[0] if f.tag in _MONEY_TAGS), None)
            if stray is not None:
                raise self.fail(stray.line, "a balance or booking before the first statement "
                                "reference (:20:): the file is damaged; nothing was imported",
                                stray.tag)  # fmt: skip
        groups = [group for group in groups if any(f.tag == "20" for f in group)]
        if not groups:
            raise ImportFormatError(self.path, "no MT940 statement (:20: field) in the file")
        for group in groups:
            self.check_whole(group)
        cut = fields[-1] if open_end and fields and fields[-1].end == open_end else None
        if open_end and (cut is None or cut.tag in _OPEN_END_REFUSED):
            raise ImportFormatError(
                self.path,
                "the file ends in the middle of its last line"
                + (f" (:{cut.tag}:)" if cut else " (a message header)")
                + ": it is cut short; nothing was imported",
                line=open_end,
            )
        return [self.statement(group, cut if group[-1] is cut else None) for group in groups]

    def check_whole(self, group: list[_Field]) -> None:
        """Refuse a statement that stops before its closing part."""
        tags = {f.tag for f in group}
        start = group[0] if group[0].tag == "20" else next(f for f in group if f.tag == "20")
        ref = " ".join(start.lines).strip()
        for kinds in (_OPENING, _CLOSING):
            second = [f for f in group if f.tag in kinds][1:2]
            if second:
                raise ImportFormatError(
                    self.path,
                    f"statement {ref!r} (line {start.line}) has a second :{second[0].tag}: "
                    "balance: two statements ran together (the :20: of the second is lost); "
                    "the file is damaged; nothing was imported",
                    line=second[0].line,
                )
        if tags & _CLOSING and not tags & _OPENING:
            raise ImportFormatError(
                self.path,
                f"statement {ref!r} (line {start.line}) has a closing balance but no opening "
                "balance (:60F:): the file is damaged; nothing was imported",
                line=start.line,
            )
        if tags & _CLOSING or tags & {"90D", "90C"} or _END in tags:
            return
        raise ImportFormatError(
            self.path,
            f"statement {ref!r} (line {start.line}) ends without its closing balance (:62F:): "
            "the file is cut short or damaged; nothing was imported",
            line=group[-1].end,
        )

    def statement(self, group: list[_Field], cut: _Field | None = None) -> ParsedStatement:
        """Read one ``:20:`` block; ``cut`` is its field on a last line without line end."""
        account = StatementAccount()
        builder = StatementBuilder(str(self.path), "mt940", account)
        st = builder.statement
        pending: tuple[_Field, list[str]] | None = None  # a :61: waiting for its :86:
        currency = ""
        opening: tuple[Decimal, int, str] | None = None
        closing: tuple[Decimal, int, str] | None = None
        totals: list[_Field] = []
        opening_field: _Field | None = None
        for fld in group:
            tag = fld.tag
            if tag in ("90D", "90C"):
                totals.append(fld)
            if tag == "25":
                self.account(account, " ".join(x.strip() for x in fld.lines))
            elif tag in ("60F", "60M") and opening is None:
                opening = self.balance(fld)
                opening_field = fld
                currency = currency or opening[2]
            elif tag in ("62F", "62M"):
                closing = self.balance(fld)
                currency = currency or closing[2]
            elif tag == "34F":
                m = _CURRENCY_FLOOR.match("".join(fld.lines).strip())
                currency = currency or (m.group("currency") if m else "")
            elif tag == "61":
                if pending:
                    self.transaction(builder, *pending)
                pending = (fld, [])
            elif tag == "86" and pending is not None:
                pending[1].extend(fld.lines)
        if currency:  # the balances' currency beats a guess from the :25: account text
            builder.set_currency(currency)
        if pending:
            self.transaction(builder, *pending)
        st = builder.build()
        if opening:
            st.opening_balance = opening[0]
        if closing:
            st.closing_balance, st.closing_date = closing[0], closing[1]
        if opening and not closing and not totals:  # whole only by its message end
            st.warnings.append(
                f"line {group[0].line}: the statement has an opening balance but no closing "
                "balance (:62F:), so its transactions cannot be checked against it"
            )
        before = len(st.warnings)
        check_balances(st)
        for fld in totals:
            self.check_totals(st, fld)
        checked = cut is not None and (cut.tag in _CLOSING or any(t is cut for t in totals))
        if (
            cut is not None
            and checked
            and (len(st.warnings) > before or _short(cut, opening_field))
        ):
            raise self.fail(
                cut.line,
                "the file ends inside this line (it has no line end) and its amount looks cut "
                "(the statement does not add up, or the amount lost decimals): the file is cut "
                "short; nothing was imported",
                cut.tag,
            )
        return st

    def check_totals(self, st: ParsedStatement, fld: _Field) -> None:
        """Compare an MT942 ``:90D:``/``:90C:`` (number and sum of debits/credits) with the
        transactions; a difference is a warning."""
        text = "".join(fld.lines).strip()
        m = _TOTALS.fullmatch(text)
        if not m:
            raise self.fail(fld.line, f"{text!r} is not a number of entries and a sum", fld.tag)
        stated = _amount(self.path, m.group("amount"), fld.line, "sum")
        debit = fld.tag == "90D"
        amounts = [a for a in st.amounts() if (a < 0 if debit else a > 0)]
        found = abs(sum(amounts, Decimal(0)))
        if int(m.group("count")) != len(amounts) or stated != found:
            what = "debits" if debit else "credits"
            st.warnings.append(
                f"line {fld.line}: :{fld.tag}: states {int(m.group('count'))} {what} totalling "
                f"{stated}, but the statement has {len(amounts)} totalling {found}"
            )

    @staticmethod
    def account(account: StatementAccount, text: str) -> None:
        account.number = text
        for token in re.split(r"[\s/]+", text):
            if is_valid_iban(token):
                account.iban = token
        head = text.split("/", 1)[0]
        if "/" in text and _BIC.fullmatch(head):
            account.institution = head
        tail = text.replace(" ", "")[-3:]
        if re.fullmatch(r"[A-Z]{3}", tail) and not account.iban.endswith(tail):
            account.currency = tail  # "1291.99.348EUR", "NL10BUNQ2290325473 EUR"

    def transaction(self, builder: StatementBuilder, fld: _Field, info: list[str]) -> None:
        first = fld.lines[0].strip()
        m = _LINE_61.match(first)
        if not m:
            raise self.fail(fld.line, f"{first!r} is not a :61: statement line", "61")
        value = _amount(self.path, m.group("amount"), fld.line, "amount")
        mark = m.group("mark")
        if mark in ("D", "RC", "ED"):
            value = -value
        day = self.day(builder.statement, fld, m.group("value"), m.group("entry"))
        refs = (m.group("refs") or "").strip()
        own, _, bank = refs.partition("//")
        bank = bank.strip()
        supplementary = _collapse(" ".join(fld.lines[1:]))
        name, remittance = details_86(info)
        payee = name or supplementary or (remittance[:_SWIFT_WIDTH] if remittance else "")
        if not payee and own.strip().upper() not in ("", "NONREF"):
            payee = own.strip()
        builder.add(
            day=day,
            amount=value,
            payee_raw=payee,
            memo=remittance,
            import_id=bank if bank and bank.upper() != "NONREF" else "",
            line=fld.line,
        )

    def day(self, st: ParsedStatement, fld: _Field, value: str, entry: str | None) -> int:
        """The booking date when given (its year taken from the value date), else the value
        date. An impossible value date (Feb 30) is tolerated when the booking date is fine."""
        year = full_year(int(value[:2]), 2)
        month = int(value[2:4])
        if entry:
            entry_month = int(entry[:2])
            if month == 12 and entry_month == 1:
                year += 1
            elif month == 1 and entry_month == 12:
                year -= 1
            try:
                booked = epoch_day(year, entry_month, int(entry[2:]))
            except DateError:
                booked = None
            if booked is not None:
                try:
                    self.yymmdd(fld, value)
                except ImportFormatError:
                    st.warnings.append(
                        f"line {fld.line}: value date {value} does not exist; "
                        "the booking date is used"
                    )
                return booked
        return self.yymmdd(fld, value)


def _decimal_places(fld: _Field) -> int | None:
    """Digits after the decimal mark of a balance or total field's amount (None: no mark)."""
    text = "".join(fld.lines).strip()
    mark = max(text.rfind(","), text.rfind("."))
    return None if mark < 0 else len(text) - mark - 1


def _short(cut: _Field, opening: _Field | None) -> bool:
    """Whether a last line without line end holds an amount that was visibly cut: it has
    no decimal mark (SWIFT amounts always have one), or fewer decimals than the opening
    balance was written with."""
    places = _decimal_places(cut)
    if places is None:
        return True
    reference = _decimal_places(opening) if opening is not None else None
    return reference is not None and places < reference


def parse_mt940(path: str | Path, data: bytes) -> list[ParsedStatement]:
    """Parse an MT940/MT942 file into one statement per ``:20:`` block."""
    text, _encoding = decode(path, data)
    text = _CONTROL.sub("\n", text)
    lines = text.splitlines(keepends=True)  # numbered as _fields numbers them
    last = lines[-1] if lines else ""
    open_end = len(lines) if last and last.splitlines()[0] == last else None
    return _Mt940Reader(path).statements(_fields(path, text), open_end)
