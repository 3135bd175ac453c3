"""Crashes: a killed writer loses no committed row; a killed rekey leaves one passphrase."""

import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from cmrdesk.domain import WrongPassphrase
from cmrdesk.services.demo import populate_demo
from cmrdesk.services.session import VaultSession
from tests.conftest import PASSPHRASE, TEST_PARAMS, TODAY

ROOT = Path(__file__).parents[2]

WRITER = textwrap.dedent("""
    import sys
    from datetime import date
    from cmrdesk.domain import Account, AccountKind, Money, Transaction
    from cmrdesk.services.session import VaultSession
    s = VaultSession.open(sys.argv[1], sys.argv[2])
    (account,) = s.accounts()
    i = 0
    while True:
        i += 1
        s.add_transaction(Transaction(account_id=account.id, date=date(2024, 1, 1),
                                      amount=Money.from_minor(i, "EUR"), payee=f"row {i}"))
        print(i, flush=True)
""")


@pytest.mark.slow
def test_killing_a_writer_keeps_every_committed_row(vault_path):
    from cmrdesk.domain import Account, AccountKind

    with VaultSession.create(vault_path, PASSPHRASE, params=TEST_PARAMS) as s:
        s.add(Account(name="Checking", kind=AccountKind.CHECKING, currency="EUR"))
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(vault_path), PASSPHRASE],
                            stdout=subprocess.PIPE, text=True, cwd=ROOT)
    committed = 0
    assert proc.stdout is not None
    for line in proc.stdout:
        committed = int(line)
        if committed >= 60:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    with VaultSession.open(vault_path, PASSPHRASE) as s:
        rows = s.transactions()
        assert len(rows) >= committed
        assert [t.amount.minor for t in rows[:committed]] == list(range(1, committed + 1))
        assert s.integrity_check() == []


REKEY = textwrap.dedent("""
    import sys
    from cmrdesk.services.session import VaultSession
    s = VaultSession.open(sys.argv[1], sys.argv[2])
    print("open", flush=True)
    s.rekey(sys.argv[3])
    print("done", flush=True)
""")


@pytest.mark.slow
def test_killing_a_rekey_at_any_moment_leaves_old_or_new_passphrase(vault_path):
    with VaultSession.create(vault_path, PASSPHRASE, params=TEST_PARAMS) as s:
        populate_demo(s, transactions=30_000, end=TODAY)
    current = PASSPHRASE
    outcomes = set()
    for attempt, delay in enumerate([0.0, 0.05, 0.15, 0.3, 0.5, 0.8, 1.2, 2.0]):
        new = f"new passphrase {attempt}"
        proc = subprocess.Popen([sys.executable, "-c", REKEY, str(vault_path), current, new],
                                stdout=subprocess.PIPE, text=True, cwd=ROOT)
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "open"  # past the old KDF: rekey under way
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        opened_with = None
        for candidate in (current, new):
            try:
                with VaultSession.open(vault_path, candidate) as s:
                    assert s.transaction_count() >= 30_000
                    assert s.integrity_check() == []
                opened_with = candidate
                break
            except WrongPassphrase:
                continue
        assert opened_with is not None, f"attempt {attempt}: neither passphrase opens the vault"
        outcomes.add("new" if opened_with == new else "old")
        current = opened_with
    assert "old" in outcomes  # at least one kill landed before the switch
