"""Dialogs of the Share page: a vendor's details and key, a precision of one's own, and the
page's questions (a readable package?, a name, a folder, a file).

Both only collect and check input; storing happens in the page, through the services, on the
worker. Key text is parsed here with the same function the services store it with, so the
fingerprint the person compares with the vendor's is the one that will be used.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from pathlib import Path

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from cmrdesk.disclosure import CatalogueField, Level, Precision, parse_public_key, value_text
from cmrdesk.domain import CmrdeskError, Vendor, VendorKind

from .errors import error_text
from .i18n import QT_TR_NOOP, tr
from .widgets import make_label, set_role

KIND_NAMES = {
    VendorKind.BANK: QT_TR_NOOP("Bank"), VendorKind.INSURER: QT_TR_NOOP("Insurer"),
    VendorKind.LANDLORD: QT_TR_NOOP("Landlord"),
    VendorKind.ADVISER: QT_TR_NOOP("Adviser"), VendorKind.EMPLOYER: QT_TR_NOOP("Employer"),
    VendorKind.OTHER: QT_TR_NOOP("Other"),
}
#: A public key is a few hundred bytes; a bigger file is not a key (and is not read whole).
MAX_KEY_FILE = 20_000


class VendorDialog(QDialog):
    """Add or edit a vendor: name, kind, contact, notes, and optionally their public key."""

    def __init__(self, vendor: Vendor | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vendor = vendor
        self.setWindowTitle(tr("Edit vendor") if vendor else tr("New vendor"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(vendor.name if vendor else "")
        self.name.setPlaceholderText(tr("e.g. De Hypotheker Utrecht"))
        self.kind = QComboBox()
        for kind, text in KIND_NAMES.items():
            self.kind.addItem(tr(text), kind.value)
        if vendor:
            self.kind.setCurrentIndex(self.kind.findData(str(vendor.kind)))
        self.email = QLineEdit(vendor.email if vendor else "")
        self.email.setPlaceholderText(tr("where drafts about disclosures go"))
        self.website = QLineEdit(vendor.website if vendor else "")
        self.notes = QPlainTextEdit(vendor.notes if vendor else "")
        self.notes.setFixedHeight(56)
        self.key = QPlainTextEdit(vendor.public_key if vendor else "")
        self.key.setPlaceholderText(tr("Paste their public key (JWK or PEM), or load it from "
                                       "a file. Without one, packages are signed but not "
                                       "encrypted."))
        self.key.setFixedHeight(84)
        self.load_key = QPushButton(tr("Load key from file…"))
        self.load_key.clicked.connect(self._load_key)
        for label, widget in ((tr("Name"), self.name), (tr("Kind"), self.kind),
                              (tr("E-mail"), self.email), (tr("Website"), self.website),
                              (tr("Notes"), self.notes), (tr("Public key"), self.key)):
            widget.setAccessibleName(label)
            form.addRow(label, widget)
        load_row = QHBoxLayout()
        load_row.addWidget(self.load_key)
        load_row.addStretch(1)
        form.addRow("", load_row)
        # The key their offers are signed with (keygen's sign-public.jwk): imported offers are
        # checked against it. Kept as it is when the dialog edits a vendor.
        self.signing_key = QPlainTextEdit(vendor.signing_key if vendor else "")
        self.signing_key.setPlaceholderText(tr("Optional: their offer-signing key "
                                               "(sign-public.jwk), to verify offers they send"))
        self.signing_key.setFixedHeight(56)
        self.signing_key.setAccessibleName(tr("Offer-signing key"))
        self.signing_status = make_label("", "muted", wrap=True)
        form.addRow(tr("Signs offers with"), self.signing_key)
        form.addRow("", self.signing_status)
        self.signing_key.textChanged.connect(self._check_signing_key)
        self._check_signing_key()
        layout.addLayout(form)
        # The fingerprint the person compares gets the dialog's whole width, on lines of its
        # own in a fixed-width font: it wraps between groups and never runs under the key box.
        self.fingerprint_title = make_label(tr("Fingerprint to compare"), "cardTitle")
        self.fingerprint = make_label("", "", wrap=True, selectable=True)
        self.fingerprint.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.fingerprint.setAccessibleName(tr("Fingerprint of their key"))
        self.key_status = make_label("", "muted", wrap=True)
        for widget in (self.fingerprint_title, self.fingerprint, self.key_status):
            widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
            layout.addWidget(widget)
        self.error = make_label("", "error", wrap=True)
        self.error.hide()
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.key.textChanged.connect(self._check_key)
        self._check_key()
        #: Seam for tests: returns the chosen key file, or None.
        self.choose_key_file = self._ask_key_file

    def result_vendor(self) -> Vendor:
        """The vendor as entered (the id kept when editing)."""
        return Vendor(
            id=self.vendor.id if self.vendor else None,
            name=self.name.text().strip(),
            kind=VendorKind(self.kind.currentData()),
            email=self.email.text().strip(),
            website=self.website.text().strip(),
            notes=self.notes.toPlainText().strip(),
            public_key=self.key.toPlainText().strip(),
            signing_key=self.signing_key.toPlainText().strip(),
        )

    def _check_signing_key(self) -> None:
        from cmrdesk.disclosure.keys import parse_signing_key

        text = self.signing_key.toPlainText().strip()
        if not text:
            self.signing_status.setText("")
            return
        try:
            info = parse_signing_key(text)
        except CmrdeskError as error:
            self.signing_status.setText(error_text(error))
            set_role(self.signing_status, "error")
            return
        self.signing_status.setText(tr("Fingerprint to compare: {key}").format(key=info.display))
        set_role(self.signing_status, "muted")

    def show_error(self, error: BaseException) -> None:
        """Show why saving failed (the dialog stays open with everything entered)."""
        self.error.setText(error_text(error))
        self.error.show()

    def _check_key(self) -> None:
        text = self.key.toPlainText().strip()
        self.fingerprint.clear()
        self.fingerprint_title.hide()
        self.fingerprint.hide()
        if not text:
            self.key_status.setText(tr("No key: packages will be signed, not encrypted, and "
                                       "anyone who gets them can read them."))
            set_role(self.key_status, "muted")
            return
        try:
            info = parse_public_key(text)
        except CmrdeskError as error:
            self.key_status.setText(error_text(error))
            set_role(self.key_status, "error")
            return
        self.fingerprint.setText(info.display)
        self.fingerprint_title.show()
        self.fingerprint.show()
        what = (tr("Packages will be encrypted to this key.") if info.can_encrypt
                else tr("A signing key: packages will be signed, not encrypted."))
        self.key_status.setText(tr("{what} Compare the fingerprint above with the one the "
                                   "vendor gave you before you save.").format(what=what))
        set_role(self.key_status, "muted")

    def _ask_key_file(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self, tr("Vendor's public key"), "",
                                              tr("Keys (*.jwk *.json *.pem *.pub);;All files (*)"))
        return Path(name) if name else None

    def _load_key(self) -> None:
        path = self.choose_key_file()
        if path is None:
            return
        try:
            if path.stat().st_size > MAX_KEY_FILE:
                raise CmrdeskError(f"{path.name} is too large to be a public key")
            self.key.setPlainText(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, CmrdeskError) as error:
            self.show_error(error if not isinstance(error, UnicodeDecodeError)
                            else CmrdeskError(f"{path.name} is not a text key file"))

    def _accept(self) -> None:
        if not self.name.text().strip():
            self.show_error(CmrdeskError(tr("give the vendor a name")))
            return
        self.accept()


#: The levels a person can set a number for, as the dialog offers them.
CUSTOM_LEVELS = (
    (Level.ATLEAST, QT_TR_NOOP("Yes/no: at least")),
    (Level.BAND, QT_TR_NOOP("Range of width")),
    (Level.ROUND, QT_TR_NOOP("Rounded to")),
)


class PrecisionDialog(QDialog):
    """Set a precision with a number of one's own: a threshold, a band width or a step,
    with the result shown as the vendor will see it."""

    def __init__(self, item: CatalogueField, current: Precision,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.setWindowTitle(tr("How precisely to share “{label}”").format(label=item.label))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.addWidget(make_label(tr("Now: {value}").format(
            value=value_text(item.disclose(Precision(Level.EXACT)))), "muted"))
        row = QHBoxLayout()
        self.level = QComboBox()
        for level, text in CUSTOM_LEVELS:
            self.level.addItem(tr(text), level.value)
        self.level.setAccessibleName(tr("Kind of precision"))
        self.number = QLineEdit()
        self.number.setAccessibleName(tr("Number"))
        unit = item.currency or item.unit
        self.number.setPlaceholderText(unit)
        row.addWidget(self.level)
        row.addWidget(self.number, 1)
        if unit:
            row.addWidget(make_label(unit, "muted"))
        layout.addLayout(row)
        self.result_label = make_label("", "figureSmall", wrap=True)
        layout.addWidget(make_label(tr("The vendor will see:"), "muted"))
        layout.addWidget(self.result_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if current.number is not None:
            self.level.setCurrentIndex(self.level.findData(current.level.value))
            self.number.setText(str(current.number))
        else:
            self.number.setText(str(item.default.number or ""))
        self.level.currentIndexChanged.connect(self._update)
        self.number.textChanged.connect(self._update)
        self._update()

    def precision(self) -> Precision | None:
        """The precision entered, or ``None`` while the number is not valid for it."""
        try:
            number = Decimal(self.number.text().strip().replace(",", "").replace("_", ""))
            return Precision(Level(self.level.currentData()), number)
        except (InvalidOperation, CmrdeskError, ValueError):
            return None

    def _update(self) -> None:
        precision = self.precision()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(precision is not None)
        if precision is None:
            self.result_label.setText(tr("Enter a number above zero."))
            return
        self.result_label.setText(value_text(self.item.disclose(precision)))


# --- the Share page's questions (each replaced by a recorder in tests) ---------------------------


def edit_vendor(parent: QWidget, vendor: Vendor | None) -> Vendor | None:
    """Run the vendor dialog; the vendor as entered, or ``None`` when cancelled."""
    dialog = VendorDialog(vendor, parent)
    return dialog.result_vendor() if dialog.exec() else None


def confirm_readable(parent: QWidget, vendor: str) -> bool:
    """Ask whether a package that anyone can read is what the person wants to send."""
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Send a readable package?"), tr(
        "{vendor} has given no key to encrypt to, so this package will be signed but not "
        "encrypted: anyone who gets the files — by a forwarded e-mail, a shared folder or a "
        "lost USB stick — can read every field in it.").format(vendor=vendor),
        QMessageBox.StandardButton.Cancel, parent)
    box.setInformativeText(tr("Is a readable package what you want? To send it encrypted, "
                              "cancel and add their public key with “Edit”."))
    go = box.addButton(tr("Export readable package"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is go


def ask_profile_name(parent: QWidget, suggestion: str) -> str | None:
    """A name for saved choices, or ``None`` when cancelled or empty."""
    name, ok = QInputDialog.getText(parent, tr("Save these choices"),
                                    tr("Name (for example the purpose):"), text=suggestion)
    return name.strip() if ok and name.strip() else None


def ask_folder(parent: QWidget, current: Path) -> Path | None:
    """Where packages go from now on, or ``None``."""
    name = QFileDialog.getExistingDirectory(parent, tr("Where packages go"), str(current))
    return Path(name) if name else None


def ask_key_path(parent: QWidget) -> Path | None:
    """Where to save the public signing key, or ``None``."""
    name, _ = QFileDialog.getSaveFileName(parent, tr("Save your public key"), "signer.jwk",
                                          tr("JSON Web Key (*.jwk)"))
    return Path(name) if name else None
