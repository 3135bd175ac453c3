"""Offer comparison figures, checked by hand (the working is in each test's comments)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from cmrdesk.domain import MarketRate, ProductKind, RateKind
from cmrdesk.insights.benchmarks import Benchmark
from cmrdesk.insights.offers import (
    CurrentProduct,
    OfferTerms,
    annuity_rate,
    compare,
    compare_offer,
    monthly_payment,
)

ISSUED = date(2026, 11, 23)


def bench(kind: RateKind, rate: str) -> Benchmark:
    return Benchmark(MarketRate(kind=kind, name=f"{kind} average", region="EUR",
                                date=date(2026, 10, 31), rate=Decimal(rate), source="test"),
                     "test")


def test_a_mortgage_offer_against_the_current_mortgage_and_the_market():
    offer = OfferTerms(id=1, vendor="Acme", product=ProductKind.MORTGAGE, currency="EUR",
                       issued=ISSUED, amount=Decimal(300000), rate=Decimal("3.3"),
                       term_years=30, fixed_years=10, fees=Decimal(1500))
    current = CurrentProduct("your mortgage 'Home'", "EUR", amount=Decimal(300000),
                             rate=Decimal("3.9"))
    result = compare_offer(offer, current, bench(RateKind.MORTGAGE, "3.5"))
    # A year's interest: 300,000 x 3.3 % = 9,900.
    assert result.yearly_cost == Decimal("9900.00")
    # Against 3.9 %: 300,000 x 0.6 % = 1,800 a year; against the market's 3.5 %: 600.
    assert result.vs_current_yearly == Decimal("1800.00")
    assert result.vs_benchmark_yearly == Decimal("600.00")
    # 1,500 of fees at 150 a month saved: repaid in the 10th month.
    assert result.break_even_months == 10
    # Annuity at 0.275 % a month over 360 months: 1,313.8657 a month (calculators: 1,313.87);
    # interest 360 x 1,313.8657 - 300,000 = 172,991.63, plus 1,500 of fees.
    assert monthly_payment(Decimal(300000), Decimal("3.3"), 360).quantize(
        Decimal("0.01")) == Decimal("1313.87")
    assert result.total_cost == Decimal("174491.63")
    # Fees make the effective rate higher than the nominal rate compounded monthly (3.35 %).
    assert result.effective_rate is not None and result.effective_rate > Decimal("3.35")


def test_without_fees_the_effective_rate_is_the_nominal_rate_compounded_monthly():
    # (1 + 0.033 / 12) ^ 12 - 1 = 3.3504 %.
    payment = monthly_payment(Decimal(100000), Decimal("3.3"), 120)
    rate = annuity_rate(Decimal(100000), payment, 120)
    assert rate.quantize(Decimal("0.01")) == Decimal("3.35")


def test_a_savings_offer_earns_more_than_the_current_account_and_the_market():
    offer = OfferTerms(id=2, vendor="Bank", product=ProductKind.SAVINGS, currency="EUR",
                       issued=ISSUED, rate=Decimal("2.5"), term_years=1)
    current = CurrentProduct("your savings 'Buffer'", "EUR", amount=Decimal(20000),
                             rate=Decimal("1.0"))
    result = compare_offer(offer, current, bench(RateKind.SAVINGS, "1.77"))
    # Interest earned is a negative cost: 20,000 x 2.5 % = 500.
    assert result.yearly_cost == Decimal("-500.00")
    assert result.total_cost == Decimal("-500.00")
    # 20,000 x (2.5 - 1.0) % = 300 more a year; 20,000 x (2.5 - 1.77) % = 146 above market.
    assert result.vs_current_yearly == Decimal("300.00")
    assert result.vs_benchmark_yearly == Decimal("146.00")
    assert result.effective_rate == Decimal("2.50")
    assert result.break_even_months == 0  # no fees to repay


def test_an_insurance_quote_against_the_current_policy():
    # 75 a quarter = 300 a year, against 30 a month = 360 a year: 60 a year saved.
    offer = OfferTerms(id=3, vendor="Insurer", product=ProductKind.INSURANCE, currency="EUR",
                       issued=ISSUED, term_years=3, fees=Decimal(25),
                       yearly_premium=Decimal(75) * 4)
    current = CurrentProduct("your home policy", "EUR", yearly_premium=Decimal(30) * 12)
    result = compare_offer(offer, current, None)
    assert result.yearly_cost == Decimal("300.00")
    assert result.total_cost == Decimal("925.00")  # 3 x 300 + 25
    assert result.vs_current_yearly == Decimal("60.00")
    assert result.break_even_months == 5  # 25 / (60 / 12) = 5
    assert result.effective_rate is None and result.vs_benchmark_yearly is None
    assert any(n.startswith("effective_rate: unknown, because") for n in result.notes)
    assert any(n.startswith("benchmark: unknown, because") for n in result.notes)


def test_unknowns_are_null_with_a_reason_never_zero():
    offer = OfferTerms(id=4, vendor="Acme", product=ProductKind.MORTGAGE, currency="EUR",
                       issued=ISSUED, amount=Decimal(200000), rate=Decimal("4.0"),
                       fees=Decimal(1000))
    result = compare_offer(offer, None, None)
    assert result.yearly_cost == Decimal("8000.00")
    assert result.total_cost is None and result.effective_rate is None
    assert result.vs_current_yearly is None and result.break_even_months is None
    reasons = " | ".join(result.notes)
    assert "total_cost: unknown, because the offer gives no term" in reasons
    assert "vs_current_yearly: unknown, because" in reasons


def test_fees_are_never_repaid_by_a_dearer_offer():
    offer = OfferTerms(id=5, vendor="Acme", product=ProductKind.MORTGAGE, currency="EUR",
                       issued=ISSUED, amount=Decimal(100000), rate=Decimal("4.5"),
                       term_years=20, fees=Decimal(500))
    current = CurrentProduct("your mortgage", "EUR", amount=Decimal(100000),
                             rate=Decimal("4.0"))
    result = compare_offer(offer, current, None)
    assert result.vs_current_yearly == Decimal("-500.00")
    assert result.break_even_months is None
    assert any("never repaid" in n for n in result.notes)


def test_verdicts_state_the_numbers_and_name_the_best_offer():
    current = CurrentProduct("your mortgage 'Home'", "EUR", amount=Decimal(300000),
                             rate=Decimal("3.9"))
    cheap = OfferTerms(id=1, vendor="Acme", product=ProductKind.MORTGAGE, currency="EUR",
                       issued=ISSUED, amount=Decimal(300000), rate=Decimal("3.3"),
                       term_years=30, fees=Decimal(1500))
    dear = OfferTerms(id=2, vendor="Beta", product=ProductKind.MORTGAGE, currency="EUR",
                      issued=ISSUED, amount=Decimal(300000), rate=Decimal("3.6"),
                      term_years=30)
    first, second = compare([cheap, dear], current,
                            {ProductKind.MORTGAGE: bench(RateKind.MORTGAGE, "3.5")})
    assert first.verdict.startswith("Saves EUR 1,800.00 a year against your mortgage 'Home'")
    assert "EUR 600.00 a year better than the market average" in first.verdict
    assert "fees of EUR 1,500.00 repaid in 10 months" in first.verdict
    assert "the best of 2 offers" in first.verdict
    assert "EUR 900.00 a year more than the best offer (Acme)" in second.verdict
    assert "EUR 300.00 a year worse than the market average" in second.verdict


def _mortgage(ident: int, rate: str, fees: str = "0", term: int = 20) -> OfferTerms:
    return OfferTerms(id=ident, vendor=f"Bank {ident}", product=ProductKind.MORTGAGE,
                      currency="EUR", issued=ISSUED, amount=Decimal(300000), rate=Decimal(rate),
                      term_years=term, fees=Decimal(fees))


def test_an_offer_without_fees_says_no_fees_and_breaks_even_at_once():
    current = CurrentProduct("your mortgage 'Home'", "EUR", amount=Decimal(300000),
                             rate=Decimal("3.5"))
    market = {ProductKind.MORTGAGE: bench(RateKind.MORTGAGE, "3.5")}
    better, worse = compare([_mortgage(1, "3.3"), _mortgage(2, "3.8")], current, market)
    assert better.break_even_months == 0 and worse.break_even_months == 0
    assert "no fees" in better.verdict and "0 months" not in better.verdict
    # Nothing was charged, so "including fees" would say something that is not there.
    assert "effective rate 3.35%;" in better.verdict
    assert worse.verdict.startswith("Costs EUR 900.00 a year more than your mortgage 'Home'; "
                                    "EUR 900.00 a year worse than the market average")
    # With no current product there is still nothing to repay: 0, not unknown.
    alone = compare([_mortgage(3, "3.3")], None, {})[0]
    assert alone.break_even_months == 0
    assert alone.verdict == ("Yearly cost EUR 9,900.00; nothing to compare it with; no fees; "
                             "effective rate 3.35%.")


def test_verdicts_read_right_for_equal_dearer_and_fee_charging_offers():
    current = CurrentProduct("your mortgage 'Home'", "EUR", amount=Decimal(300000),
                             rate=Decimal("3.5"))
    market = {ProductKind.MORTGAGE: bench(RateKind.MORTGAGE, "3.5")}
    same = compare([_mortgage(1, "3.5", "100")], current, market)[0]
    assert same.verdict.startswith("Costs the same a year as your mortgage 'Home'; costs the "
                                   "same a year as the market average")
    assert "EUR 0.00" not in same.verdict
    assert "fees of EUR 100.00 never repaid, as it saves nothing against your mortgage" \
        in same.verdict
    # 25 of fees at 300 a year saved (25 a month): repaid in the first month, singular.
    quick = compare([_mortgage(2, "3.4", "25")], current, market)[0]
    assert quick.break_even_months == 1
    assert "fees of EUR 25.00 repaid in 1 month;" in quick.verdict
    # 9,000 at 300 a year: 360 months, beyond a 20-year term.
    slow = compare([_mortgage(3, "3.4", "9000")], current, market)[0]
    assert slow.break_even_months == 360
    assert "not repaid within the 20-year term (360 months needed)" in slow.verdict
    without_current = compare([_mortgage(4, "3.4", "1000")], None, market)[0]
    assert without_current.break_even_months is None
    assert "fees of EUR 1,000.00;" in without_current.verdict


def test_a_savings_verdict_says_earns_more_or_less_and_why_it_cannot_be_judged():
    current = CurrentProduct("your savings 'Buffer'", "EUR", amount=Decimal(20000),
                             rate=Decimal("2.0"))
    offers = [OfferTerms(id=i, vendor=f"Bank {i}", product=ProductKind.SAVINGS, currency="EUR",
                         issued=ISSUED, rate=Decimal(rate), term_years=1)
              for i, rate in enumerate(("2.5", "1.5"))]
    more, less = compare(offers, current, {})
    assert more.verdict.startswith("Earns EUR 100.00 a year more than your savings 'Buffer'")
    assert less.verdict.startswith("Earns EUR 100.00 a year less than your savings 'Buffer'")
    unknown = compare(offers[:1], None, {})[0]
    assert unknown.verdict == ("Cannot be judged: the yearly cost is unknown, because neither "
                               "the offer nor your current product gives an amount.")
