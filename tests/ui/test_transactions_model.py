"""The lazy transactions model: Qt's model checks, paging by id, SQL sorting and filtering."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from cmrdesk.services.browse import TransactionFilter
from cmrdesk.services.session import VaultSession
from cmrdesk.ui.controller import VaultController
from cmrdesk.ui.models import ID_ROLE, RECORD_ROLE, SORT_ROLE
from cmrdesk.ui.tasks import TaskRunner
from cmrdesk.ui.transactions_model import (
    COL_AMOUNT,
    COL_CATEGORY,
    COL_DATE,
    COL_PAYEE,
    PAGE,
    TransactionsModel,
)
from tests.conftest import PASSPHRASE


@pytest.fixture
def controller(qapp, demo_vault: Path):
    """A controller whose session is open on the demo vault (read only)."""
    runner = TaskRunner(synchronous=True)
    made = VaultController(runner)
    made._session = VaultSession.open(demo_vault, PASSPHRASE, read_only=True)
    yield made
    made._session.close()


@pytest.fixture
def model(controller):
    session = controller._session
    made = TransactionsModel(controller)
    made.set_lookups({a.id: a.name for a in session.accounts()}, session.category_path())
    made.set_filter(TransactionFilter())
    return made


def settle(model: TransactionsModel, rows: range) -> None:
    """Ask for rows and let their pages arrive."""
    for row in rows:
        model.transaction(row)
    QCoreApplication.processEvents()


def test_qt_model_checks(qtmodeltester, model):
    settle(model, range(300))
    qtmodeltester.check(model, force_py=True)


def test_rows_arrive_a_page_at_a_time(model):
    assert model.rowCount() == model.controller._session.transaction_count()
    assert model.data(model.index(0, COL_PAYEE))  # the first page comes with the search
    assert model.data(model.index(PAGE, COL_PAYEE)) is None  # not fetched yet: empty a moment
    assert model.fetches == 0
    settle(model, range(PAGE, PAGE + 10))
    assert model.fetches == 1
    assert model.data(model.index(PAGE, COL_PAYEE))
    settle(model, range(5 * PAGE, 5 * PAGE + 3))  # far below: one more page, not four
    assert model.fetches == 2
    assert model.data(model.index(5 * PAGE, COL_DATE))


def test_newest_first_and_typed_roles(model):
    settle(model, range(50))
    dates = [model.data(model.index(r, COL_DATE), SORT_ROLE) for r in range(50)]
    assert dates == sorted(dates, reverse=True)
    tx = model.data(model.index(0, 0), RECORD_ROLE)
    assert model.data(model.index(0, 0), ID_ROLE) == tx.id
    amount = model.data(model.index(0, COL_AMOUNT))
    assert "€" in amount or "$" in amount or "£" in amount
    assert model.data(model.index(0, COL_AMOUNT), Qt.ItemDataRole.TextAlignmentRole) & int(
        Qt.AlignmentFlag.AlignRight)


def test_sorting_happens_in_sql_on_amounts(model):
    model.sort(COL_AMOUNT, Qt.SortOrder.AscendingOrder)
    settle(model, range(30))
    values = [model.data(model.index(r, COL_AMOUNT), SORT_ROLE) for r in range(30)]
    assert values == sorted(values)
    assert values[0] < 0  # the largest payment out comes first
    model.sort(COL_PAYEE, Qt.SortOrder.AscendingOrder)
    settle(model, range(30))
    payees = [model.data(model.index(r, COL_PAYEE), SORT_ROLE) for r in range(30)]
    assert payees == sorted(payees)


def test_filters_and_uncategorised_look(model):
    model.set_filter(TransactionFilter(text="jumbo", since=date(2026, 1, 1)))
    settle(model, range(model.rowCount()))
    assert model.rowCount() > 0
    for row in range(model.rowCount()):
        tx = model.transaction(row)
        assert "jumbo" in tx.payee.lower() and tx.date >= date(2026, 1, 1)
    model.set_filter(TransactionFilter(category_ids=(-1,)))
    settle(model, range(5))
    assert model.data(model.index(0, COL_CATEGORY)) == "Uncategorised"
    assert model.data(model.index(0, COL_CATEGORY), Qt.ItemDataRole.FontRole).italic()


def test_totals_follow_the_filter(model):
    seen = []
    model.totals_changed.connect(seen.append)
    model.set_filter(TransactionFilter(text="NETFLIX"))
    assert seen[-1].count == model.rowCount() > 0
    assert all(m.currency == "EUR" for m in seen[-1].sums)


def test_clear_forgets_everything(model):
    settle(model, range(10))
    model.clear()
    assert model.rowCount() == 0
    assert model.transaction(0) is None


def test_first_page_then_the_rest_below_it(controller):
    """A search shows its first page at once; the whole list then extends it (rows inserted,
    no reset), in exactly the order the full query gives."""
    from cmrdesk.services.browse import sorted_ids

    session = controller._session
    made = TransactionsModel(controller)
    made.set_lookups({a.id: a.name for a in session.accounts()}, session.category_path())
    events: list[str] = []
    made.modelReset.connect(lambda: events.append("reset"))
    made.rowsInserted.connect(lambda *_: events.append("inserted"))
    made.set_filter(TransactionFilter())
    assert events == ["reset", "inserted"]
    expected = sorted_ids(session, TransactionFilter(), "date", True)
    assert made.ids.tolist() == expected.tolist()
    made.sort(COL_AMOUNT, Qt.SortOrder.AscendingOrder)
    assert made.ids.tolist() == sorted_ids(session, TransactionFilter(), "amount",
                                           False).tolist()
