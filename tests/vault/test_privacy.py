"""Nothing readable reaches the disk or the logs: vault, WAL, temp files, log records."""

import logging
from datetime import date
from pathlib import Path

import pytest

from cmrdesk.domain import Account, AccountKind, Money, Transaction, WrongPassphrase
from cmrdesk.services.session import VaultSession
from tests.conftest import PASSPHRASE, TEST_PARAMS

PAYEE = "ZEBRAFISH PLUMBING 88172"


def all_bytes(*folders: Path) -> list[tuple[Path, bytes]]:
    found = []
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file():
                found.append((path, path.read_bytes()))
    return found


def test_known_payee_appears_in_no_file_the_process_wrote(tmp_path, private_vault):
    session, temp = private_vault, tmp_path / "tmp"  # see the fixture
    vault = session.vault.path
    account = Account(name="Checking", kind=AccountKind.CHECKING, currency="EUR")
    session.add(account)
    for i in range(200):
        session.add_transaction(Transaction(
            account_id=account.id, date=date(2024, 1, 1 + i % 28),
            amount=Money.of(f"-{i}.99", "EUR"), payee=PAYEE, memo=f"{PAYEE} memo"))
    # Sorting a large result must not spill a plaintext temp file.
    assert len(session.transactions(limit=1000)) == 200
    with session.vault.read() as conn:
        temp_store = conn.exec_driver_sql("PRAGMA temp_store").scalar_one()
    assert temp_store == 2  # MEMORY, on every connection (asserted at connect too)
    while_open = all_bytes(vault.parent, temp)
    assert any(p.name.endswith("-wal") for p, _ in while_open), "the WAL should be checked too"
    backup = session.backup(tmp_path / "data" / "backup.cmrdesk")
    session.close()
    for path, data in while_open + all_bytes(vault.parent, temp):
        for needle in (PAYEE.encode(), PAYEE.encode("utf-16-le"), b"ZEBRAFISH"):
            assert needle not in data, f"{needle!r} readable in {path}"
    assert backup.exists()


@pytest.fixture
def engine_debug_logging():
    """SQLAlchemy engine, pool and dialect loggers at DEBUG, restored afterwards."""
    names = ("sqlalchemy.engine", "sqlalchemy.pool", "sqlalchemy.dialects")
    saved = {n: logging.getLogger(n).level for n in names}
    for name in names:
        logging.getLogger(name).setLevel(logging.DEBUG)
    yield
    for name, level in saved.items():
        logging.getLogger(name).setLevel(level)


def test_passphrase_and_key_never_appear_in_logs_or_errors(tmp_path, caplog,
                                                           engine_debug_logging):
    caplog.set_level(logging.DEBUG)
    path = tmp_path / "logged.cmrdesk"
    errors: list[str] = []
    with VaultSession.create(path, PASSPHRASE, params=TEST_PARAMS) as s:
        key_hex = bytes(s.vault._key).hex()
        s.add(Account(name="Checking", kind=AccountKind.CHECKING, currency="EUR"))
        s.accounts()
    try:
        VaultSession.open(path, "wrong " + PASSPHRASE)
    except WrongPassphrase as error:
        errors.append(str(error))
        errors.append(repr(error))
    with VaultSession.open(path, PASSPHRASE) as s:
        s.rekey(PASSPHRASE + " 2")
        new_key_hex = bytes(s.vault._key).hex()
        s.accounts()
    assert errors and "wrong passphrase" in errors[0]
    assert len(caplog.records) > 10, "engine logging must really have been on"
    texts = [r.getMessage() for r in caplog.records] + [str(r.args) for r in caplog.records]
    texts += errors
    for text in texts:
        for secret in (PASSPHRASE, key_hex, new_key_hex, key_hex.upper()):
            assert secret not in text


@pytest.mark.parametrize("bad", ["", None])
def test_empty_passphrase_is_refused(tmp_path, bad):
    from cmrdesk.domain import VaultError

    with pytest.raises((VaultError, TypeError, AttributeError)):
        VaultSession.create(tmp_path / "x.cmrdesk", bad, params=TEST_PARAMS)
