"""Offers: the JSON a vendor signs in answer to a request, its schema, signing and checking.

An offer is a compact JWS (RFC 7515, alg ``EdDSA`` / Ed25519, ``typ`` :data:`OFFER_TYPE`)
whose payload is UTF-8 JSON following :data:`OFFER_SCHEMA` (shipped as
``docs/offer.schema.json`` so any vendor system can produce one)::

    {"format": "cmrdesk-offer", "format_version": "1.0", "id": "urn:uuid:...",
     "issued": "2026-11-23T10:15:00Z", "request_id": "urn:uuid:..." | null,
     "vendor": {"name": "Acme Bank", "key_fingerprint": "<RFC 7638 thumbprint>"},
     "product": "mortgage", "insurance_type": "",
     "terms": {"currency": "EUR", "amount": "300000.00", "rate": "3.10", "apr": "3.25",
               "fixed_years": 10, "term_years": 30, "fees": "1500.00", "premium": null,
               "frequency": null, "cover": null, "deductible": null, "monthly_price": null},
     "valid_until": "2026-12-31", "conditions": "..."}

Amounts are decimal strings in ``terms.currency``; rates are yearly percentages as decimal
strings (``"3.10"`` is 3.1 % a year); a term that does not apply is ``null``, never ``0``.
The validator here is explicit code that follows the schema rule for rule (a test checks the
two agree with a JSON Schema validator), so checking an offer needs no extra dependency.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from jwcrypto import jwk, jws
from jwcrypto.common import JWException

from cmrdesk.domain import OfferInvalid, ProductKind, ValidationError

from .canonical import b64url_decode, canonical_json
from .document import utc_text
from .keys import SIGNING_ALGORITHM, PublicKeyInfo
from .package import sign_compact

OFFER_FORMAT = "cmrdesk-offer"
OFFER_FORMAT_VERSION = "1.0"
#: ``typ`` of an offer's JWS: an offer can never be passed off as a disclosure, or back.
OFFER_TYPE = "cmrdesk-offer+jws"
#: An offer is a few kilobytes; refuse to parse megabytes.
MAX_OFFER_BYTES = 64_000
FREQUENCIES = ("weekly", "monthly", "quarterly", "half_yearly", "yearly")

_AMOUNT = r"^[0-9]{1,12}(\.[0-9]{1,4})?$"
_RATE = r"^-?[0-9]{1,2}(\.[0-9]{1,4})?$"
_UUID = r"^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
_DAY = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
_INSTANT = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    return {"anyOf": [schema, {"type": "null"}]}


_MONEY = {"type": "string", "pattern": _AMOUNT}
_YEARS = {"type": "integer", "minimum": 1, "maximum": 50}

#: The offer payload as JSON Schema (draft 2020-12); ``docs/offer.schema.json`` is this.
OFFER_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://cmrdesk.github.io/schema/offer-1.0.json",
    "title": "cmrdesk offer",
    "description": "A vendor's offer in answer to a cmrdesk request for offers, signed as a "
                   "compact JWS (EdDSA, typ cmrdesk-offer+jws). Amounts are decimal strings in "
                   "terms.currency; rates are yearly percentages; null means does not apply.",
    "type": "object",
    "additionalProperties": False,
    "required": ["format", "format_version", "id", "issued", "request_id", "vendor", "product",
                 "terms", "valid_until"],
    "properties": {
        "format": {"const": OFFER_FORMAT},
        "format_version": {"type": "string", "pattern": r"^1\.[0-9]+$"},
        "id": {"type": "string", "pattern": _UUID},
        "issued": {"type": "string", "pattern": _INSTANT},
        "request_id": _nullable({"type": "string", "pattern": _UUID}),
        "vendor": {
            "type": "object",
            "additionalProperties": False,
            "required": ["name", "key_fingerprint"],
            "properties": {
                "name": {"type": "string", "minLength": 1, "maxLength": 200},
                "key_fingerprint": {"type": "string", "pattern": r"^([A-Za-z0-9_-]{43})?$"},
            },
        },
        "product": {"enum": [k.value for k in ProductKind]},
        "insurance_type": {"type": "string", "maxLength": 40},
        "terms": {
            "type": "object",
            "additionalProperties": False,
            "required": ["currency"],
            "properties": {
                "currency": {"type": "string", "pattern": r"^[A-Z]{3}$"},
                "amount": _nullable(_MONEY),
                "rate": _nullable({"type": "string", "pattern": _RATE}),
                "apr": _nullable({"type": "string", "pattern": _RATE}),
                "fixed_years": _nullable(_YEARS),
                "term_years": _nullable(_YEARS),
                "fees": _nullable(_MONEY),
                "premium": _nullable(_MONEY),
                "frequency": _nullable({"enum": list(FREQUENCIES)}),
                "cover": _nullable(_MONEY),
                "deductible": _nullable(_MONEY),
                "monthly_price": _nullable(_MONEY),
            },
        },
        "valid_until": {"type": "string", "pattern": _DAY},
        "conditions": {"type": "string", "maxLength": 4000},
    },
}


# --- validation ----------------------------------------------------------------------------


def validate_offer(payload: Any) -> None:
    """Raise ``ValidationError(path, reason)`` unless ``payload`` follows :data:`OFFER_SCHEMA`.

    Written out rule by rule (types, required and unknown keys, patterns, bounds), plus what
    a schema cannot say: dates that exist, a premium only with its frequency.
    """
    _check(payload, OFFER_SCHEMA, "offer")
    for name in ("valid_until",):
        _day(payload[name], name)
    terms = payload["terms"]
    if (terms.get("premium") is None) != (terms.get("frequency") is None):
        raise ValidationError("terms.frequency", "a premium needs its frequency, and only it")


def _check(value: Any, schema: Mapping[str, Any], path: str) -> None:
    if "anyOf" in schema:
        if value is None:
            return
        _check(value, schema["anyOf"][0], path)
        return
    if "const" in schema and value != schema["const"]:
        raise ValidationError(path, f"must be {schema['const']!r}")
    if "enum" in schema and value not in schema["enum"]:
        raise ValidationError(path, f"must be one of {', '.join(map(str, schema['enum']))}")
    kind = schema.get("type")
    if kind == "object":
        if not isinstance(value, dict):
            raise ValidationError(path, "must be an object")
        for name in schema.get("required", ()):
            if name not in value:
                raise ValidationError(f"{path}.{name}", "is missing")
        properties = schema.get("properties", {})
        for name, item in value.items():
            if name not in properties:
                raise ValidationError(f"{path}.{name}", "is not a field of an offer")
            _check(item, properties[name], f"{path}.{name}")
    elif kind == "string":
        if not isinstance(value, str):
            raise ValidationError(path, "must be text")
        if len(value) < schema.get("minLength", 0):
            raise ValidationError(path, "must not be empty")
        if len(value) > schema.get("maxLength", MAX_OFFER_BYTES):
            raise ValidationError(path, f"is longer than {schema['maxLength']} characters")
        if "pattern" in schema and not re.search(schema["pattern"], value):
            raise ValidationError(path, "is not in the expected form")
    elif kind == "integer":
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError(path, "must be a whole number")
        if not schema.get("minimum", value) <= value <= schema.get("maximum", value):
            raise ValidationError(path, f"must be between {schema['minimum']} and "
                                        f"{schema['maximum']}")
    elif kind == "null" and value is not None:
        raise ValidationError(path, "must be null")


def _day(text: str, path: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(path, f"{text} is not a day of the calendar") from None


# --- building, signing, checking ---------------------------------------------------------------


def new_offer_id() -> str:
    """A fresh random offer id (``urn:uuid:...``)."""
    return f"urn:uuid:{uuid.uuid4()}"


def build_offer(
    *,
    request_id: str | None,
    vendor_name: str,
    key_fingerprint: str,
    product: ProductKind,
    terms: Mapping[str, Any],
    valid_until: date,
    issued: datetime,
    conditions: str = "",
    insurance_type: str = "",
    offer_id: str | None = None,
) -> dict[str, Any]:
    """An offer payload, validated (``terms``: the keys of the schema's ``terms``; the
    missing ones are ``null``)."""
    all_terms = dict.fromkeys(OFFER_SCHEMA["properties"]["terms"]["properties"])
    all_terms.update(terms)
    payload = {
        "format": OFFER_FORMAT,
        "format_version": OFFER_FORMAT_VERSION,
        "id": offer_id or new_offer_id(),
        "issued": utc_text(issued),
        "request_id": request_id,
        "vendor": {"name": vendor_name, "key_fingerprint": key_fingerprint},
        "product": product.value,
        "insurance_type": insurance_type,
        "terms": all_terms,
        "valid_until": valid_until.isoformat(),
        "conditions": conditions,
    }
    validate_offer(payload)
    return payload


def sign_offer(payload: Mapping[str, Any], key: jwk.JWK, info: PublicKeyInfo) -> str:
    """The offer as a compact JWS over its RFC 8785 bytes, signed with the vendor's Ed25519
    key (``kid``: the key's fingerprint, which must be the one the payload names)."""
    validate_offer(payload)
    if payload["vendor"]["key_fingerprint"] != info.fingerprint:
        raise ValidationError("vendor.key_fingerprint", "is not the signing key's fingerprint")
    return sign_compact(canonical_json(dict(payload)), key, info.fingerprint, typ=OFFER_TYPE)


def offer_header(token: str, source: object) -> dict[str, Any]:
    """The protected header of an offer token, unverified (to find the pinned key by
    ``kid``); ``OfferInvalid`` when it is not a compact EdDSA offer JWS."""
    parts = token.split(".")
    if len(parts) != 3 or not all(parts):
        raise OfferInvalid(source, "not a compact JWS")
    try:
        # Strict, canonical base64url for all three parts: a lenient decoder would let a
        # changed last character (unused low bits) pass as the same signature.
        for part in parts[1:]:
            b64url_decode(part, "JWS")
        header = json.loads(b64url_decode(parts[0], "header"))
    except (ValueError, ValidationError):
        raise OfferInvalid(source, "not a compact JWS (bad base64url)") from None
    if not isinstance(header, dict):
        raise OfferInvalid(source, "the JWS header is not readable")
    if header.get("alg") != SIGNING_ALGORITHM:
        raise OfferInvalid(source, f"alg must be {SIGNING_ALGORITHM}")
    if header.get("typ") != OFFER_TYPE:
        raise OfferInvalid(source, "this is not an offer (typ)")
    return header


def read_token(data: bytes, source: object) -> str:
    """The compact JWS text of an offer file (surrounding white space allowed)."""
    if len(data) > MAX_OFFER_BYTES:
        raise OfferInvalid(source, "far too large for an offer")
    try:
        return data.decode("ascii").strip()
    except UnicodeDecodeError:
        raise OfferInvalid(source, "not a compact JWS (not ASCII text)") from None


def verify_offer(token: str, key: PublicKeyInfo, source: object) -> dict[str, Any]:
    """Check ``token`` against the vendor's pinned Ed25519 ``key`` and return its payload.

    ``OfferInvalid`` when the signature does not verify (a changed byte, another key), the
    header is not an EdDSA offer's, the payload does not follow the schema, or it names
    another signing key than the one it was checked with.
    """
    offer_header(token, source)
    if key.curve != "Ed25519":
        raise OfferInvalid(source, "the vendor's pinned signing key is not Ed25519")
    checked = jws.JWS()
    try:
        checked.deserialize(token)
        checked.verify(key.jose_key(), alg=SIGNING_ALGORITHM)
    except (JWException, ValueError, TypeError):
        raise OfferInvalid(source, "the signature does not match the key pinned for the "
                                   "vendor (changed, or signed by another key)") from None
    try:
        payload = json.loads(checked.payload.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise OfferInvalid(source, "the payload is not JSON") from None
    try:
        validate_offer(payload)
    except ValidationError as error:
        raise OfferInvalid(source, f"not a valid offer: {error}") from None
    if payload["vendor"]["key_fingerprint"] != key.fingerprint:
        raise OfferInvalid(source, "the offer names another signing key than its signature's")
    return payload


# --- signed deletion confirmations ---------------------------------------------------------------

#: ``typ`` of a vendor's signed confirmation that it deleted what a disclosure told it.
DELETION_TYPE = "cmrdesk-deletion+jws"
DELETION_FORMAT = "cmrdesk-deletion-confirmation"


def build_deletion_confirmation(*, disclosure_id: str, confirmed_on: date, vendor_name: str,
                                key_fingerprint: str) -> dict[str, Any]:
    """The payload of a deletion confirmation: which disclosure, deleted on which day, by
    whom (``{"format", "format_version", "disclosure_id", "confirmed_on", "vendor"}``)."""
    if not re.fullmatch(_UUID, disclosure_id):
        raise ValidationError("disclosure_id", "is not a disclosure id (urn:uuid:...)")
    return {"format": DELETION_FORMAT, "format_version": "1.0",
            "disclosure_id": disclosure_id, "confirmed_on": confirmed_on.isoformat(),
            "vendor": {"name": vendor_name, "key_fingerprint": key_fingerprint}}


def sign_deletion_confirmation(payload: Mapping[str, Any], key: jwk.JWK,
                               info: PublicKeyInfo) -> str:
    """The confirmation as a compact JWS (EdDSA, ``typ`` :data:`DELETION_TYPE`)."""
    return sign_compact(canonical_json(dict(payload)), key, info.fingerprint, typ=DELETION_TYPE)


def verify_deletion_confirmation(token: str, key: PublicKeyInfo,
                                 source: object) -> dict[str, Any]:
    """Check a deletion confirmation against the vendor's pinned signing key; returns its
    payload, or ``OfferInvalid`` (a signed file that is refused) with the reason."""
    parts = token.split(".")
    if len(parts) != 3:
        raise OfferInvalid(source, "not a compact JWS")
    try:
        for part in parts[1:]:
            b64url_decode(part, "JWS")
        header = json.loads(b64url_decode(parts[0], "header"))
    except (ValueError, ValidationError):
        raise OfferInvalid(source, "not a compact JWS (bad base64url)") from None
    if not isinstance(header, dict) or header.get("alg") != SIGNING_ALGORITHM or header.get(
            "typ") != DELETION_TYPE:
        raise OfferInvalid(source, "this is not a signed deletion confirmation")
    checked = jws.JWS()
    try:
        checked.deserialize(token)
        checked.verify(key.jose_key(), alg=SIGNING_ALGORITHM)
        payload = json.loads(checked.payload.decode("utf-8"))
    except (JWException, ValueError, TypeError):
        raise OfferInvalid(source, "the signature does not match the key pinned for the "
                                   "vendor (changed, or signed by another key)") from None
    if not isinstance(payload, dict) or payload.get("format") != DELETION_FORMAT:
        raise OfferInvalid(source, "this is not a signed deletion confirmation")
    if not isinstance(payload.get("confirmed_on"), str) or not re.fullmatch(
            _DAY, payload["confirmed_on"]):
        raise OfferInvalid(source, "confirmed_on is not a date")
    try:
        _day(payload["confirmed_on"], "confirmed_on")
    except ValidationError as error:
        raise OfferInvalid(source, str(error)) from None
    return payload
