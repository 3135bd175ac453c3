"""``cmrdesk screenshot``: pages of the real window rendered offscreen to PNG files."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from cmrdesk.ui import screenshot
from tests.conftest import PASSPHRASE


@pytest.fixture
def passphrase_file(tmp_path):
    path = tmp_path / "passphrase"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(("page", "theme"), [("unlock", "light"), ("first-run", "dark"),
                                              ("new-vault", "light")])
def test_screens_before_unlock(qapp, demo_vault, tmp_path, page, theme):
    out = tmp_path / f"{page}.png"
    assert screenshot.main(["--vault", str(demo_vault), "--page", page, "--out", str(out),
                            "--theme", theme, "--size", "900x640"]) == 0
    image = QImage(str(out))
    assert not image.isNull()
    if page != "new-vault":  # the dialog is grabbed at its own size
        assert (image.width(), image.height()) == (900, 640)


def test_dashboard_in_dark_full_page(qapp, demo_vault, tmp_path, passphrase_file):
    out = tmp_path / "dashboard.png"
    assert screenshot.main(["--vault", str(demo_vault), "--page", "dashboard", "--out", str(out),
                            "--theme", "dark", "--passphrase-file", str(passphrase_file),
                            "--full-page", "--locale", "en_US"]) == 0
    image = QImage(str(out))
    assert image.width() == 1280 and image.height() > 800  # grown to show the whole page
    corner = image.pixelColor(image.width() - 5, image.height() // 2)
    assert corner.lightness() < 80  # dark


def test_wrong_passphrase_is_one_line(qapp, demo_vault, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("CMRDESK_PASSPHRASE", "nope")
    code = screenshot.main(["--vault", str(demo_vault), "--page", "accounts",
                            "--out", str(tmp_path / "x.png")])
    err = capsys.readouterr().err
    assert code == 1 and err.startswith("error: That passphrase does not open this vault")
    assert "Traceback" not in err and err.count("\n") == 1


def test_every_page_is_a_choice():
    from cmrdesk.ui.pages import page_specs

    parser = screenshot.parser([spec.key for spec in page_specs()])
    choices = next(a for a in parser._actions if a.dest == "page").choices
    assert set(choices) >= {"unlock", "first-run", "dashboard", "accounts", "transactions",
                            "insights", "settings"}


def test_the_edit_menu_names_its_undo_and_leaves_the_vault_as_found(
        qapp, writable_demo, tmp_path, passphrase_file):
    from cmrdesk.domain import Goal
    from cmrdesk.services.session import VaultSession

    out = tmp_path / "edit.png"
    assert screenshot.main(["--vault", str(writable_demo), "--page", "edit-menu", "--out",
                            str(out), "--passphrase-file", str(passphrase_file), "--size",
                            "1024x700", "--locale", "en_US"]) == 0
    assert not QImage(str(out)).isNull()
    with VaultSession.open(writable_demo, PASSPHRASE) as session:
        assert "Holiday in Norway" not in {g.name for g in session.list(Goal)}
