"""The launcher: the window for no command (or --demo, --vault, screenshot), the CLI otherwise."""

import pytest

from cmrdesk import launcher


@pytest.mark.parametrize(("argv", "ui"), [
    ([], True),
    (["--demo"], True),
    (["--vault", "x.cmrdesk"], True),
    (["--vault=x.cmrdesk", "--theme", "dark"], True),
    (["screenshot", "--page", "unlock"], True),
    (["render-pdf"], True),
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


def test_a_frozen_app_draws_pdfs_with_its_own_binary(monkeypatch):
    """In a PyInstaller bundle sys.executable is cmrdesk itself: no ``-m`` to run there."""
    import sys

    from cmrdesk.cli import pdf_renderer

    assert pdf_renderer.renderer_command()[1:] == ["-m", "cmrdesk.ui.pdf"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert pdf_renderer.renderer_command() == [sys.executable, "render-pdf"]


def test_render_pdf_through_the_launcher_writes_a_pdf(tmp_path):
    """What the frozen child runs: the launcher's render-pdf, disclosure in, PDF out."""
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    from tests.disclosure.conftest import Identity, document_for

    root = Path(__file__).resolve().parents[1]
    done = subprocess.run(
        [sys.executable, "-c", "from cmrdesk.launcher import main; raise SystemExit(main())",
         "render-pdf"],
        input=json.dumps(document_for(Identity())).encode(), capture_output=True, timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(root)},
        check=False)
    assert done.returncode == 0, done.stderr.decode()
    assert done.stdout.startswith(b"%PDF-")
