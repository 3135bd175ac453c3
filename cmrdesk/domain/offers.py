"""Requests for offers, the offers vendors send back, and tracked deletion requests.

These are what the vault remembers of the two-way loop: what was asked of whom (one request,
one signed package per vendor), what each vendor offered (signed and verified, or keyed in by
hand from paper or e-mail), what the person decided, and the deletion requests they sent with
the day an answer is due. Building, signing and checking the files is ``cmrdesk.disclosure``'s
job; comparing offers is ``cmrdesk.insights.offers``'.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from .errors import PackageInvalid
from .money import Money


class ProductKind(StrEnum):
    """What a request asks for and an offer offers."""

    SAVINGS = "savings"
    MORTGAGE = "mortgage"
    PERSONAL_LOAN = "personal_loan"
    CREDIT_CARD = "credit_card"
    INSURANCE = "insurance"
    OTHER = "other"

    @property
    def is_credit(self) -> bool:
        """Money borrowed: the rate is a cost."""
        return self in (ProductKind.MORTGAGE, ProductKind.PERSONAL_LOAN, ProductKind.CREDIT_CARD)


class OfferStatus(StrEnum):
    """Where the person stands on an offer."""

    OPEN = "open"
    ACCEPTED = "accepted"
    DECLINED = "declined"


#: ``Offer.source`` of an offer imported from a signed file, and of one typed in by hand.
SOURCE_SIGNED = "signed file"
SOURCE_KEYED_IN = "keyed in"


@dataclass(kw_only=True)
class OfferRequest:
    """One request for offers, sent to one or more vendors.

    ``request_id`` (``urn:uuid:...``) is what offers quote back; ``packages`` lists, per
    vendor, ``{"vendor_id", "vendor", "package", "sha256", "encrypted"}``; ``insurance_type``
    is the kind of cover when ``product`` is insurance (a ``PolicyType`` value, else ``""``).
    """

    request_id: str
    product: ProductKind
    insurance_type: str = ""
    amount: Money | None = None
    term_years: int | None = None
    fixed_years: int | None = None
    wants: list[str] = field(default_factory=list)
    not_wants: list[str] = field(default_factory=list)
    fields: dict[str, str] = field(default_factory=dict)
    respond_by: date | None = None
    packages: list[dict[str, Any]] = field(default_factory=list)
    document: dict[str, Any] = field(default_factory=dict)
    created_at: datetime
    id: int | None = None


@dataclass(kw_only=True)
class Offer:
    """An offer from a vendor: signed and verified, or keyed in by hand (``verified`` False).

    ``payload`` is the offer as the vendor wrote it (see ``docs/offer.schema.json``; for one
    keyed in, the same shape built from the form); ``token`` the compact JWS it arrived as
    (``""`` when keyed in). ``request_id`` is ``""`` for an offer that answers no request.
    """

    offer_id: str
    request_id: str = ""
    vendor_id: int | None = None
    vendor_name: str
    product: ProductKind
    payload: dict[str, Any] = field(default_factory=dict)
    token: str = ""
    verified: bool = False
    source: str = SOURCE_KEYED_IN
    signer_fingerprint: str = ""
    valid_until: date | None = None
    status: OfferStatus = OfferStatus.OPEN
    decided_on: date | None = None
    received_at: datetime
    id: int | None = None


@dataclass(kw_only=True)
class DeletionRequest:
    """A deletion request sent to a vendor: when, when the answer is due, and when (and how)
    the vendor confirmed it (``confirmation``: ``""``, ``"by hand"`` or ``"signed"``)."""

    vendor_id: int | None = None
    vendor_name: str
    receipt_id: int | None = None
    disclosure_id: str = ""
    requested_on: date
    due_on: date
    confirmed_on: date | None = None
    confirmation: str = ""
    id: int | None = None

    def overdue(self, today: date) -> bool:
        """Unconfirmed after the day the answer was due."""
        return self.confirmed_on is None and today > self.due_on


class OfferInvalid(PackageInvalid):
    """An offer file that is refused: a bad signature, another key, an unknown request, past
    its validity, or not an offer at all. Nothing of it is stored."""

    def __init__(self, path: object, reason: str) -> None:
        super().__init__(path, reason)
        self.args = (f"offer {path} is refused: {reason}",)

    def __str__(self) -> str:
        return str(self.args[0])
