"""The columnar load returns exactly what the row-by-row path returns."""

from datetime import date

import numpy as np

from cmrdesk.domain import Account, AccountKind, Money, Transaction
from cmrdesk.vault import ledger
from cmrdesk.vault.ledger import FRAME_COLUMNS, _load_rows, load_columns


def test_columnar_load_equals_the_row_by_row_load(demo_vault):
    from cmrdesk.services.session import VaultSession
    from tests.conftest import PASSPHRASE

    with VaultSession.open(demo_vault, PASSPHRASE, read_only=True) as s, s.vault.read() as conn:
        fast = load_columns(conn)
        exact = _load_rows(conn)
        lean = load_columns(conn, with_memo=False)
    assert set(fast) == set(FRAME_COLUMNS) and "memo" not in lean
    for name, dtype in FRAME_COLUMNS.items():
        assert fast[name].dtype == np.dtype(dtype), name
        assert np.array_equal(fast[name], exact[name]), name


def test_small_windows_texts_with_the_separator_and_an_empty_vault(session, monkeypatch):
    with session.vault.read() as conn:
        empty = load_columns(conn)
    assert all(len(col) == 0 for col in empty.values())
    account = Account(name="Checking", kind=AccountKind.CHECKING, currency="EUR")
    session.add(account)
    for i, payee in enumerate(["", "A\x1fB", "plain", "€ café"]):
        session.add_transaction(Transaction(
            account_id=account.id, date=date(2025, 1, 1 + i), amount=Money.of(-i, "EUR"),
            payee=payee, memo=f"m{i}",
        ))
    monkeypatch.setattr(ledger, "_WINDOW", 2)
    with session.vault.read() as conn:
        fast = load_columns(conn)
        exact = _load_rows(conn)
    for name in FRAME_COLUMNS:
        assert np.array_equal(fast[name], exact[name]), name
    assert fast["payee"].tolist() == ["", "A\x1fB", "plain", "€ café"]
