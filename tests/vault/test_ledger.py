"""Bulk ledger paths: columnar load (and its fallback), filters, references."""

from datetime import date

import numpy as np

from cmrdesk.domain import Account, AccountKind, TransactionBatch, to_epoch_day
from cmrdesk.vault import ledger


def fill(session, payees):
    account = Account(name="Checking", kind=AccountKind.CHECKING, currency="EUR")
    session.add(account)
    batch = TransactionBatch()
    for i, payee in enumerate(payees):
        batch.append(account_id=account.id, day=date(2024, 1, 1 + i), amount_minor=-100 * i,
                     currency="EUR", payee=payee, memo=f"m{i}" if i % 2 else "")
    session.add_transactions(batch)
    return account


def test_columnar_load_matches_the_rows(session):
    fill(session, ["Albert Heijn", "", "Café ñ €", "Jumbo"])
    cols = session.transaction_columns()
    order = np.argsort(cols["id"])
    assert cols["payee"][order].tolist() == ["Albert Heijn", "", "Café ñ €", "Jumbo"]
    assert cols["memo"][order].tolist() == ["", "m1", "", "m3"]
    assert cols["amount_minor"][order].tolist() == [0, -100, -200, -300]
    assert cols["category_id"].tolist() == [-1] * 4 and cols["day"].dtype == np.int32
    since = session.transaction_columns(since=date(2024, 1, 3))
    assert sorted(since["day"].tolist()) == [to_epoch_day(date(2024, 1, d)) for d in (3, 4)]


def test_separator_inside_text_falls_back_to_rows(session):
    fill(session, ["plain", "with \x1f unit separator", "x"])
    cols = session.transaction_columns()
    assert sorted(cols["payee"].tolist()) == sorted(["plain", "with \x1f unit separator", "x"])


def test_empty_vault_gives_empty_typed_columns(session):
    cols = session.transaction_columns()
    assert all(len(v) == 0 for v in cols.values())
    assert cols["amount_minor"].dtype == np.int64 and set(cols) == set(ledger.FRAME_COLUMNS)
