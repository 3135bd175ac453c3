"""Offers in the app: the request form (Share page and advice), the comparison and vendor
overview in History, decisions with a reply draft, tracked deletion requests."""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from types import SimpleNamespace
from urllib.parse import unquote

import pytest
from PySide6.QtCore import QUrl

from cmrdesk.disclosure import Precision
from cmrdesk.disclosure.keys import generate_signing_key, generate_vendor_key
from cmrdesk.disclosure.offers import build_offer, sign_offer
from cmrdesk.disclosure.verify import verify_package
from cmrdesk.domain import (
    DeletionRequest,
    Money,
    OfferRequest,
    OfferStatus,
    ProductKind,
    Vendor,
    VendorKind,
)
from cmrdesk.insights.advice import Advice
from cmrdesk.services import offers, requests, sharing
from cmrdesk.services.session import VaultSession
from cmrdesk.ui.advice_panel import AdvicePanel
from cmrdesk.ui.request_form import VendorChoice, prefill_for_advice, request_form
from tests.conftest import PASSPHRASE, TEST_PARAMS, TODAY
from tests.ui.conftest import unlock

VALID = date.today() + timedelta(days=30)


def stub_pdf(document: dict) -> bytes:
    return b"%PDF-1.4\n% stub\n%%EOF\n"


class Opened:
    """Records the URLs the page asks to open (no mail program ever starts)."""

    def __init__(self) -> None:
        self.urls: list[QUrl] = []

    def __call__(self, url: QUrl) -> bool:
        self.urls.append(url)
        return True


@pytest.fixture(scope="module")
def asked(qapp, demo_vault, tmp_path_factory) -> SimpleNamespace:
    """The demo household asked ABN AMRO (keys pinned) and Rabobank for a mortgage; ABN AMRO
    answered with a signed offer, Rabobank's came on paper; one deletion request is overdue."""
    folder = tmp_path_factory.mktemp("offers-ui")
    path = folder / "asked.cmrdesk"
    shutil.copy(demo_vault, path)
    sign_key, sign_info = generate_signing_key()
    with VaultSession.open(path, PASSPHRASE) as session:
        abn = Vendor(name="ABN AMRO", kind=VendorKind.BANK, email="hypotheek@abnamro.example",
                     public_key=generate_vendor_key()[1].text())
        offers.pin_signing_key(abn, sign_info.text())
        sharing.add_vendor(session, abn)
        rabo = sharing.vendor_named(session, "Rabobank")
        result = requests.make_request(session, requests.RequestSpec(
            vendors=[abn, rabo], product=ProductKind.MORTGAGE,
            amount=Money.of("296320", "EUR"), term_years=20, fixed_years=10),
            folder / "out", render_pdf=stub_pdf)
        payload = build_offer(
            request_id=result.request.request_id, vendor_name="ABN AMRO",
            key_fingerprint=sign_info.fingerprint, product=ProductKind.MORTGAGE,
            terms={"currency": "EUR", "amount": "296320.00", "rate": "2.95", "term_years": 20,
                   "fees": "0"}, valid_until=VALID, issued=datetime.now(UTC))
        token = folder / "abn.jws"
        token.write_text(sign_offer(payload, sign_key, sign_info))
        offers.import_offer(session, token)
        offers.add_offer(session, offers.KeyedOffer(
            vendor=rabo, product=ProductKind.MORTGAGE, request_id=result.request.request_id,
            terms={"currency": "EUR", "rate": "3.05", "term_years": 20, "fees": "1000"},
            valid_until=VALID))
        receipt = next(r for r in sharing.receipts(session) if r.vendor_name == "ABN AMRO")
        offers.request_deletion(session, receipt.id, today=TODAY - timedelta(days=45))
    return SimpleNamespace(path=path, folder=folder)


@pytest.fixture
def history(window, asked, tmp_path):
    path = tmp_path / "asked.cmrdesk"
    shutil.copy(asked.path, path)
    unlock(window, path)
    assert window.controller.is_unlocked, window.unlock.error.text()
    window.navigate("history")
    page = window.shell.page("history")
    page.open_url = Opened()
    rows = page.presenter.vendor_rows
    page.presenter.choose_vendor(next(i for i, r in enumerate(rows) if r.name == "ABN AMRO"))
    return page


def test_history_compares_the_offers_with_the_current_mortgage_and_the_market(history):
    card = history.offers_card
    assert card.model.rowCount() == 2
    vendors = {row.comparison.vendor: row for row in card.model.records}
    assert set(vendors) == {"ABN AMRO", "Rabobank"}
    # 296,320 x (3.10 - 2.95) % = 444.48 a year against the demo's ABN AMRO mortgage.
    assert vendors["ABN AMRO"].comparison.vs_current_yearly == Decimal("444.48")
    assert "Saves €444.48 a year" in "".join(
        r.comparison.verdict.replace("EUR ", "€") for r in card.model.records)
    # Two offers, your mortgage and the market average, side by side.
    assert card.chart.element_count() == 4
    # ABN AMRO charges no fees: nothing to repay, said in words rather than "0 months".
    from cmrdesk.ui.offers_views import comparison_columns

    payback = next(c for c in comparison_columns() if c.title == "Payback")
    assert payback.text(vendors["ABN AMRO"]) == "no fees"
    assert "no one-off fees" in payback.tooltip(vendors["ABN AMRO"])
    assert payback.text(vendors["Rabobank"]).endswith("months")
    assert "; no fees;" in vendors["ABN AMRO"].comparison.verdict
    assert "market" in card.context_line.text()


def test_the_vendor_overview_flags_an_overdue_deletion_request(history):
    overview = history.overview_card
    assert overview.isVisible()
    assert any("ABN AMRO Mortgage" in line for line in overview.lines)
    assert any(line.startswith("OVERDUE") for line in overview.lines)


def test_accepting_an_offer_records_it_and_opens_a_reply_draft(history):
    card = history.offers_card
    row = next(i for i, r in enumerate(card.model.records)
               if r.comparison.vendor == "ABN AMRO")
    card.table.selectRow(card.proxy.mapFromSource(card.model.index(row, 0)).row())
    card.accept_button.click()
    (url,) = history.open_url.urls
    text = unquote(url.toString())
    assert text.startswith("mailto:hypotheek@abnamro.example?subject=Your offer")
    assert str(history.context.controller.info.path.parent) not in text  # no local path
    accepted = next(r for r in card.model.records if r.comparison.vendor == "ABN AMRO")
    assert accepted.offer.status is OfferStatus.ACCEPTED
    assert not card.accept_button.isEnabled()


def test_a_deletion_draft_from_history_is_tracked(history):
    history.disclosures_card.delete_button.click()
    (url,) = history.open_url.urls
    assert "subject=Please delete" in url.toString()
    found: list[DeletionRequest] = []
    history.context.controller.with_session(lambda s: found.extend(s.list(DeletionRequest)))
    assert len(found) == 2  # the overdue one and the one just asked
    assert found[1].due_on == offers.one_month_after(found[1].requested_on)
    assert any(line.startswith("Asked") for line in history.overview_card.lines)


def test_the_request_form_from_share_writes_one_package_per_vendor(window, asked, tmp_path):
    path = tmp_path / "asked.cmrdesk"
    shutil.copy(asked.path, path)
    unlock(window, path)
    window.navigate("share")
    page = window.shell.page("share")
    page.presenter.set_out_folder(tmp_path / "requests")
    page.ask_offers.click()
    dialog = page.request_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.fill(product="savings", amount=Decimal("25000"))
    assert not dialog.fields["fixed_years"].shown  # savings has no fixed-rate period
    box = dialog.fields["vendors"].widget
    ids = [box.item(i).data(256) for i in range(box.count())
           if box.item(i).text().startswith(("ABN AMRO", "ING Bank"))]
    dialog.fill(vendors=ids)
    dialog.save()
    assert not dialog.isVisible()
    written = sorted(p.name for p in (tmp_path / "requests").iterdir())
    assert len(written) == 2 and all(name.startswith("request-") for name in written)
    assert "2 requests written" in page.status.text()
    found = []
    window.controller.with_session(lambda s: found.extend(s.list(OfferRequest)))
    assert any(r.product is ProductKind.SAVINGS and r.amount == Money.of("25000", "EUR")
               for r in found)


def _package_fields(folder, vendor: str) -> dict:
    """The disclosed fields of the (unencrypted) package to ``vendor`` under ``folder``."""
    found = [verify_package(path).document for path in sorted(folder.iterdir())]
    return next(d["fields"] for d in found if d["vendor"]["name"] == vendor)


def test_fields_ticked_in_the_request_form_go_exactly_as_the_cli_sends_them(
        window, asked, tmp_path, capsys, monkeypatch):
    from cmrdesk.cli import offer_commands
    from cmrdesk.cli.main import main

    path = tmp_path / "asked.cmrdesk"
    shutil.copy(asked.path, path)
    unlock(window, path)
    window.navigate("share")
    page = window.shell.page("share")
    page.presenter.set_out_folder(tmp_path / "app")
    page.ask_offers.click()
    dialog = page.request_dialog
    picker = dialog.picker
    assert picker is not None and picker.selection() == {}  # nothing goes unless ticked
    dialog.fill(product="mortgage", amount=Decimal("296320"))
    box = dialog.fields["vendors"].widget
    dialog.fill(vendors=[box.item(i).data(256) for i in range(box.count())
                         if box.item(i).text().startswith("Rabobank")])
    picker.tick("net_worth")
    picker.tick("income.net_monthly_salary")
    picker.set_precision("income.net_monthly_salary", Precision.parse("round:100"))
    dialog.save()
    assert not dialog.isVisible(), dialog.general_error.text()
    found: list[OfferRequest] = []
    window.controller.with_session(lambda s: found.extend(s.list(OfferRequest)))
    assert found[-1].fields == {"net_worth": "band:100000",
                                "income.net_monthly_salary": "round:100"}

    cli_vault = tmp_path / "cli.cmrdesk"
    shutil.copy(asked.path, cli_vault)
    monkeypatch.setenv("CMRDESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setattr(offer_commands, "subprocess_pdf_renderer", stub_pdf)
    assert main(["request", "--vault", str(cli_vault), "--vendor", "Rabobank", "--product",
                 "mortgage", "--amount", "296320", "--field", "net_worth", "--field",
                 "income.net_monthly_salary=round:100", "--out", str(tmp_path / "cli"),
                 "--json"]) == 0, capsys.readouterr()
    app_fields = _package_fields(tmp_path / "app", "Rabobank")
    assert set(app_fields) == {"net_worth", "income.net_monthly_salary"}
    assert app_fields == _package_fields(tmp_path / "cli", "Rabobank")


def test_the_request_form_shows_unknown_fields_that_cannot_be_ticked(qtbot, tmp_path):
    from cmrdesk.services.catalogue import build_catalogue

    vault = tmp_path / "empty.cmrdesk"
    with VaultSession.create(vault, PASSPHRASE, params=TEST_PARAMS) as session:
        catalogue = build_catalogue(session)
    unknown = next(name for name, item in catalogue.items() if not item.known)
    dialog = request_form(None, [VendorChoice(1, "Acme Bank", False)], "EUR",
                          today=TODAY, catalogue=catalogue)
    qtbot.addWidget(dialog)
    picker = dialog.picker
    assert unknown in picker.unknown
    assert picker.why_labels[unknown].text().startswith("unknown — ")
    picker.tick(unknown)  # a field whose value is unknown has no box to tick
    assert dialog.selection() == {}
    # The form opens wide enough for the list's columns: nothing is cut off on the right.
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.scroll.widget().width() <= dialog.scroll.viewport().width()


def test_a_request_without_a_vendor_is_refused_next_to_the_list(window, asked, tmp_path):
    path = tmp_path / "asked.cmrdesk"
    shutil.copy(asked.path, path)
    unlock(window, path)
    window.navigate("share")
    page = window.shell.page("share")
    page.ask_offers.click()
    dialog = page.request_dialog
    dialog.fill(product="mortgage", amount=Decimal("100000"))
    dialog.save()
    assert dialog.isVisible()
    assert "vendor" in dialog.fields["vendors"].error.text()


def test_advice_that_can_be_acted_on_offers_to_ask_for_offers(qtbot):
    panel = AdvicePanel()
    qtbot.addWidget(panel)
    idle = Advice(id="idle_cash:3", title="Move idle cash", detail="...",
                  numbers={"idle": "12000.00"}, rule="idle_cash")
    other = Advice(id="goal_behind:1", title="A goal", detail="...", rule="goal_behind")
    panel.set_advice([idle, other], "EUR")
    assert panel.items[0].ask_offers is not None and panel.items[1].ask_offers is None
    with qtbot.waitSignal(panel.offers_wanted) as caught:
        panel.items[0].ask_offers.click()
    assert caught.args == [idle]
    assert prefill_for_advice(idle, []) == {"product": "savings", "amount": Decimal("12000.00")}


def test_every_actionable_advice_on_the_demo_opens_the_form_filled_for_its_product(unlocked):
    window = unlocked
    panel = window.shell.page("dashboard").advice
    if panel.more is not None:
        panel.more.setChecked(True)  # every item, not just the first few
    actionable = [(w, a) for w, a in zip(panel.items, panel.advice, strict=True)
                  if w.ask_offers is not None]
    # The demo: idle cash in three accounts, two policies that renew soon.
    assert sorted(a.rule for _, a in actionable) == ["idle_cash"] * 3 + [
        "insurance_renewal"] * 2
    share = window.shell.page("share")
    for widget, advice in actionable:
        share.request_dialog = None
        widget.ask_offers.click()
        dialog = share.request_dialog
        assert dialog is not None and dialog.isVisible(), advice.id
        assert window.shell.current == "share"
        values = dialog.values()
        if advice.rule == "idle_cash":
            assert values["product"] == "savings"
            assert values["amount"] == Decimal(advice.numbers["idle"]), advice.id
        else:
            kind = advice.title.split("your ")[1].split(" insurance")[0]  # "health", "home"
            assert values["product"] == "insurance"
            assert values["insurance_type"] == kind, advice.title
        dialog.reject()
        window.navigate("dashboard")


def test_an_offer_file_that_does_not_verify_is_refused_with_the_reason(history, asked,
                                                                      tmp_path):
    tampered = tmp_path / "tampered.jws"
    data = bytearray((asked.folder / "abn.jws").read_bytes())
    data[60] = ord("A") if data[60] != ord("A") else ord("B")
    tampered.write_bytes(bytes(data))
    history.choose_offer_file = lambda: tampered
    history.offers_card.import_button.click()
    assert "is refused" in history.offers_card.status.text()
    assert history.offers_card.model.rowCount() == 2  # nothing was added
    history.choose_offer_file = lambda: asked.folder / "abn.jws"
    history.offers_card.import_button.click()
    assert "imported already" in history.offers_card.status.text()


def test_editing_a_vendor_keeps_its_offer_signing_key(qtbot):
    from cmrdesk.ui.share_dialogs import VendorDialog

    _, info = generate_signing_key()
    vendor = Vendor(id=7, name="ABN AMRO", kind=VendorKind.BANK, signing_key=info.text())
    dialog = VendorDialog(vendor)
    qtbot.addWidget(dialog)
    assert dialog.result_vendor().signing_key == info.text()
    assert "Ed25519" in dialog.signing_status.text()
    dialog.signing_key.setPlainText(generate_vendor_key()[1].text())  # an X25519 key
    assert "Ed25519" in dialog.signing_status.text()  # "... is Ed25519, not X25519"
    assert dialog.signing_status.property("role") == "error"


def test_an_offer_on_paper_is_keyed_in_from_history_and_compared(history):
    history.offers_card.keyin_button.click()
    dialog = history.offer_dialog
    assert dialog.isVisible()
    assert not dialog.fields["premium"].shown  # a mortgage offer has no premium
    dialog.type_text("rate", "2.85")
    dialog.type_text("term_years", "20")
    dialog.type_text("fees", "750")
    dialog.save()
    assert not dialog.isVisible()
    card = history.offers_card
    assert card.model.rowCount() == 3
    keyed = [r for r in card.model.records if r.comparison.vendor == "ABN AMRO"
             and not r.offer.verified]
    (row,) = keyed
    # It answers the request's amount: 296,320 x (3.10 - 2.85) % = 740.80 a year saved.
    assert row.comparison.vs_current_yearly == Decimal("740.80")
    assert row.offer.payload["terms"]["fees"] == "750"
