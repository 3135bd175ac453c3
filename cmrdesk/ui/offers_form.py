"""The "Key in an offer…" form: an offer that came on paper or by e-mail, typed in with the
same terms as a signed one (:data:`cmrdesk.disclosure.offers.OFFER_SCHEMA`), stored as
"keyed in" (not verified) and linked to the request shown in History. Saving is an undoable
edit through :func:`cmrdesk.services.offers.add_offer_operation`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QWidget

from cmrdesk.domain import Frequency, ProductKind

from .forms import FormDialog
from .i18n import QT_TR_NOOP, tr
from .record_forms import run_form
from .request_form import PRODUCTS

#: The fields each product's offer has (beyond vendor, product, validity and conditions).
TERMS_OF: dict[str, tuple[str, ...]] = {
    "mortgage": ("amount", "rate", "apr", "term_years", "fixed_years", "fees"),
    "personal_loan": ("amount", "rate", "apr", "term_years", "fees"),
    "credit_card": ("amount", "rate", "apr", "fees"),
    "savings": ("amount", "rate", "term_years", "fees"),
    "insurance": ("premium", "frequency", "cover", "deductible", "term_years", "fees"),
    "other": ("amount", "monthly_price", "term_years", "fees"),
}
_ALWAYS = ("vendor", "product", "valid_until", "conditions")
FREQUENCY_NAMES = {"weekly": QT_TR_NOOP("Weekly"), "monthly": QT_TR_NOOP("Monthly"),
                   "quarterly": QT_TR_NOOP("Quarterly"),
                   "half_yearly": QT_TR_NOOP("Every six months"), "yearly": QT_TR_NOOP("Yearly")}


def offer_form(parent: QWidget | None, vendors: list[tuple[int, str]], base: str, *,
               today: date, product: str = "mortgage",
               vendor_id: int | None = None) -> FormDialog:
    """The form, with the terms of the chosen product shown."""
    dialog = FormDialog(tr("Key in an offer"), parent, submit_text=tr("Add offer"), intro=tr(
        "Type in an offer that came on paper or by e-mail. It is kept as keyed in: no "
        "signature vouches for it, so check it against the letter."))
    dialog.choice("vendor", tr("From"), vendors)
    dialog.choice("product", tr("Product"), [(k, tr(v)) for k, v in PRODUCTS.items()])
    dialog.amount("amount", tr("Amount ({currency})").format(currency=base), lambda: base,
                  allow_negative=False)
    dialog.number("rate", tr("Rate (% a year)"), minimum=Decimal(-10), maximum=Decimal(99))
    dialog.number("apr", tr("APR (% a year)"), minimum=Decimal(-10), maximum=Decimal(99),
                  hint=tr("The yearly percentage rate with costs, if the offer states it."))
    dialog.number("term_years", tr("Term (years)"), whole=True, minimum=Decimal(1),
                  maximum=Decimal(50))
    dialog.number("fixed_years", tr("Fixed rate (years)"), whole=True, minimum=Decimal(1),
                  maximum=Decimal(50))
    dialog.amount("premium", tr("Premium ({currency})").format(currency=base), lambda: base,
                  allow_negative=False)
    dialog.choice("frequency", tr("Premium paid"),
                  [(f.value, tr(FREQUENCY_NAMES[f.value])) for f in Frequency])
    dialog.amount("cover", tr("Cover ({currency})").format(currency=base), lambda: base,
                  allow_negative=False)
    dialog.amount("deductible", tr("Own risk ({currency})").format(currency=base),
                  lambda: base, allow_negative=False)
    dialog.amount("monthly_price", tr("Price a month ({currency})").format(currency=base),
                  lambda: base, allow_negative=False)
    dialog.amount("fees", tr("One-off fees ({currency})").format(currency=base), lambda: base,
                  allow_negative=False, hint=tr("What taking the offer costs once: advice, "
                                               "valuation, notary, closing the old one."))
    dialog.day("valid_until", tr("Valid until"), required=True)
    dialog.notes("conditions", tr("Conditions"))
    dialog.fill(product=product, valid_until=today + timedelta(days=30),
                **({"vendor": vendor_id} if vendor_id is not None else {}))

    def changed(name: str) -> None:
        if name == "product":
            show_terms(dialog)

    dialog.field_changed = changed  # type: ignore[method-assign]
    show_terms(dialog)
    return dialog


def show_terms(dialog: FormDialog) -> None:
    """Show the terms the chosen product's offers have."""
    product = dialog.fields["product"].widget.currentData()  # type: ignore[attr-defined]
    dialog.show_only((*_ALWAYS, *TERMS_OF.get(product, ())))


def terms_of(values: dict[str, Any], base: str) -> dict[str, Any]:
    """The offer schema's ``terms`` from the form's typed values (decimal strings)."""
    def text(name: str) -> str | None:
        value = values.get(name)
        return None if value is None else f"{Decimal(value):f}"

    premium = text("premium")
    return {
        "currency": base, "amount": text("amount"), "rate": text("rate"), "apr": text("apr"),
        "term_years": values.get("term_years"), "fixed_years": values.get("fixed_years"),
        "fees": text("fees"), "premium": premium,
        "frequency": values.get("frequency") if premium is not None else None,
        "cover": text("cover"), "deductible": text("deductible"),
        "monthly_price": text("monthly_price"),
    }


def open_offer_form(parent: QWidget, controller: Any, request: Any, vendor_id: int | None,
                    opened: Callable[[FormDialog], None]) -> None:
    """Read the vendors (worker), then open the form for ``request`` (an ``OfferRequest`` or
    ``None``); saving stores the offer as an undoable edit."""
    from cmrdesk.domain import Vendor
    from cmrdesk.services import offers, sharing

    def read(session: Any) -> tuple[list[Any], str]:
        return [v.vendor for v in sharing.vendors(session)], session.base_currency

    def show(result: tuple[list[Any], str]) -> None:
        vendors, base = result
        today = getattr(controller, "today", None) or date.today()
        product = request.product.value if request is not None else ProductKind.MORTGAGE.value
        dialog = offer_form(parent, [(int(v.id), v.name) for v in vendors], base, today=today,
                            product=product, vendor_id=vendor_id)

        def to_build(values: dict[str, Any]) -> Callable[[Any], Any]:
            keyed: dict[str, Any] = {
                "product": ProductKind(values["product"]), "terms": terms_of(values, base),
                "valid_until": values["valid_until"],
                "request_id": request.request_id if request is not None else None,
                "insurance_type": request.insurance_type if request is not None else "",
                "conditions": values.get("conditions") or ""}
            return lambda s: offers.add_offer_operation(s, offers.KeyedOffer(
                vendor=s.get(Vendor, values["vendor"]), **keyed))

        run_form(controller, dialog, to_build)
        opened(dialog)

    controller.with_session(read, show, label="vendors")
