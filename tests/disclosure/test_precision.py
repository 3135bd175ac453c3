"""Precision rules: exact, round:STEP, band:WIDTH, atleast:THRESHOLD, omit."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cmrdesk.disclosure import Level, Precision, band_of, nice_width, round_to
from cmrdesk.domain import ValidationError

D = Decimal


@pytest.mark.parametrize(("spec", "value", "expected"), [
    ("exact", "64344.13", "64344.13"),
    ("round:1000", "64344.13", "64000"),
    ("round:1000", "64500", "64000"),  # half-even
    ("round:1000", "65500", "66000"),
    ("round:10", "-12345.67", "-12350"),
    ("round:0.5", "12.26", "12.5"),
    ("band:25000", "64344.13", {"min": "50000", "max": "75000"}),
    ("band:25000", "75000", {"min": "75000", "max": "100000"}),  # max is exclusive
    ("band:5000", "-12345", {"min": "-15000", "max": "-10000"}),
    ("band:10", "40", {"min": "40", "max": "50"}),
    ("atleast:100000", "64344.13", False),
    ("atleast:100000", "100000", True),
    ("atleast:-500", "-499.99", True),
])
def test_rules_give_the_right_bands_roundings_and_answers(spec, value, expected):
    assert Precision.parse(spec).apply(D(value)) == expected


@pytest.mark.parametrize("spec", ["exact", "omit", "round:1000", "band:25000",
                                  "atleast:100000", "round:0.5", "atleast:-200"])
def test_spec_round_trip(spec):
    assert Precision.parse(spec).spec == spec


def test_spec_is_normalised():
    assert Precision.parse(" Band:1e3 ").spec == "band:1000"
    assert Precision.parse("round:10_000").spec == "round:10000"
    assert Precision.parse("round:2.50").spec == "round:2.5"


@pytest.mark.parametrize("spec", ["", "rough", "band", "band:", "band:0", "round:-5",
                                  "band:x", "exact:5", "omit:1", "atleast:nan", "round:inf"])
def test_bad_specs_are_refused(spec):
    with pytest.raises(ValidationError):
        Precision.parse(spec)


def test_levels_order_from_least_to_most_revealing():
    ranks = [Precision.parse(s).reveals for s in ("omit", "atleast:1", "band:1", "round:1",
                                                  "exact")]
    assert ranks == sorted(ranks) and len(set(ranks)) == 5
    assert Level.BAND.takes_number and not Level.EXACT.takes_number


amounts = st.decimals(min_value=-10**9, max_value=10**9, places=2, allow_nan=False,
                      allow_infinity=False)
steps = st.sampled_from([D("0.5"), D(1), D(10), D(25), D(100), D(1000), D(2500), D(25000)])


@given(amounts, steps)
def test_band_holds_the_value_is_aligned_and_as_wide_as_asked(value, width):
    low, high = band_of(value, width)
    assert low <= value < high
    assert high - low == width
    assert (low / width) == (low / width).to_integral_value()
    shown = Precision(Level.BAND, width).apply(value)
    assert D(shown["min"]) == low and D(shown["max"]) == high


@given(amounts, steps)
def test_rounding_is_a_multiple_within_half_a_step(value, step):
    rounded = round_to(value, step)
    assert abs(rounded - value) <= step / 2
    assert (rounded / step) == (rounded / step).to_integral_value()
    assert D(Precision(Level.ROUND, step).apply(value)) == rounded


@given(amounts, amounts)
def test_atleast_answers_yes_exactly_when_the_value_reaches_the_threshold(value, threshold):
    assert Precision(Level.ATLEAST, threshold).apply(value) is (value >= threshold)


@given(amounts)
def test_default_widths_are_round_and_about_a_fifth(value):
    width = nice_width(value)
    assert width >= 1
    mantissa = width / D(10) ** width.adjusted()
    assert mantissa in (D(1), D("2.5"), D(5))
    if abs(value) >= 10:
        assert width <= abs(value) / 5 or width == 1
