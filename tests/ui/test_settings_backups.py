"""Settings: back up, automatic backups with keep-N, restore into a new window, change the
passphrase, all on a real vault through the window as a person would."""

from __future__ import annotations

from pathlib import Path

import pytest

from cmrdesk.services import backups
from cmrdesk.services.session import VaultSession
from tests.conftest import PASSPHRASE, TEST_PARAMS
from tests.ui.conftest import unlock

NEW = "purple tractor whistles at dawn"


@pytest.fixture(autouse=True)
def _fast_rekey(monkeypatch):
    monkeypatch.setattr(backups, "REKEY_PARAMS", TEST_PARAMS)


@pytest.fixture
def page(empty_unlocked):
    empty_unlocked.navigate("settings")
    return empty_unlocked.shell.page("settings")


def test_back_up_now_writes_a_copy_that_opens(page, tmp_path):
    target = tmp_path / "copies" / "mine"
    target.parent.mkdir()
    page.backups.choose_save = lambda _parent, _suggested: target
    page.backups.back_up.click()
    written = target.with_name("mine.cmrdesk")  # the extension is added
    assert written.is_file()
    assert "Backup written" in page.backups.status.text()
    with VaultSession.open(written, PASSPHRASE) as copy:
        assert copy.transaction_count() == 0


def test_automatic_backups_keep_the_newest_n(page, tmp_path):
    folder = tmp_path / "auto"
    card = page.backups
    card.choose_folder = lambda _parent, _start: folder
    card.keep.setValue(2)
    card.automatic.setChecked(True)  # asks for the folder, then makes the daily backup
    assert card.policy == backups.BackupPolicy(folder, 2, True)
    assert len(list(folder.glob("*.cmrdesk"))) == 1
    # Three more (as three imports would make), then the newest two are all that is left.
    session = page.context.controller._session
    for _ in range(3):
        backups.backup_now(session, reason="import")
    kept = sorted(folder.glob("*.cmrdesk"))
    assert len(kept) == 2
    card.load()
    assert "2 automatic backups" in card.status.text()
    # The policy lives in the vault: a reopened window shows it again.
    assert backups.policy(session) == backups.BackupPolicy(folder, 2, True)


def test_automatic_backups_stay_off_without_a_folder(page):
    page.backups.choose_folder = lambda _parent, _start: None
    page.backups.automatic.setChecked(True)
    assert not page.backups.automatic.isChecked()
    assert not backups.policy(page.context.controller._session).automatic


def test_restore_opens_the_copy_in_a_new_window_and_leaves_this_vault(page, empty_unlocked,
                                                                      tmp_path, qtbot):
    session = page.context.controller._session
    backup = backups.backup_now(session, tmp_path / "b")
    before = empty_unlocked.controller.info.path.read_bytes()
    page.backups.choose_backup = lambda _parent, _start: backup
    page.backups.restore.click()
    (other,) = page.restored_windows
    qtbot.addWidget(other)
    assert other.stack.currentWidget() is other.unlock  # it asks for the passphrase
    copy = other.unlock.path
    assert copy != backup and copy.parent == empty_unlocked.controller.info.path.parent
    unlock(other, copy)
    assert other.controller.is_unlocked, other.unlock.error.text()
    assert other.controller.info.path == copy
    assert empty_unlocked.controller.is_unlocked  # this window still has its own vault
    assert empty_unlocked.controller.info.path.read_bytes() == before
    assert backup.is_file()
    other.controller.shutdown()
    other.close()


def test_change_passphrase_then_reopen_with_the_new_one(page, empty_unlocked, qtbot):
    dialog = page.open_change_passphrase()
    dialog.passphrase.setText("abc")
    assert not dialog.change.isEnabled() and "stronger" in dialog.problem.text()
    dialog.passphrase.setText(NEW)
    dialog.repeat.setText(NEW + "x")
    assert not dialog.change.isEnabled() and "not the same" in dialog.problem.text()
    dialog.repeat.setText(NEW)
    assert dialog.change.isEnabled() and dialog.meter.value() >= 2
    dialog.change.click()
    assert not dialog.isVisible()
    assert dialog.passphrase.text() == "" and dialog.repeat.text() == ""
    assert "Passphrase changed" in page.passphrase_note.text()
    path = empty_unlocked.controller.info.path
    empty_unlocked.controller.lock("")
    unlock(empty_unlocked, path, PASSPHRASE)
    assert not empty_unlocked.controller.is_unlocked  # the old one no longer opens it
    unlock(empty_unlocked, path, NEW)
    assert empty_unlocked.controller.is_unlocked, empty_unlocked.unlock.error.text()
    assert Path(empty_unlocked.controller.info.path) == path


def test_unlocking_makes_the_daily_backup_without_opening_settings(window, empty_vault,
                                                                   tmp_path):
    folder = tmp_path / "daily"
    with VaultSession.open(empty_vault, PASSPHRASE) as session:
        backups.set_policy(session, backups.BackupPolicy(folder, 5, True))
    unlock(window, empty_vault)
    assert window.controller.is_unlocked
    assert "settings" not in window.shell.pages  # the page was never built
    (made,) = folder.glob("*.cmrdesk")
    assert made.name.endswith("-daily.cmrdesk")
    window.controller.lock("")
    unlock(window, empty_vault)  # the same day again: no second copy
    assert len(list(folder.glob("*.cmrdesk"))) == 1
