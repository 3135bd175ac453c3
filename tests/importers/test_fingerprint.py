"""Dedupe keys: twins survive, re-imports and overlaps match, ids win."""

from __future__ import annotations

from decimal import Decimal
from hashlib import blake2b

from cmrdesk.importers import dedupe_keys
from cmrdesk.importers.statement import ParsedStatement, StatementAccount, StatementBuilder

Row = tuple[int, str, str, str, str]  # day, amount, payee, memo, import_id


def _statement(rows: list[Row], currency: str = "EUR") -> ParsedStatement:
    builder = StatementBuilder("x", "csv", StatementAccount(currency=currency))
    for day, amount, payee, memo, import_id in rows:
        builder.add(
            day=day, amount=Decimal(amount), payee_raw=payee, memo=memo, import_id=import_id
        )
    return builder.build()


COFFEE = (19000, "-3.50", "COFFEE SHOP", "", "")


def test_identical_purchases_on_one_day_both_survive() -> None:
    keys = dedupe_keys(_statement([COFFEE, COFFEE]))
    assert len(set(keys)) == 2


def test_reimport_and_overlapping_statements_match() -> None:
    january = [(19000 + d, "-1.00", f"SHOP {d}", "", "") for d in range(31)] + [COFFEE]
    later = [COFFEE] + [(19015 + d, "-1.00", f"SHOP {d + 15}", "", "") for d in range(30)]
    first, again = dedupe_keys(_statement(january)), dedupe_keys(_statement(january))
    assert first == again
    overlap = set(first) & set(dedupe_keys(_statement(later)))
    assert len(overlap) == 16 + 1  # days 15..30 and the coffee


def test_payee_and_memo_compare_without_case_or_spacing_and_amounts_by_value() -> None:
    a = dedupe_keys(_statement([(19000, "5.50", "Coffee  Shop", "x", "")]))
    b = dedupe_keys(_statement([(19000, "5.5", "COFFEE SHOP", " X ", "")]))
    c = dedupe_keys(
        _statement([(19000, "5.500", "coffee shop", "x", ""), (19001, "0.001", "", "", "")])
    )
    assert a == b == c[:1]


def test_ids_give_the_key_and_repeated_ids_are_kept_apart() -> None:
    st = _statement([(19000, "1", "A", "", "F1"), (19001, "2", "B", "", "F1")])
    keys = dedupe_keys(st)
    expected = int.from_bytes(blake2b(b"id:F1", digest_size=8).digest(), "big", signed=True)
    assert keys[0] == expected
    assert keys[1] != keys[0]
    moved = _statement([(19005, "9", "other", "", "F1")])
    assert dedupe_keys(moved)[0] == expected  # the id wins over content


def test_keys_are_signed_64_bit() -> None:
    keys = dedupe_keys(_statement([(19000 + i, str(i), "P", "", "") for i in range(500)]))
    assert all(-(2**63) <= k < 2**63 for k in keys)
    assert any(k < 0 for k in keys) and any(k > 0 for k in keys)
