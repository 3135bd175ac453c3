"""``cmrdesk screenshot --page ledger-*``: the ledger's pictures for the README render, and
drawing them changes nothing in the vault."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from cmrdesk.services.browse import TransactionFilter, totals
from cmrdesk.services.session import VaultSession
from cmrdesk.ui import screenshot
from cmrdesk.ui.screenshot_ledger import SHOTS
from tests.conftest import PASSPHRASE


@pytest.mark.parametrize("page", sorted(SHOTS))
def test_ledger_shots_render_and_leave_the_vault_as_it_was(qapp, writable_demo, tmp_path, page):
    secret = tmp_path / "passphrase"
    secret.write_text(PASSPHRASE, encoding="utf-8")
    with VaultSession.open(writable_demo, PASSPHRASE, read_only=True) as s:
        before = totals(s, TransactionFilter(needs_review=True)).count
    out = tmp_path / f"{page}.png"
    assert screenshot.main(["--vault", str(writable_demo), "--page", page, "--out", str(out),
                            "--passphrase-file", str(secret), "--size", "1024x700",
                            "--locale", "en_US"]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 700)
    with VaultSession.open(writable_demo, PASSPHRASE, read_only=True) as s:
        assert totals(s, TransactionFilter(needs_review=True)).count == before
        assert totals(s, TransactionFilter(split=True)).count == 0
        assert totals(s, TransactionFilter(reconciled=True)).count == 0
