"""The "Ask for offers…" form: what is wanted, of whom, by when; one signed package per vendor.

Opened from the Share page and from advice that can be acted on (move idle cash, refinance,
compare insurance before renewal), filled in for that product. The form reads its fields once,
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

from PySide6.QtWidgets import QWidget

from cmrdesk.domain import Account, AccountKind, CmrdeskError, Money, PolicyType, ProductKind

from .forms import FormDialog
from .i18n import QT_TR_NOOP, tr

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
                 today: date, prefill: dict[str, Any] | None = None) -> FormDialog:
    """The form, with the fields of the chosen product shown."""
    dialog = FormDialog(
        tr("Ask for offers"), parent, submit_text=tr("Sign and write requests"),
        intro=tr("One signed request goes to each vendor you tick (encrypted to those with a "
                 "key). It says what you want and what you do not want, and shares no other "
                 "facts. Offers that come back are compared in History."))
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


def spec_of(values: dict[str, Any], vendors: Sequence[Any], base: str) -> Any:
    """The services' ``RequestSpec`` from the form's typed values (``vendors``: the vault's
    ``Vendor`` records)."""
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
        respond_by=values.get("respond_by"))


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
                      prefill: dict[str, Any], opened: Callable[[FormDialog], None],
                      done: Callable[[Any], None]) -> None:
    """Read the vendors (worker), then open the form over ``parent``; on Send the requests
    are written to ``folder``. ``opened(dialog)`` hands the open form over (tests fill it),
    ``done(result)`` the written request."""
    from cmrdesk.services import sharing

    from .pdf import render_pdf

    def read(session: Any) -> tuple[list[Any], str]:
        return sharing.vendors(session), session.base_currency

    def show(result: tuple[list[Any], str]) -> None:
        views, base = result
        choices = [VendorChoice(int(v.vendor.id), v.vendor.name, v.can_encrypt) for v in views]
        today = getattr(controller, "today", None) or date.today()
        dialog = request_form(parent, choices, base, today=today, prefill=prefill)
        vault_vendors = [v.vendor for v in views]

        def submitted(values: dict[str, Any]) -> None:
            try:
                spec = spec_of(values, vault_vendors, base)
            except CmrdeskError as error:
                dialog.failed(error)
                return
            send_request(controller, dialog, spec, folder, render_pdf, done)

        dialog.submitted.connect(submitted)
        dialog.open()
        opened(dialog)

    controller.with_session(read, show, label="vendors")
