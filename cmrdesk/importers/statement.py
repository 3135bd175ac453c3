"""What every importer returns: a parsed statement, as parallel columns.

Amounts are exact integers: ``amount_minor[i] / 10**scale`` is the amount of transaction ``i``
as the file wrote it, signed from the account holder's side (money in positive, a card purchase
negative). ``scale`` is the number of decimal places and is the same for the whole statement:
normally the currency's exponent (2 for EUR/USD, 0 for JPY, 2 when the currency is unknown),
raised only when the file writes more significant decimals (``8.855``). Integers keep a
million-row import fast and small; the service that inserts a statement converts to the
account currency's minor units with :meth:`ParsedStatement.minor_units`, which rounds half-even
only when the file really held sub-minor precision.

Balances (a handful per statement) are plain ``Decimal`` values.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_EVEN, Decimal

from cmrdesk.domain import currency_exponent

from .numbers import decimal_units

#: Formats ``ParsedStatement.format`` can hold.
FORMATS = ("ofx", "qfx", "qif", "csv", "camt.053", "camt.052", "camt.054", "mt940")

CLEARED = "cleared"
PENDING = "pending"


@dataclass
class StatementAccount:
    """The account a statement belongs to, as far as the file says."""

    number: str = ""  # ACCTID / IBAN / :25: / CSV metadata, as in the file
    iban: str = ""
    currency: str = ""  # ISO code if the file says it ('' for QIF / unknown)
    institution: str = ""  # bank name / BIC / ORG if known
    kind_hint: str = ""  # a cmrdesk.domain.AccountKind value when inferable, else ''
    name: str = ""  # e.g. QIF !Account N name


@dataclass
class InvestmentTransaction:
    """One security transaction of an investment statement (OFX INVSTMTRS, QIF Invst).

    ``total`` is the transaction total as the file states it (``None`` when the file gives
    none, e.g. a share transfer); whether it moved cash is decided by the importer and shows
    up as a cash transaction of the statement (see :mod:`cmrdesk.importers.ofx`).
    """

    day: int  # epoch day
    kind: str  # OFX aggregate (BUYSTOCK, INCOME, ...) or QIF action (Buy, ShrsIn, ...)
    security_id: str = ""  # CUSIP/ISIN/ticker as in the file
    ticker: str = ""
    security_name: str = ""
    units: Decimal | None = None
    unit_price: Decimal | None = None
    total: Decimal | None = None
    import_id: str = ""
    memo: str = ""
    line: int = 0


@dataclass
class Position:
    """A holding reported by an investment statement (OFX INVPOSLIST).

    Numbers are exact ``Decimal`` values as the file wrote them; ``None`` where the file
    states none (a position without ``DTPRICEASOF`` has a price of unknown date).
    """

    security_id: str
    ticker: str = ""
    security_name: str = ""
    units: Decimal | None = None
    unit_price: Decimal | None = None
    market_value: Decimal | None = None
    day: int | None = None  # epoch day of the price
    id_type: str = ""  # UNIQUEIDTYPE: CUSIP, ISIN, TICKER, ... as in the file
    kind: str = ""  # the position aggregate: POSSTOCK, POSMF, POSDEBT, POSOPT, POSOTHER
    currency: str = ""  # the position's or its security's CURSYM; '' when the file states none
    cost_basis: Decimal | None = None  # total cost, only when the file states one
    line: int = 0


@dataclass
class SplitPart:
    """One part of a split transaction (QIF ``S``/``E``/``$``), exactly as the file wrote it.

    ``category`` is the file's category text (``Parent:Child``, ``[Account]`` for a
    transfer, without a ``/Class``); the parts of a row add up to the row's amount.
    """

    amount: Decimal
    category: str = ""
    memo: str = ""
    line: int = 0


@dataclass
class ParsedStatement:
    """One account's transactions from one statement in a bank file, as parallel columns."""

    source: str  # file path as given
    format: str  # one of FORMATS
    account: StatementAccount = field(default_factory=StatementAccount)
    day: list[int] = field(default_factory=list)  # epoch days
    amount_minor: list[int] = field(default_factory=list)  # amount * 10**scale, exact
    scale: int = 2
    payee: list[str] = field(default_factory=list)  # cleaned for display
    payee_raw: list[str] = field(default_factory=list)
    memo: list[str] = field(default_factory=list)
    import_id: list[str] = field(default_factory=list)  # FITID / bank reference / ''
    status: list[str] = field(default_factory=list)  # 'cleared' or 'pending'
    line: list[int] = field(default_factory=list)  # source line (or element index)
    opening_balance: Decimal | None = None
    closing_balance: Decimal | None = None
    closing_date: int | None = None  # epoch day
    warnings: list[str] = field(default_factory=list)
    investments: list[InvestmentTransaction] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)
    #: The file's category text per row (QIF ``L``), or empty when the format carries none.
    category: list[str] = field(default_factory=list)
    #: Row index -> the parts of a split row, for the rows the file splits (QIF).
    splits: dict[int, list[SplitPart]] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.day)

    def amounts(self) -> list[Decimal]:
        """The amounts as exact ``Decimal`` values (convenient for small statements, tests)."""
        scale = self.scale
        return [Decimal(m).scaleb(-scale) for m in self.amount_minor]

    def total(self) -> Decimal:
        """Exact sum of the amounts."""
        return Decimal(sum(self.amount_minor)).scaleb(-self.scale)

    def minor_units(self, exponent: int | None = None) -> tuple[list[int], int]:
        """Amounts in minor units with ``exponent`` decimals (default: the currency's).

        Returns the amounts and how many of them had to be rounded (half-even), so the caller
        can tell the person when the file held more precision than the currency has.
        """
        if exponent is None:
            exponent = currency_exponent(self.account.currency) if self.account.currency else 2
        shift = exponent - self.scale
        if shift == 0:
            return list(self.amount_minor), 0
        if shift > 0:
            factor = 10**shift
            return [m * factor for m in self.amount_minor], 0
        quantum = Decimal(1)
        out: list[int] = []
        rounded = 0
        divisor = 10**-shift
        for m in self.amount_minor:
            q, r = divmod(m, divisor)
            if r:
                rounded += 1
                q = int((Decimal(m) / divisor).quantize(quantum, rounding=ROUND_HALF_EVEN))
            out.append(q)
        return out, rounded


class StatementBuilder:
    """Collects transactions one by one and keeps one exact scale for all amounts.

    Importers of moderate volume (OFX, QIF, CAMT, MT940) use this; the CSV importer fills the
    columns directly on its fast path and calls :meth:`rescale` the same way.
    """

    def __init__(self, source: str, fmt: str, account: StatementAccount | None = None) -> None:
        self.statement = ParsedStatement(source=source, format=fmt)
        if account is not None:
            self.statement.account = account
        self.statement.scale = -1  # decided by the currency or the first amount

    def set_currency(self, currency: str) -> None:
        """Record the account currency (also fixes the minimum scale)."""
        self.statement.account.currency = currency

    def add(
        self,
        *,
        day: int,
        amount: Decimal | tuple[int, int],
        payee_raw: str = "",
        memo: str = "",
        import_id: str = "",
        status: str = CLEARED,
        line: int = 0,
        category: str = "",
        parts: list[SplitPart] | None = None,
    ) -> None:
        """Append one transaction.

        ``amount`` is a finite ``Decimal`` or, on fast paths, ``(units, decimals)`` as
        :func:`~cmrdesk.importers.numbers.fast_units` returns it. ``category`` and ``parts``
        are the file's own category text and split parts, for formats that carry them.
        """
        st = self.statement
        if category or st.category:  # the column exists only once a file names a category
            st.category.extend([""] * (len(st.day) - len(st.category)))
            st.category.append(category)
        if parts:
            st.splits[len(st.day)] = parts
        units, decimals = amount if isinstance(amount, tuple) else decimal_units(amount)
        st.amount_minor.append(fit_scale(st, units, decimals))
        st.day.append(day)
        st.payee_raw.append(payee_raw)
        st.memo.append(memo)
        st.import_id.append(import_id)
        st.status.append(status)
        st.line.append(line)

    def extend(
        self,
        *,
        day: list[int],
        units: list[int],
        decimals: list[int],
        payee_raw: list[str],
        memo: list[str],
        import_id: list[str],
        line: list[int],
    ) -> None:
        """Append many cleared transactions given as columns (amounts as ``units`` with
        ``decimals`` each, as :func:`~cmrdesk.importers.numbers.fast_units` gives them).

        The same result as one :meth:`add` per row, without a call per row: when no amount
        has more decimals than the statement's scale (nearly always), the amounts are
        scaled in one pass.
        """
        st = self.statement
        if st.scale < 0:
            st.scale = base_scale(st.account.currency)
        scale = st.scale
        if max(decimals, default=0) <= scale:
            if min(decimals, default=scale) == scale:
                st.amount_minor.extend(units)
            else:
                factors = [10 ** (scale - d) for d in range(scale + 1)]
                pairs = zip(units, decimals, strict=True)
                st.amount_minor.extend([u * factors[d] for u, d in pairs])
        else:
            for u, d in zip(units, decimals, strict=True):
                st.amount_minor.append(fit_scale(st, u, d))
        if st.category:
            st.category.extend([""] * len(day))
        st.day.extend(day)
        st.payee_raw.extend(payee_raw)
        st.memo.extend(memo)
        st.import_id.extend(import_id)
        st.status.extend([CLEARED] * len(day))
        st.line.extend(line)

    def build(self) -> ParsedStatement:
        """Finish: settle the scale and fill the display payees."""
        from .payees import clean_payees  # local import: payees is a leaf module

        st = self.statement
        if st.scale < 0:
            st.scale = base_scale(st.account.currency)
        if st.category:
            st.category.extend([""] * (len(st.day) - len(st.category)))
        st.payee = clean_payees(st.payee_raw)
        return st


def base_scale(currency: str) -> int:
    """The scale a statement starts with: the currency's exponent, 2 when unknown."""
    return currency_exponent(currency) if currency else 2


def fit_scale(st: ParsedStatement, units: int, decimals: int) -> int:
    """Express ``units * 10**-decimals`` at the statement's scale, raising the scale if needed.

    Trailing zeros never raise the scale (``-3.77000`` stays at 2 decimals); real extra
    precision (``8.855``) does, and the amounts already collected are multiplied up so the
    statement stays exact.
    """
    if st.scale < 0:
        st.scale = base_scale(st.account.currency)
    scale = st.scale
    if decimals <= scale:
        return units * 10 ** (scale - decimals)
    while decimals > scale and units % 10 == 0:
        units //= 10
        decimals -= 1
    if decimals > scale:
        factor = 10 ** (decimals - scale)
        st.amount_minor[:] = [m * factor for m in st.amount_minor]
        st.scale = decimals
        return units
    return units * 10 ** (scale - decimals)


def check_balances(st: ParsedStatement) -> None:
    """Warn when opening balance plus transactions does not give the closing balance.

    The numbers are kept as the bank wrote them: a statement that does not add up is
    reported, not "fixed".
    """
    if st.opening_balance is None or st.closing_balance is None:
        return
    expected = st.opening_balance + st.total()
    if expected != st.closing_balance:
        st.warnings.append(
            f"the balances do not add up: opening {st.opening_balance} plus the transactions "
            f"({st.total()}) is {expected}, but the closing balance is {st.closing_balance}"
        )
