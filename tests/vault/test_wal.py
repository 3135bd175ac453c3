"""No committed change lives only in the WAL, and a WAL that cannot be replayed in full is a
typed error (unlock and check exit 4), never silent loss."""

import random
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from cmrdesk.cli.main import main
from cmrdesk.domain import Account, AccountKind, VaultCorrupt
from cmrdesk.services.session import VaultSession
from cmrdesk.vault import wal
from tests.conftest import PASSPHRASE, TEST_PARAMS

ROOT = Path(__file__).parents[2]
ROWS = 25

#: Commits ROWS transactions, says so, and is killed. With "skip" the checkpoint after each
#: commit is left out: the crash then leaves the commits in the WAL, as a crash between a
#: commit and its checkpoint (or a cmrdesk before this fix) would.
CRASH = textwrap.dedent(f"""
    import os, signal, sys
    from datetime import date
    import cmrdesk.vault.store as store
    if sys.argv[3] == "skip":
        store.checkpoint = lambda raw: None
    from cmrdesk.domain import Money, Transaction
    from cmrdesk.services.session import VaultSession
    s = VaultSession.open(sys.argv[1], sys.argv[2])
    (account,) = s.accounts()
    for i in range(1, {ROWS} + 1):
        s.add_transaction(Transaction(account_id=account.id, date=date(2024, 1, 1),
                                      amount=Money.from_minor(i, "EUR"), payee=f"row {{i}}"))
    print("committed", flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
""")


def crash_after_commits(vault: Path, mode: str) -> None:
    out = subprocess.run([sys.executable, "-c", CRASH, str(vault), PASSPHRASE, mode],
                         capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert out.stdout.strip() == "committed", out.stderr
    assert out.returncode == -9


@pytest.fixture
def vault(vault_path: Path) -> Path:
    with VaultSession.create(vault_path, PASSPHRASE, params=TEST_PARAMS) as s:
        s.add(Account(name="Checking", kind=AccountKind.CHECKING, currency="EUR"))
    return vault_path


def amounts(path: Path) -> list[int]:
    with VaultSession.open(path, PASSPHRASE) as s:
        return sorted(t.amount.minor for t in s.transactions())


def wal_of(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def test_a_reported_commit_is_in_the_vault_file_not_only_in_the_wal(vault, tmp_path):
    crash_after_commits(vault, "checkpoint")
    left = wal_of(vault)
    assert not left.exists() or left.stat().st_size == 0
    # Even with whatever WAL is left thrown away, every reported commit is there.
    alone = tmp_path / "alone.cmrdesk"
    shutil.copy(vault, alone)
    assert amounts(alone) == list(range(1, ROWS + 1))


def test_every_flipped_byte_in_a_crash_wal_is_an_error_or_loses_nothing(vault, tmp_path):
    crash_after_commits(vault, "skip")
    data = wal_of(vault).read_bytes()
    state = wal.inspect(wal_of(vault))
    assert state is not None and state.ok and state.applicable == state.frames > ROWS
    rng = random.Random(13)
    positions = [5, 30, 40, 32 + 24 + 7, len(data) - 1, *rng.sample(range(len(data)), 20)]
    outcomes = {"intact": 0, "typed": 0}
    for n, position in enumerate(positions):
        copy = tmp_path / f"flip{n}.cmrdesk"
        shutil.copy(vault, copy)
        damaged = bytearray(data)
        damaged[position] ^= 1 << rng.randrange(8)
        wal_of(copy).write_bytes(bytes(damaged))
        try:
            found = amounts(copy)
        except VaultCorrupt as error:
            assert "write-ahead log" in str(error)
            outcomes["typed"] += 1
            continue
        assert found == list(range(1, ROWS + 1)), f"byte {position}: committed rows lost"
        outcomes["intact"] += 1
    assert outcomes["typed"] >= len(positions) - 2


def test_check_and_unlock_exit_4_on_a_wal_that_cannot_be_replayed(vault, monkeypatch, capsys):
    crash_after_commits(vault, "skip")
    damaged = bytearray(wal_of(vault).read_bytes())
    damaged[len(damaged) // 2] ^= 0x40
    wal_of(vault).write_bytes(bytes(damaged))
    monkeypatch.setenv("CMRDESK_PASSPHRASE", PASSPHRASE)
    assert main(["check", "--vault", str(vault)]) == 4
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "write-ahead log" in err and err.count("\n") == 1
    assert main(["accounts", "--vault", str(vault)]) == 4
    assert "pages of changes cannot be applied" in capsys.readouterr().err


def test_inspect_reads_sqlites_wal_layout(vault):
    crash_after_commits(vault, "skip")
    path = wal_of(vault)
    data = path.read_bytes()
    whole = wal.inspect(path)
    assert whole is not None and whole.ok and whole.frames == (len(data) - 32) // (4096 + 24)
    path.write_bytes(data[: len(data) - 100])  # the last frame cut short: a crash, not damage
    cut = wal.inspect(path)
    assert cut is not None and cut.ok and cut.frames == whole.frames - 1
    header = bytearray(data)
    header[20] ^= 1
    path.write_bytes(bytes(header))
    bad = wal.inspect(path)
    assert bad is not None and bad.header_damaged and "damaged header" in bad.describe()
    path.write_bytes(b"")
    assert wal.inspect(path) is None
