"""The launcher: the window for no command (or --demo, --vault, screenshot), the CLI otherwise."""

import pytest

from cmrdesk import launcher


@pytest.mark.parametrize(("argv", "ui"), [
    ([], True),
    (["--demo"], True),
    (["--vault", "x.cmrdesk"], True),
    (["--vault=x.cmrdesk", "--theme", "dark"], True),
    (["screenshot", "--page", "unlock"], True),
    (["accounts", "--vault", "x.cmrdesk"], False),
    (["--help"], False),
    (["--version"], False),
    (["--demo", "accounts"], False),
    (["summary", "--demo"], False),
])
def test_what_goes_to_the_window(argv, ui):
    assert launcher.wants_ui(argv) is ui


def test_dispatch_never_imports_qt_for_a_command(monkeypatch):
    seen = []
    import cmrdesk.cli.main as cli_main

    monkeypatch.setattr(cli_main, "main", lambda argv: seen.append(("cli", argv)) or 0)
    assert launcher.main(["accounts", "--json"]) == 0
    assert seen == [("cli", ["accounts", "--json"])]


def test_dispatch_hands_the_window_its_arguments(monkeypatch):
    seen = []
    import cmrdesk.ui as ui

    monkeypatch.setattr(ui, "main", lambda argv: seen.append(("ui", argv)) or 0)
    assert launcher.main(["--demo"]) == 0
    assert launcher.main([]) == 0
    assert seen == [("ui", ["--demo"]), ("ui", [])]


def test_the_cli_package_does_not_import_qt():
    import subprocess
    import sys

    code = ("import sys, cmrdesk.cli.main, cmrdesk.services.ui_bench; "
            "print(any(m.startswith(('PySide6', 'pyqtgraph')) for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == "False"
