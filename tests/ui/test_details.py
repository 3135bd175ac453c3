"""Your details: income, policies, goals and the profile keyed in through forms, named on the
undo stack, undone and redone; the bank's notice where a figure disagrees, and its "Update"."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from cmrdesk.domain import (
    Account,
    AccountKind,
    ChangeSet,
    Goal,
    IncomeKind,
    IncomeSource,
    Money,
    Policy,
    TransactionBatch,
)
from cmrdesk.services import records
from tests.conftest import TODAY
from tests.ui.conftest import unlock


def details(window, section="profile"):
    window.navigate("details", section=section)
    page = window.shell.page("details")
    assert page.section == section
    return page


def add_account(window, name="Everyday", kind=AccountKind.CHECKING, **kw):
    results = []
    window.controller.edit(lambda s: records.new_account(s, Account(
        name=name, kind=kind, currency="EUR", opened_on=date(2025, 1, 1), **kw)),
        results.append)
    return results[0].result


def session(window):
    return window.controller._session


def salary_rows(window, account_id, amount="6960.00", months=4, payee="ACME BV SALARIS"):
    """Salary payments into ``account_id`` on the 25th of the last ``months`` months."""
    batch = TransactionBatch()
    day = date(TODAY.year, TODAY.month, 1) - timedelta(days=1)
    for _ in range(months):
        batch.append(account_id=account_id, day=day.replace(day=25),
                     amount_minor=Money.of(amount, "EUR").minor, currency="EUR",
                     payee=payee, payee_raw=payee)
        day = day.replace(day=1) - timedelta(days=1)
    session(window).add_transactions(batch)


# --- policies --------------------------------------------------------------------------------


def test_policy_form_validates_saves_edits_undoes_and_redoes(empty_unlocked):
    window = empty_unlocked
    account = add_account(window)
    page = details(window, "policies")
    section = page.sections["policies"]
    assert section.empty.isVisibleTo(page)
    form = page.add("policies")
    assert not form.save_button.isEnabled()
    form.type_text("insurer", "Zilveren Kruis")
    form.fill(policy_type="health", account_id=account.id)
    form.type_text("premium", "12,3,4")
    assert "is not an amount" in form.errors()["premium"]
    form.type_text("premium", "137.505")
    assert form.errors()["premium"] == "EUR has 2 decimals; '137.505' has more"
    form.type_text("premium", "137.50")
    form.type_text("currency", "EURO")
    assert "three-letter" in form.errors()["currency"]
    form.type_text("currency", "EUR")
    form.type_text("start_date", "2/30/2026")
    assert form.errors()["start_date"] == "'2/30/2026' is not a date that exists"
    form.type_text("start_date", "6/1/2026")
    form.type_text("renewal_date", "1/1/2026")
    assert form.save_button.isEnabled()
    form.save()
    # The service refuses it next to the renewal field, and nothing was saved.
    assert form.errors() == {"renewal_date": "is before the start of the policy"}
    assert session(window).list(Policy) == []
    assert not window.undo_action.text().endswith("'Zilveren Kruis'")
    renewal = TODAY + timedelta(days=30)
    form.type_text("renewal_date", f"{renewal.month}/{renewal.day}/{renewal.year}")
    form.save()
    assert form.result() == form.DialogCode.Accepted
    (policy,) = session(window).list(Policy)
    assert policy.premium == Money.of("137.50", "EUR")
    assert window.undo_action.text() == "Undo add policy 'Zilveren Kruis'"
    row = section.row(policy.id)
    assert row is not None and row.figure.text() == "€137.50 a month"
    assert "€1,650.00 a year" in row.lines[0].text()
    assert row.flag.isVisibleTo(page) and row.flag.text().startswith("Renews in 30 days")

    edit = page.edit("policies", policy.id)
    assert edit.fields["insurer"].widget.text() == "Zilveren Kruis"
    assert edit.fields["premium"].widget.text() == "137.50"
    edit.type_text("premium", "141.00")
    edit.fill(frequency="yearly")
    edit.save()
    assert session(window).get(Policy, policy.id).premium == Money.of("141.00", "EUR")
    assert window.undo_action.text() == "Undo edit policy 'Zilveren Kruis'"
    assert section.row(policy.id).figure.text() == "€141.00 a year"

    window.undo_action.trigger()
    assert section.row(policy.id).figure.text() == "€137.50 a month"
    window.undo_action.trigger()
    assert section.rows == [] and section.empty.isVisibleTo(page)
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert section.row(policy.id).figure.text() == "€141.00 a year"

    section.row(policy.id).delete.click()
    assert session(window).list(Policy) == []
    assert window.undo_action.text() == "Undo delete policy 'Zilveren Kruis'"
    window.undo_action.trigger()
    assert section.row(policy.id) is not None


# --- income and the bank's notice ------------------------------------------------------------


def test_income_form_and_the_bank_notice_with_update_and_undo(empty_unlocked):
    window = empty_unlocked
    account = add_account(window)
    page = details(window, "income")
    section = page.sections["income"]
    form = page.add("income")
    form.type_text("payer", "ACME BV")
    form.fill(kind="salary", account_id=account.id)
    form.type_text("net", "6630")
    form.type_text("gross", "6000")
    form.type_text("pay_day", "32")
    assert form.errors() == {"pay_day": "must be at most 31"}
    form.type_text("pay_day", "25")
    form.save()
    assert form.errors() == {"gross": "is less than the net amount"}
    form.type_text("gross", "9100")
    form.save()
    (income,) = session(window).list(IncomeSource)
    assert window.undo_action.text() == "Undo add income 'ACME BV'"
    row = section.row(income.id)
    assert row.figure.text() == "€6,630.00 a month"
    assert row.notice is None  # no bank data yet: nothing said, never "0"

    # The bank shows a different salary for the last months: the row says so.
    salary_rows(window, account.id)
    window.controller.refresh(ChangeSet.of("transactions"))
    row = section.row(income.id)
    assert row.notice is not None and row.notice.isVisibleTo(page)
    words = row.notice.findChild(type(row.title), "noticeText").text()
    assert words == "The bank shows €6,960.00 a month since August 2026, not €6,630.00"
    assert row.update_button.text() == "Update to €6,960.00"
    row.update_button.click()
    assert session(window).get(IncomeSource, income.id).net == Money.of("6960.00", "EUR")
    assert window.undo_action.text() == "Undo update income 'ACME BV' to the bank's amount"
    row = section.row(income.id)
    assert row.figure.text() == "€6,960.00 a month" and row.notice is None
    window.undo_action.trigger()
    assert session(window).get(IncomeSource, income.id).net == Money.of("6630.00", "EUR")
    assert section.row(income.id).notice is not None


def test_too_little_bank_data_says_nothing(empty_unlocked):
    window = empty_unlocked
    account = add_account(window)
    window.controller.edit(lambda s: records.new_record(s, IncomeSource(
        payer="ACME BV", kind=IncomeKind.SALARY, net=Money.of("6630", "EUR"),
        account_id=account.id)))
    salary_rows(window, account.id, months=2)  # two months: not enough to say
    window.controller.refresh(ChangeSet.of("transactions"))
    page = details(window, "income")
    (row,) = page.sections["income"].rows
    assert row.notice is None
    assert page.sections["income"].summary.isHidden()


# --- goals -----------------------------------------------------------------------------------


def test_goal_form_progress_and_no_linked_account(empty_unlocked):
    window = empty_unlocked
    savings = add_account(window, "Savings", AccountKind.SAVINGS,
                          opening_balance=Money.of("4500.00", "EUR"))
    page = details(window, "goals")
    section = page.sections["goals"]
    form = page.add("goals")
    form.type_text("name", "Emergency fund")
    form.type_text("target", "-5")
    assert form.errors() == {"target": "must not be negative"}
    form.type_text("target", "18000")
    form.save()
    (goal,) = session(window).list(Goal)
    row = section.row(goal.id)
    assert row.bar is None
    assert "No linked account" in row.findChildren(type(row.title))[-1].text() or any(
        "No linked account" in label.text() for label in row.findChildren(type(row.title)))
    assert not any("0.0%" in label.text() for label in row.findChildren(type(row.title)))

    edit = page.edit("goals", goal.id)
    edit.fill(accounts=[savings.id])
    edit.save()
    assert session(window).get(Goal, goal.id).account_ids == [savings.id]
    row = section.row(goal.id)
    assert row.bar is not None and row.bar.value() == 250  # 4,500 of 18,000
    assert any(label.text() == "€4,500.00 of €18,000.00 (25.0%)"
               for label in row.findChildren(type(row.title)))
    window.undo_action.trigger()
    assert section.row(goal.id).bar is None


# --- profile ---------------------------------------------------------------------------------


def test_profile_form_fills_fields_as_one_step(empty_unlocked):
    window = empty_unlocked
    page = details(window, "profile")
    view = page.profile
    assert view.count.text() == "0 of 16 filled"
    form = page.edit_profile()
    form.type_text("birth_year", "1786")
    assert form.errors() == {"birth_year": "1786 is not a year of birth"}
    form.type_text("birth_year", "1986")
    form.type_text("email", "sam@")
    assert "is not an e-mail address" in form.errors()["email"]
    form.type_text("email", "sam.jansen@example.nl")
    form.type_text("full_name", "Sam Jansen")
    form.type_text("country", "nl")
    form.fill(employment_status="employed")
    form.type_text("employed_since", "3/1/2019")
    form.save()
    assert form.result() == form.DialogCode.Accepted
    profile = session(window).profile()
    assert (profile.birth_year, profile.country, profile.employed_since) == (
        1986, "NL", date(2019, 3, 1))
    assert view.count.text() == "6 of 16 filled"
    assert view.marks["email"].text() == "✓" and view.marks["city"].text() == "○"
    assert view.values["employed_since"].text() == "Mar 1, 2019"
    assert window.undo_action.text().startswith("Undo edit profile (")
    window.undo_action.trigger()  # one step takes all six back
    assert view.count.text() == "0 of 16 filled"
    assert session(window).profile().email == ""
    window.redo_action.trigger()
    assert view.count.text() == "6 of 16 filled"


# --- across pages ----------------------------------------------------------------------------


@pytest.fixture
def demo_unlocked(window, writable_demo):
    unlock(window, writable_demo)
    assert window.controller.is_unlocked
    return window


def test_demo_shows_the_bank_notices_where_the_figures_are(demo_unlocked):
    window = demo_unlocked
    page = details(window, "policies")
    rows = {r.spec.title: r for r in page.sections["policies"].rows}
    home = rows["Centraal Beheer · Home"]
    assert home.spec.notice.startswith("The bank shows €456.00 a year (last paid on")
    assert rows["ANWB · Car"].notice is None  # keyed as paid: nothing to say
    assert page.sections["policies"].summary.isVisibleTo(page)
    assert page.profile.count.text() == "16 of 16 filled"


def test_added_income_reaches_the_dashboard_advice(empty_unlocked):
    """A change made on one page shows on another without reopening the vault."""
    window = empty_unlocked
    account = add_account(window, opening_balance=Money.of("100", "EUR"))
    page = details(window, "income")
    before = window.controller.ledger
    form = page.add("income")
    form.type_text("payer", "ACME BV")
    form.fill(account_id=account.id)
    form.type_text("net", "3000")
    form.save()
    assert window.controller.ledger is not before  # the ledger the dashboard draws was reloaded
    assert [s.payer for s in window.controller.ledger.frame.data.income_sources] == ["ACME BV"]
    assert len(page.sections["income"].rows) == 1
    assert page.tabs.tabText(1) == "Income (1)"


def test_section_names_switch_tabs(empty_unlocked):
    window = empty_unlocked
    for name in ("income", "policies", "goals", "profile"):
        page = details(window, name)
        assert page.sections[name].isVisibleTo(page)
        assert all(not w.isVisibleTo(page) for k, w in page.sections.items() if k != name)


def test_amounts_in_german(empty_unlocked):
    from cmrdesk.ui import fmt

    window = empty_unlocked
    page = details(window, "goals")
    fmt.set_locale("de_DE")
    try:
        form = page.add("goals")
        form.type_text("name", "Auto")
        form.type_text("target", "22.000,50")
        form.type_text("target_date", "30.06.2028")
        form.save()
    finally:
        fmt.set_locale("en_US")
    (goal,) = session(window).list(Goal)
    assert goal.target == Money.of(Decimal("22000.50"), "EUR")
    assert goal.target_date == date(2028, 6, 30)


def test_income_edit_undo_redo_and_a_currency_the_account_does_not_hold(empty_unlocked):
    window = empty_unlocked
    account = add_account(window)
    page = details(window, "income")
    form = page.add("income")
    form.type_text("payer", "Gemeente Utrecht")
    form.fill(account_id=account.id)
    form.type_text("net", "2480")
    form.type_text("currency", "USD")
    form.save()  # the account is in EUR: refused next to the amount, nothing saved
    assert form.errors() == {"net": "is in USD, the account 'Everyday' is in EUR"}
    assert session(window).list(IncomeSource) == []
    form.type_text("currency", "EUR")
    form.save()
    (income,) = session(window).list(IncomeSource)
    edit = page.edit("income", income.id)
    assert edit.fields["net"].widget.text() == "2,480.00"
    edit.type_text("net", "2543")
    edit.fill(frequency="half_yearly")
    edit.save()
    row = page.sections["income"].row(income.id)
    assert row.figure.text() == "€2,543.00 every six months"
    assert window.undo_action.text() == "Undo edit income 'Gemeente Utrecht'"
    window.undo_action.trigger()
    assert page.sections["income"].row(income.id).figure.text() == "€2,480.00 a month"
    window.redo_action.trigger()
    assert session(window).get(IncomeSource, income.id).net == Money.of("2543", "EUR")


def test_screenshot_of_a_form_over_its_page(qapp, demo_vault, tmp_path):
    from PySide6.QtGui import QImage

    from cmrdesk.ui import screenshot
    from tests.conftest import PASSPHRASE

    secret = tmp_path / "passphrase"
    secret.write_text(PASSPHRASE, encoding="utf-8")
    out = tmp_path / "form.png"
    assert screenshot.main(["--vault", str(demo_vault), "--page", "form-policy", "--out",
                            str(out), "--size", "1024x700", "--passphrase-file", str(secret),
                            "--locale", "en_US"]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 700)  # the window, the form drawn over it
