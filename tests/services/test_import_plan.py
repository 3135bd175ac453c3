"""The import plan API: what an import would do, judged without writing, then run as planned."""

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from cmrdesk.domain import Category, CategoryKind, CategoryRule, ImportFormatError
from cmrdesk.services import editing
from cmrdesk.services.import_plan import (
    FileReport,
    ImportCancelled,
    ImportChoice,
    ImportProblem,
    plan_file,
    run_import,
)
from cmrdesk.services.session import VaultSession
from tests.conftest import PASSPHRASE, TEST_PARAMS
from tests.importers.conftest import CORPUS

CHECKING = CORPUS / "ofx" / "ofxparse__checking.ofx"


def fresh(tmp_path: Path) -> VaultSession:
    return VaultSession.create(tmp_path / "p.cmrdesk", PASSPHRASE, params=TEST_PARAMS)


def state(s: VaultSession) -> tuple:
    """Everything an import could change, to compare before and after."""
    cols = s.transaction_columns()
    with s.vault.read() as conn:
        batches = conn.exec_driver_sql("SELECT count(*) FROM import_batches").scalar_one()
    return (len(cols["id"]), int(cols["amount_minor"].sum()), len(s.accounts()), batches)


def test_plan_of_a_new_statement_proposes_an_account_and_writes_nothing(tmp_path):
    with fresh(tmp_path) as s:
        plan = plan_file(s, CHECKING)
        assert plan.error is None and plan.format in ("ofx", "qfx") and not plan.is_market
        assert len(plan.sha256) == 64 and plan.size == CHECKING.stat().st_size
        (st,) = plan.statements
        assert st.matched_account_id is None and st.matched_by == ""
        assert st.proposed.currency == "USD" and st.proposed.kind.value == "checking"
        assert st.account_number.endswith("~7") and "1452687" not in st.account_number
        assert (st.rows, st.new, st.duplicates, st.pending) == (3, 3, 0, 0)
        assert st.first_day == date(2011, 3, 31) and st.last_day is not None
        assert st.statement_balance == Decimal("100.99")
        assert st.vault_balance_after == Decimal("100.99") and st.difference == 0
        assert st.likely_cause == ""
        assert state(s) == (0, 0, 0, 0)


def test_a_second_plan_finds_the_account_and_says_why_each_row_is_a_duplicate(tmp_path):
    with fresh(tmp_path) as s:
        (report,) = run_import(s, [ImportChoice(CHECKING)])
        assert isinstance(report, FileReport) and report.new == 3
        plan = plan_file(s, CHECKING)
        (st,) = plan.statements
        (account,) = s.accounts()
        assert st.matched_account_id == account.id and st.matched_by == "number"
        assert (st.new, st.duplicates) == (0, 3)
        rows = st.row_plans()
        assert [r.status for r in rows] == ["duplicate"] * 3
        ids = [t.id for t in s.transactions()]
        assert all(r.reason.startswith("same bank reference as #") for r in rows)
        assert {int(r.reason.rsplit("#", 1)[1]) for r in rows} == set(ids)
        assert any("this file was imported on" in w for w in st.warnings)


def test_a_duplicate_without_a_bank_id_names_the_file_and_day_it_came_from(tmp_path):
    path = tmp_path / "jan.qif"
    path.write_text("!Type:Bank\nD03/02/2026\nT-3.20\nPCoffee Bar\n^\n")
    with fresh(tmp_path) as s:
        run_import(s, [ImportChoice(path, account="Everyday")])
        (row,) = plan_file(s, path, account="Everyday").statements[0].row_plans()
        (tx,) = s.transactions()
        today = date.today().isoformat()  # the import ran today (UTC, a second ago)
        assert row.status == "duplicate"
        assert row.reason.startswith(f"same date, amount and text as #{tx.id} imported on ")
        assert row.reason.endswith(" from jan.qif") and today[:4] in row.reason


def test_a_bad_file_gives_the_error_in_the_plan_instead_of_raising(tmp_path):
    good = CHECKING.read_bytes()
    broken = tmp_path / "broken.ofx"
    broken.write_bytes(good.replace(b"<TRNAMT>-25.00", b"<TRNAMT>12,3,4", 1))
    with fresh(tmp_path) as s:
        plan = plan_file(s, broken)
        assert isinstance(plan.error, ImportFormatError)
        assert "broken.ofx" in str(plan.error) and plan.error.line is not None
        assert plan.statements == [] and len(plan.sha256) == 64


def test_rows_are_planned_lazily_with_a_limit_and_rules_come_first(tmp_path):
    with fresh(tmp_path) as s:
        s.add(Category(name="Power bills", kind=CategoryKind.EXPENSE))
        (utilities,) = [c for c in s.categories() if c.name == "Power bills"]
        s.add(CategoryRule(category_id=utilities.id, payee_contains="electric",
                            name="electric"))
        (st,) = plan_file(s, CHECKING).statements
        assert len(st.row_plans(limit=1)) == 1
        rows = st.row_plans()
        assert [r.index for r in rows] == [0, 1, 2]
        assert rows[1].amount == Decimal("-34.51") and rows[1].currency == "USD"
        assert rows[1].status == "new" and rows[1].reason == ""
        suggestion = rows[1].suggestion
        assert suggestion is not None and suggestion.source == "rule"
        assert suggestion.category_id == utilities.id and suggestion.category == "Power bills"
        assert suggestion.confidence == 1.0 and "electric" in suggestion.reason
        assert rows[0].suggestion is None  # nothing learned yet, and no rule for it


def test_cancel_between_chunks_leaves_the_vault_exactly_as_it_was(tmp_path):
    with fresh(tmp_path) as s:
        before = state(s)
        seen: list[tuple[int, int]] = []
        with pytest.raises(ImportCancelled):
            run_import(s, [ImportChoice(CHECKING)], progress=lambda d, t: seen.append((d, t)),
                       cancelled=lambda: bool(seen))
        assert seen and seen[0][1] == 3
        assert state(s) == before


def test_a_bad_file_is_a_problem_and_the_good_file_is_imported(tmp_path):
    broken = tmp_path / "broken.ofx"
    broken.write_bytes(CHECKING.read_bytes().replace(b"<TRNAMT>-25.00", b"<TRNAMT>x", 1))
    with fresh(tmp_path) as s:
        done: list[tuple[int, int]] = []
        results = run_import(s, [ImportChoice(broken), ImportChoice(CHECKING)],
                             progress=lambda d, t: done.append((d, t)))
        assert isinstance(results[0], ImportProblem) and isinstance(results[1], FileReport)
        assert s.transaction_count() == 3 and done[-1] == (3, 3)


def test_import_files_with_choices_is_undone_and_redone_exactly(tmp_path):
    with fresh(tmp_path) as s:
        empty = state(s)
        outcome = editing.apply(s, editing.ImportFiles(
            choices=[ImportChoice(CHECKING, account="Checking")], label="import"))
        imported = state(s)
        assert imported == (3, imported[1], 1, 1) and s.accounts()[0].name == "Checking"
        undo = editing.apply(s, outcome.inverse)
        assert state(s) == empty
        editing.apply(s, undo.inverse)
        assert state(s) == imported


def test_import_files_keeps_taking_paths(tmp_path):
    with fresh(tmp_path) as s:
        outcome = editing.apply(s, editing.ImportFiles([str(CHECKING)]))
        assert [r.new for r in outcome.result] == [3]


def test_later_statements_of_a_file_go_to_the_account_its_first_statement_creates(tmp_path):
    path = CORPUS / "mt940" / "jejik-mt940__sparkasse_interim_balance.txt"
    with fresh(tmp_path) as s:
        plan = plan_file(s, path)
        assert len(plan.statements) > 1
        assert {st.matched_account_id for st in plan.statements} == {None}
        assert len({st.proposed.name for st in plan.statements}) == 1  # one new account
        (report,) = run_import(s, [ImportChoice(path)])
        assert len(s.accounts()) == 1
        assert plan.statements[-1].vault_balance_after == report.vault_balance


def test_a_market_file_is_planned_as_market_data_with_its_row_count(tmp_path):
    rates = tmp_path / "fx.csv"
    rates.write_text("date,base,quote,rate,source\n2026-10-31,EUR,USD,1.08,ECB\n"
                     "2026-11-30,EUR,USD,1.05,ECB\n")
    with fresh(tmp_path) as s:
        plan = plan_file(s, rates)
        assert plan.is_market and plan.market_rows == 2 and plan.statements == []
        assert plan.error is None and state(s) == (0, 0, 0, 0)
