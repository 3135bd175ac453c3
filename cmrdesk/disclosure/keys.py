"""Keys: the customer's Ed25519 identity as a JWK, vendors' public keys, fingerprints, keygen.

Fingerprints are RFC 7638 JWK thumbprints (SHA-256 over the key's required members, base64url):
the same key gives the same fingerprint whether it arrived as a JWK or as PEM, so a vendor and
a customer can compare them over the phone. Accepted vendor keys: X25519 and P-256 (the package
is then encrypted to them, ECDH-ES+A256KW with A256GCM) and Ed25519 (a signing key: it is shown
and pinned, but nothing can be encrypted to it, so the package is signed only).

Key material goes through jwcrypto, which builds every key with ``cryptography`` and so checks
that an EC point lies on its curve. Errors never quote the key text: a person may paste a
private key by mistake.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from jwcrypto import jwk
from jwcrypto.common import JWException

from cmrdesk.domain import InvalidKey

from .canonical import b64url_decode, b64url_encode, canonical_json
from .document import fingerprint_text

SIGNING_ALGORITHM = "EdDSA"
KEY_WRAP_ALGORITHM = "ECDH-ES+A256KW"
CONTENT_ENCRYPTION = "A256GCM"

#: (kty, crv) pairs a vendor key may have, and whether a package can be encrypted to it.
VENDOR_KEY_TYPES: dict[tuple[str, str], bool] = {
    ("OKP", "X25519"): True,
    ("EC", "P-256"): True,
    ("OKP", "Ed25519"): False,
}
#: Curves ``keygen`` makes for vendors (encryption keys).
KEYGEN_CURVES = ("X25519", "P-256")

_PUBLIC_MEMBERS = {"OKP": ("kty", "crv", "x"), "EC": ("kty", "crv", "x", "y")}
_PRIVATE_MEMBERS = {"d", "p", "q", "dp", "dq", "qi", "k"}
_MAX_KEY_TEXT = 20_000  # a public key is a few hundred bytes; refuse to parse megabytes


@dataclass(frozen=True)
class PublicKeyInfo:
    """A validated public key: its JWK (public members only), type and fingerprint."""

    jwk: dict[str, str]
    fingerprint: str

    @property
    def kty(self) -> str:
        """``"OKP"`` or ``"EC"``."""
        return self.jwk["kty"]

    @property
    def curve(self) -> str:
        """``"X25519"``, ``"Ed25519"`` or ``"P-256"``."""
        return self.jwk["crv"]

    @property
    def can_encrypt(self) -> bool:
        """Whether a package can be encrypted to this key (X25519, P-256)."""
        return VENDOR_KEY_TYPES[(self.kty, self.curve)]

    @property
    def display(self) -> str:
        """``"X25519 · abcd efgh …"``: the curve and the grouped fingerprint, for a screen."""
        return f"{self.curve} · {fingerprint_text(self.fingerprint)}"

    def text(self) -> str:
        """The key as canonical JWK JSON: what the vault stores and ``signer.jwk`` holds."""
        return canonical_json(self.jwk).decode("ascii")

    def jose_key(self) -> jwk.JWK:
        """The key as a jwcrypto object."""
        return jwk.JWK(**self.jwk)


def thumbprint(key: dict[str, Any]) -> str:
    """RFC 7638 JWK thumbprint (SHA-256, base64url) of a public or private JWK."""
    try:
        return jwk.JWK(**{k: key[k] for k in _PUBLIC_MEMBERS[key["kty"]]}).thumbprint()
    except (KeyError, TypeError, ValueError, JWException):
        raise InvalidKey("not an OKP or EC key") from None


# --- the customer's identity -----------------------------------------------------------------


def identity_jwk(public_key: bytes) -> dict[str, str]:
    """The customer's Ed25519 public key (32 raw bytes) as a JWK."""
    if len(public_key) != 32:
        raise InvalidKey("an Ed25519 public key has 32 bytes")
    return {"kty": "OKP", "crv": "Ed25519", "x": b64url_encode(bytes(public_key))}


def identity_info(public_key: bytes) -> PublicKeyInfo:
    """The customer's identity as a :class:`PublicKeyInfo` (fingerprint included)."""
    key = identity_jwk(public_key)
    return PublicKeyInfo(key, thumbprint(key))


def signing_key(public_key: bytes, private_key: bytes | bytearray) -> jwk.JWK:
    """The identity key pair as a jwcrypto key for signing.

    The private half has to become base64 text for jwcrypto; that copy cannot be wiped, which
    is why callers build this key only for the moment of signing.
    """
    if len(private_key) != 32:
        raise InvalidKey("an Ed25519 private key has 32 bytes")
    return jwk.JWK(**identity_jwk(public_key), d=b64url_encode(bytes(private_key)))


# --- vendors' keys ---------------------------------------------------------------------------


def parse_public_key(text: str) -> PublicKeyInfo:
    """Validate a vendor's public key given as JWK JSON (a key or a one-key set) or PEM.

    Refuses private keys (the vendor's private key must never be in the customer's vault),
    key types other than X25519, Ed25519 and P-256, and EC points off their curve.
    """
    key = _load(text)
    if key.has_private:
        raise InvalidKey("this is a private key; ask the vendor for their public key")
    return _public_info(key)


def load_private_key(text: str) -> jwk.JWK:
    """A vendor's private key (JWK or PEM, X25519 or P-256) for decrypting a package."""
    key = _load(text)
    if not key.has_private:
        raise InvalidKey("this is a public key; decrypting needs the private key")
    info = _public_info(key)
    if not info.can_encrypt:
        raise InvalidKey(f"an {info.curve} key cannot decrypt; use the X25519 or P-256 key")
    return key


def generate_vendor_key(curve: str = "X25519") -> tuple[jwk.JWK, PublicKeyInfo]:
    """A new key pair for a vendor to receive encrypted packages (X25519 or P-256)."""
    if curve not in KEYGEN_CURVES:
        raise InvalidKey(f"keygen makes {' or '.join(KEYGEN_CURVES)} keys, not {curve}")
    kty = "OKP" if curve == "X25519" else "EC"
    key = jwk.JWK.generate(kty=kty, crv=curve)
    return key, _public_info(key)


def private_jwk_text(key: jwk.JWK, info: PublicKeyInfo) -> str:
    """A private JWK as JSON text, with ``kid`` (the fingerprint), ``use`` and ``alg`` set."""
    members = json.loads(key.export_private())
    members.update({"kid": info.fingerprint, "use": "enc", "alg": KEY_WRAP_ALGORITHM})
    return json.dumps(members, indent=2, sort_keys=True) + "\n"


def public_jwk_text(info: PublicKeyInfo) -> str:
    """A public JWK as JSON text for publishing, with ``kid``, ``use`` and ``alg``."""
    members = dict(info.jwk)
    if info.can_encrypt:
        members.update({"use": "enc", "alg": KEY_WRAP_ALGORITHM})
    members["kid"] = info.fingerprint
    return json.dumps(members, indent=2, sort_keys=True) + "\n"


# --- vendors' signing keys (offers) ------------------------------------------------------------


def generate_signing_key() -> tuple[jwk.JWK, PublicKeyInfo]:
    """A new Ed25519 key pair for a vendor to sign offers with (``keygen``'s second pair)."""
    key = jwk.JWK.generate(kty="OKP", crv="Ed25519")
    return key, _public_info(key)


def signing_private_jwk_text(key: jwk.JWK, info: PublicKeyInfo) -> str:
    """A private Ed25519 JWK as JSON text, with ``kid`` (the fingerprint), ``use`` ``sig``
    and ``alg`` ``EdDSA``."""
    members = json.loads(key.export_private())
    members.update({"kid": info.fingerprint, "use": "sig", "alg": SIGNING_ALGORITHM})
    return json.dumps(members, indent=2, sort_keys=True) + "\n"


def signing_public_jwk_text(info: PublicKeyInfo) -> str:
    """A public Ed25519 JWK as JSON text for customers to pin (``use`` ``sig``)."""
    members = {**info.jwk, "kid": info.fingerprint, "use": "sig", "alg": SIGNING_ALGORITHM}
    return json.dumps(members, indent=2, sort_keys=True) + "\n"


def parse_signing_key(text: str) -> PublicKeyInfo:
    """Validate a vendor's offer-signing key: an Ed25519 public key (JWK or PEM).

    A private key is refused (it must never be in the customer's vault), and so is any other
    curve: offers are signed with EdDSA only.
    """
    info = parse_public_key(text)
    if info.curve != "Ed25519":
        raise InvalidKey(f"an offer-signing key is Ed25519, not {info.curve}")
    return info


def load_signing_private_key(text: str) -> tuple[jwk.JWK, PublicKeyInfo]:
    """A vendor's private Ed25519 key (JWK or PEM) for signing offers, with its public info."""
    key = _load(text)
    if not key.has_private:
        raise InvalidKey("this is a public key; signing needs sign-private.jwk")
    info = _public_info(key)
    if info.curve != "Ed25519":
        raise InvalidKey(f"offers are signed with an Ed25519 key, not {info.curve}")
    return key, info


def _load(text: str) -> jwk.JWK:
    if not isinstance(text, str) or not text.strip():
        raise InvalidKey("empty")
    if len(text) > _MAX_KEY_TEXT:
        raise InvalidKey("far too long for an X25519, Ed25519 or P-256 key")
    stripped = text.strip()
    if stripped.startswith("{"):
        return _from_jwk_json(stripped)
    if stripped.startswith("-----BEGIN"):
        return _from_pem(stripped)
    raise InvalidKey("neither JWK JSON nor PEM")


def _from_jwk_json(text: str) -> jwk.JWK:
    try:
        data = json.loads(text)
    except ValueError:
        raise InvalidKey("not valid JSON") from None
    if isinstance(data, dict) and isinstance(data.get("keys"), list):
        if len(data["keys"]) != 1:
            raise InvalidKey("a key set must hold exactly one key")
        data = data["keys"][0]
    if not isinstance(data, dict):
        raise InvalidKey("a JWK is a JSON object")
    kty, crv = data.get("kty"), data.get("crv")
    if (kty, crv) not in VENDOR_KEY_TYPES:
        raise InvalidKey("only X25519, Ed25519 and P-256 keys are supported")
    members = {k: data[k] for k in _PUBLIC_MEMBERS[str(kty)] if k in data}
    private = {k: data[k] for k in _PRIVATE_MEMBERS if k in data}
    if set(members) != set(_PUBLIC_MEMBERS[str(kty)]):
        raise InvalidKey(f"a {crv} JWK needs {', '.join(_PUBLIC_MEMBERS[str(kty)])}")
    try:
        for name, value in {**members, **private}.items():
            if name not in ("kty", "crv"):
                b64url_decode(str(value), name)
        key = jwk.JWK(**members, **private)
        key.export_to_pem(private_key=key.has_private, password=None)  # builds and checks it
    except (ValueError, TypeError, JWException):
        raise InvalidKey(f"not a valid {crv} key") from None
    _check_length(key)
    return key


def _from_pem(text: str) -> jwk.JWK:
    try:
        key = jwk.JWK.from_pem(text.encode("ascii"))
    except (ValueError, TypeError, UnicodeEncodeError, JWException):
        raise InvalidKey("not a readable PEM key (encrypted PEM is not supported)") from None
    if (key.get("kty"), key.get("crv")) not in VENDOR_KEY_TYPES:
        raise InvalidKey("only X25519, Ed25519 and P-256 keys are supported")
    _check_length(key)
    return key


def _check_length(key: jwk.JWK) -> None:
    if key.get("kty") == "OKP" and len(b64url_decode(key["x"], "x")) != 32:
        raise InvalidKey(f"an {key['crv']} key has 32 bytes")


def _public_info(key: jwk.JWK) -> PublicKeyInfo:
    public = json.loads(key.export_public())
    members = {k: public[k] for k in _PUBLIC_MEMBERS[public["kty"]]}
    return PublicKeyInfo(members, thumbprint(members))
