"""Disclosure records: the customer's identity key, receipts of what left, saved share profiles.

These are what the vault keeps about sharing. Building, signing and checking packages is
``cmrdesk.disclosure``'s job; these records only remember it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any


@dataclass(kw_only=True)
class IdentityKey:
    """The public half of the customer's Ed25519 identity key.

    The private half is never part of a domain object: it stays in the vault and is read
    only for the moment of signing (``cmrdesk.vault.identity``), so it cannot end up in a
    repr, a log record or an exception message by accident.
    """

    public_key: bytes  # 32 raw bytes (RFC 8032)
    algorithm: str = "Ed25519"
    created_at: datetime
    retired: bool = False
    id: int | None = None


@dataclass(kw_only=True)
class DisclosureReceipt:
    """What was told to whom, when, on which terms: one row per exported package.

    ``fields`` maps each disclosed field name to its precision (``"band:25000"``);
    ``document`` is the disclosure exactly as it was signed, so History can show it again and
    diff two disclosures without the package. ``package_sha256`` is
    :func:`cmrdesk.disclosure.package_digest` of the folder.
    """

    disclosure_id: str
    vendor_id: int | None
    vendor_name: str
    purpose_kind: str
    purpose: str
    terms: dict[str, Any] = field(default_factory=dict)
    intent: dict[str, Any] = field(default_factory=dict)
    expires: date
    fields: dict[str, str] = field(default_factory=dict)
    document: dict[str, Any] = field(default_factory=dict)
    package_sha256: str
    package_path: str
    encrypted: bool = False
    signer_fingerprint: str
    vendor_key_fingerprint: str = ""
    format_version: str
    created_at: datetime
    id: int | None = None

    def expired(self, today: date) -> bool:
        """Whether the disclosure's expiry date has passed on ``today``."""
        return self.expires < today


@dataclass(kw_only=True)
class ShareProfile:
    """A saved choice of fields and precisions for one vendor: the next export in one click.

    Values are never stored here, only names and precisions; each export takes the current
    values from the vault.
    """

    vendor_id: int
    name: str
    purpose_kind: str = "other"
    purpose: str = ""
    fields: dict[str, str] = field(default_factory=dict)
    terms: dict[str, Any] = field(default_factory=dict)
    intent: dict[str, Any] = field(default_factory=dict)
    expires_days: int = 90
    id: int | None = None
