"""The import history: one entry per imported file, removable as a whole and undoably."""

import json
from pathlib import Path

import pytest

from cmrdesk.domain import Account, AccountKind, NotFound
from cmrdesk.services import editing, importing
from cmrdesk.services.import_history import import_history
from cmrdesk.services.session import VaultSession
from tests.conftest import PASSPHRASE, TEST_PARAMS
from tests.importers.conftest import CORPUS

CHECKING = CORPUS / "ofx" / "ofxparse__checking.ofx"


def fresh(tmp_path: Path) -> VaultSession:
    return VaultSession.create(tmp_path / "h.cmrdesk", PASSPHRASE, params=TEST_PARAMS)


def batch_ids(s: VaultSession) -> list:
    with s.vault.read() as conn:
        return [r[0] for r in conn.exec_driver_sql(
            "SELECT import_batch_id FROM transactions ORDER BY id")]


def test_each_import_is_one_entry_and_every_row_carries_it(tmp_path):
    with fresh(tmp_path) as s:
        report = importing.import_file(s, CHECKING)
        (entry,) = import_history(s)
        assert entry.id == report.import_batch_id
        assert entry.file == "ofxparse__checking.ofx"  # the name, never the local path
        assert str(tmp_path) not in json.dumps(entry.report)
        assert len(entry.sha256) == 64 and entry.format == report.format
        assert entry.accounts == [report.account] and entry.imported_at[:2] == "20"
        assert (entry.new, entry.duplicates, entry.pending_skipped) == (3, 0, 0)
        assert batch_ids(s) == [entry.id] * 3


def test_importing_the_same_file_again_warns_and_adds_nothing(tmp_path):
    with fresh(tmp_path) as s:
        first = importing.import_file(s, CHECKING)
        again = importing.import_file(s, CHECKING)
        assert (again.new, again.duplicates) == (0, 3)
        (said,) = [w for w in again.warnings if "this file was imported on" in w]
        assert (import_history(s)[0].imported_at[:10]) in said
        assert first.sha256 == again.sha256
        assert [e.id for e in import_history(s)] == [first.import_batch_id]


def test_remove_import_takes_its_rows_and_the_account_it_created_and_undo_restores(tmp_path):
    qif = tmp_path / "other.qif"
    qif.write_text("!Type:Bank\nD03/02/2026\nT-3.20\nPCoffee Bar\n^\n")
    with fresh(tmp_path) as s:
        first = importing.import_file(s, CHECKING)
        second = importing.import_file(s, qif, account="Cash")
        before = (s.transaction_count(), [a.name for a in s.accounts()])
        outcome = editing.apply(s, editing.RemoveImport(first.import_batch_id))
        assert outcome.result == 3
        assert s.transaction_count() == 1 and [a.name for a in s.accounts()] == ["Cash"]
        assert [e.id for e in import_history(s)] == [second.import_batch_id]
        undo = editing.apply(s, outcome.inverse)
        assert (s.transaction_count(), [a.name for a in s.accounts()]) == before
        assert {e.id for e in import_history(s)} == {first.import_batch_id,
                                                     second.import_batch_id}
        assert batch_ids(s).count(first.import_batch_id) == 3
        editing.apply(s, undo.inverse)  # redo
        assert s.transaction_count() == 1


def test_remove_import_keeps_an_account_that_still_holds_other_rows(tmp_path):
    qif = tmp_path / "a.qif"
    qif.write_text("!Type:Bank\nD03/02/2026\nT-3.20\nPCoffee Bar\n^\n")
    later = tmp_path / "b.qif"
    later.write_text("!Type:Bank\nD04/02/2026\nT-9.00\nPLunch\n^\n")
    with fresh(tmp_path) as s:
        first = importing.import_file(s, qif, account="Cash")
        importing.import_file(s, later, account="Cash")
        editing.apply(s, editing.RemoveImport(first.import_batch_id))
        assert [a.name for a in s.accounts()] == ["Cash"] and s.transaction_count() == 1


def test_remove_import_keeps_an_account_it_did_not_create(tmp_path):
    qif = tmp_path / "a.qif"
    qif.write_text("!Type:Bank\nD03/02/2026\nT-3.20\nPCoffee Bar\n^\n")
    with fresh(tmp_path) as s:
        s.add(Account(name="Cash", kind=AccountKind.CASH, currency="EUR"))
        report = importing.import_file(s, qif, account="Cash")
        editing.apply(s, editing.RemoveImport(report.import_batch_id))
        assert [a.name for a in s.accounts()] == ["Cash"] and s.transaction_count() == 0


def test_removing_an_unknown_import_says_so(tmp_path):
    with fresh(tmp_path) as s, pytest.raises(NotFound, match="import 99"):
        editing.apply(s, editing.RemoveImport(99))
