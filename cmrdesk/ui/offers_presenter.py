"""The presenter behind the History page's Offers card and vendor overview.

It reads, on the worker, the chosen vendor's requests and the comparison of the offers that
answer one of them (:func:`cmrdesk.services.offers.compare_offers`) and the vendor overview,
and hands plain values to the views. Decisions and imports are undoable edits
(:meth:`VaultController.edit` over the services' operations); a decision's reply draft follows
through :attr:`OffersPresenter.draft_ready`. Nothing is kept once the vault locks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from .errors import error_text
from .i18n import tr


@dataclass(frozen=True)
class OfferRow:
    """One row of the comparison table: the comparison and the stored offer behind it."""

    comparison: Any  # cmrdesk.insights.offers.Comparison
    offer: Any  # cmrdesk.domain.Offer

    @property
    def id(self) -> int:
        """The offer's row id."""
        return int(self.offer.id)


@dataclass(frozen=True)
class OffersRead:
    """What the Offers card and the vendor overview show for one vendor."""

    vendor_id: int | None
    requests: list[Any]  # OfferRequest, newest first
    request_id: str | None
    rows: list[OfferRow]
    compared: Any  # CompareResult or None
    overview: Any  # VendorOverview or None
    today: date
    notes: list[str] = field(default_factory=list)


def read_offers(session: Any, vendor_id: int | None, request_id: str | None,
                today: date) -> OffersRead:
    """Everything the card shows (runs on the worker)."""
    from cmrdesk.services import offers, requests

    overview = offers.vendor_overview(session, vendor_id, today=today) if vendor_id else None
    asked = overview.requests if overview is not None else requests.requests(session)
    asked = sorted(asked, key=lambda r: (r.created_at, r.id or 0), reverse=True)
    ids = [r.request_id for r in asked]
    chosen = request_id if request_id in ids else (ids[0] if ids else None)
    if chosen is None:
        return OffersRead(vendor_id, asked, None, [], None, overview, today)
    compared = offers.compare_offers(session, chosen, today=today, include_closed=True)
    by_id = {o.id: o for o in offers.offers(session, chosen)}
    rows = [OfferRow(c, by_id[c.id]) for c in compared.comparisons if c.id in by_id]
    return OffersRead(vendor_id, asked, chosen, rows, compared, overview, today,
                      list(compared.notes))


class OffersPresenter(QObject):
    """State and actions of the Offers card; see the module docstring."""

    read_done = Signal(object)  # OffersRead, or None once forgotten
    draft_ready = Signal(object)  # cmrdesk.disclosure.Draft
    said = Signal(str, str)  # text, role ("muted" or "error")

    def __init__(self, controller: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.vendor_id: int | None = None
        self.request_id: str | None = None
        self.read: OffersRead | None = None

    def refresh(self, vendor_id: int | None = None) -> None:
        """Read the vendor's requests, offers and overview again."""
        if vendor_id is not None:
            self.vendor_id = vendor_id
        wanted, request_id = self.vendor_id, self.request_id
        today = getattr(self.controller, "today", None) or date.today()

        def done(read: OffersRead) -> None:
            if read.vendor_id != self.vendor_id:
                return  # another vendor was chosen meanwhile
            self.read = read
            self.request_id = read.request_id
            self.read_done.emit(read)

        self.controller.with_session(
            lambda s: read_offers(s, wanted, request_id, today), done, self._failed,
            label="offers")

    def choose_request(self, request_id: str | None) -> None:
        """Compare the offers that answer another request."""
        if request_id and request_id != self.request_id:
            self.request_id = request_id
            self.refresh()

    def forget(self) -> None:
        """The vault locked: drop everything."""
        self.read = None
        self.vendor_id = self.request_id = None
        self.read_done.emit(None)

    def decide(self, offer_id: int, accept: bool) -> None:
        """Accept or decline an offer (undoable); the reply draft follows."""
        from cmrdesk.services import offers

        def decided(_outcome: Any) -> None:
            self.controller.with_session(
                lambda s: offers.reply_draft(s, s.get(_offer_type(), offer_id)),
                self.draft_ready.emit, self._failed, label="draft")
            # The page redraws from the edit's change set (``changes_applied``).
            self.said.emit(tr("Offer accepted.") if accept else tr("Offer declined."), "muted")

        self.controller.edit(lambda s: offers.decide_operation(s, offer_id, accept), decided,
                             self._failed)

    def import_file(self, path: Path) -> None:
        """Verify an offer file against the vendor's pinned key and store it (undoable)."""
        from cmrdesk.services import offers

        def imported(outcome: Any) -> None:
            offer = outcome.result
            self.said.emit(tr("Offer from {vendor} verified and added.").format(
                vendor=offer.vendor_name), "muted")

        self.controller.edit(lambda s: offers.import_operation(s, path), imported,
                             self._failed)

    def _failed(self, error: BaseException) -> None:
        self.said.emit(error_text(error), "error")


def _offer_type() -> Any:
    from cmrdesk.domain import Offer

    return Offer
