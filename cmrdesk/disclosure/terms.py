"""Purpose, terms and intent: why the customer shares, on what conditions, and what they want.

The terms are the customer's own, machine-readable, in the spirit of IEEE 7012 (machine
readable personal privacy terms: the individual proffers the terms, the vendor agrees) with
fields after the Kantara Initiative Consent Receipt 1.1:

=====================  ==========================================  ===========================
key                    meaning                                     Consent Receipt 1.1
=====================  ==========================================  ===========================
``consent_type``       always ``"explicit"``: the person chose     ``consentType``
                       every field
``purpose_limited``    always true: use only for ``purpose``       ``purposes`` /
                                                                   ``primaryPurpose``
``retention_days``     delete this many days after ``issued``      ``termination``
``onward_sharing``     may pass it to third parties (default no)   ``thirdPartyDisclosure``
``profiling``          may profile or score beyond the purpose     (IEEE 7012 term)
``marketing``          may use it for marketing                    (IEEE 7012 term)
``delete_on_request``  must delete when the customer asks          (IEEE 7012 term)
``jurisdiction``       ISO 3166 country whose law applies, or ""   ``jurisdiction``
=====================  ==========================================  ===========================
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from cmrdesk.domain import ValidationError

#: Named in the package so a machine reading it knows which vocabulary the terms use.
TERMS_MODEL = "IEEE 7012 personal terms; fields after Kantara Consent Receipt 1.1"

#: The longest retention the terms allow (ten years): anything longer is a typo.
MAX_RETENTION_DAYS = 3650


class PurposeKind(StrEnum):
    """What the disclosure is for."""

    MORTGAGE_PRECHECK = "mortgage_precheck"
    INSURANCE_QUOTE = "insurance_quote"
    RENTAL_APPLICATION = "rental_application"
    ADVISER_INTAKE = "adviser_intake"
    OTHER = "other"

    @property
    def title(self) -> str:
        """A short human name: ``"Mortgage pre-check"``."""
        return _TITLES[self]


_TITLES = {
    PurposeKind.MORTGAGE_PRECHECK: "Mortgage pre-check",
    PurposeKind.INSURANCE_QUOTE: "Insurance quote",
    PurposeKind.RENTAL_APPLICATION: "Rental application",
    PurposeKind.ADVISER_INTAKE: "Adviser intake",
    PurposeKind.OTHER: "Other",
}


@dataclass(frozen=True)
class Purpose:
    """The purpose: a kind plus the customer's own words."""

    kind: PurposeKind = PurposeKind.OTHER
    text: str = ""

    def as_dict(self) -> dict[str, Any]:
        """JSON form: ``{"kind": "mortgage_precheck", "text": "..."}``."""
        return {"kind": self.kind.value, "text": self.text}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Purpose:
        """Inverse of :meth:`as_dict`."""
        try:
            kind = PurposeKind(data.get("kind", "other"))
        except ValueError:
            raise ValidationError("purpose", f"unknown kind {data.get('kind')!r}") from None
        return cls(kind, str(data.get("text", "")))


@dataclass(frozen=True)
class Terms:
    """The conditions the vendor accepts by using the disclosure (see the module table)."""

    retention_days: int = 90
    onward_sharing: bool = False
    profiling: bool = False
    marketing: bool = False
    delete_on_request: bool = True
    jurisdiction: str = ""

    def __post_init__(self) -> None:
        if isinstance(self.retention_days, bool) or not isinstance(self.retention_days, int):
            raise ValidationError("retention_days", "must be a whole number of days")
        if not 1 <= self.retention_days <= MAX_RETENTION_DAYS:
            raise ValidationError(
                "retention_days", f"must be between 1 and {MAX_RETENTION_DAYS} days"
            )
        if self.jurisdiction and not (
            len(self.jurisdiction) == 2 and self.jurisdiction.isalpha()
            and self.jurisdiction.isupper()
        ):
            raise ValidationError("jurisdiction", "must be an ISO 3166 alpha-2 code such as NL")

    def as_dict(self) -> dict[str, Any]:
        """JSON form, with the two constant terms spelled out for machine readers."""
        return {
            "model": TERMS_MODEL,
            "consent_type": "explicit",
            "purpose_limited": True,
            "retention_days": self.retention_days,
            "onward_sharing": self.onward_sharing,
            "profiling": self.profiling,
            "marketing": self.marketing,
            "delete_on_request": self.delete_on_request,
            "jurisdiction": self.jurisdiction,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Terms:
        """Inverse of :meth:`as_dict` (missing keys take the defaults)."""
        defaults = cls()
        return cls(
            retention_days=data.get("retention_days", defaults.retention_days),
            onward_sharing=bool(data.get("onward_sharing", defaults.onward_sharing)),
            profiling=bool(data.get("profiling", defaults.profiling)),
            marketing=bool(data.get("marketing", defaults.marketing)),
            delete_on_request=bool(data.get("delete_on_request", defaults.delete_on_request)),
            jurisdiction=str(data.get("jurisdiction", defaults.jurisdiction)),
        )

    def sentences(self) -> list[str]:
        """The terms as plain sentences, for the PDF and the README."""
        lines = [
            "Use these facts only for the stated purpose.",
            f"Delete them {self.retention_days} days after the issue date at the latest.",
            "You may pass them on to third parties." if self.onward_sharing
            else "Do not pass them on to anyone else.",
            "You may profile or score me beyond this purpose." if self.profiling
            else "Do not use them to profile or score me beyond this purpose.",
            "You may use them for marketing." if self.marketing
            else "Do not use them for marketing.",
        ]
        if self.delete_on_request:
            lines.append("Delete them when I ask you to.")
        if self.jurisdiction:
            lines.append(f"The law of {self.jurisdiction} applies.")
        return lines


@dataclass(frozen=True)
class Intent:
    """What the customer wants to hear about, and what not, so the vendor answers the request
    instead of profiling them.

    ``text`` is the customer's own sentence ("fixed-rate mortgage offers up to 250,000 over
    10-15 years; no credit cards; contact by e-mail only"); the lists are optional structure.
    """

    text: str = ""
    wants: tuple[str, ...] = field(default_factory=tuple)
    does_not_want: tuple[str, ...] = field(default_factory=tuple)
    contact: tuple[str, ...] = field(default_factory=tuple)  # "email", "phone", "post"

    def as_dict(self) -> dict[str, Any]:
        """JSON form."""
        return {
            "text": self.text,
            "wants": list(self.wants),
            "does_not_want": list(self.does_not_want),
            "contact": list(self.contact),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Intent:
        """Inverse of :meth:`as_dict`."""
        return cls(
            text=str(data.get("text", "")),
            wants=tuple(str(x) for x in data.get("wants", ())),
            does_not_want=tuple(str(x) for x in data.get("does_not_want", ())),
            contact=tuple(str(x) for x in data.get("contact", ())),
        )

    def __bool__(self) -> bool:
        return bool(self.text or self.wants or self.does_not_want or self.contact)
