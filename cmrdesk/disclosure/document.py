"""The disclosure document: exactly what leaves the machine, as one JSON object.

Shape (format ``cmrdesk-disclosure``, version ``1.0``; keys are only ever added)::

    {"format": "cmrdesk-disclosure", "format_version": "1.0",
     "id": "urn:uuid:...", "issued": "2026-11-23T10:15:00Z", "as_of": "2026-11-23",
     "expires": "2027-02-21",
     "signer": {"algorithm": "Ed25519", "key_fingerprint": "..."},
     "vendor": {"name": "...", "kind": "bank", "key_fingerprint": ""},
     "purpose": {"kind": "mortgage_precheck", "text": "..."},
     "terms": {...}, "intent": {...},
     "fields": {"net_worth": {"label": "Net worth", "kind": "money", "currency": "EUR",
                              "precision": "band:25000",
                              "value": {"min": "50000", "max": "75000"}}},
     "files": {"README.txt": "<sha256 hex>", ...}}

``files`` is added by the package writer: the SHA-256 of every other file in the package, so
the one signature covers the PDF, the README and the signer's key too. Everything a person
reads (the PDF, the preview, ``cmrdesk verify``) is rendered from this object with the text
helpers below, so no view can show more than the document holds.
"""

from __future__ import annotations

import unicodedata
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from cmrdesk.domain import ValidationError

from .fields import CatalogueField
from .precision import Level, Precision, number_text
from .terms import Intent, Purpose, Terms

FORMAT = "cmrdesk-disclosure"
FORMAT_VERSION = "1.0"
#: Format versions this code reads (same major version: later minors only add keys).
READABLE_MAJOR = "1"


@dataclass(frozen=True)
class VendorRef:
    """Who the disclosure is addressed to, as the package names them."""

    name: str
    kind: str = "other"
    key_fingerprint: str = ""

    def as_dict(self) -> dict[str, str]:
        """JSON form."""
        return {"name": self.name, "kind": self.kind, "key_fingerprint": self.key_fingerprint}


def new_disclosure_id() -> str:
    """A fresh random identifier (``urn:uuid:...``), carrying no information about anyone."""
    return f"urn:uuid:{uuid.uuid4()}"


def utc_text(moment: datetime) -> str:
    """``2026-11-23T10:15:00Z``: seconds precision, always UTC."""
    if moment.tzinfo is None:
        raise ValidationError("issued", "needs a time zone")
    return moment.astimezone(UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def build_document(
    *,
    catalogue: Mapping[str, CatalogueField],
    selection: Mapping[str, Precision],
    vendor: VendorRef,
    purpose: Purpose,
    terms: Terms,
    intent: Intent,
    expires: date,
    as_of: date,
    issued: datetime,
    signer_fingerprint: str,
    disclosure_id: str | None = None,
    allow_empty: bool = False,
) -> dict[str, Any]:
    """The disclosure for ``selection`` (field name -> precision; ``omit`` leaves it out).

    Only chosen fields are read from ``catalogue``; an unknown name or a precision that does
    not fit its field is a ``ValidationError``. Nothing but the selection, the vendor, the
    purpose, terms, intent and dates goes into the result. A share needs at least one field;
    a request for offers (``allow_empty``) may disclose none.
    """
    if not vendor.name.strip():
        raise ValidationError("vendor", "must have a name")
    if expires <= as_of:
        raise ValidationError("expires", "must be after today")
    fields: dict[str, Any] = {}
    for name, precision in selection.items():
        if name not in catalogue:
            raise ValidationError("field", f"no field named {name!r}")
        if precision.level is Level.OMIT:
            continue
        fields[name] = catalogue[name].disclose(precision)
    if not fields and not allow_empty:
        raise ValidationError("fields", "choose at least one field to share")
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "id": disclosure_id or new_disclosure_id(),
        "issued": utc_text(issued),
        "as_of": as_of.isoformat(),
        "expires": expires.isoformat(),
        "signer": {"algorithm": "Ed25519", "key_fingerprint": signer_fingerprint},
        "vendor": vendor.as_dict(),
        "purpose": purpose.as_dict(),
        "terms": terms.as_dict(),
        "intent": intent.as_dict(),
        "fields": fields,
    }


def check_format(document: Mapping[str, Any]) -> None:
    """Raise ``ValidationError`` unless ``document`` is a disclosure this code can read."""
    if document.get("format") != FORMAT:
        raise ValidationError("format", "not a cmrdesk disclosure")
    version = str(document.get("format_version", ""))
    if version.split(".")[0] != READABLE_MAJOR:
        raise ValidationError("format_version", f"version {version!r} is not supported")
    for key in ("id", "issued", "expires", "vendor", "purpose", "terms", "fields"):
        if key not in document:
            raise ValidationError("format", f"the disclosure has no {key!r}")


# --- text for people -------------------------------------------------------------------------


def fingerprint_text(fingerprint: str) -> str:
    """A fingerprint in groups of four characters, easier to read aloud and compare."""
    return " ".join(fingerprint[i : i + 4] for i in range(0, len(fingerprint), 4))


def grouped(text: str) -> str:
    """``"64344.13"`` -> ``"64,344.13"``: thousands grouped, the decimals kept as given."""
    sign = "-" if text.startswith("-") else ""
    whole, dot, part = text.lstrip("-").partition(".")
    return f"{sign}{int(whole):,}{dot}{part}"


def precision_text(spec: str, currency: str = "", unit: str = "") -> str:
    """A precision in words: ``"range of EUR 25,000"``, ``"rounded to 1,000"``, ``"exact"``."""
    precision = Precision.parse(spec)
    if precision.number is None:
        return precision.level.value
    amount = _amount(number_text(precision.number), currency, unit)
    return {
        Level.ROUND: f"rounded to {amount}",
        Level.BAND: f"range of {amount}",
        Level.ATLEAST: f"yes/no: at least {amount}",
    }[precision.level]


def value_text(entry: Mapping[str, Any]) -> str:
    """A disclosed field's value as a person reads it: ``"EUR 50,000 – 75,000"``."""
    value = entry["value"]
    currency = entry.get("currency", "")
    unit = entry.get("unit", "")
    precision = Precision.parse(entry["precision"])
    if isinstance(value, bool):
        if precision.level is Level.ATLEAST:
            threshold = _amount(number_text(precision.number or Decimal(0)), currency, unit)
            return f"yes, at least {threshold}" if value else f"no, less than {threshold}"
        return "yes" if value else "no"
    if isinstance(value, dict):
        low, high = _group(value["min"], currency, unit), _group(value["max"], currency, unit)
        span = f"{low} – {high}"
        return _with_unit(span, currency, unit)
    if entry.get("kind") in ("money", "number"):
        text = _amount(str(value), currency, unit)
        return f"about {text}" if precision.level is Level.ROUND else text
    return str(value)


def _amount(number: str, currency: str, unit: str) -> str:
    return _with_unit(_group(number, currency, unit), currency, unit)


def _group(number: str, currency: str, unit: str) -> str:
    """Thousands grouped, except a bare number under 10,000 with no currency or unit: that
    is a year or a code ("born 1986", not "1,986")."""
    if not currency and not unit and abs(Decimal(number)) < 10_000:
        return number
    return grouped(number)


def _with_unit(text: str, currency: str, unit: str) -> str:
    if currency:
        return f"{currency} {text}"
    if unit == "%":
        return f"{text} %"
    return f"{text} {unit}" if unit else text


def summary_lines(document: Mapping[str, Any]) -> list[tuple[str, str, str]]:
    """``(label, precision in words, value in words)`` for each field, in label order."""
    rows = []
    for entry in sorted(document["fields"].values(), key=lambda e: e["label"].casefold()):
        rows.append((
            entry["label"],
            precision_text(entry["precision"], entry.get("currency", ""), entry.get("unit", "")),
            value_text(entry),
        ))
    return rows


def one_line(text: str) -> str:
    """``text`` safe to print on one line of a plain-text file or an e-mail: control and
    format characters (line breaks, escapes, direction overrides) become spaces."""
    cleaned = "".join(" " if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") else ch
                      for ch in text)
    return " ".join(cleaned.split())


def folder_name(vendor_name: str, day: date) -> str:
    """The package folder's name: the vendor and the date, nothing else (``acme-bank-2026-11-23``).

    Only ASCII letters, digits and dashes, so every file system and mail program takes it.
    """
    ascii_name = unicodedata.normalize("NFKD", vendor_name).encode("ascii", "ignore").decode()
    slug = "".join(ch if ch.isalnum() else "-" for ch in ascii_name.lower())
    slug = "-".join(part for part in slug.split("-") if part)[:40].strip("-") or "vendor"
    return f"{slug}-{day.isoformat()}"


def field_names(document: Mapping[str, Any]) -> Iterable[str]:
    """The names of the fields a disclosure holds."""
    return document.get("fields", {}).keys()
