"""The encrypted file: typed errors for every way opening can fail, rekey, backup, locking."""

import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from cmrdesk.domain import (
    NotAVault,
    SchemaTooNew,
    VaultCorrupt,
    VaultExists,
    VaultInUse,
    VaultNotFound,
    WrongPassphrase,
)
from cmrdesk.services.demo import populate_demo
from cmrdesk.services.session import VaultSession
from cmrdesk.vault import SCHEMA_VERSION, Vault
from tests.conftest import PASSPHRASE, TEST_PARAMS, TODAY


def make_vault(path: Path, transactions: int = 3000) -> None:
    with VaultSession.create(path, PASSPHRASE, params=TEST_PARAMS) as s:
        populate_demo(s, transactions=transactions, end=TODAY)


def read_everything(path: Path) -> int:
    with VaultSession.open(path, PASSPHRASE) as s:
        return len(s.transaction_columns()["id"]) + len(s.balances())


def test_create_open_and_file_is_private(vault_path):
    make_vault(vault_path)
    assert (vault_path.stat().st_mode & 0o777) == 0o600
    assert read_everything(vault_path) > 3000
    with pytest.raises(VaultExists):
        Vault.create(vault_path, PASSPHRASE, TEST_PARAMS)


def test_wrong_passphrase_is_typed_and_says_so(vault_path):
    make_vault(vault_path, 100)
    with pytest.raises(WrongPassphrase, match="wrong passphrase"):
        VaultSession.open(vault_path, "not the passphrase")


def test_missing_empty_random_and_plain_sqlite_files(tmp_path):
    with pytest.raises(VaultNotFound):
        VaultSession.open(tmp_path / "nope.cmrdesk", PASSPHRASE)
    empty = tmp_path / "empty.cmrdesk"
    empty.write_bytes(b"")
    with pytest.raises(NotAVault, match="empty"):
        VaultSession.open(empty, PASSPHRASE)
    noise = tmp_path / "noise.cmrdesk"
    noise.write_bytes(os.urandom(8192))
    with pytest.raises(NotAVault):
        VaultSession.open(noise, PASSPHRASE)
    plain = tmp_path / "plain.db"
    sqlite3.connect(plain).execute("create table t(x)").connection.close()
    with pytest.raises(NotAVault, match="unencrypted"):
        VaultSession.open(plain, PASSPHRASE)


def test_truncated_file_is_reported_as_damaged(vault_path):
    make_vault(vault_path)
    data = vault_path.read_bytes()
    odd = vault_path.with_name("odd.cmrdesk")
    odd.write_bytes(data[: len(data) // 2 + 100])
    with pytest.raises(VaultCorrupt, match="truncated"):
        VaultSession.open(odd, PASSPHRASE)
    half = vault_path.with_name("half.cmrdesk")
    half.write_bytes(data[: (len(data) // 2) // 4096 * 4096])
    with pytest.raises(VaultCorrupt):
        read_everything(half)


def test_a_flipped_byte_in_the_middle_is_tampering_not_wrong_data(vault_path):
    make_vault(vault_path)
    data = bytearray(vault_path.read_bytes())
    data[len(data) // 2] ^= 0x01
    vault_path.write_bytes(bytes(data))
    with pytest.raises(VaultCorrupt, match="tampered"):
        read_everything(vault_path)
    with VaultSession.open(vault_path, PASSPHRASE) as s:
        (problem,) = s.integrity_check()
    assert "HMAC verification failed" in problem


def test_rekey_changes_passphrase_and_keeps_data(vault_path):
    make_vault(vault_path, 500)
    with VaultSession.open(vault_path, PASSPHRASE) as s:
        before = s.net_worth()
        s.rekey("a new passphrase")
        assert s.net_worth() == before  # the session keeps working after the rekey
    with pytest.raises(WrongPassphrase):
        VaultSession.open(vault_path, PASSPHRASE)
    with VaultSession.open(vault_path, "a new passphrase") as s:
        assert s.net_worth() == before
        assert s.integrity_check() == []
    assert (vault_path.stat().st_mode & 0o777) == 0o600
    assert not vault_path.with_name(vault_path.name + ".rekey-tmp").exists()


def test_backup_is_encrypted_and_restores_by_opening(vault_path, tmp_path):
    make_vault(vault_path, 500)
    with VaultSession.open(vault_path, PASSPHRASE) as s:
        worth = s.net_worth()
        copy = s.backup(tmp_path / "backups" / "copy.cmrdesk")
    assert (copy.stat().st_mode & 0o777) == 0o600
    assert b"Albert Heijn" not in copy.read_bytes()
    with pytest.raises(WrongPassphrase):
        VaultSession.open(copy, "wrong")
    with VaultSession.open(copy, PASSPHRASE) as restored:
        assert restored.net_worth() == worth


def test_second_writer_gets_a_clear_error(vault_path):
    make_vault(vault_path, 100)
    script = textwrap.dedent(f"""
        from cmrdesk.services.session import VaultSession
        from cmrdesk.domain import VaultInUse
        try:
            VaultSession.open({str(vault_path)!r}, {PASSPHRASE!r})
        except VaultInUse as error:
            print("IN USE:", error)
    """)
    with VaultSession.open(vault_path, PASSPHRASE):
        out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                             check=True, cwd=Path(__file__).parents[2]).stdout
        with pytest.raises(VaultInUse):
            VaultSession.open(vault_path, PASSPHRASE)
    assert "IN USE:" in out and "another cmrdesk process" in out
    VaultSession.open(vault_path, PASSPHRASE).close()  # free again once closed


def test_vault_from_a_newer_cmrdesk_is_refused(vault_path):
    make_vault(vault_path, 100)
    with VaultSession.open(vault_path, PASSPHRASE) as s, s.vault.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    with pytest.raises(SchemaTooNew, match="update cmrdesk"):
        VaultSession.open(vault_path, PASSPHRASE)
