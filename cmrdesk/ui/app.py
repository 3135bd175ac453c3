"""Starting the desktop app: ``cmrdesk``, ``cmrdesk --demo``, ``cmrdesk --vault PATH``.

Only Qt is imported before the first screen shows; SQLAlchemy, numpy, pandas and pyqtgraph
load on the worker thread while the person types the passphrase (:func:`warm_up`), which is
what keeps the cold start under 1.5 s.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from .controller import VaultController
from .i18n import install_language
from .icons import app_icon
from .settings import LANGUAGE, THEME, AppSettings
from .tasks import TaskRunner
from .theme import THEMES, ThemeManager
from .window import MainWindow

#: The options that make ``cmrdesk`` open the window rather than run a CLI command.
UI_OPTIONS = ("--demo", "--vault", "--theme")


def parser() -> argparse.ArgumentParser:
    """``cmrdesk [--demo | --vault PATH] [--theme ...]``."""
    p = argparse.ArgumentParser(
        prog="cmrdesk",
        description="Open the cmrdesk desktop app (run `cmrdesk --help` for the commands).",
    )
    p.add_argument("--demo", action="store_true", help="open the demo vault (made on first use)")
    p.add_argument("--vault", type=Path, help="ask for the passphrase of this vault")
    p.add_argument("--theme", choices=THEMES, help="force a theme for this run")
    # For the packaging smoke test and the benchmark: quit once the first screen is painted
    # (cold start) or once the dashboard shows its first figures.
    p.add_argument("--quit-after-start", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--quit-after-ready", action="store_true", help=argparse.SUPPRESS)
    return p


def application(argv: list[str] | None = None) -> QApplication:
    """The ``QApplication`` (created once, with cmrdesk's names and icon)."""
    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)  # crisp at 125 %, 150 %
        app = QApplication([sys.argv[0] if sys.argv else "cmrdesk", *(argv or [])])
    app.setApplicationName("cmrdesk")
    app.setOrganizationName("cmrdesk")
    app.setApplicationDisplayName("cmrdesk")
    app.setDesktopFileName("io.github.cmrdesk.Cmrdesk")
    app.setWindowIcon(app_icon())
    return app  # type: ignore[return-value]


def system_locale() -> str | None:
    """The locale for money and dates: Qt's view of the system, or the environment's."""
    name = QLocale.system().name()
    return None if name in ("C", "") else name


def warm_up(runner: TaskRunner, locale_name: str | None,
            then: Callable[[], None] | None = None) -> None:
    """Import the heavy modules (and Babel's locale data) on the worker while the first
    screen is up: nothing the first screen needs waits for them."""

    def work(_progress: Callable[[int, str], None]) -> None:
        import pyqtgraph  # noqa: F401 - numpy and the chart widgets

        import cmrdesk.insights
        import cmrdesk.services.overview
        import cmrdesk.ui.pages.dashboard  # noqa: F401 - the page modules, not their widgets

        from . import fmt

        fmt.set_locale(locale_name)

    runner.submit(work, on_success=lambda _r: then() if then else None,
                  on_failure=lambda _error: None, label="warm up")


def main(argv: list[str] | None = None) -> int:
    """Run the desktop app; returns the exit code."""
    args = parser().parse_args(sys.argv[1:] if argv is None else argv)
    app = application()
    settings = AppSettings()
    # Before any widget exists: every text is translated when its widget is built.
    install_language(settings.get(LANGUAGE))
    theme = ThemeManager(app, args.theme or settings.get(THEME))
    runner = TaskRunner()
    controller = VaultController(runner)
    window = MainWindow(settings, theme, controller)
    window.show()
    # First in the queue (an unlock needs these modules anyway); then the pages are built on
    # the GUI thread while the unlock screen waits.
    warm_up(runner, system_locale(), then=window.prepare)
    window.start(vault=args.vault, demo=args.demo)
    if args.quit_after_start:
        QTimer.singleShot(0, lambda: _started(window, app))
    if args.quit_after_ready:
        _quit_when_drawn(window, app)
    code = app.exec()
    controller.shutdown()
    return code


def _started(window: MainWindow, app: QApplication) -> None:
    """The first screen is up: paint it for sure, say so, and leave at once. No vault is open
    yet, so there is nothing to close; waiting for the worker's warm-up imports would only
    make the measuring process wait."""
    del app
    window.grab()
    print(f"started: {type(window.stack.currentWidget()).__name__}", flush=True)
    os._exit(0)


def _quit_when_drawn(window: MainWindow, app: QApplication) -> None:
    """Print one line and quit once the dashboard shows figures (or on failure)."""

    def drawn() -> None:
        window.grab()  # force every chart to paint
        ledger = window.controller.ledger
        print(f"ready: dashboard drawn, {ledger.transactions} transactions", flush=True)
        QTimer.singleShot(0, app.quit)

    def failed(error: BaseException) -> None:
        print(f"failed: {error}", file=sys.stderr, flush=True)
        app.exit(1)

    window.figures_shown.connect(drawn)
    window.controller.unlock_failed.connect(failed)
    timeout = int(os.environ.get("CMRDESK_READY_TIMEOUT_S", "120")) * 1000
    QTimer.singleShot(timeout, lambda: (print("failed: timeout", file=sys.stderr), app.exit(2)))
