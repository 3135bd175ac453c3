"""The Share page, driven as a person would: pick a vendor, tick fields, change a precision,
watch the preview, export, and find the package and its receipt."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtTest import QAbstractItemModelTester

from cmrdesk.disclosure import (
    EXACT,
    Level,
    PackageEncrypted,
    Precision,
    PurposeKind,
    ValueKind,
    generate_vendor_key,
)
from cmrdesk.domain import Vendor, VendorKind
from cmrdesk.services import sharing
from cmrdesk.ui.field_picker import COL_FIELD, COL_SHARED, COL_VALUE, FIELD_MIN, OTHER
from cmrdesk.ui.settings import SHARE_FOLDER
from tests.ui.conftest import unlock


class Asked:
    """Stands in for the "send a readable package?" question: records who it was asked
    about and answers ``answer``; never a modal dialog."""

    def __init__(self, answer: bool = True) -> None:
        self.vendors: list[str] = []
        self.answer = answer

    def __call__(self, vendor: str) -> bool:
        self.vendors.append(vendor)
        return self.answer


@pytest.fixture
def share(make_window, writable_demo, app_settings, tmp_path, qtbot):
    """The Share page over a writable demo vault, packages going to ``tmp_path/out``; the
    readable-package question is answered "yes" (and recorded)."""
    app_settings.set(SHARE_FOLDER, str(tmp_path / "out"))
    window = make_window()
    unlock(window, writable_demo)
    assert window.controller.is_unlocked
    window.navigate("share")
    page = window.shell.page("share")
    page.confirm_readable = Asked(True)
    qtbot.waitUntil(lambda: page.presenter.catalogue is not None)
    return page


def preview_rows(page) -> dict[str, str]:
    model = page.panel.model
    return {model.index(r, 0).data(): model.index(r, 1).data() for r in range(model.rowCount())}


def wait_preview(page, qtbot) -> None:
    qtbot.waitUntil(lambda: page.presenter.preview is not None and page.export_button.isEnabled())


def vendor_index(page, name: str) -> int:
    for index in range(page.choices.vendor.count()):
        if page.choices.vendor.itemText(index).startswith(name + " ·"):
            return index
    raise AssertionError(f"{name} not offered")


def test_the_page_offers_the_vault_vendors_and_fields_with_current_values(share):
    names = [share.choices.vendor.itemText(i) for i in range(share.choices.vendor.count())]
    assert "De Hypotheker · Adviser" in names and "ING Bank · Bank" in names
    tree = share.choices.picker.tree
    groups = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert groups[:3] == ["Profile", "Income", "Balances"]
    net_worth = share.choices.picker.items["net_worth"]
    assert net_worth.text(1).startswith("EUR ") and net_worth.text(0) == "Net worth"
    assert share.choices.identity_label.text().count("Ed25519") == 1


def test_pick_vendor_tick_fields_change_precision_export_and_find_the_receipt(share, qtbot,
                                                                             tmp_path):
    # Pick the adviser: its kind suggests the adviser-intake template.
    share.choices.vendor.setCurrentIndex(vendor_index(share, "De Hypotheker"))
    assert share.current_kind() is PurposeKind.ADVISER_INTAKE
    wait_preview(share, qtbot)
    assert "Net worth" in preview_rows(share)

    # Start from nothing, tick two fields: the preview holds exactly those two.
    qtbot.mouseClick(share.choices.picker.clear, Qt.MouseButton.LeftButton)
    assert not share.export_button.isEnabled()  # at once: the preview is out of date
    qtbot.waitUntil(lambda: "No field ticked" in share.panel.empty.title.text())
    assert share.panel.empty.isVisibleTo(share.panel) and share.panel.model.rowCount() == 0
    share.choices.picker.tick("net_worth")
    share.choices.picker.tick("fact.no_overdraft_12m")
    wait_preview(share, qtbot)
    rows = preview_rows(share)
    assert set(rows) == {"Net worth", share.presenter.catalogue["fact.no_overdraft_12m"].label}
    catalogue = share.presenter.catalogue
    value = catalogue["net_worth"].value
    assert rows["Net worth"].startswith("EUR ") and "–" in rows["Net worth"]  # a band

    # Change the precision through the drop-down: the preview follows.
    combo = share.choices.picker.combos["net_worth"]
    threshold = catalogue["net_worth"].choices[0]
    assert threshold.level is Level.ATLEAST
    combo.setCurrentIndex(combo.findData(threshold.spec))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: preview_rows(share).get("Net worth", "").startswith("yes"))
    exact = Precision(Level.EXACT)
    share.choices.picker.set_precision("net_worth", exact)
    wait_preview(share, qtbot)
    exact_text = preview_rows(share)["Net worth"]
    assert exact_text.replace(",", "") == f"EUR {value}"

    # A threshold of one's own, through the "Other precision…" entry.
    share.choices.picker.ask_precision = lambda item, current: Precision(Level.ATLEAST,
                                                                  value + Decimal(1))
    combo = share.choices.picker.combos["net_worth"]
    combo.setCurrentIndex(combo.findData(OTHER))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: preview_rows(share).get("Net worth", "").startswith("no, less"))

    # The JSON shown is the document that will be signed.
    shown = json.loads(share.panel.json.toPlainText())
    assert set(shown["fields"]) == {"net_worth", "fact.no_overdraft_12m"}
    assert shown["vendor"]["name"] == "De Hypotheker"

    # Export: one click, a package in the chosen folder, a receipt in the vault.
    wait_preview(share, qtbot)
    qtbot.mouseClick(share.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: share.presenter.last_export is not None)
    result = share.presenter.last_export
    assert result.package.parent == tmp_path / "out"
    assert result.package.name.startswith("de-hypotheker-")
    assert sorted(p.name for p in result.package.iterdir()) == sorted(result.files)
    assert "Exported" in share.status.text() and share.see_history.isVisible()
    verification = sharing.verify(result.package)
    assert verification.signer_fingerprint == share.presenter.identity.fingerprint
    assert set(verification.fields) == {"net_worth", "fact.no_overdraft_12m"}
    assert verification.fields["net_worth"]["value"] is False
    # Nothing unticked left the machine: the exact net worth is in no file.
    for path in result.package.iterdir():
        assert str(value).encode() not in path.read_bytes()
    stored = _receipts(share)
    assert [r.id for r in stored] == [result.receipt_id]
    assert stored[0].package_sha256 == result.sha256
    assert stored[0].fields == {"net_worth": f"atleast:{value + 1}",
                                "fact.no_overdraft_12m": "exact"}

    # "See it in History": the receipt is there, selected, with what was sent.
    qtbot.mouseClick(share.see_history, Qt.MouseButton.LeftButton)
    window = share.window()
    assert window.shell.current == "history"
    history = window.shell.page("history")
    qtbot.waitUntil(lambda: history.presenter.current_entry() is not None)
    row = history.presenter.current_entry()
    assert row.id == result.receipt_id
    assert row.receipt.package_sha256 == result.sha256
    assert row.receipt.vendor_name == "De Hypotheker"


def _receipts(page) -> list:
    out: list = []
    page.context.controller.with_session(sharing.receipts, out.extend)
    return out


def test_a_vendor_with_a_key_gets_an_encrypted_package(share, qtbot, tmp_path):
    key, info = generate_vendor_key("X25519")
    share.run_vendor_dialog = lambda _v: Vendor(name="Zeta Lending", kind=VendorKind.BANK,
                                                email="privacy@zeta.example",
                                                public_key=info.text())
    qtbot.mouseClick(share.choices.new_vendor, Qt.MouseButton.LeftButton)
    assert share.presenter.current_vendor().name == "Zeta Lending"
    assert info.display in share.choices.vendor_detail.text()
    assert share.current_kind() is PurposeKind.MORTGAGE_PRECHECK  # a bank: the template
    wait_preview(share, qtbot)
    assert "encrypted to their X25519 key" in share.panel.protection.text()
    share.export()
    qtbot.waitUntil(lambda: share.presenter.last_export is not None)
    assert share.confirm_readable.vendors == []  # encrypted: nothing to ask
    package = share.presenter.last_export.package
    assert (package / "disclosure.jwe").is_file() and not (package / "disclosure.pdf").exists()
    with pytest.raises(PackageEncrypted, match="encrypted"):
        sharing.verify(package)
    assert sharing.verify(package, key.export(private_key=True)).encrypted


def test_saved_choices_make_the_next_export_one_click(share, qtbot):
    share.choices.vendor.setCurrentIndex(vendor_index(share, "Woonstad Rotterdam"))
    assert share.current_kind() is PurposeKind.RENTAL_APPLICATION
    share.choices.picker.tick("net_worth")
    share.choices.retention.setValue(30)
    share.ask_profile_name = lambda suggestion: "Flat on the Coolsingel"
    share.save_profile()
    assert share.choices.profile.currentText() == "Flat on the Coolsingel"
    # Another vendor, then back: the saved choices come back by themselves.
    share.choices.vendor.setCurrentIndex(vendor_index(share, "ING Bank"))
    share.choices.vendor.setCurrentIndex(vendor_index(share, "Woonstad Rotterdam"))
    assert "net_worth" in share.choices.picker.selection() and share.choices.retention.value() == 30
    wait_preview(share, qtbot)
    share.export()
    qtbot.waitUntil(lambda: share.presenter.last_export is not None)
    assert "net_worth" in share.presenter.last_export.document["fields"]
    assert share.presenter.last_export.document["terms"]["retention_days"] == 30


def test_a_choice_the_terms_refuse_is_explained_and_blocks_the_export(share, qtbot):
    share.choices.vendor.setCurrentIndex(vendor_index(share, "ING Bank"))
    wait_preview(share, qtbot)
    share.choices.jurisdiction.setText("N1")
    share.refresh_preview()
    assert not share.export_button.isEnabled()
    assert "jurisdiction" in share.panel.empty.text.text()
    share.choices.jurisdiction.setText("NL")
    share.refresh_preview()
    wait_preview(share, qtbot)
    assert "The law of NL applies." in share.panel.terms.text()


def test_a_failed_export_writes_nothing_and_says_why(share, qtbot, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    share.context.settings.set(SHARE_FOLDER, str(blocker))
    share.choices.vendor.setCurrentIndex(vendor_index(share, "ING Bank"))
    wait_preview(share, qtbot)
    share.export()
    qtbot.waitUntil(lambda: "Nothing was written" in share.status.text())
    assert share.presenter.last_export is None
    assert _receipts(share) == []
    assert share.export_button.isEnabled()


def test_ticking_a_group_ticks_its_fields_and_unticked_fields_are_not_shared(share, qtbot):
    share.choices.vendor.setCurrentIndex(vendor_index(share, "ING Bank"))
    share.choices.picker.set_selection({})
    facts = next(share.choices.picker.tree.topLevelItem(i)
                 for i in range(share.choices.picker.tree.topLevelItemCount())
                 if share.choices.picker.tree.topLevelItem(i).text(0) == "Facts")
    facts.setCheckState(COL_FIELD, Qt.CheckState.Checked)
    chosen = share.choices.picker.selection()
    assert chosen and all(name.startswith("fact.") for name in chosen)
    total = len(share.presenter.catalogue)
    assert share.choices.picker.count.text() == f"{len(chosen)} of {total} ticked"
    untouched = share.choices.picker.items["net_worth"]
    assert untouched.text(COL_SHARED) == "not shared"
    share.choices.picker.search.setText("overdraft")
    visible = [n for n, row in share.choices.picker.items.items() if not row.isHidden()]
    assert visible == ["fact.no_overdraft_12m"]


def test_the_preview_model_passes_the_model_tester(share, qtbot):
    share.choices.vendor.setCurrentIndex(vendor_index(share, "ING Bank"))
    wait_preview(share, qtbot)
    model: QAbstractItemModel = share.panel.model
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert model.rowCount() == len(share.choices.picker.selection())


def test_locking_forgets_every_figure(share, qtbot):
    share.choices.vendor.setCurrentIndex(vendor_index(share, "ING Bank"))
    wait_preview(share, qtbot)
    share.context.controller.lock("")
    assert share.presenter.catalogue is None and share.presenter.preview is None
    assert share.panel.model.rowCount() == 0 and share.choices.picker.items == {}
    assert share.choices.vendor.count() == 0


def test_the_public_key_can_be_saved_for_vendors(share, tmp_path: Path):
    target = tmp_path / "me.jwk"
    share.choose_key_path = lambda: target
    share.save_identity_key()
    key = json.loads(target.read_text())
    assert key["kty"] == "OKP" and key["crv"] == "Ed25519" and "d" not in key


# --- safe defaults -----------------------------------------------------------------------------


def test_the_page_starts_with_no_vendor_and_nothing_ticked(share):
    assert share.choices.vendor.currentData() is None
    assert share.presenter.current_vendor() is None
    assert share.current_kind() is None  # no purpose, so no template either
    assert share.choices.picker.selection() == {}
    assert share.choices.picker.count.text() == f"0 of {len(share.presenter.catalogue)} ticked"
    assert not share.export_button.isEnabled()
    assert share.panel.empty.title.text() == "Choose a vendor"
    assert "Nothing is ticked" in share.choices.vendor_detail.text()


@dataclass(frozen=True)
class UnknownField:
    """A catalogue field whose value the vault does not know, as the catalogue marks one."""

    name: str
    label: str
    group: str
    kind: ValueKind = ValueKind.MONEY
    value: None = None
    currency: str = "EUR"
    unit: str = ""
    default: Precision = EXACT
    choices: tuple = ()
    known: bool = False
    why: str = "no income source and no salary category"
    where: str = "income"

    def allows(self, precision: Precision) -> bool:
        return True


def with_unknown(page, name: str, where: str = "income") -> None:
    """Make field ``name`` of the page's catalogue unknown, and redraw the list."""
    catalogue = page.presenter.catalogue
    item = catalogue[name]
    fields = dict(catalogue.fields)
    fields[name] = UnknownField(name, item.label, item.group, where=where)
    page.presenter.catalogue = dataclasses.replace(catalogue, fields=fields)
    page.choices.set_catalogue(page.presenter.catalogue)


def test_choosing_a_vendor_applies_its_template_without_unknown_fields(share, qtbot):
    salary = "income.net_monthly_salary"
    template = sharing.template_selection(share.presenter.catalogue,
                                          PurposeKind.MORTGAGE_PRECHECK)
    assert salary in template  # the template would pick it, were it known
    with_unknown(share, salary)
    share.choices.vendor.setCurrentIndex(vendor_index(share, "ING Bank"))
    assert share.current_kind() is PurposeKind.MORTGAGE_PRECHECK
    chosen = share.choices.picker.selection()
    assert salary not in chosen and set(chosen) == set(template) - {salary}
    row = share.choices.picker.items[salary]
    assert row.text(COL_VALUE) == "unknown — no income source and no salary category"
    wait_preview(share, qtbot)
    assert share.presenter.catalogue[salary].label not in preview_rows(share)


def test_an_unknown_field_links_to_where_it_is_keyed_in(share):
    went: list[tuple[str, dict]] = []
    share.context.navigate = lambda key, **kw: went.append((key, kw))
    share.choices.picker.key_in_pages = {"accounts", "transactions"}
    with_unknown(share, "net_worth", where="import")
    picker = share.choices.picker
    link = picker.key_in_links["net_worth"]
    assert link.text() == "Key it in…"
    link.click()
    assert went == [("accounts", {"section": "import"})]


def test_exporting_to_a_vendor_without_a_key_asks_once(share, qtbot):
    asked = share.confirm_readable = Asked(answer=False)
    share.choices.vendor.setCurrentIndex(vendor_index(share, "ING Bank"))
    wait_preview(share, qtbot)
    share.export()
    assert asked.vendors == ["ING Bank"]
    assert share.presenter.last_export is None and _receipts(share) == []
    assert "Nothing was written" in share.status.text()

    asked.answer = True  # asked again (the first answer was no), and this time yes
    share.export()
    qtbot.waitUntil(lambda: share.presenter.last_export is not None)
    assert asked.vendors == ["ING Bank"] * 2
    first = share.presenter.last_export
    assert not first.encrypted
    wait_preview(share, qtbot)
    share.export()  # not asked a third time: the answer holds for this vendor
    qtbot.waitUntil(lambda: share.presenter.last_export is not first)
    assert asked.vendors == ["ING Bank"] * 2
    assert len(_receipts(share)) == 2


def test_the_last_vendor_is_chosen_again_next_time(share, qtbot, writable_demo):
    share.choices.vendor.setCurrentIndex(vendor_index(share, "Woonstad Rotterdam"))
    window = share.window()
    window.controller.lock("")
    assert share.choices.vendor.count() == 0
    unlock(window, writable_demo)
    window.navigate("share")
    qtbot.waitUntil(lambda: share.presenter.catalogue is not None)
    assert share.choices.vendor.currentText().startswith("Woonstad Rotterdam ·")
    assert share.current_kind() is PurposeKind.RENTAL_APPLICATION


def test_a_small_window_puts_the_preview_under_the_choices_and_nothing_overlaps(share, qtbot):
    window = share.window()
    share.choices.vendor.setCurrentIndex(vendor_index(share, "ING Bank"))
    wait_preview(share, qtbot)
    tree = share.choices.picker.tree
    assert tree.columnWidth(COL_FIELD) >= FIELD_MIN - 30  # side by side, names keep room
    assert not share.right.isHidden() and not share.choices.isAncestorOf(share.panel)

    window.resize(1024, 700)
    qtbot.waitUntil(lambda: share.right.isHidden())
    assert share.choices.isAncestorOf(share.panel) and share.bar.isVisible()
    assert share.to_preview.isVisible()
    qtbot.waitUntil(lambda: tree.columnWidth(COL_FIELD) >= FIELD_MIN)
    table = share.panel.table
    assert table.model().rowCount() == len(share.choices.picker.selection())
    for row in range(table.model().rowCount()):  # every row as tall as its wrapped text
        assert table.rowHeight(row) >= table.sizeHintForRow(row)
    assert table.height() >= sum(table.rowHeight(r) for r in range(table.model().rowCount()))

    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: not share.right.isHidden())
    assert not share.choices.isAncestorOf(share.panel) and not share.to_preview.isVisible()
