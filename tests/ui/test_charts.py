"""Chart axes: dates at month or year starts, money in round steps with its currency."""

from datetime import date

from cmrdesk.domain import to_epoch_day
from cmrdesk.ui.chart_axes import DateAxis, MoneyAxis


def test_date_axis_picks_months_then_years(qapp):
    axis = DateAxis()
    start, end = to_epoch_day(date(2025, 12, 1)), to_epoch_day(date(2026, 11, 23))
    (_, ticks), = axis.tickValues(start, end, 600)
    labels = axis.tickStrings(ticks, 1, 30)
    assert labels[0] == "Dec 2025" or labels[0].startswith("Jan")
    assert "Jan 2026" in labels  # January carries its year
    start = to_epoch_day(date(2016, 1, 1))
    (_, ticks), = axis.tickValues(start, end, 600)
    assert all(label.isdigit() for label in axis.tickStrings(ticks, 1, 365))


def test_money_axis_round_steps_and_currency(qapp):
    axis = MoneyAxis("left", "EUR")
    [(step, _)] = axis.tickSpacing(0, 11_000, 180)
    assert step in (2_500, 5_000)
    labels = axis.tickStrings([0, 5_000, 10_000], 1, step)
    assert labels == ["€0", "€5K", "€10K"]
    axis = MoneyAxis("bottom", "USD")
    assert axis.tickStrings([250.0, 500.0], 1, 250) == ["$250", "$500"]
