"""The History page as a person uses it: who was told what and when, what changed, what
expired, and e-mail drafts about one disclosure (opened through a recorder, never a mail
program).

The receipts are real: the demo household shares with two of its vendors through the sharing
service (real package, real PDF), once in September on terms that have since expired, and
again today with a finer salary band and one more field.
"""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime
from types import SimpleNamespace
from urllib.parse import unquote

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication

from cmrdesk.disclosure import Intent, Precision, Purpose, PurposeKind, Terms
from cmrdesk.services import sharing
from cmrdesk.services.catalogue import build_catalogue
from cmrdesk.services.session import VaultSession
from cmrdesk.ui import fmt
from cmrdesk.ui.models import RECORD_ROLE
from tests.conftest import PASSPHRASE, TODAY
from tests.ui.conftest import unlock

SALARY = "income.net_monthly_salary"
RESIDENCE = "profile.residence_status"  # left out in September, told today


@pytest.fixture(scope="module")
def told(qapp, demo_vault, tmp_path_factory) -> SimpleNamespace:
    """A copy of the demo vault with three disclosures (and their packages) in it."""
    from cmrdesk.ui.pdf import render_pdf

    folder = tmp_path_factory.mktemp("history")
    path = folder / "told.cmrdesk"
    shutil.copy(demo_vault, path)
    out = folder / "packages"
    with VaultSession.open(path, PASSPHRASE) as session:
        adviser = sharing.vendor_named(session, "De Hypotheker")
        landlord = sharing.vendor_named(session, "Woonstad Rotterdam")

        september = build_catalogue(session, today=date(2026, 9, 24))
        chosen = sharing.template_selection(september, PurposeKind.MORTGAGE_PRECHECK)
        chosen[SALARY] = Precision.parse("band:1000")
        del chosen[RESIDENCE]
        first = sharing.share(session, sharing.ShareRequest(
            adviser, chosen, Purpose(PurposeKind.MORTGAGE_PRECHECK, "Our first home"),
            Terms(retention_days=60), Intent(text="Indicative offers only",
                                             contact=("email",)),
            expires=date(2026, 11, 1)),
            out, render_pdf=render_pdf, catalogue=september,
            now=datetime(2026, 9, 24, 9, 14, tzinfo=UTC))

        rental = sharing.share(session, sharing.ShareRequest(
            landlord, {"profile.age": Precision.parse("band:10")},
            Purpose(PurposeKind.RENTAL_APPLICATION, "A flat in Kralingen")),
            out, render_pdf=render_pdf, catalogue=build_catalogue(session,
                                                                  today=date(2026, 11, 20)),
            now=datetime(2026, 11, 20, 12, 0, tzinfo=UTC))

        today = build_catalogue(session, today=TODAY)
        again = sharing.share(session, sharing.ShareRequest(
            adviser, sharing.template_selection(today, PurposeKind.MORTGAGE_PRECHECK),
            Purpose(PurposeKind.MORTGAGE_PRECHECK, "A bigger home")),
            out, render_pdf=render_pdf, catalogue=today,
            now=datetime(2026, 11, 23, 12, 0, tzinfo=UTC))
        receipts = {r.id: r for r in sharing.receipts(session)}
    return SimpleNamespace(path=path, first=receipts[first.receipt_id],
                           again=receipts[again.receipt_id],
                           rental=receipts[rental.receipt_id])


class Opened:
    """Stands in for ``QDesktopServices.openUrl``: records the URLs, opens nothing."""

    def __init__(self, answer: bool = True) -> None:
        self.urls: list[QUrl] = []
        self.answer = answer

    def __call__(self, url: QUrl) -> bool:
        self.urls.append(url)
        return self.answer


@pytest.fixture
def history(window, told, tmp_path):
    """The History page of a window unlocked on a copy of the vault with receipts."""
    path = tmp_path / "told.cmrdesk"
    shutil.copy(told.path, path)
    unlock(window, path)
    assert window.controller.is_unlocked, window.unlock.error.text()
    window.navigate("history")
    page = window.shell.page("history")
    page.open_url = Opened()
    return page


def texts(table, column: int) -> list[str]:
    """A column of a table as a person reads it, top to bottom."""
    model = table.model()
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def select_disclosure(page, receipt_id: int) -> None:
    """Click the disclosure's row."""
    model = page.disclosures_card.table.model()
    for row in range(model.rowCount()):
        if model.data(model.index(row, 0), RECORD_ROLE).id == receipt_id:
            page.disclosures_card.table.selectRow(row)
            return
    raise AssertionError(f"receipt {receipt_id} is not listed")


def test_nothing_shared_yet_offers_the_share_page(unlocked):
    unlocked.navigate("history")
    page = unlocked.shell.page("history")
    assert page.empty.isVisible() and not page.body.isVisible()
    assert "Nothing shared yet" in page.empty.title.text()
    went = []
    page.context.navigate = lambda key, **kw: went.append(key)
    page.empty.button.click()
    assert went == ["share"]


def test_vendors_told_something_are_listed_newest_first(history, told):
    rows = history.vendor_card.model.records
    assert [r.name for r in rows] == ["De Hypotheker", "Woonstad Rotterdam"]
    assert rows[0].detail == "2 disclosures · latest Nov 23, 2026"
    assert rows[0].marker == "1 expired"  # September's, past its Nov 1 expiry
    assert rows[1].detail == "1 disclosure · latest Nov 20, 2026" and rows[1].marker == ""
    read_out = history.vendor_card.model.data(history.vendor_card.model.index(0, 0),
                                    Qt.ItemDataRole.AccessibleTextRole)
    assert read_out == "De Hypotheker, 2 disclosures · latest Nov 23, 2026, 1 expired"
    assert history.subtitle.text() == ("3 disclosures to 2 vendors. 1 has expired: ask for it "
                                       "to be deleted.")
    assert history.vendor_card.list.currentIndex().row() == 0  # the most recent vendor is open


def test_what_a_vendor_knows_and_every_disclosure_to_them(history, told):
    assert history.knows_card.title.text() == "What De Hypotheker knows"
    assert "Told 2 times since Sep 24, 2026" in history.knows_card.note.text()
    labels = {entry["label"] for r in (told.first, told.again)
              for entry in r.document["fields"].values()}
    assert set(history.knows_card.labels) == labels

    table = history.disclosures_card.table
    assert texts(table, 0) == ["Nov 23, 2026", "Sep 24, 2026"]  # newest first
    assert texts(table, 1) == ["Mortgage pre-check"] * 2
    assert texts(table, 2) == [f"{len(told.again.fields)} fields",
                               f"{len(told.first.fields)} fields"]
    assert texts(table, 3) == [fmt.day(told.again.expires), "Nov 1, 2026"]
    assert texts(table, 4) == ["Active", "Expired"]
    assert texts(table, 5) == ["Intact", "Intact"]
    table.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # on the count, not on "12 fields"
    assert texts(table, 0) == ["Sep 24, 2026", "Nov 23, 2026"]


def test_a_disclosure_shows_its_fields_terms_and_intent_as_sent(history, told):
    select_disclosure(history, told.first.id)
    assert history.presenter.receipt_id == told.first.id
    assert "Sep 24, 2026" in history.receipt_card.title.text()
    assert history.receipt_card.purpose.text() == "Mortgage pre-check: Our first home"
    rows = {r[0]: (r[2], r[1]) for r in history.receipt_card.model.records}
    salary = told.first.document["fields"][SALARY]
    value, precision = rows[salary["label"]]
    assert precision == "range of EUR 1,000"
    assert value.startswith("EUR ") and " – " in value  # a band, in words, as sent
    assert texts(history.receipt_card.table, 2).count("range of EUR 1,000") == 1
    assert "Delete them 60 days after the issue date at the latest." in history.receipt_card.terms
    assert history.receipt_card.intent == ["Indicative offers only", "Contact by: e-mail."]
    assert str(told.first.package_path) in history.receipt_card.package_text.text()


def test_compare_with_the_previous_disclosure(history, told):
    select_disclosure(history, told.again.id)
    changes = {c.label: c for c in history.compare_card.model.records}
    salary = told.again.document["fields"][SALARY]["label"]
    residence = told.again.document["fields"][RESIDENCE]["label"]
    assert set(changes) == {salary, residence}  # the same fields are hidden by default
    assert str(changes[residence].change) == "added"
    assert changes[salary].before_text != changes[salary].after_text
    shown = {row[0]: row[1:] for row in zip(*(texts(history.compare_card.table, c)
                                               for c in range(4)), strict=True)}
    assert shown[residence] == ("Added", "–", changes[residence].after_text)
    assert shown[salary] == ("Changed", changes[salary].before_text,
                             changes[salary].after_text)
    note = history.compare_card.note.text()
    assert note.startswith("From Sep 24, 2026 to Nov 23, 2026: 1 field added, 1 field "
                           "changed.")
    assert "the terms" in note and "the expiry date" in note and "the purpose" in note

    history.compare_card.show_same.setChecked(True)
    assert len(history.compare_card.model.records) == len(told.again.fields)
    assert "Same" in texts(history.compare_card.table, 1)

    # Any two, in either order: the older one is always "before".
    history.compare_card.older.setCurrentIndex(history.compare_card.older.findData(told.again.id))
    history.compare_card.newer.setCurrentIndex(history.compare_card.newer.findData(told.first.id))
    assert history.compare_card.note.text().startswith("From Sep 24, 2026 to Nov 23, 2026")


def test_the_first_disclosure_has_nothing_before_it(history, told):
    select_disclosure(history, told.first.id)
    assert "first disclosure" in history.compare_card.note.text()
    assert not history.compare_card.table.isVisible()


def test_an_expired_disclosure_puts_the_deletion_request_first(history, told):
    select_disclosure(history, told.again.id)
    assert history.disclosures_card.delete_button.property("role") != "primary"
    select_disclosure(history, told.first.id)
    assert history.disclosures_card.delete_button.property("role") == "primary"
    assert history.disclosures_card.actions.indexOf(history.disclosures_card.delete_button) == 0
    assert history.disclosures_card.notice.text().startswith(
        "The disclosure of Sep 24, 2026 expired on Nov 1, 2026: De Hypotheker may no longer "
        "use it.")

    history.disclosures_card.delete_button.click()
    (url,) = history.open_url.urls
    text = unquote(url.toString())
    assert text.startswith("mailto:utrecht@hypotheker.nl?subject=Please delete")
    assert told.first.package_path not in text  # the mail names no local path
    assert told.first.disclosure_id in text
    assert "Nothing is sent until you send it" in history.disclosures_card.action_note.text()


def test_follow_up_and_package_folder_open_through_the_opener(history, told):
    select_disclosure(history, told.again.id)
    history.disclosures_card.follow_button.click()
    history.disclosures_card.folder_button.click()
    mail, folder = history.open_url.urls
    assert unquote(mail.toString()).startswith("mailto:utrecht@hypotheker.nl?subject="
                                               "Following up")
    assert told.again.package_path not in unquote(mail.toString())
    assert folder == QUrl.fromLocalFile(told.again.package_path)


def test_without_a_mail_program_the_draft_goes_to_the_clipboard(history, told):
    history.open_url = Opened(answer=False)
    select_disclosure(history, told.again.id)
    history.disclosures_card.delete_button.click()
    copied = QApplication.clipboard().text()
    assert copied.startswith("To: utrecht@hypotheker.nl\nSubject: Please delete")
    assert told.again.package_path not in copied
    assert "clipboard" in history.disclosures_card.action_note.text()


def test_a_deleted_package_shows_as_missing_when_the_page_is_shown_again(history, told,
                                                                        tmp_path):
    from cmrdesk.ui.pdf import render_pdf

    # A package of this test's own, so the shared ones stay intact for the others.
    def share(session):
        vendor = sharing.vendor_named(session, "De Hypotheker")
        catalogue = build_catalogue(session, today=TODAY)
        return sharing.share(session, sharing.ShareRequest(
            vendor, {"profile.age": Precision.parse("band:10")},
            Purpose(PurposeKind.OTHER, "A question")), tmp_path / "out",
            render_pdf=render_pdf, catalogue=catalogue,
            now=datetime(2026, 11, 23, 13, 0, tzinfo=UTC))

    made = []
    history.context.controller.with_session(share, made.append)
    (result,) = made
    window = history.window()
    window.navigate("dashboard")
    window.navigate("history")  # read again on the way in
    assert history.vendor_card.model.records[0].detail.startswith("3 disclosures")
    assert history.presenter.receipt_id == told.again.id  # the selection survives the reload
    shutil.rmtree(result.package)
    window.navigate("history", receipt_id=result.receipt_id)
    assert history.presenter.receipt_id == result.receipt_id
    row = texts(history.disclosures_card.table, 5)
    assert row.count("Missing") == 1 and row.count("Intact") == 2
    assert not history.disclosures_card.folder_button.isEnabled()
    assert "Missing" in history.receipt_card.package_text.text()


def test_shown_with_a_receipt_id_opens_its_vendor_and_the_disclosure(history, told):
    window = history.window()
    window.navigate("history", receipt_id=told.rental.id)
    assert history.vendor_card.list.currentIndex().row() == 1
    assert history.knows_card.title.text() == "What Woonstad Rotterdam knows"
    assert history.presenter.receipt_id == told.rental.id
    assert "only disclosure" in history.compare_card.note.text()
    assert not history.compare_card.picker.isVisible()  # nothing to pick between

    window.navigate("history", receipt_id=told.first.id)
    assert history.vendor_card.list.currentIndex().row() == 0
    assert history.presenter.receipt_id == told.first.id
    current = history.disclosures_card.table.currentIndex()
    assert history.disclosures_card.table.model().data(current, RECORD_ROLE).id == told.first.id


def test_choosing_another_vendor_shows_what_they_know(history, told):
    history.vendor_card.list.selectRow(1)
    assert history.knows_card.title.text() == "What Woonstad Rotterdam knows"
    assert history.knows_card.labels == [told.rental.document["fields"]["profile.age"]["label"]]
    assert texts(history.disclosures_card.table, 4) == ["Active"]


def test_locking_forgets_every_disclosure(history, told, tmp_path):
    window = history.window()
    window.controller.lock("")
    assert history.presenter.told is None and history.presenter.vendor_rows == []
    for model in (history.vendor_card.model, history.disclosures_card.model,
                  history.receipt_card.model, history.compare_card.model):
        assert model.rowCount() == 0
    assert history.knows_card.labels == [] and history.knows_card.title.text() == ""
    assert history.compare_card.older.count() == 0
    unlock(window, tmp_path / "told.cmrdesk")
    window.navigate("history")
    assert [r.name for r in history.vendor_card.model.records] == ["De Hypotheker",
                                                                   "Woonstad Rotterdam"]


def test_the_page_follows_the_theme(history, told):
    from cmrdesk.ui.theme import DARK

    history.palette_changed(DARK)
    select_disclosure(history, told.first.id)
    expired = history.disclosures_card.model.data(history.disclosures_card.model.index(
        [r.id for r in history.disclosures_card.model.records].index(told.first.id), 4),
        Qt.ItemDataRole.ForegroundRole)
    assert expired.name() == DARK.negative
    assert DARK.surface_alt in history.knows_card.styleSheet()


def test_qt_model_checks(history, told, qtlog):
    """Qt's own model tester watches every model of the page while a person uses it."""
    from PySide6.QtTest import QAbstractItemModelTester

    models = [history.vendor_card.model]
    for table in (history.disclosures_card.table, history.receipt_card.table,
                  history.compare_card.table):
        models += [table.model(), table.model().sourceModel()]  # the sort proxy and its rows
    testers = [QAbstractItemModelTester(  # they check on every change while they live
        model, QAbstractItemModelTester.FailureReportingMode.Warning) for model in models]
    select_disclosure(history, told.again.id)
    history.compare_card.show_same.setChecked(True)
    history.compare_card.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    select_disclosure(history, told.first.id)
    history.vendor_card.list.selectRow(1)
    history.window().navigate("history", receipt_id=told.again.id)
    history.palette_changed(history.context.theme.palette)
    assert all(model.rowCount() for model in models[1:3])
    assert [r.message for r in qtlog.records if "FAIL!" in r.message] == []
    del testers

