"""Comparing two disclosures, and e-mail drafts that name no value."""

from urllib.parse import parse_qs, unquote, urlsplit

from cmrdesk.disclosure import (
    EXACT,
    Change,
    Precision,
    deletion_request,
    diff_documents,
    folder_name,
    follow_up,
)
from tests.disclosure.conftest import document_for


def test_diff_reports_added_removed_changed_and_same(identity):
    older = document_for(identity, {"net_worth": Precision.parse("band:25000"),
                                    "profile.city": EXACT, "fact.no_overdraft_12m": EXACT})
    newer = document_for(identity, {"net_worth": Precision.parse("band:10000"),
                                    "profile.city": EXACT, "profile.age": EXACT})
    diff = diff_documents(older, newer)
    by_name = {c.name: c for c in diff.fields}
    assert by_name["net_worth"].change is Change.CHANGED
    assert by_name["net_worth"].before_text == "EUR 50,000 – 75,000"
    assert by_name["net_worth"].after_text == "EUR 60,000 – 70,000"
    assert by_name["profile.city"].change is Change.SAME
    assert by_name["fact.no_overdraft_12m"].change is Change.REMOVED
    assert by_name["profile.age"].change is Change.ADDED
    assert by_name["profile.age"].after_text == "40 years"
    assert {c.name for c in diff.changed} == {"net_worth", "fact.no_overdraft_12m",
                                              "profile.age"}
    assert diff.sections == []
    assert diff_documents(older, older).changed == []


def test_drafts_are_mailto_urls_without_values(identity):
    doc = document_for(identity)
    draft = deletion_request(doc, to="privacy@zeta.example", sender="Sam")
    url = urlsplit(draft.mailto)
    assert url.scheme == "mailto" and unquote(url.path) == "privacy@zeta.example"
    query = parse_qs(url.query)
    body = query["body"][0]
    assert "\r\n" in body and doc["id"] in body
    assert "/" not in body.replace("urn:uuid:", "")  # no local path: it names the user's home
    assert "delete" in query["subject"][0].lower()
    assert "Net worth" in body  # what was shared, by name ...
    for value in ("50000", "50,000", "Utrecht", "75,000"):  # ... never by value
        assert value not in body and value not in draft.subject
    reminder = follow_up(doc, to="a@b.example", sender="Sam")
    assert "2027-01-22" in reminder.body and "a first look" in reminder.body
    assert reminder.mailto.startswith("mailto:a@b.example?subject=")


def test_folder_names_hold_the_vendor_and_date_only():
    from datetime import date

    assert folder_name("Zeta Lending B.V.", date(2026, 11, 23)) == "zeta-lending-b-v-2026-11-23"
    assert folder_name("Ünïcòdé / ../..", date(2026, 1, 2)) == "unicode-2026-01-02"
    assert folder_name("!!!", date(2026, 1, 2)) == "vendor-2026-01-02"


def test_a_draft_goes_to_one_recipient_at_most(identity):
    doc = document_for(identity)
    for to in ("a@b.example,evil@x.example", "a@b.example;evil@x.example",
               "a@b.example\r\nbcc: evil@x.example", "a@b.example%2Cevil@x.example"):
        draft = deletion_request(doc, to=to, sender="Sam")
        url = urlsplit(draft.mailto)
        assert draft.to == "" and url.path == "", to  # no recipient rather than two
        assert "evil" not in draft.mailto
    assert deletion_request(doc, to="a@b.example", sender="Sam").mailto.startswith(
        "mailto:a@b.example?")
