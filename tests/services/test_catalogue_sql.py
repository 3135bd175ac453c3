"""An independent check of what leaves: on three vaults (the demo household, one filled only
by importing real statements, an empty one) every field of the catalogue is either unknown
and absent from the package, or its value in a real package equals the value worked out
again from the vault's tables with plain SQL (``tests/services/sql_truth.py``).

Fields not worked out again, and why, are listed in ``sql_truth.NOT_RECOMPUTED``.
"""

from __future__ import annotations

import shutil
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from cmrdesk.disclosure import EXACT, Purpose, PurposeKind, ValueKind, ValueUnknown
from cmrdesk.disclosure import verify_package as verify
from cmrdesk.domain import ValidationError, Vendor
from cmrdesk.services import sharing
from cmrdesk.services.catalogue import build_catalogue
from cmrdesk.services.importing import import_file
from cmrdesk.services.session import VaultSession
from tests.conftest import PASSPHRASE, TEST_PARAMS, TODAY
from tests.disclosure.conftest import stub_pdf
from tests.services.sql_truth import NOT_RECOMPUTED, recompute

CORPUS = Path(__file__).parents[1] / "data" / "corpus"
#: Real statements (tests/data/README.md names their sources): a Bunq MT940 with opening and
#: closing balances, a Knab CSV with none (its balance stays unknown).
STATEMENTS = ("mt940/php-mt940__Bunq_sample.sta",
              "csv/ofxstatement-dutch__Knab_transactieoverzicht_ok.csv")
#: The statements end in May 2019: a day in June sees them as a new user would.
IMPORTED_DAY = date(2019, 6, 25)


def imported_vault(folder: Path) -> Path:
    """A vault whose only data are the corpus statements, imported as a person would."""
    path = folder / "imported.cmrdesk"
    with VaultSession.create(path, PASSPHRASE, params=TEST_PARAMS) as session:
        for name in STATEMENTS:
            import_file(session, CORPUS / name)
    return path


@pytest.fixture(scope="module")
def vaults(demo_vault, tmp_path_factory) -> dict[str, tuple[Path, date, int]]:
    """name -> (vault, today, months behind averages)."""
    folder = tmp_path_factory.mktemp("truth")
    demo = folder / "demo.cmrdesk"
    shutil.copy(demo_vault, demo)
    empty = folder / "empty.cmrdesk"
    VaultSession.create(empty, PASSPHRASE, params=TEST_PARAMS).close()
    return {
        "demo": (demo, TODAY, 12),
        # Three months keep some averages known on five months of statements (12 would need
        # more history than the bank files hold: those are checked unknown elsewhere).
        "imported": (imported_vault(folder), IMPORTED_DAY, 3),
        "empty": (empty, TODAY, 12),
    }


def same(kind: ValueKind, shared: object, expected: object) -> bool:
    if kind in (ValueKind.MONEY, ValueKind.NUMBER):
        return Decimal(str(shared)) == Decimal(str(expected))
    return shared == expected


@pytest.mark.parametrize("name", ["demo", "imported", "empty"])
def test_every_shared_value_equals_its_sql_recomputation(vaults, tmp_path, name):
    path, today, months = vaults[name]
    with VaultSession.open(path, PASSPHRASE) as session:
        catalogue = build_catalogue(session, today=today, months=months)
        with session.vault.read() as conn:
            truth = recompute(conn, session.base_currency, today, months)
        known = {n: f for n, f in catalogue.items() if f.known}
        for field_name, item in catalogue.items():
            if field_name.startswith(NOT_RECOMPUTED):
                continue
            # Known exactly where the tables support it, unknown everywhere else.
            assert field_name in truth.values or field_name in truth.unknown, field_name
            assert item.known == (field_name in truth.values), (field_name, item.why)
        vendor = Vendor(name="Truth Check")
        sharing.add_vendor(session, vendor)
        purpose = Purpose(PurposeKind.OTHER, "an independent check")
        for field_name in catalogue.unknown():  # an unknown field is refused, nothing written
            with pytest.raises(ValueUnknown):
                sharing.share(session, sharing.ShareRequest(vendor, {field_name: EXACT},
                                                            purpose),
                              tmp_path / "refused", render_pdf=stub_pdf, catalogue=catalogue)
        assert not (tmp_path / "refused").exists()
        if not known:  # the empty vault: nothing known, so nothing can be shared at all
            assert name == "empty" and catalogue.unknown()
            with pytest.raises(ValidationError):
                sharing.share(session, sharing.ShareRequest(vendor, {}, purpose), tmp_path,
                              render_pdf=stub_pdf, catalogue=catalogue)
            return
        result = sharing.share(
            session, sharing.ShareRequest(vendor, dict.fromkeys(known, EXACT), purpose),
            tmp_path, render_pdf=stub_pdf, catalogue=catalogue)
    shared = verify(result.package).fields
    assert set(shared) == set(known)  # every known field, and no unknown one
    checked = 0
    for field_name, entry in shared.items():
        if field_name.startswith(NOT_RECOMPUTED):
            continue
        expected = truth.values[field_name]
        assert same(known[field_name].kind, entry["value"], expected), (
            field_name, entry["value"], expected)
        checked += 1
    assert checked >= {"demo": 60, "imported": 5}[name]
    for field_name in truth.unknown:
        assert field_name not in shared
