"""The plan says exactly what the run then does, on every corpus file; and where a balance
difference likely comes from."""

import re
from datetime import date
from decimal import Decimal

import pytest

from cmrdesk.domain import ImportFormatError, to_epoch_day
from cmrdesk.importers import ParsedStatement
from cmrdesk.services.import_core import DUPLICATE, NEW, PENDING, likely_cause
from cmrdesk.services.import_plan import FileReport, ImportChoice, plan_file, run_import
from cmrdesk.services.session import VaultSession
from tests.conftest import PASSPHRASE, TEST_PARAMS
from tests.importers.conftest import CORPUS, FACTS, REFUSED


@pytest.fixture(scope="module")
def shared_vault(tmp_path_factory) -> VaultSession:
    s = VaultSession.create(tmp_path_factory.mktemp("review") / "v.cmrdesk", PASSPHRASE,
                            params=TEST_PARAMS)
    yield s
    s.close()


@pytest.mark.parametrize("key", sorted(FACTS))
def test_the_plan_matches_what_the_import_then_does(shared_vault, key):
    path = CORPUS / key
    plan = plan_file(shared_vault, path)
    if key in REFUSED:
        assert isinstance(plan.error, ImportFormatError)
        assert re.escape(REFUSED[key]) and REFUSED[key] in str(plan.error)
        return
    assert plan.error is None, plan.error
    (report,) = run_import(shared_vault, [ImportChoice(path)])
    assert isinstance(report, FileReport)
    if plan.is_market:
        assert report.new + report.duplicates == plan.market_rows
        return
    assert sum(st.new for st in plan.statements) == report.new
    assert sum(st.duplicates for st in plan.statements) == report.duplicates
    assert sum(st.pending for st in plan.statements) == report.pending_skipped
    balanced = [st for st in plan.statements if st.statement_balance is not None]
    if balanced:
        # the run reports the last statement's balances; the plan predicted them
        assert balanced[-1].vault_balance_after == report.vault_balance
        assert all(st.difference == 0 for st in balanced) == bool(report.reconciled)


def statement(amounts: list[str], statuses: list[str], first: date) -> ParsedStatement:
    n = len(amounts)
    day = to_epoch_day(first)
    return ParsedStatement(
        source="s.sta", format="mt940", day=[day + i for i in range(n)],
        amount_minor=[int(Decimal(a) * 100) for a in amounts], payee=["x"] * n,
        payee_raw=["x"] * n, memo=[""] * n, import_id=[""] * n, status=statuses,
        line=list(range(1, n + 1)), closing_balance=Decimal("100.00"))


def cause(st: ParsedStatement, codes: list[int], difference: str, **kw) -> str:
    options = {"new_account": False, "opening_known": True, "last_day_before": None} | kw
    return likely_cause(statement=st, minors=st.amount_minor, codes=bytearray(codes),
                        difference=Decimal(difference), currency="EUR", **options)


def test_a_difference_equal_to_a_skipped_pending_row_is_named():
    st = statement(["-10.00", "-22.59"], ["cleared", "pending"], date(2026, 3, 1))
    said = cause(st, [NEW, PENDING], "22.59", last_day_before=to_epoch_day(date(2026, 2, 27)))
    assert "pending row" in said and "2026-03-02" in said and "-22.59" in said


def test_a_difference_equal_to_a_duplicate_is_named():
    st = statement(["-10.00", "-5.00"], ["cleared", "cleared"], date(2026, 3, 1))
    said = cause(st, [NEW, DUPLICATE], "5.00", last_day_before=to_epoch_day(date(2026, 2, 27)))
    assert "duplicate" in said and "-5.00" in said


def test_a_new_account_without_an_opening_balance_is_named():
    st = statement(["-10.00"], ["cleared"], date(2026, 3, 1))
    said = cause(st, [NEW], "-110.00", new_account=True, opening_known=False)
    assert "no opening balance" in said


def test_a_gap_before_the_first_day_is_named_with_both_days():
    st = statement(["-10.00"], ["cleared"], date(2026, 3, 1))
    said = cause(st, [NEW], "-40.00", last_day_before=to_epoch_day(date(2025, 12, 31)))
    assert said.startswith("a gap") and "2025-12-31" in said and "2026-03-01" in said


def test_an_account_with_nothing_before_the_statement_is_named():
    st = statement(["-10.00"], ["cleared"], date(2026, 3, 1))
    assert "holds nothing before" in cause(st, [NEW], "-40.00")


def test_no_difference_needs_no_cause():
    st = statement(["-10.00"], ["cleared"], date(2026, 3, 1))
    assert cause(st, [NEW], "0") == ""
