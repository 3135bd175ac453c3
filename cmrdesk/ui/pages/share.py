"""Share: choose a vendor, the fields and how precisely each leaves, purpose, terms, intent and
expiry; see exactly what they will receive; export a signed (and, with their key, encrypted)
package in one click, with a receipt kept in the vault.

The page holds the field catalogue built once per visit (on the worker) so the preview and the
export use the very values the person saw. Every vault read and write goes through the
controller's worker; only the PDF is drawn here on the GUI thread (Qt's text layout belongs to
it) and handed to the export as bytes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cmrdesk.disclosure import Intent, Purpose, PurposeKind, Terms
from cmrdesk.disclosure.terms import MAX_RETENTION_DAYS
from cmrdesk.domain import CmrdeskError, Vendor, VendorKind

from ..errors import error_text
from ..field_picker import FieldPicker
from ..i18n import tr
from ..settings import SHARE_FOLDER
from ..share_dialogs import KIND_NAMES, VendorDialog
from ..share_preview import PreviewPanel
from ..widgets import Card, EmptyState, link_button, make_label, primary_button, set_role
from . import Page, PageContext, register_page

#: Templates a vendor's kind suggests when nothing has been chosen for them yet.
KIND_TEMPLATES = {
    VendorKind.BANK: PurposeKind.MORTGAGE_PRECHECK,
    VendorKind.ADVISER: PurposeKind.ADVISER_INTAKE,
    VendorKind.INSURER: PurposeKind.INSURANCE_QUOTE,
    VendorKind.LANDLORD: PurposeKind.RENTAL_APPLICATION,
}
CONTACT_WAYS = (("email", "E-mail"), ("phone", "Phone"), ("post", "Post"))
#: Quiet time after the last change before the preview is rebuilt (typing stays smooth).
PREVIEW_DELAY_MS = 150


@register_page("share", "Share", "share", 50, "Ctrl+5")
class SharePage(Page):
    """The share panel: choices on the left, the live preview and the export on the right."""

    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        self.catalogue: Any = None
        self.vendors: list[Any] = []  # cmrdesk.services.sharing.VendorView
        self.profiles: list[Any] = []  # every saved ShareProfile
        self.identity: Any = None
        self.preview: Any = None  # the last Preview shown
        self.last_export: Any = None  # the last ExportResult
        self._stale = True
        self._filling = False
        self._edited = False  # the person changed a choice since the last template/profile
        self._preview_generation = 0
        #: Seams for tests (dialogs never block a test).
        self.run_vendor_dialog: Callable[[Vendor | None], Vendor | None] = self._vendor_dialog
        self.ask_profile_name: Callable[[str], str | None] = self._profile_name_dialog
        self.choose_folder: Callable[[Path], Path | None] = self._folder_dialog
        self.choose_key_path: Callable[[], Path | None] = self._key_path_dialog
        self.open_url: Callable[[QUrl], Any] = QDesktopServices.openUrl
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self._build()
        self.palette_changed(context.theme.palette)

    # --- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 22, 28, 20)
        outer.setSpacing(6)
        outer.addWidget(make_label(tr("Share"), "pageTitle"))
        outer.addWidget(make_label(tr(
            "Choose what a vendor learns and how precisely. Nothing leaves this computer "
            "until you export, and every export is kept as a receipt in History."),
            "muted", wrap=True))
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._choices())
        self.splitter.addWidget(self._output())
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setSizes([620, 440])
        outer.addWidget(self.splitter, 1)
        self.loading = make_label(tr("Reading your vault…"), "muted")
        outer.addWidget(self.loading)

    def _scroll(self, inner: QWidget) -> QScrollArea:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner.setObjectName("content")
        scroll.setWidget(inner)
        return scroll

    def _choices(self) -> QWidget:
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(0, 10, 12, 10)
        layout.setSpacing(14)

        who = Card(spacing=8)
        who.body.addWidget(make_label(tr("1. Who receives it"), "sectionTitle"))
        row = QHBoxLayout()
        self.vendor = QComboBox()
        self.vendor.setAccessibleName(tr("Vendor"))
        self.vendor.setMinimumWidth(200)
        self.vendor.currentIndexChanged.connect(self._vendor_changed)
        self.new_vendor = QPushButton(tr("New vendor…"))
        self.new_vendor.clicked.connect(lambda: self.edit_vendor(None))
        self.edit_vendor_button = link_button(tr("Edit"))
        self.edit_vendor_button.clicked.connect(lambda: self.edit_vendor(self.current_vendor()))
        row.addWidget(self.vendor, 1)
        row.addWidget(self.edit_vendor_button)
        row.addWidget(self.new_vendor)
        who.body.addLayout(row)
        self.vendor_detail = make_label("", "muted", wrap=True)
        who.body.addWidget(self.vendor_detail)
        profile_row = QHBoxLayout()
        self.profile = QComboBox()
        self.profile.setAccessibleName(tr("Saved choices for this vendor"))
        self.profile.activated.connect(self._profile_chosen)
        self.save_profile_button = link_button(tr("Save these choices…"))
        self.save_profile_button.clicked.connect(self.save_profile)
        profile_row.addWidget(make_label(tr("Saved choices"), "muted"))
        profile_row.addWidget(self.profile, 1)
        profile_row.addWidget(self.save_profile_button)
        who.body.addLayout(profile_row)
        layout.addWidget(who)

        why = Card(spacing=8)
        why.body.addWidget(make_label(tr("2. Why"), "sectionTitle"))
        form = QFormLayout()
        self.kind = QComboBox()
        for kind in PurposeKind:
            self.kind.addItem(tr(kind.title), kind.value)
        self.kind.setAccessibleName(tr("Purpose"))
        self.kind.activated.connect(lambda _i: self.apply_template(self.current_kind()))
        self.purpose_text = QLineEdit()
        self.purpose_text.setPlaceholderText(tr("In your own words, what it is for"))
        self.purpose_text.setAccessibleName(tr("Purpose in your own words"))
        self.expires = QDateEdit()
        self.expires.setCalendarPopup(True)
        self.expires.setDisplayFormat("yyyy-MM-dd")
        self.expires.setAccessibleName(tr("Valid until"))
        form.addRow(tr("Purpose"), self.kind)
        form.addRow(tr("Details"), self.purpose_text)
        form.addRow(tr("Valid until"), self.expires)
        why.body.addLayout(form)
        why.body.addWidget(make_label(tr("Choosing a purpose ticks the fields it usually needs, "
                                         "at the least revealing precision that answers it."),
                                      "muted", wrap=True))
        layout.addWidget(why)

        what = Card(spacing=8)
        what.body.addWidget(make_label(tr("3. What they learn"), "sectionTitle"))
        self.picker = FieldPicker()
        self.picker.setMinimumHeight(440)
        self.picker.changed.connect(self.schedule_preview)
        what.body.addWidget(self.picker)
        layout.addWidget(what)

        terms = Card(spacing=8)
        terms.body.addWidget(make_label(tr("4. On your terms"), "sectionTitle"))
        tform = QFormLayout()
        self.retention = QSpinBox()
        self.retention.setRange(1, MAX_RETENTION_DAYS)
        self.retention.setSuffix(tr(" days"))
        self.retention.setAccessibleName(tr("Delete after"))
        self.retention.setMaximumWidth(140)
        self.jurisdiction = QLineEdit()
        self.jurisdiction.setMaxLength(2)
        self.jurisdiction.setMaximumWidth(60)
        self.jurisdiction.setPlaceholderText("NL")
        self.jurisdiction.setAccessibleName(tr("Law that applies (country code)"))
        tform.addRow(tr("Delete after"), self.retention)
        tform.addRow(tr("Law of (country code)"), self.jurisdiction)
        terms.body.addLayout(tform)
        self.onward = QCheckBox(tr("They may pass it on to third parties"))
        self.profiling = QCheckBox(tr("They may profile or score me beyond this purpose"))
        self.marketing = QCheckBox(tr("They may use it for marketing"))
        self.delete_on_request = QCheckBox(tr("They must delete it when I ask"))
        for box in (self.onward, self.profiling, self.marketing, self.delete_on_request):
            terms.body.addWidget(box)
            box.toggled.connect(self.schedule_preview)
        self.retention.valueChanged.connect(self.schedule_preview)
        self.jurisdiction.textEdited.connect(self._jurisdiction_edited)
        layout.addWidget(terms)

        intent = Card(spacing=8)
        intent.body.addWidget(make_label(tr("5. What you want from them"), "sectionTitle"))
        self.intent_text = QPlainTextEdit()
        self.intent_text.setPlaceholderText(tr(
            "e.g. fixed-rate mortgage offers up to 250,000 over 10–15 years; no credit cards"))
        self.intent_text.setAccessibleName(tr("What you want from them"))
        self.intent_text.setFixedHeight(64)
        self.intent_text.textChanged.connect(self.schedule_preview)
        intent.body.addWidget(self.intent_text)
        contact = QHBoxLayout()
        contact.addWidget(make_label(tr("Contact me by"), "muted"))
        self.contact: dict[str, QCheckBox] = {}
        for key, text in CONTACT_WAYS:
            box = QCheckBox(tr(text))
            box.toggled.connect(self.schedule_preview)
            self.contact[key] = box
            contact.addWidget(box)
        contact.addStretch(1)
        intent.body.addLayout(contact)
        layout.addWidget(intent)

        me = Card(spacing=6)
        me.body.addWidget(make_label(tr("Your signing key"), "sectionTitle"))
        self.identity_label = make_label("", "muted", wrap=True, selectable=True)
        me.body.addWidget(self.identity_label)
        self.save_key = link_button(tr("Save your public key for a vendor to pin…"))
        self.save_key.clicked.connect(self.save_identity_key)
        me.body.addWidget(self.save_key, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(me)
        layout.addStretch(1)

        for widget in (self.purpose_text,):
            widget.textChanged.connect(self.schedule_preview)
        self.expires.dateChanged.connect(self.schedule_preview)
        self.choices_scroll = self._scroll(inner)
        self.no_vendors = EmptyState(tr("No vendors yet"), tr(
            "Add the bank, insurer, landlord or adviser you want to share with."),
            tr("Add a vendor…"))
        assert self.no_vendors.button is not None
        self.no_vendors.button.clicked.connect(lambda: self.edit_vendor(None))
        self.no_vendors.hide()
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.no_vendors)
        box.addWidget(self.choices_scroll, 1)
        return holder

    def _output(self) -> QWidget:
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(12, 10, 0, 10)
        layout.setSpacing(10)
        self.panel = PreviewPanel()
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(0, 0, 4, 0)
        inner_layout.addWidget(self.panel)
        inner_layout.addStretch(1)
        self.preview_scroll = self._scroll(inner)
        layout.addWidget(self.preview_scroll, 1)

        bar = Card(spacing=8)
        where = QHBoxLayout()
        self.folder_label = make_label("", "muted", wrap=True, selectable=True)
        self.change_folder = link_button(tr("Change…"))
        self.change_folder.clicked.connect(self._change_folder)
        where.addWidget(self.folder_label, 1)
        where.addWidget(self.change_folder)
        bar.body.addLayout(where)
        go = QHBoxLayout()
        self.status = make_label("", "muted", wrap=True, selectable=True)
        self.export_button = primary_button(tr("Export package"))
        self.export_button.setAccessibleName(tr("Export the package"))
        self.export_button.clicked.connect(self.export)
        go.addWidget(self.status, 1)
        go.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)
        bar.body.addLayout(go)
        after = QHBoxLayout()
        self.open_folder = link_button(tr("Open the package folder"))
        self.open_folder.clicked.connect(self._open_package)
        self.see_history = link_button(tr("See it in History"))
        self.see_history.clicked.connect(self._see_history)
        after.addWidget(self.open_folder)
        after.addWidget(self.see_history)
        after.addStretch(1)
        bar.body.addLayout(after)
        self.open_folder.hide()
        self.see_history.hide()
        layout.addWidget(bar)
        self._show_folder()
        return holder

    # --- page hooks ----------------------------------------------------------------------------

    def vault_loaded(self, ledger: Any) -> None:
        self._stale = True  # new figures: the catalogue is rebuilt when the page is shown
        if self.isVisible():
            self.load()

    def vault_locked(self) -> None:
        self._timer.stop()
        self._preview_generation += 1
        self.catalogue = None
        self.identity = None
        self.preview = None
        self.last_export = None
        self.vendors = []
        self.profiles = []
        self._stale = True
        self._filling = True
        self.vendor.clear()
        self.profile.clear()
        self._filling = False
        self.picker.set_catalogue({}, {})
        self.panel.show_empty()
        self.intent_text.clear()
        self.purpose_text.clear()
        self.identity_label.clear()
        self.status.clear()
        self.open_folder.hide()
        self.see_history.hide()

    def palette_changed(self, palette: Any) -> None:
        self.panel.set_colours(palette)
        self.picker.set_muted(palette.muted)

    def shown(self, **arguments: Any) -> None:
        if self._stale:
            self.load(vendor_id=arguments.get("vendor_id"))
        elif arguments.get("vendor_id") is not None:
            self.select_vendor(arguments["vendor_id"])

    # --- loading -------------------------------------------------------------------------------

    def load(self, vendor_id: int | None = None) -> None:
        """Build the catalogue and read vendors, profiles and the identity key (worker)."""
        from cmrdesk.services import sharing

        self._stale = False
        self.loading.show()
        keep = vendor_id if vendor_id is not None else self._vendor_id()

        today = self.context.controller.today

        def work(session: Any) -> tuple[Any, ...]:
            return (sharing.build_catalogue(session, today=today), sharing.vendors(session),
                    sharing.profiles(session), sharing.identity(session))

        def done(result: tuple[Any, ...]) -> None:
            self.loading.hide()
            self.catalogue, self.vendors, self.profiles, self.identity = result
            self._filling = True
            self.picker.set_catalogue(self.catalogue, self.catalogue.groups())
            self.expires.setMinimumDate(_qdate(self.catalogue.as_of + timedelta(days=1)))
            self._filling = False
            self._edited = False
            self.identity_label.setText(tr(
                "Every package is signed with your {key}. Vendors can pin this fingerprint "
                "to know later packages come from you.").format(key=self.identity.display))
            self._fill_vendors(keep)
            self.refresh_preview()  # at once: the debounce is for edits, not for arriving

        self.context.controller.with_session(work, done, self._load_failed, label="share")

    def _load_failed(self, error: BaseException) -> None:
        self.loading.hide()
        self._stale = True
        self.panel.show_empty(tr("The vault could not be read"), error_text(error))

    def _fill_vendors(self, select_id: int | None) -> None:
        self._filling = True
        self.vendor.clear()
        for view in self.vendors:
            v = view.vendor
            self.vendor.addItem(f"{v.name} · {tr(KIND_NAMES.get(v.kind, 'Other'))}", v.id)
        self._filling = False
        has = bool(self.vendors)
        self.no_vendors.setVisible(not has)
        self.choices_scroll.setVisible(has)
        index = self.vendor.findData(select_id) if select_id is not None else -1
        self._filling = True
        self.vendor.setCurrentIndex(max(index, 0) if has else -1)
        self._filling = False
        self._vendor_changed()

    # --- choices -------------------------------------------------------------------------------

    def current_vendor(self) -> Vendor | None:
        """The chosen vendor, or ``None``."""
        view = self._vendor_view()
        return view.vendor if view else None

    def _vendor_view(self) -> Any:
        vendor_id = self._vendor_id()
        return next((v for v in self.vendors if v.vendor.id == vendor_id), None)

    def _vendor_id(self) -> int | None:
        data = self.vendor.currentData()
        return int(data) if data is not None else None

    def select_vendor(self, vendor_id: int) -> None:
        """Choose the vendor with ``vendor_id``."""
        index = self.vendor.findData(vendor_id)
        if index >= 0:
            self.vendor.setCurrentIndex(index)

    def current_kind(self) -> PurposeKind:
        """The chosen purpose kind."""
        return PurposeKind(self.kind.currentData())

    def _vendor_changed(self, _index: int = -1) -> None:
        if self._filling or self.catalogue is None:
            return
        view = self._vendor_view()
        self.edit_vendor_button.setEnabled(view is not None)
        if view is None:
            self.vendor_detail.clear()
            self._fill_profiles([])
            self.schedule_preview()
            return
        v = view.vendor
        contact = " · ".join(x for x in (v.email, v.website) if x)
        if view.key is None:
            key = tr("no public key: packages are signed, not encrypted")
        elif view.can_encrypt:
            key = tr("encrypted to their key {key}").format(key=view.key.display)
        else:
            key = tr("their {curve} key signs only: packages are not encrypted").format(
                curve=view.key.curve)
        self.vendor_detail.setText(" — ".join(x for x in (contact, key) if x))
        mine = [p for p in self.profiles if p.vendor_id == v.id]
        self._fill_profiles(mine)
        if mine:
            self.apply_profile(mine[-1])  # the next export is one click: the last choices
        elif not self._edited:  # choices the person made stay when the vendor changes
            self.apply_template(KIND_TEMPLATES.get(VendorKind(v.kind), self.current_kind()))

    def _fill_profiles(self, mine: list[Any]) -> None:
        self.profile.clear()
        self.profile.addItem(tr("None saved") if not mine else tr("— choose —"), None)
        for item in mine:
            self.profile.addItem(item.name, item.id)
        self.profile.setEnabled(bool(mine))
        if mine:
            self.profile.setCurrentIndex(len(mine))

    def _profile_chosen(self, _index: int) -> None:
        profile_id = self.profile.currentData()
        chosen = next((p for p in self.profiles if p.id == profile_id), None)
        if chosen is not None:
            self.apply_profile(chosen)

    def apply_profile(self, profile: Any) -> None:
        """Fill every choice from a saved profile with today's values."""
        from cmrdesk.services.sharing import request_from_profile

        vendor = self.current_vendor()
        if vendor is None or self.catalogue is None:
            return
        request, missing = request_from_profile(profile, vendor, self.catalogue)
        self._apply_request(request)
        if missing:
            self.status.setText(tr("Your vault no longer has {n} field(s) of “{name}”; they "
                                   "are left out.").format(n=len(missing), name=profile.name))
            set_role(self.status, "muted")

    def apply_template(self, kind: PurposeKind) -> None:
        """The template of ``kind``: its fields, precisions, purpose text, terms and expiry
        (``other`` keeps the fields and clears the template's wording)."""
        from cmrdesk.services.sharing import DEFAULT_EXPIRES_DAYS, template_selection, templates

        if self.catalogue is None:
            return
        template = next((t for t in templates() if t.kind == kind), None)
        if template is None:
            self._set_kind(kind)
            self.expires.setDate(_qdate(self.catalogue.as_of
                                        + timedelta(days=DEFAULT_EXPIRES_DAYS)))
            self.schedule_preview()
            return
        from cmrdesk.services.sharing import ShareRequest

        vendor = self.current_vendor()
        if vendor is None:
            return
        self._apply_request(ShareRequest(
            vendor=vendor, selection=template_selection(self.catalogue, kind),
            purpose=Purpose(kind, tr(template.purpose_text)), terms=template.terms,
            intent=template.intent,
            expires=self.catalogue.as_of + timedelta(days=template.expires_days)))

    def _apply_request(self, request: Any) -> None:
        self._filling = True
        try:
            self._set_kind(request.purpose.kind)
            self.purpose_text.setText(request.purpose.text)
            if request.expires is not None:
                self.expires.setDate(_qdate(request.expires))
            terms = request.terms
            self.retention.setValue(terms.retention_days)
            self.onward.setChecked(terms.onward_sharing)
            self.profiling.setChecked(terms.profiling)
            self.marketing.setChecked(terms.marketing)
            self.delete_on_request.setChecked(terms.delete_on_request)
            self.jurisdiction.setText(terms.jurisdiction)
            self.intent_text.setPlainText(request.intent.text)
            for key, box in self.contact.items():
                box.setChecked(key in request.intent.contact)
            self.picker.set_selection(request.selection)
        finally:
            self._filling = False
        self.schedule_preview()
        self._edited = False  # suggested, not chosen: another vendor may suggest otherwise

    def _set_kind(self, kind: PurposeKind) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind.value))

    def _jurisdiction_edited(self, text: str) -> None:
        if text != text.upper():
            self.jurisdiction.setText(text.upper())
        self.schedule_preview()

    def request(self) -> Any:
        """The :class:`~cmrdesk.services.sharing.ShareRequest` the widgets describe.

        Raises ``ValidationError`` for a choice the terms do not allow (a bad country code).
        """
        from cmrdesk.services.sharing import ShareRequest

        vendor = self.current_vendor()
        if vendor is None:
            raise CmrdeskError(tr("choose a vendor"))
        return ShareRequest(
            vendor=vendor,
            selection=self.picker.selection(),
            purpose=Purpose(self.current_kind(), self.purpose_text.text().strip()),
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

    # --- preview -------------------------------------------------------------------------------

    def schedule_preview(self, *_args: Any) -> None:
        """Rebuild the preview shortly (changes in a burst make one preview)."""
        if not self._filling:
            self._edited = True
            self._preview_generation += 1  # a preview under way is now out of date
            self.export_button.setEnabled(False)
            self._timer.start()

    def refresh_preview(self) -> None:
        """Rebuild the preview now (on the worker; it reads the identity key)."""
        from cmrdesk.services import sharing

        self._timer.stop()
        self._preview_generation += 1
        generation = self._preview_generation
        self.preview = None
        self.export_button.setEnabled(False)
        if self.catalogue is None:
            return
        if self.current_vendor() is None:
            self.panel.show_empty(tr("Choose a vendor"), tr("Add or pick who receives it."))
            return
        if not self.picker.selection():
            self.panel.show_empty(tr("No field ticked"), tr(
                "Tick the fields they need. Unticked fields are not in the package at all."))
            return
        try:
            request = self.request()
        except CmrdeskError as error:
            self.panel.show_empty(tr("This cannot be shared yet"), error_text(error))
            return
        catalogue = self.catalogue

        def done(shown: Any) -> None:
            if generation == self._preview_generation:
                self.preview = shown
                self.panel.show_preview(shown)
                self.export_button.setEnabled(True)

        def failed(error: BaseException) -> None:
            if generation == self._preview_generation:
                self.panel.show_empty(tr("This cannot be shared yet"), error_text(error))

        self.context.controller.with_session(
            lambda s: sharing.preview(s, catalogue, request), done, failed, label="preview")

    # --- export --------------------------------------------------------------------------------

    def out_folder(self) -> Path:
        """Where packages are written (the setting, else Documents/cmrdesk disclosures)."""
        from cmrdesk.services.paths import default_share_folder

        chosen = self.context.settings.get(SHARE_FOLDER)
        return Path(chosen) if chosen else default_share_folder()

    def _show_folder(self) -> None:
        self.folder_label.setText(tr("Packages go to {folder}").format(folder=self.out_folder()))

    def _change_folder(self) -> None:
        folder = self.choose_folder(self.out_folder())
        if folder is not None:
            self.context.settings.set(SHARE_FOLDER, str(folder))
            self._show_folder()

    def export(self) -> None:
        """Sign, maybe encrypt, and write the package, and keep its receipt: one click.

        The preview is rebuilt first so the issue time is now, the PDF is drawn here (GUI
        thread) from that very document, and the worker signs and writes it.
        """
        from cmrdesk.services import sharing

        from ..pdf import render_pdf

        if self.catalogue is None:
            return
        try:
            request = self.request()
        except CmrdeskError as error:
            self._status_error(error)
            return
        catalogue, folder = self.catalogue, self.out_folder()
        self.export_button.setEnabled(False)
        self.status.setText(tr("Signing and writing the package…"))
        set_role(self.status, "muted")

        def write(shown: Any) -> None:
            pdf = render_pdf(shown.document)

            def same_pdf(document: dict[str, Any]) -> bytes:
                if document != shown.document:  # never sign one thing and draw another
                    raise CmrdeskError("the disclosure changed while it was being exported")
                return pdf

            self.context.controller.with_session(
                lambda s: sharing.export(s, shown, folder, render_pdf=same_pdf),
                self._exported, self._export_failed, label="export")

        self.context.controller.with_session(
            lambda s: sharing.preview(s, catalogue, request), write, self._export_failed,
            label="export")

    def _exported(self, result: Any) -> None:
        self.last_export = result
        how = tr("signed and encrypted") if result.encrypted else tr("signed")
        self.status.setText(tr("Exported, {how}: {path}. A receipt is in History.").format(
            how=how, path=result.package))
        set_role(self.status, "positive")
        self.open_folder.show()
        self.see_history.show()
        self.export_button.setEnabled(True)

    def _export_failed(self, error: BaseException) -> None:
        self._status_error(error)
        self.export_button.setEnabled(self.preview is not None)

    def _status_error(self, error: BaseException) -> None:
        self.status.setText(tr("Nothing was written. {reason}").format(
            reason=error_text(error)))
        set_role(self.status, "negative")

    def _open_package(self) -> None:
        if self.last_export is not None:
            self.open_url(QUrl.fromLocalFile(str(self.last_export.package)))

    def _see_history(self) -> None:
        if self.last_export is not None:
            self.context.navigate("history", receipt_id=self.last_export.receipt_id)

    # --- vendors, profiles, identity -----------------------------------------------------------

    def edit_vendor(self, vendor: Vendor | None) -> None:
        """Add a vendor (``None``) or edit one, then store it on the worker."""
        from cmrdesk.services import sharing

        entered = self.run_vendor_dialog(vendor)
        if entered is None:
            return

        def work(session: Any) -> tuple[Any, list[Any]]:
            if entered.id is None:
                sharing.add_vendor(session, entered)
            else:
                sharing.update_vendor(session, entered)
            return entered.id, sharing.vendors(session)

        def done(result: tuple[Any, list[Any]]) -> None:
            vendor_id, self.vendors = result
            self._fill_vendors(vendor_id)
            self.status.setText(tr("Vendor “{name}” saved.").format(name=entered.name))
            set_role(self.status, "muted")

        self.context.controller.with_session(work, done, self._status_error, label="vendor")

    def _vendor_dialog(self, vendor: Vendor | None) -> Vendor | None:
        dialog = VendorDialog(vendor, self)
        return dialog.result_vendor() if dialog.exec() else None

    def save_profile(self) -> None:
        """Save the current choices as a named profile of this vendor."""
        from cmrdesk.services import sharing

        if self.catalogue is None or self.current_vendor() is None:
            return
        try:
            request = self.request()
        except CmrdeskError as error:
            self._status_error(error)
            return
        name = self.ask_profile_name(tr(self.current_kind().title))
        if not name:
            return
        days = max(1, (request.expires - self.catalogue.as_of).days)

        def work(session: Any) -> list[Any]:
            sharing.save_profile(session, name, request, expires_days=days)
            return sharing.profiles(session)

        def done(found: list[Any]) -> None:
            self.profiles = found
            mine = [p for p in found if p.vendor_id == request.vendor.id]
            self._fill_profiles(mine)
            self.profile.setCurrentIndex(max(0, self.profile.findText(name.strip())))
            self.status.setText(tr("Saved as “{name}”: next time, choosing this vendor "
                                   "fills it in with that day's figures.").format(name=name))
            set_role(self.status, "muted")

        self.context.controller.with_session(work, done, self._status_error, label="profile")

    def _profile_name_dialog(self, suggestion: str) -> str | None:
        name, ok = QInputDialog.getText(self, tr("Save these choices"),
                                        tr("Name (for example the purpose):"), text=suggestion)
        return name.strip() if ok and name.strip() else None

    def save_identity_key(self) -> None:
        """Write the public identity key (JWK) where the person chooses."""
        if self.identity is None:
            return
        path = self.choose_key_path()
        if path is None:
            return
        try:
            path.write_text(self.identity.text() + "\n", encoding="utf-8")
        except OSError as error:
            self._status_error(error)
            return
        self.status.setText(tr("Your public key was saved to {path}.").format(path=path))
        set_role(self.status, "muted")

    def _folder_dialog(self, current: Path) -> Path | None:
        name = QFileDialog.getExistingDirectory(self, tr("Where packages go"), str(current))
        return Path(name) if name else None

    def _key_path_dialog(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, tr("Save your public key"), "signer.jwk",
                                              tr("JSON Web Key (*.jwk)"))
        return Path(name) if name else None


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
