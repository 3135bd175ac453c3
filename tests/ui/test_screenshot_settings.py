"""``cmrdesk screenshot --page settings-backups|change-passphrase``: drawn, vault untouched."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from cmrdesk.services import backups
from cmrdesk.services.session import VaultSession
from cmrdesk.ui import screenshot
from tests.conftest import PASSPHRASE, TEST_PARAMS


@pytest.mark.parametrize("page", ["settings-backups", "change-passphrase"])
def test_settings_shots_leave_the_vault_as_found(qapp, tmp_path, monkeypatch, page):
    vault = tmp_path / "v.cmrdesk"
    VaultSession.create(vault, PASSPHRASE, params=TEST_PARAMS).close()
    secret = tmp_path / "passphrase"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    out = tmp_path / f"{page}.png"
    assert screenshot.main(["--vault", str(vault), "--page", page, "--out", str(out),
                            "--passphrase-file", str(secret), "--size", "1024x700",
                            "--theme", "dark", "--locale", "en_US"]) == 0
    image = QImage(str(out))
    assert not image.isNull() and image.width() >= 1024
    with VaultSession.open(vault, PASSPHRASE) as session:  # same passphrase, no policy saved
        assert backups.policy(session) == backups.BackupPolicy()
