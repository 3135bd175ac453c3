"""Importing real bank files through the service into a real vault."""

import json
import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from cmrdesk.domain import Account, FxRate, ImportFormatError, MarketRate, Price
from cmrdesk.importers import parse_file
from cmrdesk.services import importing
from cmrdesk.services.session import VaultSession
from tests.conftest import PASSPHRASE, TEST_PARAMS
from tests.importers.conftest import CORPUS, FACTS, REFUSED

ALL_FILES = sorted(FACTS)


@pytest.fixture(scope="module")
def shared_vault(tmp_path_factory) -> VaultSession:
    s = VaultSession.create(tmp_path_factory.mktemp("imp") / "v.cmrdesk", PASSPHRASE,
                            params=TEST_PARAMS)
    yield s
    s.close()


def vault_totals(session: VaultSession) -> tuple[int, int]:
    cols = session.transaction_columns()
    return len(cols["id"]), int(cols["amount_minor"].sum())


@pytest.mark.parametrize("key", ALL_FILES)
def test_every_corpus_file_imports_once_or_is_refused_cleanly(shared_vault, key):
    path = CORPUS / key
    before = vault_totals(shared_vault)
    if key in REFUSED:
        with pytest.raises(ImportFormatError, match=re.escape(REFUSED[key])):
            importing.import_file(shared_vault, path)
        assert vault_totals(shared_vault) == before  # nothing half-written
        return
    report = importing.import_file(shared_vault, path)
    statements = parse_file(path) if report.format != "market" else []
    booked = sum(1 for st in statements for s in st.status if s != "pending")
    pending = sum(1 for st in statements for s in st.status if s == "pending")
    assert report.pending_skipped == pending
    assert report.new + report.duplicates == booked
    count, total = vault_totals(shared_vault)
    assert count - before[0] == report.new
    again = importing.import_file(shared_vault, path)
    assert (again.new, again.duplicates) == (0, report.new + report.duplicates)
    assert vault_totals(shared_vault) == (count, total)


def fresh(tmp_path: Path) -> VaultSession:
    return VaultSession.create(tmp_path / "f.cmrdesk", PASSPHRASE, params=TEST_PARAMS)


def test_reconciliation_and_amount_sums_on_a_camt_statement(tmp_path):
    key = "camt/ofxstatement-iso20022__camt053.xml"
    facts = FACTS[key]["facts"]["stmts"][0]
    with fresh(tmp_path) as s:
        report = importing.import_file(s, CORPUS / key)
        assert report.format == "camt.053" and report.created_account
        assert report.statement_balance == Decimal(facts["balances"]["CLBD"])
        assert report.vault_balance == report.statement_balance and report.reconciled
        (account,) = s.accounts()
        assert account.currency == facts["ccy"] and account.number == facts["acct"]
        assert s.balances()[0].balance.amount == Decimal(facts["balances"]["CLBD"])
        amounts = s.transaction_columns()["amount_minor"]
        assert Decimal(int(amounts.sum())).scaleb(-2) == Decimal(facts["sum"])


def test_second_statement_of_the_same_account_is_matched_not_duplicated(tmp_path):
    key = "ofx/ofxparse__checking.ofx"
    with fresh(tmp_path) as s:
        first = importing.import_file(s, CORPUS / key)
        second = importing.import_file(s, CORPUS / key)
        assert first.created_account and not second.created_account
        assert second.account == first.account and len(s.accounts()) == 1


def test_named_account_is_created_or_used(tmp_path):
    with fresh(tmp_path) as s:
        report = importing.import_file(
            s, CORPUS / "csv/ofxstatement-dutch__ing_ok_Mutatiesoort_Extra.csv",
            account="ING Joint")
        assert report.account == "ING Joint" and report.new == 6
        assert [a.name for a in s.accounts()] == ["ING Joint"]


def test_a_file_broken_half_way_leaves_the_vault_as_it_was(tmp_path):
    good = (CORPUS / "ofx/ofxparse__checking.ofx").read_bytes()
    broken = tmp_path / "broken.ofx"
    broken.write_bytes(good.replace(b"<TRNAMT>-25.00", b"<TRNAMT>12,3,4", 1))
    with fresh(tmp_path) as s:
        with pytest.raises(ImportFormatError) as caught:
            importing.import_file(s, broken)
        assert "broken.ofx" in str(caught.value) and "line" in str(caught.value)
        assert s.transaction_count() == 0 and s.accounts() == []


def test_dry_run_reports_without_writing(tmp_path):
    with fresh(tmp_path) as s:
        report = importing.import_file(s, CORPUS / "ofx/ofxparse__checking.ofx", dry_run=True)
        assert report.new == 3
        assert s.transaction_count() == 0 and s.list(Account) == []


def test_binary_and_unknown_files_are_refused_with_a_reason(tmp_path):
    junk = tmp_path / "photo.jpg"
    junk.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 8)
    with fresh(tmp_path) as s, pytest.raises(ImportFormatError, match=r"photo\.jpg"):
        importing.import_file(s, junk)


def test_csv_mapping_saved_and_reused_for_the_next_file(tmp_path):
    path = CORPUS / "csv/ofxstatement-dutch__ing_ok_Mutatiesoort_Extra.csv"
    with fresh(tmp_path) as s:
        mapping, profile = importing.propose_mapping(s, path)
        assert profile is None
        mapping.negate = True  # the person corrects the detection
        importing.save_mapping(s, "ING NL", mapping)
        reused, profile = importing.propose_mapping(s, path)
        assert profile == "ING NL" and reused.negate
        report = importing.import_file(s, path)  # picks the saved profile by its header
        plain = parse_file(path)[0]
        assert int(s.transaction_columns()["amount_minor"].sum()) == -sum(plain.amount_minor)
        assert report.new == 6


def test_market_data_import_with_sources_and_dates(tmp_path):
    fx = tmp_path / "fx.csv"
    fx.write_text("date,base,quote,rate,source\n2026-10-31,EUR,USD,1.0812,ECB reference\n")
    rates = tmp_path / "rates.csv"
    rates.write_text("date,kind,name,region,rate,source\n"
                     "2026-09-30,savings,Instant access,EUR,2.35,ECB MIR\n")
    prices = tmp_path / "prices.csv"
    prices.write_text("date,symbol,price,currency,source\n2026-11-20,VWRL,131.42,EUR,broker\n")
    with fresh(tmp_path) as s:
        reports = importing.import_files(s, [fx, rates, prices])
        assert [r.format for r in reports] == ["market"] * 3 and all(r.new == 1 for r in reports)
        (rate,) = s.list(FxRate)
        assert (rate.rate, rate.source, rate.date) == (Decimal("1.0812"), "ECB reference",
                                                       date(2026, 10, 31))
        assert s.list(MarketRate)[0].source == "ECB MIR"
        assert s.list(Price)[0].price == Decimal("131.42")
        assert importing.import_file(s, fx).duplicates == 1  # same date: updated, not doubled
        assert len(s.list(FxRate)) == 1


def test_report_json_shape(tmp_path):
    with fresh(tmp_path) as s:
        data = importing.import_file(s, CORPUS / "ofx/ofxparse__checking.ofx").as_json()
    assert {"file", "format", "account", "new", "duplicates", "pending_skipped",
            "statement_balance", "vault_balance", "reconciled"} <= set(data)
    json.dumps(data)
    assert data["statement_balance"] == "100.99"


def test_a_bad_row_in_a_market_file_is_reported_as_market_data(tmp_path):
    rates = tmp_path / "fx.csv"
    rates.write_text("date,base,quote,rate,source\n2026-10-31,EUR,USD,1.08,ECB\n"
                     "2026-11-30,EUR,USD,abc,ECB\n")
    with fresh(tmp_path) as s:
        with pytest.raises(ImportFormatError, match="line 3"):
            importing.import_file(s, rates)
        assert s.list(FxRate) == []  # all or nothing: the good first row is not kept


def test_identical_bookings_in_one_file_are_all_imported_and_once(tmp_path):
    """Duplicates are judged against the vault before the file, never within it: Danske
    Bank's example repeats bookings across its 12 statements (103 in all); before, 15 were
    dropped as "duplicates" and the balance missed the statement's by millions."""
    path = CORPUS / "mt940" / "mt940-rs__danskebank_MT940_SE_Example.sta"
    with fresh(tmp_path) as s:
        first = importing.import_file(s, path)
        assert (first.new, first.duplicates) == (103, 0)
        assert first.reconciled is True and first.warnings == []
        assert first.vault_balance == first.statement_balance == Decimal("12988743.24")
        again = importing.import_file(s, path)
        assert (again.new, again.duplicates) == (0, 103)
        assert s.transaction_count() == 103


def test_two_coffees_on_one_day_are_two_bookings(tmp_path):
    path = tmp_path / "coffee.qif"
    path.write_text("!Type:Bank\nD03/02/2026\nT-3.20\nPCoffee Bar\n^\n"
                    "D03/02/2026\nT-3.20\nPCoffee Bar\n^\nD03/02/2026\nT-12.00\nPLunch\n^\n")
    with fresh(tmp_path) as s:
        assert importing.import_file(s, path, account="Everyday").new == 3
        assert importing.import_file(s, path, account="Everyday").duplicates == 3
        assert s.transaction_count() == 3


def test_a_balance_that_does_not_reconcile_is_a_warning_with_the_difference(tmp_path):
    path = CORPUS / "mt940" / "mt940-rs__sparkasse_buxtehude.sta"
    with fresh(tmp_path) as s:
        report = importing.import_file(s, path)
    assert report.reconciled is False
    (said,) = [w for w in report.warnings if "the vault's is" in w]
    assert "13523.09 EUR" in said and "13423.09 EUR" in said and "-100.00" in said
