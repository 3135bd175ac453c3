"""The History page's state and actions, without widgets.

The presenter reads the history through :func:`cmrdesk.services.history.read_history` on the
controller's worker, keeps which vendor and which disclosure are chosen (and keeps them across
reads), compares two disclosures, and asks the services for e-mail drafts. It says what to show
through signals carrying plain values; the views draw them and hand user actions back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Signal

from cmrdesk.services.history import (
    Comparison,
    DisclosureEntry,
    HistoryRead,
    KnownFields,
    compare,
    known_fields,
    previous,
    read_history,
)

from .history_rows import VendorRow


@dataclass(frozen=True)
class VendorShown:
    """The chosen vendor: their row, their disclosures (newest first) and what they know."""

    row: VendorRow
    entries: list[DisclosureEntry]
    known: KnownFields


class HistoryPresenter(QObject):
    """Holds one read of the history and the choices made in it."""

    #: A new read (``None``: forgotten, the vault locked).
    read_done = Signal(object)
    #: A vendor to show (:class:`VendorShown`).
    vendor_shown = Signal(object)
    #: A disclosure to show (:class:`~cmrdesk.services.history.DisclosureEntry`) and the id
    #: of the one to compare it with by default (the one before it, or itself).
    receipt_shown = Signal(object, int)
    #: A comparison to show (:class:`~cmrdesk.services.history.Comparison`, or ``None``).
    compared = Signal(object)
    #: A draft (``cmrdesk.disclosure`` ``Draft``) ready to open in the mail program.
    draft_ready = Signal(object)

    def __init__(self, controller: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.told: HistoryRead | None = None
        self.vendor_rows: list[VendorRow] = []
        self.vendor_key: tuple[int | None, str] | None = None
        self.receipt_id: int | None = None
        self.comparison: Comparison | None = None
        self._wanted_receipt: int | None = None

    # --- reading -------------------------------------------------------------------------------

    def want_receipt(self, receipt_id: int | None) -> None:
        """Open ``receipt_id`` (its vendor and the disclosure) after the next read."""
        if receipt_id is not None:
            self._wanted_receipt = int(receipt_id)

    def refresh(self) -> None:
        """Read the receipts again on the worker (and check the packages on disk)."""
        controller = self.controller
        if not controller.is_unlocked:
            return
        today = controller.today or date.today()
        controller.with_session(lambda session: read_history(session, today), self.show_read,
                                label="history")

    def show_read(self, told: HistoryRead) -> None:
        """Take a read of the history, keeping (or applying the wanted) selection."""
        self.told = told
        self.vendor_rows = [VendorRow(v) for v in told.vendors]
        wanted, self._wanted_receipt = self._wanted_receipt, None
        index = told.vendor_of(wanted) if wanted is not None else None
        if index is not None:
            self.receipt_id = wanted
        else:
            index = told.index_of(self.vendor_key) or 0
        self.read_done.emit(told)
        if self.vendor_rows:
            self.choose_vendor(index)  # always redrawn: the receipts were read anew
        else:
            self.vendor_key = None
            self.receipt_id = None

    def forget(self) -> None:
        """Drop everything read (the vault locked)."""
        self.told = None
        self.vendor_rows = []
        self.vendor_key = None
        self.receipt_id = None
        self.comparison = None
        self._wanted_receipt = None
        self.read_done.emit(None)

    # --- choosing ------------------------------------------------------------------------------

    def choose_vendor(self, index: int) -> None:
        """Show the vendor at ``index`` and one of their disclosures (the one chosen before
        if it is theirs, else the latest)."""
        if self.told is None or not 0 <= index < len(self.vendor_rows):
            return
        row = self.vendor_rows[index]
        self.vendor_key = row.key
        entries = self.told.entries(row.told)
        self.vendor_shown.emit(VendorShown(row, entries, known_fields(row.told)))
        ids = [e.id for e in entries]
        self.choose_receipt(self.receipt_id if self.receipt_id in ids else ids[0])

    def current_vendor(self) -> VendorRow | None:
        """The chosen vendor's row."""
        return next((r for r in self.vendor_rows if r.key == self.vendor_key), None)

    def receipts(self) -> list[Any]:
        """The chosen vendor's disclosures, newest first."""
        row = self.current_vendor()
        return row.told.receipts if row is not None else []

    def current_entry(self) -> DisclosureEntry | None:
        """The chosen disclosure."""
        row = self.current_vendor()
        if row is None or self.told is None:
            return None
        return next((e for e in self.told.entries(row.told) if e.id == self.receipt_id), None)

    def choose_receipt(self, receipt_id: int) -> None:
        """Show the chosen vendor's disclosure ``receipt_id``, compared with the one before."""
        self.receipt_id = receipt_id
        entry = self.current_entry()
        if entry is None:
            return
        before = previous(self.receipts(), entry.id)
        older = int((before or entry.receipt).id or 0)
        self.receipt_shown.emit(entry, older)
        self.compare(older, entry.id)

    def compare(self, first_id: Any, second_id: Any) -> None:
        """Compare two of the chosen vendor's disclosures (ids, in either order)."""
        if first_id is None or second_id is None:
            self.comparison = None
        else:
            self.comparison = compare(self.receipts(), int(first_id), int(second_id))
        self.compared.emit(self.comparison)

    # --- drafts --------------------------------------------------------------------------------

    def draft(self, kind: str) -> None:
        """Ask for a ``"deletion"`` request or a ``"follow_up"`` about the chosen disclosure;
        :attr:`draft_ready` brings it."""
        entry = self.current_entry()
        if entry is None:
            return
        receipt_id = entry.id
        if kind == "deletion":
            # A deletion request is tracked (answer due a month later) and undoable.
            from cmrdesk.services import offers, sharing

            self.controller.edit(
                lambda s: offers.deletion_operation(s, receipt_id),
                lambda _outcome: self.controller.with_session(
                    lambda s: sharing.deletion_request_draft(s, receipt_id),
                    self.draft_ready.emit, label="draft"))
            return

        def work(session: Any) -> Any:
            from cmrdesk.services import sharing

            make = (sharing.deletion_request_draft if kind == "deletion"
                    else sharing.follow_up_draft)
            return make(session, receipt_id)

        self.controller.with_session(work, self.draft_ready.emit, label="draft")
