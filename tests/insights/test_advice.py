"""Every advice rule, firing and not firing, on a ledger small enough to check by hand."""

from datetime import date
from decimal import Decimal

from cmrdesk.domain import (
    Frequency,
    Goal,
    Holding,
    IncomeKind,
    IncomeSource,
    MarketRate,
    Money,
    Policy,
    PolicyType,
    Price,
    RateKind,
    Security,
    SecurityKind,
)
from cmrdesk.insights.advice import RULES, advise, rule_catalogue

from .ledgers import (
    RENT,
    RESTAURANTS,
    SALARY,
    STREAMING,
    TRANSFER,
    account,
    ledger,
    monthly,
    months,
)

TODAY = date(2025, 6, 30)
LAST_12 = months("2024-06", 12)  # the twelve full months before June 2025


def run(rule_id, rows, accounts, **extra):
    return advise(ledger(rows, accounts=accounts, today=TODAY, **extra), only={rule_id})


def own_rate(kind, value):
    return MarketRate(kind=kind, name="Test survey rate", region="EUR", date=TODAY,
                      rate=Decimal(value), source="Test survey")


# --- emergency fund ------------------------------------------------------------------------


def rent_only(opening):
    rows = monthly(1, 1, "-1000", "Landlord", RENT, [*LAST_12, "2025-06"])
    return run("emergency_fund", rows, [account(1, opening=opening)])


def test_emergency_fund_fires_below_three_months():
    (item,) = rent_only("15000")  # 2000 left after 13 rents of 1000
    assert item.id == "emergency_fund" and item.priority == 1
    assert item.numbers["months_covered"] == "2.0"
    assert item.numbers["essential_monthly"] == "1000.00"
    assert item.numbers["shortfall"] == "1000.00"
    assert item.numbers["target_max"] == "6000.00"
    assert item.yearly_effect is None


def test_emergency_fund_quiet_with_five_months():
    assert rent_only("18000") == []


# --- idle cash -----------------------------------------------------------------------------


def idle(rate):
    return run("idle_cash", [], [account(1, opening="500"),
                                 account(2, "savings", opening="12400", rate=rate)],
               market_rates=[own_rate(RateKind.SAVINGS, "3.1")])


def test_idle_cash_names_the_benchmark_and_what_it_is_worth():
    (item,) = idle("0.1")
    assert item.id == "idle_cash:2"
    assert item.yearly_effect == Decimal("372.00")
    assert "EUR 12,400.00" in item.detail and "0.1%" in item.detail and "3.1%" in item.detail
    assert item.benchmark["file"] == "vault: Test survey"
    assert item.benchmark["date"] == "2025-06-30"


def test_idle_cash_quiet_when_the_rate_is_close_to_the_benchmark():
    assert idle("2.5") == []


def test_idle_cash_in_checking_keeps_the_floor_and_assumes_zero_without_a_rate():
    (item,) = run("idle_cash", [], [account(1, opening="5000")],
                  market_rates=[own_rate(RateKind.SAVINGS, "3.1")])
    assert item.yearly_effect == Decimal("124.00")  # (5000 - 1000) x 3.1 %
    assert "no rate recorded" in item.detail


def test_idle_cash_uses_the_shipped_snapshot_without_own_rates():
    (item,) = run("idle_cash", [], [account(2, "savings", opening="50000", rate="0")])
    assert item.benchmark["file"] == "resources/market/savings_rates.csv"
    assert item.benchmark["date"] == "2025-06-30"
    assert item.benchmark["stale"] is False and item.benchmark["age_months"] == 0
    assert "from 2025-06-30)" in item.detail  # recent: dated, no age


def test_advice_citing_an_old_benchmark_says_how_old_it_is():
    # The savings benchmark of 31 Oct 2025 cited on 6 Dec 2026.
    data = ledger([], accounts=[account(2, "savings", opening="50000", rate="0")],
                  today=date(2026, 12, 6))
    (item,) = advise(data, only={"idle_cash"})
    assert item.benchmark["date"] == "2025-10-31"
    assert item.benchmark["stale"] is True and item.benchmark["age_months"] == 13
    assert "from 2025-10-31, 13 months old" in item.detail


# --- debt ----------------------------------------------------------------------------------


def debts(card_rate):
    return run("expensive_debt", [], [
        account(3, "credit_card", opening="-2000", rate=card_rate, name="Visa"),
        account(4, "loan", opening="-5000", rate="8.5", name="Car loan"),
        account(5, "mortgage", opening="-100000", rate="3.5"),
    ])


def test_expensive_debt_in_avalanche_order():
    (item,) = debts("19.9")
    assert item.yearly_effect == Decimal("823.00")  # 398 + 425
    assert item.numbers["order"].startswith("Visa (19.9%, EUR 2,000.00); Car loan (8.5%")
    assert "mortgage" not in item.numbers["order"]


def test_expensive_debt_quiet_below_the_threshold():
    (item,) = debts("5")
    assert item.numbers["order"].startswith("Car loan")
    assert run("expensive_debt", [], [account(3, "credit_card", opening="-2000", rate="5")]) == []


def test_a_card_paid_in_full_every_month_is_not_expensive_debt():
    # Each month: 300 spent on the card on the 10th, the whole balance paid on the 5th after.
    spend = monthly(3, 10, "-300", "Shop", None, months("2024-12", 7))
    pay = monthly(3, 5, "300", "Payment", None, months("2025-01", 6))
    assert run("expensive_debt", spend + pay,
               [account(3, "credit_card", rate="19.9", name="Visa")]) == []
    # The same card, but only half of each month's spending is paid: it revolves.
    half = monthly(3, 5, "150", "Payment", None, months("2025-01", 6))
    (item,) = run("expensive_debt", spend + half,
                  [account(3, "credit_card", rate="19.9", name="Visa")])
    assert item.numbers["order"].startswith("Visa (19.9%")


def refinance(rate):
    return run("refinance", [], [account(5, "mortgage", opening="-200000", rate=rate)],
               market_rates=[own_rate(RateKind.MORTGAGE, "3.3")])


def test_refinance_when_the_mortgage_is_above_the_market():
    (item,) = refinance("4.9")
    assert item.yearly_effect == Decimal("3200.00")
    assert item.benchmark["file"] == "vault: Test survey"


def test_refinance_quiet_close_to_the_market():
    assert refinance("3.8") == []


# --- subscriptions -------------------------------------------------------------------------


def test_price_rise_is_reported_with_its_yearly_cost():
    rows = (monthly(1, 3, "-12.99", "Netflix", STREAMING, months("2024-12", 5))
            + monthly(1, 3, "-15.99", "Netflix", STREAMING, months("2025-05", 2)))
    (item,) = run("subscription_price_up", rows, [account(1)])
    assert item.yearly_effect == Decimal("36.00")
    assert item.title == "'Netflix' went up by 23.1%"


def test_small_price_rise_is_not_reported():
    rows = (monthly(1, 3, "-10.00", "Gym", None, months("2024-12", 5))
            + monthly(1, 3, "-10.10", "Gym", None, months("2025-05", 2)))
    assert run("subscription_price_up", rows, [account(1)]) == []


def test_overlapping_subscriptions_suggest_cancelling_one():
    rows = (monthly(1, 3, "-12.99", "Netflix", STREAMING, months("2025-01", 6))
            + monthly(1, 9, "-8.99", "Disney Plus", STREAMING, months("2025-01", 6)))
    (item,) = run("subscription_overlap", rows, [account(1)])
    assert item.yearly_effect == Decimal("107.88")
    assert item.numbers["yearly_total"] == "263.76"


def test_one_subscription_or_essentials_do_not_overlap():
    rows = (monthly(1, 3, "-12.99", "Netflix", STREAMING, months("2025-01", 6))
            + monthly(1, 1, "-900", "Landlord", RENT, months("2025-01", 6))
            + monthly(1, 2, "-100", "Garage", RENT, months("2025-01", 6)))
    assert run("subscription_overlap", rows, [account(1)]) == []


# --- insurance -----------------------------------------------------------------------------


def policy(renewal):
    return Policy(id=1, insurer="HUK", policy_type=PolicyType.CAR,
                  premium=Money.of("45.50", "EUR"), frequency=Frequency.MONTHLY,
                  renewal_date=renewal)


def test_renewal_within_sixty_days():
    (item,) = run("insurance_renewal", [], [account(1)], policies=[policy(date(2025, 7, 30))])
    assert item.numbers == {"insurer": "HUK", "renewal_date": "2025-07-30", "days_left": "30",
                            "yearly_premium": "546.00", "currency": "EUR"}


def test_past_renewal_date_rolls_to_the_next_anniversary():
    (item,) = run("insurance_renewal", [], [account(1)], policies=[policy(date(2024, 7, 15))])
    assert item.numbers["renewal_date"] == "2025-07-15"


def test_renewal_far_away_is_quiet():
    assert run("insurance_renewal", [], [account(1)], policies=[policy(date(2025, 9, 28))]) == []


# --- savings rate trend --------------------------------------------------------------------


def trend(extra_recent):
    span = months("2024-03", 16)
    rows = (monthly(1, 25, "3000", "ACME", SALARY, span)
            + monthly(1, 1, "-1500", "Landlord", RENT, span))
    if extra_recent:
        rows += monthly(1, 10, "-1200", "Holiday", RESTAURANTS, months("2025-03", 3))
    return run("savings_rate_trend", rows, [account(1, opening="1000")])


def test_falling_savings_rate():
    (item,) = trend(True)
    assert item.numbers["recent_rate_pct"] == "10.0"
    assert item.numbers["earlier_rate_pct"] == "50.0"
    assert item.yearly_effect == Decimal("14400.00")  # 40 % of 3000 a month, a year


def test_steady_savings_rate_is_quiet():
    assert trend(False) == []


# --- pension -------------------------------------------------------------------------------


def pension(monthly_amount):
    rows = []
    for i, month in enumerate(LAST_12):
        out_id, in_id = 2 * i + 1, 2 * i + 2
        rows += [(1, f"{month}-26", f"-{monthly_amount}", "Pension", TRANSFER, in_id),
                 (7, f"{month}-26", monthly_amount, "Pension", TRANSFER, out_id)]
    return run("pension_gap", rows, [account(1, opening="20000"), account(7, "pension")],
               income_sources=[IncomeSource(payer="ACME", kind=IncomeKind.SALARY,
                                            net=Money.of("3000", "EUR"),
                                            gross=Money.of("5000", "EUR"))])


def test_pension_below_target():
    (item,) = pension("200")
    assert item.numbers["yearly_income"] == "60000.00"
    assert item.numbers["paid_in"] == "2400.00"
    assert item.numbers["gap"] == "3600.00"
    assert item.numbers["paid_pct"] == "4.0"
    # Says which twelve months: the complete ones before this one, not a rolling year.
    assert item.detail.startswith("In the last 12 complete months (2024-06-01 to 2025-05-31)")


def test_pension_on_target_is_quiet():
    assert pension("600") == []


# --- concentration -------------------------------------------------------------------------


def portfolio(stock_units):
    return run(
        "concentration", [], [account(5, "brokerage")],
        securities=[Security(id=1, symbol="ACME", name="Acme", currency="EUR",
                             kind=SecurityKind.STOCK),
                    Security(id=2, symbol="WRLD", name="World ETF", currency="EUR",
                             kind=SecurityKind.ETF)],
        holdings=[Holding(account_id=5, security_id=1, quantity=Decimal(stock_units)),
                  Holding(account_id=5, security_id=2, quantity=Decimal("40"))],
        prices=[Price(security_id=1, date=date(2025, 6, 1), price=Decimal("100"),
                      currency="EUR"),
                Price(security_id=2, date=date(2025, 6, 1), price=Decimal("100"),
                      currency="EUR")],
    )


def test_one_stock_above_the_limit():
    (item,) = portfolio("60")
    assert item.id == "concentration:ACME"
    assert item.numbers["share_pct"] == "60.0"
    assert item.numbers["invested"] == "10000.00"


def test_spread_portfolio_is_quiet():
    assert portfolio("5") == []  # 500 of 4500: 11 %


# --- forecast and goals --------------------------------------------------------------------


def heading_down(salary):
    span = months("2023-07", 24)
    rows = (monthly(1, 25, salary, "ACME", SALARY, span)
            + monthly(1, 1, "-1500", "Landlord", RENT, span))
    return run("overdraft_ahead", rows, [account(1, opening="13200")])


def test_overdraft_ahead():
    (item,) = heading_down("1000")
    assert item.numbers["date"] == "2025-09-30"
    assert item.numbers["projected_balance"] == "-300.00"


def test_no_overdraft_ahead():
    assert heading_down("1600") == []


def goal(monthly_amount, opening):
    rows = []
    for i, month in enumerate(months("2024-12", 6)):
        rows += [(1, f"{month}-05", f"-{monthly_amount}", "Goal", TRANSFER, 2 * i + 2),
                 (2, f"{month}-05", monthly_amount, "Goal", TRANSFER, 2 * i + 1)]
    return run("goal_behind", rows, [account(1, opening="9000"),
                                     account(2, "savings", opening=opening)],
               goals=[Goal(id=1, name="Car", target=Money.of("10000", "EUR"),
                           target_date=date(2026, 6, 30), account_ids=[2])])


def test_goal_behind():
    (item,) = goal("100", "3400")
    assert item.numbers["saved"] == "4000.00"
    assert item.numbers["needed_monthly"] == "500.00"
    assert item.numbers["recent_monthly"] == "100.00"


def test_goal_on_track():
    assert goal("600", "400") == []


# --- ranking and metadata ------------------------------------------------------------------


def test_ranked_by_priority_then_yearly_effect():
    data = ledger([], accounts=[account(2, "savings", opening="12400", rate="0.1"),
                                account(5, "mortgage", opening="-200000", rate="4.9"),
                                account(3, "credit_card", opening="-2000", rate="19.9")],
                  today=TODAY, market_rates=[own_rate(RateKind.SAVINGS, "3.1"),
                                             own_rate(RateKind.MORTGAGE, "3.3")])
    ranked = [a.rule for a in advise(data) if a.rule in {"idle_cash", "refinance",
                                                         "expensive_debt"}]
    assert ranked == ["expensive_debt", "refinance", "idle_cash"]
    as_json = advise(data)[0].as_dict()
    assert set(as_json) >= {"id", "title", "detail", "yearly_effect", "numbers", "benchmark"}
    assert as_json["yearly_effect"] == "398.00"


def test_every_rule_is_described():
    catalogue = rule_catalogue()
    assert {r["id"] for r in catalogue} == set(RULES)
    assert len(RULES) >= 12
    assert all(r["title"] and r["checks"] and r["priority"] in (1, 2, 3) for r in catalogue)
