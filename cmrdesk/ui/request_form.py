"""The "Ask for offers…" form: what is wanted, of whom, by when; one signed package per vendor.

Opened from the Share page and from advice that can be acted on (move idle cash, refinance,
compare insurance before renewal), filled in for that product. Facts about the person may go
along, optionally: the Share page's field list (:class:`~cmrdesk.ui.field_picker.FieldPicker`)
picks them and their precisions with the same "unknown — why" rows, which cannot be ticked, so
the packages carry exactly what ``cmrdesk request --field NAME=PRECISION`` would. The form
reads its fields once,
in the user's locale, into typed values (:class:`~cmrdesk.ui.forms.FormDialog`); Send is
enabled only while they read. Sending runs in three steps so that no PDF is drawn off the GUI
thread: the worker checks the request and builds each vendor's document
(:func:`cmrdesk.services.requests.prepare_request`), the GUI thread draws the PDFs, and the
worker signs, writes and records everything (:func:`~cmrdesk.services.requests.write_request`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QWidget

from cmrdesk.disclosure import Precision
from cmrdesk.domain import Account, AccountKind, CmrdeskError, Money, PolicyType, ProductKind

from .field_picker import FieldPicker
from .forms import FormDialog
from .i18n import QT_TR_NOOP, tr
from .widgets import make_label

#: Products as a person reads them, in the form's order.
PRODUCTS: dict[str, str] = {
    ProductKind.MORTGAGE.value: QT_TR_NOOP("Mortgage"),
    ProductKind.PERSONAL_LOAN.value: QT_TR_NOOP("Personal loan"),
    ProductKind.SAVINGS.value: QT_TR_NOOP("Savings"),
    ProductKind.CREDIT_CARD.value: QT_TR_NOOP("Credit card"),
    ProductKind.INSURANCE.value: QT_TR_NOOP("Insurance"),
    ProductKind.OTHER.value: QT_TR_NOOP("Something else"),
}
#: Which fields each product asks for.
FIELDS_OF: dict[str, tuple[str, ...]] = {
    "mortgage": ("amount", "term_years", "fixed_years"),
    "personal_loan": ("amount", "term_years"),
    "savings": ("amount", "term_years"),
    "credit_card": ("amount",),
    "insurance": ("insurance_type", "amount"),
    "other": ("amount",),
}
_COMMON = ("product", "vendors", "wants", "not_wants", "respond_by")
#: Advice rules whose advice can be acted on with a request, and the product they ask for.
ADVICE_PRODUCTS = {"idle_cash": ProductKind.SAVINGS, "refinance": ProductKind.MORTGAGE,
                   "insurance_renewal": ProductKind.INSURANCE}
DEFAULT_NOT_WANTS = (QT_TR_NOOP("No cross-selling"), QT_TR_NOOP("No phone calls"))
#: The field list's height in the form: a few groups in sight, the rest scroll in the list.
PICKER_HEIGHT = 300
#: A vendor's row in the list to tick (the list is sized for rows of this height).
VENDOR_ROW = 26

#: Goes to where a missing fact is keyed in: the page key and the section (``where``).
KeyIn = Callable[[str, str], None]


class RequestDialog(FormDialog):
    """The request form: typed fields, and (when a catalogue is given) the field list."""

    picker: FieldPicker | None = None

    def add_picker(self, catalogue: Any, pages: Sequence[str] = (),
                   key_in: KeyIn | None = None) -> FieldPicker:
        """Put the Share page's field list under the other fields, nothing ticked; "Key it
        in…" is offered for the ``pages`` given and closes the form before ``key_in``."""
        self.section(tr("What they learn (optional)"))
        hint = make_label(tr("Tick facts to send with the request, at the precision you "
                             "choose; nothing else about you goes with it. Facts your vault "
                             "does not know cannot be ticked."), "muted", wrap=True)
        picker = self.picker = FieldPicker()
        picker.setMinimumHeight(PICKER_HEIGHT)
        picker.key_in_pages = set(pages) if key_in is not None else set()
        picker.set_muted(self.palette().color(QPalette.ColorRole.PlaceholderText).name())
        picker.set_catalogue(catalogue, catalogue.groups())
        if key_in is not None:
            def go(page: str, where: str) -> None:
                self.reject()  # the form would hide the page the person goes to
                key_in(page, where)

            picker.key_in_wanted.connect(go)
        # Below every field, so no row of the form's grid is shared with a later field.
        self.grid.addWidget(hint, self._row, 0, 1, 2)
        self.grid.addWidget(picker, self._row + 1, 0, 1, 2)
        self._row += 2
        # The scroll area does not ask for its content's width (and never scrolls sideways),
        # and the form's own minimum width overrides its layout's: say it, so the form opens
        # wide enough for the list's columns and the fields above keep their right edge.
        margins = self.layout().contentsMargins()
        self.setMinimumWidth(max(self.minimumWidth(),
                                 self.scroll.widget().minimumSizeHint().width()
                                 + self.scroll.verticalScrollBar().sizeHint().width()
                                 + margins.left() + margins.right()))
        return picker

    def selection(self) -> dict[str, Precision]:
        """The ticked fields and their precisions (none without a field list)."""
        return self.picker.selection() if self.picker is not None else {}


@dataclass(frozen=True)
class VendorChoice:
    """A vendor the form offers, and whether its package will be encrypted."""

    id: int
    name: str
    encrypts: bool


def prefill_for_advice(advice: Any, accounts: Sequence[Account]) -> dict[str, Any]:
    """The form's starting values for an advice item (``{}`` when it cannot be acted on)."""
    product = ADVICE_PRODUCTS.get(getattr(advice, "rule", ""))
    if product is None:
        return {}
    numbers = dict(getattr(advice, "numbers", {}) or {})
    values: dict[str, Any] = {"product": product.value}
    if product is ProductKind.SAVINGS and numbers.get("idle"):
        values["amount"] = Decimal(numbers["idle"])
    if product is ProductKind.MORTGAGE:
        # The advice names the account by id: a loan gets a personal-loan request.
        ident = str(getattr(advice, "id", "")).partition(":")[2]
        account = next((a for a in accounts if str(a.id) == ident), None)
        if account is not None and account.kind is AccountKind.LOAN:
            values["product"] = ProductKind.PERSONAL_LOAN.value
        if numbers.get("balance"):
            values["amount"] = Decimal(numbers["balance"])
    if product is ProductKind.INSURANCE:
        title = str(getattr(advice, "title", "")).lower()
        kind = next((t.value for t in PolicyType if f"your {t.value} insurance" in title), "")
        values["insurance_type"] = kind or None
    return values


def request_form(parent: QWidget | None, vendors: Sequence[VendorChoice], base: str, *,
                 today: date, prefill: dict[str, Any] | None = None,
                 catalogue: Any = None, pages: Sequence[str] = (),
                 key_in: KeyIn | None = None) -> RequestDialog:
    """The form, with the fields of the chosen product shown and, given the vault's
    ``catalogue``, the list of facts that may go along (see :meth:`RequestDialog.add_picker`)."""
    dialog = RequestDialog(
        tr("Ask for offers"), parent, submit_text=tr("Sign and write requests"),
        intro=tr("One signed request goes to each vendor you tick (encrypted to those with a "
                 "key). It says what you want and what you do not want, and shares only the "
                 "facts you tick under “What they learn”. Offers that come back are compared "
                 "in History."))
    dialog.section(tr("What you want"))
    dialog.choice("product", tr("Product"), [(k, tr(v)) for k, v in PRODUCTS.items()])
    dialog.choice("insurance_type", tr("Kind of insurance"),
                  [(t.value, tr(t.value.replace("_", " ").capitalize())) for t in PolicyType],
                  required=False, none_text=tr("Any"))
    dialog.amount("amount", tr("Amount ({currency})").format(currency=base), lambda: base,
                  allow_negative=False,
                  hint=tr("How much to borrow, save or insure, in {currency}.").format(
                      currency=base))
    dialog.number("term_years", tr("Term (years)"), suffix=tr("years"), whole=True,
                  minimum=Decimal(1), maximum=Decimal(50))
    dialog.number("fixed_years", tr("Fixed rate (years)"), suffix=tr("years"), whole=True,
                  minimum=Decimal(1), maximum=Decimal(50))
    dialog.notes("wants", tr("I want"))
    dialog.notes("not_wants", tr("I do not want"))
    dialog.fields["wants"].widget.setPlaceholderText(tr("One per line, e.g. 10-year fixed rate"))
    dialog.fields["not_wants"].widget.setPlaceholderText(tr("One per line, e.g. no phone calls"))
    dialog.day("respond_by", tr("Answer by"), hint=tr("Vendors should answer by this day."))
    dialog.section(tr("Who to ask"))
    dialog.many("vendors", tr("Vendors"), [
        (v.id, f"{v.name}  ·  {tr('encrypted') if v.encrypts else tr('signed, not encrypted')}")
        for v in vendors], hint=tr("Tick at least one."), aliases=("vendor",))
    box = dialog.fields["vendors"].widget
    for index in range(box.count()):  # type: ignore[attr-defined]
        # Room around each tick box: with the themed indicators a bare row is no taller than
        # its box, and the boxes of neighbouring vendors touch.
        box.item(index).setSizeHint(QSize(0, VENDOR_ROW))  # type: ignore[attr-defined]
    if catalogue is not None:
        dialog.add_picker(catalogue, pages, key_in)
    dialog.fill(not_wants="\n".join(tr(t) for t in DEFAULT_NOT_WANTS),
                respond_by=today + timedelta(days=21))
    values = dict(prefill or {})
    if values.get("amount") is not None:
        values["amount"] = Money.of(values["amount"], base)
    dialog.fill(**{k: v for k, v in values.items() if k in dialog.fields})

    def product_changed(name: str) -> None:
        if name == "product":
            show_fields(dialog)

    dialog.field_changed = product_changed  # type: ignore[method-assign]
    show_fields(dialog)
    return dialog


def show_fields(dialog: FormDialog) -> None:
    """Show the fields the chosen product asks for."""
    product = dialog.fields["product"].widget.currentData()  # type: ignore[attr-defined]
    dialog.show_only((*_COMMON, *FIELDS_OF.get(product, ())))


def spec_of(values: dict[str, Any], vendors: Sequence[Any], base: str,
            selection: dict[str, Precision] | None = None) -> Any:
    """The services' ``RequestSpec`` from the form's typed values (``vendors``: the vault's
    ``Vendor`` records; ``selection``: the fields ticked and their precisions)."""
    from cmrdesk.domain import ValidationError
    from cmrdesk.services.requests import RequestSpec

    chosen = [v for v in vendors if v.id in set(values.get("vendors") or [])]
    if not chosen:
        raise ValidationError("vendors", tr("tick at least one vendor"))

    def lines(text: str | None) -> list[str]:
        return [line.strip() for line in (text or "").splitlines() if line.strip()]

    amount = values.get("amount")
    return RequestSpec(
        vendors=chosen, product=ProductKind(values["product"]),
        insurance_type=values.get("insurance_type") or "",
        amount=Money.of(amount, base) if amount is not None else None,
        term_years=values.get("term_years"), fixed_years=values.get("fixed_years"),
        wants=lines(values.get("wants")), not_wants=lines(values.get("not_wants")),
        selection=dict(selection or {}), respond_by=values.get("respond_by"))


def send_request(controller: Any, dialog: FormDialog, spec: Any, folder: Path,
                 render_pdf: Callable[[dict[str, Any]], bytes],
                 done: Callable[[Any], None]) -> None:
    """Prepare on the worker, draw the PDFs here, then sign, write and record on the worker;
    ``done(result)`` on success, the error next to its field otherwise."""
    from cmrdesk.services import requests

    def prepared(ready: Any) -> None:
        pdfs = {doc["id"]: render_pdf(doc) for doc in ready.documents}

        def same_pdf(document: dict[str, Any]) -> bytes:
            if document.get("id") not in pdfs:  # never sign one thing and draw another
                raise CmrdeskError("the request changed while it was being written")
            return pdfs[document["id"]]

        def written(result: Any) -> None:
            dialog.succeeded()
            done(result)

        controller.with_session(
            lambda s: requests.write_request(s, ready, folder, render_pdf=same_pdf),
            written, dialog.failed, label="request")

    controller.with_session(lambda s: requests.prepare_request(s, spec), prepared,
                            dialog.failed, label="request")


def open_request_form(parent: QWidget, controller: Any, folder: Path,
                      prefill: dict[str, Any], opened: Callable[[RequestDialog], None],
                      done: Callable[[Any], None], *, pages: Sequence[str] = (),
                      key_in: KeyIn | None = None) -> None:
    """Read the vendors and the catalogue of facts (worker), then open the form over
    ``parent``; on Send the requests are written to ``folder``. ``opened(dialog)`` hands the
    open form over (tests fill it), ``done(result)`` the written request; ``pages`` and
    ``key_in`` lead an unknown fact's "Key it in…" to where it is entered."""
    from cmrdesk.services import sharing

    from .pdf import render_pdf

    def read(session: Any) -> tuple[list[Any], str, Any]:
        return sharing.vendors(session), session.base_currency, sharing.build_catalogue(session)

    def show(result: tuple[list[Any], str, Any]) -> None:
        views, base, catalogue = result
        choices = [VendorChoice(int(v.vendor.id), v.vendor.name, v.can_encrypt) for v in views]
        today = getattr(controller, "today", None) or date.today()
        dialog = request_form(parent, choices, base, today=today, prefill=prefill,
                              catalogue=catalogue, pages=pages, key_in=key_in)
        vault_vendors = [v.vendor for v in views]

        def submitted(values: dict[str, Any]) -> None:
            try:
                spec = spec_of(values, vault_vendors, base, dialog.selection())
            except CmrdeskError as error:
                dialog.failed(error)
                return
            send_request(controller, dialog, spec, folder, render_pdf, done)

        dialog.submitted.connect(submitted)
        dialog.open()
        opened(dialog)

    controller.with_session(read, show, label="vendors")
