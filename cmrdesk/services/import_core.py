"""What planning and running an import share: the report, the account a statement goes to,
which rows are new, duplicates or pending, the balance check and where a difference comes from.

Nothing here writes except :func:`create_account` and :func:`import_market`; the plan
(:mod:`.import_plan`) and the run (:mod:`.import_run`) both judge a statement with the same
functions, so the wizard's review says exactly what the import then does.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from cmrdesk.domain import (
    Account,
    AccountKind,
    CmrdeskError,
    FxRate,
    ImportFormatError,
    MarketRate,
    Money,
    Price,
    Security,
    ValidationError,
    currency_exponent,
    from_epoch_day,
    mask_number,
    to_epoch_day,
)
from cmrdesk.importers import ParsedStatement, SecurityPrice, parse_market_csv
from cmrdesk.vault import Repository
from cmrdesk.vault import ledger as vault_ledger

MARKET_FORMAT = "market"

#: Row status codes (one byte per row, so a 1M-row statement costs 1 MB).
NEW, DUPLICATE, PENDING = 0, 1, 2
STATUS_NAMES = ("new", "duplicate", "pending")


class ImportCancelled(CmrdeskError):
    """The person cancelled an import; the vault is exactly as it was before it started."""

    def __init__(self) -> None:
        super().__init__("the import was cancelled; nothing was imported")


@dataclass(frozen=True)
class ImportProblem:
    """A file an import could not read (the others are imported all the same)."""

    file: str
    error: Exception


@dataclass
class FileReport:
    """What importing one file did (the ``--json`` shape of ``cmrdesk import``)."""

    file: str
    format: str
    account: str | None = None
    new: int = 0
    duplicates: int = 0
    pending_skipped: int = 0
    statement_balance: Decimal | None = None
    vault_balance: Decimal | None = None
    reconciled: bool | None = None
    created_account: bool = False
    statements: int = 0
    warnings: list[str] = field(default_factory=list)
    #: How many new rows got a category on import, by where it came from.
    categorised: dict[str, int] = field(default_factory=lambda: {"rule": 0, "model": 0})
    #: The history row of this import (None for a dry run and for market data).
    import_batch_id: int | None = None
    sha256: str = ""
    account_ids: list[int] = field(default_factory=list)
    created_account_ids: list[int] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        """JSON-ready dict: money as decimal strings, ``null`` where the file states none."""
        return {
            "file": self.file,
            "format": self.format,
            "account": self.account,
            "new": self.new,
            "duplicates": self.duplicates,
            "pending_skipped": self.pending_skipped,
            "statement_balance": _text(self.statement_balance),
            "vault_balance": _text(self.vault_balance),
            "reconciled": self.reconciled,
            "created_account": self.created_account,
            "statements": self.statements,
            "warnings": self.warnings,
            "categorised": dict(self.categorised),
            "import_id": self.import_batch_id,
            "sha256": self.sha256,
        }


def _text(value: Decimal | None) -> str | None:
    return None if value is None else f"{value:f}"


def file_digest(path: Path | str) -> tuple[str, int]:
    """The file's sha256 (hex) and size in bytes; unreadable files are an import error."""
    digest = hashlib.sha256()
    size = 0
    try:
        with open(path, "rb") as handle:
            while chunk := handle.read(1 << 20):
                digest.update(chunk)
                size += len(chunk)
    except OSError as error:
        raise ImportFormatError(path, f"cannot be read: {error.strerror or error}") from None
    return digest.hexdigest(), size


# --- the account ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ProposedAccount:
    """The account an import would create for a statement that matches none."""

    name: str
    kind: AccountKind
    currency: str


@dataclass(frozen=True)
class AccountMatch:
    """Where a statement goes: an existing account (and what matched it), or a new one."""

    account: Account | None
    matched_by: str  # "IBAN", "number", "name", "earlier import" or ""
    proposed: ProposedAccount


def match_account(
    conn: Any, accounts: list[Account], statement: ParsedStatement, name: str | None,
    keys: list[int], base_currency: str,
) -> AccountMatch:
    """The account a statement goes into, without writing anything: the one named; else one
    matching the file's IBAN or account number and currency; else, for a file that names no
    account, the account that already holds most of its bookings (a re-import); else a new
    account described by the file."""
    info = statement.account
    currency = info.currency or base_currency
    kind = AccountKind(info.kind_hint) if info.kind_hint else AccountKind.CHECKING
    number = info.iban or info.number
    proposed = ProposedAccount(
        name or _new_name(info.institution, number, kind, accounts), kind, currency)
    if name:
        for account in accounts:
            if account.name.casefold() == name.casefold():
                return AccountMatch(account, "name", proposed)
        return AccountMatch(None, "", proposed)
    iban, plain = _norm(info.iban), _norm(info.number)
    if iban or plain:
        for account in accounts:
            # One IBAN can carry several currency pockets (Wise, Revolut): the same number
            # in another currency is another account.
            if info.currency and info.currency != account.currency:
                continue
            theirs = {_norm(account.iban), _norm(account.number)} - {""}
            if iban and iban in theirs:
                return AccountMatch(account, "IBAN", proposed)
            if plain and plain in theirs:
                return AccountMatch(account, "number", proposed)
        return AccountMatch(None, "", proposed)
    if keys:
        holders = vault_ledger.accounts_holding(conn, keys)
        if holders:
            best = max(holders, key=lambda a: holders[a])
            found = next((a for a in accounts if a.id == best), None)
            if found is not None:
                return AccountMatch(found, "earlier import", proposed)
    return AccountMatch(None, "", proposed)


def create_account(
    repo: Repository, statement: ParsedStatement, proposed: ProposedAccount
) -> Account:
    """Create the proposed account with what the file says about it."""
    info = statement.account
    number = info.iban or info.number
    new = Account(
        name=proposed.name, kind=proposed.kind, currency=proposed.currency,
        institution=info.institution, number_masked=mask_number(number) if number else "",
        iban=info.iban, number=info.number,
    )
    repo.add(new)
    return new


def _norm(text: str) -> str:
    return "".join(text.split()).upper()


def _new_name(institution: str, number: str, kind: AccountKind, existing: list[Account]) -> str:
    base = " ".join(p for p in (institution, kind.value.replace("_", " ")) if p).strip()
    base = base[:1].upper() + base[1:] if base else "Imported account"
    if number:
        base += f" {mask_number(number)}"
    names = {a.name for a in existing}
    candidate, n = base, 2
    while candidate in names:
        candidate, n = f"{base} ({n})", n + 1
    return candidate


def check_currency(statement: ParsedStatement, name: str, currency: str) -> None:
    """A statement in one currency cannot go into an account in another."""
    if statement.account.currency and statement.account.currency != currency:
        raise ImportFormatError(
            statement.source,
            f"the statement is in {statement.account.currency} but account "
            f"{name!r} is in {currency}",
            field="currency",
        )


# --- the rows ------------------------------------------------------------------------------


def classify(
    statement: ParsedStatement, keys: list[int], existing: set[int]
) -> tuple[bytearray, list[int]]:
    """Each row's status code (:data:`NEW`, :data:`DUPLICATE`, :data:`PENDING`) and the
    indexes of the new rows.

    Duplicates are judged against what the vault held before this file, never within it:
    two identical bookings of one file (two coffees, or one reference in two of its
    statements) are two bookings. Pending rows have not been booked by the bank yet.
    """
    codes = bytearray(len(keys))
    if len(statement.status) != len(keys):
        raise ValueError("one status per key")
    if not existing and "pending" not in statement.status:
        return codes, list(range(len(keys)))  # a new account's first file: every row is new
    keep: list[int] = []
    for i, (status, key) in enumerate(zip(statement.status, keys, strict=True)):
        if status == "pending":
            codes[i] = PENDING
        elif key in existing:
            codes[i] = DUPLICATE
        else:
            keep.append(i)
    return codes, keep


def opening_for_new_account(
    statement: ParsedStatement, minors: list[int], currency: str
) -> Decimal | None:
    """A new account's opening balance from the statement, so the vault matches the bank:
    the stated opening balance, or the closing balance less the booked transactions."""
    exponent = currency_exponent(currency)
    if statement.opening_balance is not None:
        opening = statement.opening_balance
    elif statement.closing_balance is not None:
        booked = sum(m for m, s in zip(minors, statement.status, strict=True) if s != "pending")
        opening = statement.closing_balance - Decimal(booked).scaleb(-exponent)
    else:
        return None
    return Money(opening, currency).rounded().amount


def closing_day(statement: ParsedStatement) -> int | None:
    """The day the statement's closing balance is for (its last booking when unstated)."""
    return statement.closing_date or (max(statement.day) if len(statement) else None)


def balance_warning(
    statement: ParsedStatement, currency: str, in_vault: Decimal, cause: str
) -> str:
    """A balance that does not reconcile, said in words: a person reads warnings."""
    day = closing_day(statement)
    when = f" on {from_epoch_day(day).isoformat()}" if day is not None else ""
    return (f"the statement's closing balance{when} is {statement.closing_balance} {currency}, "
            f"the vault's is {in_vault} {currency}: a difference of "
            f"{in_vault - statement.closing_balance} ({cause})")


def likely_cause(
    *, statement: ParsedStatement, minors: list[int], codes: bytearray, difference: Decimal,
    currency: str, new_account: bool, opening_known: bool, last_day_before: int | None,
) -> str:
    """Where a difference between the vault's balance and the statement's likely comes from.

    ``difference`` is the vault's balance less the statement's; ``last_day_before`` is the
    last day the account held a transaction before the statement's first day (None: none).
    """
    if not difference:
        return ""
    scale = currency_exponent(currency)
    missing = -difference  # what the vault would need to add to agree
    for code, label in ((PENDING, "pending row, which was skipped"),
                        (DUPLICATE, "row judged a duplicate of one already in the vault")):
        for i in (i for i, c in enumerate(codes) if c == code):
            amount = Decimal(minors[i]).scaleb(-scale)
            if amount == missing:
                day = from_epoch_day(statement.day[i]).isoformat()
                return f"the difference equals the {label} ({day}, {amount} {currency})"
    if new_account and not opening_known:
        return "the new account has no opening balance: the file states none"
    first = min(statement.day) if len(statement) else None
    if first is not None and not new_account:
        if last_day_before is None:
            return ("the account holds nothing before the statement's first day "
                    f"({from_epoch_day(first).isoformat()}): its opening balance or earlier "
                    "statements are missing")
        if first - last_day_before > 31:
            return (f"a gap: the vault has nothing for this account between "
                    f"{from_epoch_day(last_day_before).isoformat()} and the statement's "
                    f"first day {from_epoch_day(first).isoformat()}")
    if new_account and opening_known:
        return "the statement's own balances do not add up with its transactions"
    return ("unknown, because the rows agree with the file: an opening balance that differs "
            "from the bank's, or transactions booked outside the statement, are the usual "
            "causes")


def balance_on(conn: Any, repo: Repository, account_id: int, day: int | None) -> Decimal:
    """The account's balance at the end of ``day`` (every transaction when None)."""
    account = repo.get(Account, account_id)
    sums = vault_ledger.balances_minor(conn, up_to_day=day)
    total = account.opening() + Money.from_minor(sums.get(account.id, 0), account.currency)
    return total.amount


def last_day_before(conn: Any, account_id: int, day: int) -> int | None:
    """The last day before ``day`` on which the account has a transaction (None: none)."""
    row = conn.exec_driver_sql(
        "SELECT max(day) FROM transactions WHERE account_id = ? AND day < ?", (account_id, day)
    ).first()
    return None if row is None or row[0] is None else int(row[0])


# --- market data ---------------------------------------------------------------------------


def import_market(conn: Any, tables: Any, path: Path | str, report: FileReport) -> None:
    """FX rates, benchmark rates and security prices, each with its source and date, inside
    the caller's transaction. A row already in the vault (same date and key) is updated, and
    counted as a duplicate."""
    records = parse_market_csv(path)
    repo = Repository(conn, tables)
    for kind, record in records:
        if kind == "price":
            record = _price(repo, record)
        key = _market_key(record)
        existing = repo.find(type(record), **key)
        if existing is None:
            repo.add(record)
            report.new += 1
        else:
            record.id = existing.id
            repo.update(record)
            report.duplicates += 1


def _price(repo: Repository, record: SecurityPrice) -> Price:
    security = repo.find(Security, symbol=record.symbol)
    if security is None:
        security = Security(symbol=record.symbol, name=record.symbol, currency=record.currency)
        repo.add(security)
    return Price(security_id=security.id, date=record.date, price=record.price,
                 currency=record.currency, source=record.source)


def _market_key(record: Any) -> dict[str, Any]:
    when = to_epoch_day(record.date)
    if isinstance(record, FxRate):
        return {"date": when, "base": record.base, "quote": record.quote}
    if isinstance(record, MarketRate):
        return {"date": when, "kind": str(record.kind), "name": record.name,
                "region": record.region}
    if isinstance(record, Price):
        return {"date": when, "security_id": record.security_id}
    raise ValidationError("market", f"unexpected record {type(record).__name__}")
