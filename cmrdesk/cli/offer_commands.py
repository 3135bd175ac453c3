"""``request``, ``offer``, ``offers`` (import, add, list, accept, decline, compare) and
``deletions`` (list, request, confirm): the two-way loop on the command line.

JSON shapes:

* ``request --json``: ``{"request_id", "packages": [{"vendor", "package", "sha256",
  "encrypted"}]}``;
* ``offer --json`` (the vendor's side, no vault): ``{"offer": FILE, "offer_id", "request_id",
  "signing_fingerprint"}``;
* ``offers import --json``: ``{"offer": {"id", "vendor", "request_id", "verified": true,
  ...}}``; a refused offer exits 4 with an ``error:`` line and stores nothing;
* ``offers list --json``: ``{"offers": [...]}``; ``offers accept|decline --json``:
  ``{"offer": {...}, "draft": {"to", "subject", "body", "mailto"}}``;
* ``offers compare --json``: ``{"offers": [{"id", "vendor", "yearly_cost", "total_cost",
  "effective_rate", "vs_current_yearly", "vs_benchmark_yearly", "break_even_months",
  "verdict", "notes"}], "current": {...}, "benchmark": {"series", "date", "rate"}, "notes"}``
  (money as decimal strings; ``null`` with the reason in ``notes``);
* ``deletions list --json``: ``{"deletions": [{"id", "vendor", "receipt_id",
  "disclosure_id", "requested_on", "due_on", "confirmed_on", "confirmation", "overdue"}]}``.
"""

from __future__ import annotations

import argparse
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from cmrdesk.disclosure import Precision, fingerprint_text, verify_package
from cmrdesk.disclosure.keys import load_signing_private_key
from cmrdesk.disclosure.offers import (
    FREQUENCIES,
    build_deletion_confirmation,
    build_offer,
    sign_deletion_confirmation,
    sign_offer,
)
from cmrdesk.disclosure.requests import request_of
from cmrdesk.domain import (
    CmrdeskError,
    Money,
    PolicyType,
    ProductKind,
    ValidationError,
)
from cmrdesk.services import offers as offer_services
from cmrdesk.services import requests as request_services
from cmrdesk.services import sharing
from cmrdesk.services.records import known_currency

from .common import open_session, parse_day, parse_number
from .output import print_json, print_table
from .pdf_renderer import subprocess_pdf_renderer

_PRODUCTS = [p.value for p in ProductKind]
_INSURANCE = [t.value for t in PolicyType]


def _product_help() -> str:
    return (f"{', '.join(_PRODUCTS)}; insurance of a type as insurance:TYPE "
            f"({', '.join(_INSURANCE)})")


def _terms_flags(p: argparse.ArgumentParser) -> None:
    p.add_argument("--product", required=True, metavar="P", help=_product_help())
    p.add_argument("--rate", metavar="PCT", help="nominal yearly rate in percent")
    p.add_argument("--apr", metavar="PCT", help="yearly percentage rate with costs")
    p.add_argument("--fixed-years", metavar="Y", help="years the rate is fixed")
    p.add_argument("--term-years", metavar="Y", help="years of the term")
    p.add_argument("--amount", metavar="AMOUNT", help="principal, balance or sum offered")
    p.add_argument("--currency", metavar="CODE",
                   help="currency of the amounts (default: the request's, else required)")
    p.add_argument("--fees", metavar="AMOUNT", help="one-off fees (switching costs)")
    p.add_argument("--premium", metavar="AMOUNT", help="insurance premium (with --frequency)")
    p.add_argument("--frequency", choices=FREQUENCIES, help="how often the premium is due")
    p.add_argument("--cover", metavar="AMOUNT", help="sum insured")
    p.add_argument("--deductible", metavar="AMOUNT", help="own risk per claim")
    p.add_argument("--monthly-price", metavar="AMOUNT", help="price a month")
    p.add_argument("--valid-until", metavar="D", help="last day the offer stands (YYYY-MM-DD)")
    p.add_argument("--conditions", metavar="TEXT", default="", help="conditions, in words")


def register(commands: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    """Add the request/offer commands to the parser."""
    p = commands.add_parser("request", parents=[parent],
                            help="ask vendors for offers: one signed package per vendor")
    p.add_argument("--vendor", action="append", required=True, metavar="N",
                   help="a vendor to ask (repeat for several)")
    p.add_argument("--product", required=True, metavar="P", help=_product_help())
    p.add_argument("--amount", metavar="AMOUNT",
                   help="how much (in the base currency, or CODE:AMOUNT)")
    p.add_argument("--term-years", metavar="Y")
    p.add_argument("--fixed-years", metavar="Y")
    p.add_argument("--want", action="append", default=[], metavar="TEXT",
                   help="something you want (repeat)")
    p.add_argument("--not-want", action="append", default=[], metavar="TEXT",
                   help="something you do not want, e.g. 'no phone calls' (repeat)")
    p.add_argument("--field", action="append", default=[], metavar="NAME[=PRECISION]",
                   help="a field to disclose with the request (optional; see cmrdesk fields)")
    p.add_argument("--respond-by", metavar="D", help="answer by this day (YYYY-MM-DD)")
    p.add_argument("--out", required=True, metavar="DIR", help="where the packages go")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_request)

    p = commands.add_parser("confirm-deletion",
                            help="(vendor) sign a confirmation that a disclosure was deleted")
    p.add_argument("--key", required=True, metavar="SIGN_PRIVATE_JWK")
    p.add_argument("--disclosure-id", required=True, metavar="ID",
                   help="the disclosure's id (urn:uuid:...), as `cmrdesk verify` shows it")
    p.add_argument("--vendor-name", required=True, metavar="NAME")
    p.add_argument("--on", metavar="D", help="the day it was deleted (default today)")
    p.add_argument("--out", required=True, metavar="FILE.jws")
    p.set_defaults(func=cmd_confirm_deletion)

    p = commands.add_parser("offer", help="(vendor) sign an offer answering a request package")
    p.add_argument("--key", required=True, metavar="SIGN_PRIVATE_JWK",
                   help="your offer-signing key (keygen's sign-private.jwk)")
    p.add_argument("--request", required=True, metavar="PACKAGE_DIR",
                   help="the customer's request package")
    p.add_argument("--decrypt-key", metavar="KEYFILE",
                   help="your private.jwk for an encrypted request (default: private.jwk "
                        "beside --key)")
    _terms_flags(p)
    p.add_argument("--out", required=True, metavar="FILE.jws")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_offer)

    offers = commands.add_parser("offers", help="offers received: import, add, list, decide, "
                                                "compare")
    actions = offers.add_subparsers(dest="offers_command", metavar="ACTION", required=True)
    p = actions.add_parser("import", parents=[parent],
                           help="verify a signed offer file and store it")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=cmd_offers_import)
    p = actions.add_parser("add", parents=[parent],
                           help="key in an offer that came on paper or by e-mail")
    p.add_argument("--vendor", required=True, metavar="N")
    p.add_argument("--request", metavar="ID", help="the request it answers")
    _terms_flags(p)
    p.set_defaults(func=cmd_offers_add)
    p = actions.add_parser("list", parents=[parent], help="list offers")
    p.add_argument("--request", metavar="ID", help="only this request's offers")
    p.set_defaults(func=cmd_offers_list)
    for name, accept in (("accept", True), ("decline", False)):
        p = actions.add_parser(name, parents=[parent],
                               help=f"{name} an offer and draft the reply")
        p.add_argument("id", type=int, metavar="ID")
        p.set_defaults(func=cmd_offers_decide, accept=accept)
    p = actions.add_parser("compare", parents=[parent],
                           help="compare offers with what you have and the market")
    p.add_argument("--request", metavar="ID", help="only this request's offers")
    p.set_defaults(func=cmd_offers_compare)

    for sub in list(actions.choices.values()):
        sub.add_argument("--json", action="store_true", help="machine-readable output")

    deletions = commands.add_parser("deletions", help="deletion requests and their answers")
    actions = deletions.add_subparsers(dest="deletions_command", metavar="ACTION",
                                       required=True)
    p = actions.add_parser("list", parents=[parent],
                           help="deletion requests, overdue ones flagged")
    p.set_defaults(func=cmd_deletions_list)
    p = actions.add_parser("request", parents=[parent],
                           help="record a deletion request about a receipt and draft it")
    p.add_argument("--receipt", type=int, required=True, metavar="ID")
    p.set_defaults(func=cmd_deletions_request)
    p = actions.add_parser("confirm", parents=[parent],
                           help="record the vendor's confirmation")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--on", metavar="D", help="the day it was confirmed (default today)")
    p.add_argument("--signed", metavar="FILE",
                   help="the vendor's signed confirmation (checked against its signing key)")
    p.set_defaults(func=cmd_deletions_confirm)
    for sub in list(actions.choices.values()):
        sub.add_argument("--json", action="store_true", help="machine-readable output")


# --- parsing ---------------------------------------------------------------------------------


def parse_product(text: str) -> tuple[ProductKind, str]:
    """``mortgage`` -> (MORTGAGE, ""); ``insurance:home`` -> (INSURANCE, "home")."""
    kind, _, sub = text.strip().partition(":")
    try:
        product = ProductKind(kind)
    except ValueError:
        raise ValidationError("--product", f"{text!r} is not one of {_product_help()}") from None
    if sub and (product is not ProductKind.INSURANCE or sub not in _INSURANCE):
        raise ValidationError("--product", f"{text!r}: only insurance takes a type, one of "
                                           f"{', '.join(_INSURANCE)}")
    return product, sub


def _years(text: str | None, flag: str) -> int | None:
    if text is None:
        return None
    value = parse_number(text, flag, "a number of years")
    if value != value.to_integral_value() or not 1 <= value <= 50:
        raise ValidationError(flag, f"{text!r} is not a whole number of years from 1 to 50")
    return int(value)


def _amount_text(text: str | None, flag: str) -> str | None:
    if text is None:
        return None
    value = parse_number(text, flag, "an amount")
    if value < 0:
        raise ValidationError(flag, "must not be negative")
    return f"{value:f}"


def _rate_text(text: str | None, flag: str) -> str | None:
    if text is None:
        return None
    value = parse_number(text, flag, "a percentage")
    if not -100 < value < 100:
        raise ValidationError(flag, "is not a yearly percentage (e.g. 3.1)")
    return f"{value:f}"


def _terms(args: argparse.Namespace, currency: str) -> dict[str, Any]:
    if (args.premium is None) != (args.frequency is None):
        raise ValidationError("--frequency", "give --premium and --frequency together")
    return {
        "currency": currency,
        "amount": _amount_text(args.amount, "--amount"),
        "rate": _rate_text(args.rate, "--rate"), "apr": _rate_text(args.apr, "--apr"),
        "fixed_years": _years(args.fixed_years, "--fixed-years"),
        "term_years": _years(args.term_years, "--term-years"),
        "fees": _amount_text(args.fees, "--fees"),
        "premium": _amount_text(args.premium, "--premium"), "frequency": args.frequency,
        "cover": _amount_text(args.cover, "--cover"),
        "deductible": _amount_text(args.deductible, "--deductible"),
        "monthly_price": _amount_text(args.monthly_price, "--monthly-price"),
    }


def _selection(session: Any, specs: list[str]) -> dict[str, Precision]:
    if not specs:
        return {}
    from .share_commands import _selection as share_selection

    return share_selection(sharing.build_catalogue(session), specs)


# --- request ---------------------------------------------------------------------------------


def cmd_request(args: argparse.Namespace) -> int:
    """Write one signed request package per vendor and record the request."""
    product, insurance_type = parse_product(args.product)
    respond_by = parse_day(args.respond_by, "--respond-by") if args.respond_by else None
    with open_session(args) as session:
        amount = None
        if args.amount is not None:
            code, _, number = args.amount.rpartition(":")
            currency = known_currency(code.strip().upper(), "--amount") if code else (
                session.base_currency)
            amount = Money.of(parse_number(number, "--amount", "an amount"), currency)
        spec = request_services.RequestSpec(
            vendors=request_services.vendors_named(session, args.vendor), product=product,
            insurance_type=insurance_type, amount=amount,
            term_years=_years(args.term_years, "--term-years"),
            fixed_years=_years(args.fixed_years, "--fixed-years"),
            wants=args.want, not_wants=args.not_want,
            selection=_selection(session, args.field), respond_by=respond_by)
        result = request_services.make_request(session, spec, args.out,
                                               render_pdf=subprocess_pdf_renderer)
    if args.json:
        print_json(result.as_json())
        return 0
    print(f"request {result.request.request_id}")
    for item in result.request.packages:
        how = "encrypted to the vendor" if item["encrypted"] else "signed, not encrypted"
        print(f"  {item['vendor']}: {item['package']} ({how}; sha256 {item['sha256']})")
    return 0


# --- offer (the vendor's side) ---------------------------------------------------------------


def _read(path: str | Path, what: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or "not UTF-8 text"
        raise CmrdeskError(f"cannot read {what} {path}: {reason}") from None


def cmd_offer(args: argparse.Namespace) -> int:
    """Sign an offer answering a request package (needs no vault)."""
    key, info = load_signing_private_key(_read(args.key, "signing key"))
    decrypt = args.decrypt_key or (Path(args.key).parent / "private.jwk")
    decrypt_text = _read(decrypt, "key file") if Path(decrypt).is_file() else None
    checked = verify_package(args.request, decrypt_text)
    section = request_of(checked.document)
    product, insurance_type = parse_product(args.product)
    asked = section.get("amount") or {}
    currency = (args.currency or asked.get("currency") or "").upper()
    if not currency:
        raise ValidationError("--currency", "the request names no currency; give --currency")
    known_currency(currency, "--currency")
    terms = _terms(args, currency)
    if terms["amount"] is None and asked.get("currency") == currency:
        terms["amount"] = asked.get("value")
    if not args.valid_until:
        raise ValidationError("--valid-until", "say until when the offer stands")
    payload = build_offer(
        request_id=section["id"], vendor_name=checked.document["vendor"]["name"],
        key_fingerprint=info.fingerprint, product=product, insurance_type=insurance_type,
        terms=terms, valid_until=parse_day(args.valid_until, "--valid-until"),
        issued=datetime.now(UTC), conditions=args.conditions)
    out = _write_token(Path(args.out), sign_offer(payload, key, info))
    if args.json:
        print_json({"offer": str(out), "offer_id": payload["id"],
                    "request_id": section["id"], "signing_fingerprint": info.fingerprint})
        return 0
    print(f"offer {payload['id']} for request {section['id']} written to {out}")
    print(f"signed by {fingerprint_text(info.fingerprint)}")
    return 0


def _write_token(out: Path, token: str) -> Path:
    try:
        with out.open("x", encoding="ascii") as handle:
            handle.write(token + "\n")
    except FileExistsError:
        raise CmrdeskError(f"{out} already exists; refusing to overwrite it") from None
    return out


def cmd_confirm_deletion(args: argparse.Namespace) -> int:
    """Sign a confirmation that the vendor deleted a disclosure (needs no vault)."""
    key, info = load_signing_private_key(_read(args.key, "signing key"))
    payload = build_deletion_confirmation(
        disclosure_id=args.disclosure_id.strip(), vendor_name=args.vendor_name,
        confirmed_on=parse_day(args.on, "--on") if args.on else date.today(),
        key_fingerprint=info.fingerprint)
    out = _write_token(Path(args.out), sign_deletion_confirmation(payload, key, info))
    print(f"deletion confirmation for {payload['disclosure_id']} written to {out}")
    return 0


# --- offers ----------------------------------------------------------------------------------


def cmd_offers_import(args: argparse.Namespace) -> int:
    """Verify an offer against the vendor's pinned signing key and store it."""
    with open_session(args) as session:
        offer = offer_services.import_offer(session, args.file).result
    if args.json:
        print_json({"offer": offer_services.offer_json(offer)})
        return 0
    print(f"imported offer {offer.id} from {offer.vendor_name}: verified, signed by "
          f"{fingerprint_text(offer.signer_fingerprint)}")
    return 0


def cmd_offers_add(args: argparse.Namespace) -> int:
    """Key in an offer by hand."""
    product, insurance_type = parse_product(args.product)
    if not args.valid_until:
        raise ValidationError("--valid-until", "say until when the offer stands")
    with open_session(args) as session:
        vendor = sharing.vendor_named(session, args.vendor)
        currency = known_currency((args.currency or session.base_currency).upper(),
                                  "--currency")
        keyed = offer_services.KeyedOffer(
            vendor=vendor, product=product, insurance_type=insurance_type,
            terms=_terms(args, currency), request_id=args.request,
            valid_until=parse_day(args.valid_until, "--valid-until"),
            conditions=args.conditions)
        offer = offer_services.add_offer(session, keyed).result
    if args.json:
        print_json({"offer": offer_services.offer_json(offer)})
        return 0
    print(f"added offer {offer.id} from {offer.vendor_name} (keyed in, not verified)")
    return 0


def cmd_offers_list(args: argparse.Namespace) -> int:
    """List offers."""
    with open_session(args, read_only=True) as session:
        items = offer_services.offers(session, args.request)
    rows = [offer_services.offer_json(o) for o in items]
    if args.json:
        print_json({"offers": rows})
        return 0
    print_table(["Id", "Vendor", "Product", "Rate", "Valid until", "Verified", "Status"], [
        [str(r["id"]), r["vendor"], r["product"], r["terms"].get("rate") or "-",
         r["valid_until"] or "-", "yes" if r["verified"] else "keyed in", r["status"]]
        for r in rows], right=(0,))
    return 0


def cmd_offers_decide(args: argparse.Namespace) -> int:
    """Accept or decline an offer and print the drafted reply."""
    with open_session(args) as session:
        outcome, draft = offer_services.decide(session, args.id, args.accept)
    if args.json:
        print_json({"offer": offer_services.offer_json(outcome.result),
                    "draft": {"to": draft.to, "subject": draft.subject, "body": draft.body,
                              "mailto": draft.mailto}})
        return 0
    print(f"offer {args.id} {'accepted' if args.accept else 'declined'}; reply draft:")
    print(draft.mailto)
    return 0


def _payback(months: int | None) -> str:
    """The break-even column: "-" when unknown, "no fees" for 0 (nothing to repay)."""
    return "-" if months is None else "no fees" if months == 0 else str(months)


def cmd_offers_compare(args: argparse.Namespace) -> int:
    """Compare offers with the current product, the market and each other."""
    with open_session(args, read_only=True) as session:
        result = offer_services.compare_offers(session, args.request)
    data = result.as_json()
    if args.json:
        print_json(data)
        return 0
    if data["current"]:
        print(f"current: {data['current']['label']}")
    if data["benchmark"]:
        b = data["benchmark"]
        print(f"benchmark: {b['series']}, {b['rate']}% on {b['date']}")
    print_table(["Id", "Vendor", "Yearly cost", "Total cost", "Eff. rate %", "vs current/yr",
                 "vs market/yr", "Break-even (months)"], [
        [str(o["id"]), o["vendor"], *[(f"{o['currency']} {o[k]}" if o[k] is not None else "-")
                                      for k in ("yearly_cost", "total_cost")],
         o["effective_rate"] or "-",
         *[(f"{o['currency']} {o[k]}" if o[k] is not None else "-")
           for k in ("vs_current_yearly", "vs_benchmark_yearly")],
         _payback(o["break_even_months"])]
        for o in data["offers"]], right=(0, 2, 3, 4, 5, 6, 7))
    for o in data["offers"]:
        print(f"{o['vendor']}: {o['verdict']}")
    for note in data["notes"]:
        print(f"note: {note}")
    return 0


# --- deletions -------------------------------------------------------------------------------


def cmd_deletions_list(args: argparse.Namespace) -> int:
    """List deletion requests; overdue ones are flagged."""
    today = date.today()
    with open_session(args, read_only=True) as session:
        rows = [offer_services.deletion_json(d, today)
                for d in offer_services.deletion_requests(session)]
    if args.json:
        print_json({"deletions": rows})
        return 0
    print_table(["Id", "Vendor", "Requested", "Due", "Confirmed", ""], [
        [str(r["id"]), r["vendor"], r["requested_on"], r["due_on"], r["confirmed_on"] or "-",
         "OVERDUE" if r["overdue"] else ""] for r in rows], right=(0,))
    return 0


def cmd_deletions_request(args: argparse.Namespace) -> int:
    """Record a deletion request about a receipt and print its draft."""
    with open_session(args) as session:
        outcome, draft = offer_services.request_deletion(session, args.receipt)
    record = outcome.result
    if args.json:
        print_json({"deletion": offer_services.deletion_json(record, date.today()),
                    "draft": {"to": draft.to, "subject": draft.subject, "body": draft.body,
                              "mailto": draft.mailto}})
        return 0
    print(f"deletion request {record.id} recorded; answer due {record.due_on.isoformat()}")
    print(draft.mailto)
    return 0


def cmd_deletions_confirm(args: argparse.Namespace) -> int:
    """Record that the vendor confirmed a deletion (by hand, or by its signed file)."""
    if args.signed and args.on:
        raise ValidationError("--on", "a signed confirmation carries its own date")
    day = parse_day(args.on, "--on") if args.on else date.today()
    with open_session(args) as session:
        if args.signed:
            record = offer_services.confirm_deletion_signed(session, args.id,
                                                            args.signed).result
            day = record.confirmed_on
        else:
            record = offer_services.confirm_deletion(session, args.id, day).result
    if args.json:
        print_json({"deletion": offer_services.deletion_json(record, date.today())})
        return 0
    print(f"deletion request {record.id} confirmed on {day.isoformat()}")
    return 0


__all__ = ["parse_product", "register"]
