"""The import plan: what importing a file would do, worked out without writing anything.

:func:`plan_file` parses the file completely and judges every statement exactly as
:func:`run_import` will (the same account matching, duplicate test and balance check, from
:mod:`.import_core`): which account it goes to and why, how many rows are new, duplicates or
pending, whether the closing balance would reconcile and, if not, where the difference likely
comes from. Rows and their category suggestions are computed lazily
(:meth:`StatementPlan.row_plans`), so planning a million-row file builds no per-row objects.

The wizard shows a plan, lets the person change the account, the CSV mapping and the
categories, and hands its :class:`ImportChoice` list to :func:`run_import`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from cmrdesk.domain import (
    Account,
    CmrdeskError,
    currency_exponent,
    from_epoch_day,
    mask_number,
)
from cmrdesk.importers import CsvMapping, ParsedStatement, dedupe_keys, parse_market_csv
from cmrdesk.vault import Repository, imports

from .import_core import (
    DUPLICATE,
    PENDING,
    STATUS_NAMES,
    ImportCancelled,
    ImportProblem,
    ProposedAccount,
    balance_on,
    balance_warning,
    check_currency,
    classify,
    closing_day,
    file_digest,
    last_day_before,
    likely_cause,
    match_account,
    opening_for_new_account,
)
from .import_core import FileReport as FileReport
from .import_run import ImportChoice, parse_choice, run_import
from .import_suggest import SOURCE_NAMES, SOURCE_NONE, RowSuggestions, suggest_rows
from .session import VaultSession


@dataclass(frozen=True)
class Suggestion:
    """A category suggested for a row: by a rule of the person's, or by the learned model."""

    category_id: int
    category: str  # as the vault shows it ("Food / Groceries")
    confidence: float  # 0-1; a rule is 1
    source: str  # 'rule' or 'model'
    reason: str  # from the categoriser ("payee matched 14 earlier 'Groceries'")


@dataclass(frozen=True)
class RowPlan:
    """One row of a statement and what the import would do with it."""

    index: int  # across the file's statements, as ImportChoice.accepted counts
    day: date
    amount: Decimal
    currency: str
    payee: str
    memo: str
    status: str  # 'new', 'duplicate' or 'pending'
    reason: str  # why a duplicate or pending row is skipped ('' for a new row)
    suggestion: Suggestion | None


@dataclass
class StatementPlan:
    """One statement of a file: where it goes, what it holds and whether it reconciles."""

    index: int
    account_number: str  # masked
    iban: str  # masked
    institution: str
    currency: str
    matched_account_id: int | None
    matched_by: str  # "IBAN", "number", "name", "earlier import" or "" (a new account)
    proposed: ProposedAccount
    first_day: date | None
    last_day: date | None
    rows: int
    new: int
    duplicates: int
    pending: int
    statement_balance: Decimal | None
    vault_balance_after: Decimal | None
    difference: Decimal | None  # vault after the import less the statement; None: unknown
    likely_cause: str
    warnings: list[str] = field(default_factory=list)
    _file: _FileRows | None = field(default=None, repr=False, compare=False)
    _offset: int = field(default=0, repr=False, compare=False)

    def row_plans(self, limit: int | None = None) -> list[RowPlan]:
        """The statement's rows (the first ``limit`` of them), with status, the reason a row
        is skipped, and the suggested category."""
        if self._file is None:
            return []
        return self._file.rows(self, limit)


@dataclass
class FilePlan:
    """What importing one file would do (``error`` set instead when it cannot be imported)."""

    path: Path
    format: str
    sha256: str
    size: int
    mapping: CsvMapping | None = None
    profile: str | None = None  # the saved profile the mapping came from
    error: CmrdeskError | None = None
    statements: list[StatementPlan] = field(default_factory=list)
    is_market: bool = False
    market_rows: int = 0


class _FileRows:
    """The parsed statements behind a plan, for its row plans; suggestions are computed on
    first use, once for the whole file."""

    def __init__(self, session: VaultSession, statements: list[ParsedStatement],
                 judged: list[tuple[Any, ...]]) -> None:
        self.session = session
        self.statements = statements
        self.judged = judged  # per statement: (keys, account id | None, currency, minors, codes)
        self._suggestions: RowSuggestions | None = None

    def suggestions(self) -> RowSuggestions:
        if self._suggestions is None:
            self._suggestions = suggest_rows(
                self.session, self.statements, [j[3] for j in self.judged],
                [j[1] for j in self.judged], [j[2] for j in self.judged])
        return self._suggestions

    def rows(self, plan: StatementPlan, limit: int | None) -> list[RowPlan]:
        st = self.statements[plan.index]
        keys, account_id, currency, minors, codes = self.judged[plan.index]
        n = len(st) if limit is None else max(0, min(limit, len(st)))
        found = self.suggestions()
        names = self.session.category_path()
        sources: dict[int, tuple[int, str, str]] = {}
        duplicate_keys = [keys[i] for i in range(n) if codes[i] == DUPLICATE]
        if duplicate_keys and account_id is not None:
            with self.session.vault.read() as conn:
                sources = imports.duplicate_sources(conn, account_id, duplicate_keys)
        scale = currency_exponent(currency)
        out = []
        for i in range(n):
            at = plan._offset + i
            suggestion = None
            if found.source[at] != SOURCE_NONE:
                category_id = int(found.category_id[at])
                suggestion = Suggestion(
                    category_id, names.get(category_id, ""), round(float(found.confidence[at]), 3),
                    SOURCE_NAMES[found.source[at]], found.reasons[found.reason_code[at]])
            out.append(RowPlan(
                at, from_epoch_day(st.day[i]), Decimal(minors[i]).scaleb(-scale), currency,
                st.payee[i], st.memo[i], STATUS_NAMES[codes[i]],
                _reason(codes[i], st.import_id[i], sources.get(keys[i])), suggestion))
        return out


def _reason(code: int, bank_id: str, source: tuple[int, str, str] | None) -> str:
    if code == PENDING:
        return "pending at the bank: not booked yet"
    if code != DUPLICATE:
        return ""
    if source is None:
        return "already in the vault"
    ident, when, name = source
    if bank_id:
        return f"same bank reference as #{ident}"
    text = f"same date, amount and text as #{ident}"
    if when:
        text += f" imported on {when[:10]} from {name}"
    return text


def plan_file(
    session: VaultSession,
    path: Path | str,
    *,
    account: str | None = None,
    mapping: CsvMapping | None = None,
    format: str | None = None,
) -> FilePlan:
    """Parse ``path`` completely and say what importing it would do; writes nothing.

    A file that cannot be imported gives a plan with ``error`` set (the typed error, naming
    the file and line) rather than raising.
    """
    path = Path(path)
    try:
        parsed = parse_choice(session, path, format=format, mapping=mapping)
    except CmrdeskError as error:
        return _failed(path, format, mapping, error)
    plan = FilePlan(path, parsed.format, parsed.sha256, parsed.size, parsed.mapping,
                    parsed.profile, is_market=parsed.is_market)
    if parsed.is_market:
        try:
            plan.market_rows = len(parse_market_csv(path))
        except CmrdeskError as error:
            plan.error = error
        return plan
    try:
        _plan_statements(session, plan, parsed.statements, account)
    except CmrdeskError as error:
        plan.error, plan.statements = error, []
    return plan


def _failed(path: Path, format: str | None, mapping: CsvMapping | None,
            error: CmrdeskError) -> FilePlan:
    try:
        sha, size = file_digest(path)
    except CmrdeskError:
        sha, size = "", 0
    return FilePlan(path, format or "", sha, size, mapping, None, error)


@dataclass
class _Slot:
    """An account as the run will see it while it writes this file's statements one by one:
    an existing account, or one the run will create (a placeholder with a negative id)."""

    account: Account
    keys: set[int]  # what it held before this file (duplicates are judged against these)
    opening: Decimal | None = None  # a new account's opening balance, from its first statement
    added_days: list[int] = field(default_factory=list)  # rows earlier statements add
    added_minor: list[int] = field(default_factory=list)

    @property
    def is_new(self) -> bool:
        return self.account.id is None or self.account.id < 0

    def added_until(self, day: int | None) -> int:
        return sum(m for d, m in zip(self.added_days, self.added_minor, strict=True)
                   if day is None or d <= day)

    def last_added_before(self, day: int) -> int | None:
        return max((d for d in self.added_days if d < day), default=None)


def _plan_statements(session: VaultSession, plan: FilePlan, statements: list[ParsedStatement],
                     account_name: str | None) -> None:
    judged: list[tuple[Any, ...]] = []
    rows = _FileRows(session, statements, judged)
    with session.vault.read() as conn:
        repo = Repository(conn, session.vault.tables)
        accounts = repo.list(Account)
        earlier = imports.earlier_imports_of(conn, plan.sha256)
        slots: dict[int | None, _Slot] = {}
        offset = 0
        for index, st in enumerate(statements):
            keys = dedupe_keys(st)
            match = match_account(conn, accounts, st, account_name, keys, session.base_currency)
            creates = match.account is None
            if creates:  # the run creates it here; later statements of the file find it
                account = _placeholder(st, match.proposed, -(len(slots) + 1))
                accounts.append(account)
                slots[account.id] = _Slot(account, set())
            else:
                account = match.account  # type: ignore[assignment]
                if account.id not in slots:
                    slots[account.id] = _Slot(account, _held_keys(conn, account))
            slot = slots[account.id]
            currency = account.currency
            check_currency(st, account.name, currency)
            minors, rounded = st.minor_units(currency_exponent(currency))
            codes, keep = classify(st, keys, slot.keys)
            real_id = None if slot.is_new else account.id
            judged.append((keys, real_id, currency, minors, codes))
            if creates:
                slot.opening = opening_for_new_account(st, minors, currency)
            statement = _statement_plan(conn, repo, index, st, match, slot, creates, minors,
                                        codes, keep)
            statement._file, statement._offset = rows, offset
            slot.added_days.extend(st.day[i] for i in keep)
            slot.added_minor.extend(minors[i] for i in keep)
            if rounded:
                statement.warnings.append(f"{rounded} amounts have more decimals than "
                                          f"{currency} and will be rounded half-even")
            if earlier and index == 0:
                statement.warnings.append(
                    f"this file was imported on {earlier[-1][:10]} already (rows already in "
                    "the vault are skipped as duplicates)")
            plan.statements.append(statement)
            offset += len(st)


def _placeholder(st: ParsedStatement, proposed: ProposedAccount, ident: int) -> Account:
    info = st.account
    return Account(name=proposed.name, kind=proposed.kind, currency=proposed.currency,
                   iban=info.iban, number=info.number, id=ident)


def _held_keys(conn: Any, account: Account) -> set[int]:
    """The dedupe keys an existing account holds."""
    from cmrdesk.vault import ledger as vault_ledger

    return vault_ledger.existing_dedupe_keys(conn, account.id)  # type: ignore[arg-type]


def _statement_plan(
    conn: Any, repo: Repository, index: int, st: ParsedStatement, match: Any, slot: _Slot,
    creates: bool, minors: list[int], codes: bytearray, keep: list[int],
) -> StatementPlan:
    info = st.account
    currency = slot.account.currency
    first = min(st.day) if len(st) else None
    last = max(st.day) if len(st) else None
    after = difference = None
    cause = ""
    warnings = list(st.warnings)
    if st.closing_balance is not None:
        day = closing_day(st)
        scale = currency_exponent(currency)
        if slot.is_new:
            base = slot.opening if slot.opening is not None else Decimal(0)
        else:
            base = balance_on(conn, repo, slot.account.id, day)  # type: ignore[arg-type]
        added = slot.added_until(day) + sum(
            minors[i] for i in keep if day is None or st.day[i] <= day)
        after = base + Decimal(added).scaleb(-scale)
        difference = after - st.closing_balance
        if difference:
            gap_from = None
            if first is not None and not creates:
                in_vault = (None if slot.is_new else
                            last_day_before(conn, slot.account.id, first))  # type: ignore[arg-type]
                gap_from = max((d for d in (in_vault, slot.last_added_before(first))
                                if d is not None), default=None)
            cause = likely_cause(
                statement=st, minors=minors, codes=codes, difference=difference,
                currency=currency, new_account=creates, opening_known=slot.opening is not None,
                last_day_before=gap_from)
            warnings.append(balance_warning(st, currency, after, cause))
    return StatementPlan(
        index=index,
        account_number=mask_number(info.number) if info.number else "",
        iban=mask_number(info.iban) if info.iban else "",
        institution=info.institution,
        currency=currency,
        matched_account_id=None if slot.is_new else slot.account.id,
        matched_by="" if slot.is_new else match.matched_by,
        proposed=(ProposedAccount(slot.account.name, slot.account.kind, currency)
                  if slot.is_new else match.proposed),
        first_day=from_epoch_day(first) if first is not None else None,
        last_day=from_epoch_day(last) if last is not None else None,
        rows=len(st),
        new=len(keep),
        duplicates=codes.count(DUPLICATE),
        pending=codes.count(PENDING),
        statement_balance=st.closing_balance,
        vault_balance_after=after,
        difference=difference,
        likely_cause=cause,
        warnings=warnings,
    )


__all__ = [
    "FilePlan", "FileReport", "ImportCancelled", "ImportChoice", "ImportProblem",
    "ProposedAccount", "RowPlan", "StatementPlan", "Suggestion", "plan_file", "run_import",
]
