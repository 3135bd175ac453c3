"""How to read a bank's CSV export (:class:`CsvMapping`), and proposing one for a new file.

A mapping names the columns that hold the date, the amount (one signed column, or debit and
credit columns, or an unsigned amount with a direction column such as Af/Bij or C/D), the
payee, memo, currency, account, reference and status, plus the dialect: delimiter,
encoding, decimal mark and date order. It turns into a plain dict and back, so the
application can save it as a named profile per bank and reuse it.

:func:`detect_csv_mapping` proposes a mapping: it finds the header row among title and
metadata lines by column names in English, German, Dutch, French and Spanish, and where a
file has no header (or the names are unknown) it reads the columns' content instead: the
first date column, the numeric column with decimals that is not a running balance of
another, a constant account column, ISO currency codes, and the text columns.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from cmrdesk.domain import ImportFormatError, ValidationError

from .csv_dialect import (
    SAMPLE_ROWS,
    ColumnProfile,
    column_values,
    normalise_header,
    profile_columns,
    read_rows,
    running_balance,
    sniff_delimiter,
    sniff_quotechar,
)
from .dates import DMY, MDY, ORDERS, YMD, day_month_open, detect_date_order
from .numbers import ISO_CURRENCIES, NumberFormat, detect_number_format

# Column names by role; earlier names in a tuple win over later ones.
_NAMES: dict[str, tuple[str, ...]] = {
    "date": (
        "booking date", "posting date", "posted date", "date posted", "transaction date",
        "trans date", "trans. date", "run date", "date", "datum", "buchungstag", "buchung",
        "buchungsdatum", "transactiedatum", "boekdatum", "boekingsdatum", "fecha",
        "fecha operacion", "fecha de operacion", "date operation", "date de l operation",
        "date comptable", "completed date", "started date", "datetime", "date/time",
        "value date", "valutadatum", "wertstellungsdatum", "wertstellung", "fecha valor",
        "date de valeur", "valuedatum", "rentedatum",
    ),
    "amount": (
        "net", "neto", "netto", "amount", "amount (total)", "betrag", "bedrag", "montant",
        "importe", "transaction amount", "umsatz", "mutatie", "amount in account currency",
        "gross", "bruto", "brutto", "value", "waarde", "valeur",
    ),
    "debit": (
        "debit", "debit amount", "soll", "af", "withdrawal", "withdrawal (-)", "withdrawals",
        "paid out", "money out", "out", "ausgang", "belastung", "lastschrift", "debet",
        "uitgaven", "uitgave", "debe", "cargo", "cargos", "charges", "amount debited",
    ),
    "credit": (
        "credit", "credit amount", "haben", "bij", "deposit", "deposit (+)", "deposits",
        "paid in", "money in", "in", "eingang", "gutschrift", "credit (+)", "inkomsten",
        "ontvangsten", "haber", "abono", "abonos", "amount credited",
    ),
    "direction": (
        "creditdebet", "credit/debet", "af bij", "af/bij", "debit/credit", "credit/debit",
        "dr/cr", "cr/dr", "d/c", "c/d", "soll/haben", "s/h", "debit credit", "sens",
        "cdtdbtind", "direction",
    ),
    "payee": (
        "payee", "name", "beneficiary", "counterparty", "merchant", "naam / omschrijving",
        "naam/omschrijving", "naam", "tegenrekeninghouder", "naam tegenpartij",
        "auftraggeber/empfaenger", "beguenstigter/zahlungspflichtiger",
        "zahlungsempfaenger", "empfaenger", "auftraggeber", "nombre", "beneficiario",
        "beneficiaire", "tiers", "description", "transaction description", "omschrijving",
        "libelle", "concepto", "descripcion", "remarque", "label", "booking text",
        "buchungstext", "text", "action",
    ),
    "memo": (
        "memo", "verwendungszweck", "mededelingen", "omschrijving", "details", "detail",
        "note", "notes", "narrative", "particulars", "reference text", "item title",
        "payment purpose", "umsatztext", "communication", "concepto", "observaciones",
        "description", "security description", "libelle", "label", "buchungstext",
        "action", "transaction type", "type", "mutatiesoort", "betaalwijze",
    ),
    "currency": (
        "currency", "waehrung", "valutacode", "divisa", "devise", "moneda", "curr", "ccy",
        "munt",
    ),
    "account": (
        "account number", "auftragskonto", "kontonummer", "rekeningnummer", "rekening",
        "iban", "account", "account no", "compte", "numero de compte", "cuenta",
        "konto", "username",
    ),
    "sort_code": ("sort code",),
    "reference": (
        "transaction id", "fitid", "id", "reference", "transaction reference", "referentie",
        "zkb reference", "id. de transaccion", "zahlungsreferenz", "ref", "reference number",
        "numero de transaccion", "bank reference",
    ),
    "status": ("status", "state", "estado", "statut", "info"),
    "balance": (
        "balance", "saldo", "running balance", "runningbalance", "current balance", "solde",
        "kontostand", "saldo na mutatie",
    ),
}  # fmt: skip
_ROLE_OF: dict[str, list[tuple[str, int]]] = {}
for _role, _names in _NAMES.items():
    for _rank, _name in enumerate(_names):
        _ROLE_OF.setdefault(_name, []).append((_role, _rank))

#: Direction cells that mean money out / money in (Af/Bij, D/C, S/H, Debit/Credit...).
DEBIT_MARKS = frozenset({
    "d", "debit", "debet", "af", "s", "soll", "dr", "dbit", "db", "-", "out", "withdrawal",
    "cargo", "lastschrift", "belastung",
})  # fmt: skip
CREDIT_MARKS = frozenset({
    "c", "credit", "bij", "h", "haben", "cr", "crdt", "+", "in", "deposit", "abono",
    "gutschrift",
})  # fmt: skip
_CARD = re.compile(
    r"credit ?card|kreditkarte|creditcard|carte de cr[ée]dit|tarjeta de cr[ée]dito", re.I
)


#: The ``CsvMapping`` fields that hold one column index each (``payee`` and ``memo`` hold lists);
#: ``date`` is the only one every mapping must have.
SINGLE_COLUMNS = (
    "date",
    "amount",
    "debit",
    "credit",
    "direction",
    "currency",
    "account",
    "sort_code",
    "reference",
    "status",
    "balance",
)

#: The role a column can play, with the words a person is shown (in this order). ``payee``
#: and ``memo`` may be given to several columns (their texts are joined); every other role
#: to one column; ``ignore`` is any column the mapping does not read.
CSV_ROLES: dict[str, str] = {
    "date": "Date",
    "amount": "Amount (signed)",
    "debit": "Debit (money out)",
    "credit": "Credit (money in)",
    "direction": "Debit/credit marker (DR/CR, C/D, Af/Bij, S/H, Soll/Haben)",
    "payee": "Payee",
    "memo": "Memo / description",
    "balance": "Balance after the row",
    "currency": "Currency",
    "account": "Account number",
    "sort_code": "Sort code",
    "reference": "Reference (transaction id)",
    "status": "Status (pending rows are marked)",
    "ignore": "Ignore",
}

#: Date orders, with examples of what each reads. Separators (``/ . - '``, spaces), two- or
#: four-digit years, compact ``20241231`` and month names or abbreviations in English,
#: Dutch, German, French, Spanish and Italian are read in every order.
DATE_FORMATS: dict[str, str] = {
    DMY: "Day first: 31/12/2024, 31.12.24, 3 Mär 2024, 12-Jan-24",
    MDY: "Month first: 12/31/2024, 12-31-24, Dec 31, 2024",
    YMD: "Year first: 2024-12-31, 2024/12/31, 20241231",
}

#: Text encodings offered for a CSV export; '' detects (a BOM, else UTF-8 when the bytes
#: are valid UTF-8, else Windows-1252).
ENCODINGS: dict[str, str] = {
    "": "Detect",
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 with BOM",
    "utf-16": "UTF-16 (with BOM)",
    "cp1252": "Windows-1252 (Western Europe)",
    "latin-1": "Latin-1 (ISO 8859-1)",
    "iso-8859-15": "Latin-9 (ISO 8859-15)",
    "cp850": "DOS Latin-1 (code page 850)",
}

#: Decimal marks.
DECIMAL_MARKS: dict[str, str] = {".": "Point: 1,234.56", ",": "Comma: 1.234,56"}

#: Thousands separators; '' takes the usual ones for the decimal mark (with a point:
#: comma, space, apostrophe; with a comma: point, space, apostrophe).
THOUSANDS_SEPARATORS: dict[str, str] = {
    "": "Usual for the decimal mark",
    ",": "Comma: 1,234.56",
    ".": "Point: 1.234,56",
    " ": "Space: 1 234,56",
    "'": "Apostrophe: 1'234.56",
    "none": "None: 1234.56",
}

#: How the sign of an amount is written. Whatever the convention, a minus at either end
#: ("-12.50", "12.50-"), a DR/CR suffix and parentheses "(12.50)" are read as they are meant.
SIGN_CONVENTIONS: dict[str, str] = {
    "as-is": "As written: minus at either end, DR/CR suffix, (12.50) negative",
    "invert": "Inverted: money out is positive (credit cards)",
    "debit-credit columns": "Separate debit and credit columns (signed or not)",
    "direction column": "Unsigned amount with a debit/credit marker column",
    "parentheses negative": "Accounting: amounts in parentheses are negative",
}


@dataclass
class CsvMapping:
    """How to read one bank's CSV export. Column fields are 0-based column indexes.

    ``header_row`` is the index of the header among the file's rows (``None`` for files
    without one) and ``first_row`` the index of the first data row; rows after it that are
    not transactions (totals, balances, disclaimers) are skipped with a warning.
    ``columns`` keeps the header names, so a saved profile can find its columns again when
    the bank reorders them. ``negate`` flips every sign (cards that export purchases as
    positive numbers); ``sign`` names the convention (one of :data:`SIGN_CONVENTIONS`; ''
    in profiles saved before it existed: taken from the columns, see :meth:`sign_convention`).
    ``date_order`` is the date format (one of :data:`DATE_FORMATS`; also readable as
    ``date_format``); ``ambiguous_dates`` says that the whole date column could be read in
    more than one order, so the person should choose. ``thousands`` is one of
    :data:`THOUSANDS_SEPARATORS`; ``balance`` the column of the balance after each row.
    """

    delimiter: str = ","
    quotechar: str = '"'
    encoding: str = ""  # '' = detect: UTF-8 when valid, else Windows-1252
    header_row: int | None = 0
    first_row: int = 1
    columns: list[str] = field(default_factory=list)
    date: int = 0
    date_order: str = DMY
    amount: int | None = None
    debit: int | None = None
    credit: int | None = None
    direction: int | None = None
    payee: list[int] = field(default_factory=list)
    memo: list[int] = field(default_factory=list)
    currency: int | None = None
    account: int | None = None
    sort_code: int | None = None
    reference: int | None = None
    status: int | None = None
    decimal: str = "."
    negate: bool = False
    fixed_currency: str = ""  # when no column holds it ("Bedrag (EUR)", or set by the user)
    kind_hint: str = ""
    balance: int | None = None
    thousands: str = ""
    sign: str = ""
    ambiguous_dates: bool = False

    @property
    def date_format(self) -> str:
        """The date order (a key of :data:`DATE_FORMATS`); the same as ``date_order``."""
        return self.date_order

    @date_format.setter
    def date_format(self, value: str) -> None:
        self.date_order = value
        self.ambiguous_dates = False  # the person chose

    def sign_convention(self) -> str:
        """The sign convention in force: ``sign``, or what the columns imply."""
        if self.sign:
            return self.sign
        if self.amount is None:
            return "debit-credit columns"
        if self.direction is not None:
            return "direction column"
        return "invert" if self.negate else "as-is"

    def inverted(self) -> bool:
        """Whether every amount's sign is flipped after reading."""
        return self.negate or self.sign == "invert"

    def number_format(self) -> NumberFormat:
        """The decimal mark and thousands separators amounts are read with."""
        if not self.thousands:
            return NumberFormat.for_mark(self.decimal)
        return NumberFormat(self.decimal, "" if self.thousands == "none" else self.thousands)

    def role_of(self, column: int) -> str:
        """The role (a key of :data:`CSV_ROLES`) of a column; ``ignore`` when unread."""
        for name in SINGLE_COLUMNS:
            if getattr(self, name) == column:
                return name
        if column in self.payee:
            return "payee"
        if column in self.memo:
            return "memo"
        return "ignore"

    def column_roles(self, width: int) -> list[str]:
        """The role of each of ``width`` columns."""
        return [self.role_of(column) for column in range(width)]

    def set_role(self, column: int, role: str) -> None:
        """Give ``column`` the ``role`` (a key of :data:`CSV_ROLES`), as a person does in the
        import dialog: the column leaves its old role, a single-column role leaves the column
        that had it, and the sign convention follows (an amount column and debit/credit
        columns exclude each other). Raise :class:`ValidationError` for an unknown role or
        for taking the date role away without giving it to another column."""
        if role not in CSV_ROLES:
            raise ValidationError("role", f"unknown role {role!r}; one of {', '.join(CSV_ROLES)}")
        if not isinstance(column, int) or isinstance(column, bool) or column < 0:
            raise ValidationError("column", "must be a column number (0 or more)")
        old = self.role_of(column)
        if old == role:
            return
        if old == "date":
            raise ValidationError(
                "date", "every mapping needs a date column; give another column the date role"
            )
        if old in ("payee", "memo"):
            getattr(self, old).remove(column)
        elif old != "ignore":
            setattr(self, old, None)
        if role in ("payee", "memo"):
            getattr(self, role).append(column)
        elif role != "ignore":
            setattr(self, role, column)
        if role == "amount":
            self.debit = self.credit = None
            if self.sign == "debit-credit columns":
                self.sign = "as-is"
        elif role in ("debit", "credit") and self.debit is not None and self.credit is not None:
            self.amount = self.direction = None
            self.sign = "debit-credit columns"
        elif role == "direction":
            self.sign = "direction column"
        if old == "direction" and self.sign == "direction column":
            self.sign = "as-is"

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready dict (``version`` included) to save as a profile."""
        return {"version": 1, **asdict(self)}

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> CsvMapping:
        """Rebuild a saved profile; raise :class:`ValidationError` for a malformed one."""
        if not isinstance(data, dict):
            raise ValidationError("csv mapping", "must be a dict")
        known = {f.name: f for f in fields(cls)}
        values: dict[str, object] = {}
        for key, value in data.items():
            if key == "version":
                if value != 1:
                    raise ValidationError("csv mapping", f"unknown profile version {value!r}")
                continue
            if key not in known:
                raise ValidationError("csv mapping", f"unknown field {key!r}")
            values[key] = value
        mapping = cls(**values)  # type: ignore[arg-type]
        mapping.validate()
        return mapping

    def validate(self) -> None:
        """Check types and consistency; raise :class:`ValidationError`."""

        def index(name: str, value: object, optional: bool = True) -> None:
            if value is None and optional:
                return
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise ValidationError(name, "must be a column number (0 or more)")

        for name in SINGLE_COLUMNS:
            index(name, getattr(self, name), optional=name != "date")
        index("header_row", self.header_row)
        index("first_row", self.first_row, optional=False)
        for name in ("payee", "memo"):
            value = getattr(self, name)
            if not isinstance(value, list):
                raise ValidationError(name, "must be a list of column numbers")
            for item in value:
                index(name, item, optional=False)
        if not isinstance(self.delimiter, str) or len(self.delimiter) != 1:
            raise ValidationError("delimiter", "must be one character")
        if not isinstance(self.quotechar, str) or len(self.quotechar) != 1:
            raise ValidationError("quotechar", "must be one character")
        if self.decimal not in (".", ","):
            raise ValidationError("decimal", "must be '.' or ','")
        if self.date_order not in ORDERS:
            raise ValidationError("date_order", f"must be one of {', '.join(ORDERS)}")
        if self.thousands not in THOUSANDS_SEPARATORS or self.thousands == self.decimal:
            raise ValidationError(
                "thousands", f"must be one of {list(THOUSANDS_SEPARATORS)}, not the decimal mark"
            )
        if self.sign and self.sign not in SIGN_CONVENTIONS:
            raise ValidationError("sign", f"must be one of {', '.join(SIGN_CONVENTIONS)}")
        sign = self.sign_convention()
        if sign == "debit-credit columns":
            if self.debit is None or self.credit is None:
                raise ValidationError(
                    "sign" if self.sign else "amount",
                    "needs an amount column or debit and credit columns",
                )
            if self.amount is not None:
                raise ValidationError(
                    "amount", "an amount column and debit/credit columns exclude each other"
                )
        elif self.amount is None:
            raise ValidationError("amount", "needs an amount column or debit and credit columns")
        if sign == "direction column" and self.direction is None:
            raise ValidationError("sign", "a direction column convention needs a marker column")
        for flag in ("negate", "ambiguous_dates"):
            if not isinstance(getattr(self, flag), bool):
                raise ValidationError(flag, "must be true or false")
        if not isinstance(self.columns, list) or not all(isinstance(c, str) for c in self.columns):
            raise ValidationError("columns", "must be a list of names")
        if self.fixed_currency and self.fixed_currency not in ISO_CURRENCIES:
            raise ValidationError("fixed_currency", f"{self.fixed_currency!r} is not a currency")

    def used_columns(self) -> list[int]:
        """Every column index the mapping reads."""
        single = [getattr(self, name) for name in SINGLE_COLUMNS]
        return [c for c in (*single, *self.payee, *self.memo) if c is not None]

    def required_columns(self) -> list[int]:
        """The columns a row must reach to be a transaction: all but the balance, which
        banks leave out of some rows (pending ones, a last row without trailing fields)."""
        return [c for c in self.used_columns() if c != self.balance] or [self.date]


def _header_roles(row: list[str]) -> dict[str, list[tuple[int, int]]]:
    """Role -> [(rank, column)] for the names in a candidate header row."""
    roles: dict[str, list[tuple[int, int]]] = {}
    for column, cell in enumerate(row):
        name, _currency = normalise_header(cell)
        for role, rank in _ROLE_OF.get(name, ()):
            roles.setdefault(role, []).append((rank, column))
    for options in roles.values():
        options.sort()
    return roles


def find_header(rows: list[list[str]]) -> int | None:
    """Index of the header row among the first rows, or ``None`` when there is none."""
    best, best_score = None, 0
    for i, row in enumerate(rows[:60]):
        roles = _header_roles(row)
        has_money = "amount" in roles or ("debit" in roles and "credit" in roles)
        if "date" not in roles or not has_money:
            continue
        score = sum(1 for cell in row if normalise_header(cell)[0] in _ROLE_OF)
        if score > best_score:
            best, best_score = i, score
    return best


def first_data_row(rows: list[list[str]]) -> int:
    """Without a header, data starts at the first row that has a date in it."""
    for i, row in enumerate(rows[:60]):
        if sum(1 for c in row if c.strip()) >= 2 and any(
            profile_columns([row], len(row))[j].dates for j in range(len(row))
        ):
            return i
    return 0


def _data_sample(rows: list[list[str]], start: int) -> list[list[str]]:
    """The non-blank rows after ``start`` that are as wide as most of them."""
    body = [r for r in rows[start:] if any(c.strip() for c in r)]
    return body[:SAMPLE_ROWS]


class _Detector:
    """Proposes a :class:`CsvMapping` from the first rows of a file."""

    def __init__(self, path: str | Path, rows: list[list[str]], context: str) -> None:
        self.path = path
        self.rows = rows
        self.context = context  # title lines and file name, for hints
        self.mapping = CsvMapping()
        self.notes: list[str] = []

    def detect(self, delimiter: str, encoding: str) -> CsvMapping:
        m = self.mapping
        m.delimiter = delimiter
        m.encoding = encoding if encoding not in ("utf-8", "cp1252", "latin-1") else ""
        header = find_header(self.rows)
        m.header_row = header
        if header is not None:
            m.first_row = header + 1
            m.columns = [c.strip() for c in self.rows[header]]
        else:
            m.first_row = self._first_data_row()
        sample = _data_sample(self.rows, m.first_row)
        if not sample:
            raise ImportFormatError(self.path, "the CSV file has no data rows")
        width = max(len(r) for r in sample)
        profiles = profile_columns(sample, width)
        roles = _header_roles(self.rows[header]) if header is not None else {}
        self._money(roles, profiles, sample)
        self._date(roles, profiles, sample)
        self._others(roles, profiles, sample)
        self._formats(sample)
        return m

    def _first_data_row(self) -> int:
        return first_data_row(self.rows)

    # --- roles -----------------------------------------------------------------------------

    def _pick(
        self,
        roles: dict[str, list[tuple[int, int]]],
        role: str,
        ok: Callable[[int], bool] | None = None,
    ) -> int | None:
        """The best-named free column for ``role`` that passes ``ok``."""
        taken = set(self.mapping.used_columns())
        for _rank, column in roles.get(role, []):
            if column in taken:
                continue
            if ok is None or ok(column):
                return column
        return None

    def _money(
        self,
        roles: dict[str, list[tuple[int, int]]],
        profiles: list[ColumnProfile],
        sample: list[list[str]],
    ) -> None:
        m = self.mapping

        def numeric(column: int) -> bool:
            p = profiles[column] if column < len(profiles) else None
            return p is not None and p.filled > 0 and p.share(p.numbers) >= 0.5

        def not_other(column: int) -> bool:
            # A column named like an amount whose cells are not dates or codes is taken
            # even when its numbers are broken: the import then names the bad cell.
            p = profiles[column] if column < len(profiles) else None
            return p is not None and p.filled > 0 and not p.dates and not p.currencies

        def code_then_number(column: int) -> bool:
            # DEGIRO: "Mutatie" holds the currency code, the unnamed column after it the amount.
            nxt = column + 1
            header = m.columns
            return (
                column < len(profiles)
                and profiles[column].filled > 0
                and profiles[column].share(profiles[column].currencies) >= 0.8
                and nxt < len(profiles)
                and (nxt >= len(header) or not header[nxt].strip())
                and numeric(nxt)
            )

        def numeric_or_empty(column: int) -> bool:
            # A card statement may hold no credits at all: its named column stays empty.
            p = profiles[column] if column < len(profiles) else None
            return p is None or p.filled == 0 or numeric(column)

        debit = self._pick(roles, "debit", numeric_or_empty)
        credit = self._pick(roles, "credit", numeric_or_empty)
        if (debit is None) != (credit is None) or (
            debit is not None and credit is not None and not (numeric(debit) or numeric(credit))
        ):
            debit = credit = None
        amount = self._pick(roles, "amount", lambda c: numeric(c) or code_then_number(c))
        if amount is None and (debit is None or credit is None):
            amount = self._pick(roles, "amount", not_other)
        if amount is not None and code_then_number(amount):
            m.currency, amount = amount, amount + 1
        if debit is not None and credit is not None:
            m.debit, m.credit = debit, credit
        elif amount is not None:
            m.amount = amount
        else:
            self._money_by_content(profiles, sample)
        if m.amount is not None and not profiles[m.amount].negatives:
            direction = self._pick(roles, "direction")
            if direction is not None:
                marks = {v.lower() for v in column_values(sample, direction) if v}
                if marks and marks <= DEBIT_MARKS | CREDIT_MARKS:
                    m.direction = direction
            else:
                m.direction = self._direction_by_content(profiles, sample)

    def _direction_by_content(
        self, profiles: list[ColumnProfile], sample: list[list[str]]
    ) -> int | None:
        """An unnamed column of debit/credit marks next to unsigned amounts ("DR"/"CR",
        "S"/"H"): filled on (nearly) every row, both kinds present, or one kind written out
        ("DR", "Soll") where a single letter could mean anything."""
        used = set(self.mapping.used_columns())
        for p in profiles:
            if p.index in used or p.filled < 0.9 * len(sample):
                continue
            marks = {v.lower() for v in column_values(sample, p.index) if v}
            if not marks or not marks <= DEBIT_MARKS | CREDIT_MARKS:
                continue
            both = marks & DEBIT_MARKS and marks & CREDIT_MARKS
            if both or all(len(mark) > 1 for mark in marks):
                return p.index
        return None

    def _money_by_content(self, profiles: list[ColumnProfile], sample: list[list[str]]) -> None:
        candidates = [
            p.index
            for p in profiles
            if p.filled
            and p.share(p.numbers) >= 0.8
            and p.fractions
            and p.share(p.long_integers) < 0.5
            and not p.share(p.dates)
            and (p.distinct > 1 or p.filled == 1)
        ]
        if len(candidates) > 1:
            decimal = detect_number_format(
                [v for c in candidates for v in column_values(sample, c) if v]
            ).decimal
            balances = {
                b
                for a in candidates
                for b in candidates
                if a != b
                and running_balance(column_values(sample, a), column_values(sample, b), decimal)
            }
            candidates = [c for c in candidates if c not in balances] or candidates
            signed = [c for c in candidates if profiles[c].negatives]
            candidates = signed or candidates
        if not candidates:
            raise ImportFormatError(
                self.path, "no column of amounts found; set the columns in the import dialog"
            )
        self.mapping.amount = candidates[0]
        self.notes.append(
            f"the amount column was chosen by its content (column {candidates[0] + 1})"
        )

    def _date(
        self,
        roles: dict[str, list[tuple[int, int]]],
        profiles: list[ColumnProfile],
        sample: list[list[str]],
    ) -> None:
        m = self.mapping
        usable = [
            column
            for _rank, column in roles.get("date", [])
            if column < len(profiles) and profiles[column].share(profiles[column].dates) >= 0.5
        ]
        if usable:
            # A column filled on every row beats a better-named one with gaps (Revolut's
            # "Completed Date" is empty for pending payments, "Started Date" never is).
            full = [c for c in usable if profiles[c].filled >= max(p.filled for p in profiles)]
            m.date = (full or usable)[0]
            return
        dated = [
            p.index
            for p in profiles
            if p.filled and p.share(p.dates) >= 0.8 and p.index not in m.used_columns()
        ]
        if not dated:
            raise ImportFormatError(
                self.path, "no column of dates found; set the columns in the import dialog"
            )
        m.date = dated[0]

    def _others(
        self,
        roles: dict[str, list[tuple[int, int]]],
        profiles: list[ColumnProfile],
        sample: list[list[str]],
    ) -> None:
        m = self.mapping
        balance_columns = {c for _r, c in roles.get("balance", [])}

        def filled(column: int) -> bool:
            return column < len(profiles) and profiles[column].filled > 0

        def codes(column: int) -> bool:
            p = profiles[column] if column < len(profiles) else None
            return p is not None and p.filled > 0 and p.share(p.currencies) >= 0.8

        def unique(column: int) -> bool:
            values = [v for v in column_values(sample, column) if v]
            return len(values) >= len(sample) * 0.9 and len(set(values)) == len(values)

        named = {column for options in roles.values() for _rank, column in options}
        if m.currency is None:
            m.currency = self._pick(roles, "currency", codes)
            if m.currency is None:
                currency_columns = [
                    p.index
                    for p in profiles
                    if codes(p.index)
                    and p.filled >= 0.8 * len(sample)  # a currency column is never sparse
                    and p.index not in named  # "Memo" holding "LAK" is still a memo
                    and p.index not in m.used_columns()
                    and p.index not in balance_columns
                ]
                money = m.amount if m.amount is not None else m.debit or 0
                after = [c for c in currency_columns if c > money]
                m.currency = (after or currency_columns or [None])[0]
        m.account = self._pick(roles, "account", lambda c: c not in balance_columns)
        m.sort_code = self._pick(roles, "sort_code", filled)
        m.reference = self._pick(roles, "reference", unique)
        m.status = self._pick(roles, "status", filled)
        m.balance = self._pick(
            roles, "balance", lambda c: filled(c) and profiles[c].share(profiles[c].numbers) >= 0.5
        )
        payee = self._pick(roles, "payee", filled)
        if payee is not None:
            m.payee = [payee]
        memo = self._pick(roles, "memo", filled)
        if memo is not None:
            m.memo = [memo]
        if m.columns:
            for column in (m.amount, m.debit, m.credit):
                if column is not None and column < len(m.columns):
                    stated = normalise_header(m.columns[column])[1]
                    m.fixed_currency = m.fixed_currency or stated
        if not roles:
            self._text_by_content(profiles, sample)

    def _text_by_content(self, profiles: list[ColumnProfile], sample: list[list[str]]) -> None:
        m = self.mapping
        used = set(m.used_columns())
        for p in profiles:  # a constant account-like column: the account number
            if p.index in used or m.account is not None:
                continue
            values = [v for v in column_values(sample, p.index) if v]
            if (
                len(values) == len(sample)
                and p.distinct == 1
                and len(values[0]) >= 6
                and not p.dates
                and not p.fractions
            ):
                m.account = p.index
        used = set(m.used_columns())
        iban = re.compile(r"[A-Z]{2}\d{2}[A-Z0-9]{8,}$")
        texts = [
            p
            for p in profiles
            if p.index not in used
            and p.filled
            and not p.share(p.dates)
            and p.share(p.numbers) < 0.5
            and p.share(p.currencies) < 0.5
            and p.text_length / p.filled >= 4
            and not all(iban.match(v) for v in column_values(sample, p.index) if v)
        ]
        if texts:
            m.payee = [texts[0].index]
            rest = texts[1:]
            if rest:
                longest = max(rest, key=lambda p: p.text_length / p.filled)
                m.memo = [longest.index]

    # --- formats ---------------------------------------------------------------------------

    def _formats(self, sample: list[list[str]]) -> None:
        m = self.mapping
        money = [c for c in (m.amount, m.debit, m.credit) if c is not None]
        values = [v for c in money for v in column_values(sample, c) if v]
        m.decimal = detect_number_format(values, "," if m.delimiter == ";" else ".").decimal
        dates = column_values(sample, m.date)
        default = DMY if m.decimal == "," or not any("/" in d for d in dates) else MDY
        m.date_order, ambiguous = detect_date_order(dates, default)
        # The import decides from all the dates, and warns if even they leave it open.
        m.ambiguous_dates = ambiguous or (m.date_order != YMD and day_month_open(dates))
        if _CARD.search(self.context):
            m.kind_hint = "credit_card"


_ORDER_WORDS = {DMY: "day/month/year", MDY: "month/day/year", YMD: "year/month/day"}


def ambiguous_dates_note(order: str, which: str) -> str:
    """The warning for dates that read as days both day-first and month-first."""
    return (
        f"{which} can be read day-first and month-first alike; {_ORDER_WORDS[order]} was "
        "assumed: check the dates, or choose the date format"
    )


def propose_rows(
    path: str | Path, rows: list[list[str]], text: str, delimiter: str, encoding: str
) -> tuple[CsvMapping, list[str]]:
    """Detect the mapping for the first ``rows`` of a file (``text`` holds at least its
    first lines, for title hints); also return notes for the person."""
    head = "\n".join(text[:4096].splitlines()[:5])
    detector = _Detector(path, rows, f"{Path(path).name}\n{head}")
    mapping = detector.detect(delimiter, encoding)
    return mapping, detector.notes


def propose_mapping(path: str | Path, text: str, encoding: str) -> tuple[CsvMapping, list[str]]:
    """Detect the mapping for decoded CSV ``text``; also return notes for the person."""
    delimiter = sniff_delimiter(text)
    quotechar = sniff_quotechar(text, delimiter)
    rows: list[list[str]] = []
    for _line, row in read_rows(path, text, delimiter, quotechar):
        rows.append(row)
        if len(rows) >= SAMPLE_ROWS + 60:
            break
    mapping, notes = propose_rows(path, rows, text, delimiter, encoding)
    mapping.quotechar = quotechar
    return mapping, notes
