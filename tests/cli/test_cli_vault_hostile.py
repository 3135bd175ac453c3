"""The vault commands under hostile conditions: a full disk, a passphrase file that is not
UTF-8, weak new passphrases, and where ``demo`` writes. Each is one ``error:`` line that
shows nothing of the passphrase, and nothing changes."""

import errno
import os
import pwd
from pathlib import Path

import pytest

import cmrdesk.vault.connection as connection
from cmrdesk.cli.main import main
from cmrdesk.services.paths import default_demo_vault_path, default_vault_path
from cmrdesk.services.session import VaultSession

STRONG = "quiet mango river lantern"


def qif(path: Path, rows: int) -> Path:
    lines = ["!Type:Bank"]
    for i in range(rows):
        lines += [f"D{i % 28 + 1:02d}/01/2024", f"T-{i + 1}.{i % 100:02d}", f"PPayee {i}", "^"]
    path.write_text("\n".join(lines) + "\n")
    return path


def one_error_line(err: str) -> str:
    assert err.startswith("error: ") and err.count("\n") == 1, err
    assert "Traceback" not in err
    return err


@pytest.fixture
def env(monkeypatch):
    monkeypatch.setenv("CMRDESK_PASSPHRASE", STRONG)
    monkeypatch.delenv("CMRDESK_NEW_PASSPHRASE", raising=False)
    return monkeypatch


def test_a_full_disk_during_import_is_one_line_and_changes_nothing(env, tmp_path, capsys):
    vault = tmp_path / "v.cmrdesk"
    assert main(["init", "--vault", str(vault)]) == 0
    assert main(["import", "--vault", str(vault), str(qif(tmp_path / "a.qif", 20))]) == 0
    capsys.readouterr()
    # SQLite's own "database or disk is full" (SQLITE_FULL), raised where a full disk raises
    # it: the connection may not grow the file by more than a few pages.
    prepare = connection.prepare_connection

    def tight(raw, key_sql, **kw):
        prepare(raw, key_sql, **kw)
        (pages,) = raw.execute("PRAGMA page_count").fetchone()
        raw.execute(f"PRAGMA max_page_count = {pages + 3}")

    env.setattr(connection, "prepare_connection", tight)
    code = main(["import", "--vault", str(vault), str(qif(tmp_path / "big.qif", 5000))])
    err = one_error_line(capsys.readouterr().err)
    assert code == 1 and "the disk is full" in err and "not saved" in err
    env.setattr(connection, "prepare_connection", prepare)
    with VaultSession.open(vault, STRONG) as s:
        assert s.transaction_count() == 20  # all or nothing
        assert s.integrity_check() == []


def test_enospc_from_the_file_system_is_one_line(env, tmp_path, capsys, monkeypatch):
    vault = tmp_path / "v.cmrdesk"
    assert main(["init", "--vault", str(vault)]) == 0
    capsys.readouterr()

    def full(*_args, **_kw):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(tmp_path / "b.cmrdesk"))

    monkeypatch.setattr("cmrdesk.vault.files.fsync_file", full)
    assert main(["backup", "--vault", str(vault), "--out", str(tmp_path / "b.cmrdesk")]) == 1
    err = one_error_line(capsys.readouterr().err)
    assert "No space left on device" in err
    assert not (tmp_path / "b.cmrdesk").exists()
    assert not (tmp_path / "b.cmrdesk.partial").exists()


def test_a_passphrase_file_that_is_not_utf8_shows_nothing_of_it(env, tmp_path, capsys):
    secret = tmp_path / "pass.bin"
    secret.write_bytes(b"caf\xe9 \xff\xfe secret words\n")
    env.delenv("CMRDESK_PASSPHRASE")
    code = main(["init", "--vault", str(tmp_path / "v.cmrdesk"), "--passphrase-file",
                 str(secret)])
    err = one_error_line(capsys.readouterr().err)
    assert code == 1 and "not UTF-8" in err
    for leak in ("xe9", "xff", "caf", "secret", "position", "byte"):
        assert leak not in err.replace(str(secret), "")
    assert not (tmp_path / "v.cmrdesk").exists()


@pytest.mark.parametrize("weak", ["x", "demo", "hunter2", "password", "the new one"])
def test_init_and_rekey_refuse_a_passphrase_the_app_calls_weak(env, tmp_path, capsys, weak):
    vault = tmp_path / "v.cmrdesk"
    env.setenv("CMRDESK_PASSPHRASE", weak)
    assert main(["init", "--vault", str(vault)]) == 1
    err = one_error_line(capsys.readouterr().err)
    assert "too weak" in err and (len(weak) < 2 or weak not in err)
    assert not vault.exists()
    env.setenv("CMRDESK_PASSPHRASE", STRONG)
    assert main(["init", "--vault", str(vault)]) == 0
    env.setenv("CMRDESK_NEW_PASSPHRASE", weak)
    assert main(["rekey", "--vault", str(vault)]) == 1
    assert "too weak" in capsys.readouterr().err
    VaultSession.open(vault, STRONG).close()  # unchanged


def test_allow_weak_is_the_explicit_way_around(env, tmp_path, capsys):
    vault = tmp_path / "v.cmrdesk"
    env.setenv("CMRDESK_PASSPHRASE", "a")
    assert main(["init", "--vault", str(vault), "--allow-weak"]) == 0
    env.setenv("CMRDESK_NEW_PASSPHRASE", "b")
    assert main(["rekey", "--vault", str(vault), "--allow-weak"]) == 0
    VaultSession.open(vault, "b").close()


def test_demo_without_vault_writes_the_demo_vault_not_the_personal_one(tmp_path, monkeypatch,
                                                                        capsys):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("CMRDESK_PASSPHRASE", "whatever the person set")
    assert main(["demo", "--transactions", "300"]) == 0
    assert str(default_demo_vault_path()) in capsys.readouterr().out
    assert default_demo_vault_path().exists()
    assert not default_vault_path().exists()
    with VaultSession.open(default_demo_vault_path(), "demo") as s:  # what --demo opens
        assert s.transaction_count() == 300


def test_the_suite_never_uses_the_real_home(temporary_home):
    real_home = Path(pwd.getpwuid(os.getuid()).pw_dir)
    for path in (default_vault_path(), default_demo_vault_path(), Path.home()):
        assert temporary_home in path.parents or path == temporary_home
        assert real_home not in path.parents
