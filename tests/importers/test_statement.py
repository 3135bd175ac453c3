"""The statement contract: exact scale handling, minor units, balance checks."""

from __future__ import annotations

from decimal import Decimal

from cmrdesk.importers.statement import (
    ParsedStatement,
    StatementAccount,
    StatementBuilder,
    check_balances,
)


def _build(currency: str, *amounts: str) -> ParsedStatement:
    builder = StatementBuilder("x", "csv", StatementAccount(currency=currency))
    for i, amount in enumerate(amounts):
        builder.add(day=19000 + i, amount=Decimal(amount), payee_raw="PAYPAL *NETFLIX", line=i + 1)
    return builder.build()


def test_scale_follows_the_currency_and_rises_only_for_real_precision() -> None:
    assert _build("EUR", "1.5", "-3.77000").scale == 2
    assert _build("JPY", "1200", "5").scale == 0
    st = _build("EUR", "1.50", "8.855", "2")
    assert st.scale == 3
    assert st.amount_minor == [1500, 8855, 2000]
    assert st.total() == Decimal("12.355")
    assert _build("", "1").scale == 2


def test_minor_units_round_half_even_and_count_the_rounded() -> None:
    st = _build("EUR", "1.005", "1.015", "2.50")
    assert st.minor_units() == ([100, 102, 250], 2)
    assert _build("JPY", "1200").minor_units() == ([1200], 0)
    assert _build("EUR", "1.50").minor_units(3) == ([1500], 0)


def test_build_cleans_payees() -> None:
    assert _build("EUR", "1").payee == ["Netflix"]


def test_check_balances_reports_without_fixing() -> None:
    st = _build("EUR", "1.00", "2.00")
    st.opening_balance, st.closing_balance = Decimal("10.00"), Decimal("13.00")
    check_balances(st)
    assert st.warnings == []
    st.closing_balance = Decimal("14.00")
    check_balances(st)
    assert "do not add up" in st.warnings[0]
    assert st.closing_balance == Decimal("14.00")


def test_extend_gives_what_one_add_per_row_gives() -> None:
    amounts = [(-150, 2), (8855, 3), (2, 0), (-37700, 4), (5, 1)]  # as fast_units gives them
    one = StatementBuilder("x", "ofx", StatementAccount(currency="EUR"))
    for i, amount in enumerate(amounts):
        one.add(day=19000 + i, amount=amount, payee_raw="P", memo="m", import_id=str(i),
                line=i + 1)
    many = StatementBuilder("x", "ofx", StatementAccount(currency="EUR"))
    many.add(day=19000, amount=amounts[0], payee_raw="P", memo="m", import_id="0", line=1)
    rest = range(1, len(amounts))
    many.extend(day=[19000 + i for i in rest], units=[amounts[i][0] for i in rest],
                decimals=[amounts[i][1] for i in rest], payee_raw=["P"] * 4, memo=["m"] * 4,
                import_id=[str(i) for i in rest], line=[i + 1 for i in rest])
    a, b = one.build(), many.build()
    assert (a.scale, a.amount_minor) == (b.scale, b.amount_minor) == (3, [-1500, 8855, 2000,
                                                                        -3770, 500])
    assert (a.day, a.import_id, a.line, a.status) == (b.day, b.import_id, b.line, b.status)


def test_category_column_is_padded_once_a_row_names_one() -> None:
    builder = StatementBuilder("x", "qif")
    builder.add(day=1, amount=Decimal("1"))
    builder.add(day=2, amount=Decimal("2"), category="Food")
    builder.add(day=3, amount=Decimal("3"))
    assert builder.build().category == ["", "Food", ""]
