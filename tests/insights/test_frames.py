"""The frame: sorting, dense codes, calendar helpers and exact per-month conversion."""

from datetime import date
from decimal import Decimal

import numpy as np
import pytest

from cmrdesk.domain import FxRate, ValidationError
from cmrdesk.insights.frames import (
    add_months,
    build_frame,
    group_codes,
    month_label,
    month_last,
    month_of,
    months_of_days,
)
from cmrdesk.insights.inputs import tx_from_records, validate_tx

from .ledgers import GROCERIES, account, ledger


def test_unsorted_rows_are_sorted_once_by_day():
    data = ledger([(1, "2025-03-01", "-3"), (1, "2025-01-01", "-1"), (1, "2025-02-01", "-2")])
    frame = build_frame(data)
    assert frame.amount.tolist() == [-100, -200, -300]
    assert frame.ids.tolist() == [2, 3, 1]


def test_unknown_account_is_refused():
    data = ledger([(1, "2025-01-01", "-1")])
    data.tx["account_id"][0] = 99
    with pytest.raises(ValidationError, match="unknown account"):
        build_frame(data)


def test_unknown_category_counts_as_uncategorised():
    data = ledger([(1, "2025-01-01", "-1", "x", 999), (1, "2025-01-02", "-1", "x", GROCERIES)])
    frame = build_frame(data)
    assert frame.cat[0] == -1 and frame.cat[1] >= 0


def test_missing_column_is_refused():
    tx = tx_from_records([{"account_id": 1, "day": date(2025, 1, 1), "amount_minor": 1}])
    del tx["payee"]
    with pytest.raises(ValidationError, match="missing"):
        validate_tx(tx)


def test_calendar_helpers():
    assert month_label(month_of(date(2025, 3, 9))) == "2025-03"
    assert month_last(month_of(date(2024, 2, 1))) == date(2024, 2, 29)
    assert add_months(date(2025, 1, 31), 1) == date(2025, 2, 28)
    assert add_months(date(2025, 11, 15), 3) == date(2026, 2, 15)
    days = np.array([0, 31, 59, 365], dtype=np.int32)  # 1970-01-01, 02-01, 03-01, 1971-01-01
    assert months_of_days(days).tolist() == [0, 1, 2, 12]


def test_group_codes_round_trip_small_and_wide_ranges():
    for keys in (np.array([5, 3, 5, 9]), np.array([5, 10**12, 5, -7])):
        codes, uniques = group_codes(keys)
        assert (uniques[codes] == keys).all()
        assert len(uniques) == 3


def test_foreign_sums_convert_per_month_at_the_month_end_rate():
    # Jan: USD -125 with a rate of 1.25 from 20 Jan (the month's closing rate) -> EUR -100.
    # Feb: USD -105 at 1.05 -> EUR -100. EUR rows add exactly.
    data = ledger(
        [(2, "2025-01-10", "-125"), (2, "2025-02-10", "-105"), (1, "2025-02-11", "-0.01")],
        accounts=[account(1), account(2, currency="USD")],
        fx_rates=[
            FxRate(date=date(2025, 1, 1), base="EUR", quote="USD", rate=Decimal("1.10")),
            FxRate(date=date(2025, 1, 20), base="EUR", quote="USD", rate=Decimal("1.25")),
            FxRate(date=date(2025, 2, 1), base="EUR", quote="USD", rate=Decimal("1.05")),
        ],
    )
    frame = build_frame(data)
    rows = slice(0, len(frame))
    by_month = frame.base_sums(rows, (frame.month - frame.month.min()).astype(np.int64), 2)
    assert by_month.tolist() == [-10000, -10001]
