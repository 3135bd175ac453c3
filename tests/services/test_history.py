"""Reading disclosure history from a real vault: vendors told most recently first, expired
disclosures counted on the day of the read, packages checked on disk, what a vendor knows, and
comparisons of two disclosures in either order."""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime
from types import SimpleNamespace

import pytest

from cmrdesk.disclosure import Intent, Precision, Purpose, PurposeKind, Terms
from cmrdesk.services import sharing
from cmrdesk.services.catalogue import build_catalogue
from cmrdesk.services.history import compare, known_fields, previous, read_history
from cmrdesk.services.session import VaultSession
from tests.conftest import PASSPHRASE, TODAY
from tests.disclosure.conftest import stub_pdf

SALARY = "income.net_monthly_salary"


@pytest.fixture
def told(writable_demo, tmp_path):
    """Two disclosures to the adviser (September, expired; November) and one to the landlord."""
    out = tmp_path / "packages"
    session = VaultSession.open(writable_demo, PASSPHRASE)
    adviser = sharing.vendor_named(session, "De Hypotheker")
    landlord = sharing.vendor_named(session, "Woonstad Rotterdam")

    def share(vendor, selection, day, hour, expires=None):
        catalogue = build_catalogue(session, today=day)
        chosen = selection(catalogue) if callable(selection) else selection
        return sharing.share(session, sharing.ShareRequest(
            vendor, chosen, Purpose(PurposeKind.MORTGAGE_PRECHECK, "A home"),
            Terms(retention_days=60), Intent(text="Offers only"), expires=expires),
            out, render_pdf=stub_pdf, catalogue=catalogue,
            now=datetime(day.year, day.month, day.day, hour, tzinfo=UTC))

    def september(catalogue):
        chosen = sharing.template_selection(catalogue, PurposeKind.MORTGAGE_PRECHECK)
        chosen[SALARY] = Precision.parse("band:1000")
        return chosen

    first = share(adviser, september, date(2026, 9, 24), 9, expires=date(2026, 11, 1))
    rental = share(landlord, {"profile.age": Precision.parse("band:10")},
                   date(2026, 11, 20), 12)
    again = share(adviser, lambda c: sharing.template_selection(
        c, PurposeKind.MORTGAGE_PRECHECK), TODAY, 12)
    yield SimpleNamespace(session=session, first=first, rental=rental, again=again)
    session.close()


def test_vendors_are_listed_told_most_recently_first_with_expired_counts(told):
    read = read_history(told.session, TODAY)
    assert [v.name for v in read.vendors] == ["De Hypotheker", "Woonstad Rotterdam"]
    adviser, landlord = read.vendors
    assert (adviser.expired, landlord.expired) == (1, 0)
    assert (read.disclosures, read.expired) == (3, 1)
    assert adviser.latest == TODAY and adviser.first == date(2026, 9, 24)
    assert read.vendor_of(told.rental.receipt_id) == 1
    assert read.index_of(landlord.key) == 1 and read.index_of((999, "")) is None
    # On the day before September's expiry, nothing had expired.
    assert read_history(told.session, date(2026, 10, 31)).expired == 0


def test_entries_are_numbered_from_the_first_and_know_their_package(told):
    read = read_history(told.session, TODAY)
    entries = read.entries(read.vendors[0])
    assert [e.id for e in entries] == [told.again.receipt_id, told.first.receipt_id]
    assert [e.number for e in entries] == [2, 1]
    assert [e.expired for e in entries] == [False, True]
    assert entries[1].days_left == (date(2026, 11, 1) - TODAY).days < 0
    assert {e.package for e in entries} == {"intact"}
    shutil.rmtree(told.first.package)
    (told.again.package / "README.txt").write_text("changed afterwards")
    again = read_history(told.session, TODAY)
    assert [e.package for e in again.entries(again.vendors[0])] == ["changed", "missing"]


def test_what_a_vendor_knows_splits_the_latest_from_the_earlier(told):
    read = read_history(told.session, TODAY)
    adviser = read.vendors[0]
    known = known_fields(adviser)
    latest = {e["label"] for e in told.again.document["fields"].values()}
    everything = latest | {e["label"] for e in told.first.document["fields"].values()}
    assert set(known.current) == latest
    assert set(known.earlier) == everything - latest
    assert known.current == sorted(known.current, key=str.casefold)
    assert known.labels == known.current + known.earlier


def test_compare_puts_the_older_first_whatever_the_order(told):
    read = read_history(told.session, TODAY)
    receipts = read.vendors[0].receipts
    forward = compare(receipts, told.first.receipt_id, told.again.receipt_id)
    backward = compare(receipts, told.again.receipt_id, told.first.receipt_id)
    assert forward is not None and backward is not None
    assert forward.older.id == backward.older.id == told.first.receipt_id
    counts = forward.counts
    assert counts == backward.counts and counts["changed"] >= 1  # the salary band
    changed = {c.name for c in forward.rows(with_same=False)}
    assert SALARY in changed
    assert len(forward.rows(with_same=True)) == sum(counts.values())
    same = compare(receipts, told.first.receipt_id, told.first.receipt_id)
    assert same is not None and same.diff is None and not same.only and same.rows(
        with_same=True) == []
    alone = read.vendors[1].receipts
    only = compare(alone, told.rental.receipt_id, told.rental.receipt_id)
    assert only is not None and only.only
    assert compare(receipts, told.rental.receipt_id, told.first.receipt_id) is None
    assert previous(receipts, told.again.receipt_id).id == told.first.receipt_id
    assert previous(receipts, told.first.receipt_id) is None
