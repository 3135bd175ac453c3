"""Share: choose a vendor, the fields and how precisely each leaves, purpose, terms, intent and
expiry; see exactly what they will receive; export a signed (and, with their key, encrypted)
package in one click, with a receipt kept in the vault.

The page is a view over :class:`~cmrdesk.ui.share_presenter.SharePresenter`, which holds the
catalogue, the vendors and the chosen one, and calls the services on the controller's worker.
The choices are drawn by :class:`~cmrdesk.ui.share_choices.ChoicesView`, the preview by
:class:`~cmrdesk.ui.share_preview.PreviewPanel`; only the PDF is drawn here on the GUI thread
(Qt's text layout belongs to it) and handed to the export as bytes. Dialogs go through
attributes that tests replace, so no test ever waits on a modal window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cmrdesk.domain import CmrdeskError, Vendor

from .. import share_dialogs as dialogs
from ..errors import error_text
from ..i18n import QT_TR_NOOP, tr
from ..share_choices import ChoicesView
from ..share_presenter import SharePresenter
from ..share_preview import PreviewPanel
from ..widgets import Card, EmptyState, link_button, make_label, primary_button, set_role
from . import Page, PageContext, page_specs, register_page

#: Quiet time after the last change before the preview is rebuilt (typing stays smooth).
PREVIEW_DELAY_MS = 150
#: Narrower than this, the preview goes under the choices in one scrolling column (the export
#: bar stays in sight below it): side by side, neither would have room to be read.
WIDE = 1000


def scroll_area(inner: QWidget) -> QScrollArea:
    """A frameless, vertically scrolling area around ``inner``."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    inner.setObjectName("content")
    scroll.setWidget(inner)
    return scroll


@register_page("share", QT_TR_NOOP("Share"), "share", 50, "Ctrl+5")
class SharePage(Page):
    """The share panel: choices on the left, the live preview and the export on the right."""

    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        self.presenter = SharePresenter(context.controller, context.settings, self)
        #: Seams for tests (dialogs never block a test).
        self.run_vendor_dialog: Callable[[Vendor | None], Vendor | None] = \
            lambda vendor: dialogs.edit_vendor(self, vendor)
        self.ask_profile_name: Callable[[str], str | None] = \
            lambda suggestion: dialogs.ask_profile_name(self, suggestion)
        self.choose_folder: Callable[[Path], Path | None] = \
            lambda current: dialogs.ask_folder(self, current)
        self.choose_key_path: Callable[[], Path | None] = lambda: dialogs.ask_key_path(self)
        #: Asked before the first readable (unencrypted) package to a vendor: their name in,
        #: ``True`` to go ahead.
        self.confirm_readable: Callable[[str], bool] = \
            lambda vendor: dialogs.confirm_readable(self, vendor)
        self.open_url: Callable[[QUrl], Any] = QDesktopServices.openUrl
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self._build()
        self._connect()
        self.palette_changed(context.theme.palette)

    # --- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        outer = self.outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 22, 28, 20)
        outer.setSpacing(6)
        outer.addWidget(make_label(tr("Share"), "pageTitle"))
        outer.addWidget(make_label(tr(
            "Choose what a vendor learns and how precisely. Nothing leaves this computer "
            "until you export, and every export is kept as a receipt in History."),
            "muted", wrap=True))
        self.ask_offers = link_button(tr("Ask for offers…"))
        self.ask_offers.setToolTip(tr("Ask several vendors for an offer at once"))
        self.ask_offers.clicked.connect(lambda: self.ask_for_offers())
        self.request_dialog: Any = None  # the open "Ask for offers" form, if any
        outer.addWidget(self.ask_offers, 0, Qt.AlignmentFlag.AlignLeft)
        self.choices = ChoicesView()
        self.choices.picker.key_in_pages = {spec.key for spec in page_specs()}
        self.choices_scroll = scroll_area(self.choices)
        # A scroll area does not ask for its content's width: say it, so the splitter never
        # squeezes the field list below what its columns need.
        self.choices_scroll.setMinimumWidth(
            self.choices.minimumSizeHint().width()
            + self.choices_scroll.verticalScrollBar().sizeHint().width())
        self.no_vendors = EmptyState(tr("No vendors yet"), tr(
            "Add the bank, insurer, landlord or adviser you want to share with."),
            tr("Add a vendor…"))
        assert self.no_vendors.button is not None
        self.no_vendors.button.clicked.connect(lambda: self.edit_vendor(None))
        self.no_vendors.hide()
        left = QWidget()
        box = QVBoxLayout(left)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.no_vendors)
        box.addWidget(self.choices_scroll, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.right = self._output()
        self.splitter.addWidget(self.right)
        self._wide = True
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setSizes([620, 440])
        outer.addWidget(self.splitter, 1)
        self.loading = make_label(tr("Reading your vault…"), "muted")
        outer.addWidget(self.loading)

    def _output(self) -> QWidget:
        holder = QWidget()
        layout = self.right_layout = QVBoxLayout(holder)
        layout.setContentsMargins(12, 10, 0, 10)
        layout.setSpacing(10)
        self.panel = PreviewPanel()
        inner = QWidget()
        inner_layout = self.preview_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(0, 0, 4, 0)
        inner_layout.addWidget(self.panel)
        inner_layout.addStretch(1)
        self.preview_scroll = scroll_area(inner)
        layout.addWidget(self.preview_scroll, 1)

        bar = self.bar = Card(spacing=8)
        where = QHBoxLayout()
        self.folder_label = make_label("", "muted", wrap=True, selectable=True)
        self.change_folder = link_button(tr("Change…"))
        self.change_folder.clicked.connect(self._change_folder)
        where.addWidget(self.folder_label, 1)
        where.addWidget(self.change_folder, 0, Qt.AlignmentFlag.AlignTop)
        bar.body.addLayout(where)
        self.to_preview = link_button(tr("See what leaves"))
        self.to_preview.setToolTip(tr("Scroll to the preview of the package"))
        self.to_preview.clicked.connect(
            lambda: self.choices_scroll.ensureWidgetVisible(self.panel, 0, 0))
        self.to_preview.hide()  # only needed when the preview is under the choices
        go = QHBoxLayout()
        go.addWidget(self.to_preview, 0, Qt.AlignmentFlag.AlignTop)
        self.status = make_label("", "muted", wrap=True, selectable=True)
        self.export_button = primary_button(tr("Export package"))
        self.export_button.setAccessibleName(tr("Export the package"))
        self.export_button.clicked.connect(self.export)
        self.export_button.setEnabled(False)
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

    def _connect(self) -> None:
        """What the person does goes to the presenter; what it says comes back here."""
        choices, presenter = self.choices, self.presenter
        choices.edited.connect(self._edited)
        choices.vendor_picked.connect(presenter.choose_vendor)
        choices.kind_picked.connect(presenter.choose_purpose)
        choices.profile_picked.connect(presenter.apply_profile)
        choices.new_vendor_wanted.connect(lambda: self.edit_vendor(None))
        choices.edit_vendor_wanted.connect(lambda: self.edit_vendor(presenter.current_vendor()))
        choices.save_profile_wanted.connect(self.save_profile)
        choices.save_key_wanted.connect(self.save_identity_key)
        choices.picker.key_in_wanted.connect(
            lambda page, where: self.context.navigate(page, section=where))
        presenter.loaded.connect(self._loaded)
        presenter.load_failed.connect(self._load_failed)
        presenter.vendors_changed.connect(self._vendors_changed)
        presenter.vendor_changed.connect(self._vendor_changed)
        presenter.profiles_changed.connect(
            lambda chosen: choices.fill_profiles(presenter.vendor_profiles(), chosen))
        presenter.choices_suggested.connect(self._suggested)
        presenter.preview_shown.connect(self._preview_shown)
        presenter.preview_empty.connect(self._preview_empty)
        presenter.status_changed.connect(self._say)
        presenter.exported.connect(self._exported)
        presenter.export_failed.connect(
            lambda _e: self.export_button.setEnabled(presenter.preview is not None))

    def resizeEvent(self, event: Any) -> None:
        self._set_wide(event.size().width() >= WIDE)
        super().resizeEvent(event)

    def _set_wide(self, wide: bool) -> None:
        """Side by side, or one column (the preview after the choices, the bar below)."""
        if wide == self._wide:
            return
        self._wide = wide
        if wide:
            self.preview_layout.insertWidget(0, self.panel)
            self.right_layout.addWidget(self.bar)
            self.right.show()
            self.to_preview.hide()
        else:
            column = self.choices.layout()
            column.insertWidget(column.count() - 1, self.panel)  # before the closing stretch
            self.outer.insertWidget(self.outer.indexOf(self.splitter) + 1, self.bar)
            self.right.hide()
            self.to_preview.show()
        for moved in (self.panel, self.bar):
            moved.show()  # now, not at the layout's next turn of the event loop

    # --- page hooks ----------------------------------------------------------------------------

    def vault_loaded(self, ledger: Any) -> None:
        self.presenter.stale = True  # new figures: the catalogue is rebuilt when shown
        if self.isVisible():
            self.load()

    def vault_locked(self) -> None:
        self._timer.stop()
        self.presenter.forget()
        self.choices.clear()
        self.panel.show_empty()
        self.status.clear()
        self.export_button.setEnabled(False)
        self.open_folder.hide()
        self.see_history.hide()

    def palette_changed(self, palette: Any) -> None:
        self.panel.set_colours(palette)
        self.choices.picker.set_muted(palette.muted)

    def shown(self, **arguments: Any) -> None:
        if arguments.get("ask_offers") is not None:  # from a piece of advice
            self.ask_for_offers(arguments["ask_offers"])
        if self.presenter.stale:
            self.load(vendor_id=arguments.get("vendor_id"))
        elif arguments.get("vendor_id") is not None:
            self.presenter.choose_vendor(arguments["vendor_id"])

    def ask_for_offers(self, advice: Any = None) -> None:
        """Open the request form, filled in for ``advice`` when it comes from one."""
        from ..request_form import open_request_form, prefill_for_advice

        ledger = getattr(self.context.controller, "ledger", None)
        prefill = prefill_for_advice(advice, getattr(ledger, "accounts", [])) if advice else {}

        def opened(dialog: Any) -> None:
            self.request_dialog = dialog

        def done(result: Any) -> None:
            self.status.setText(tr("{n} requests written to {folder}. Offers that come back "
                                   "are compared in History.").format(
                n=len(result.request.packages), folder=self.presenter.out_folder()))
            self.context.controller.refresh(result.change)

        open_request_form(self, self.context.controller, self.presenter.out_folder(),
                          prefill, opened, done, pages=[spec.key for spec in page_specs()],
                          key_in=lambda page, where: self.context.navigate(page, section=where))

    def load(self, vendor_id: int | None = None) -> None:
        """Build the catalogue and read vendors, profiles and the identity key (worker)."""
        self.loading.show()
        self.presenter.load(vendor_id)

    # --- what the presenter says ---------------------------------------------------------------

    def _loaded(self) -> None:
        self.loading.hide()
        self.choices.set_catalogue(self.presenter.catalogue)
        self.choices.set_identity(self.presenter.identity.display)

    def _load_failed(self, error: BaseException) -> None:
        self.loading.hide()
        self.panel.show_empty(tr("The vault could not be read"), error_text(error))

    def _vendors_changed(self) -> None:
        has = bool(self.presenter.vendors)
        self.no_vendors.setVisible(not has)
        self.choices_scroll.setVisible(has)
        self.choices.fill_vendors(self.presenter.vendors, self.presenter.vendor_id)

    def _vendor_changed(self, view: Any) -> None:
        self.choices.show_vendor(view)
        self.export_button.setEnabled(False)
        if view is None:
            self.refresh_preview()  # at once: "choose a vendor"
        else:
            self._timer.start()  # a suggestion for this vendor usually follows at once

    def _suggested(self, choices: Any) -> None:
        self.choices.apply(choices)
        self.refresh_preview()

    def _edited(self) -> None:
        self.presenter.mark_edited()
        self.export_button.setEnabled(False)  # the preview shown is out of date
        self._timer.start()

    def _preview_shown(self, shown: Any) -> None:
        self.panel.show_preview(shown)
        self.export_button.setEnabled(True)

    def _preview_empty(self, title: str, text: str) -> None:
        self.panel.show_empty(title, text)
        self.export_button.setEnabled(False)

    def _say(self, text: str, role: str) -> None:
        self.status.setText(text)
        set_role(self.status, role)

    # --- the person's actions ------------------------------------------------------------------

    def current_kind(self) -> Any:
        """The chosen purpose kind (``None`` before one is chosen)."""
        return self.choices.current_kind()

    def request(self) -> Any:
        """The ``ShareRequest`` the choices describe (``CmrdeskError`` when incomplete)."""
        return self.choices.request(self.presenter.current_vendor())

    def refresh_preview(self) -> None:
        """Rebuild the preview now (on the worker; it reads the identity key)."""
        self._timer.stop()
        self.export_button.setEnabled(False)
        self.presenter.refresh_preview(self.request)

    def export(self) -> None:
        """Sign, maybe encrypt, and write the package, and keep its receipt: one click (and,
        the first time to a vendor without an encryption key, one question)."""
        from ..pdf import render_pdf

        if self.presenter.catalogue is None:
            return
        try:
            request = self.request()
        except CmrdeskError as error:
            self._say(tr("Nothing was written. {reason}").format(reason=error_text(error)),
                      "negative")
            return
        if self.presenter.needs_readable_consent():
            if not self.confirm_readable(request.vendor.name):
                self._say(tr("Nothing was written. Add {vendor}'s public key (Edit) to send "
                             "it encrypted.").format(vendor=request.vendor.name), "muted")
                return
            self.presenter.consent_readable()
        self.export_button.setEnabled(False)
        self.presenter.export(request, render_pdf)

    def _exported(self, _result: Any) -> None:
        self.open_folder.show()
        self.see_history.show()
        self.export_button.setEnabled(True)

    def edit_vendor(self, vendor: Vendor | None) -> None:
        """Add a vendor (``None``) or edit one, then store it on the worker."""
        entered = self.run_vendor_dialog(vendor)
        if entered is not None:
            self.presenter.save_vendor(entered)

    def save_profile(self) -> None:
        """Save the current choices as a named profile of this vendor."""
        if self.presenter.catalogue is None or self.presenter.current_vendor() is None:
            return
        try:
            request = self.request()
        except CmrdeskError as error:
            self._say(tr("Nothing was saved. {reason}").format(reason=error_text(error)),
                      "negative")
            return
        name = self.ask_profile_name(tr(request.purpose.kind.title))
        if name:
            self.presenter.save_profile(name, request)

    def save_identity_key(self) -> None:
        """Write the public identity key (JWK) where the person chooses."""
        if self.presenter.identity is None:
            return
        path = self.choose_key_path()
        if path is None:
            return
        try:
            path.write_text(self.presenter.identity.text() + "\n", encoding="utf-8")
        except OSError as error:
            self._say(tr("Nothing was written. {reason}").format(reason=error_text(error)),
                      "negative")
            return
        self._say(tr("Your public key was saved to {path}.").format(path=path), "muted")

    def _show_folder(self) -> None:
        self.folder_label.setText(tr("Packages go to {folder}").format(
            folder=self.presenter.out_folder()))

    def _change_folder(self) -> None:
        folder = self.choose_folder(self.presenter.out_folder())
        if folder is not None:
            self.presenter.set_out_folder(folder)
            self._show_folder()

    def _open_package(self) -> None:
        if self.presenter.last_export is not None:
            self.open_url(QUrl.fromLocalFile(str(self.presenter.last_export.package)))

    def _see_history(self) -> None:
        if self.presenter.last_export is not None:
            self.context.navigate("history", receipt_id=self.presenter.last_export.receipt_id)
