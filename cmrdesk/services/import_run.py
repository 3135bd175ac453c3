"""Running an import: files chosen in the wizard (or named on the command line) go into the vault
in one transaction, with their history row, categories and a balance check.

Every file is parsed completely before anything is written (a bad file is an
:class:`ImportProblem` naming the file and line, and keeps no row). The run is one vault
transaction: a cancel between chunks raises :class:`ImportCancelled` and rolls all of it back;
a file that fails while being written is rolled back to a savepoint, and the others stay.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import repeat
from pathlib import Path
from typing import Any

import numpy as np

from cmrdesk.domain import (
    Account,
    CmrdeskError,
    Money,
    currency_exponent,
    paused_gc,
)
from cmrdesk.importers import (
    CsvMapping,
    ParsedStatement,
    dedupe_keys,
    detect_format,
    is_market_csv,
    parse_file,
)
from cmrdesk.vault import Repository, imports
from cmrdesk.vault import ledger as vault_ledger

from .import_core import (
    MARKET_FORMAT,
    NEW,
    FileReport,
    ImportCancelled,
    ImportProblem,
    balance_on,
    balance_warning,
    check_currency,
    classify,
    closing_day,
    create_account,
    file_digest,
    import_market,
    last_day_before,
    likely_cause,
    match_account,
    opening_for_new_account,
)
from .import_profiles import propose_mapping
from .import_settings import import_settings
from .import_suggest import SOURCE_MODEL, SOURCE_NONE, SOURCE_RULE, rules_in_order, suggest_rows
from .session import VaultSession

#: Rows written between two progress reports (and cancel checks).
CHUNK_ROWS = 50_000
#: ``category_source`` per code: none, rule, model, accepted by the person.
_SOURCE_TEXT = ("", "rule", "model", "user")
_SOURCE_USER = 3


@dataclass
class ImportChoice:
    """One file as the person chose to import it.

    ``accepted`` maps a row index (counted across the file's statements, as
    ``RowPlan.index``) to the category id the person accepted; ``accept_min_confidence``
    accepts every suggestion at or above that confidence. ``format`` overrides detection.
    """

    path: Path | str
    account: str | None = None
    mapping: CsvMapping | None = None
    accept_min_confidence: float | None = None
    accepted: dict[int, int] | None = None
    format: str | None = None


@dataclass
class ParsedFile:
    """A file read completely, not yet written."""

    path: Path
    format: str
    sha256: str
    size: int
    statements: list[ParsedStatement]
    mapping: CsvMapping | None = None
    profile: str | None = None
    is_market: bool = False


def parse_choice(
    session: VaultSession, path: Path | str, *, format: str | None = None,
    mapping: CsvMapping | None = None, max_bytes: int | None = None,
) -> ParsedFile:
    """Detect, hash and parse a file completely (market files are parsed when written)."""
    path = Path(path)
    sha, size = file_digest(path)
    fmt = format or detect_format(path)
    if fmt == MARKET_FORMAT or (fmt == "csv" and is_market_csv(path)):
        return ParsedFile(path, MARKET_FORMAT, sha, size, [], is_market=True)
    profile = None
    if fmt == "csv" and mapping is None:
        mapping, profile = propose_mapping(session, path)
    cap = {} if max_bytes is None else {"max_bytes": max_bytes}
    statements = parse_file(path, format=fmt, mapping=mapping, **cap)
    return ParsedFile(path, fmt, sha, size, statements, mapping if fmt == "csv" else None,
                      profile)


class _Progress:
    """Counts rows done, tells the caller, and stops the run when it is cancelled."""

    def __init__(self, total: int, report: Callable[[int, int], None] | None,
                 cancelled: Callable[[], bool] | None) -> None:
        self.total, self.done = total, 0
        self._report, self._cancelled = report, cancelled

    def check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise ImportCancelled()

    def advance(self, rows: int) -> None:
        self.done += rows
        if self._report is not None:
            self._report(min(self.done, self.total), self.total)
        self.check()


def run_import(
    session: VaultSession,
    choices: list[ImportChoice],
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[FileReport | ImportProblem]:
    """Import the chosen files in one vault transaction; one result per choice, in order.

    ``progress(done, total)`` is called between chunks of rows; when ``cancelled()`` turns
    true the run stops with :class:`ImportCancelled` and the vault is exactly as before.
    """
    return execute(session, choices, progress=progress, cancelled=cancelled)


def execute(
    session: VaultSession,
    choices: list[ImportChoice],
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    dry_run: bool = False,
    max_bytes: int | None = None,
) -> list[FileReport | ImportProblem]:
    """:func:`run_import` with the command line's options (``dry_run`` rolls back at the end;
    ``max_bytes`` changes the size cap)."""
    counter = _Progress(0, progress, cancelled)
    parsed: list[ParsedFile | ImportProblem] = []
    for choice in choices:
        counter.check()
        try:
            parsed.append(parse_choice(session, choice.path, format=choice.format,
                                       mapping=choice.mapping, max_bytes=max_bytes))
        except CmrdeskError as error:  # typed: a bad file, never a programming error
            parsed.append(ImportProblem(str(choice.path), error))
    counter.total = sum(len(st) for p in parsed if isinstance(p, ParsedFile)
                        for st in p.statements)
    threshold = import_settings(session).apply_model_above
    results: list[FileReport | ImportProblem] = []
    with paused_gc(), session.vault.bulk() as conn:
        raw = conn.connection.dbapi_connection
        for choice, item in zip(choices, parsed, strict=True):
            if isinstance(item, ImportProblem):
                results.append(item)
                continue
            raw.execute("SAVEPOINT import_file")
            try:
                report = _write_file(session, conn, choice, item, threshold, counter)
            except ImportCancelled:
                raise
            except CmrdeskError as error:
                raw.execute("ROLLBACK TO import_file")
                raw.execute("RELEASE import_file")
                results.append(ImportProblem(str(choice.path), error))
                continue
            raw.execute("RELEASE import_file")
            results.append(report)
        if dry_run:
            conn.rollback()
            for result in results:
                if isinstance(result, FileReport):
                    result.import_batch_id = None
    return results


def _write_file(
    session: VaultSession, conn: Any, choice: ImportChoice, parsed: ParsedFile,
    threshold: float | None, counter: _Progress,
) -> FileReport:
    report = FileReport(file=str(parsed.path), format=parsed.format,
                        statements=len(parsed.statements), sha256=parsed.sha256)
    if parsed.is_market:
        import_market(conn, session.vault.tables, parsed.path, report)
        return report
    earlier = imports.earlier_imports_of(conn, parsed.sha256)
    if earlier:
        report.warnings.append(f"this file was imported on {earlier[-1][:10]} already "
                               "(rows already in the vault are skipped as duplicates)")
    now = datetime.now(UTC).replace(microsecond=0).isoformat()
    batch_id = imports.add_batch(conn, file_name=parsed.path.name, sha256=parsed.sha256,
                                 fmt=parsed.format, imported_at=now)
    report.import_batch_id = batch_id
    repo = Repository(conn, session.vault.tables)
    accounts = repo.list(Account)
    before: dict[int, set[int]] = {}  # per account: the keys it held before this file
    judged = []
    for st in parsed.statements:
        keys = dedupe_keys(st)
        match = match_account(conn, accounts, st, choice.account, keys, session.base_currency)
        account, created = match.account, match.account is None
        if account is None:
            account = create_account(repo, st, match.proposed)
            accounts.append(account)
            report.created_account_ids.append(account.id)
        check_currency(st, account.name, account.currency)
        minors, rounded = st.minor_units(currency_exponent(account.currency))
        if rounded:
            report.warnings.append(f"{rounded} amounts had more decimals than "
                                   f"{account.currency} and were rounded half-even")
        if account.id not in before:
            fresh = account.id in report.created_account_ids
            before[account.id] = set() if fresh else vault_ledger.existing_dedupe_keys(
                conn, account.id)
        codes, keep = classify(st, keys, before[account.id])
        gap_from = None
        if st.closing_balance is not None and len(st) and not created:
            gap_from = last_day_before(conn, account.id, min(st.day))
        judged.append((st, keys, account, created, minors, codes, keep, gap_from))
    category, source = _categories(session, choice, threshold, judged)
    imports.check_references(conn, {j[2].id for j in judged},
                             {int(c) for c in np.unique(category) if c >= 0})
    offset = 0
    for st, keys, account, created, minors, codes, keep, gap_from in judged:
        report.account = account.name
        report.created_account = report.created_account or created
        report.warnings.extend(st.warnings)
        if account.id not in report.account_ids:
            report.account_ids.append(account.id)
        report.pending_skipped += codes.count(2)
        report.duplicates += codes.count(1)
        _insert(conn, st, account, minors, keys, keep, offset, category, source, batch_id,
                report, counter)
        counter.advance(len(st) - len(keep))
        offset += len(st)
        opening_known = True
        if created:
            opening = opening_for_new_account(st, minors, account.currency)
            opening_known = opening is not None
            if opening is not None:
                account.opening_balance = Money(opening, account.currency)
                repo.update(account)
        _reconcile(conn, repo, st, account, created, opening_known, minors, codes, gap_from,
                   report)
    if not report.new and not report.created_account_ids:
        # Nothing was added (a file imported again): there is nothing to list or to remove,
        # and the import is no step to undo.
        imports.drop_batch(conn, batch_id)
        report.import_batch_id = None
        return report
    saved = report.as_json() | {"file": parsed.path.name,
                                "created_account_ids": report.created_account_ids}
    imports.finish_batch(conn, batch_id, account_ids=report.account_ids, new=report.new,
                         duplicates=report.duplicates, pending_skipped=report.pending_skipped,
                         report=saved)
    return report


def _categories(
    session: VaultSession, choice: ImportChoice, threshold: float | None, judged: list,
) -> tuple[np.ndarray, np.ndarray]:
    """Per file row: the category it is written with (-1: none) and the source code."""
    total = sum(len(j[0]) for j in judged)
    category = np.full(total, -1, dtype=np.int64)
    source = np.zeros(total, dtype=np.int8)
    use_model = threshold is not None or choice.accept_min_confidence is not None
    if not total or not (use_model or choice.accepted or rules_in_order(session)):
        return category, source
    found = suggest_rows(
        session, [j[0] for j in judged], [j[4] for j in judged],
        [None if j[3] else j[2].id for j in judged], [j[2].currency for j in judged],
        use_model=use_model)
    take = found.source == SOURCE_RULE
    if threshold is not None:
        take |= (found.source == SOURCE_MODEL) & (found.confidence >= threshold)
    if choice.accept_min_confidence is not None:
        take |= (found.source != SOURCE_NONE) & (
            found.confidence >= choice.accept_min_confidence)
    category[take] = found.category_id[take]
    source[take] = found.source[take]
    for index, category_id in (choice.accepted or {}).items():
        if 0 <= index < total:
            category[index], source[index] = category_id, _SOURCE_USER
    return category, source


def _insert(
    conn: Any, st: ParsedStatement, account: Account, minors: list[int], keys: list[int],
    keep: list[int], offset: int, category: np.ndarray, source: np.ndarray, batch_id: int,
    report: FileReport, counter: _Progress,
) -> None:
    """Write the kept rows in chunks, with a progress report (and cancel check) after each."""
    whole = len(keep) == len(st)  # nothing skipped: slice instead of picking row by row
    for start in range(0, len(keep), CHUNK_ROWS):
        end = min(start + CHUNK_ROWS, len(keep))
        if whole:
            def pick(column: list, s: int = start, e: int = end) -> list:
                return column[s:e]
        else:
            part = keep[start:end]

            def pick(column: list, part: list[int] = part) -> list:
                return [column[i] for i in part]
        if whole:
            rows_cat = category[offset + start:offset + end]
            rows_src = source[offset + start:offset + end]
        else:
            at = np.asarray(keep[start:end], dtype=np.int64) + offset
            rows_cat, rows_src = category[at], source[at]
        n = end - start
        cats = np.where(rows_cat < 0, 0, rows_cat).tolist()  # 0 travels as NULL
        sources = np.array(_SOURCE_TEXT, dtype=object)[rows_src].tolist()
        imports.insert_imported(conn, zip(
            repeat(account.id, n), pick(st.day), pick(minors), repeat(account.currency, n),
            pick(st.payee), pick(st.payee_raw), pick(st.memo), cats, pick(st.import_id),
            repeat("cleared", n), pick(keys), repeat(batch_id, n), sources, strict=False))
        report.new += n
        report.categorised["rule"] += int((rows_src == SOURCE_RULE).sum())
        report.categorised["model"] += int((rows_src == SOURCE_MODEL).sum())
        counter.advance(n)


def _reconcile(
    conn: Any, repo: Repository, st: ParsedStatement, account: Account, created: bool,
    opening_known: bool, minors: list[int], codes: bytearray, gap_from: int | None,
    report: FileReport,
) -> None:
    """Compare the vault's balance with the statement's closing balance, and say why not."""
    if st.closing_balance is None:
        return
    in_vault = balance_on(conn, repo, account.id, closing_day(st))
    report.statement_balance = st.closing_balance
    report.vault_balance = in_vault
    agrees = in_vault == st.closing_balance
    report.reconciled = agrees if report.reconciled is None else (report.reconciled and agrees)
    if not agrees:
        cause = likely_cause(
            statement=st, minors=minors, codes=codes, difference=in_vault - st.closing_balance,
            currency=account.currency, new_account=created, opening_known=opening_known,
            last_day_before=gap_from)
        report.warnings.append(balance_warning(st, account.currency, in_vault, cause))


__all__ = ["CHUNK_ROWS", "NEW", "ImportChoice", "ParsedFile", "execute", "parse_choice",
           "run_import"]
