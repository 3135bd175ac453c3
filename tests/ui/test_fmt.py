"""Money, numbers and dates as text, per locale; money never without its currency."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from cmrdesk.domain import Money
from cmrdesk.ui import fmt


@pytest.mark.parametrize(("locale", "text"), [
    ("en_US", "-€1,234.50"),
    ("de_DE", "-1.234,50\xa0€"),
    ("nl_NL", "€\xa0-1.234,50"),
    ("C", "-€1,234.50"),
    ("xx_YY", "-€1,234.50"),
])
def test_money_per_locale(locale, text):
    fmt.set_locale(locale)
    assert fmt.money(Money.of("-1234.5", "EUR")) == text


def test_whole_signed_and_other_exponents():
    fmt.set_locale("en_US")
    assert fmt.money(Money.of("473931.63", "EUR"), whole=True) == "€473,932"
    assert fmt.money(Money.of("2.5", "EUR"), whole=True) == "€2"  # half-even
    assert fmt.money(Money.of("48772.66", "EUR"), whole=True, signed=True) == "+€48,773"
    assert fmt.minor(-500, "JPY") == "-¥500"
    assert fmt.minor(1234, "KWD") == "KWD1.234"


def test_axis_ticks_are_compact_and_consistent():
    fmt.set_locale("en_US")
    assert fmt.money_axis(120000.0, "EUR") == "€120K"
    assert fmt.money_axis(-350000.0, "EUR") == "-€350K"
    assert fmt.money_axis(2500.0, "EUR") == "€2,500"
    assert fmt.money_axis(5000.0, "EUR", compact=True) == "€5K"
    assert fmt.money_axis(0.0, "EUR", compact=True) == "€0"
    fmt.set_locale("de_DE")
    assert "€" in fmt.money_axis(120000.0, "EUR")


def test_numbers_and_dates():
    fmt.set_locale("en_US")
    assert fmt.percent(Decimal("0.0774")) == "7.7%"
    assert fmt.percent_points("3.10") == "3.1%"
    assert fmt.count(1_000_000) == "1,000,000"
    assert fmt.day(date(2026, 3, 1)) == "Mar 1, 2026"
    assert fmt.month(date(2026, 3, 1)) == "Mar 2026"
    assert fmt.month(date(2026, 3, 1), long=True) == "March 2026"
    span = fmt.date_range(date(2025, 12, 1), date(2026, 11, 23))
    assert span == "Dec 1, 2025\u2009–\u2009Nov 23, 2026"  # thin spaces around the dash
    fmt.set_locale("de_DE")
    assert fmt.day(date(2026, 3, 1)) == "01.03.2026"
    assert fmt.percent(Decimal("0.0774")) == "7,7\xa0%"


def test_insights_sentences_are_rewritten_in_the_locale():
    fmt.set_locale("de_DE")
    text = fmt.localise_text("Car loan (7.9%, EUR 7,536.00) until 2025-10-31; USD 17.00.")
    assert "7.536,00\xa0€" in text and "31.10.2025" in text and "17,00\xa0$" in text
    assert "EUR" not in text


def test_day_time_is_local_and_per_locale():
    moment = datetime(2026, 11, 23, 17, 51, tzinfo=UTC)
    local = moment.astimezone()
    assert fmt.day_time(moment).startswith(fmt.day(local.date()))
    fmt.set_locale("de_DE")
    try:
        assert fmt.day_time(datetime(2026, 11, 23, 17, 51)) == "23.11.2026, 17:51"
    finally:
        fmt.set_locale("en_US")
