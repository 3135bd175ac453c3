"""Importing bank files into the vault: detect, match the account, dedupe, insert, reconcile.

Each file is all-or-nothing: it is parsed completely first (any problem is an
``ImportFormatError`` naming the file and line), then every statement in it is written in one
transaction, so a failure leaves the vault exactly as it was.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from cmrdesk.domain import (
    Account,
    AccountKind,
    ChangeSet,
    FxRate,
    ImportFormatError,
    MarketRate,
    Money,
    NotFound,
    Price,
    Security,
    TransactionBatch,
    ValidationError,
    currency_exponent,
    from_epoch_day,
    mask_number,
    paused_gc,
    to_epoch_day,
)
from cmrdesk.importers import (
    CsvMapping,
    ParsedStatement,
    SecurityPrice,
    dedupe_keys,
    detect_csv_mapping,
    detect_format,
    is_market_csv,
    parse_file,
    parse_market_csv,
)
from cmrdesk.vault import Repository, imports
from cmrdesk.vault import ledger as vault_ledger

from .import_positions import store_extras
from .session import VaultSession

MARKET_FORMAT = "market"


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
        }


def _text(value: Decimal | None) -> str | None:
    return None if value is None else f"{value:f}"


# --- CSV mapping profiles --------------------------------------------------------------------


def save_mapping(session: VaultSession, name: str, mapping: CsvMapping) -> ChangeSet:
    """Store a (corrected) CSV mapping under ``name`` for that bank's next files."""
    mapping.validate()
    with session.vault.begin() as conn:
        imports.save_profile(conn, name, "csv", json.dumps(mapping.to_dict()))
    return ChangeSet.of("import_profiles")


def load_mapping(session: VaultSession, name: str) -> CsvMapping:
    """A saved CSV mapping by name."""
    with session.vault.read() as conn:
        stored = imports.load_profile(conn, name)
    if stored is None:
        raise NotFound("import profile", name)
    return CsvMapping.from_dict(json.loads(stored))


def mapping_profiles(session: VaultSession) -> dict[str, CsvMapping]:
    """Every saved CSV mapping by name."""
    with session.vault.read() as conn:
        return {n: CsvMapping.from_dict(json.loads(m)) for n, m in imports.all_profiles(conn)}


def propose_mapping(session: VaultSession, path: Path | str) -> tuple[CsvMapping, str | None]:
    """The mapping to use for a CSV: a saved profile whose columns fit this file's header
    (the same bank's layout), else a freshly detected one. Returns it and the profile name."""
    detected = detect_csv_mapping(path)
    header = _header_key(detected)
    for name, saved in mapping_profiles(session).items():
        if header and _header_key(saved) == header:
            return saved, name
    return detected, None


def _header_key(mapping: CsvMapping) -> frozenset[str]:
    """A bank's layout, by its header names (a saved profile finds reordered columns)."""
    return frozenset(c.strip().casefold() for c in mapping.columns if c.strip())


# --- import ----------------------------------------------------------------------------------


def import_file(
    session: VaultSession,
    path: Path | str,
    *,
    account: str | None = None,
    format: str | None = None,
    mapping: CsvMapping | None = None,
    dry_run: bool = False,
    max_bytes: int | None = None,
) -> FileReport:
    """Import one file (all or nothing) and say what happened.

    ``max_bytes`` changes the safety cap on the file size (default 256 MiB, far above any bank
    export).
    """
    path = Path(path)
    fmt = format or detect_format(path)
    if fmt == MARKET_FORMAT or (fmt == "csv" and is_market_csv(path)):
        return _import_market(session, path, dry_run=dry_run)
    if fmt == "csv" and mapping is None:
        mapping, _profile = propose_mapping(session, path)
    cap = {} if max_bytes is None else {"max_bytes": max_bytes}
    statements = parse_file(path, format=fmt, mapping=mapping, **cap)
    report = FileReport(file=str(path), format=fmt, statements=len(statements))
    with paused_gc(), session.vault.bulk() as conn:
        before: dict[int, set[int]] = {}  # per account: the keys it held before this file
        for statement in statements:
            _import_statement(session, conn, statement, account, report, before)
        if dry_run:
            conn.rollback()
    return report


def import_files(
    session: VaultSession, paths: list[Path | str], **options: Any
) -> list[FileReport]:
    """Import several files; each is its own unit (a bad file does not undo the good ones)."""
    return [import_file(session, path, **options) for path in paths]


def _import_statement(
    session: VaultSession, conn: Any, statement: ParsedStatement, account_name: str | None,
    report: FileReport, before: dict[int, set[int]],
) -> None:
    repo = Repository(conn, session.vault.tables)
    keys = dedupe_keys(statement)
    target, created = _match_account(session, conn, repo, statement, account_name, keys)
    report.account = target.name
    report.created_account = report.created_account or created
    report.warnings.extend(statement.warnings)
    currency = target.currency
    if statement.account.currency and statement.account.currency != currency:
        raise ImportFormatError(
            statement.source,
            f"the statement is in {statement.account.currency} but account "
            f"{target.name!r} is in {currency}",
            field="currency",
        )
    minors, rounded = statement.minor_units(currency_exponent(currency))
    if rounded:
        report.warnings.append(
            f"{rounded} amounts had more decimals than {currency} and were rounded half-even"
        )
    # Duplicates are judged against what the vault held before this file, never within it:
    # two identical bookings of one file (two coffees, or one reference in two of its
    # statements) are two bookings. A brand-new account holds nothing yet: skip the lookup.
    if target.id not in before:
        before[target.id] = set() if created else vault_ledger.existing_dedupe_keys(
            conn, target.id)
    existing = before[target.id]
    keep: list[int] = []
    for i, (status, key) in enumerate(zip(statement.status, keys, strict=True)):
        if status == "pending":
            report.pending_skipped += 1
        elif key in existing:
            report.duplicates += 1
        else:
            keep.append(i)
    batch = _batch(statement, keep, target, minors, keys)
    if created:
        _set_opening_balance(repo, target, statement, minors)
    report.new += vault_ledger.insert_batch(conn, batch)
    report.warnings += store_extras(conn, repo, statement, target, keep)  # positions, splits
    if statement.closing_balance is not None:
        closing_day = statement.closing_date or (max(statement.day) if len(statement) else None)
        in_vault = _balance_on(conn, repo, target, closing_day)
        report.statement_balance = statement.closing_balance
        report.vault_balance = in_vault
        agrees = in_vault == statement.closing_balance
        report.reconciled = agrees if report.reconciled is None else (
            report.reconciled and agrees)
        if not agrees:  # said in words too: a person reads warnings, not a false flag
            when = f" on {from_epoch_day(closing_day).isoformat()}" if closing_day else ""
            report.warnings.append(
                f"the statement's closing balance{when} is {statement.closing_balance} "
                f"{currency}, the vault's is {in_vault} {currency}: a difference of "
                f"{in_vault - statement.closing_balance} (a missing opening balance or "
                "earlier transactions not imported are the usual causes)")


def _batch(
    statement: ParsedStatement, keep: list[int], account: Account, minors: list[int],
    keys: list[int],
) -> TransactionBatch:
    """The kept rows of a statement as a columnar batch (no per-row calls at 1M rows)."""
    def pick(column: list) -> list:
        return [column[i] for i in keep]

    n = len(keep)
    batch = TransactionBatch()
    batch.account_id = [account.id] * n  # type: ignore[list-item]
    batch.day = pick(statement.day)
    batch.amount_minor = pick(minors)
    batch.currency = [account.currency] * n
    batch.payee = pick(statement.payee)
    batch.payee_raw = pick(statement.payee_raw)
    batch.memo = pick(statement.memo)
    batch.category_id = [None] * n
    batch.import_id = pick(statement.import_id)
    batch.status = ["cleared"] * n
    batch.dedupe_key = pick(keys)
    return batch


def _match_account(
    session: VaultSession, conn: Any, repo: Repository, statement: ParsedStatement,
    name: str | None, keys: list[int],
) -> tuple[Account, bool]:
    """The account a statement goes into: the one named; else one matching the file's IBAN
    or account number and currency; else, for a file that names no account, the account that already
    holds most of its bookings (a re-import); else a new account described by the file."""
    accounts = repo.list(Account)
    if name:
        for account in accounts:
            if account.name.casefold() == name.casefold():
                return account, False
    info = statement.account
    numbers = {_norm(info.iban), _norm(info.number)} - {""}
    if not name and numbers:
        for account in accounts:
            same_currency = not info.currency or info.currency == account.currency
            # One IBAN can carry several currency pockets (Wise, Revolut): the same number
            # in another currency is another account.
            if same_currency and numbers & ({_norm(account.iban), _norm(account.number)} - {""}):
                return account, False
    if not name and not numbers and keys:
        holders = vault_ledger.accounts_holding(conn, keys)
        if holders:
            best = max(holders, key=lambda a: holders[a])
            return next(a for a in accounts if a.id == best), False
    currency = info.currency or session.base_currency
    kind = AccountKind(info.kind_hint) if info.kind_hint else AccountKind.CHECKING
    number = info.iban or info.number
    new = Account(
        name=name or _new_name(info.institution, number, kind, accounts),
        kind=kind, currency=currency, institution=info.institution,
        number_masked=mask_number(number) if number else "", iban=info.iban,
        number=info.number,
    )
    repo.add(new)
    return new, True


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


def _set_opening_balance(
    repo: Repository, account: Account, statement: ParsedStatement, minors: list[int]
) -> None:
    """A new account's opening balance from the statement, so the vault matches the bank:
    the stated opening balance, or the closing balance less the booked transactions."""
    exponent = currency_exponent(account.currency)
    if statement.opening_balance is not None:
        opening = statement.opening_balance
    elif statement.closing_balance is not None:
        booked = sum(m for m, s in zip(minors, statement.status, strict=True) if s != "pending")
        opening = statement.closing_balance - Decimal(booked).scaleb(-exponent)
    else:
        return
    account.opening_balance = Money(opening, account.currency).rounded()
    repo.update(account)


def _balance_on(conn: Any, repo: Repository, account: Account, day: int | None) -> Decimal:
    account = repo.get(Account, account.id)
    sums = vault_ledger.balances_minor(conn, up_to_day=day)
    total = account.opening() + Money.from_minor(sums.get(account.id, 0), account.currency)
    return total.amount


# --- market data -------------------------------------------------------------------------------


def _import_market(session: VaultSession, path: Path, *, dry_run: bool) -> FileReport:
    """FX rates, benchmark rates and security prices, each with its source and date.
    A row already in the vault (same date and key) is updated, and counted as a duplicate."""
    records = parse_market_csv(path)
    report = FileReport(file=str(path), format=MARKET_FORMAT)
    with session.vault.begin() as conn:
        repo = Repository(conn, session.vault.tables)
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
        if dry_run:
            conn.rollback()
    return report


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


__all__ = [
    "MARKET_FORMAT", "FileReport", "import_file", "import_files", "load_mapping",
    "mapping_profiles", "propose_mapping", "save_mapping",
]
