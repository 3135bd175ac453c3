"""Keys: RFC 7638 fingerprints, vendor keys as JWK or PEM, refusals that never quote a key."""

import json

import pytest
from jwcrypto import jwk

from cmrdesk.disclosure import (
    fingerprint_text,
    generate_vendor_key,
    identity_info,
    load_private_key,
    parse_public_key,
    private_jwk_text,
    public_jwk_text,
    thumbprint,
)
from cmrdesk.domain import InvalidKey


def test_thumbprint_matches_rfc_8037_appendix_a3():
    key = {"crv": "Ed25519", "kty": "OKP", "x": "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}
    assert thumbprint(key) == "kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k"
    assert thumbprint({**key, "kid": "x", "use": "sig"}) == thumbprint(key)


def test_identity_from_raw_bytes():
    raw = bytes.fromhex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
    info = identity_info(raw)  # RFC 8037 A.2's public key
    assert info.jwk["x"] == "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"
    assert info.fingerprint == "kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k"
    assert fingerprint_text(info.fingerprint).startswith("kPrK _qmx VWaY")
    assert not info.can_encrypt


@pytest.mark.parametrize("curve", ["X25519", "P-256"])
def test_jwk_and_pem_of_one_key_have_one_fingerprint(curve):
    key, info = generate_vendor_key(curve)
    from_pem = parse_public_key(key.export_to_pem().decode())
    from_jwk = parse_public_key(public_jwk_text(info))
    from_set = parse_public_key(json.dumps({"keys": [json.loads(key.export_public())]}))
    assert from_pem.fingerprint == from_jwk.fingerprint == from_set.fingerprint
    assert from_pem.fingerprint == info.fingerprint and info.can_encrypt
    assert set(json.loads(from_pem.text())) == ({"kty", "crv", "x", "y"} if curve == "P-256"
                                                else {"kty", "crv", "x"})
    assert load_private_key(private_jwk_text(key, info)).has_private


def test_an_ed25519_vendor_key_is_accepted_but_cannot_encrypt():
    key = jwk.JWK.generate(kty="OKP", crv="Ed25519")
    info = parse_public_key(key.export_to_pem().decode())
    assert info.curve == "Ed25519" and not info.can_encrypt
    assert info.display.startswith("Ed25519 · ")
    with pytest.raises(InvalidKey, match="cannot decrypt"):
        load_private_key(key.export_private())


def test_private_keys_and_other_kinds_are_refused_without_quoting_them():
    x25519 = jwk.JWK.generate(kty="OKP", crv="X25519")
    private_texts = [x25519.export_private(),
                     x25519.export_to_pem(private_key=True, password=None).decode()]
    for text in private_texts:
        with pytest.raises(InvalidKey, match="private key") as caught:
            parse_public_key(text)
        assert x25519["d"] not in str(caught.value)
    others = [
        jwk.JWK.generate(kty="RSA", size=2048).export_public(),
        jwk.JWK.generate(kty="EC", crv="P-384").export_public(),
        jwk.JWK.generate(kty="oct", size=256).export(),
        "not a key", "", "{", "[1]", '{"keys": []}', "-----BEGIN PUBLIC KEY-----\nAAAA\n",
        '{"kty": "OKP", "crv": "X25519", "x": "short"}',
        '{"kty": "OKP", "crv": "X25519", "x": "AAAA"}',
        "{" + " " * 30_000 + "}",
    ]
    for text in others:
        with pytest.raises(InvalidKey):
            parse_public_key(text)


def test_a_point_off_the_curve_is_refused():
    key = json.loads(jwk.JWK.generate(kty="EC", crv="P-256").export_public())
    key["y"] = key["x"]
    with pytest.raises(InvalidKey, match="not a valid P-256 key"):
        parse_public_key(json.dumps(key))


def test_keygen_writes_usable_jwks():
    key, info = generate_vendor_key("X25519")
    private = json.loads(private_jwk_text(key, info))
    public = json.loads(public_jwk_text(info))
    assert private["kid"] == public["kid"] == info.fingerprint
    assert "d" in private and "d" not in public
    assert public["alg"] == "ECDH-ES+A256KW" and public["use"] == "enc"
    with pytest.raises(InvalidKey):
        generate_vendor_key("Ed25519")
