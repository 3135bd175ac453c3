"""The Share page's state and actions, without widgets.

It builds the catalogue once per visit on the controller's worker (the preview and the export
use the very values the person saw), keeps vendors, profiles, identity and the chosen vendor,
suggests choices, previews and exports through :mod:`cmrdesk.services.sharing`, and says what to
show through signals with plain values; it never touches a widget.

Safe defaults: nothing is chosen until the person picks a vendor (or the one they used last in
this vault); a template is applied only once a vendor or purpose is picked, and never ticks a
field whose value is unknown; exporting to a vendor who cannot receive an encrypted package is
only done after the person said, once, that a readable package is what they want.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from cmrdesk.disclosure import Intent, Precision, PurposeKind, Terms
from cmrdesk.domain import CmrdeskError, Vendor, VendorKind

from .errors import error_text
from .i18n import tr
from .settings import SHARE_FOLDER, SHARE_LAST_VENDOR

#: Templates a vendor's kind suggests when nothing has been chosen for them yet.
KIND_TEMPLATES = {
    VendorKind.BANK: PurposeKind.MORTGAGE_PRECHECK,
    VendorKind.ADVISER: PurposeKind.ADVISER_INTAKE,
    VendorKind.INSURER: PurposeKind.INSURANCE_QUOTE,
    VendorKind.LANDLORD: PurposeKind.RENTAL_APPLICATION,
}


def known_only(catalogue: Mapping[str, Any],
               selection: Mapping[str, Precision]) -> dict[str, Precision]:
    """``selection`` without the fields that are missing or unknown in ``catalogue`` (fields
    that do not say are known): nothing unknown is ever ticked for the person."""
    return {name: precision for name, precision in selection.items()
            if name in catalogue and getattr(catalogue[name], "known", True)}


@dataclass(frozen=True)
class Choices:
    """Choices suggested to the person (by a template or a saved profile).

    ``None`` keeps what the widget shows: the "Other" purpose keeps the fields and wording.
    """

    kind: PurposeKind
    expires: date
    selection: dict[str, Precision] | None = None
    purpose_text: str | None = None
    terms: Terms | None = None
    intent: Intent | None = None


class SharePresenter(QObject):
    """Holds what the Share page shows and does what it asks, through the services."""

    #: The catalogue, vendors, profiles and identity are in (after :meth:`load`).
    loaded = Signal()
    load_failed = Signal(object)
    #: The list of vendors changed (the chosen one is :attr:`vendor_id`).
    vendors_changed = Signal()
    #: The chosen vendor (a ``VendorView``, or ``None``).
    vendor_changed = Signal(object)
    #: The chosen vendor's saved profiles changed; the argument is the one to show chosen.
    profiles_changed = Signal(object)
    #: :class:`Choices` to fill in.
    choices_suggested = Signal(object)
    #: A ``Preview`` to show, or a title and text saying why there is none.
    preview_shown = Signal(object)
    preview_empty = Signal(str, str)
    #: A line of status: text and its role (``muted``, ``positive``, ``negative``).
    status_changed = Signal(str, str)
    #: An ``ExportResult``; :attr:`export_failed` fires instead when nothing was written.
    exported = Signal(object)
    export_failed = Signal(object)

    def __init__(self, controller: Any, settings: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.settings = settings
        self.catalogue: Any = None
        self.vendors: list[Any] = []  # cmrdesk.services.sharing.VendorView
        self.profiles: list[Any] = []  # every saved ShareProfile
        self.identity: Any = None
        self.vendor_id: int | None = None
        self.preview: Any = None  # the last Preview shown
        self.last_export: Any = None  # the last ExportResult
        self.stale = True
        self.edited = False  # the person changed a choice since the last suggestion
        self.purpose_chosen = False  # the person picked the purpose: a vendor keeps it
        self._generation = 0
        self._readable_ok: set[int] = set()  # vendors the person agreed to send readable

    # --- loading -------------------------------------------------------------------------------

    def load(self, vendor_id: int | None = None) -> None:
        """Build the catalogue and read vendors, profiles and the identity key (worker)."""
        from cmrdesk.services import sharing

        self.stale = False
        keep = vendor_id if vendor_id is not None else self.vendor_id
        today = self.controller.today

        def work(session: Any) -> tuple[Any, ...]:
            return (sharing.build_catalogue(session, today=today), sharing.vendors(session),
                    sharing.profiles(session), sharing.identity(session))

        def done(result: tuple[Any, ...]) -> None:
            self.catalogue, self.vendors, self.profiles, self.identity = result
            self.edited = self.purpose_chosen = False
            self.loaded.emit()
            chosen = keep if keep is not None else self.remembered_vendor()
            self.vendor_id = chosen if self.vendor(chosen) is not None else None
            self.vendors_changed.emit()
            self.choose_vendor(self.vendor_id)

        def failed(error: BaseException) -> None:
            self.stale = True
            self.load_failed.emit(error)

        self.controller.with_session(work, done, failed, label="share")

    def forget(self) -> None:
        """Drop every figure and choice (the vault locked)."""
        self._generation += 1
        self.catalogue = self.identity = self.preview = self.last_export = None
        self.vendors, self.profiles = [], []
        self.vendor_id = None
        self.stale = True
        self.edited = self.purpose_chosen = False
        self._readable_ok.clear()

    # --- vendors -------------------------------------------------------------------------------

    def vendor(self, vendor_id: int | None) -> Any:
        """The ``VendorView`` with ``vendor_id``, or ``None``."""
        return next((v for v in self.vendors if v.vendor.id == vendor_id), None) \
            if vendor_id is not None else None

    def current_vendor(self) -> Vendor | None:
        """The chosen vendor, or ``None``."""
        view = self.vendor(self.vendor_id)
        return view.vendor if view is not None else None

    def _remembered(self) -> dict[str, Any]:
        try:
            remembered = json.loads(self.settings.get(SHARE_LAST_VENDOR) or "{}")
        except ValueError:  # a hand-edited settings file: start again
            return {}
        return remembered if isinstance(remembered, dict) else {}

    def remembered_vendor(self) -> int | None:
        """The vendor chosen last in this vault (from the settings), or ``None``."""
        value = self._remembered().get(str(self.controller.path or ""))
        return value if isinstance(value, int) else None

    def _remember_vendor(self, vendor_id: int) -> None:
        path = str(self.controller.path or "")
        if path:
            remembered = self._remembered()
            remembered.pop(path, None)
            remembered[path] = vendor_id  # last, so the oldest vaults drop off first
            self.settings.set(SHARE_LAST_VENDOR, json.dumps(dict(list(remembered.items())[-8:])))

    def choose_vendor(self, vendor_id: int | None) -> None:
        """Choose who receives it: their last saved profile, else the template their kind
        suggests (unless the person already made choices of their own)."""
        if self.catalogue is None:
            return
        view = self.vendor(vendor_id)
        self.vendor_id = view.vendor.id if view is not None else None
        self.vendor_changed.emit(view)
        mine = self.vendor_profiles()
        self.profiles_changed.emit(mine[-1].id if mine else None)
        if view is None:
            return
        self._remember_vendor(int(view.vendor.id))
        if mine:
            self.apply_profile(mine[-1].id)  # the next export is one click: the last choices
        elif not self.edited and not self.purpose_chosen:
            kind = KIND_TEMPLATES.get(VendorKind(view.vendor.kind))
            if kind is not None:
                self.apply_template(kind)

    def vendor_profiles(self) -> list[Any]:
        """The chosen vendor's saved profiles."""
        return [p for p in self.profiles if p.vendor_id == self.vendor_id] \
            if self.vendor_id is not None else []

    def save_vendor(self, entered: Vendor) -> None:
        """Add (no id) or update a vendor on the worker, then choose it."""
        from cmrdesk.services import sharing

        def work(session: Any) -> tuple[Any, list[Any]]:
            if entered.id is None:
                sharing.add_vendor(session, entered)
            else:
                sharing.update_vendor(session, entered)
            return entered.id, sharing.vendors(session)

        def done(result: tuple[Any, list[Any]]) -> None:
            vendor_id, self.vendors = result
            self.vendor_id = vendor_id
            self.vendors_changed.emit()
            self.choose_vendor(vendor_id)
            self.status_changed.emit(tr("Vendor “{name}” saved.").format(name=entered.name),
                                     "muted")

        self.controller.with_session(work, done, self._failed, label="vendor")

    # --- suggestions ---------------------------------------------------------------------------

    def choose_purpose(self, kind: PurposeKind) -> None:
        """The person picked a purpose: its template, kept when they pick a vendor after."""
        self.purpose_chosen = True
        self.apply_template(kind)

    def apply_template(self, kind: PurposeKind) -> None:
        """Suggest the template of ``kind``: its known fields, precisions, wording, terms and
        expiry (``other`` keeps the fields and wording and only sets the expiry)."""
        from cmrdesk.services.sharing import DEFAULT_EXPIRES_DAYS, template_selection, templates

        if self.catalogue is None:
            return
        as_of = self.catalogue.as_of
        template = next((t for t in templates() if t.kind == kind), None)
        if template is None:
            self.choices_suggested.emit(Choices(kind, as_of + timedelta(
                days=DEFAULT_EXPIRES_DAYS)))
            return
        self.choices_suggested.emit(Choices(
            kind, as_of + timedelta(days=template.expires_days),
            known_only(self.catalogue, template_selection(self.catalogue, kind)),
            tr(template.purpose_text), template.terms, template.intent))
        self.edited = False  # suggested, not chosen: another vendor may suggest otherwise

    def apply_profile(self, profile_id: Any) -> None:
        """Suggest a saved profile's choices with today's values."""
        from cmrdesk.services.sharing import request_from_profile

        profile = next((p for p in self.profiles if p.id == profile_id), None)
        vendor = self.current_vendor()
        if profile is None or vendor is None or self.catalogue is None:
            return
        request, missing = request_from_profile(profile, vendor, self.catalogue)
        selection = known_only(self.catalogue, request.selection)
        left_out = len(missing) + len(request.selection) - len(selection)
        self.choices_suggested.emit(Choices(
            request.purpose.kind, request.expires or self.catalogue.as_of, selection,
            request.purpose.text, request.terms, request.intent))
        self.edited = False
        if left_out:
            self.status_changed.emit(tr(
                "{n} field(s) of “{name}” are not known in your vault today; they are left "
                "out.").format(n=left_out, name=profile.name), "muted")

    def mark_edited(self) -> None:
        """The person changed a choice: a preview under way is out of date, and choosing
        another vendor keeps these choices."""
        self.edited = True
        self._generation += 1
        self.preview = None

    # --- preview -------------------------------------------------------------------------------

    def refresh_preview(self, build: Callable[[], Any]) -> None:
        """Preview the request ``build()`` makes (it raises ``CmrdeskError`` for a choice that
        cannot be shared); :attr:`preview_shown` or :attr:`preview_empty` answers."""
        from cmrdesk.services import sharing

        self._generation += 1
        generation = self._generation
        self.preview = None
        if self.catalogue is None:
            return
        if self.current_vendor() is None:
            self.preview_empty.emit(tr("Choose a vendor"), tr("Pick who receives it first: "
                                                              "nothing is ticked until then."))
            return
        try:
            request = build()
        except CmrdeskError as error:
            self.preview_empty.emit(tr("This cannot be shared yet"), error_text(error))
            return
        if not request.selection:
            self.preview_empty.emit(tr("No field ticked"), tr(
                "Tick the fields they need. Unticked fields are not in the package at all."))
            return
        catalogue = self.catalogue

        def done(shown: Any) -> None:
            if generation == self._generation:
                self.preview = shown
                self.preview_shown.emit(shown)

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self.preview_empty.emit(tr("This cannot be shared yet"), error_text(error))

        self.controller.with_session(
            lambda s: sharing.preview(s, catalogue, request), done, failed, label="preview")

    # --- export --------------------------------------------------------------------------------

    def out_folder(self) -> Path:
        """Where packages are written (the setting, else Documents/cmrdesk disclosures)."""
        from cmrdesk.services.paths import default_share_folder

        chosen = self.settings.get(SHARE_FOLDER)
        return Path(chosen) if chosen else default_share_folder()

    def set_out_folder(self, folder: Path) -> None:
        """Write packages to ``folder`` from now on."""
        self.settings.set(SHARE_FOLDER, str(folder))

    def needs_readable_consent(self) -> bool:
        """Whether exporting now would write a package anyone can read that the person has
        not yet agreed to (the vendor has no key that encrypts)."""
        view = self.vendor(self.vendor_id)
        return view is not None and not view.can_encrypt \
            and view.vendor.id not in self._readable_ok

    def consent_readable(self) -> None:
        """The person agreed: packages to this vendor may be readable (until the vault locks)."""
        if self.vendor_id is not None:
            self._readable_ok.add(self.vendor_id)

    def export(self, request: Any, render_pdf: Callable[[dict[str, Any]], bytes]) -> None:
        """Sign, maybe encrypt, and write the package, and keep its receipt.

        The preview is rebuilt first so the issue time is now; ``render_pdf`` draws the PDF
        from that very document on the GUI thread, and the worker signs and writes it.
        """
        from cmrdesk.services import sharing

        if self.catalogue is None:
            return
        catalogue, folder = self.catalogue, self.out_folder()
        self.status_changed.emit(tr("Signing and writing the package…"), "muted")

        def write(shown: Any) -> None:
            pdf = render_pdf(shown.document)

            def same_pdf(document: dict[str, Any]) -> bytes:
                if document != shown.document:  # never sign one thing and draw another
                    raise CmrdeskError("the disclosure changed while it was being exported")
                return pdf

            self.controller.with_session(
                lambda s: sharing.export(s, shown, folder, render_pdf=same_pdf),
                self._exported, self._export_failed, label="export")

        self.controller.with_session(
            lambda s: sharing.preview(s, catalogue, request), write, self._export_failed,
            label="export")

    def _exported(self, result: Any) -> None:
        self.last_export = result
        how = tr("signed and encrypted") if result.encrypted else tr("signed")
        self.status_changed.emit(tr("Exported, {how}: {path}. A receipt is in History.").format(
            how=how, path=result.package), "positive")
        self.exported.emit(result)

    def _export_failed(self, error: BaseException) -> None:
        self._failed(error)
        self.export_failed.emit(error)

    def _failed(self, error: BaseException) -> None:
        self.status_changed.emit(tr("Nothing was written. {reason}").format(
            reason=error_text(error)), "negative")

    # --- profiles ------------------------------------------------------------------------------

    def save_profile(self, name: str, request: Any) -> None:
        """Save ``request``'s choices as profile ``name`` of its vendor (worker)."""
        from cmrdesk.services import sharing

        if self.catalogue is None:
            return
        days = max(1, (request.expires - self.catalogue.as_of).days)

        def work(session: Any) -> list[Any]:
            sharing.save_profile(session, name, request, expires_days=days)
            return sharing.profiles(session)

        def done(found: list[Any]) -> None:
            self.profiles = found
            saved = next((p for p in reversed(found) if p.vendor_id == request.vendor.id
                          and p.name == name.strip()), None)
            self.profiles_changed.emit(saved.id if saved is not None else None)
            self.status_changed.emit(tr("Saved as “{name}”: next time, choosing this vendor "
                                        "fills it in with that day's figures.").format(
                                            name=name), "muted")

        self.controller.with_session(work, done, self._failed, label="profile")
