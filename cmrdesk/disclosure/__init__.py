"""What leaves the machine: the field catalogue model, precision, terms, canonical bytes,
signed (and encrypted) packages, verification, templates and history helpers.

Pure: standard library, ``cmrdesk.domain``, jwcrypto and cryptography only. The services
layer builds the catalogue from the vault and stores receipts; the PDF is drawn by
``cmrdesk.ui.pdf`` and handed in as a callable (:data:`PdfRenderer`).

Names are loaded on first use (PEP 562): the PDF renderer runs in a child process for the
command line and needs only the text helpers, and importing the JOSE stack there would cost
about 0.2 s of every export.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

#: Public name -> the submodule that defines it.
_EXPORTS: dict[str, str] = {
    "b64url_decode": "canonical",
    "b64url_encode": "canonical",
    "canonical_json": "canonical",
    "parse_canonical": "canonical",
    "FORMAT": "document",
    "FORMAT_VERSION": "document",
    "VendorRef": "document",
    "build_document": "document",
    "folder_name": "document",
    "new_disclosure_id": "document",
    "precision_text": "document",
    "summary_lines": "document",
    "value_text": "document",
    "CatalogueField": "fields",
    "ValueKind": "fields",
    "ValueUnknown": "fields",
    "WHERE": "fields",
    "money_band_default": "fields",
    "suggested_choices": "fields",
    "Change": "history",
    "DisclosureDiff": "history",
    "Draft": "history",
    "FieldChange": "history",
    "deletion_request": "history",
    "diff_documents": "history",
    "follow_up": "history",
    "is_single_address": "history",
    "PublicKeyInfo": "keys",
    "fingerprint_text": "document",
    "generate_vendor_key": "keys",
    "identity_info": "keys",
    "load_private_key": "keys",
    "parse_public_key": "keys",
    "private_jwk_text": "keys",
    "public_jwk_text": "keys",
    "signing_key": "keys",
    "thumbprint": "keys",
    "PackageFiles": "package",
    "PdfRenderer": "package",
    "build_package": "package",
    "digest_of": "package",
    "install_package": "package",
    "package_digest": "package",
    "remove_package": "package",
    "EXACT": "precision",
    "Level": "precision",
    "OMIT": "precision",
    "Precision": "precision",
    "band_of": "precision",
    "nice_width": "precision",
    "round_to": "precision",
    "TEMPLATES": "templates",
    "Template": "templates",
    "TemplateChoice": "templates",
    "template_for": "templates",
    "Intent": "terms",
    "Purpose": "terms",
    "PurposeKind": "terms",
    "Terms": "terms",
    "PackageEncrypted": "verify",
    "Verification": "verify",
    "verify_package": "verify",
}

if TYPE_CHECKING:  # what the names are, for type checkers and readers
    from .canonical import b64url_decode, b64url_encode, canonical_json, parse_canonical
    from .document import (
        FORMAT,
        FORMAT_VERSION,
        VendorRef,
        build_document,
        folder_name,
        new_disclosure_id,
        precision_text,
        summary_lines,
        value_text,
    )
    from .fields import (
        WHERE,
        CatalogueField,
        ValueKind,
        ValueUnknown,
        money_band_default,
        suggested_choices,
    )
    from .history import (
        Change,
        DisclosureDiff,
        Draft,
        FieldChange,
        deletion_request,
        diff_documents,
        follow_up,
        is_single_address,
    )
    from .keys import (
        PublicKeyInfo,
        generate_vendor_key,
        identity_info,
        load_private_key,
        parse_public_key,
        private_jwk_text,
        public_jwk_text,
        signing_key,
        thumbprint,
    )
    from .package import (
        PackageFiles,
        PdfRenderer,
        build_package,
        digest_of,
        install_package,
        package_digest,
        remove_package,
    )
    from .precision import EXACT, OMIT, Level, Precision, band_of, nice_width, round_to
    from .templates import TEMPLATES, Template, TemplateChoice, template_for
    from .terms import Intent, Purpose, PurposeKind, Terms
    from .verify import PackageEncrypted, Verification, verify_package

__all__ = [
    "EXACT", "FORMAT", "FORMAT_VERSION", "OMIT", "TEMPLATES", "WHERE", "CatalogueField", "Change",
    "DisclosureDiff", "Draft", "FieldChange", "Intent", "Level", "PackageEncrypted",
    "PackageFiles", "PdfRenderer",
    "Precision", "PublicKeyInfo", "Purpose", "PurposeKind", "Template", "TemplateChoice", "Terms",
    "ValueKind", "ValueUnknown", "VendorRef", "Verification", "b64url_decode", "b64url_encode",
    "band_of", "build_document", "build_package", "canonical_json", "deletion_request",
    "diff_documents", "digest_of", "fingerprint_text", "folder_name", "follow_up",
    "generate_vendor_key", "identity_info", "install_package", "is_single_address",
    "load_private_key",
    "money_band_default", "new_disclosure_id", "nice_width", "package_digest", "parse_canonical",
    "parse_public_key", "precision_text", "private_jwk_text", "public_jwk_text", "remove_package",
    "round_to", "signing_key", "suggested_choices", "summary_lines", "template_for", "thumbprint",
    "value_text", "verify_package",
]


def __getattr__(name: str) -> Any:
    """Import the submodule defining ``name`` the first time it is asked for."""
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
