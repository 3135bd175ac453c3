"""The two-way loop on a real vault: request, import, key in, decide, compare, deletions."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from cmrdesk.disclosure import verify_package
from cmrdesk.disclosure.keys import generate_signing_key, generate_vendor_key, private_jwk_text
from cmrdesk.disclosure.offers import build_offer, sign_offer
from cmrdesk.disclosure.requests import request_of
from cmrdesk.domain import (
    Account,
    AccountKind,
    DeletionRequest,
    Frequency,
    MarketRate,
    Money,
    Offer,
    OfferInvalid,
    OfferRequest,
    OfferStatus,
    Policy,
    PolicyType,
    ProductKind,
    RateKind,
    Vendor,
    VendorKind,
)
from cmrdesk.services import editing, offers, requests, sharing

TODAY = date.today()


def stub_pdf(document: dict) -> bytes:
    return b"%PDF-1.4\n% stub\n%%EOF\n"


@pytest.fixture
def loop(session, tmp_path):
    """Two vendors (Acme with an encryption key and a pinned signing key, Beta with
    neither) and a request for a mortgage sent to both."""
    enc_key, enc_info = generate_vendor_key()
    sign_key, sign_info = generate_signing_key()
    acme = Vendor(name="Acme Bank", kind=VendorKind.BANK, email="offers@acme.example",
                  public_key=enc_info.text())
    offers.pin_signing_key(acme, sign_info.text())
    beta = Vendor(name="Beta Bank", kind=VendorKind.BANK)
    sharing.add_vendor(session, acme)
    sharing.add_vendor(session, beta)
    spec = requests.RequestSpec(
        vendors=[acme, beta], product=ProductKind.MORTGAGE, amount=Money.of("300000", "EUR"),
        term_years=30, fixed_years=10, wants=["10-year fixed"], not_wants=["no phone calls"],
        respond_by=TODAY + timedelta(days=30))
    result = requests.make_request(session, spec, tmp_path / "out", render_pdf=stub_pdf)
    return {"session": session, "acme": acme, "beta": beta, "result": result,
            "sign": (sign_key, sign_info), "enc": private_jwk_text(enc_key, enc_info),
            "tmp": tmp_path}


def signed(loop, *, valid_until=None, request_id=None, rate="3.30", key=None, name="o.jws"):
    sign_key, sign_info = key or loop["sign"]
    payload = build_offer(
        request_id=request_id or loop["result"].request.request_id, vendor_name="Acme Bank",
        key_fingerprint=sign_info.fingerprint, product=ProductKind.MORTGAGE,
        terms={"currency": "EUR", "amount": "300000.00", "rate": rate, "term_years": 30,
               "fixed_years": 10, "fees": "1500.00"},
        valid_until=valid_until or TODAY + timedelta(days=20), issued=datetime.now(UTC))
    path = loop["tmp"] / name
    path.write_text(sign_offer(payload, sign_key, sign_info) + "\n", encoding="ascii")
    return path


def test_a_request_to_two_vendors_writes_one_package_each_and_records_it(loop):
    session, result = loop["session"], loop["result"]
    packages = {p["vendor"]: p for p in result.request.packages}
    assert packages["Acme Bank"]["encrypted"] is True
    assert packages["Beta Bank"]["encrypted"] is False
    opened = verify_package(packages["Acme Bank"]["package"], loop["enc"])
    plain = verify_package(packages["Beta Bank"]["package"])
    assert request_of(opened.document)["id"] == request_of(plain.document)["id"] == \
        result.request.request_id
    assert opened.document["fields"] == {}  # zero fields is allowed
    assert [r.request_id for r in session.list(OfferRequest)] == [result.request.request_id]
    # History shows what each vendor was told: one receipt per package.
    assert {r.vendor_name for r in sharing.receipts(session)} == {"Acme Bank", "Beta Bank"}
    assert result.as_json()["packages"][0].keys() >= {"vendor", "package", "sha256"}


def test_a_signed_offer_imports_verified_and_linked_to_its_request(loop):
    outcome = offers.import_offer(loop["session"], signed(loop))
    offer = outcome.result
    assert offer.verified and offer.vendor_id == loop["acme"].id
    assert offer.request_id == loop["result"].request.request_id
    assert offer.signer_fingerprint == loop["sign"][1].fingerprint
    assert outcome.changes.touches("offers")
    # The app can undo it.
    editing.apply(loop["session"], outcome.inverse)
    assert loop["session"].list(Offer) == []


@pytest.mark.parametrize("case", ["flipped", "other key", "unknown request", "expired",
                                  "not sent to vendor"])
def test_a_bad_offer_is_refused_and_nothing_is_stored(loop, case):
    session = loop["session"]
    if case == "flipped":
        path = signed(loop)
        data = bytearray(path.read_bytes())
        data[len(data) // 2] ^= 0x01
        path.write_bytes(bytes(data))
        reason = None
    elif case == "other key":
        _, pinned = loop["sign"]
        other_key, _ = generate_signing_key()
        path = signed(loop, key=(other_key, pinned))
        reason = "signature does not match"
    elif case == "unknown request":
        path = signed(loop, request_id="urn:uuid:00000000-0000-4000-8000-000000000000")
        reason = "unknown request id"
    elif case == "expired":
        path = signed(loop, valid_until=TODAY - timedelta(days=1))
        reason = "valid until"
    else:
        other = requests.make_request(session, requests.RequestSpec(
            vendors=[loop["beta"]], product=ProductKind.MORTGAGE), loop["tmp"] / "b",
            render_pdf=stub_pdf)
        path = signed(loop, request_id=other.request.request_id)
        reason = "was not sent to Acme Bank"
    with pytest.raises(OfferInvalid, match=reason):
        offers.import_offer(session, path)
    assert session.list(Offer) == []


def test_a_keyed_in_offer_is_stored_unverified_with_the_requested_amount(loop):
    keyed = offers.KeyedOffer(vendor=loop["beta"], product=ProductKind.MORTGAGE,
                              terms={"currency": "EUR", "rate": "3.6", "term_years": 30},
                              valid_until=TODAY + timedelta(days=10),
                              request_id=loop["result"].request.request_id)
    offer = offers.add_offer(loop["session"], keyed).result
    assert not offer.verified and offer.source == "keyed in"
    assert offer.payload["terms"]["amount"] == "300000.00"


def test_accepting_an_offer_drafts_a_reply_that_names_no_local_path(loop):
    offer = offers.import_offer(loop["session"], signed(loop)).result
    outcome, draft = offers.decide(loop["session"], offer.id, True)
    assert outcome.result.status is OfferStatus.ACCEPTED
    assert draft.to == "offers@acme.example" and "accept" in draft.body
    assert offer.offer_id in draft.body
    for text in (draft.body, draft.subject, draft.mailto):
        assert str(loop["tmp"]) not in text
        assert str(Path.home()) not in text
    with pytest.raises(Exception, match="accepted already"):
        offers.decide(loop["session"], offer.id, False)


def test_compare_uses_the_current_mortgage_and_the_vaults_benchmark(loop):
    session = loop["session"]
    session.add(Account(name="Home loan", kind=AccountKind.MORTGAGE, currency="EUR",
                        principal=Money.of("300000", "EUR"), interest_rate="3.9"))
    session.add(MarketRate(kind=RateKind.MORTGAGE, name="10y fixed", region="EUR",
                           date=TODAY - timedelta(days=3), rate=Decimal("3.5"), source="test"))
    offers.import_offer(session, signed(loop))
    data = offers.compare_offers(session, loop["result"].request.request_id).as_json()
    row = data["offers"][0]
    assert row["yearly_cost"] == "9900.00"
    assert row["vs_current_yearly"] == "1800.00"  # 300,000 x (3.9 - 3.3) %
    assert row["vs_benchmark_yearly"] == "600.00"  # 300,000 x (3.5 - 3.3) %
    assert row["break_even_months"] == 10  # 1,500 / 150 a month
    assert data["benchmark"]["date"] == (TODAY - timedelta(days=3)).isoformat()
    assert data["current"]["label"] == "your mortgage 'Home loan'"
    assert row["verdict"].startswith("Saves EUR 1,800.00 a year against your mortgage")


def test_compare_a_savings_offer_with_the_current_balance(session):
    bank = Vendor(name="Bank", kind=VendorKind.BANK)
    sharing.add_vendor(session, bank)
    session.add(Account(name="Buffer", kind=AccountKind.SAVINGS, currency="EUR",
                        opening_balance=Money.of("20000", "EUR"), interest_rate="1.0"))
    offers.add_offer(session, offers.KeyedOffer(
        vendor=bank, product=ProductKind.SAVINGS, terms={"currency": "EUR", "rate": "2.5"},
        valid_until=TODAY + timedelta(days=5)))
    row = offers.compare_offers(session).as_json()["offers"][0]
    assert row["yearly_cost"] == "-500.00"  # 20,000 x 2.5 % earned
    assert row["vs_current_yearly"] == "300.00"  # 20,000 x (2.5 - 1.0) %


def test_compare_an_insurance_quote_with_the_current_policy(session):
    insurer = Vendor(name="Insurer", kind=VendorKind.INSURER)
    sharing.add_vendor(session, insurer)
    session.add(Policy(insurer="Old Mutual", policy_type=PolicyType.HOME,
                       premium=Money.of("30", "EUR"), frequency=Frequency.MONTHLY))
    offers.add_offer(session, offers.KeyedOffer(
        vendor=insurer, product=ProductKind.INSURANCE, insurance_type="home",
        terms={"currency": "EUR", "premium": "75", "frequency": "quarterly", "fees": "25"},
        valid_until=TODAY + timedelta(days=5)))
    data = offers.compare_offers(session).as_json()
    row = data["offers"][0]
    assert row["yearly_cost"] == "300.00" and row["vs_current_yearly"] == "60.00"
    assert row["break_even_months"] == 5
    assert data["benchmark"] is None
    assert any(n.startswith("benchmark: unknown, because") for n in data["notes"])


def test_compare_without_a_current_product_says_why(loop):
    offers.import_offer(loop["session"], signed(loop))
    data = offers.compare_offers(loop["session"]).as_json()
    assert data["current"] is None
    assert data["offers"][0]["vs_current_yearly"] is None
    assert any(n.startswith("current: unknown, because") for n in data["notes"])


def test_deletion_requests_are_due_a_month_later_and_flagged_when_overdue(loop):
    session = loop["session"]
    receipt = sharing.receipts(session)[0]
    outcome, draft = offers.request_deletion(session, receipt.id, today=date(2026, 1, 31))
    record = outcome.result
    assert record.due_on == date(2026, 2, 28)
    assert not record.overdue(date(2026, 2, 28)) and record.overdue(date(2026, 3, 1))
    # The draft names the disclosure, never where its package or the vault lives.
    for text in (draft.body, draft.subject, draft.mailto):
        assert receipt.package_path not in text
        assert str(loop["tmp"]) not in text and str(session.vault.path) not in text
    confirmed = offers.confirm_deletion(session, record.id, date(2026, 2, 10)).result
    assert confirmed.confirmed_on == date(2026, 2, 10) and not confirmed.overdue(
        date(2026, 6, 1))
    assert session.get(DeletionRequest, record.id).confirmation == "by hand"


def test_one_month_after_keeps_the_day_or_takes_the_months_last():
    assert offers.one_month_after(date(2026, 12, 15)) == date(2027, 1, 15)
    assert offers.one_month_after(date(2024, 1, 31)) == date(2024, 2, 29)


def test_the_vendor_overview_joins_what_you_have_with_what_they_were_told_and_offered(loop):
    session = loop["session"]
    session.add(Account(name="Home loan", kind=AccountKind.MORTGAGE, currency="EUR",
                        institution="Acme Bank", principal=Money.of("300000", "EUR"),
                        monthly_payment=Money.of("1300", "EUR"), interest_rate="3.9"))
    session.add(Policy(insurer="Acme Bank", policy_type=PolicyType.LIFE,
                       premium=Money.of("20", "EUR"), frequency=Frequency.MONTHLY))
    offers.import_offer(session, signed(loop))
    overview = offers.vendor_overview(session, loop["acme"].id)
    assert [a.name for a, _ in overview.accounts] == ["Home loan"]
    assert overview.yearly_payments == {"EUR": Decimal("15840")}  # 12 x 1,300 + 12 x 20
    assert overview.disclosures == 1 and len(overview.requests) == 1
    assert [o.vendor_name for o in overview.offers] == ["Acme Bank"]
