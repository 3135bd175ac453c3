"""The main window as a person uses it: first run, unlock, pages, lock, new vault."""

from __future__ import annotations

import functools
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cmrdesk.ui.settings import AUTO_LOCK_MINUTES, LAST_VAULT
from tests.conftest import PASSPHRASE, TEST_PARAMS
from tests.ui.conftest import unlock

PAGES = ("dashboard", "accounts", "holdings", "transactions", "details", "insights", "share",
         "history", "settings")
#: The pages with a Ctrl+digit shortcut, numbered in sidebar order.
SHORTCUT_PAGES = tuple(p for p in PAGES if p not in ("holdings", "details"))


def test_first_run_offers_create_open_and_demo(window):
    window.start()
    assert window.stack.currentWidget() is window.first_run
    assert set(window.first_run.choices) == {"create", "open", "demo"}
    assert not window.first_run.recent_title.isVisible()  # nothing remembered yet


def test_start_offers_the_last_vault(make_window, app_settings, demo_vault):
    app_settings.remember_vault(demo_vault)
    window = make_window()
    window.start()
    assert window.stack.currentWidget() is window.unlock
    assert window.unlock.file.text() == demo_vault.name


def test_wrong_then_right_passphrase(window, demo_vault, app_settings):
    unlock(window, demo_vault, "not the passphrase")
    assert not window.controller.is_unlocked
    assert window.stack.currentWidget() is window.unlock
    assert window.unlock.error.isVisible()
    assert "does not open this vault" in window.unlock.error.text()
    assert window.unlock.passphrase.isEnabled() and not window.unlock.busy.isVisible()

    unlock(window, demo_vault)
    assert window.controller.is_unlocked
    assert window.stack.currentWidget() is window.shell
    assert window.shell.current == "dashboard"
    assert window.windowTitle().startswith(demo_vault.name)
    # The vault is remembered by its path; the passphrase is nowhere in the settings file.
    assert app_settings.get(LAST_VAULT) == str(demo_vault)
    stored = Path(app_settings.file_name()).read_text(encoding="utf-8")
    assert PASSPHRASE not in stored and str(demo_vault) in stored


def test_unlock_screen_is_busy_while_the_key_is_derived(window, demo_vault, qtbot):
    window.show_unlock(demo_vault)
    states = []
    window.controller.runner.submit = functools.partial(  # look at the screen mid-unlock
        _record_then_run, window.controller.runner.submit, window, states)
    window.unlock.passphrase.setText(PASSPHRASE)
    qtbot.keyClick(window.unlock.passphrase, Qt.Key.Key_Return)
    assert states[0] == (True, False, "")  # spinner shown, field disabled, field emptied
    assert window.controller.is_unlocked


def _record_then_run(submit, window, states, work, *args, **kwargs):
    states.append((window.unlock.busy.isVisibleTo(window.unlock),
                   window.unlock.passphrase.isEnabled(), window.unlock.passphrase.text()))
    return submit(work, *args, **kwargs)


def test_every_page_is_in_the_sidebar_and_reachable(unlocked, qtbot):
    shell = unlocked.shell
    assert list(shell.buttons) == list(PAGES)
    for key in PAGES:
        qtbot.mouseClick(shell.buttons[key], Qt.MouseButton.LeftButton)
        assert shell.stack.currentWidget() is shell.pages[key]
        assert shell.buttons[key].isChecked()
        assert shell.buttons[key].accessibleName()
    unlocked.activateWindow()
    qtbot.waitUntil(unlocked.isActiveWindow)  # shortcuts go to the active window
    # Ctrl+1 ... Ctrl+7 in sidebar order, as the README says.
    assert [shell.specs[k].shortcut for k in SHORTCUT_PAGES] == [
        f"Ctrl+{n}" for n in range(1, len(SHORTCUT_PAGES) + 1)]
    for key in SHORTCUT_PAGES:  # and from the keyboard: each page's own Ctrl+digit
        number = int(shell.specs[key].shortcut.removeprefix("Ctrl+"))
        qtbot.keyClick(QApplication.focusWidget() or unlocked, Qt.Key(Qt.Key.Key_0 + number),
                       Qt.KeyboardModifier.ControlModifier)
        assert shell.current == key


def test_pages_show_the_vault(unlocked):
    shell = unlocked.shell
    accounts = shell.page("accounts")
    assert accounts.model.rowCount() == 11
    unlocked.navigate("transactions")
    transactions = shell.page("transactions")
    assert transactions.model.rowCount() == unlocked.controller.ledger.transactions
    assert "transactions" in transactions.status.text() and "€" in transactions.status.text()
    unlocked.navigate("insights")
    assert shell.page("insights").recurring.rowCount() > 5
    unlocked.navigate("settings")
    assert shell.page("settings").count.text().replace(",", "").isdigit()


def test_ctrl_l_locks_and_the_passphrase_unlocks_again(unlocked, qtbot, demo_vault):
    dashboard = unlocked.shell.page("dashboard")
    assert dashboard.board is not None
    unlocked.activateWindow()
    qtbot.waitUntil(unlocked.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget() or unlocked, Qt.Key.Key_L,
                   Qt.KeyboardModifier.ControlModifier)
    assert not unlocked.controller.is_unlocked
    assert unlocked.stack.currentWidget() is unlocked.unlock
    assert unlocked.unlock.message.isVisible()
    # Nothing from the vault stays on screen or in memory.
    assert dashboard.board is None and unlocked.controller.ledger is None
    assert dashboard.cards["net_worth"].figure.text() == "–"
    assert unlocked.shell.page("transactions").model.rowCount() == 0
    assert unlocked.shell.page("accounts").model.rowCount() == 0

    unlock(unlocked, demo_vault)
    assert unlocked.controller.is_unlocked
    assert dashboard.board is not None


def test_auto_lock_after_idle_time(unlocked, app_settings, qtbot, demo_vault):
    assert unlocked.idle.interval_ms == app_settings.get(AUTO_LOCK_MINUTES) * 60_000
    unlocked.idle.start(150)  # the setting is in minutes; a test waits milliseconds
    qtbot.waitUntil(lambda: not unlocked.controller.is_unlocked, timeout=5000)
    assert unlocked.stack.currentWidget() is unlocked.unlock
    assert "idle" in unlocked.unlock.message.text()
    assert unlocked.idle.interval_ms == 0  # nothing to guard while locked
    unlock(unlocked, demo_vault)
    assert unlocked.controller.is_unlocked


def test_input_keeps_the_vault_open(unlocked, qtbot):
    unlocked.idle.start(400)
    for _ in range(6):
        qtbot.wait(100)
        qtbot.keyClick(unlocked.shell.page("dashboard"), Qt.Key.Key_Shift)
    assert unlocked.controller.is_unlocked


def test_auto_lock_setting_applies_at_once(unlocked):
    settings_page = unlocked.shell.page("settings")
    unlocked.navigate("settings")
    combo = settings_page.auto_lock
    combo.setCurrentIndex(combo.findData(15))
    assert unlocked.idle.interval_ms == 15 * 60_000
    combo.setCurrentIndex(combo.findData(0))
    assert unlocked.idle.interval_ms == 0


def test_new_vault_flow(window, tmp_path, qtbot):
    target = tmp_path / "mine.cmrdesk"
    window.choose_save_path = lambda _parent, _suggested: target
    window.start()
    qtbot.mouseClick(window.first_run.choices["create"], Qt.MouseButton.LeftButton)
    dialog = window.dialog
    assert dialog is not None and dialog.isVisible()
    dialog._browse()
    assert dialog.location.text() == str(target)
    dialog.passphrase.setText("short")
    assert not dialog.create.isEnabled() and dialog.meter.value() == 0
    dialog.passphrase.setText("plum orbit cactus lantern")
    dialog.repeat.setText("plum orbit cactus lanterm")
    assert not dialog.create.isEnabled()
    assert "not the same" in dialog.problem.text()
    dialog.repeat.setText("plum orbit cactus lantern")
    assert dialog.create.isEnabled() and dialog.meter.value() >= 2
    dialog.currency.setCurrentText("USD")
    import cmrdesk.services.session as session_module

    real_create = session_module.VaultSession.create
    # Real Argon2id, with the small test parameters so the suite stays quick.
    session_module.VaultSession.create = functools.partial(real_create, params=TEST_PARAMS)
    try:
        qtbot.mouseClick(dialog.create, Qt.MouseButton.LeftButton)
    finally:
        session_module.VaultSession.create = real_create
    assert target.exists()
    assert window.controller.is_unlocked
    assert window.controller.info.base_currency == "USD"
    dashboard = window.shell.page("dashboard")
    assert dashboard.empty.isVisible()  # the empty state says what will appear here
    assert dashboard.cards["net_worth"].figure.text() == "$0"


def test_open_existing_vault_through_the_file_seam(make_window, demo_vault, qtbot):
    window = make_window(choose_open_path=lambda _parent: demo_vault)
    window.start()
    qtbot.mouseClick(window.first_run.choices["open"], Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.unlock
    assert window.unlock.path == demo_vault


def test_recent_vaults_are_listed_and_open(make_window, app_settings, demo_vault, tmp_path,
                                           qtbot):
    app_settings.remember_vault(tmp_path / "gone.cmrdesk")  # no longer exists: not offered
    app_settings.remember_vault(demo_vault)
    window = make_window()
    window.show_first_run()
    assert len(window.first_run.recent_buttons) == 1
    qtbot.mouseClick(window.first_run.recent_buttons[0], Qt.MouseButton.LeftButton)
    assert window.unlock.path == demo_vault


def test_demo_opens_directly(window, tmp_path, monkeypatch):
    import cmrdesk.services.demo as demo

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.setattr(demo, "open_demo", functools.partial(demo.open_demo, params=TEST_PARAMS))
    window.open_demo()
    assert window.controller.is_unlocked
    assert window.controller.info.created
    assert window.controller.ledger.transactions > 1000


def test_keyboard_reaches_the_unlock_controls(window, demo_vault):
    window.show_unlock(demo_vault)
    QApplication.processEvents()
    assert window.unlock.passphrase.hasFocus() or window.unlock.focusProxy() is (
        window.unlock.passphrase)
    for widget in (window.unlock.passphrase, window.unlock.unlock, window.unlock.other):
        assert widget.accessibleName() or widget.text()
        assert widget.focusPolicy() != Qt.FocusPolicy.NoFocus
