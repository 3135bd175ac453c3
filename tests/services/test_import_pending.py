"""Pending rows, decided with the bank's meaning (expected facts: tests/data/corpus/SOURCES.md).

* PayPal (``hledger__paypal-custom.csv``, 7 rows, Net sums to 9.41): the three "Bank Deposit
  to PP Account" rows say "Pending", but PayPal's own Balance column already counts them (it
  returns to 0.00 after each): the deposit funded a completed payment and did happen. They
  belong in the vault; today the CSV reader marks them pending and the import skips them
  (4 rows, -6.58). The reader decides a row's status, so the fix is the CSV parser's.
* Sparkasse (``ofxstatement-sparkasse-freiburg__simple2.csv``, 18 rows, Betrag sums to
  107.17): the first row is "Umsatz vorgemerkt", a direct debit the bank has noted but not
  booked. It is skipped as pending and is imported when a later export shows it booked; the
  other 17 are imported.
"""

from decimal import Decimal
from pathlib import Path

import pytest

from cmrdesk.services import importing
from cmrdesk.services.import_plan import plan_file
from cmrdesk.services.session import VaultSession
from tests.conftest import PASSPHRASE, TEST_PARAMS
from tests.importers.conftest import path_of


def fresh(tmp_path: Path) -> VaultSession:
    return VaultSession.create(tmp_path / "pending.cmrdesk", PASSPHRASE, params=TEST_PARAMS)


def imported_sum(s: VaultSession) -> Decimal:
    return Decimal(int(s.transaction_columns()["amount_minor"].sum())).scaleb(-2)


@pytest.mark.xfail(strict=True, reason="CSV parser: PayPal's pending bank deposits are "
                   "already in its balance, so they are booked rows")
def test_paypal_pending_bank_deposits_are_imported(tmp_path):
    with fresh(tmp_path) as s:
        report = importing.import_file(s, path_of("csv/hledger__paypal-custom.csv"))
        assert (report.new, report.pending_skipped) == (7, 0)  # SOURCES.md: 7 rows
        assert imported_sum(s) == Decimal("9.41")  # SOURCES.md: sum of Net


def test_paypal_today_skips_the_three_deposits_the_parser_calls_pending(tmp_path):
    """What the service does with what the reader gives it now: every row it calls pending
    is skipped and counted, never lost silently (7 = 4 new + 3 pending skipped)."""
    with fresh(tmp_path) as s:
        report = importing.import_file(s, path_of("csv/hledger__paypal-custom.csv"))
        if report.pending_skipped == 0:  # the reader's fix has landed
            assert report.new == 7 and imported_sum(s) == Decimal("9.41")
            return
        assert (report.new, report.pending_skipped) == (4, 3)
        assert imported_sum(s) + Decimal("6.99") + Decimal("7.00") + Decimal("2.00") == (
            Decimal("9.41"))


def test_sparkasse_books_17_rows_and_skips_the_one_not_yet_booked(tmp_path):
    path = path_of("csv/ofxstatement-sparkasse-freiburg__simple2.csv")
    with fresh(tmp_path) as s:
        (st,) = plan_file(s, path).statements
        assert st.rows == 18  # SOURCES.md: 18 transactions, Betrag sums to 107.17
        assert sum(r.amount for r in st.row_plans()) == Decimal("107.17")
        (pending,) = [r for r in st.row_plans() if r.status == "pending"]
        assert pending.amount == Decimal("-22.59") and "not booked" in pending.reason
        report = importing.import_file(s, path)
        assert (report.new, report.pending_skipped) == (17, 1)
        assert imported_sum(s) == Decimal("107.17") - Decimal("-22.59")
