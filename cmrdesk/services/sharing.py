"""Sharing: the use cases behind the Share and History pages and the share commands.

The flow a page follows::

    catalogue = build_catalogue(session)                    # once, in the background
    choice = template_choice(catalogue, PurposeKind.MORTGAGE_PRECHECK)  # or a profile
    selection = choice.selection          # known fields only; choice.unknown: left out, why
    request = ShareRequest(vendor, selection, Purpose(...), Terms(...), Intent(...), expires)
    shown = preview(session, catalogue, request)            # exactly what will leave
    result = export(session, shown, out_dir, render_pdf=render_pdf)   # package + receipt

Unknown fields (``CatalogueField.known`` is ``False``) never leave: a template never ticks one
(:func:`template_choice` lists them apart with why and where to key them in), and
:func:`preview` (so :func:`share` too) refuses a request naming one with
:class:`cmrdesk.disclosure.ValueUnknown` (``str()``: ``"<field>: <why>"``) before anything is
written.

``share()`` does the last two in one call. ``export`` signs the previewed document itself, so
what the person saw is byte for byte what the vendor gets (plus the file hashes and the
signature). The PDF renderer is injected (``render_pdf``): the desktop app passes
``cmrdesk.ui.pdf.render_pdf``, the command line a subprocess running it, tests a stub.

History: :func:`history` groups receipts per vendor, :func:`diff_receipts` compares two,
:func:`check_package` tells whether a package on disk still matches its receipt, and
:func:`deletion_request_draft` / :func:`follow_up_draft` make ``mailto:`` drafts.

Every mutation returns a ``ChangeSet`` (``vendors``, ``share_profiles``,
``disclosure_receipts``).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from cmrdesk.disclosure import (
    OMIT,
    TEMPLATES,
    DisclosureDiff,
    Draft,
    Intent,
    PackageFiles,
    PdfRenderer,
    Precision,
    PublicKeyInfo,
    Purpose,
    PurposeKind,
    Template,
    TemplateChoice,
    Terms,
    ValueUnknown,
    VendorRef,
    Verification,
    build_document,
    build_package,
    canonical_json,
    deletion_request,
    diff_documents,
    folder_name,
    follow_up,
    identity_info,
    install_package,
    is_single_address,
    package_digest,
    parse_public_key,
    remove_package,
    signing_key,
    summary_lines,
    template_for,
    verify_package,
)
from cmrdesk.disclosure.keys import parse_signing_key
from cmrdesk.disclosure.package import (
    ENCRYPTED_FILE,
    ENCRYPTED_PDF_FILE,
    PDF_FILE,
    README_FILE,
    SIGNED_FILE,
    SIGNER_FILE,
)
from cmrdesk.domain import (
    ChangeSet,
    DisclosureReceipt,
    InvalidKey,
    NotFound,
    ShareProfile,
    ValidationError,
    VaultError,
    Vendor,
)
from cmrdesk.vault import Repository
from cmrdesk.vault import identity as vault_identity
from cmrdesk.vault.kdf import wipe

from .catalogue import Catalogue, build_catalogue
from .session import VaultSession

#: Expiry when neither the request, a template nor a profile gives one.
DEFAULT_EXPIRES_DAYS = 90

__all__ = [
    "DEFAULT_EXPIRES_DAYS", "ExportResult", "Preview", "ShareRequest", "VendorHistory",
    "VendorView", "add_vendor", "build_catalogue", "check_package", "delete_profile",
    "deletion_request_draft", "diff_receipts", "export", "follow_up_draft", "history",
    "identity", "identity_jwk_text", "preview", "profile_named", "profiles", "receipt",
    "receipts", "request_from_profile", "save_profile", "share", "template_choice",
    "template_selection", "templates", "unknown_in", "update_vendor", "vendor_key",
    "vendor_named", "vendors", "verify",
]


# --- the customer's identity -----------------------------------------------------------------


def identity(session: VaultSession) -> PublicKeyInfo:
    """The customer's public identity key and its fingerprint (created if the vault has none)."""
    with session.vault.read() as conn:
        try:
            key = vault_identity.active_identity(conn)
        except NotFound:
            if session.vault.read_only:
                raise
            key = None
    if key is None:
        with session.vault.begin() as conn:
            key = vault_identity.ensure_identity(conn)
    return identity_info(key.public_key)


def identity_jwk_text(session: VaultSession) -> str:
    """The public key as JWK JSON, for vendors to pin (what ``signer.jwk`` holds)."""
    return identity(session).text() + "\n"


# --- vendors ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class VendorView:
    """A vendor with its parsed public key (``None`` without one)."""

    vendor: Vendor
    key: PublicKeyInfo | None

    @property
    def fingerprint(self) -> str:
        """The key's RFC 7638 fingerprint, or ``""``."""
        return self.key.fingerprint if self.key else ""

    @property
    def can_encrypt(self) -> bool:
        """Whether packages to this vendor are encrypted."""
        return bool(self.key and self.key.can_encrypt)

    def as_json(self) -> dict[str, Any]:
        """``cmrdesk vendors list --json`` entry."""
        v = self.vendor
        return {
            "id": v.id, "name": v.name, "kind": str(v.kind), "email": v.email,
            "website": v.website, "notes": v.notes,
            "key_type": self.key.curve if self.key else None,
            "fingerprint": self.fingerprint or None,
            "encrypts": self.can_encrypt,
            "signing_fingerprint": _signing_fingerprint(v),
        }


def _signing_fingerprint(vendor: Vendor) -> str | None:
    """The fingerprint of the vendor's pinned offer-signing key, or ``None``."""
    if not vendor.signing_key.strip():
        return None
    try:
        return parse_signing_key(vendor.signing_key).fingerprint
    except InvalidKey:
        return None


def vendor_key(vendor: Vendor) -> PublicKeyInfo | None:
    """The vendor's public key, parsed and checked (``None`` when they have none)."""
    if not vendor.public_key.strip():
        return None
    return parse_public_key(vendor.public_key)


def _normalised(vendor: Vendor) -> Vendor:
    if not vendor.name.strip():
        raise ValidationError("name", "must not be empty")
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") for ch in vendor.name):
        # A line break or a direction override in a name would forge lines of README.txt
        # and of e-mail drafts.
        raise ValidationError("name", "must not contain control characters or line breaks")
    if vendor.email and not is_single_address(vendor.email):
        # A comma or semicolon would add a second recipient to every mailto: draft.
        raise ValidationError("email", "is not one e-mail address (no commas, semicolons, "
                                       "spaces or line breaks)")
    key = vendor_key(vendor)
    signing = parse_signing_key(vendor.signing_key) if vendor.signing_key.strip() else None
    # Stored as canonical public JWK whatever the vendor sent (PEM or JWK with extras), so
    # the fingerprint shown is always computed from exactly what is stored.
    return replace(vendor, public_key=key.text() if key else "",
                   signing_key=signing.text() if signing else "")


def add_vendor(session: VaultSession, vendor: Vendor) -> ChangeSet:
    """Store a new vendor after checking its public key (JWK or PEM; X25519, Ed25519, P-256).

    Sets ``vendor.id`` and stores the key as canonical JWK.
    """
    clean = _normalised(vendor)
    if any(v.name.casefold() == clean.name.casefold() for v in session.list(Vendor)):
        raise ValidationError("name", f"a vendor called {clean.name!r} exists already")
    change = session.add(clean)
    vendor.id, vendor.public_key, vendor.signing_key = (clean.id, clean.public_key,
                                                        clean.signing_key)
    return change


def update_vendor(session: VaultSession, vendor: Vendor) -> ChangeSet:
    """Write back a changed vendor, checking its public key as :func:`add_vendor` does."""
    clean = _normalised(vendor)
    change = session.update(clean)
    vendor.public_key = clean.public_key
    return change


def vendors(session: VaultSession) -> list[VendorView]:
    """Every vendor with its key, in creation order.

    A stored key that no longer parses (edited outside cmrdesk) shows as no key rather than
    failing the whole list.
    """
    out = []
    for vendor in session.list(Vendor):
        try:
            key = vendor_key(vendor)
        except InvalidKey:
            key = None
        out.append(VendorView(vendor, key))
    return out


def vendor_named(session: VaultSession, name: str) -> Vendor:
    """The vendor called ``name`` (case-insensitive), or ``NotFound``."""
    for vendor in session.list(Vendor):
        if vendor.name.casefold() == name.strip().casefold():
            return vendor
    raise NotFound("vendor", name)


# --- templates ---------------------------------------------------------------------------------


def templates() -> tuple[Template, ...]:
    """The templates for common purposes, in display order."""
    return TEMPLATES


def template_selection(catalogue: Catalogue, kind: PurposeKind | str) -> dict[str, Precision]:
    """The known fields and precisions the template for ``kind`` picks from this catalogue
    (:func:`template_choice` also says which of its fields are unknown)."""
    return template_for(kind).selection(catalogue)


def template_choice(catalogue: Catalogue, kind: PurposeKind | str) -> TemplateChoice:
    """What the template for ``kind`` picks: ``selection`` (known fields and precisions),
    ``unknown`` (its fields whose value is unknown, with ``why`` and ``where``; never ticked)
    and ``missing`` (patterns matching no field, e.g. ``insurance.*`` without a policy)."""
    return template_for(kind).choose(catalogue)


def unknown_in(catalogue: Catalogue, selection: Mapping[str, Precision]) -> list[ValueUnknown]:
    """The chosen (not omitted) fields of ``selection`` whose value is unknown, as errors."""
    return [ValueUnknown(name, catalogue[name].why, catalogue[name].where)
            for name, precision in selection.items()
            if name in catalogue and not catalogue[name].known and precision != OMIT]


# --- preview and export ------------------------------------------------------------------------


@dataclass(frozen=True)
class ShareRequest:
    """What the person chose: vendor, fields and precisions, purpose, terms, intent, expiry.

    ``selection`` maps field names to precisions; ``omit`` entries are allowed and left out.
    ``expires`` defaults to :data:`DEFAULT_EXPIRES_DAYS` after the catalogue's date.
    """

    vendor: Vendor
    selection: dict[str, Precision]
    purpose: Purpose
    terms: Terms = field(default_factory=Terms)
    intent: Intent = field(default_factory=Intent)
    expires: date | None = None


@dataclass(frozen=True)
class Preview:
    """Exactly what will leave the machine, before anything is written.

    ``document`` is the disclosure that :func:`export` signs (it adds only ``files``, the
    hashes of the other files); ``canonical`` its bytes; ``rows`` the fields as the PDF shows
    them (label, value in words, precision in words).
    """

    document: dict[str, Any]
    vendor: Vendor
    vendor_key: PublicKeyInfo | None
    folder: str
    warnings: tuple[str, ...]

    @property
    def canonical(self) -> bytes:
        """The document as RFC 8785 bytes."""
        return canonical_json(self.document)

    @property
    def rows(self) -> list[tuple[str, str, str]]:
        """``(label, value, precision)`` per field, as a person reads them."""
        return [(label, value, how) for label, how, value in summary_lines(self.document)]

    @property
    def encrypted(self) -> bool:
        """Whether the package will be encrypted to the vendor's key."""
        return bool(self.vendor_key and self.vendor_key.can_encrypt)

    @property
    def files(self) -> list[str]:
        """The file names the package will hold."""
        if self.encrypted:
            return sorted([ENCRYPTED_FILE, ENCRYPTED_PDF_FILE, SIGNER_FILE, README_FILE])
        return sorted([SIGNED_FILE, PDF_FILE, SIGNER_FILE, README_FILE])

    @property
    def fields(self) -> dict[str, dict[str, Any]]:
        """Field name -> its entry in the disclosure."""
        return dict(self.document["fields"])


@dataclass(frozen=True)
class ExportResult:
    """A written package and its receipt."""

    package: Path
    files: list[str]
    sha256: str
    receipt_id: int
    encrypted: bool
    document: dict[str, Any]
    change: ChangeSet

    def as_json(self) -> dict[str, Any]:
        """``cmrdesk share --json``: ``{"package", "files", "sha256", "receipt_id"}``."""
        return {"package": str(self.package), "files": self.files, "sha256": self.sha256,
                "receipt_id": self.receipt_id, "encrypted": self.encrypted}


def preview(
    session: VaultSession, catalogue: Catalogue, request: ShareRequest, *,
    now: datetime | None = None,
) -> Preview:
    """The disclosure ``request`` would send, as the vendor will see it (nothing is written).

    Raises :class:`ValueUnknown` for the first chosen field whose value is unknown.
    """
    if request.vendor.id is None:
        raise ValidationError("vendor", "store the vendor first")
    refused = unknown_in(catalogue, request.selection)
    if refused:
        raise refused[0]
    key = vendor_key(request.vendor)
    signer = identity(session)
    expires = request.expires or catalogue.as_of + timedelta(days=DEFAULT_EXPIRES_DAYS)
    document = build_document(
        catalogue=catalogue,
        selection=request.selection,
        vendor=VendorRef(request.vendor.name, str(request.vendor.kind),
                         key.fingerprint if key else ""),
        purpose=request.purpose,
        terms=request.terms,
        intent=request.intent,
        expires=expires,
        as_of=catalogue.as_of,
        issued=now or datetime.now(UTC),
        signer_fingerprint=signer.fingerprint,
    )
    warnings = []
    if key is None:
        warnings.append("The vendor has no public key: the package is signed but not "
                        "encrypted. Send it over a channel you trust.")
    elif not key.can_encrypt:
        warnings.append(f"The vendor's key is an {key.curve} signing key: the package is "
                        "signed but not encrypted. Ask them for an X25519 or P-256 key.")
    return Preview(document, request.vendor, key, folder_name(request.vendor.name,
                                                               catalogue.as_of), tuple(warnings))


def export(
    session: VaultSession, shown: Preview, out_dir: Path | str, *, render_pdf: PdfRenderer
) -> ExportResult:
    """Write the package of a preview to ``out_dir`` and store its receipt, all or nothing.

    The package is built in memory (the PDF through ``render_pdf``), signed with the identity
    key read from the vault for that moment only, written to a temporary folder and renamed
    into place inside the transaction that stores the receipt. If anything fails, neither the
    folder nor the receipt remains.
    """
    if session.vault.read_only:
        raise VaultError("the vault is open read-only; open it for writing to export")
    package = _signed_package(session, shown, render_pdf)
    receipt = _receipt(shown, package)
    installed: Path | None = None
    try:
        with session.vault.begin() as conn:
            installed = install_package(package, out_dir, shown.folder)
            receipt.package_path = str(installed)
            ident = Repository(conn, session.vault.tables).add(receipt)
    except BaseException:
        if installed is not None:
            remove_package(installed)
        raise
    return ExportResult(installed, package.names, package.sha256, ident, package.encrypted,
                        package.document, ChangeSet.of("disclosure_receipts", ids=(ident,)))


def share(
    session: VaultSession,
    request: ShareRequest,
    out_dir: Path | str,
    *,
    render_pdf: PdfRenderer,
    catalogue: Catalogue | None = None,
    now: datetime | None = None,
) -> ExportResult:
    """Preview and export in one call (builds the catalogue when none is given)."""
    catalogue = catalogue if catalogue is not None else build_catalogue(session)
    return export(session, preview(session, catalogue, request, now=now), out_dir,
                  render_pdf=render_pdf)


def _signed_package(session: VaultSession, shown: Preview, render_pdf: PdfRenderer) -> (
        PackageFiles):
    with session.vault.read() as conn:
        key = vault_identity.active_identity(conn)
        secret = vault_identity.private_key(conn, int(key.id or 0))
    try:
        signer = identity_info(key.public_key)
        if signer.fingerprint != shown.document["signer"]["key_fingerprint"]:
            raise ValidationError("preview", "the identity key changed since the preview")
        jose_key = signing_key(key.public_key, secret)
        return build_package(document=shown.document, signing_key=jose_key, signer=signer,
                             vendor_key=shown.vendor_key, render_pdf=render_pdf)
    finally:
        wipe(secret)


def _receipt(shown: Preview, package: PackageFiles) -> DisclosureReceipt:
    doc = package.document
    return DisclosureReceipt(
        disclosure_id=doc["id"],
        vendor_id=shown.vendor.id,
        vendor_name=doc["vendor"]["name"],
        purpose_kind=doc["purpose"]["kind"],
        purpose=doc["purpose"]["text"],
        terms=doc["terms"],
        intent=doc["intent"],
        expires=date.fromisoformat(doc["expires"]),
        fields={name: entry["precision"] for name, entry in doc["fields"].items()},
        document=doc,
        package_sha256=package.sha256,
        package_path="",
        encrypted=package.encrypted,
        signer_fingerprint=doc["signer"]["key_fingerprint"],
        vendor_key_fingerprint=doc["vendor"]["key_fingerprint"],
        format_version=doc["format_version"],
        created_at=datetime.strptime(doc["issued"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC),
    )


def verify(
    path: Path | str, decrypt_key: str | None = None, *, expected_signer: str | None = None
) -> Verification:
    """Check a package (see :func:`cmrdesk.disclosure.verify_package`); ``expected_signer``
    pins the signer's fingerprint (grouped as printed, or in one piece). Raises
    ``PackageInvalid`` when it fails and ``PackageEncrypted`` when it is encrypted and no
    ``decrypt_key`` was given; an expired one verifies (``Verification.expired``)."""
    return verify_package(path, decrypt_key, expected_signer=expected_signer)


# --- saved share profiles ----------------------------------------------------------------------


def save_profile(
    session: VaultSession, name: str, request: ShareRequest, *, expires_days: int | None = None,
) -> ChangeSet:
    """Save ``request``'s choices as profile ``name`` for its vendor (replacing one of that
    name). Only names and precisions are kept; each export takes the values of its day."""
    vendor = request.vendor
    if vendor.id is None:
        raise ValidationError("vendor", "store the vendor first")
    if not name.strip():
        raise ValidationError("profile", "needs a name")
    days = expires_days if expires_days is not None else DEFAULT_EXPIRES_DAYS
    if days < 1:
        raise ValidationError("expires_days", "must be at least 1")
    profile = ShareProfile(
        vendor_id=vendor.id, name=name.strip(), purpose_kind=request.purpose.kind.value,
        purpose=request.purpose.text,
        fields={n: p.spec for n, p in request.selection.items() if p != OMIT},
        terms=request.terms.as_dict(), intent=request.intent.as_dict(), expires_days=days,
    )
    existing = [p for p in profiles(session, vendor.id) if p.name.casefold() ==
                profile.name.casefold()]
    if existing:
        profile.id = existing[0].id
        return session.update(profile)
    return session.add(profile)


def profiles(session: VaultSession, vendor_id: int | None = None) -> list[ShareProfile]:
    """Saved profiles (of one vendor when given), in creation order."""
    if vendor_id is None:
        return session.list(ShareProfile)
    return session.list(ShareProfile, vendor_id=vendor_id)


def profile_named(session: VaultSession, vendor: Vendor, name: str) -> ShareProfile:
    """The vendor's profile called ``name`` (case-insensitive), or ``NotFound``."""
    for profile in profiles(session, vendor.id):
        if profile.name.casefold() == name.strip().casefold():
            return profile
    raise NotFound("share profile", name)


def delete_profile(session: VaultSession, profile_id: int) -> ChangeSet:
    """Delete a saved profile."""
    return session.delete(ShareProfile, profile_id)


def request_from_profile(
    profile: ShareProfile, vendor: Vendor, catalogue: Catalogue
) -> tuple[ShareRequest, list[str]]:
    """A request from a saved profile with today's catalogue, and the profile's fields the
    vault no longer has or whose value is unknown today (left out rather than failing the
    one-click export; ``catalogue[name].why`` says why for the unknown ones)."""
    selection = {}
    missing = []
    for name, spec in profile.fields.items():
        if name not in catalogue or not catalogue[name].known:
            missing.append(name)
            continue
        precision = Precision.parse(spec)
        item = catalogue[name]
        selection[name] = precision if item.allows(precision) else item.default
    request = ShareRequest(
        vendor=vendor,
        selection=selection,
        purpose=Purpose.from_dict({"kind": profile.purpose_kind, "text": profile.purpose}),
        terms=Terms.from_dict(profile.terms),
        intent=Intent.from_dict(profile.intent),
        expires=catalogue.as_of + timedelta(days=profile.expires_days),
    )
    return request, missing


# --- history -----------------------------------------------------------------------------------


def receipts(session: VaultSession, vendor_id: int | None = None) -> list[DisclosureReceipt]:
    """Receipts, newest first (of one vendor when given)."""
    found = (session.list(DisclosureReceipt) if vendor_id is None
             else session.list(DisclosureReceipt, vendor_id=vendor_id))
    return sorted(found, key=lambda r: (r.created_at, r.id or 0), reverse=True)


def receipt(session: VaultSession, receipt_id: int) -> DisclosureReceipt:
    """One receipt by id."""
    return session.get(DisclosureReceipt, receipt_id)


@dataclass(frozen=True)
class VendorHistory:
    """What one vendor has been told, newest first."""

    vendor_id: int | None
    vendor_name: str
    receipts: list[DisclosureReceipt]

    @property
    def latest(self) -> DisclosureReceipt:
        """The most recent disclosure."""
        return self.receipts[0]

    def active(self, today: date) -> list[DisclosureReceipt]:
        """Disclosures not yet expired."""
        return [r for r in self.receipts if not r.expired(today)]

    def expired(self, today: date) -> list[DisclosureReceipt]:
        """Disclosures past their expiry: candidates for a deletion request."""
        return [r for r in self.receipts if r.expired(today)]

    def told(self) -> dict[str, str]:
        """Field name -> the label of everything this vendor has ever been told."""
        names: dict[str, str] = {}
        for item in reversed(self.receipts):
            for name, entry in item.document.get("fields", {}).items():
                names[name] = entry["label"]
        return names


def history(session: VaultSession) -> list[VendorHistory]:
    """Receipts grouped per vendor, the vendor told most recently first.

    Receipts outlive their vendor (its id becomes ``None``); they group by the name the
    package carried.
    """
    groups: dict[tuple[int | None, str], list[DisclosureReceipt]] = {}
    for item in receipts(session):
        key = (item.vendor_id, item.vendor_name if item.vendor_id is None else "")
        groups.setdefault(key, []).append(item)
    return [VendorHistory(key[0], items[0].vendor_name, items) for key, items in groups.items()]


def diff_receipts(older: DisclosureReceipt, newer: DisclosureReceipt) -> DisclosureDiff:
    """What changed between two disclosures (fields added, removed, changed; other sections)."""
    return diff_documents(older.document, newer.document)


def check_package(item: DisclosureReceipt) -> str:
    """``"intact"``, ``"changed"`` or ``"missing"``: the package on disk against its receipt."""
    path = Path(item.package_path)
    if not path.is_dir():
        return "missing"
    return "intact" if package_digest(path) == item.package_sha256 else "changed"


def _draft_context(session: VaultSession, item: DisclosureReceipt) -> tuple[str, str]:
    email = ""
    if item.vendor_id is not None:
        try:
            email = session.get(Vendor, item.vendor_id).email
        except NotFound:
            email = ""
    return email, session.profile().full_name


def deletion_request_draft(session: VaultSession, receipt_id: int) -> Draft:
    """A ``mailto:`` draft asking the vendor to delete what a disclosure told them (it names
    the disclosure by id and date, never a local path or a value)."""
    item = receipt(session, receipt_id)
    to, sender = _draft_context(session, item)
    return deletion_request(item.document, to=to, sender=sender)


def follow_up_draft(session: VaultSession, receipt_id: int) -> Draft:
    """A ``mailto:`` draft following up on a disclosure."""
    item = receipt(session, receipt_id)
    to, sender = _draft_context(session, item)
    return follow_up(item.document, to=to, sender=sender)
