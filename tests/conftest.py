"""Shared fixtures: real SQLCipher vaults in temporary folders, offscreen Qt."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from cmrdesk.services.session import VaultSession
from cmrdesk.vault import KdfParams

#: The smallest parameters a vault accepts (64 MiB, 1 pass): real Argon2id, fast tests.
TEST_PARAMS = KdfParams(memory_log2_kib=16, iterations=1, lanes=1)
PASSPHRASE = "correct horse battery staple"
TODAY = date(2026, 11, 23)


#: Where a person's files live, per platformdirs and the XDG base directory spec.
HOME_VARIABLES = ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME",
                  "XDG_STATE_HOME", "XDG_RUNTIME_DIR")


@pytest.fixture(scope="session", autouse=True)
def temporary_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """HOME and the XDG folders point into a temporary folder for the whole run (subprocesses
    inherit them), so no test reads or writes the real ``~/.local/share/cmrdesk`` or settings.
    Tests that need a folder of their own still set one with ``monkeypatch``."""
    home = tmp_path_factory.mktemp("home")
    patch = pytest.MonkeyPatch()
    for name in HOME_VARIABLES:
        folder = home if name == "HOME" else home / name.lower()
        folder.mkdir(mode=0o700, exist_ok=True)
        patch.setenv(name, str(folder))
    yield home
    patch.undo()


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    """Where a test's vault lives."""
    return tmp_path / "test.cmrdesk"


@pytest.fixture
def private_vault(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[VaultSession]:
    """A fresh vault at ``tmp_path/data/private.cmrdesk`` with the process's temporary folder
    moved to ``tmp_path/tmp``: everything the code under test writes is under ``tmp_path``,
    for the tests that read every byte written (nothing private may be readable)."""
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    s = VaultSession.create(tmp_path / "data" / "private.cmrdesk", PASSPHRASE, params=TEST_PARAMS)
    yield s
    if s.vault.is_open:
        s.close()


@pytest.fixture
def session(vault_path: Path) -> Iterator[VaultSession]:
    """A fresh, empty, unlocked vault."""
    s = VaultSession.create(vault_path, PASSPHRASE, params=TEST_PARAMS)
    yield s
    if s.vault.is_open:
        s.close()


@pytest.fixture(scope="session")
def demo_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo household vault built once per test run (open it; do not modify it)."""
    from cmrdesk.services.demo import populate_demo

    path = tmp_path_factory.mktemp("demo") / "demo.cmrdesk"
    with VaultSession.create(path, PASSPHRASE, params=TEST_PARAMS) as s:
        populate_demo(s, seed=7, end=TODAY)
    return path


@pytest.fixture
def writable_demo(demo_vault: Path, tmp_path: Path) -> Path:
    """A copy of the demo vault this test may change (exports, vendors, profiles)."""
    import shutil

    path = tmp_path / "demo-copy.cmrdesk"
    shutil.copy(demo_vault, path)
    return path
