"""The package: a folder the vendor can use without cmrdesk.

::

    acme-bank-2026-11-23/
        disclosure.jws      compact JWS (EdDSA / Ed25519) over the canonical JSON disclosure
          or disclosure.jwe compact JWE (ECDH-ES+A256KW, A256GCM) to the vendor's key, whose
                            plaintext is that compact JWS
        disclosure.pdf      the same content for people (disclosure.pdf.jwe when encrypted:
                            a readable PDF next to an encrypted disclosure would give it away)
        signer.jwk          the customer's public key (canonical JWK JSON)
        README.txt          how to verify it with any JOSE library

The signed JSON carries the SHA-256 of every other file (``files``), so one signature covers
the whole folder: changing any byte of any file makes verification fail. The folder is built in
memory, written to a hidden temporary folder next to the target and renamed into place, so a
failed export leaves nothing behind. Names hold the vendor and the date, never a value.
"""

from __future__ import annotations

import contextlib
import copy
import hashlib
import os
import secrets
import shutil
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jwcrypto import jwe, jwk, jws

from cmrdesk.domain import DisclosureError

from .canonical import canonical_json
from .document import FORMAT, FORMAT_VERSION, one_line
from .keys import (
    CONTENT_ENCRYPTION,
    KEY_WRAP_ALGORITHM,
    SIGNING_ALGORITHM,
    PublicKeyInfo,
    fingerprint_text,
)

SIGNED_FILE = "disclosure.jws"
ENCRYPTED_FILE = "disclosure.jwe"
PDF_FILE = "disclosure.pdf"
ENCRYPTED_PDF_FILE = "disclosure.pdf.jwe"
SIGNER_FILE = "signer.jwk"
README_FILE = "README.txt"

#: ``typ`` of the JWS: a cmrdesk disclosure (RFC 7515 section 4.1.9).
JWS_TYPE = "cmrdesk-disclosure+jws"
#: ``cty`` of a JWE whose plaintext is a compact JWS (RFC 7516 section 4.1.12).
NESTED_CONTENT_TYPE = "JOSE"
PDF_CONTENT_TYPE = "application/pdf"

#: Renders a disclosure (the document without ``files``) as PDF bytes; see ``cmrdesk.ui.pdf``.
PdfRenderer = Callable[[dict[str, Any]], bytes]


@dataclass(frozen=True)
class PackageFiles:
    """A package built in memory: file name -> bytes, and the signed document."""

    files: dict[str, bytes]
    document: dict[str, Any]  # as signed, ``files`` included
    encrypted: bool

    @property
    def sha256(self) -> str:
        """The package digest (see :func:`digest_of`)."""
        return digest_of(self.files)

    @property
    def names(self) -> list[str]:
        """The file names, sorted."""
        return sorted(self.files)


def sha256_hex(data: bytes) -> str:
    """SHA-256 of ``data`` as lower-case hex."""
    return hashlib.sha256(data).hexdigest()


def digest_of(files: Mapping[str, bytes]) -> str:
    """The package's hash: SHA-256 of the canonical JSON ``{"files": {name: sha256 hex}}``.

    It covers every file by name and content, so it changes when any byte does; the receipt in
    the vault keeps it, and ``cmrdesk verify`` prints it.
    """
    listing = {"files": {name: sha256_hex(data) for name, data in files.items()}}
    return sha256_hex(canonical_json(listing))


def package_digest(folder: Path | str) -> str:
    """:func:`digest_of` the regular files in ``folder`` as they are on disk."""
    root = Path(folder)
    return digest_of({p.name: p.read_bytes() for p in root.iterdir() if p.is_file()})


def sign_compact(payload: bytes, key: jwk.JWK, kid: str, typ: str = JWS_TYPE) -> str:
    """A compact JWS (EdDSA) over ``payload`` with a canonical protected header (``typ``
    tells a disclosure from an offer, so one can never be passed off as the other)."""
    header = canonical_json({"alg": SIGNING_ALGORITHM, "kid": kid, "typ": typ})
    token = jws.JWS(payload)
    token.add_signature(key, alg=SIGNING_ALGORITHM, protected=header.decode("ascii"))
    return str(token.serialize(compact=True))


def encrypt_compact(plaintext: bytes, recipient: PublicKeyInfo, content_type: str) -> str:
    """A compact JWE of ``plaintext`` to ``recipient`` (ECDH-ES+A256KW, A256GCM)."""
    if not recipient.can_encrypt:
        raise DisclosureError(f"cannot encrypt to an {recipient.curve} key")
    header = {"alg": KEY_WRAP_ALGORITHM, "enc": CONTENT_ENCRYPTION, "cty": content_type,
              "kid": recipient.fingerprint}
    token = jwe.JWE(plaintext, protected=canonical_json(header).decode("ascii"))
    token.add_recipient(recipient.jose_key())
    return str(token.serialize(compact=True))


def build_package(
    *,
    document: dict[str, Any],
    signing_key: jwk.JWK,
    signer: PublicKeyInfo,
    vendor_key: PublicKeyInfo | None,
    render_pdf: PdfRenderer,
) -> PackageFiles:
    """Every file of the package, in memory: README, signer key, PDF, then the signed
    disclosure that lists their hashes. Encrypted when ``vendor_key`` can take it."""
    encrypted = vendor_key is not None and vendor_key.can_encrypt
    # The renderer gets its own copy: whatever it does, it cannot change what is signed.
    pdf = render_pdf(copy.deepcopy(document))
    if not isinstance(pdf, bytes | bytearray) or not bytes(pdf).startswith(b"%PDF-"):
        raise DisclosureError("the PDF renderer did not return a PDF")
    files: dict[str, bytes] = {
        README_FILE: readme_text(document, signer, encrypted=encrypted).encode("utf-8"),
        SIGNER_FILE: canonical_json(signer.jwk) + b"\n",
    }
    if encrypted:
        assert vendor_key is not None
        files[ENCRYPTED_PDF_FILE] = encrypt_compact(
            bytes(pdf), vendor_key, PDF_CONTENT_TYPE).encode("ascii")
    else:
        files[PDF_FILE] = bytes(pdf)
    signed = {**document, "files": {name: sha256_hex(data) for name, data in files.items()}}
    token = sign_compact(canonical_json(signed), signing_key, signer.fingerprint)
    if encrypted:
        assert vendor_key is not None
        files[ENCRYPTED_FILE] = encrypt_compact(
            token.encode("ascii"), vendor_key, NESTED_CONTENT_TYPE).encode("ascii")
    else:
        files[SIGNED_FILE] = token.encode("ascii")
    return PackageFiles(files, signed, encrypted)


def install_package(package: PackageFiles, out_dir: Path | str, name: str) -> Path:
    """Write ``package`` to ``out_dir/name`` (``name-2``, ... when taken) atomically.

    The files go to a hidden temporary folder in ``out_dir`` first, each flushed to disk, and
    the folder is renamed into place: a crash or an error leaves either the whole package or
    nothing. Files are private to the user (0600), as they hold personal data.
    """
    out = Path(out_dir).expanduser().absolute()
    out.mkdir(parents=True, exist_ok=True)
    remove_stale_partials(out)
    temp = out / f".{name}.partial-{secrets.token_hex(4)}"
    temp.mkdir(mode=0o700)
    try:
        for file_name, data in package.files.items():
            _write_synced(temp / file_name, data)
        _sync_dir(temp)
        final = _free_name(out, name)
        temp.rename(final)
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise
    _sync_dir(out)
    return final


#: A hidden temporary package folder older than this was left by an export that was killed
#: (an export takes seconds); younger ones may belong to an export running right now from
#: another vault into the same folder, and are left alone.
STALE_PARTIAL_SECONDS = 600


def remove_stale_partials(out: Path, *, now: float | None = None) -> list[Path]:
    """Delete the hidden ``.NAME.partial-*`` folders a killed export left in ``out`` (half
    packages hold personal data and must not linger); returns what was removed."""
    import time

    cutoff = (time.time() if now is None else now) - STALE_PARTIAL_SECONDS
    removed = []
    for entry in out.glob(".*.partial-*"):
        try:
            if entry.is_dir() and not entry.is_symlink() and entry.stat().st_mtime < cutoff:
                shutil.rmtree(entry, ignore_errors=True)
                removed.append(entry)
        except OSError:
            continue
    return removed


def remove_package(path: Path) -> None:
    """Remove an installed package folder (used when its receipt could not be stored)."""
    shutil.rmtree(path, ignore_errors=True)


def _free_name(out: Path, name: str) -> Path:
    candidate = out / name
    number = 2
    while candidate.exists():
        candidate = out / f"{name}-{number}"
        number += 1
    return candidate


def _write_synced(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
        os.fsync(fd)
    finally:
        os.close(fd)


def _sync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):  # not every file system lets a folder be fsynced
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def readme_text(document: Mapping[str, Any], signer: PublicKeyInfo, *, encrypted: bool) -> str:
    """README.txt: what the files are and how to check them with any JOSE library.

    It names the vendor, the dates and the signer's fingerprint, and no field or value: for an
    encrypted package it is the one readable file. The vendor's name is printed on one line,
    without control characters (a name must not be able to forge lines of these instructions).
    """
    vendor = one_line(str(document["vendor"]["name"]))
    pdf = ENCRYPTED_PDF_FILE if encrypted else PDF_FILE
    lines = [
        "cmrdesk disclosure package",
        "==========================",
        "",
        f"Format:   {FORMAT}, version {FORMAT_VERSION}",
        f"For:      {vendor}",
        f"Issued:   {document['issued']}",
        f"Expires:  {document['expires']}",
        "",
        "A customer shares these facts with you, signed with their own key, for one purpose and",
        "on their terms (retention, no onward sharing, no profiling or marketing, deletion on",
        "request). The terms, the purpose and what the customer wants to hear about are inside",
        "the signed disclosure.",
        "",
        "Files",
        "-----",
    ]
    if encrypted:
        lines += [
            f"{ENCRYPTED_FILE:<20} the disclosure, encrypted to your public key: compact JWE",
            f"{'':<20} (RFC 7516), alg {KEY_WRAP_ALGORITHM}, enc {CONTENT_ENCRYPTION}. Its",
            f"{'':<20} plaintext is the compact JWS described below.",
            f"{ENCRYPTED_PDF_FILE:<20} the same content as a PDF for people, encrypted the same",
            f"{'':<20} way (the plaintext is the PDF file).",
        ]
    else:
        lines += [
            f"{SIGNED_FILE:<20} the disclosure: compact JWS (RFC 7515), alg {SIGNING_ALGORITHM}",
            f"{'':<20} (Ed25519, RFC 8037), over JSON in RFC 8785 canonical form.",
            f"{PDF_FILE:<20} the same content as a PDF for people. The signed JSON is what",
            f"{'':<20} counts.",
        ]
    lines += [
        f"{SIGNER_FILE:<20} the customer's public key (JWK, RFC 7517).",
        f"{README_FILE:<20} this file.",
        "",
        "The customer's key fingerprint (RFC 7638 JWK thumbprint, SHA-256):",
        "",
        f"    {fingerprint_text(signer.fingerprint)}",
        "",
        "Compare it with the fingerprint the customer gave you before you rely on the package.",
        "",
        "How to verify it with any JOSE library",
        "--------------------------------------",
    ]
    step = 1
    if encrypted:
        lines += [
            f"{step}. Decrypt {ENCRYPTED_FILE} with your private key, allowing only",
            f"   {KEY_WRAP_ALGORITHM} / {CONTENT_ENCRYPTION}. The result is a compact JWS.",
        ]
        step += 1
    lines += [
        f"{step}. Verify the JWS ({'the decrypted text' if encrypted else SIGNED_FILE}) with the",
        f"   key in {SIGNER_FILE}, allowing only alg {SIGNING_ALGORITHM}. Its payload is the",
        "   disclosure as UTF-8 JSON.",
        f"{step + 1}. The payload's \"files\" object lists the SHA-256 (hex) of every other",
        f"   file in this folder: check each one ({pdf}, {SIGNER_FILE}, {README_FILE}).",
        f"{step + 2}. Use the fields only for the stated purpose, until \"expires\", on the",
        "   stated terms.",
        "",
        "In Python with jwcrypto, for example:",
        "",
        "    from jwcrypto import " + ("jwe, jwk, jws" if encrypted else "jwk, jws"),
        f"    signer = jwk.JWK.from_json(open(\"{SIGNER_FILE}\").read())",
    ]
    if encrypted:
        lines += [
            "    mine = jwk.JWK.from_json(open(\"private.jwk\").read())",
            "    box = jwe.JWE()",
            f"    box.deserialize(open(\"{ENCRYPTED_FILE}\").read(), key=mine)",
            "    compact = box.payload.decode()",
        ]
    else:
        lines.append(f"    compact = open(\"{SIGNED_FILE}\").read()")
    lines += [
        "    token = jws.JWS()",
        "    token.deserialize(compact)",
        f"    token.verify(signer, alg=\"{SIGNING_ALGORITHM}\")",
        "    print(token.payload.decode())",
        "",
        "Or with cmrdesk:  cmrdesk verify FOLDER"
        + (" --decrypt-key private.jwk" if encrypted else ""),
        "",
    ]
    return "\n".join(lines)
