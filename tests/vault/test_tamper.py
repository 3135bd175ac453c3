"""Tampering gets the right type: the first page is 'wrong passphrase, or the header is
damaged' (exit 3), any later page is damage (exit 4) in check and at unlock, and a header
cannot make an unlock derive a key with gigabytes of memory."""

import time
from pathlib import Path

import pytest

from cmrdesk.cli.main import main
from cmrdesk.domain import NotAVault, VaultCorrupt, WrongPassphrase
from cmrdesk.services.demo import populate_demo
from cmrdesk.services.session import VaultSession
from cmrdesk.vault.kdf import KdfParams, derive_key, new_salt, params_from_salt
from tests.conftest import PASSPHRASE, TEST_PARAMS, TODAY

PAGE = 4096


@pytest.fixture
def vault(vault_path: Path, monkeypatch) -> Path:
    with VaultSession.create(vault_path, PASSPHRASE, params=TEST_PARAMS) as s:
        populate_demo(s, transactions=1500, end=TODAY)
    monkeypatch.setenv("CMRDESK_PASSPHRASE", PASSPHRASE)
    return vault_path


def flipped(vault: Path, offset: int, name: str, value: int | None = None) -> Path:
    data = bytearray(vault.read_bytes())
    data[offset] = value if value is not None else data[offset] ^ 0x10
    copy = vault.with_name(name)
    copy.write_bytes(bytes(data))
    return copy


def test_a_damaged_page_after_the_first_exits_4_in_check_and_at_unlock(vault, capsys):
    pages = vault.stat().st_size // PAGE
    assert main(["transactions", "--vault", str(vault), "--json"]) == 0
    truth = capsys.readouterr().out
    read_as_damaged = 0
    for page in (1, 2, pages // 2, pages - 1):
        copy = flipped(vault, page * PAGE + 200, f"page{page}.cmrdesk")
        assert main(["check", "--vault", str(copy)]) == 4, f"page {page}"
        err = capsys.readouterr().err
        assert "damaged or has been tampered with" in err and "Traceback" not in err
        assert err.splitlines()[-1].startswith("error: ")
        # Unlocking and reading is the same error when it touches the page, else the data as
        # it was: never other data.
        code = main(["transactions", "--vault", str(copy), "--json"])
        out, err = capsys.readouterr()
        if code == 4:
            read_as_damaged += 1
            assert "damaged or has been tampered with" in err
        else:
            assert (code, out) == (0, truth), f"page {page}"
    assert read_as_damaged >= 1


def test_a_damaged_first_page_says_it_may_be_the_header(vault, capsys):
    copy = flipped(vault, 1000, "first.cmrdesk")
    with pytest.raises(WrongPassphrase, match="or the file's header is damaged"):
        VaultSession.open(copy, PASSPHRASE)
    assert main(["check", "--vault", str(copy)]) == 3
    err = capsys.readouterr().err
    assert err == f"error: wrong passphrase, or the file's header is damaged (vault {copy})\n"


def test_a_header_asking_for_4_gib_is_refused_before_deriving(vault, capsys):
    copy = flipped(vault, 1, "greedy.cmrdesk", value=0x16)  # 2**22 KiB = 4 GiB
    started = time.perf_counter()
    with pytest.raises(NotAVault, match="4,096 MiB"):
        VaultSession.open(copy, PASSPHRASE)
    assert main(["check", "--vault", str(copy)]) == 4
    assert time.perf_counter() - started < 1.0  # no Argon2id run at all
    assert "cmrdesk accepts 64 MiB to 512 MiB" in capsys.readouterr().err


@pytest.mark.parametrize(("memory", "passes", "lanes"), [(20, 3, 4), (17, 7, 4), (17, 3, 9),
                                                         (15, 3, 4), (17, 0, 4), (17, 3, 0)])
def test_kdf_parameters_outside_the_caps_are_refused_everywhere(memory, passes, lanes):
    salt = bytes([1, memory, passes, lanes]) + bytes(12)
    with pytest.raises(NotAVault, match="unknown file header"):
        params_from_salt(salt, "v")
    with pytest.raises(NotAVault):
        derive_key("pw", salt, KdfParams(memory, passes, lanes))
    with pytest.raises(NotAVault):
        new_salt(KdfParams(memory, passes, lanes))


def test_truncated_backup_is_damage_not_data(vault, tmp_path):
    with VaultSession.open(vault, PASSPHRASE) as s:
        copy = s.backup(tmp_path / "b.cmrdesk")
    data = copy.read_bytes()
    copy.write_bytes(data[: len(data) - PAGE])
    with pytest.raises(VaultCorrupt), VaultSession.open(copy, PASSPHRASE, read_only=True) as s:
        s.transaction_count()
        problems = s.integrity_check()
        if problems:
            raise VaultCorrupt(copy, "check")
