"""Never sign what is not known: missing data makes a field unknown (with why and where),
never a zero or a "no", and an unknown field cannot leave the machine.

The first tests replay what a new user met: a vault filled only by importing real statements,
whose salary had no category and whose debts were never keyed in, signed "salary received
every month for 24 months: no", "no overdraft: no" and "debts outstanding: EUR 0 - 1".
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from cmrdesk.disclosure import EXACT, Purpose, PurposeKind, ValueUnknown
from cmrdesk.domain import (
    Account,
    AccountKind,
    Money,
    ShareProfile,
    TransactionBatch,
    ValidationError,
    Vendor,
)
from cmrdesk.services import sharing
from cmrdesk.services.catalogue import build_catalogue
from cmrdesk.services.importing import import_file
from tests.disclosure.conftest import stub_pdf

CORPUS = Path(__file__).parents[1] / "data" / "corpus"
#: A Bunq MT940 (balances stated) and a Knab CSV (no balances), January to June 2019
#: (tests/data/README.md names the sources).
STATEMENTS = ("mt940/php-mt940__Bunq_sample.sta",
              "csv/ofxstatement-dutch__Knab_transactieoverzicht_ok.csv")
SEEN_ON = date(2019, 6, 25)
SALARY_CATEGORY = 2  # "Salary" (income) in every new vault


@pytest.fixture
def imported(session):
    """The vault of a person who only imported their bank statements."""
    for name in STATEMENTS:
        import_file(session, CORPUS / name)
    vendor = Vendor(name="Zeta Lending")
    sharing.add_vendor(session, vendor)
    return session, vendor


def test_an_imported_only_vault_states_no_false_negatives(imported):
    session, _ = imported
    catalogue = build_catalogue(session, today=SEEN_ON)
    for name in ("fact.salary_every_month_24m", "income.salary_months", "debts.total",
                 "fact.no_overdraft_12m", "income.net_monthly_salary", "profile.age",
                 "spending.monthly_total", "fact.saved_last_12m"):
        item = catalogue[name]
        assert not item.known and item.value is None and item.exact_json() is None, name
        assert item.why.startswith("unknown: ") and item.where, name
    assert catalogue["fact.salary_every_month_24m"].why == (
        "unknown: no income source keyed in and no transaction in a salary category")
    assert catalogue["fact.salary_every_month_24m"].where == "income"
    assert catalogue["debts.total"].why == (
        "unknown: no loan, mortgage or credit card account keyed in")
    assert catalogue["debts.total"].where == "accounts"
    assert catalogue["spending.monthly_total"].why == (
        "unknown: only 5 months of history, 12 needed")  # January to May
    assert catalogue["profile.age"].where == "profile"
    # The Knab CSV states no balance: its balance, and every total it is part of, is unknown.
    knab = catalogue["balance.checking_9999"]
    assert not knab.known and "opening balance" in knab.why and knab.where == "accounts"
    assert not catalogue["net_worth"].known
    assert catalogue["balance.checking_5473"].exact_json() == "5.66"  # stated by the bank


def test_the_mortgage_template_ticks_no_unknown_field_and_says_which(imported):
    session, _ = imported
    catalogue = build_catalogue(session, today=SEEN_ON)
    choice = sharing.template_choice(catalogue, PurposeKind.MORTGAGE_PRECHECK)
    assert all(catalogue[name].known for name in choice.selection)
    left_out = {item.name for item in choice.unknown}
    assert {"fact.salary_every_month_24m", "income.salary_months", "fact.no_overdraft_12m",
            "debts.total", "profile.employment_status", "profile.age"} <= left_out
    assert not left_out & set(choice.selection)
    assert all(item.why and item.where for item in choice.unknown)
    assert sharing.template_selection(catalogue, PurposeKind.MORTGAGE_PRECHECK) == (
        choice.selection)


def test_sharing_an_unknown_field_is_refused_and_writes_nothing(imported, tmp_path):
    session, vendor = imported
    catalogue = build_catalogue(session, today=SEEN_ON)
    request = sharing.ShareRequest(
        vendor, {"balance.checking_5473": EXACT, "fact.salary_every_month_24m": EXACT},
        Purpose(PurposeKind.MORTGAGE_PRECHECK, "first check"))
    with pytest.raises(ValueUnknown) as refused:
        sharing.share(session, request, tmp_path / "out", render_pdf=stub_pdf,
                      catalogue=catalogue)
    assert str(refused.value) == ("fact.salary_every_month_24m: unknown: no income source "
                                  "keyed in and no transaction in a salary category")
    assert refused.value.where == "income" and isinstance(refused.value, ValidationError)
    with pytest.raises(ValueUnknown):
        sharing.preview(session, catalogue, request)
    assert not (tmp_path / "out").exists() and sharing.receipts(session) == []
    # Left out, the rest is shared: the known balance as the bank stated it.
    request.selection.pop("fact.salary_every_month_24m")
    result = sharing.share(session, request, tmp_path / "out", render_pdf=stub_pdf,
                           catalogue=catalogue)
    assert result.document["fields"]["balance.checking_5473"]["value"] == "5.66"


def test_a_saved_profile_leaves_out_a_field_that_became_unknown(imported):
    session, vendor = imported
    catalogue = build_catalogue(session, today=SEEN_ON)
    profile = ShareProfile(vendor_id=vendor.id, name="p", purpose_kind="other", purpose="x",
                           fields={"debts.total": "exact", "balance.checking_5473": "exact"},
                           terms={}, intent={}, expires_days=30)
    request, missing = sharing.request_from_profile(profile, vendor, catalogue)
    assert missing == ["debts.total"] and set(request.selection) == {"balance.checking_5473"}


# --- history must cover the window ------------------------------------------------------------


def salaried(session, months: int, today: date, *, salary_months: int | None = None) -> None:
    """A current account (opening balance known, no opening date: its story starts with its
    first record) with ``months`` complete months of records before ``today``'s month, a
    salary filed under Salary in the last ``salary_months`` of them and rent every month."""
    account = Account(name="Checking", kind=AccountKind.CHECKING, currency="EUR",
                      opening_balance=Money.of("500", "EUR"))
    session.add(account)
    batch = TransactionBatch()
    this_month = today.year * 12 + today.month - 1
    paid = months if salary_months is None else salary_months
    for back in range(months, 0, -1):
        number = this_month - back
        month = date(number // 12, number % 12 + 1, 1)
        if back <= paid:
            batch.append(account_id=account.id, day=month.replace(day=25), amount_minor=300000,
                         currency="EUR", payee="Employer BV", category_id=SALARY_CATEGORY)
        batch.append(account_id=account.id, day=month.replace(day=2), amount_minor=-120000,
                     currency="EUR", payee="Landlord")
    session.add_transactions(batch)


TODAY = date(2026, 11, 23)


def test_a_fact_with_10_months_of_history_is_unknown(session):
    salaried(session, 10, TODAY)
    catalogue = build_catalogue(session, today=TODAY)
    fact = catalogue["fact.salary_every_month_24m"]
    assert not fact.known and fact.why == "unknown: only 10 months of history, 24 needed"
    assert fact.where == "import"
    run = catalogue["income.salary_months"]  # a run that reaches the first record: open-ended
    assert not run.known and "10 months" in run.why
    overdraft = catalogue["fact.no_overdraft_12m"]
    assert not overdraft.known and "12 months needed" in overdraft.why
    assert not catalogue["income.received_monthly"].known
    assert catalogue["income.received_monthly"].why == (
        "unknown: only 10 months of history, 12 needed")


def test_the_same_fact_with_24_months_of_history_is_known(session):
    salaried(session, 24, TODAY)
    catalogue = build_catalogue(session, today=TODAY)
    assert catalogue["fact.salary_every_month_24m"].value is True
    assert catalogue["fact.no_overdraft_12m"].value is True
    assert catalogue["income.received_monthly"].exact_json() == "3000.00"
    assert catalogue["spending.monthly_total"].exact_json() == "1200.00"
    assert catalogue["fact.saved_last_12m"].value is True


def test_a_run_that_ends_inside_the_records_is_known_and_a_no_is_a_true_no(session):
    salaried(session, 30, TODAY, salary_months=20)  # the job began 20 months ago
    catalogue = build_catalogue(session, today=TODAY)
    assert catalogue["income.salary_months"].value == 20
    assert catalogue["fact.salary_every_month_24m"].value is False


def test_records_that_stop_early_make_averages_unknown(session):
    salaried(session, 24, date(2025, 6, 10))  # imported once, eighteen months ago
    catalogue = build_catalogue(session, today=TODAY)
    item = catalogue["spending.monthly_total"]
    assert not item.known and item.why.startswith("unknown: the records end on 2025-05-")


def test_an_empty_vault_knows_nothing_and_says_where_to_start(session):
    catalogue = build_catalogue(session, today=TODAY)
    assert catalogue.known() == {}
    assert {f.where for f in catalogue.values()} <= {"profile", "income", "accounts", "import"}
    data = catalogue.as_json()["fields"]
    assert all(f["known"] is False and f["value"] is None and f["why"] for f in data)


# --- vendors: one recipient, no forged lines ---------------------------------------------------


@pytest.mark.parametrize("email", ["a@b.example,evil@x.example", "a@b.example;evil@x.example",
                                   "a@b.example\nbcc:evil@x.example", "A <a@b.example>",
                                   "a@b.example evil@x.example"])
def test_an_e_mail_that_would_add_a_recipient_is_refused(session, email):
    with pytest.raises(ValidationError, match="one e-mail address"):
        sharing.add_vendor(session, Vendor(name="Sly", email=email))
    vendor = Vendor(name="Fine", email="privacy@fine.example")
    sharing.add_vendor(session, vendor)
    vendor.email = email
    with pytest.raises(ValidationError, match="one e-mail address"):
        sharing.update_vendor(session, vendor)
    assert session.get(Vendor, vendor.id).email == "privacy@fine.example"


def test_a_vendor_name_with_control_characters_is_refused(session):
    with pytest.raises(ValidationError, match="control characters"):
        sharing.add_vendor(session, Vendor(name="Zeta\nFor:      Someone Else"))
    with pytest.raises(ValidationError, match="control characters"):
        sharing.add_vendor(session, Vendor(name="Zeta\u202eevil"))
