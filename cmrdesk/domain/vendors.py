"""Vendors: the banks, insurers, landlords and others a person deals with."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class VendorKind(StrEnum):
    """What kind of counterpart a vendor is."""

    BANK = "bank"
    INSURER = "insurer"
    LANDLORD = "landlord"
    ADVISER = "adviser"
    EMPLOYER = "employer"
    OTHER = "other"


@dataclass(kw_only=True)
class Vendor:
    """A named counterpart that may receive disclosures."""

    name: str
    kind: VendorKind = VendorKind.OTHER
    email: str = ""
    website: str = ""
    notes: str = ""
    public_key: str = ""  # JWK or PEM text, as the vendor published it
    signing_key: str = ""  # the vendor's Ed25519 public JWK that signs their offers
    id: int | None = None
