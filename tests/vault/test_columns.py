"""The fast columnar load returns exactly what the row-by-row load returns."""

import numpy as np

from cmrdesk.domain import Money, Transaction
from cmrdesk.vault import columns as vault_columns
from cmrdesk.vault.columns import load_columns_fast
from cmrdesk.vault.ledger import FRAME_COLUMNS, load_columns


def test_fast_load_equals_the_exact_load(demo_vault):
    from cmrdesk.services.session import VaultSession
    from tests.conftest import PASSPHRASE

    with VaultSession.open(demo_vault, PASSPHRASE, read_only=True) as s, s.vault.read() as conn:
        fast = load_columns_fast(conn)
        exact = load_columns(conn)
        lean = load_columns_fast(conn, with_memo=False)
    assert set(fast) == set(FRAME_COLUMNS) and "memo" not in lean
    for name, dtype in FRAME_COLUMNS.items():
        assert fast[name].dtype == np.dtype(dtype), name
        assert np.array_equal(fast[name], exact[name]), name


def test_small_chunks_texts_with_the_separator_and_an_empty_vault(session, monkeypatch):
    with session.vault.read() as conn:
        empty = load_columns_fast(conn)
    assert all(len(col) == 0 for col in empty.values())
    from datetime import date

    from cmrdesk.domain import Account, AccountKind

    account = Account(name="Checking", kind=AccountKind.CHECKING, currency="EUR")
    session.add(account)
    for i, payee in enumerate(["", "A\x1fB", "plain", "€ café"]):
        session.add_transaction(Transaction(
            account_id=account.id, date=date(2025, 1, 1 + i), amount=Money.of(-i, "EUR"),
            payee=payee, memo=f"m{i}",
        ))
    monkeypatch.setattr(vault_columns, "CHUNK", 2)
    with session.vault.read() as conn:
        fast = load_columns_fast(conn)
        exact = load_columns(conn)
    for name in FRAME_COLUMNS:
        assert np.array_equal(fast[name], exact[name]), name
    assert fast["payee"].tolist() == ["", "A\x1fB", "plain", "€ café"]
