"""A request for offers: a disclosure package with a ``request`` section.

The package is the share package (:mod:`.package`, signed, encrypted to vendors with a key,
README and PDF): a vendor verifies it with ``cmrdesk verify`` or any JOSE library exactly as a
disclosure. The signed document gains one section, added under the format's "keys are only
ever added" rule::

    "request": {"id": "urn:uuid:...", "product": "mortgage", "insurance_type": "",
                "amount": {"value": "300000.00", "currency": "EUR"} | null,
                "term_years": 30 | null, "fixed_years": 10 | null,
                "wants": ["..."], "does_not_want": ["..."], "respond_by": "2026-12-31" | null,
                "answer": {"format": "cmrdesk-offer", "schema": "offer.schema.json"}}

One request goes to several vendors: the request id is the same in every package, the
disclosure id differs. A request may disclose no field at all (a vendor can make an offer on
the wants alone); fields it does disclose follow the share panel's precision rules.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from cmrdesk.domain import Money, ProductKind, ValidationError

from .document import VendorRef, build_document, new_disclosure_id, one_line
from .fields import CatalogueField
from .precision import Precision
from .terms import Intent, Purpose, PurposeKind, Terms

#: The signed document's section that makes a disclosure a request for offers.
REQUEST_SECTION = "request"
#: At most this many wants / does-not-wants, each at most this long: a request is a short list.
MAX_ITEMS, MAX_ITEM_LENGTH = 20, 200


def purpose_kind_of(product: ProductKind) -> PurposeKind:
    """The disclosure purpose a request for ``product`` carries."""
    if product is ProductKind.MORTGAGE:
        return PurposeKind.MORTGAGE_PRECHECK
    if product is ProductKind.INSURANCE:
        return PurposeKind.INSURANCE_QUOTE
    return PurposeKind.OTHER


def _items(values: Sequence[str], field: str) -> list[str]:
    items = [one_line(v) for v in values if one_line(v)]
    if len(items) > MAX_ITEMS:
        raise ValidationError(field, f"at most {MAX_ITEMS} items")
    for item in items:
        if len(item) > MAX_ITEM_LENGTH:
            raise ValidationError(field, f"an item is longer than {MAX_ITEM_LENGTH} characters")
    return items


def _years(value: int | None, field: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 50:
        raise ValidationError(field, "must be a whole number of years from 1 to 50")
    return value


def request_section(
    *,
    request_id: str,
    product: ProductKind,
    insurance_type: str = "",
    amount: Money | None = None,
    term_years: int | None = None,
    fixed_years: int | None = None,
    wants: Sequence[str] = (),
    not_wants: Sequence[str] = (),
    respond_by: date | None = None,
    today: date,
) -> dict[str, Any]:
    """The ``request`` section, checked: positive amount, sensible years, a fixed period
    within the term, a reply date after ``today``, short one-line wants."""
    if amount is not None and amount.amount <= 0:
        raise ValidationError("amount", "must be more than zero")
    term = _years(term_years, "term_years")
    fixed = _years(fixed_years, "fixed_years")
    if term is not None and fixed is not None and fixed > term:
        raise ValidationError("fixed_years", "cannot be longer than the term")
    if respond_by is not None and respond_by <= today:
        raise ValidationError("respond_by", "must be after today")
    if insurance_type and product is not ProductKind.INSURANCE:
        raise ValidationError("insurance_type", "only an insurance request has one")
    return {
        "id": request_id,
        "product": product.value,
        "insurance_type": insurance_type,
        "amount": ({"value": amount.rounded().decimal_str(), "currency": amount.currency}
                   if amount is not None else None),
        "term_years": term,
        "fixed_years": fixed,
        "wants": _items(wants, "wants"),
        "does_not_want": _items(not_wants, "does_not_want"),
        "respond_by": respond_by.isoformat() if respond_by else None,
        "answer": {"format": "cmrdesk-offer", "schema": "offer.schema.json"},
    }


def request_purpose_text(section: Mapping[str, Any]) -> str:
    """``"Offers wanted: mortgage, EUR 300000.00, 30 years, 10 years fixed"``."""
    parts = [str(section["product"]).replace("_", " ")]
    if section.get("insurance_type"):
        parts[0] = f"{section['insurance_type']} insurance"
    if section.get("amount"):
        parts.append(f"{section['amount']['currency']} {section['amount']['value']}")
    if section.get("term_years"):
        parts.append(f"{section['term_years']} years")
    if section.get("fixed_years"):
        parts.append(f"{section['fixed_years']} years fixed")
    return "Offers wanted: " + ", ".join(parts)


def build_request_document(
    *,
    section: dict[str, Any],
    catalogue: Mapping[str, CatalogueField],
    selection: Mapping[str, Precision],
    vendor: VendorRef,
    terms: Terms,
    expires: date,
    as_of: date,
    issued: datetime,
    signer_fingerprint: str,
) -> dict[str, Any]:
    """The signed document of one vendor's request package: a disclosure (zero fields
    allowed) whose purpose and intent say what is wanted, plus the ``request`` section."""
    product = ProductKind(section["product"])
    intent = Intent(text=request_purpose_text(section), wants=tuple(section["wants"]),
                    does_not_want=tuple(section["does_not_want"]))
    document = build_document(
        catalogue=catalogue, selection=selection, vendor=vendor,
        purpose=Purpose(purpose_kind_of(product), request_purpose_text(section)),
        terms=terms, intent=intent, expires=expires, as_of=as_of, issued=issued,
        signer_fingerprint=signer_fingerprint, disclosure_id=new_disclosure_id(),
        allow_empty=True,
    )
    document[REQUEST_SECTION] = section
    return document


def request_of(document: Mapping[str, Any]) -> dict[str, Any]:
    """The ``request`` section of a verified package, or ``ValidationError`` when the package
    is a plain disclosure (nothing to answer)."""
    section = document.get(REQUEST_SECTION)
    if not isinstance(section, dict) or not str(section.get("id", "")).startswith("urn:uuid:"):
        raise ValidationError("request", "this package is a disclosure, not a request for offers")
    try:
        ProductKind(section.get("product"))
    except ValueError:
        raise ValidationError("request", "the request names an unknown product") from None
    return dict(section)
