"""Offers: the schema shipped in docs/, its validator, signing and verification (also with an
independent JOSE library), and request packages (zero fields allowed)."""

from __future__ import annotations

import copy
import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from cmrdesk.disclosure import VendorRef, build_package, verify_package
from cmrdesk.disclosure.keys import generate_signing_key, parse_signing_key, signing_public_jwk_text
from cmrdesk.disclosure.offers import (
    OFFER_SCHEMA,
    OFFER_TYPE,
    build_offer,
    sign_offer,
    validate_offer,
    verify_offer,
)
from cmrdesk.disclosure.requests import build_request_document, request_of, request_section
from cmrdesk.disclosure.terms import Terms
from cmrdesk.domain import InvalidKey, Money, OfferInvalid, ProductKind, ValidationError

from .conftest import AS_OF, ISSUED, Identity, stub_pdf

ROOT = Path(__file__).resolve().parents[2]
REQUEST_ID = "urn:uuid:7d1c6f5e-1111-4a2b-9c3d-0123456789ab"


def offer(fingerprint: str, **changes) -> dict:
    payload = build_offer(
        request_id=REQUEST_ID, vendor_name="Acme Bank", key_fingerprint=fingerprint,
        product=ProductKind.MORTGAGE,
        terms={"currency": "EUR", "amount": "300000.00", "rate": "3.30", "apr": "3.41",
               "fixed_years": 10, "term_years": 30, "fees": "1500.00"},
        valid_until=date(2026, 12, 31), issued=ISSUED, conditions="Subject to valuation")
    payload.update(changes)
    return payload


def test_the_schema_in_docs_is_the_one_the_code_checks():
    shipped = json.loads((ROOT / "docs" / "offer.schema.json").read_text(encoding="utf-8"))
    assert shipped == OFFER_SCHEMA


BAD = [
    ("terms.rate", lambda p: p["terms"].update(rate="3,3")),
    ("terms.term_years", lambda p: p["terms"].update(term_years=0)),
    ("terms.premium", lambda p: p["terms"].update(premium=12.5)),
    ("offer.extra", lambda p: p.update(extra=1)),
    ("offer.request_id", lambda p: p.update(request_id="42")),
    ("offer.product", lambda p: p.update(product="boat")),
    ("offer.valid_until", lambda p: p.pop("valid_until")),
    ("terms.currency", lambda p: p["terms"].update(currency="euro")),
]


@pytest.mark.parametrize(("where", "spoil"), BAD, ids=[b[0] for b in BAD])
def test_the_validator_and_a_json_schema_validator_agree(where, spoil):
    jsonschema = pytest.importorskip("jsonschema")
    _, info = generate_signing_key()
    good = offer(info.fingerprint)
    jsonschema.validate(good, OFFER_SCHEMA)
    validate_offer(good)
    bad = copy.deepcopy(good)
    spoil(bad)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, OFFER_SCHEMA)
    with pytest.raises(ValidationError) as caught:
        validate_offer(bad)
    assert caught.value.field.startswith(where.split(".")[0] if where.startswith("offer")
                                         else "offer." + where)


def test_an_offer_signed_here_verifies_and_any_change_is_refused():
    key, info = generate_signing_key()
    payload = offer(info.fingerprint)
    token = sign_offer(payload, key, info)
    assert verify_offer(token, info, "acme.jws") == payload
    header, body, signature = token.split(".")
    for position in range(0, len(body), max(1, len(body) // 7)):
        flipped = body[:position] + ("A" if body[position] != "A" else "B") + body[position + 1:]
        with pytest.raises(OfferInvalid):
            verify_offer(f"{header}.{flipped}.{signature}", info, "acme.jws")
    last = signature[:-1] + ("A" if signature[-1] != "A" else "B")
    with pytest.raises(OfferInvalid):
        verify_offer(f"{header}.{body}.{last}", info, "acme.jws")


def test_an_offer_signed_by_another_key_is_refused():
    key, info = generate_signing_key()
    _, pinned = generate_signing_key()
    token = sign_offer(offer(info.fingerprint), key, info)
    with pytest.raises(OfferInvalid, match="signature does not match"):
        verify_offer(token, pinned, "acme.jws")


@pytest.mark.filterwarnings("ignore::UserWarning")
def test_an_offer_signed_with_joserfc_verifies():
    """Any vendor system can produce an offer: one made with another JOSE library checks."""
    joserfc = pytest.importorskip("joserfc")
    from joserfc import jws as rfc_jws
    from joserfc.jwk import OKPKey

    rfc_key = OKPKey.generate_key("Ed25519", private=True)
    public = json.dumps(rfc_key.as_dict(private=False))
    info = parse_signing_key(public)
    payload = offer(info.fingerprint)
    token = rfc_jws.serialize_compact({"alg": "EdDSA", "typ": OFFER_TYPE, "kid": info.fingerprint},
                                      json.dumps(payload).encode("utf-8"), rfc_key,
                                      algorithms=["EdDSA"])
    assert joserfc.__name__ == "joserfc"
    assert verify_offer(token, info, "vendor.jws") == payload


def test_a_disclosure_token_is_not_an_offer():
    key, info = generate_signing_key()
    from cmrdesk.disclosure.canonical import canonical_json
    from cmrdesk.disclosure.package import sign_compact

    token = sign_compact(canonical_json(offer(info.fingerprint)), key, info.fingerprint)
    with pytest.raises(OfferInvalid, match="not an offer"):
        verify_offer(token, info, "x.jws")


def test_signing_keys_are_ed25519_public_keys_only():
    key, info = generate_signing_key()
    assert parse_signing_key(signing_public_jwk_text(info)).fingerprint == info.fingerprint
    with pytest.raises(InvalidKey):
        parse_signing_key(key.export_private())
    with pytest.raises(InvalidKey, match="Ed25519"):
        parse_signing_key(json.dumps({"kty": "OKP", "crv": "X25519",
                                      "x": "hSDwCYkwp1R0i33ctD73Wg2_Og0mOBr066SpjqqbTmo"}))


def test_a_request_package_with_no_fields_verifies_and_carries_the_request():
    ident = Identity()
    signer = ident.info
    section = request_section(
        request_id=REQUEST_ID, product=ProductKind.MORTGAGE, amount=Money.of("300000", "EUR"),
        term_years=30, fixed_years=10, wants=["10-year fixed"], not_wants=["no phone calls"],
        respond_by=date(2026, 12, 31), today=AS_OF)
    document = build_request_document(
        section=section, catalogue={}, selection={}, vendor=VendorRef("Acme Bank", "bank"),
        terms=Terms(), expires=date(2027, 2, 21), as_of=AS_OF, issued=ISSUED,
        signer_fingerprint=signer.fingerprint)
    package = build_package(document=document, signing_key=ident.jose(), signer=signer,
                            vendor_key=None, render_pdf=stub_pdf)
    assert package.document["fields"] == {}
    assert package.document["intent"]["does_not_want"] == ["no phone calls"]


def test_request_checks_refuse_nonsense_before_anything_is_built():
    with pytest.raises(ValidationError, match="fixed_years"):
        request_section(request_id=REQUEST_ID, product=ProductKind.MORTGAGE, term_years=5,
                        fixed_years=10, today=AS_OF)
    with pytest.raises(ValidationError, match="respond_by"):
        request_section(request_id=REQUEST_ID, product=ProductKind.SAVINGS,
                        respond_by=AS_OF, today=AS_OF)
    with pytest.raises(ValidationError, match="request"):
        request_of({"fields": {}})


def test_verify_package_reads_a_written_request(tmp_path):
    from cmrdesk.disclosure import install_package

    ident = Identity()
    signer = ident.info
    section = request_section(request_id=REQUEST_ID, product=ProductKind.SAVINGS,
                              today=AS_OF)
    document = build_request_document(
        section=section, catalogue={}, selection={}, vendor=VendorRef("Acme Bank", "bank"),
        terms=Terms(), expires=date(2027, 2, 21), as_of=AS_OF,
        issued=datetime(2026, 11, 23, tzinfo=UTC), signer_fingerprint=signer.fingerprint)
    package = build_package(document=document, signing_key=ident.jose(), signer=signer,
                            vendor_key=None, render_pdf=stub_pdf)
    path = install_package(package, tmp_path, "request")
    assert request_of(verify_package(path).document)["id"] == REQUEST_ID
