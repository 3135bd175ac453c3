"""The History page's presenter on its own: no widgets, a real vault with three disclosures,
the worker run in line; what it decides is read from its signals."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from cmrdesk.disclosure import Precision, Purpose, PurposeKind
from cmrdesk.services import sharing
from cmrdesk.services.catalogue import build_catalogue
from cmrdesk.services.session import VaultSession
from cmrdesk.ui.history_presenter import HistoryPresenter
from tests.conftest import PASSPHRASE, TODAY
from tests.disclosure.conftest import stub_pdf
from tests.ui.test_share_presenter import InlineController


@pytest.fixture
def presenter(writable_demo, tmp_path, qapp):
    session = VaultSession.open(writable_demo, PASSPHRASE)
    adviser = sharing.vendor_named(session, "De Hypotheker")
    landlord = sharing.vendor_named(session, "Woonstad Rotterdam")
    made = {}
    for key, vendor, day, expires in (("first", adviser, date(2026, 9, 24), date(2026, 11, 1)),
                                      ("rental", landlord, date(2026, 11, 20), None),
                                      ("again", adviser, TODAY, None)):
        made[key] = sharing.share(session, sharing.ShareRequest(
            vendor, {"profile.age": Precision.parse("band:10")},
            Purpose(PurposeKind.OTHER, "A question"), expires=expires),
            tmp_path / "out", render_pdf=stub_pdf,
            catalogue=build_catalogue(session, today=day),
            now=datetime(day.year, day.month, day.day, 12, tzinfo=UTC)).receipt_id
    shown = HistoryPresenter(InlineController(session))
    shown.made = made
    shown.heard = []
    for name in ("read_done", "vendor_shown", "receipt_shown", "compared", "draft_ready"):
        getattr(shown, name).connect(lambda *args, n=name: shown.heard.append((n, args)))
    yield shown
    session.close()


def last(presenter, name):
    return [args for n, args in presenter.heard if n == name][-1]


def test_a_read_opens_the_latest_vendor_and_disclosure_compared_with_the_one_before(presenter):
    presenter.refresh()
    (told,) = last(presenter, "read_done")
    assert (told.disclosures, told.expired) == (3, 1)
    (shown,) = last(presenter, "vendor_shown")
    assert shown.row.name == "De Hypotheker" and [e.number for e in shown.entries] == [2, 1]
    entry, older = last(presenter, "receipt_shown")
    assert entry.id == presenter.made["again"] and older == presenter.made["first"]
    (comparison,) = last(presenter, "compared")
    assert comparison.older.id == presenter.made["first"] and comparison.diff is not None


def test_the_wanted_receipt_opens_its_vendor_and_the_choice_survives_a_read(presenter):
    presenter.want_receipt(presenter.made["rental"])
    presenter.refresh()
    assert last(presenter, "vendor_shown")[0].row.name == "Woonstad Rotterdam"
    assert presenter.current_entry().id == presenter.made["rental"]
    (only,) = last(presenter, "compared")
    assert only.diff is None and only.only
    presenter.refresh()  # read again: the same vendor and disclosure stay chosen
    assert presenter.current_entry().id == presenter.made["rental"]
    presenter.choose_vendor(0)
    assert presenter.current_entry().id == presenter.made["again"]  # theirs: the latest
    presenter.choose_receipt(presenter.made["first"])
    entry, older = last(presenter, "receipt_shown")
    assert entry.expired and older == entry.id  # the first has nothing before it


def test_drafts_come_back_as_values_and_forget_clears_everything(presenter):
    presenter.refresh()
    presenter.draft("deletion")
    (draft,) = last(presenter, "draft_ready")
    assert draft.mailto.startswith("mailto:") and "delete" in draft.subject.casefold()
    # The deletion request is tracked, its answer due a month later.
    from cmrdesk.domain import DeletionRequest

    (tracked,) = presenter.controller.session.list(DeletionRequest)
    assert tracked.confirmed_on is None and tracked.due_on > tracked.requested_on
    presenter.forget()
    assert last(presenter, "read_done") == (None,)
    assert presenter.told is None and presenter.current_entry() is None
