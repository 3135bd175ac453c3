"""Fixtures for the desktop app: a real window over a real temporary vault, offscreen.

The task runner is synchronous here (the background function runs at once, callbacks follow),
so tests read like what a person does and never wait on a thread; tests/ui/test_tasks.py covers
the threaded runner itself.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

import cmrdesk.ui  # noqa: F401 - applies the Qt binding guard before any Qt call
from cmrdesk.ui import fmt
from cmrdesk.ui.controller import VaultController
from cmrdesk.ui.settings import AppSettings
from cmrdesk.ui.tasks import TaskRunner
from cmrdesk.ui.theme import ThemeManager
from cmrdesk.ui.window import MainWindow
from tests.conftest import PASSPHRASE, TODAY


@pytest.fixture(autouse=True)
def _english_figures() -> None:
    """Figures as en_US writes them, whatever the machine's locale."""
    fmt.set_locale("en_US")


@pytest.fixture
def app_settings(tmp_path: Path) -> AppSettings:
    """Settings in a temporary INI file, never the developer's own."""
    return AppSettings.at(tmp_path / "settings.ini")


@pytest.fixture
def theme(qapp) -> Iterator[ThemeManager]:
    """The light theme, applied to the test application."""
    manager = ThemeManager(qapp, "light")
    yield manager
    manager.deleteLater()


@pytest.fixture
def make_window(qtbot, app_settings, theme) -> Iterator[Callable[..., MainWindow]]:
    """Build a main window (synchronous runner, today pinned to the demo's end)."""
    made: list[MainWindow] = []

    def make(**kwargs: object) -> MainWindow:
        controller = VaultController(TaskRunner(synchronous=True), today=TODAY)
        window = MainWindow(app_settings, theme, controller, **kwargs)  # type: ignore[arg-type]
        window.resize(1280, 800)
        qtbot.addWidget(window)
        window.show()
        made.append(window)
        return window

    yield make
    for window in made:
        window.controller.shutdown()
        window.close()
        window.deleteLater()
    # Delete them now: live windows from earlier tests would make every later stylesheet
    # change re-polish them too (measured: setups grew from 0.3 s to 10 s over a module).
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def window(make_window) -> MainWindow:
    """A main window on its first screen."""
    return make_window()


def unlock(window: MainWindow, path: Path, passphrase: str = PASSPHRASE) -> None:
    """Type the passphrase and press Unlock, as a person would."""
    window.show_unlock(path)
    window.unlock.passphrase.setText(passphrase)
    window.unlock.unlock.click()


@pytest.fixture
def unlocked(window: MainWindow, demo_vault: Path) -> MainWindow:
    """A window showing the demo household's dashboard."""
    unlock(window, demo_vault)
    assert window.controller.is_unlocked, window.unlock.error.text()
    return window


@pytest.fixture
def empty_vault(tmp_path: Path) -> Path:
    """A new vault with nothing in it (what "Create a new vault" leaves), closed."""
    from cmrdesk.services.session import VaultSession
    from tests.conftest import TEST_PARAMS

    path = tmp_path / "empty.cmrdesk"
    VaultSession.create(path, PASSPHRASE, params=TEST_PARAMS).close()
    return path


@pytest.fixture
def empty_unlocked(window: MainWindow, empty_vault: Path) -> MainWindow:
    """The window unlocked on an empty vault that tests may change."""
    unlock(window, empty_vault)
    assert window.controller.is_unlocked, window.unlock.error.text()
    return window
