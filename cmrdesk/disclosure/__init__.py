"""What leaves the machine: the field catalogue model, precision, terms, canonical bytes,
signed (and encrypted) packages, verification, templates and history helpers.

Pure: standard library, ``cmrdesk.domain``, jwcrypto and cryptography only. The services
layer builds the catalogue from the vault and stores receipts; the PDF is drawn by
``cmrdesk.ui.pdf`` and handed in as a callable (:data:`PdfRenderer`).
"""

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
from .fields import CatalogueField, ValueKind, money_band_default, suggested_choices
from .history import (
    Change,
    DisclosureDiff,
    Draft,
    FieldChange,
    deletion_request,
    diff_documents,
    follow_up,
)
from .keys import (
    PublicKeyInfo,
    fingerprint_text,
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
from .templates import TEMPLATES, Template, template_for
from .terms import Intent, Purpose, PurposeKind, Terms
from .verify import Verification, verify_package

__all__ = [
    "EXACT", "FORMAT", "FORMAT_VERSION", "OMIT", "TEMPLATES", "CatalogueField", "Change",
    "DisclosureDiff", "Draft", "FieldChange", "Intent", "Level", "PackageFiles", "PdfRenderer",
    "Precision", "PublicKeyInfo", "Purpose", "PurposeKind", "Template", "Terms", "ValueKind",
    "VendorRef", "Verification", "b64url_decode", "b64url_encode", "band_of", "build_document",
    "build_package", "canonical_json", "deletion_request", "diff_documents", "digest_of",
    "fingerprint_text", "folder_name", "follow_up", "generate_vendor_key", "identity_info",
    "install_package", "load_private_key", "money_band_default", "new_disclosure_id",
    "nice_width", "package_digest", "parse_canonical", "parse_public_key", "precision_text",
    "private_jwk_text", "public_jwk_text", "remove_package", "round_to", "signing_key",
    "suggested_choices", "summary_lines", "template_for", "thumbprint", "value_text",
    "verify_package",
]
