"""Requests for offers: one signed package per vendor, recorded in the vault.

::

    result = make_request(session, RequestSpec(vendors=[acme, bank2], product=MORTGAGE,
                          amount=Money.of("300000", "EUR"), term_years=30, fixed_years=10,
                          wants=["no cross-selling"], respond_by=date(2026, 12, 31)),
                          out_dir, render_pdf=render_pdf)

Each package is the share package (signed with the identity key, encrypted to a vendor that
has a key) whose document carries the ``request`` section (see
:mod:`cmrdesk.disclosure.requests`). Fields are optional and follow the share rules (an unknown
value is refused). Every package is written and every record stored, or nothing: the request,
and one disclosure receipt per vendor so History shows what each was told.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from cmrdesk.disclosure import (
    PdfRenderer,
    Precision,
    Terms,
    VendorRef,
    folder_name,
    install_package,
)
from cmrdesk.disclosure.package import remove_package
from cmrdesk.disclosure.requests import build_request_document, request_section
from cmrdesk.domain import (
    ChangeSet,
    Money,
    NotFound,
    OfferRequest,
    ProductKind,
    ValidationError,
    VaultError,
    Vendor,
)
from cmrdesk.vault import Repository

from . import sharing
from .session import VaultSession

#: A request package may be used for this long unless the reply date is later.
REQUEST_EXPIRES_DAYS = 90


@dataclass(frozen=True)
class RequestSpec:
    """What the person asks for, and of whom (see :mod:`cmrdesk.disclosure.requests`)."""

    vendors: Sequence[Vendor]
    product: ProductKind
    insurance_type: str = ""
    amount: Money | None = None
    term_years: int | None = None
    fixed_years: int | None = None
    wants: Sequence[str] = ()
    not_wants: Sequence[str] = ()
    selection: dict[str, Precision] = field(default_factory=dict)
    respond_by: date | None = None
    terms: Terms = field(default_factory=Terms)


@dataclass(frozen=True)
class RequestResult:
    """The recorded request and its packages."""

    request: OfferRequest
    change: ChangeSet

    def as_json(self) -> dict[str, Any]:
        """``cmrdesk request --json``: ``{"request_id", "packages": [{"vendor", "package",
        "sha256"}]}`` (each package also says whether it is ``encrypted``)."""
        return {"request_id": self.request.request_id,
                "packages": [{"vendor": p["vendor"], "package": p["package"],
                              "sha256": p["sha256"], "encrypted": p["encrypted"]}
                             for p in self.request.packages]}


@dataclass(frozen=True)
class PreparedRequest:
    """A request checked and its documents built (one per vendor), nothing written yet: the
    app draws each PDF on its GUI thread from :attr:`documents` before :func:`write_request`."""

    spec: RequestSpec
    section: dict[str, Any]
    shown: list[Any]  # sharing.Preview per vendor
    moment: datetime

    @property
    def documents(self) -> list[dict[str, Any]]:
        """The documents that will be signed, one per vendor."""
        return [item.document for item in self.shown]


def prepare_request(session: VaultSession, spec: RequestSpec, *,
                    now: datetime | None = None) -> PreparedRequest:
    """Check ``spec`` and build each vendor's document (an unknown field is refused)."""
    if session.vault.read_only:
        raise VaultError("the vault is open read-only; open it for writing to send a request")
    if not spec.vendors:
        raise ValidationError("vendor", "choose at least one vendor")
    ids = [v.id for v in spec.vendors]
    if None in ids:
        raise ValidationError("vendor", "store the vendor first")
    if len(set(ids)) != len(ids):
        raise ValidationError("vendor", "a vendor is named twice")
    moment = now or datetime.now(UTC)
    today = moment.date()
    section = request_section(
        request_id=f"urn:uuid:{uuid.uuid4()}", product=spec.product,
        insurance_type=spec.insurance_type, amount=spec.amount, term_years=spec.term_years,
        fixed_years=spec.fixed_years, wants=spec.wants, not_wants=spec.not_wants,
        respond_by=spec.respond_by, today=today)
    catalogue: Any = {}
    if spec.selection:
        catalogue = sharing.build_catalogue(session, today=today)
        refused = sharing.unknown_in(catalogue, spec.selection)
        if refused:
            raise refused[0]
    expires = max(today + timedelta(days=REQUEST_EXPIRES_DAYS),
                  (spec.respond_by or today) + timedelta(days=30))
    signer = sharing.identity(session)
    shown = []
    for vendor in spec.vendors:
        key = sharing.vendor_key(vendor)
        document = build_request_document(
            section=section, catalogue=catalogue, selection=spec.selection,
            vendor=VendorRef(vendor.name, str(vendor.kind), key.fingerprint if key else ""),
            terms=spec.terms, expires=expires, as_of=today, issued=moment,
            signer_fingerprint=signer.fingerprint)
        shown.append(sharing.Preview(document, vendor, key,
                                     f"request-{folder_name(vendor.name, today)}", ()))
    return PreparedRequest(spec, section, shown, moment)


def write_request(session: VaultSession, prepared: PreparedRequest, out_dir: Path | str, *,
                  render_pdf: PdfRenderer) -> RequestResult:
    """Sign and write every package of ``prepared`` and record the request, all or nothing."""
    spec, section = prepared.spec, prepared.section
    built = [(item, sharing._signed_package(session, item, render_pdf))
             for item in prepared.shown]
    installed: list[Path] = []
    try:
        with session.vault.begin() as conn:
            repo = Repository(conn, session.vault.tables)
            packages = []
            receipt_ids = []
            for shown, package in built:
                vendor = shown.vendor
                path = install_package(package, out_dir, shown.folder)
                installed.append(path)
                receipt = sharing._receipt(shown, package)
                receipt.package_path = str(path)
                receipt_ids.append(repo.add(receipt))
                packages.append({"vendor_id": vendor.id, "vendor": vendor.name,
                                 "package": str(path), "sha256": package.sha256,
                                 "encrypted": package.encrypted,
                                 "disclosure_id": package.document["id"]})
            record = OfferRequest(
                request_id=section["id"], product=spec.product,
                insurance_type=spec.insurance_type, amount=spec.amount,
                term_years=spec.term_years, fixed_years=spec.fixed_years,
                wants=list(section["wants"]), not_wants=list(section["does_not_want"]),
                fields={n: p.spec for n, p in spec.selection.items()},
                respond_by=spec.respond_by, packages=packages, document=section,
                created_at=prepared.moment)
            ident = repo.add(record)
    except BaseException:
        for path in installed:
            remove_package(path)
        raise
    change = ChangeSet.of("offer_requests", ids=(ident,)) | ChangeSet.of(
        "disclosure_receipts", ids=tuple(receipt_ids))
    return RequestResult(record, change)


def make_request(
    session: VaultSession, spec: RequestSpec, out_dir: Path | str, *,
    render_pdf: PdfRenderer, now: datetime | None = None,
) -> RequestResult:
    """Write one signed package per vendor and record the request, all or nothing."""
    return write_request(session, prepare_request(session, spec, now=now), out_dir,
                         render_pdf=render_pdf)


def requests(session: VaultSession) -> list[OfferRequest]:
    """Every request, newest first."""
    return sorted(session.list(OfferRequest), key=lambda r: (r.created_at, r.id or 0),
                  reverse=True)


def request_by_id(session: VaultSession, request_id: str) -> OfferRequest:
    """The request with this ``urn:uuid:`` id (or the vault's row number), or ``NotFound``."""
    for item in session.list(OfferRequest):
        if request_id in (item.request_id, str(item.id)):
            return item
    raise NotFound("request", request_id)


def vendors_named(session: VaultSession, names: Sequence[str]) -> list[Vendor]:
    """The vendors called ``names`` (case-insensitive), in that order."""
    return [sharing.vendor_named(session, name) for name in names]
