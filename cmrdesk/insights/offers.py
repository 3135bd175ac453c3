"""Comparing offers: yearly cost, total cost over the term, effective yearly rate including
fees, the break-even month of switching costs, and a plain verdict with the numbers.

All figures are exact ``Decimal`` in the offer's currency, rounded half-even to the currency's
minor unit only at the end. The definitions, per product:

* **credit** (mortgage, personal loan, credit card) on principal ``P`` (the offer's amount,
  else the current loan's principal): *yearly cost* is a year's interest at the nominal rate,
  ``P x rate``; *total cost* the interest of a monthly annuity over the term plus the one-off
  fees, ``12 x term x payment - P + fees``; *effective rate* the yearly rate at which the
  payments repay ``P - fees`` (the internal rate of return, compounded monthly).
* **savings** on balance ``B`` (the offer's amount, else the current balance): interest earned
  is a negative cost, so *yearly cost* is ``-B x rate``; *total cost* ``fees - B x ((1 + rate)
  ^ term - 1)`` (yearly compounding); *effective rate* the rate less the fees spread over the
  term (one year without a term), ``rate - fees / (B x years)``.
* **insurance**: *yearly cost* the premium times its payments a year (or 12 monthly prices);
  *total cost* that times the term plus fees; no effective rate (it is not a rate product).

``vs_current_yearly`` and ``vs_benchmark_yearly`` are what the offer saves (or earns on top)
a year against the current product and the market benchmark: positive is better for the
person. ``break_even_months`` is the first month whose savings repay the one-off fees (0 for
an offer without fees: nothing to repay, which the verdict says as "no fees"). A
figure the data cannot support is ``None`` with the reason in ``notes`` ("unknown, because
..."), never a zero.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal, localcontext

from cmrdesk.domain import MarketRate, ProductKind, RateKind

from .benchmarks import Benchmark, MarketFile, find_benchmark
from .formatting import money_text, percent_text, quantize

HUNDRED = Decimal(100)
TWELVE = Decimal(12)
_RATE_PLACES = Decimal("0.01")

#: The benchmark series for each product that has one.
BENCHMARK_KIND: dict[ProductKind, RateKind] = {
    ProductKind.MORTGAGE: RateKind.MORTGAGE,
    ProductKind.PERSONAL_LOAN: RateKind.CONSUMER_LOAN,
    ProductKind.CREDIT_CARD: RateKind.CREDIT_CARD,
    ProductKind.SAVINGS: RateKind.SAVINGS,
}


@dataclass(frozen=True)
class OfferTerms:
    """What one offer says, as exact values (``None``: the offer does not say)."""

    id: int | str
    vendor: str
    product: ProductKind
    currency: str
    issued: date
    amount: Decimal | None = None
    rate: Decimal | None = None
    term_years: int | None = None
    fixed_years: int | None = None
    fees: Decimal = Decimal(0)
    yearly_premium: Decimal | None = None


@dataclass(frozen=True)
class CurrentProduct:
    """What the person has now: ``label`` names it in a verdict ("your mortgage at Acme");
    ``amount`` the principal or balance; ``rate`` the yearly rate in percent; ``yearly_premium``
    a policy's premium a year. ``None`` where the vault does not know."""

    label: str
    currency: str
    amount: Decimal | None = None
    rate: Decimal | None = None
    yearly_premium: Decimal | None = None


@dataclass
class Comparison:
    """One offer compared (money rounded to the currency; rates in percent, two places)."""

    id: int | str
    vendor: str
    currency: str
    yearly_cost: Decimal | None = None
    total_cost: Decimal | None = None
    effective_rate: Decimal | None = None
    vs_current_yearly: Decimal | None = None
    vs_benchmark_yearly: Decimal | None = None
    break_even_months: int | None = None
    verdict: str = ""
    notes: list[str] = field(default_factory=list)


def monthly_payment(principal: Decimal, rate: Decimal, months: int) -> Decimal:
    """The annuity payment that repays ``principal`` in ``months`` at ``rate`` % a year
    (monthly rate ``rate / 12``), unrounded."""
    with localcontext() as ctx:
        ctx.prec = 40
        i = rate / HUNDRED / TWELVE
        if i == 0:
            return principal / months
        return principal * i / (1 - (1 + i) ** -months)


def annuity_rate(net: Decimal, payment: Decimal, months: int) -> Decimal:
    """The yearly effective rate (percent) at which ``months`` payments of ``payment`` are
    worth ``net`` today: bisection on the monthly rate, then ``(1 + j) ^ 12 - 1``."""
    with localcontext() as ctx:
        ctx.prec = 40

        def value(j: Decimal) -> Decimal:
            return payment * months if j == 0 else payment * (1 - (1 + j) ** -months) / j

        low, high = Decimal(0), Decimal(1)
        for _ in range(200):
            mid = (low + high) / 2
            if value(mid) > net:
                low = mid
            else:
                high = mid
        j = (low + high) / 2
        return ((1 + j) ** 12 - 1) * HUNDRED


def benchmark_for(product: ProductKind, currency: str, on: date,
                  own: Sequence[MarketRate] = (),
                  shipped: list[MarketFile] | None = None) -> Benchmark | None:
    """The market benchmark of the product's kind in ``currency`` dated on or before ``on``
    (the person's imported rates first), or ``None``."""
    kind = BENCHMARK_KIND.get(product)
    if kind is None:
        return None
    return find_benchmark(kind, currency, on, list(own), shipped)


def _why_no_benchmark(product: ProductKind, currency: str, on: date) -> str:
    if product not in BENCHMARK_KIND:
        return (f"benchmark: unknown, because the market data has no series for "
                f"{product.value.replace('_', ' ')}")
    return (f"benchmark: unknown, because the market data has no {BENCHMARK_KIND[product]} "
            f"rate for {currency} dated on or before {on.isoformat()}")


def _money(value: Decimal | None, currency: str) -> Decimal | None:
    return None if value is None else quantize(value, currency)


def _rate(value: Decimal | None) -> Decimal | None:
    return None if value is None else value.quantize(_RATE_PLACES, ROUND_HALF_EVEN)


def compare_offer(offer: OfferTerms, current: CurrentProduct | None,
                  benchmark: Benchmark | None) -> Comparison:
    """Every figure for one offer, with a note for each that cannot be computed."""
    out = Comparison(offer.id, offer.vendor, offer.currency)
    notes = out.notes
    if current is not None and current.currency != offer.currency:
        notes.append(f"current product: not compared, because it is in {current.currency} "
                     f"and the offer in {offer.currency}")
        current = None
    if offer.product.is_credit or offer.product is ProductKind.SAVINGS:
        _rate_product(offer, current, benchmark, out)
    elif offer.product is ProductKind.INSURANCE:
        _insurance(offer, current, out)
        notes.append("effective_rate: unknown, because insurance is not a rate product")
        notes.append(_why_no_benchmark(offer.product, offer.currency, offer.issued))
    else:
        notes.append("yearly_cost: unknown, because cmrdesk has no cost model for "
                     "'other' products")
    _break_even(offer, out)
    return out


def _rate_product(offer: OfferTerms, current: CurrentProduct | None,
                  benchmark: Benchmark | None, out: Comparison) -> None:
    notes, credit = out.notes, offer.product.is_credit
    base = offer.amount if offer.amount is not None else (current.amount if current else None)
    if base is None:
        notes.append("yearly_cost: unknown, because neither the offer nor your current "
                     "product gives an amount")
        return
    if offer.rate is None:
        notes.append("yearly_cost: unknown, because the offer gives no rate")
        return
    sign = 1 if credit else -1
    out.yearly_cost = _money(sign * base * offer.rate / HUNDRED, offer.currency)
    term = offer.term_years
    if credit:
        if term is None:
            notes.append("total_cost: unknown, because the offer gives no term")
            notes.append("effective_rate: unknown, because the offer gives no term")
        else:
            months = term * 12
            payment = monthly_payment(base, offer.rate, months)
            out.total_cost = _money(payment * months - base + offer.fees, offer.currency)
            out.effective_rate = _rate(annuity_rate(base - offer.fees, payment, months))
    else:
        years = term or 1
        if term is None:
            notes.append("total_cost: unknown, because the offer gives no term")
        else:
            with localcontext() as ctx:
                ctx.prec = 40
                grown = base * ((1 + offer.rate / HUNDRED) ** term - 1)
            out.total_cost = _money(offer.fees - grown, offer.currency)
        out.effective_rate = _rate(offer.rate - offer.fees / (base * years) * HUNDRED)
    if current is None:
        notes.append("vs_current_yearly: unknown, because the vault has no current "
                     f"{offer.product.value.replace('_', ' ')} to compare with")
    elif current.rate is None:
        notes.append(f"vs_current_yearly: unknown, because {current.label} has no rate "
                     "keyed in")
    else:
        out.vs_current_yearly = _money(sign * base * (current.rate - offer.rate) / HUNDRED,
                                       offer.currency)
    if benchmark is None:
        notes.append(_why_no_benchmark(offer.product, offer.currency, offer.issued))
    else:
        out.vs_benchmark_yearly = _money(
            sign * base * (benchmark.percent - offer.rate) / HUNDRED, offer.currency)


def _insurance(offer: OfferTerms, current: CurrentProduct | None, out: Comparison) -> None:
    if offer.yearly_premium is None:
        out.notes.append("yearly_cost: unknown, because the offer gives no premium")
        return
    out.yearly_cost = _money(offer.yearly_premium, offer.currency)
    if offer.term_years is None:
        out.notes.append("total_cost: unknown, because the offer gives no term")
    else:
        out.total_cost = _money(offer.yearly_premium * offer.term_years + offer.fees,
                                offer.currency)
    if current is None or current.yearly_premium is None:
        out.notes.append("vs_current_yearly: unknown, because the vault has no current "
                         "policy of this kind with a premium")
    else:
        out.vs_current_yearly = _money(current.yearly_premium - offer.yearly_premium,
                                       offer.currency)


def _break_even(offer: OfferTerms, out: Comparison) -> None:
    # No one-off fees: nothing to repay from the first month, whatever the offer saves (or
    # whether there is anything to compare with), so 0 is known, not a guess.
    saving = out.vs_current_yearly
    if offer.fees == 0:
        out.break_even_months = 0
    elif saving is None:
        out.notes.append("break_even_months: unknown, because there is no saving against a "
                         "current product to repay the fees with")
    elif saving <= 0:
        out.notes.append("break_even_months: unknown, because the offer saves nothing against "
                         "your current product, so its fees are never repaid")
    else:
        out.break_even_months = math.ceil(offer.fees * TWELVE / saving)


def compare(offers: Sequence[OfferTerms], current: CurrentProduct | None,
            benchmarks: dict[ProductKind, Benchmark | None]) -> list[Comparison]:
    """Each offer compared with the current product, its benchmark and the other offers;
    the verdicts say which offer is cheapest a year."""
    results = [compare_offer(o, current, benchmarks.get(o.product)) for o in offers]
    for offer, result in zip(offers, results, strict=True):
        result.verdict = _verdict(offer, result, current, benchmarks.get(offer.product),
                                  offers, results)
    return results


def _amount(value: Decimal, currency: str) -> str:
    return money_text(abs(value), currency)


def _months(n: int) -> str:
    return f"{n} month" if n == 1 else f"{n} months"


def _unknown_cost(notes: Sequence[str]) -> str:
    """Why the yearly cost is unknown, as a sentence ("the yearly cost is unknown, because …")."""
    reasons = [n.removeprefix("yearly_cost: unknown, ") for n in notes
               if n.startswith("yearly_cost: unknown, ")]
    return "the yearly cost is unknown, " + "; ".join(reasons) if reasons else \
        "the yearly cost is unknown"


def _verdict(offer: OfferTerms, result: Comparison, current: CurrentProduct | None,
             benchmark: Benchmark | None, offers: Sequence[OfferTerms],
             results: Sequence[Comparison]) -> str:
    cur = offer.currency
    earns = offer.product is ProductKind.SAVINGS
    if result.yearly_cost is None:
        return f"Cannot be judged: {_unknown_cost(result.notes)}."
    parts: list[str] = []
    if result.vs_current_yearly is not None and current is not None:
        gain = result.vs_current_yearly
        if gain > 0:
            parts.append(f"earns {_amount(gain, cur)} a year more than {current.label}"
                         if earns else f"saves {_amount(gain, cur)} a year against "
                         f"{current.label}")
        elif gain < 0:
            parts.append(f"earns {_amount(gain, cur)} a year less than {current.label}"
                         if earns else f"costs {_amount(gain, cur)} a year more than "
                         f"{current.label}")
        else:
            parts.append(f"{'earns' if earns else 'costs'} the same a year as {current.label}")
    if result.vs_benchmark_yearly is not None and benchmark is not None:
        gain = result.vs_benchmark_yearly
        market = (f"the market average for {benchmark.rate.kind.value.replace('_', ' ')} "
                  f"({percent_text(benchmark.percent)} on {benchmark.rate.date.isoformat()})")
        if gain == 0:
            parts.append(f"{'earns' if earns else 'costs'} the same a year as {market}")
        else:
            parts.append(f"{_amount(gain, cur)} a year {'better' if gain > 0 else 'worse'} "
                         f"than {market}")
    if not parts:
        parts.append(f"yearly {'interest' if earns else 'cost'} "
                     f"{money_text(abs(result.yearly_cost) if earns else result.yearly_cost, cur)}"
                     "; nothing to compare it with")
    parts.append(_fees_text(offer, result, current))
    if result.effective_rate is not None and offer.product.is_credit:
        parts.append(f"effective rate {percent_text(result.effective_rate)}"
                     + (" including fees" if offer.fees else ""))
    peers = [(r.yearly_cost, o.vendor) for o, r in zip(offers, results, strict=True)
             if r.yearly_cost is not None and o.currency == cur and o.product == offer.product]
    if len(peers) > 1:
        best = min(cost for cost, _ in peers)
        if result.yearly_cost == best:
            parts.append(f"the best of {len(peers)} offers")
        else:
            best_vendor = next(v for c, v in peers if c == best)
            parts.append(f"{_amount(result.yearly_cost - best, cur)} a year "
                         f"{'less' if earns else 'more'} than the best offer ({best_vendor})")
    text = "; ".join(parts)
    return text[0].upper() + text[1:] + "."


def _fees_text(offer: OfferTerms, result: Comparison, current: CurrentProduct | None) -> str:
    """The one-off fees in words: none, repaid in so many months (or only after the term),
    never repaid, or just their amount when there is nothing to repay them from."""
    if offer.fees == 0:
        return "no fees"
    fees = f"fees of {_amount(offer.fees, offer.currency)}"
    months = result.break_even_months
    if months is not None:
        term = offer.term_years
        if term is not None and months > term * 12:
            return f"{fees} not repaid within the {term}-year term ({_months(months)} needed)"
        return f"{fees} repaid in {_months(months)}"
    if result.vs_current_yearly is not None and current is not None:
        gains = "earns no more than" if offer.product is ProductKind.SAVINGS else \
            "saves nothing against"
        return f"{fees} never repaid, as it {gains} {current.label}"
    return fees
