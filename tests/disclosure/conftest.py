"""Small disclosures built in memory: an identity key, a few fields, a stub PDF renderer."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from cmrdesk.disclosure import (
    EXACT,
    CatalogueField,
    Intent,
    Precision,
    Purpose,
    PurposeKind,
    Terms,
    ValueKind,
    VendorRef,
    build_document,
    identity_info,
    money_band_default,
    signing_key,
)

AS_OF = date(2026, 11, 23)
ISSUED = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)


def stub_pdf(document: dict) -> bytes:
    """A tiny stand-in for Qt's PDF (the real one is tested in tests/ui)."""
    return b"%PDF-1.4\n% stub for " + document["id"].encode() + b"\n%%EOF\n"


class Identity:
    """An Ed25519 key pair as the vault would hold it."""

    def __init__(self) -> None:
        private = Ed25519PrivateKey.generate()
        self.secret = private.private_bytes_raw()
        self.public = private.public_key().public_bytes_raw()
        self.info = identity_info(self.public)

    def jose(self):
        return signing_key(self.public, self.secret)


@pytest.fixture
def identity() -> Identity:
    return Identity()


def catalogue() -> dict[str, CatalogueField]:
    items = [
        CatalogueField(name="net_worth", label="Net worth", group="Balances",
                       kind=ValueKind.MONEY, value=Decimal("64344.13"), currency="EUR",
                       default=money_band_default(Decimal("64344.13"))),
        CatalogueField(name="income.net_monthly_salary", label="Net salary per month",
                       group="Income", kind=ValueKind.MONEY, value=Decimal("6630.00"),
                       currency="EUR", default=Precision.parse("band:500")),
        CatalogueField(name="profile.city", label="City", group="Profile",
                       kind=ValueKind.TEXT, value="Utrecht"),
        CatalogueField(name="profile.employer", label="Employer", group="Profile",
                       kind=ValueKind.TEXT, value="Quuxcorp Holding"),
        CatalogueField(name="profile.employed_since", label="Employed since", group="Profile",
                       kind=ValueKind.DATE, value=date(2014, 12, 2)),
        CatalogueField(name="profile.age", label="Age", group="Profile", kind=ValueKind.NUMBER,
                       value=Decimal(40), unit="years", default=Precision.parse("band:10")),
        CatalogueField(name="fact.no_overdraft_12m", label="No overdraft in 12 months",
                       group="Facts", kind=ValueKind.FACT, value=True),
    ]
    return {item.name: item for item in items}


@pytest.fixture
def small_catalogue() -> dict[str, CatalogueField]:
    return catalogue()


def document_for(identity: Identity, selection: dict[str, Precision] | None = None,
                 vendor_fingerprint: str = "") -> dict:
    return build_document(
        catalogue=catalogue(),
        selection=selection or {"net_worth": Precision.parse("band:25000"),
                                "fact.no_overdraft_12m": EXACT, "profile.city": EXACT},
        vendor=VendorRef("Zeta Lending", "bank", vendor_fingerprint),
        purpose=Purpose(PurposeKind.MORTGAGE_PRECHECK, "a first look"),
        terms=Terms(), intent=Intent("fixed-rate offers; e-mail only", contact=("email",)),
        expires=date(2027, 1, 22), as_of=AS_OF, issued=ISSUED,
        signer_fingerprint=identity.info.fingerprint,
    )
