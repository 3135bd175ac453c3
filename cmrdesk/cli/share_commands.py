"""``fields``, ``vendors``, ``identity``, ``share``, ``disclosures``, ``verify``, ``keygen``.

The customer's side (``fields``, ``vendors``, ``identity``, ``share``, ``disclosures``) works
on a vault; the vendor's side (``verify``, ``keygen``) needs no vault at all. JSON shapes:

* ``fields --json``: ``{"fields": [{"name", "label", "value", "precisions", "known", "why",
  "where"}]}``, precisions the specs offered with the default first; an unknown field has
  ``"value": null``, ``"known": false``, ``why`` it is unknown and ``where`` to key it in;
* ``share --json``: ``{"package", "files", "sha256", "receipt_id", "left_out"}``,
  ``left_out`` the template's fields that were not ticked because their value is unknown
  (``[{"name", "why", "where"}]``); ``share --dry-run --json`` prints the disclosure document
  that would be signed (nothing is written);
* ``verify --json``: ``{"valid", "expired", "signer_fingerprint", "vendor", "purpose", "terms",
  "intent", "expires", "fields": {NAME: {"precision", "value"}}}``; a package that fails
  prints ``{"valid": false, "error": ...}`` and exits 4 with an ``error:`` line; an expired
  one prints ``"expired": true`` and exits 4 ("expired on D: ..."); an encrypted one without
  ``--decrypt-key`` prints ``{"valid": null, "encrypted": true, "error": ...}`` and exits 2
  (it could not be opened: nothing is known against it);
* ``vendors list --json``: ``{"vendors": [{"id", "name", "kind", "email", "website", "notes",
  "key_type", "fingerprint", "encrypts", "signing_fingerprint"}]}`` (the last: the pinned
  offer-signing key's, or ``null``);
* ``disclosures --json``: ``{"disclosures": [{"id", "created", "vendor", "purpose_kind",
  "purpose", "expires", "expired", "fields", "sha256", "package", "status", "encrypted"}]}``.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from cmrdesk.disclosure import (
    CatalogueField,
    Change,
    Intent,
    PackageEncrypted,
    Precision,
    Purpose,
    PurposeKind,
    Terms,
    ValueUnknown,
    fingerprint_text,
    generate_vendor_key,
    private_jwk_text,
    public_jwk_text,
    summary_lines,
    template_for,
)
from cmrdesk.disclosure.keys import (
    generate_signing_key,
    signing_private_jwk_text,
    signing_public_jwk_text,
)
from cmrdesk.domain import (
    CmrdeskError,
    PackageInvalid,
    ValidationError,
    Vendor,
    VendorKind,
)
from cmrdesk.services import offers as offer_services
from cmrdesk.services import sharing, sharing_bench
from cmrdesk.services.catalogue import DEFAULT_MONTHS, Catalogue, build_catalogue

from .common import iso_date, open_session, positive_int
from .output import print_json, print_table, print_warnings
from .pdf_renderer import subprocess_pdf_renderer

_KINDS = [k.value for k in VendorKind]
_PURPOSES = [k.value for k in PurposeKind]
#: Exit codes beyond ``error:`` 1, as ``cmrdesk.cli.main`` documents them.
EXIT_USAGE, EXIT_DAMAGED = 2, 4
ENCRYPTED_MESSAGE = "encrypted for the vendor: give --decrypt-key to open it"


def register(commands: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    """Add the sharing commands to the parser."""
    # The benchmark measures an export the way the CLI makes one: PDF drawn in a subprocess.
    sharing_bench.register(subprocess_pdf_renderer)

    p = commands.add_parser("fields", parents=[parent],
                            help="the field catalogue: what you could share, with values")
    p.add_argument("--months", type=positive_int, default=DEFAULT_MONTHS, metavar="N",
                   help=f"months behind averages and facts (default {DEFAULT_MONTHS})")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_fields)

    vendors = commands.add_parser("vendors", help="the vendors you may share with")
    actions = vendors.add_subparsers(dest="vendors_command", metavar="ACTION", required=True)
    p = actions.add_parser("add", parents=[parent], help="add a vendor")
    p.add_argument("--name", required=True)
    p.add_argument("--kind", required=True, choices=_KINDS)
    p.add_argument("--email", default="")
    p.add_argument("--website", default="")
    p.add_argument("--notes", default="")
    p.add_argument("--key", metavar="FILE",
                   help="the vendor's public key: JWK or PEM, X25519, Ed25519 or P-256")
    p.add_argument("--signing-key", metavar="SIGN_PUBLIC_JWK",
                   help="the key the vendor signs offers with (sign-public.jwk: Ed25519)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_vendors_add)
    p = actions.add_parser("list", parents=[parent], help="list vendors and key fingerprints")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_vendors_list)

    p = commands.add_parser("identity", parents=[parent],
                            help="your public key and fingerprint, for vendors to pin")
    p.add_argument("--out", metavar="FILE", help="also write the public JWK to FILE")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_identity)

    p = commands.add_parser("share", parents=[parent],
                            help="export a signed disclosure package for a vendor")
    p.add_argument("--vendor", required=True, metavar="NAME")
    p.add_argument("--profile", metavar="P", help="a saved share profile of the vendor")
    p.add_argument("--field", action="append", metavar="NAME[=PRECISION]",
                   help="a field to share (repeat); PRECISION is exact, round:STEP, "
                        "band:WIDTH or atleast:THRESHOLD, default the field's least "
                        "revealing useful choice. With --template: added to its fields (or "
                        "their precision changed). A field whose value is unknown is refused")
    p.add_argument("--template", choices=_PURPOSES[:-1], metavar="KIND",
                   help=f"the template's fields ({', '.join(_PURPOSES[:-1])}); those whose "
                        "value is unknown are left out, with a note")
    p.add_argument("--purpose", metavar="TEXT",
                   help="what the disclosure is for (required unless --profile)")
    p.add_argument("--purpose-kind", choices=_PURPOSES, metavar="KIND",
                   help=f"one of {', '.join(_PURPOSES)} (default: the template's or other)")
    p.add_argument("--intent", metavar="TEXT", help="what you want to hear about, and what not")
    p.add_argument("--retention-days", type=positive_int, metavar="N",
                   help="the vendor deletes the data N days after issue (default 90)")
    p.add_argument("--expires", type=iso_date, metavar="D", help="valid until (YYYY-MM-DD)")
    p.add_argument("--out", metavar="DIR",
                   help="where the package folder goes (required unless --dry-run)")
    p.add_argument("--save-profile", metavar="NAME",
                   help="also save these choices as a profile of the vendor")
    p.add_argument("--dry-run", action="store_true",
                   help="print the disclosure that would be signed and write nothing (no "
                        "package, receipt or profile)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_share, parser=p)

    p = commands.add_parser("disclosures", parents=[parent],
                            help="what each vendor has been told (receipts)")
    p.add_argument("--vendor", metavar="NAME", help="only this vendor")
    p.add_argument("--diff", nargs=2, type=int, metavar=("OLD", "NEW"),
                   help="what changed between two receipts")
    p.add_argument("--draft", choices=["deletion", "follow-up"],
                   help="print a mailto: draft for --receipt")
    p.add_argument("--receipt", type=int, metavar="ID", help="the receipt a --draft is about")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_disclosures)

    p = commands.add_parser("verify", help="check a disclosure package and print its fields")
    p.add_argument("package", metavar="PACKAGE", help="the package folder")
    p.add_argument("--decrypt-key", metavar="KEYFILE",
                   help="your private key (JWK or PEM) for an encrypted package")
    p.add_argument("--signer", metavar="FINGERPRINT",
                   help="fail unless the package is signed by this key")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_verify)

    p = commands.add_parser(
        "render-pdf", help="draw a disclosure's PDF: the JSON on stdin, the PDF on stdout",
        description="Draw the PDF of a disclosure document: read the document (JSON, as "
        "`cmrdesk share --dry-run --json` prints it) on stdin and write the PDF to stdout. "
        "`cmrdesk share` runs it as a child process; it takes no options.")
    p.set_defaults(func=cmd_render_pdf)

    p = commands.add_parser("keygen", help="make a key pair for a vendor to receive packages")
    p.add_argument("--out", required=True, metavar="DIR",
                   help="writes DIR/private.jwk and DIR/public.jwk, and the offer-signing "
                        "pair DIR/sign-private.jwk and DIR/sign-public.jwk (Ed25519)")
    p.add_argument("--curve", choices=["X25519", "P-256"], default="X25519")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_keygen)


# --- fields ------------------------------------------------------------------------------------


def cmd_fields(args: argparse.Namespace) -> int:
    """Print the field catalogue with current values."""
    with open_session(args, read_only=True) as session:
        catalogue = build_catalogue(session, months=args.months)
    if args.json:
        print_json(catalogue.as_json())
        return 0
    for group, items in catalogue.groups().items():
        print(f"\n{group}")
        print_table(["Field", "Value", "Precisions (default first)", "Label"], [
            [f.name, _value_cell(f.exact_json(), f.currency) if f.known else f.why,
             " ".join(f.precisions) if f.known else "-", f.label]
            for f in items
        ])
    print_warnings(catalogue.warnings)
    return 0


def _value_cell(value: Any, currency: str) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return f"{currency} {value}" if currency else str(value)


# --- vendors and identity ----------------------------------------------------------------------


def _read_text(path: str, what: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or "not UTF-8 text"
        raise CmrdeskError(f"cannot read {what} {path}: {reason}") from None


def cmd_vendors_add(args: argparse.Namespace) -> int:
    """Add a vendor, checking its key."""
    key = _read_text(args.key, "key file") if args.key else ""
    vendor = Vendor(name=args.name, kind=VendorKind(args.kind), email=args.email,
                    website=args.website, notes=args.notes, public_key=key)
    signing = None
    if args.signing_key:
        signing = offer_services.pin_signing_key(
            vendor, _read_text(args.signing_key, "signing key file"))
    with open_session(args) as session:
        sharing.add_vendor(session, vendor)
        view = sharing.VendorView(vendor, sharing.vendor_key(vendor))
    if args.json:
        data = view.as_json()
        data["signing_fingerprint"] = signing.fingerprint if signing else None
        print_json(data)
    else:
        print(f"added vendor {vendor.name} (id {vendor.id})")
        if view.key:
            print(f"key: {view.key.display}")
            if not view.key.can_encrypt:
                print("note: an Ed25519 key can only verify; packages to this vendor are signed "
                      "but not encrypted")
        if signing:
            print(f"offer-signing key: {signing.display}")
    return 0


def cmd_vendors_list(args: argparse.Namespace) -> int:
    """List vendors with their key fingerprints."""
    with open_session(args, read_only=True) as session:
        views = sharing.vendors(session)
    if args.json:
        print_json({"vendors": [v.as_json() for v in views]})
        return 0
    print_table(["Name", "Kind", "E-mail", "Key"], [
        [v.vendor.name, str(v.vendor.kind), v.vendor.email, v.key.display if v.key else "-"]
        for v in views
    ])
    return 0


def cmd_identity(args: argparse.Namespace) -> int:
    """Print (and optionally write) the customer's public key."""
    with open_session(args, read_only=True) as session:
        key = sharing.identity(session)
    if args.out:
        _write_new(Path(args.out), key.text() + "\n", private=False)
    if args.json:
        print_json({"jwk": key.jwk, "fingerprint": key.fingerprint})
        return 0
    print(key.text())
    print(f"fingerprint: {fingerprint_text(key.fingerprint)}")
    return 0


# --- share ---------------------------------------------------------------------------------------


def _selection(catalogue: Catalogue, specs: list[str]) -> dict[str, Precision]:
    selection: dict[str, Precision] = {}
    for spec in specs:
        name, _, precision = spec.partition("=")
        name = name.strip()
        if name not in catalogue:
            raise ValidationError("--field", f"no field named {name!r} (see cmrdesk fields)")
        item = catalogue[name]
        if not item.known:  # asked for by name: refuse, never share a guess
            raise ValueUnknown(name, item.why, item.where)
        selection[name] = item.check(Precision.parse(precision)) if precision else item.default
    return selection


def cmd_share(args: argparse.Namespace) -> int:
    """Export a package for a vendor and store its receipt (``--dry-run``: print the
    disclosure that would be signed and write nothing)."""
    if not (args.profile or args.field or args.template):
        args.parser.error("one of the arguments --profile --field --template is required")
    if args.profile and (args.field or args.template):
        args.parser.error("argument --profile: not allowed with --field or --template")
    if not args.out and not args.dry_run:
        args.parser.error("the following arguments are required: --out (or --dry-run)")
    if not args.profile and not args.purpose:
        raise ValidationError("--purpose", "say what the disclosure is for")
    with open_session(args) as session:
        vendor = sharing.vendor_named(session, args.vendor)
        catalogue = build_catalogue(session)
        request, left_out = _request(session, args, vendor, catalogue)
        for item in left_out:
            print(f"note: {item.name} left out: {item.why}", file=sys.stderr)
        if args.dry_run:
            # The one thing a dry run may store is the identity key, when the vault has none
            # yet: the document names its fingerprint, as the real export will.
            shown = sharing.preview(session, catalogue, request)
            return _print_dry_run(shown, args.json)
        result = sharing.share(session, request, args.out, render_pdf=subprocess_pdf_renderer,
                               catalogue=catalogue)
        if args.save_profile:  # only choices that made a valid package are worth keeping
            days = (request.expires - catalogue.as_of).days if request.expires else None
            sharing.save_profile(session, args.save_profile, request, expires_days=days)
    if args.json:
        data = result.as_json()
        out = {key: data[key] for key in ("package", "files", "sha256", "receipt_id")}
        out["left_out"] = [{"name": i.name, "why": i.why, "where": i.where} for i in left_out]
        print_json(out)
        return 0
    print(f"package written to {result.package}")
    print(f"  {'encrypted to the vendor' if result.encrypted else 'signed, not encrypted'}; "
          f"files: {', '.join(result.files)}")
    print(f"  sha256 {result.sha256}, receipt {result.receipt_id}")
    return 0


def _print_dry_run(shown: sharing.Preview, as_json: bool) -> int:
    if as_json:  # exactly what export() signs, less the file hashes it adds
        print_json(shown.document)
        return 0
    doc = shown.document
    print(f"dry run: nothing was written. The disclosure for {doc['vendor']['name']}, "
          f"expires {doc['expires']}, "
          f"{'encrypted to the vendor' if shown.encrypted else 'signed, not encrypted'}:")
    for warning in shown.warnings:
        print(f"note: {warning}")
    print_table(["Field", "Value", "Precision"], [list(row) for row in shown.rows])
    return 0


def _request(session: Any, args: argparse.Namespace, vendor: Vendor,
             catalogue: Catalogue) -> tuple[sharing.ShareRequest, list[CatalogueField]]:
    """The request, and the template's fields left out because their value is unknown."""
    left_out: list[CatalogueField] = []
    if args.profile:
        profile = sharing.profile_named(session, vendor, args.profile)
        request, missing = sharing.request_from_profile(profile, vendor, catalogue)
        for name in missing:
            if name in catalogue:
                left_out.append(catalogue[name])
            else:
                print(f"note: field {name} of profile {profile.name!r} is not in the vault any "
                      "more", file=sys.stderr)
        purpose = request.purpose
        terms = request.terms
        intent = request.intent
        expires = request.expires
        selection = request.selection
    else:
        template = None
        selection = {}
        if args.template:
            template = template_for(args.template)
            choice = template.choose(catalogue)
            selection = dict(choice.selection)
            explicit = {spec.partition("=")[0].strip() for spec in args.field or []}
            left_out = [item for item in choice.unknown if item.name not in explicit]
        selection.update(_selection(catalogue, args.field or []))
        purpose = Purpose(PurposeKind(template.kind) if template else PurposeKind.OTHER, "")
        terms = template.terms if template else Terms()
        intent = template.intent if template else Intent()
        days = template.expires_days if template else sharing.DEFAULT_EXPIRES_DAYS
        expires = catalogue.as_of + timedelta(days=days)
    kind = PurposeKind(args.purpose_kind) if args.purpose_kind else purpose.kind
    purpose = Purpose(kind, args.purpose if args.purpose else purpose.text)
    if args.intent is not None:
        intent = Intent(text=args.intent)
    if args.retention_days is not None:
        terms = Terms.from_dict({**terms.as_dict(), "retention_days": args.retention_days})
    if args.expires is not None:
        expires = args.expires
    return sharing.ShareRequest(vendor=vendor, selection=selection, purpose=purpose,
                                terms=terms, intent=intent, expires=expires), left_out


# --- disclosures -----------------------------------------------------------------------------


def cmd_disclosures(args: argparse.Namespace) -> int:
    """List receipts, compare two, or draft an e-mail about one."""
    with open_session(args, read_only=True) as session:
        if args.draft:
            if args.receipt is None:
                raise ValidationError("--receipt", "say which receipt the draft is about")
            draft = (sharing.deletion_request_draft if args.draft == "deletion"
                     else sharing.follow_up_draft)(session, args.receipt)
            if args.json:
                print_json({"to": draft.to, "subject": draft.subject, "body": draft.body,
                            "mailto": draft.mailto})
            else:
                print(draft.mailto)
            return 0
        if args.diff:
            older, newer = (sharing.receipt(session, i) for i in args.diff)
            return _print_diff(sharing.diff_receipts(older, newer), args.json)
        vendor_id = sharing.vendor_named(session, args.vendor).id if args.vendor else None
        items = sharing.receipts(session, vendor_id)
    today = date.today()
    rows = [_receipt_json(item, today) for item in items]
    if args.json:
        print_json({"disclosures": rows})
        return 0
    print_table(["Id", "Date", "Vendor", "Purpose", "Expires", "Fields", "Package"], [
        [str(r["id"]), r["created"][:10], r["vendor"], r["purpose_kind"],
         r["expires"] + (" (expired)" if r["expired"] else ""), str(len(r["fields"])),
         r["status"]]
        for r in rows
    ], right=(0, 5))
    return 0


def _receipt_json(item: Any, today: date) -> dict[str, Any]:
    return {
        "id": item.id, "created": item.created_at.isoformat(), "vendor": item.vendor_name,
        "purpose_kind": item.purpose_kind, "purpose": item.purpose,
        "expires": item.expires.isoformat(), "expired": item.expired(today),
        "fields": dict(sorted(item.fields.items())), "sha256": item.package_sha256,
        "package": item.package_path, "status": sharing.check_package(item),
        "encrypted": item.encrypted,
    }


def _print_diff(diff: Any, as_json: bool) -> int:
    if as_json:
        print_json({
            "fields": [{"name": c.name, "label": c.label, "change": c.change.value,
                        "before": c.before, "after": c.after} for c in diff.fields],
            "sections": diff.sections,
        })
        return 0
    changed = diff.changed
    if not changed and not diff.sections:
        print("no differences")
    for item in changed:
        mark = {Change.ADDED: "+", Change.REMOVED: "-", Change.CHANGED: "~"}[item.change]
        detail = {Change.ADDED: item.after_text, Change.REMOVED: item.before_text,
                  Change.CHANGED: f"{item.before_text} -> {item.after_text}"}[item.change]
        print(f"{mark} {item.label}: {detail}")
    for section in diff.sections:
        print(f"~ {section} changed")
    return 0


# --- the vendor's side -------------------------------------------------------------------------


def cmd_verify(args: argparse.Namespace) -> int:
    """Check a package's signature (decrypting it first when needed) and print its fields.

    Exit 0 valid; 4 a package that fails, or a valid disclosure that has expired; 2 an
    encrypted package without ``--decrypt-key`` (it could not be opened).
    """
    key = _read_text(args.decrypt_key, "key file") if args.decrypt_key else None
    try:
        result = sharing.verify(args.package, key, expected_signer=args.signer)
    except PackageEncrypted:
        if args.json:
            print_json({"valid": None, "encrypted": True, "error": ENCRYPTED_MESSAGE})
        print(f"error: {ENCRYPTED_MESSAGE}", file=sys.stderr)
        return EXIT_USAGE
    except PackageInvalid as error:
        if args.json:
            print_json({"valid": False, "error": error.reason})
        raise
    today = date.today()
    expired = result.expired(today)
    if args.json:
        data = result.as_json(today)
        keys = ("valid", "expired", "signer_fingerprint", "vendor", "purpose", "terms",
                "intent", "expires", "fields")
        print_json({k: data[k] for k in keys})
    else:
        doc = result.document
        print(f"valid: signed by {fingerprint_text(result.signer_fingerprint)}")
        print(f"for {doc['vendor']['name']}, issued {doc['issued']}, expires {doc['expires']}"
              f"{' (expired)' if expired else ''}")
        print(f"purpose: {doc['purpose']['kind']}: {doc['purpose']['text']}")
        if doc["intent"].get("text"):
            print(f"intent: {doc['intent']['text']}")
        print(f"sha256 {result.sha256}{', decrypted' if result.encrypted else ''}")
        print_table(["Field", "Value", "Precision"],
                    [[label, value, how] for label, how, value in summary_lines(doc)])
    if expired:
        print(f"error: expired on {result.expired_on().isoformat()}: the vendor may no longer "
              "use it", file=sys.stderr)
        return EXIT_DAMAGED
    return 0


def cmd_render_pdf(args: argparse.Namespace) -> int:
    """Reached only when ``render-pdf`` is run in-process; the drawing needs the app's
    process (``cmrdesk render-pdf`` with the document on stdin)."""
    raise CmrdeskError("render-pdf runs as its own process: cmrdesk render-pdf < document.json "
                       "> disclosure.pdf")


def cmd_keygen(args: argparse.Namespace) -> int:
    """Write a new key pair for a vendor: private.jwk (0600) and public.jwk."""
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    private_path, public_path = out / "private.jwk", out / "public.jwk"
    sign_private, sign_public = out / "sign-private.jwk", out / "sign-public.jwk"
    for path in (private_path, public_path, sign_private, sign_public):
        if path.exists():
            raise CmrdeskError(f"{path} already exists; refusing to overwrite a key")
    key, info = generate_vendor_key(args.curve)
    signer, signer_info = generate_signing_key()
    _write_new(private_path, private_jwk_text(key, info), private=True)
    _write_new(public_path, public_jwk_text(info), private=False)
    _write_new(sign_private, signing_private_jwk_text(signer, signer_info), private=True)
    _write_new(sign_public, signing_public_jwk_text(signer_info), private=False)
    if args.json:
        print_json({"private": str(private_path), "public": str(public_path),
                    "fingerprint": info.fingerprint, "curve": info.curve,
                    "sign_private": str(sign_private), "sign_public": str(sign_public),
                    "signing_fingerprint": signer_info.fingerprint})
        return 0
    print(f"wrote {private_path} (keep it secret) and {public_path} (give it to customers)")
    print(f"fingerprint: {fingerprint_text(info.fingerprint)}")
    print(f"wrote {sign_private} (keep it secret: it signs your offers) and {sign_public} "
          "(give it to customers to pin)")
    print(f"signing fingerprint: {fingerprint_text(signer_info.fingerprint)}")
    return 0


def _write_new(path: Path, text: str, *, private: bool) -> None:
    """Create ``path`` (never overwrite); a private key is 0600 from the first byte."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600 if private else 0o644)
    except FileExistsError:
        raise CmrdeskError(f"{path} already exists; refusing to overwrite it") from None
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)


__all__ = ["register"]
