"""Transfers between own accounts: linked, categorised, and detected pairs."""

from datetime import date

from cmrdesk.insights.frames import build_frame
from cmrdesk.insights.transfers import detected_transfers, transfer_mask, transfer_summary

from .ledgers import GROCERIES, SALARY, TRANSFER, account, ledger

THREE = [account(1), account(2, "savings"), account(3, "credit_card")]


def pairs(rows, accounts=THREE):
    table = detected_transfers(ledger(rows, accounts=accounts))
    return sorted(zip(table["out_id"], table["in_id"], strict=True))


def test_unlabelled_pair_within_three_days_is_detected():
    assert pairs([(1, "2025-01-01", "-250"), (3, "2025-01-04", "250")]) == [(1, 2)]


def test_four_days_apart_same_account_or_same_sign_is_not_a_pair():
    assert pairs([(1, "2025-01-01", "-250"), (3, "2025-01-05", "250")]) == []
    assert pairs([(1, "2025-01-01", "-250"), (1, "2025-01-02", "250")]) == []
    assert pairs([(1, "2025-01-01", "-250"), (3, "2025-01-02", "-250")]) == []
    assert pairs([(1, "2025-01-01", "-250"), (3, "2025-01-02", "250.01")]) == []


def test_other_currencies_do_not_pair():
    accounts = [account(1), account(2, currency="USD")]
    assert pairs([(1, "2025-01-01", "-250"), (2, "2025-01-02", "250")], accounts) == []


def test_categorised_income_and_expense_are_never_paired():
    rows = [(1, "2025-01-01", "-250", "Shop", GROCERIES), (3, "2025-01-02", "250", "x", SALARY)]
    assert pairs(rows) == []
    # ...but a row filed under a transfer category can pair with an uncategorised one.
    assert pairs([(1, "2025-01-01", "-250", "x", TRANSFER), (3, "2025-01-02", "250")]) == [(1, 2)]


def test_pairing_is_one_to_one_and_nearest_first():
    rows = [
        (1, "2025-01-01", "-100"),
        (3, "2025-01-02", "100"),
        (1, "2025-01-03", "-100"),
        (3, "2025-01-03", "100"),
        (2, "2025-01-03", "100"),
    ]
    found = pairs(rows)
    assert len(found) == 2
    assert len({i for pair in found for i in pair}) == 4


def test_linked_from_one_side_marks_both_rows():
    data = ledger([(1, "2025-01-01", "-50", "x", GROCERIES, 2), (2, "2025-01-01", "50", "y")],
                  accounts=THREE)
    assert transfer_mask(build_frame(data)).tolist() == [True, True]
    summary = transfer_summary(data)
    assert summary == {"rows": 2, "linked": 2, "categorised": 0, "detected_pairs": 0}


def test_summary_counts_each_reason():
    data = ledger(
        [(1, "2025-01-01", "-1"), (3, "2025-01-02", "1"), (2, "2025-01-05", "-9", "x", TRANSFER)],
        accounts=THREE,
        today=date(2025, 1, 31),
    )
    assert transfer_summary(data) == {"rows": 3, "linked": 0, "categorised": 1,
                                      "detected_pairs": 1}
