"""Backups and the passphrase through the services the app and the CLI share."""

from datetime import UTC, datetime, timedelta

import pytest

from cmrdesk.domain import ValidationError, WrongPassphrase
from cmrdesk.services import backups
from cmrdesk.services.editing import ImportFiles, apply
from cmrdesk.services.session import VaultSession
from tests.conftest import PASSPHRASE, TEST_PARAMS

NOON = datetime(2026, 11, 23, 12, 0, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _fast_rekey(monkeypatch):
    monkeypatch.setattr(backups, "REKEY_PARAMS", TEST_PARAMS)


def test_the_default_policy_is_off_and_keeps_five(session):
    rules = backups.policy(session)
    assert rules == backups.BackupPolicy(folder=None, keep=5, automatic=False)
    assert not rules.active
    assert backups.before_import(session) is None
    assert backups.daily(session, NOON) is None


def test_policy_round_trips_and_refuses_nonsense(session, tmp_path):
    backups.set_policy(session, backups.BackupPolicy(tmp_path / "b", 3, True))
    assert backups.policy(session) == backups.BackupPolicy(tmp_path / "b", 3, True)
    with pytest.raises(ValidationError, match="keep"):
        backups.set_policy(session, backups.BackupPolicy(tmp_path, 0, True))
    with pytest.raises(ValidationError, match="folder"):
        backups.set_policy(session, backups.BackupPolicy(None, 5, True))
    assert backups.policy(session).keep == 3  # the refusals changed nothing


def test_keep_n_prunes_only_this_vaults_backups(session, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    stranger = folder / "holiday-photos.cmrdesk"
    stranger.write_bytes(b"not ours")
    other_vault = folder / "other-20200101-000000.cmrdesk"
    other_vault.write_bytes(b"another vault's backup")
    backups.set_policy(session, backups.BackupPolicy(folder, 2, True))
    made = [backups.backup_now(session, now=NOON + timedelta(minutes=i)) for i in range(4)]
    kept = [p for _when, p in backups.list_backups(session, folder)]
    assert kept == [made[3], made[2]]
    assert not made[0].exists() and not made[1].exists()
    assert stranger.read_bytes() == b"not ours" and other_vault.exists()
    with VaultSession.open(kept[0], PASSPHRASE) as copy:  # a backup opens like the vault
        assert copy.settings()["backup_keep"] == 2


def test_two_backups_in_one_second_both_survive(session, tmp_path):
    first = backups.backup_now(session, tmp_path, now=NOON)
    second = backups.backup_now(session, tmp_path, now=NOON)
    assert first != second and first.exists() and second.exists()


def test_daily_backup_only_when_the_newest_is_a_day_old(session, tmp_path):
    backups.set_policy(session, backups.BackupPolicy(tmp_path, 5, True))
    first = backups.daily(session, NOON)
    assert first is not None and first.name.endswith("-daily.cmrdesk")
    assert backups.daily(session, NOON + timedelta(hours=23)) is None
    assert backups.daily(session, NOON + timedelta(hours=25)) is not None
    assert len(backups.list_backups(session, tmp_path)) == 2


def test_an_import_makes_a_backup_first_when_automatic(session, tmp_path):
    from pathlib import Path

    ofx = Path(__file__).parents[1] / "data" / "corpus" / "ofx" / "ofxparse__checking.ofx"
    backups.set_policy(session, backups.BackupPolicy(tmp_path / "auto", 5, True))
    apply(session, ImportFiles([str(ofx)]))
    (_when, made), = backups.list_backups(session, tmp_path / "auto")
    assert made.name.endswith("-import.cmrdesk")
    with VaultSession.open(made, PASSPHRASE) as before:
        assert before.transaction_count() == 0  # the state before the import
    assert session.transaction_count() > 0


def test_restore_copy_leaves_backup_and_vault_alone(session, tmp_path):
    backup = backups.backup_now(session, tmp_path / "b", now=NOON)
    original = backup.read_bytes()
    copy = backups.restore_copy(backup, tmp_path / "restored", now=NOON)
    assert copy.read_bytes() == original and backup.read_bytes() == original
    assert copy.stat().st_mode & 0o777 == 0o600
    with VaultSession.open(copy, PASSPHRASE) as restored:
        assert restored.path == copy
    assert backup.read_bytes() == original


def test_change_passphrase_refuses_weak_and_reopens_with_the_new(session):
    path = session.path
    with pytest.raises(ValidationError, match="weak"):
        backups.change_passphrase(session, "abc")
    new = "purple tractor whistles at dawn"
    backups.change_passphrase(session, new)
    session.close()
    with pytest.raises(WrongPassphrase):
        VaultSession.open(path, PASSPHRASE)
    VaultSession.open(path, new).close()
