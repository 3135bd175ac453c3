"""The Share page's left column: who receives it, why, what they learn, on which terms, what
you want from them, and your signing key.

A view only: it shows what the presenter suggests (:meth:`ChoicesView.apply`), reads back what
the person chose (:meth:`ChoicesView.request`), and reports every user action through signals.
Filling it in from a suggestion never counts as an edit.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cmrdesk.disclosure import Intent, Purpose, PurposeKind, Terms
from cmrdesk.disclosure.terms import MAX_RETENTION_DAYS
from cmrdesk.domain import CmrdeskError, Vendor

from .field_picker import FieldPicker
from .i18n import QT_TR_NOOP, tr
from .share_dialogs import KIND_NAMES
from .widgets import Card, link_button, make_label

#: The ways a vendor may contact the person, in the order offered.
CONTACT_WAYS = (("email", "E-mail"), ("phone", QT_TR_NOOP("Phone")), ("post", QT_TR_NOOP("Post")))


def qdate(day: date) -> QDate:
    """A ``date`` as Qt's date."""
    return QDate(day.year, day.month, day.day)


class ChoicesView(QWidget):
    """Every choice of a disclosure, in the order a person makes them."""

    #: The person changed a choice (not a suggestion being filled in).
    edited = Signal()
    #: A vendor id, or ``None`` for "nobody yet".
    vendor_picked = Signal(object)
    #: A :class:`PurposeKind` was picked in "Why".
    kind_picked = Signal(object)
    #: A saved profile's id was picked.
    profile_picked = Signal(object)
    new_vendor_wanted = Signal()
    edit_vendor_wanted = Signal()
    save_profile_wanted = Signal()
    save_key_wanted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filling = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 12, 10)
        layout.setSpacing(14)
        for card in (self._who(), self._why(), self._what(), self._terms(), self._intent(),
                     self._me()):
            layout.addWidget(card)
        layout.addStretch(1)

    # --- layout --------------------------------------------------------------------------------

    def _who(self) -> Card:
        who = Card(spacing=8)
        who.body.addWidget(make_label(tr("1. Who receives it"), "sectionTitle"))
        row = QHBoxLayout()
        self.vendor = QComboBox()
        self.vendor.setAccessibleName(tr("Vendor"))
        self.vendor.setMinimumWidth(180)
        self.vendor.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.vendor.currentIndexChanged.connect(self._vendor_index_changed)
        self.new_vendor = QPushButton(tr("New vendor…"))
        self.new_vendor.clicked.connect(self.new_vendor_wanted.emit)
        self.edit_vendor_button = link_button(tr("Edit"))
        self.edit_vendor_button.clicked.connect(self.edit_vendor_wanted.emit)
        row.addWidget(self.vendor, 1)
        row.addWidget(self.edit_vendor_button)
        row.addWidget(self.new_vendor)
        who.body.addLayout(row)
        self.vendor_detail = make_label("", "muted", wrap=True)
        who.body.addWidget(self.vendor_detail)
        profile_row = QHBoxLayout()
        self.profile = QComboBox()
        self.profile.setAccessibleName(tr("Saved choices for this vendor"))
        self.profile.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.profile.activated.connect(lambda _i: self.profile_picked.emit(
            self.profile.currentData()))
        self.save_profile_button = link_button(tr("Save these choices…"))
        self.save_profile_button.clicked.connect(self.save_profile_wanted.emit)
        profile_row.addWidget(make_label(tr("Saved choices"), "muted"))
        profile_row.addWidget(self.profile, 1)
        profile_row.addWidget(self.save_profile_button)
        who.body.addLayout(profile_row)
        return who

    def _why(self) -> Card:
        why = Card(spacing=8)
        why.body.addWidget(make_label(tr("2. Why"), "sectionTitle"))
        form = QFormLayout()
        self.kind = QComboBox()
        self.kind.addItem(tr("— choose a purpose —"), None)
        for kind in PurposeKind:
            self.kind.addItem(tr(kind.title), kind.value)
        self.kind.setAccessibleName(tr("Purpose"))
        self.kind.activated.connect(self._kind_activated)
        self.purpose_text = QLineEdit()
        self.purpose_text.setPlaceholderText(tr("In your own words, what it is for"))
        self.purpose_text.setAccessibleName(tr("Purpose in your own words"))
        self.purpose_text.textChanged.connect(self._user_edit)
        self.expires = QDateEdit()
        self.expires.setCalendarPopup(True)
        self.expires.setDisplayFormat("yyyy-MM-dd")
        self.expires.setAccessibleName(tr("Valid until"))
        self.expires.dateChanged.connect(self._user_edit)
        form.addRow(tr("Purpose"), self.kind)
        form.addRow(tr("Details"), self.purpose_text)
        form.addRow(tr("Valid until"), self.expires)
        why.body.addLayout(form)
        why.body.addWidget(make_label(tr("Choosing a purpose ticks the fields it usually needs, "
                                         "at the least revealing precision that answers it. "
                                         "Fields your vault does not know are never ticked."),
                                      "muted", wrap=True))
        return why

    def _what(self) -> Card:
        what = Card(spacing=8)
        what.body.addWidget(make_label(tr("3. What they learn"), "sectionTitle"))
        self.picker = FieldPicker()
        self.picker.setMinimumHeight(440)
        self.picker.changed.connect(self._user_edit)
        what.body.addWidget(self.picker)
        return what

    def _terms(self) -> Card:
        terms = Card(spacing=8)
        terms.body.addWidget(make_label(tr("4. On your terms"), "sectionTitle"))
        form = QFormLayout()
        self.retention = QSpinBox()
        self.retention.setRange(1, MAX_RETENTION_DAYS)
        self.retention.setSuffix(tr(" days"))
        self.retention.setAccessibleName(tr("Delete after"))
        self.retention.setMaximumWidth(140)
        self.retention.valueChanged.connect(self._user_edit)
        self.jurisdiction = QLineEdit()
        self.jurisdiction.setMaxLength(2)
        self.jurisdiction.setMaximumWidth(60)
        self.jurisdiction.setPlaceholderText("NL")
        self.jurisdiction.setAccessibleName(tr("Law that applies (country code)"))
        self.jurisdiction.textEdited.connect(self._jurisdiction_edited)
        form.addRow(tr("Delete after"), self.retention)
        form.addRow(tr("Law of (country code)"), self.jurisdiction)
        terms.body.addLayout(form)
        self.onward = QCheckBox(tr("They may pass it on to third parties"))
        self.profiling = QCheckBox(tr("They may profile or score me beyond this purpose"))
        self.marketing = QCheckBox(tr("They may use it for marketing"))
        self.delete_on_request = QCheckBox(tr("They must delete it when I ask"))
        for box in (self.onward, self.profiling, self.marketing, self.delete_on_request):
            terms.body.addWidget(box)
            box.toggled.connect(self._user_edit)
        return terms

    def _intent(self) -> Card:
        intent = Card(spacing=8)
        intent.body.addWidget(make_label(tr("5. What you want from them"), "sectionTitle"))
        self.intent_text = QPlainTextEdit()
        self.intent_text.setPlaceholderText(tr(
            "e.g. fixed-rate mortgage offers up to 250,000 over 10–15 years; no credit cards"))
        self.intent_text.setAccessibleName(tr("What you want from them"))
        self.intent_text.setFixedHeight(64)
        self.intent_text.textChanged.connect(self._user_edit)
        intent.body.addWidget(self.intent_text)
        contact = QHBoxLayout()
        contact.addWidget(make_label(tr("Contact me by"), "muted"))
        self.contact: dict[str, QCheckBox] = {}
        for key, text in CONTACT_WAYS:
            box = QCheckBox(tr(text))
            box.toggled.connect(self._user_edit)
            self.contact[key] = box
            contact.addWidget(box)
        contact.addStretch(1)
        intent.body.addLayout(contact)
        return intent

    def _me(self) -> Card:
        me = Card(spacing=6)
        me.body.addWidget(make_label(tr("Your signing key"), "sectionTitle"))
        self.identity_label = make_label("", "muted", wrap=True, selectable=True)
        me.body.addWidget(self.identity_label)
        self.save_key = link_button(tr("Save your public key for a vendor to pin…"))
        self.save_key.clicked.connect(self.save_key_wanted.emit)
        me.body.addWidget(self.save_key, 0, Qt.AlignmentFlag.AlignLeft)
        return me

    # --- what the presenter hands over ---------------------------------------------------------

    def set_catalogue(self, catalogue: Any) -> None:
        """A new catalogue: every field unticked, expiry from the day after its date."""
        self._filling = True
        try:
            if catalogue is None:
                self.picker.set_catalogue({}, {})
                return
            self.picker.set_catalogue(catalogue, catalogue.groups())
            self.expires.setMinimumDate(qdate(catalogue.as_of).addDays(1))
        finally:
            self._filling = False

    def fill_vendors(self, views: list[Any], select_id: int | None) -> None:
        """Offer ``views`` (``VendorView`` s), with "nobody yet" first; choose ``select_id``."""
        self._filling = True
        try:
            self.vendor.clear()
            self.vendor.addItem(tr("— choose who receives it —"), None)
            for view in views:
                v = view.vendor
                self.vendor.addItem(f"{v.name} · {tr(KIND_NAMES.get(v.kind, 'Other'))}", v.id)
            index = self.vendor.findData(select_id) if select_id is not None else 0
            self.vendor.setCurrentIndex(max(index, 0))
        finally:
            self._filling = False

    def show_vendor(self, view: Any) -> None:
        """Say how packages to the chosen vendor are protected."""
        self.edit_vendor_button.setEnabled(view is not None)
        self.save_profile_button.setEnabled(view is not None)
        if view is None:
            self.vendor_detail.setText(tr("Nothing is ticked until you choose who receives "
                                          "it."))
            self._filling = True
            self.vendor.setCurrentIndex(0)
            self._filling = False
            return
        self._filling = True
        self.vendor.setCurrentIndex(max(self.vendor.findData(view.vendor.id), 0))
        self._filling = False
        v = view.vendor
        contact = " · ".join(x for x in (v.email, v.website) if x)
        if view.key is None:
            key = tr("no public key: packages are signed, not encrypted, and anyone who gets "
                     "them can read them")
        elif view.can_encrypt:
            key = tr("encrypted to their key {key}").format(key=view.key.display)
        else:
            key = tr("their {curve} key signs only: packages are not encrypted").format(
                curve=view.key.curve)
        self.vendor_detail.setText(" — ".join(x for x in (contact, key) if x))

    def fill_profiles(self, profiles: list[Any], select_id: Any) -> None:
        """Offer the chosen vendor's saved profiles."""
        self.profile.clear()
        self.profile.addItem(tr("None saved") if not profiles else tr("— choose —"), None)
        for item in profiles:
            self.profile.addItem(item.name, item.id)
        self.profile.setEnabled(bool(profiles))
        if profiles:
            self.profile.setCurrentIndex(max(self.profile.findData(select_id), 0))

    def apply(self, choices: Any) -> None:
        """Fill in suggested :class:`~cmrdesk.ui.share_presenter.Choices`."""
        self._filling = True
        try:
            self.kind.setCurrentIndex(self.kind.findData(choices.kind.value))
            self.expires.setDate(qdate(choices.expires))
            if choices.purpose_text is not None:
                self.purpose_text.setText(choices.purpose_text)
            if choices.terms is not None:
                terms = choices.terms
                self.retention.setValue(terms.retention_days)
                self.onward.setChecked(terms.onward_sharing)
                self.profiling.setChecked(terms.profiling)
                self.marketing.setChecked(terms.marketing)
                self.delete_on_request.setChecked(terms.delete_on_request)
                self.jurisdiction.setText(terms.jurisdiction)
            if choices.intent is not None:
                self.intent_text.setPlainText(choices.intent.text)
                for key, box in self.contact.items():
                    box.setChecked(key in choices.intent.contact)
            if choices.selection is not None:
                self.picker.set_selection(choices.selection)
        finally:
            self._filling = False

    def set_identity(self, display: str) -> None:
        """Show the signing key."""
        self.identity_label.setText(tr(
            "Every package is signed with your {key}. Vendors can pin this fingerprint "
            "to know later packages come from you.").format(key=display) if display else "")

    def clear(self) -> None:
        """Forget every choice (the vault locked)."""
        self._filling = True
        try:
            self.vendor.clear()
            self.profile.clear()
            self.picker.set_catalogue({}, {})
            self.kind.setCurrentIndex(0)
            self.intent_text.clear()
            self.purpose_text.clear()
            self.identity_label.clear()
            self.vendor_detail.clear()
        finally:
            self._filling = False

    # --- what the person chose -----------------------------------------------------------------

    def current_kind(self) -> PurposeKind | None:
        """The chosen purpose kind, or ``None`` before one is chosen."""
        data = self.kind.currentData()
        return PurposeKind(data) if data is not None else None

    def request(self, vendor: Vendor | None) -> Any:
        """The :class:`~cmrdesk.services.sharing.ShareRequest` the widgets describe.

        Raises ``CmrdeskError`` before a vendor and a purpose are chosen, and
        ``ValidationError`` for a choice the terms do not allow (a bad country code).
        """
        from cmrdesk.services.sharing import ShareRequest

        if vendor is None:
            raise CmrdeskError(tr("choose a vendor"))
        kind = self.current_kind()
        if kind is None:
            raise CmrdeskError(tr("choose a purpose under “2. Why”"))
        return ShareRequest(
            vendor=vendor,
            selection=self.picker.selection(),
            purpose=Purpose(kind, self.purpose_text.text().strip()),
            terms=Terms(
                retention_days=self.retention.value(),
                onward_sharing=self.onward.isChecked(),
                profiling=self.profiling.isChecked(),
                marketing=self.marketing.isChecked(),
                delete_on_request=self.delete_on_request.isChecked(),
                jurisdiction=self.jurisdiction.text().strip(),
            ),
            intent=Intent(text=self.intent_text.toPlainText().strip(),
                          contact=tuple(k for k, box in self.contact.items()
                                        if box.isChecked())),
            expires=self.expires.date().toPython(),
        )

    # --- internals -----------------------------------------------------------------------------

    def _user_edit(self, *_args: Any) -> None:
        if not self._filling:
            self.edited.emit()

    def _vendor_index_changed(self, _index: int) -> None:
        if not self._filling:
            self.vendor_picked.emit(self.vendor.currentData())

    def _kind_activated(self, _index: int) -> None:
        kind = self.current_kind()
        if kind is not None:
            self.kind_picked.emit(kind)

    def _jurisdiction_edited(self, text: str) -> None:
        if text != text.upper():
            self.jurisdiction.setText(text.upper())
        self._user_edit()
