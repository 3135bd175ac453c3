"""The package's boundaries: what it imports and what it offers."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import cmrdesk.importers as importers

ROOT = Path(__file__).resolve().parents[2]
FORBIDDEN = (
    "sqlalchemy",
    "sqlcipher3",
    "PySide6",
    "pyqtgraph",
    "cmrdesk.vault",
    "cmrdesk.services",
    "cmrdesk.insights",
    "cmrdesk.ui",
    "cmrdesk.cli",
)


def test_no_database_qt_or_upper_layers_are_imported() -> None:
    code = (
        "import sys, cmrdesk.importers, cmrdesk.importers.ofx, cmrdesk.importers.market\n"
        f"forbidden = {FORBIDDEN!r}\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in forbidden or m in forbidden]\n"
        "print(','.join(bad))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == ""


def test_public_api() -> None:
    for name in (
        "detect_format",
        "parse_file",
        "dedupe_keys",
        "clean_payee",
        "detect_csv_mapping",
        "CsvMapping",
        "parse_market_csv",
        "ParsedStatement",
        "StatementAccount",
    ):
        assert name in importers.__all__
        assert getattr(importers, name).__doc__


def test_every_module_and_public_function_has_a_docstring() -> None:
    import importlib
    import inspect
    import pkgutil

    for info in pkgutil.iter_modules(importers.__path__):
        module = importlib.import_module(f"cmrdesk.importers.{info.name}")
        assert module.__doc__, info.name
        for name, obj in vars(module).items():
            if name.startswith("_") or getattr(obj, "__module__", None) != module.__name__:
                continue
            if inspect.isfunction(obj) or inspect.isclass(obj):
                assert obj.__doc__, f"{info.name}.{name}"
