"""The Share page's dialogs: a vendor and their key, and a precision of one's own."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QDialogButtonBox

from cmrdesk.disclosure import (
    CatalogueField,
    Level,
    Precision,
    ValueKind,
    generate_vendor_key,
    public_jwk_text,
)
from cmrdesk.domain import Vendor, VendorKind
from cmrdesk.ui.share_dialogs import MAX_KEY_FILE, PrecisionDialog, VendorDialog


def test_a_pasted_key_shows_its_fingerprint_and_whether_it_encrypts(qtbot):
    dialog = VendorDialog()
    qtbot.addWidget(dialog)
    assert "signed, not encrypted" in dialog.key_status.text()
    _, info = generate_vendor_key("X25519")
    dialog.key.setPlainText(public_jwk_text(info))
    assert dialog.fingerprint.text() == info.display  # on a line of its own, whole
    assert "encrypted to this key" in dialog.key_status.text()
    dialog.key.setPlainText('{"kty": "RSA", "n": "abc", "e": "AQAB"}')
    assert dialog.key_status.property("role") == "error"


def test_the_entered_vendor_keeps_its_id_when_edited(qtbot):
    original = Vendor(id=7, name="Woonstad", kind=VendorKind.LANDLORD, email="a@b.example")
    dialog = VendorDialog(original)
    qtbot.addWidget(dialog)
    dialog.name.setText("  Woonstad Rotterdam ")
    entered = dialog.result_vendor()
    assert (entered.id, entered.name, entered.kind, entered.email) == (
        7, "Woonstad Rotterdam", VendorKind.LANDLORD, "a@b.example")


def test_a_nameless_vendor_is_refused_in_the_dialog(qtbot):
    dialog = VendorDialog()
    qtbot.addWidget(dialog)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.error.isVisibleTo(dialog) and "name" in dialog.error.text()
    assert dialog.result() == 0


def test_a_key_file_that_is_too_big_is_not_read(qtbot, tmp_path):
    big = tmp_path / "huge.pem"
    big.write_text("x" * (MAX_KEY_FILE + 1))
    dialog = VendorDialog()
    qtbot.addWidget(dialog)
    dialog.choose_key_file = lambda: big
    dialog.load_key.click()
    assert dialog.key.toPlainText() == "" and "too large" in dialog.error.text()


def test_a_precision_of_ones_own_shows_what_the_vendor_will_read(qtbot):
    item = CatalogueField(name="net_worth", label="Net worth", group="Balances",
                          kind=ValueKind.MONEY, value=Decimal("619591.66"), currency="EUR")
    dialog = PrecisionDialog(item, Precision(Level.EXACT))
    qtbot.addWidget(dialog)
    dialog.level.setCurrentIndex(dialog.level.findData("atleast"))
    dialog.number.setText("500,000")
    assert dialog.precision() == Precision(Level.ATLEAST, Decimal(500000))
    assert dialog.result_label.text() == "yes, at least EUR 500,000"
    dialog.level.setCurrentIndex(dialog.level.findData("band"))
    dialog.number.setText("250000")
    assert dialog.result_label.text() == "EUR 500,000 – 750,000"
    dialog.number.setText("-5")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.precision() is None and not ok.isEnabled()
