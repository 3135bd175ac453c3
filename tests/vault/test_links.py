"""The writer lock goes by the real file: hard links and symlinks to one vault share it, and
rekey writes through a symlink to its target."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cmrdesk.domain import VaultError, VaultInUse, WrongPassphrase
from cmrdesk.services.session import VaultSession
from tests.conftest import PASSPHRASE, TEST_PARAMS

ROOT = Path(__file__).parents[2]
OFX = ROOT / "tests" / "data" / "corpus" / "ofx" / "ofxparse__checking.ofx"


def cli(*argv: str, passphrase: str = PASSPHRASE) -> subprocess.CompletedProcess:
    env = {**os.environ, "CMRDESK_PASSPHRASE": passphrase, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "cmrdesk", *argv], capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=120)


@pytest.fixture
def vault(vault_path: Path) -> Path:
    VaultSession.create(vault_path, PASSPHRASE, params=TEST_PARAMS).close()
    return vault_path


@pytest.mark.parametrize("kind", ["hardlink", "symlink"])
def test_a_second_writer_through_a_link_gets_vault_in_use(vault, tmp_path, kind):
    other = tmp_path / "elsewhere" / "same.cmrdesk"
    other.parent.mkdir()
    if kind == "hardlink":
        os.link(vault, other)
    else:
        other.symlink_to(vault)
    with VaultSession.open(vault, PASSPHRASE):
        result = cli("import", "--vault", str(other), str(OFX), "--json")
        assert result.returncode == 5, result.stderr
        assert result.stderr.startswith("error: ") and "another cmrdesk process" in result.stderr
        assert "Traceback" not in result.stderr
        with pytest.raises(VaultInUse):  # and in this process too, through the other name
            VaultSession.open(other, PASSPHRASE)
    # Free again: the import through the link lands in the one file.
    result = cli("import", "--vault", str(other), str(OFX), "--json")
    assert result.returncode == 0, result.stderr
    with VaultSession.open(vault, PASSPHRASE) as s:
        assert s.transaction_count() == 3
        assert s.integrity_check() == []


def test_the_lock_file_is_next_to_the_real_file_and_never_followed(vault, tmp_path):
    link = tmp_path / "link.cmrdesk"
    link.symlink_to(vault)
    with VaultSession.open(link, PASSPHRASE):
        assert (tmp_path / "test.cmrdesk.lock").exists()
        assert not (tmp_path / "link.cmrdesk.lock").exists()
    (tmp_path / "test.cmrdesk.lock").unlink()
    target = tmp_path / "victim.txt"
    (tmp_path / "test.cmrdesk.lock").symlink_to(target)
    with pytest.raises(VaultError, match="symbolic link"):
        VaultSession.open(vault, PASSPHRASE)
    assert not target.exists()  # nothing created or locked through the planted link


def test_rekey_through_a_symlink_keeps_the_link_and_changes_the_target(vault, tmp_path):
    sync = tmp_path / "sync"
    sync.mkdir()
    real = sync / "vault.cmrdesk"
    vault.rename(real)
    link = tmp_path / "vault-link.cmrdesk"
    link.symlink_to(real)
    with VaultSession.open(link, PASSPHRASE) as s:
        s.rekey("a brand new passphrase")
        assert s.transaction_count() == 0  # the session goes on with the new key
    assert link.is_symlink() and link.resolve() == real
    assert sorted(p.name for p in sync.iterdir()) == ["vault.cmrdesk", "vault.cmrdesk.lock"]
    with pytest.raises(WrongPassphrase):
        VaultSession.open(real, PASSPHRASE)
    with VaultSession.open(real, "a brand new passphrase") as s:
        assert s.integrity_check() == []


def test_rekey_refuses_a_file_with_other_hard_links(vault, tmp_path):
    os.link(vault, tmp_path / "second-name.cmrdesk")
    with VaultSession.open(vault, PASSPHRASE) as s, pytest.raises(VaultError, match="hard link"):
        s.rekey("a brand new passphrase")
    with VaultSession.open(tmp_path / "second-name.cmrdesk", PASSPHRASE):
        pass  # both names still open with the old passphrase


def test_a_writer_that_raced_a_rekey_locks_the_new_file(vault):
    # After a rekey the vault is a new inode; a new writer must find it locked by the session
    # that re-keyed it, and free once that session closes.
    with VaultSession.open(vault, PASSPHRASE) as s:
        s.rekey("a brand new passphrase")
        with pytest.raises(VaultInUse):
            VaultSession.open(vault, "a brand new passphrase")
    VaultSession.open(vault, "a brand new passphrase").close()


def test_a_killed_rekeys_leftovers_go_at_the_next_writer_open(vault):
    leftovers = [vault.with_name(vault.name + s) for s in (".rekey-tmp", ".rekey-tmp-journal")]
    for path in leftovers:
        path.write_bytes(b"half a copy")
    with VaultSession.open(vault, PASSPHRASE, read_only=True):
        assert all(p.exists() for p in leftovers)  # a reader never deletes anything
    with VaultSession.open(vault, PASSPHRASE):
        assert not any(p.exists() for p in leftovers)


def test_a_reader_by_another_hard_link_than_the_writer_is_told_in_use_not_damaged(
        vault, tmp_path):
    """SQLite keeps its WAL by name: a reader through one hard link cannot follow a writer
    through another, so it is refused as "in use" (before this, it read torn pages and said
    the vault was damaged), and a writer that comes while such a reader reads waits its turn."""
    other = tmp_path / "elsewhere" / "same.cmrdesk"
    other.parent.mkdir()
    os.link(vault, other)
    with VaultSession.open(other, PASSPHRASE):  # the writer, through the hard link
        result = cli("accounts", "--vault", str(vault))
        assert result.returncode == 5, result.stderr
        with VaultSession.open(other, PASSPHRASE, read_only=True) as same_name:
            assert same_name.transaction_count() == 0  # by the writer's own name: fine
    with VaultSession.open(vault, PASSPHRASE, read_only=True) as reader:
        result = cli("import", "--vault", str(other), str(OFX), "--json")
        assert result.returncode == 5, result.stderr
        assert reader.transaction_count() == 0
