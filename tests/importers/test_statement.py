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
