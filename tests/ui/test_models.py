"""Record models: Qt's model checks, and sorting on typed values rather than on text."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import Qt

from cmrdesk.domain import Money
from cmrdesk.ui import fmt
from cmrdesk.ui.models import RECORD_ROLE, SORT_ROLE, Column, RecordTableModel, TypedSortProxy


@dataclass
class Row:
    name: str
    amount: Money


COLUMNS = [
    Column("Name", lambda r: r.name, lambda r: r.name.casefold()),
    Column("Amount", lambda r: fmt.money(r.amount), lambda r: r.amount.amount, numeric=True,
           tone=lambda r: "negative" if r.amount.amount < 0 else None),
]
ROWS = [Row("b", Money.of("9.00", "EUR")), Row("A", Money.of("10.00", "EUR")),
        Row("c", Money.of("-1200.00", "EUR"))]


def test_qt_model_checks(qtmodeltester):
    model = RecordTableModel(COLUMNS)
    model.set_records(ROWS)
    qtmodeltester.check(model, force_py=True)
    proxy = TypedSortProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy, force_py=True)


def test_sorting_compares_amounts_not_their_text():
    model = RecordTableModel(COLUMNS)
    model.set_records(ROWS)
    proxy = TypedSortProxy()
    proxy.setSourceModel(model)
    proxy.sort(1, Qt.SortOrder.AscendingOrder)
    texts = [proxy.data(proxy.index(r, 1)) for r in range(3)]
    assert texts == ["-€1,200.00", "€9.00", "€10.00"]  # as text, "€10" < "€9"
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    assert [proxy.data(proxy.index(r, 0)) for r in range(3)] == ["A", "b", "c"]
    assert proxy.data(proxy.index(0, 0), RECORD_ROLE) is ROWS[1]
    assert proxy.data(proxy.index(0, 1), SORT_ROLE) == Decimal("10.00")


def test_tones_and_alignment():
    model = RecordTableModel(COLUMNS)
    model.set_records(ROWS)
    model.set_colours({"negative": "#ff0000"})
    assert model.data(model.index(2, 1), Qt.ItemDataRole.ForegroundRole).name() == "#ff0000"
    assert model.data(model.index(0, 1), Qt.ItemDataRole.ForegroundRole) is None
    assert model.data(model.index(0, 1), Qt.ItemDataRole.TextAlignmentRole) & int(
        Qt.AlignmentFlag.AlignRight)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Amount"
