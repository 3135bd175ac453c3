"""History: what each vendor has been told, when and on which terms; what changed; what expired.

The page is a view over :class:`~cmrdesk.ui.history_presenter.HistoryPresenter`, which reads
the receipts through :mod:`cmrdesk.services.history` on the worker each time the page is shown
(with a check of each package folder on disk) and keeps nothing once the vault locks. The cards
(:mod:`cmrdesk.ui.history_views`, :mod:`cmrdesk.ui.history_detail`) draw what it hands them.
Drafts (a deletion request, a follow-up) are ``mailto:`` URLs opened in the person's own mail
program through :attr:`HistoryPage.open_url`, which tests replace so that no mail program ever
starts.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QBoxLayout, QVBoxLayout, QWidget

from cmrdesk.services.history import DisclosureEntry, HistoryRead

from .. import fmt
from ..clipboard import copy_briefly
from ..history_detail import CompareCard, ReceiptCard
from ..history_presenter import HistoryPresenter, VendorShown
from ..history_rows import VENDOR_WIDTH
from ..history_views import DisclosuresCard, KnowsCard, VendorListCard
from ..i18n import QT_TR_NOOP, plural, tr
from ..offers_presenter import OffersPresenter
from ..offers_views import OffersCard, VendorOverviewCard
from ..widgets import EmptyState, make_label
from . import Page, PageContext, make_scroll_page, register_page

#: Narrower than this, the vendor list goes above the details instead of beside them.
WIDE = 900


@register_page("history", QT_TR_NOOP("History"), "history", 60, "Ctrl+6")
class HistoryPage(Page):
    """Per vendor: what they know, every disclosure, what changed, what expired; drafts."""

    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        #: Opens a ``mailto:`` or ``file:`` URL (tests put a recorder here).
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
        self.presenter = HistoryPresenter(context.controller, self)

        _inner, layout = make_scroll_page(self)
        layout.addWidget(make_label(tr("History"), "pageTitle"))
        self.subtitle = make_label(tr("What you have told each vendor, when, and on which "
                                      "terms."), "muted", wrap=True)
        layout.addWidget(self.subtitle)
        self.empty = EmptyState(
            tr("Nothing shared yet"),
            tr("Each time you share facts with a vendor, a receipt is kept here: what you told "
               "them, how precisely, on which terms and until when."),
            tr("Share with a vendor…"))
        assert self.empty.button is not None
        self.empty.button.clicked.connect(lambda: self.context.navigate("share"))
        self.empty.hide()
        layout.addWidget(self.empty)

        self.body = QWidget()
        self.row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self.body)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(16)
        self.vendor_card = VendorListCard()
        self.row.addWidget(self.vendor_card, 0, Qt.AlignmentFlag.AlignTop)
        self.detail = QWidget()
        column = QVBoxLayout(self.detail)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(16)
        self.knows_card = KnowsCard()
        # The two-way part: the relationship at a glance, and offers compared.
        self.offers = OffersPresenter(context.controller, self)
        self.overview_card = VendorOverviewCard()
        self.offers_card = OffersCard(context.theme.palette)
        #: Where a signed offer file comes from (tests put a path here).
        self.choose_offer_file: Callable[[], Any] = self._ask_offer_file
        column.addWidget(self.overview_card)
        self.disclosures_card = DisclosuresCard()
        self.compare_card = CompareCard()
        self.receipt_card = ReceiptCard()
        for card in (self.knows_card, self.offers_card, self.disclosures_card,
                     self.compare_card, self.receipt_card):
            column.addWidget(card)
        column.addStretch(1)
        self.row.addWidget(self.detail, 1)
        self.body.hide()
        layout.addWidget(self.body)
        layout.addStretch(1)

        # What the person does goes to the presenter; what it decides comes back to the cards.
        presenter = self.presenter
        self.vendor_card.chosen.connect(presenter.choose_vendor)
        self.disclosures_card.chosen.connect(presenter.choose_receipt)
        self.disclosures_card.draft_wanted.connect(presenter.draft)
        self.disclosures_card.folder_wanted.connect(self._open_folder)
        self.compare_card.pair_changed.connect(presenter.compare)
        presenter.read_done.connect(self._show_read)
        presenter.vendor_shown.connect(self._show_vendor)
        presenter.receipt_shown.connect(self._show_receipt)
        presenter.compared.connect(self.compare_card.show_comparison)
        presenter.draft_ready.connect(self._open_draft)
        offers = self.offers
        self.offers_card.request_chosen.connect(offers.choose_request)
        self.offers_card.decided.connect(offers.decide)
        self.offers_card.import_wanted.connect(self._import_offer)
        self.offers_card.keyin_wanted.connect(self._key_in_offer)
        offers.read_done.connect(self._show_offers)
        offers.draft_ready.connect(self._open_draft)
        offers.said.connect(self.offers_card.say)
        self._colours(context.theme.palette)

    # --- page hooks ----------------------------------------------------------------------------

    def resizeEvent(self, event: Any) -> None:
        wide = event.size().width() >= WIDE
        self.row.setDirection(QBoxLayout.Direction.LeftToRight if wide
                              else QBoxLayout.Direction.TopToBottom)
        if wide:
            self.vendor_card.setFixedWidth(VENDOR_WIDTH)
        else:
            self.vendor_card.setMinimumWidth(0)
            self.vendor_card.setMaximumWidth(16_777_215)
        super().resizeEvent(event)

    def vault_loaded(self, ledger: Any) -> None:
        if self.isVisible():  # otherwise the next shown() reads the history
            self.presenter.refresh()

    def shown(self, **arguments: Any) -> None:
        self.presenter.want_receipt(arguments.get("receipt_id"))
        self.presenter.refresh()

    def changes_applied(self, changes: Any) -> None:
        # An edit or its undo (a decision, an import, a deletion request): redraw from it.
        if any(changes.touches(kind) for kind in ("offers", "offer_requests",
                                                  "deletion_requests", "vendors")):
            self.offers.refresh()

    def vault_locked(self) -> None:
        self.presenter.forget()
        self.offers.forget()

    def palette_changed(self, palette: Any) -> None:
        self._colours(palette)
        self.offers_card.set_palette(palette)

    def _colours(self, palette: Any) -> None:
        colours = {"negative": palette.negative, "positive": palette.positive,
                   "muted": palette.muted, "warning": palette.warning, "accent": palette.accent}
        for model in (self.disclosures_card.model, self.receipt_card.model,
                      self.compare_card.model, self.offers_card.model):
            model.set_colours(colours)
        self.vendor_card.set_colours(palette)
        self.knows_card.set_colours(palette)

    # --- drawing what the presenter decided ----------------------------------------------------

    def _show_read(self, told: HistoryRead | None) -> None:
        if told is None:  # forgotten: the vault locked
            self.vendor_card.set_rows([])
            for card in (self.knows_card, self.disclosures_card, self.compare_card,
                         self.receipt_card):
                card.clear()
            self.body.hide()
            self.empty.hide()
            return
        rows = self.presenter.vendor_rows
        if rows:
            text = tr("{disclosures} to {vendors}.").format(
                vendors=plural(len(rows), "{n} vendor", "{n} vendors", fmt.count(len(rows))),
                disclosures=plural(told.disclosures, "{n} disclosure", "{n} disclosures",
                                   fmt.count(told.disclosures)))
            if told.expired:
                text += " " + plural(told.expired, "{n} has expired: ask for it to be deleted.",
                                     "{n} have expired: ask for them to be deleted.",
                                     fmt.count(told.expired))
            self.subtitle.setText(text)
        else:
            self.subtitle.setText(tr("What you have told each vendor, when, and on which "
                                     "terms."))
        self.empty.setVisible(not rows)
        self.body.setVisible(bool(rows))
        self.vendor_card.set_rows(rows)

    def _show_vendor(self, shown: VendorShown) -> None:
        index = self.presenter.vendor_rows.index(shown.row)
        self.vendor_card.select(index)
        self.knows_card.show_vendor(shown.row, shown.known.current, shown.known.earlier)
        self.disclosures_card.set_entries(shown.entries)
        self.compare_card.set_receipts([e.receipt for e in shown.entries])
        self.offers.refresh(shown.row.told.history.vendor_id)

    def _show_receipt(self, entry: DisclosureEntry, older: int) -> None:
        self.disclosures_card.select(entry.id)
        self.disclosures_card.show_entry(entry)
        self.receipt_card.show_entry(entry)
        self.compare_card.set_pair(older, entry.id)

    # --- actions -------------------------------------------------------------------------------

    def _open_draft(self, draft: Any) -> None:
        if self.open_url(QUrl(draft.mailto)):
            self.disclosures_card.say(tr("The draft is open in your mail program. Nothing is "
                                         "sent until you send it."))
            return
        # No mail program took the link: the draft goes on the clipboard instead.
        text = f"{tr('To')}: {draft.to}\n{tr('Subject')}: {draft.subject}\n\n{draft.body}"
        copy_briefly(text)
        self.disclosures_card.say(tr("No mail program answered, so the draft is on the "
                                     "clipboard for two minutes: paste it into an e-mail to "
                                     "the vendor."))

    def _show_offers(self, read: Any) -> None:
        self.offers_card.show_read(read)
        self.overview_card.show_overview(read.overview if read is not None else None,
                                         read.today if read is not None else None)

    def _ask_offer_file(self) -> Any:
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(self, tr("Import a signed offer"), "",
                                              tr("Signed offers (*.jws);;All files (*)"))
        return Path(name) if name else None

    def _import_offer(self) -> None:
        path = self.choose_offer_file()
        if path is not None:
            self.offers.import_file(path)

    def _key_in_offer(self) -> None:
        from ..offers_form import open_offer_form

        read = self.offers.read
        request = next((r for r in read.requests if r.request_id == read.request_id),
                       None) if read is not None else None

        def opened(dialog: Any) -> None:
            self.offer_dialog = dialog

        open_offer_form(self, self.context.controller, request, self.offers.vendor_id, opened)

    def _open_folder(self) -> None:
        entry = self.presenter.current_entry()
        if entry is None:
            return
        if not self.open_url(QUrl.fromLocalFile(entry.receipt.package_path)):
            self.disclosures_card.say(tr("The folder could not be opened: {path}").format(
                path=entry.receipt.package_path))
