"""The Share page's presenter on its own: no widgets, a real vault, the worker run in line.

What it decides is checked through its signals and plain values: nothing is chosen at first,
a vendor's template comes without unknown fields, the vendor chosen last in a vault is chosen
again, and a vendor without an encryption key needs the person's consent once.
"""

from __future__ import annotations

import dataclasses
from types import SimpleNamespace

import pytest

from cmrdesk.disclosure import EXACT, Precision, Purpose, PurposeKind, generate_vendor_key
from cmrdesk.domain import Vendor, VendorKind
from cmrdesk.services import sharing
from cmrdesk.services.session import VaultSession
from cmrdesk.ui.settings import SHARE_LAST_VENDOR
from cmrdesk.ui.share_presenter import SharePresenter, known_only
from tests.conftest import PASSPHRASE, TODAY
from tests.disclosure.conftest import stub_pdf


class InlineController:
    """The controller's ``with_session`` without a thread: work runs at once."""

    def __init__(self, session: VaultSession) -> None:
        self.session = session
        self.path = session.path
        self.today = TODAY
        self.is_unlocked = True

    def with_session(self, work, on_success=None, on_failure=None, *, label=""):
        try:
            result = work(self.session)
        except Exception as error:  # as the real runner: the failure goes to the callback
            if on_failure is None:
                raise
            on_failure(error)
            return
        if on_success is not None:
            on_success(result)

    def edit(self, build, on_success=None, on_failure=None, **_options):
        """``VaultController.edit`` without a thread or an undo stack."""
        from cmrdesk.services.editing import apply

        self.with_session(lambda s: apply(s, build(s)), on_success, on_failure)


class Heard:
    """Records every signal of a presenter."""

    def __init__(self, presenter: SharePresenter) -> None:
        self.events: list[tuple[str, tuple]] = []
        for name in ("loaded", "vendors_changed", "vendor_changed", "profiles_changed",
                     "choices_suggested", "preview_shown", "preview_empty", "status_changed",
                     "exported", "export_failed"):
            getattr(presenter, name).connect(
                lambda *args, n=name: self.events.append((n, args)))

    def of(self, name: str) -> list[tuple]:
        return [args for n, args in self.events if n == name]


@pytest.fixture
def vault(writable_demo):
    session = VaultSession.open(writable_demo, PASSPHRASE)
    yield session
    session.close()


@pytest.fixture
def make(vault, app_settings, qapp):
    def build() -> tuple[SharePresenter, Heard]:
        presenter = SharePresenter(InlineController(vault), app_settings)
        heard = Heard(presenter)
        presenter.load()
        return presenter, heard

    return build


def ing(presenter: SharePresenter) -> int:
    return next(v.vendor.id for v in presenter.vendors if v.vendor.name == "ING Bank")


def test_nothing_is_chosen_until_a_vendor_is(make):
    presenter, heard = make()
    assert presenter.catalogue is not None and presenter.vendors
    assert presenter.vendor_id is None and heard.of("vendor_changed") == [(None,)]
    assert heard.of("choices_suggested") == []  # no template before a vendor
    presenter.refresh_preview(lambda: pytest.fail("no request before a vendor"))
    assert heard.of("preview_empty")[-1][0] == "Choose a vendor"


def test_a_vendor_suggests_its_template_without_unknown_fields(make):
    presenter, heard = make()
    catalogue = presenter.catalogue
    salary = "income.net_monthly_salary"
    fields = dict(catalogue.fields)
    fields[salary] = SimpleNamespace(name=salary, label="Net salary", group="Income",
                                     known=False, why="no salary category", where="income",
                                     default=EXACT, allows=lambda _p: True)
    presenter.catalogue = dataclasses.replace(catalogue, fields=fields)
    presenter.choose_vendor(ing(presenter))
    (choices,), = heard.of("choices_suggested")
    assert choices.kind is PurposeKind.MORTGAGE_PRECHECK
    full = sharing.template_selection(catalogue, PurposeKind.MORTGAGE_PRECHECK)
    assert salary in full and set(choices.selection) == set(full) - {salary}
    assert choices.expires > catalogue.as_of


def test_known_only_drops_unknown_and_missing_fields():
    catalogue = {"a": SimpleNamespace(known=True), "b": SimpleNamespace(known=False),
                 "c": SimpleNamespace()}  # a field from before "known" existed is known
    chosen = dict.fromkeys(("a", "b", "c", "gone"), EXACT)
    assert known_only(catalogue, chosen) == {"a": EXACT, "c": EXACT}


def test_the_vendor_chosen_last_is_chosen_again_in_the_same_vault_only(make, app_settings):
    first, _ = make()
    first.choose_vendor(ing(first))
    again, heard = make()
    assert again.vendor_id == ing(first)
    assert heard.of("choices_suggested")  # and its template is suggested at once
    # Another vault with the same ids: nothing remembered there.
    app_settings.set(SHARE_LAST_VENDOR, '{"/elsewhere.cmrdesk": 1}')
    other, _ = make()
    assert other.vendor_id is None
    app_settings.set(SHARE_LAST_VENDOR, "not json")  # a damaged setting is ignored
    assert make()[0].vendor_id is None


def test_a_readable_package_needs_consent_once_per_vendor(make):
    presenter, _heard = make()
    presenter.choose_vendor(ing(presenter))
    assert presenter.needs_readable_consent()
    presenter.consent_readable()
    assert not presenter.needs_readable_consent()
    _, info = generate_vendor_key("X25519")
    keyed = Vendor(name="Zeta Lending", kind=VendorKind.BANK, public_key=info.text())
    presenter.save_vendor(keyed)
    assert presenter.current_vendor().name == "Zeta Lending"
    assert not presenter.needs_readable_consent()  # encrypted: nothing to agree to
    presenter.choose_vendor(ing(presenter))
    assert not presenter.needs_readable_consent()  # still agreed for ING
    presenter.forget()
    assert presenter.vendor_id is None and presenter.catalogue is None


def test_export_writes_the_package_and_says_so(make, tmp_path, app_settings):
    from cmrdesk.ui.settings import SHARE_FOLDER

    app_settings.set(SHARE_FOLDER, str(tmp_path / "out"))
    presenter, heard = make()
    presenter.choose_vendor(ing(presenter))
    vendor = presenter.current_vendor()
    request = sharing.ShareRequest(vendor, {"net_worth": Precision.parse("band:100000")},
                                   Purpose(PurposeKind.MORTGAGE_PRECHECK, "A home"))
    presenter.refresh_preview(lambda: request)
    (shown,), = heard.of("preview_shown")
    assert set(shown.fields) == {"net_worth"}
    presenter.export(request, stub_pdf)
    (result,), = heard.of("exported")
    assert result.package.parent == tmp_path / "out"
    assert heard.of("status_changed")[-1][1] == "positive"
    empty = sharing.ShareRequest(vendor, {}, request.purpose)
    presenter.refresh_preview(lambda: empty)
    assert heard.of("preview_empty")[-1][0] == "No field ticked"


def test_a_purpose_picked_first_is_kept_when_a_vendor_is_picked(make):
    presenter, heard = make()
    presenter.choose_purpose(PurposeKind.INSURANCE_QUOTE)
    (choices,), = heard.of("choices_suggested")
    assert choices.kind is PurposeKind.INSURANCE_QUOTE and choices.selection
    presenter.choose_vendor(ing(presenter))  # a bank would suggest a mortgage pre-check
    assert len(heard.of("choices_suggested")) == 1
