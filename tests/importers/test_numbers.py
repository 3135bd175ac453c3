"""Amount reading: strict, lenient, fast, and the decimal-mark decision."""

from __future__ import annotations

from decimal import Decimal

import pytest

from cmrdesk.importers.numbers import (
    COMMA,
    POINT,
    AmountError,
    decimal_units,
    detect_number_format,
    fast_units,
    parse_amount,
    parse_plain,
)


@pytest.mark.parametrize(
    ("text", "fmt", "expected"),
    [
        ("-$7,971.39", POINT, "-7971.39"),
        ("$10,000.00", POINT, "10000.00"),
        ("($336.73)", POINT, "-336.73"),
        ("+ $73.01", POINT, "73.01"),
        ("- $12.01", POINT, "-12.01"),
        ("12.50-", POINT, "-12.50"),
        ("1.500,00", COMMA, "1500.00"),
        ("-1.001,00", COMMA, "-1001.00"),
        ("+30,99", COMMA, "30.99"),
        ("R$\u00a05.326,43", COMMA, "5326.43"),
        ("1 234,56", COMMA, "1234.56"),
        ("1\u202f234,56", COMMA, "1234.56"),
        ("1'234.50", POINT, "1234.50"),
        ("EUR 12,50", COMMA, "12.50"),
        ("12,50 EUR", COMMA, "12.50"),
        ("45.00 DR", POINT, "-45.00"),
        ("45.00 CR", POINT, "45.00"),
        ("\u22125.00", POINT, "-5.00"),
        ("9,", COMMA, "9"),
        (".5", POINT, "0.5"),
        ("2500", COMMA, "2500"),
    ],
)
def test_parse_amount(text: str, fmt, expected: str) -> None:
    assert parse_amount(text, fmt) == Decimal(expected)


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        ("12,3,4", POINT),
        ("1.2.3", COMMA),
        ("abc", POINT),
        ("", POINT),
        ("INV123", POINT),
        ("1e5", POINT),
        ("NaN", POINT),
        ("1_000", POINT),
        ("12,34.5", COMMA),
        ("٣", POINT),
    ],
)
def test_parse_amount_refuses(text: str, fmt) -> None:
    with pytest.raises(AmountError):
        parse_amount(text, fmt)


def test_parse_plain_is_strict() -> None:
    assert parse_plain("-200,00") == Decimal("-200.00")
    assert parse_plain(" 12 ") == Decimal(12)
    for bad in ("$120", "1,000.00", "1e3", "NaN", "", "--1", "1_0"):
        assert parse_plain(bad) is None


def test_fast_units() -> None:
    assert fast_units("-1234.56", ".") == (-123456, 2)
    assert fast_units("12", ".") == (12, 0)
    assert fast_units("0,5", ",") == (5, 1)
    for slow in ("1,000.00", "+5", ".5", "1_0", " 5", "5.", "-", "٣"):
        assert fast_units(slow, ".") is None


def test_decimal_units() -> None:
    assert decimal_units(Decimal("-1.50")) == (-150, 2)
    assert decimal_units(Decimal("1E+2")) == (100, 0)


@pytest.mark.parametrize(
    ("samples", "mark"),
    [
        (["1.234,56", "12,00"], ","),
        (["1,234.56", "12.00"], "."),
        (["4.626,81"], ","),
        (["-1,058.09"], "."),
        (["12,5", "3,25"], ","),
        (["1,000", "2,000"], "."),  # ambiguous: the default
        (["1.000.000"], ","),  # dots group thousands
    ],
)
def test_detect_number_format(samples: list[str], mark: str) -> None:
    assert detect_number_format(samples, ".").decimal == mark
