"""Verification: is this package exactly what its signer signed, and what does it say?

The vendor's side, and the customer's own check after an export. Every step is strict, so
that changing any byte of any file fails:

1. the folder holds exactly the package's files (nothing missing, nothing added);
2. ``disclosure.jwe`` (when present) decrypts with the vendor's private key, only with
   ECDH-ES+A256KW / A256GCM;
3. the compact JWS is spelled canonically (strict base64url), its header asks for EdDSA and
   names the key in ``signer.jwk`` by its fingerprint, and the signature verifies;
4. the payload is canonical JSON of a supported format version, and the SHA-256 it lists for
   every other file matches the file.

An encrypted package checked without the vendor's private key is not called invalid: it
raises :class:`PackageEncrypted` (it cannot be opened, which says nothing against it). An
expired disclosure verifies (the signature is good) and says so: :meth:`Verification.expired`
and ``"expired"`` in :meth:`Verification.as_json`. A pinned signer fingerprint may be given as
printed (in groups of four) or in one piece.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from jwcrypto import jwe, jwk, jws
from jwcrypto.common import JWException

from cmrdesk.domain import DisclosureError, InvalidKey, PackageInvalid, ValidationError

from .canonical import b64url_decode, parse_canonical
from .document import check_format
from .keys import (
    CONTENT_ENCRYPTION,
    KEY_WRAP_ALGORITHM,
    SIGNING_ALGORITHM,
    PublicKeyInfo,
    load_private_key,
    thumbprint,
)
from .package import (
    ENCRYPTED_FILE,
    ENCRYPTED_PDF_FILE,
    JWS_TYPE,
    NESTED_CONTENT_TYPE,
    PDF_CONTENT_TYPE,
    PDF_FILE,
    README_FILE,
    SIGNED_FILE,
    SIGNER_FILE,
    digest_of,
    sha256_hex,
)

_MAX_FILE = 50 * 1024 * 1024  # a disclosure is kilobytes; refuse to read huge files


class PackageEncrypted(DisclosureError):
    """The package is encrypted to the vendor's key and no private key was given: it cannot
    be opened, which is not the same as failing verification (:class:`PackageInvalid`)."""

    def __init__(self, path: object) -> None:
        self.path = str(path)
        super().__init__(f"package {path} is encrypted for the vendor: their private key is "
                         "needed to open it")


def signer_fingerprint(text: str) -> str:
    """A fingerprint as people copy it (``"AbCd eFgH ..."``, grouped by
    :func:`cmrdesk.disclosure.fingerprint_text`, or in one piece) in one piece."""
    return "".join(text.split())


@dataclass(frozen=True)
class Verification:
    """A package that passed every check, and what it discloses."""

    path: Path
    document: dict[str, Any]
    signer_fingerprint: str
    encrypted: bool
    sha256: str
    pdf: bytes

    @property
    def fields(self) -> dict[str, dict[str, Any]]:
        """Field name -> its disclosed entry (label, kind, precision, value, ...)."""
        return dict(self.document["fields"])

    def expired(self, today: date) -> bool:
        """Whether the disclosure's expiry date has passed."""
        return date.fromisoformat(self.document["expires"]) < today

    def expired_on(self) -> date:
        """The last day the vendor may use the disclosure."""
        return date.fromisoformat(self.document["expires"])

    def as_json(self, today: date | None = None) -> dict[str, Any]:
        """The ``cmrdesk verify --json`` shape; ``expired`` compares with ``today`` (default:
        the date today)."""
        doc = self.document
        return {
            "valid": True,
            "expired": self.expired(today or date.today()),
            "signer_fingerprint": self.signer_fingerprint,
            "vendor": doc["vendor"]["name"],
            "purpose": doc["purpose"],
            "terms": doc["terms"],
            "intent": doc["intent"],
            "expires": doc["expires"],
            "fields": {
                name: {"precision": entry["precision"], "value": entry["value"]}
                for name, entry in sorted(doc["fields"].items())
            },
            "id": doc["id"],
            "issued": doc["issued"],
            "format": doc["format"],
            "format_version": doc["format_version"],
            "encrypted": self.encrypted,
            "sha256": self.sha256,
        }


def verify_package(
    path: Path | str,
    decrypt_key: str | jwk.JWK | None = None,
    *,
    expected_signer: str | None = None,
) -> Verification:
    """Check a package folder (or a file inside it); raises ``PackageInvalid`` with the reason.

    ``decrypt_key`` is the vendor's private key (JWK/PEM text or a jwcrypto key), needed for
    an encrypted package (:class:`PackageEncrypted` without it). ``expected_signer`` pins the
    signer's fingerprint, grouped or not.
    """
    folder = Path(path)
    if folder.is_file():
        folder = folder.parent
    if not folder.is_dir():
        raise PackageInvalid(folder, "no such folder")
    files = _read_files(folder)
    encrypted = ENCRYPTED_FILE in files
    main = ENCRYPTED_FILE if encrypted else SIGNED_FILE
    pdf_name = ENCRYPTED_PDF_FILE if encrypted else PDF_FILE
    expected = {main, pdf_name, SIGNER_FILE, README_FILE}
    if set(files) != expected:
        missing = sorted(expected - set(files))
        extra = sorted(set(files) - expected)
        what = (f"missing {', '.join(missing)}" if missing else "") + (
            ("; " if missing and extra else "") + (f"unexpected {', '.join(extra)}" if extra
                                                  else ""))
        raise PackageInvalid(folder, what)

    signer = _signer(folder, files[SIGNER_FILE])
    if expected_signer is not None and signer.fingerprint != signer_fingerprint(
            expected_signer):
        raise PackageInvalid(folder, "signed by a different key than expected")
    key = None
    if encrypted:
        if decrypt_key is None:
            raise PackageEncrypted(folder)
        key = _private_key(folder, decrypt_key)
        compact = _decrypt(folder, files[ENCRYPTED_FILE], key, NESTED_CONTENT_TYPE)
    else:
        compact = files[SIGNED_FILE]
    payload = _verify_jws(folder, compact, signer)
    try:
        document = parse_canonical(payload, "payload")
        if not isinstance(document, dict):
            raise ValidationError("payload", "not a JSON object")
        check_format(document)
    except ValidationError as error:
        raise PackageInvalid(folder, str(error)) from None
    listed = document.get("files")
    others = {name: data for name, data in files.items() if name != main}
    if not isinstance(listed, dict) or set(listed) != set(others):
        raise PackageInvalid(folder, "the signed file list does not match the folder")
    for name, data in others.items():
        if listed[name] != sha256_hex(data):
            raise PackageInvalid(folder, f"{name} has been changed since it was signed")
    pdf = files[pdf_name]
    if encrypted:
        assert key is not None
        pdf = _decrypt(folder, pdf, key, PDF_CONTENT_TYPE)
    return Verification(folder, document, signer.fingerprint, encrypted, digest_of(files), pdf)


def _read_files(folder: Path) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    for entry in folder.iterdir():
        if entry.is_symlink() or not entry.is_file():
            raise PackageInvalid(folder, f"{entry.name} is not a plain file")
        if entry.stat().st_size > _MAX_FILE:
            raise PackageInvalid(folder, f"{entry.name} is far too large")
        files[entry.name] = entry.read_bytes()
    return files


def _signer(folder: Path, data: bytes) -> PublicKeyInfo:
    try:
        members = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise PackageInvalid(folder, f"{SIGNER_FILE} is not JSON") from None
    if not isinstance(members, dict) or members.get("kty") != "OKP" or (
        members.get("crv") != "Ed25519") or "d" in members or set(members) != {
            "kty", "crv", "x"}:
        raise PackageInvalid(folder, f"{SIGNER_FILE} is not an Ed25519 public key")
    try:
        if len(b64url_decode(str(members["x"]), "x")) != 32:
            raise ValidationError("x", "wrong length")
        return PublicKeyInfo(members, thumbprint(members))
    except (ValidationError, InvalidKey):
        raise PackageInvalid(folder, f"{SIGNER_FILE} is not an Ed25519 public key") from None


def _private_key(folder: Path, key: str | jwk.JWK) -> jwk.JWK:
    if isinstance(key, jwk.JWK):
        return key
    try:
        return load_private_key(key)
    except InvalidKey as error:
        raise PackageInvalid(folder, f"the decryption key is not usable: {error.reason}") from None


def _segments(folder: Path, compact: bytes, count: int, what: str) -> list[bytes]:
    try:
        text = compact.decode("ascii")
    except UnicodeDecodeError:
        raise PackageInvalid(folder, f"{what} is not a compact JOSE object") from None
    parts = text.split(".")
    if len(parts) != count:
        raise PackageInvalid(folder, f"{what} is not a compact JOSE object")
    try:
        return [b64url_decode(part, what) for part in parts]
    except ValidationError:
        raise PackageInvalid(folder, f"{what} is not spelled in strict base64url") from None


def _header(folder: Path, raw: bytes, what: str) -> dict[str, Any]:
    try:
        header = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise PackageInvalid(folder, f"{what} has an unreadable header") from None
    if not isinstance(header, dict) or "crit" in header:
        raise PackageInvalid(folder, f"{what} has an unsupported header")
    return header


def _decrypt(folder: Path, compact: bytes, key: jwk.JWK, content_type: str) -> bytes:
    parts = _segments(folder, compact, 5, "the encrypted file")
    header = _header(folder, parts[0], "the encrypted file")
    if header.get("alg") != KEY_WRAP_ALGORITHM or header.get("enc") != CONTENT_ENCRYPTION:
        raise PackageInvalid(folder, "encrypted with an algorithm this package never uses")
    if header.get("cty") != content_type:
        raise PackageInvalid(folder, "the encrypted file holds the wrong kind of content")
    token = jwe.JWE(algs=[KEY_WRAP_ALGORITHM, CONTENT_ENCRYPTION])
    try:
        token.deserialize(compact.decode("ascii"), key=key)
    except (JWException, ValueError, TypeError, KeyError):
        raise PackageInvalid(
            folder, "cannot decrypt: not encrypted to this key, or changed since") from None
    return bytes(token.payload)


def _verify_jws(folder: Path, compact: bytes, signer: PublicKeyInfo) -> bytes:
    parts = _segments(folder, compact, 3, "the signed disclosure")
    header = _header(folder, parts[0], "the signed disclosure")
    if header.get("alg") != SIGNING_ALGORITHM:
        raise PackageInvalid(folder, "not signed with EdDSA")
    if header.get("kid") != signer.fingerprint:
        raise PackageInvalid(folder, f"not signed by the key in {SIGNER_FILE}")
    if header.get("typ") != JWS_TYPE:
        raise PackageInvalid(folder, "not a cmrdesk disclosure")
    token = jws.JWS()
    try:
        token.deserialize(compact.decode("ascii"))
        token.verify(signer.jose_key(), alg=SIGNING_ALGORITHM)
    except (JWException, ValueError, TypeError):
        raise PackageInvalid(folder, "the signature does not verify") from None
    return bytes(token.payload)
