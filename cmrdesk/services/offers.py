"""Offers: import (verified against the vendor's pinned signing key), key in by hand, list,
accept or decline with a drafted reply, compare; and deletion requests tracked to their answer.

An imported offer is stored only when everything holds: the JWS verifies against the
Ed25519 key pinned for the vendor its ``kid`` names, the payload follows the offer schema, its
request id is one of the person's requests and that request went to this vendor, and it is
still valid today. Anything else raises :class:`~cmrdesk.domain.OfferInvalid` (the CLI: exit 4)
and stores nothing. Every change goes through :mod:`.editing` operations, so the app can undo it.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from cmrdesk.disclosure import Draft, is_single_address
from cmrdesk.disclosure.document import one_line
from cmrdesk.disclosure.keys import parse_signing_key
from cmrdesk.disclosure.offers import (
    OFFER_FORMAT,
    OFFER_FORMAT_VERSION,
    new_offer_id,
    offer_header,
    read_token,
    validate_offer,
    verify_deletion_confirmation,
    verify_offer,
)
from cmrdesk.domain import (
    SOURCE_KEYED_IN,
    SOURCE_SIGNED,
    Account,
    AccountKind,
    DeletionRequest,
    DisclosureReceipt,
    Frequency,
    InvalidKey,
    MarketRate,
    NotFound,
    Offer,
    OfferInvalid,
    OfferRequest,
    OfferStatus,
    Policy,
    ProductKind,
    ValidationError,
    Vendor,
)
from cmrdesk.insights.offers import (
    Comparison,
    CurrentProduct,
    OfferTerms,
    benchmark_for,
    compare,
)

from . import editing, sharing
from .requests import request_by_id
from .session import VaultSession

#: The kind of account that holds the person's current product, per product.
CURRENT_ACCOUNT_KIND: dict[ProductKind, AccountKind] = {
    ProductKind.MORTGAGE: AccountKind.MORTGAGE,
    ProductKind.PERSONAL_LOAN: AccountKind.LOAN,
    ProductKind.CREDIT_CARD: AccountKind.CREDIT_CARD,
    ProductKind.SAVINGS: AccountKind.SAVINGS,
}


# --- signing keys -----------------------------------------------------------------------------


def vendor_signing_key(vendor: Vendor) -> Any:
    """The vendor's pinned Ed25519 offer-signing key (``PublicKeyInfo``), or ``None``."""
    if not vendor.signing_key.strip():
        return None
    return parse_signing_key(vendor.signing_key)


def pin_signing_key(vendor: Vendor, text: str) -> Any:
    """Check ``text`` as an offer-signing key and set it on ``vendor`` as canonical JWK (the
    caller stores the vendor); returns the key with its fingerprint."""
    info = parse_signing_key(text)
    vendor.signing_key = info.text()
    return info


def _vendor_by_signing_key(session: VaultSession, fingerprint: str) -> Vendor | None:
    for vendor in session.list(Vendor):
        try:
            key = vendor_signing_key(vendor)
        except InvalidKey:
            continue
        if key is not None and key.fingerprint == fingerprint:
            return vendor
    return None


# --- import and key in ------------------------------------------------------------------------


def _offer_record(payload: dict[str, Any], *, vendor: Vendor | None, vendor_name: str,
                  token: str, verified: bool, source: str, now: datetime) -> Offer:
    return Offer(
        offer_id=payload["id"], request_id=payload.get("request_id") or "",
        vendor_id=vendor.id if vendor else None, vendor_name=vendor_name,
        product=ProductKind(payload["product"]), payload=payload, token=token,
        verified=verified, source=source,
        signer_fingerprint=payload["vendor"]["key_fingerprint"] if verified else "",
        valid_until=date.fromisoformat(payload["valid_until"]), received_at=now)


def import_operation(session: VaultSession, path: Path | str, *, today: date | None = None,
                     now: datetime | None = None) -> editing.Operation:
    """Verify the offer file at ``path``; the operation that stores it (undoable).

    Raises ``OfferInvalid`` naming the reason, storing nothing, for a changed byte, a key no
    vendor has pinned, a request id the vault does not know (or that did not go to this
    vendor), an offer past its validity, or one imported before.
    """
    source = Path(path)
    moment = now or datetime.now(UTC)
    day = today or moment.date()
    try:
        data = source.read_bytes()
    except OSError as error:
        raise OfferInvalid(source, error.strerror or "cannot be read") from None
    token = read_token(data, source)
    header = offer_header(token, source)
    vendor = _vendor_by_signing_key(session, str(header.get("kid", "")))
    if vendor is None:
        raise OfferInvalid(source, "signed by a key no vendor has pinned (pin it with "
                                   "`cmrdesk vendors add --signing-key`)")
    payload = verify_offer(token, vendor_signing_key(vendor), source)
    request_id = payload.get("request_id")
    if not request_id:
        raise OfferInvalid(source, "it answers no request of yours (key it in with "
                                   "`cmrdesk offers add` if you want to keep it)")
    try:
        request = request_by_id(session, request_id)
    except NotFound:
        raise OfferInvalid(source, f"unknown request id {request_id}") from None
    if vendor.id not in {p.get("vendor_id") for p in request.packages}:
        raise OfferInvalid(source, f"request {request_id} was not sent to {vendor.name}")
    valid_until = date.fromisoformat(payload["valid_until"])
    if valid_until < day:
        raise OfferInvalid(source, f"it was valid until {valid_until.isoformat()}")
    if session.list(Offer, offer_id=payload["id"]):
        raise OfferInvalid(source, "this offer is imported already")
    record = _offer_record(payload, vendor=vendor, vendor_name=vendor.name, token=token,
                           verified=True, source=SOURCE_SIGNED, now=moment)
    return editing.AddRecord(record, label=f"import offer from {vendor.name}")


def import_offer(session: VaultSession, path: Path | str, *, today: date | None = None,
                 now: datetime | None = None) -> editing.Outcome:
    """Verify and store the offer at ``path`` (see :func:`import_operation`); the outcome's
    ``result`` is the stored ``Offer``."""
    return editing.apply(session, import_operation(session, path, today=today, now=now))


@dataclass(frozen=True)
class KeyedOffer:
    """An offer typed in from paper or an e-mail: the offer schema's terms, as text."""

    vendor: Vendor
    product: ProductKind
    terms: dict[str, Any]
    valid_until: date
    request_id: str | None = None
    insurance_type: str = ""
    conditions: str = ""


def add_offer(session: VaultSession, keyed: KeyedOffer, *,
              now: datetime | None = None) -> editing.Outcome:
    """Store a keyed-in offer (``verified`` false, source "keyed in") after the same schema
    checks a signed one gets; a request id, when given, must be one of the vault's."""
    return editing.apply(session, add_offer_operation(session, keyed, now=now))


def add_offer_operation(session: VaultSession, keyed: KeyedOffer, *,
                        now: datetime | None = None) -> editing.Operation:
    """The undoable operation that stores a keyed-in offer (see :func:`add_offer`)."""
    moment = now or datetime.now(UTC)
    if keyed.vendor.id is None:
        raise ValidationError("vendor", "store the vendor first")
    terms = dict(keyed.terms)
    if keyed.request_id:
        request = request_by_id(session, keyed.request_id)
        keyed = KeyedOffer(**{**keyed.__dict__, "request_id": request.request_id})
        # An offer on paper rarely repeats the amount asked for; it answers that amount.
        if (terms.get("amount") is None and request.amount is not None
                and request.amount.currency == terms.get("currency")):
            terms["amount"] = request.amount.decimal_str()
    from cmrdesk.disclosure.document import utc_text
    from cmrdesk.disclosure.offers import OFFER_SCHEMA

    all_terms = dict.fromkeys(OFFER_SCHEMA["properties"]["terms"]["properties"])
    all_terms.update(terms)
    payload = {
        "format": OFFER_FORMAT, "format_version": OFFER_FORMAT_VERSION,
        "id": new_offer_id(), "issued": utc_text(moment),
        "request_id": keyed.request_id or None,
        "vendor": {"name": keyed.vendor.name, "key_fingerprint": ""},
        "product": keyed.product.value, "insurance_type": keyed.insurance_type,
        "terms": all_terms, "valid_until": keyed.valid_until.isoformat(),
        "conditions": keyed.conditions,
    }
    validate_offer(payload)
    record = _offer_record(payload, vendor=keyed.vendor, vendor_name=keyed.vendor.name,
                           token="", verified=False, source=SOURCE_KEYED_IN, now=moment)
    return editing.AddRecord(record, label=f"key in offer from {keyed.vendor.name}")


def offers(session: VaultSession, request_id: str | None = None) -> list[Offer]:
    """Offers, newest first (of one request when given: its ``urn:uuid:`` id or row id)."""
    found = session.list(Offer)
    if request_id:
        wanted = request_by_id(session, request_id).request_id
        found = [o for o in found if o.request_id == wanted]
    return sorted(found, key=lambda o: (o.received_at, o.id or 0), reverse=True)


def offer_json(offer: Offer) -> dict[str, Any]:
    """An offer as ``offers import|list --json`` print it."""
    return {
        "id": offer.id, "offer_id": offer.offer_id, "vendor": offer.vendor_name,
        "request_id": offer.request_id or None, "product": offer.product.value,
        "verified": offer.verified, "source": offer.source,
        "signer_fingerprint": offer.signer_fingerprint or None,
        "valid_until": offer.valid_until.isoformat() if offer.valid_until else None,
        "status": offer.status.value,
        "decided_on": offer.decided_on.isoformat() if offer.decided_on else None,
        "terms": offer.payload.get("terms", {}), "conditions": offer.payload.get("conditions", ""),
    }


# --- decide ---------------------------------------------------------------------------------


def decide(session: VaultSession, offer_id: int, accept: bool, *,
           today: date | None = None) -> tuple[editing.Outcome, Draft]:
    """Accept or decline an offer; returns the stored change and a reply to send (it names
    the offer by id and date, never a local path)."""
    outcome = editing.apply(session, decide_operation(session, offer_id, accept, today=today))
    return outcome, reply_draft(session, outcome.result)


def decide_operation(session: VaultSession, offer_id: int, accept: bool, *,
                     today: date | None = None) -> editing.Operation:
    """The undoable operation that accepts or declines an open offer."""
    day = today or date.today()
    offer = session.get(Offer, offer_id)
    if offer.status is not OfferStatus.OPEN:
        raise ValidationError("offer", f"was {offer.status.value} already")
    offer.status = OfferStatus.ACCEPTED if accept else OfferStatus.DECLINED
    offer.decided_on = day
    return editing.UpdateRecord(
        offer, label=f"{'accept' if accept else 'decline'} offer from {offer.vendor_name}")


def reply_draft(session: VaultSession, offer: Offer) -> Draft:
    """The e-mail answering an offer, for the person's own mail program."""
    email = ""
    if offer.vendor_id is not None:
        try:
            email = session.get(Vendor, offer.vendor_id).email
        except NotFound:
            email = ""
    vendor = one_line(offer.vendor_name)
    issued = str(offer.payload.get("issued", ""))[:10]
    accepted = offer.status is OfferStatus.ACCEPTED
    lines = [f"Dear {vendor},", ""]
    if accepted:
        lines += [f"Thank you for your offer of {issued} (offer {offer.offer_id}). I accept it",
                  "on the terms it states. Please send me the contract documents."]
    else:
        lines += [f"Thank you for your offer of {issued} (offer {offer.offer_id}). I have",
                  "decided not to take it up. Please delete what I shared with you for it,",
                  "as the terms of my request ask."]
    if offer.request_id:
        lines += ["", f"It answered my request {offer.request_id}."]
    lines += ["", "Kind regards,", session.profile().full_name]
    subject = f"Your offer of {issued}: {'accepted' if accepted else 'declined'}"
    return Draft(email if is_single_address(email) else "", subject,
                 "\n".join(lines).rstrip() + "\n")


# --- compare --------------------------------------------------------------------------------


def _decimal(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def offer_terms(offer: Offer) -> OfferTerms:
    """The exact figures of an offer, for :mod:`cmrdesk.insights.offers`."""
    terms = offer.payload.get("terms", {})
    premium = _decimal(terms.get("premium"))
    yearly = None
    if premium is not None and terms.get("frequency"):
        yearly = premium * Frequency(terms["frequency"]).per_year
    elif terms.get("monthly_price") is not None:
        yearly = Decimal(terms["monthly_price"]) * 12
    rate = _decimal(terms.get("rate"))
    return OfferTerms(
        id=offer.id or 0, vendor=offer.vendor_name, product=offer.product,
        currency=terms.get("currency", ""), issued=date.fromisoformat(
            str(offer.payload.get("issued", offer.received_at.isoformat()))[:10]),
        amount=_decimal(terms.get("amount")), rate=rate,
        term_years=terms.get("term_years"), fixed_years=terms.get("fixed_years"),
        fees=_decimal(terms.get("fees")) or Decimal(0), yearly_premium=yearly)


def current_product(session: VaultSession, product: ProductKind, insurance_type: str = "",
                    today: date | None = None) -> tuple[CurrentProduct | None, str]:
    """The person's current product of this kind, or ``None`` and why.

    Loans: the first open account of the kind with a rate keyed in (its principal; without
    one, its balance owed). Savings: the open savings account with a rate, and its balance
    today. Insurance: the policy of the requested type (any, when none was named).
    """
    if product is ProductKind.INSURANCE:
        policies = [p for p in session.list(Policy)
                    if not insurance_type or p.policy_type.value == insurance_type]
        if not policies:
            return None, "no policy of this kind is keyed in"
        policy = policies[0]
        yearly = policy.premium.amount * policy.frequency.per_year
        return CurrentProduct(f"your {policy.policy_type.value} policy with {policy.insurer}",
                              policy.premium.currency, yearly_premium=yearly), ""
    kind = CURRENT_ACCOUNT_KIND.get(product)
    if kind is None:
        return None, "there is nothing of this kind to compare with"
    accounts = [a for a in session.list(Account) if a.kind is kind and not a.closed]
    if not accounts:
        return None, f"the vault has no open {kind.value.replace('_', ' ')} account"
    with_rate = [a for a in accounts if a.interest_rate.strip()]
    account = (with_rate or accounts)[0]
    rate = Decimal(account.interest_rate) if account.interest_rate.strip() else None
    amount: Decimal | None = None
    if product.is_credit and account.principal is not None:
        amount = account.principal.amount
    else:
        balances = {b.account.id: b.balance for b in session.balances(today)}
        if account.id in balances:
            amount = abs(balances[account.id].amount)
    label = f"your {kind.value.replace('_', ' ')} '{account.name}'"
    return CurrentProduct(label, account.currency, amount=amount, rate=rate), ""


@dataclass
class CompareResult:
    """The comparison of a request's offers (``cmrdesk offers compare --json``)."""

    comparisons: list[Comparison]
    current: CurrentProduct | None
    benchmark: Any
    notes: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        """``{"offers": [...], "current": {...}, "benchmark": {"series", "date", "rate"},
        "notes": [...]}``; money as decimal strings, ``null`` with a note when unknown."""

        def text(value: Any) -> Any:
            return None if value is None else str(value)

        cur = self.current
        return {
            "offers": [{
                "id": c.id, "vendor": c.vendor, "currency": c.currency,
                "yearly_cost": text(c.yearly_cost), "total_cost": text(c.total_cost),
                "effective_rate": text(c.effective_rate),
                "vs_current_yearly": text(c.vs_current_yearly),
                "vs_benchmark_yearly": text(c.vs_benchmark_yearly),
                "break_even_months": c.break_even_months, "verdict": c.verdict,
                "notes": c.notes,
            } for c in self.comparisons],
            "current": None if cur is None else {
                "label": cur.label, "currency": cur.currency, "amount": text(cur.amount),
                "rate": text(cur.rate), "yearly_premium": text(cur.yearly_premium)},
            "benchmark": None if self.benchmark is None else {
                "series": self.benchmark.rate.name, "date": self.benchmark.rate.date.isoformat(),
                "rate": str(self.benchmark.percent), "source": self.benchmark.rate.source},
            "notes": self.notes,
        }


def compare_offers(session: VaultSession, request_id: str | None = None, *,
                   today: date | None = None, include_closed: bool = False) -> CompareResult:
    """Compare the open offers (of one request) with the current product, the market
    benchmark of their kind on their date, and each other."""
    day = today or date.today()
    chosen = [o for o in offers(session, request_id)
              if include_closed or o.status is not OfferStatus.DECLINED]
    notes: list[str] = []
    if not chosen:
        notes.append("no offers to compare")
        return CompareResult([], None, None, notes)
    products = {o.product for o in chosen}
    if len(products) > 1:
        notes.append("the offers are for different products; compare one request at a time "
                     "(--request) for a like-for-like table")
    product = chosen[0].product
    insurance_type = chosen[0].payload.get("insurance_type", "")
    if request_id:
        request = request_by_id(session, request_id)
        insurance_type = request.insurance_type or insurance_type
    current, why = current_product(session, product, insurance_type, day)
    if current is None:
        notes.append(f"current: unknown, because {why}")
    own = session.list(MarketRate)
    terms = [offer_terms(o) for o in chosen]
    benchmarks = {}
    for item in terms:
        if item.product not in benchmarks:
            benchmarks[item.product] = benchmark_for(item.product, item.currency, item.issued,
                                                     own)
    results = compare(terms, current, benchmarks)
    benchmark = benchmarks.get(product) if len(products) == 1 else None
    if benchmark is None and len(products) == 1:
        notes.append(next((n for r in results for n in r.notes if n.startswith("benchmark")),
                          "benchmark: unknown, because the market data has none for it"))
    return CompareResult(results, current, benchmark, notes)


# --- deletion requests ------------------------------------------------------------------------


def one_month_after(day: date) -> date:
    """The same day next month, or that month's last day (31 January -> 28 February)."""
    year, month = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def request_deletion(session: VaultSession, receipt_id: int, *,
                     today: date | None = None) -> tuple[editing.Outcome, Draft]:
    """Record a deletion request about a disclosure (answer due one month later) and return
    the draft to send (which names no local path)."""
    outcome = editing.apply(session, deletion_operation(session, receipt_id, today=today))
    return outcome, sharing.deletion_request_draft(session, receipt_id)


def deletion_operation(session: VaultSession, receipt_id: int, *,
                       today: date | None = None) -> editing.Operation:
    """The undoable operation that records a deletion request about a disclosure."""
    day = today or date.today()
    receipt = session.get(DisclosureReceipt, receipt_id)
    record = DeletionRequest(vendor_id=receipt.vendor_id, vendor_name=receipt.vendor_name,
                             receipt_id=receipt.id, disclosure_id=receipt.disclosure_id,
                             requested_on=day, due_on=one_month_after(day))
    return editing.AddRecord(record, label=f"deletion request to {receipt.vendor_name}")


def confirm_deletion(session: VaultSession, ident: int, on: date, *,
                     how: str = "by hand") -> editing.Outcome:
    """Record that the vendor confirmed the deletion on ``on``."""
    record = session.get(DeletionRequest, ident)
    if on < record.requested_on:
        raise ValidationError("confirmed_on", "cannot be before the request was sent")
    record.confirmed_on, record.confirmation = on, how
    return editing.apply(session, editing.UpdateRecord(
        record, label=f"deletion confirmed by {record.vendor_name}"))


def confirm_deletion_signed(session: VaultSession, ident: int, path: Path | str) -> (
        editing.Outcome):
    """Record a deletion as confirmed by the vendor's signed confirmation file (a JWS checked
    against the vendor's pinned signing key, naming this request's disclosure)."""
    source = Path(path)
    record = session.get(DeletionRequest, ident)
    vendor = session.get(Vendor, record.vendor_id) if record.vendor_id is not None else None
    key = vendor_signing_key(vendor) if vendor is not None else None
    if key is None:
        raise OfferInvalid(source, f"{record.vendor_name} has no signing key pinned")
    try:
        data = source.read_bytes()
    except OSError as error:
        raise OfferInvalid(source, error.strerror or "cannot be read") from None
    payload = verify_deletion_confirmation(read_token(data, source), key, source)
    if payload.get("disclosure_id") != record.disclosure_id:
        raise OfferInvalid(source, "it confirms the deletion of another disclosure")
    return confirm_deletion(session, ident, date.fromisoformat(payload["confirmed_on"]),
                            how="signed")


def deletion_requests(session: VaultSession) -> list[DeletionRequest]:
    """Every deletion request, the oldest still open first."""
    return sorted(session.list(DeletionRequest),
                  key=lambda d: (d.confirmed_on is not None, d.due_on, d.id or 0))


def deletion_json(item: DeletionRequest, today: date) -> dict[str, Any]:
    """A deletion request as ``deletions list --json`` prints it."""
    return {"id": item.id, "vendor": item.vendor_name, "receipt_id": item.receipt_id,
            "disclosure_id": item.disclosure_id, "requested_on": item.requested_on.isoformat(),
            "due_on": item.due_on.isoformat(),
            "confirmed_on": item.confirmed_on.isoformat() if item.confirmed_on else None,
            "confirmation": item.confirmation or None, "overdue": item.overdue(today)}


def vendor_offers(session: VaultSession, vendor_id: int) -> list[Offer]:
    """The vendor's offers, newest first (for its History and overview)."""
    return sorted(session.list(Offer, vendor_id=vendor_id),
                  key=lambda o: (o.received_at, o.id or 0), reverse=True)


@dataclass
class VendorOverview:
    """What the person has with a vendor and what the vendor has been told and offered.

    ``accounts`` are those at an institution of the vendor's name, with their balance today
    (``None``: unknown); ``policies`` those linked to the vendor or with it as insurer;
    ``yearly_payments`` per currency: premiums a year plus twelve monthly loan payments.
    """

    vendor: Vendor
    accounts: list[tuple[Account, Any]]
    policies: list[Policy]
    yearly_payments: dict[str, Decimal]
    told: list[str]
    disclosures: int
    requests: list[OfferRequest]
    offers: list[Offer]
    deletions: list[DeletionRequest]


def vendor_overview(session: VaultSession, vendor_id: int, *,
                    today: date | None = None) -> VendorOverview:
    """Everything cmrdesk knows about one vendor relationship, both ways."""
    vendor = session.get(Vendor, vendor_id)
    name = vendor.name.strip().casefold()
    balances = {b.account.id: b.balance for b in session.balances(today)}
    accounts = [(a, balances.get(a.id)) for a in session.list(Account)
                if a.institution.strip().casefold() == name and not a.closed]
    policies = [p for p in session.list(Policy)
                if p.vendor_id == vendor_id or p.insurer.strip().casefold() == name]
    payments: dict[str, Decimal] = {}
    for policy in policies:
        cur = policy.premium.currency
        payments[cur] = payments.get(cur, Decimal(0)) + (
            policy.premium.amount * policy.frequency.per_year)
    for account, _balance in accounts:
        if account.monthly_payment is not None:
            cur = account.monthly_payment.currency
            payments[cur] = payments.get(cur, Decimal(0)) + account.monthly_payment.amount * 12
    receipts = sharing.receipts(session, vendor_id)
    told: dict[str, str] = {}
    for item in reversed(receipts):
        for field_name, entry in item.document.get("fields", {}).items():
            told[field_name] = entry.get("label", field_name)
    requests_sent = [r for r in session.list(OfferRequest)
                     if vendor_id in {p.get("vendor_id") for p in r.packages}]
    deletions = [d for d in deletion_requests(session) if d.vendor_id == vendor_id]
    return VendorOverview(vendor, accounts, policies, payments, sorted(told.values()),
                          len(receipts), requests_sent, vendor_offers(session, vendor_id),
                          deletions)


__all__ = [
    "CompareResult",
    "KeyedOffer",
    "VendorOverview",
    "add_offer",
    "compare_offers",
    "confirm_deletion",
    "confirm_deletion_signed",
    "current_product",
    "decide",
    "decide_operation",
    "deletion_json",
    "deletion_operation",
    "deletion_requests",
    "import_offer",
    "import_operation",
    "offer_json",
    "offer_terms",
    "offers",
    "one_month_after",
    "pin_signing_key",
    "reply_draft",
    "request_deletion",
    "vendor_offers",
    "vendor_overview",
    "vendor_signing_key",
]
