"""Recurring items: periods, confidence, new and price-up flags, what is not recurring."""

from datetime import date, timedelta

from cmrdesk.domain import Frequency, IncomeKind, IncomeSource, Money
from cmrdesk.insights.recurring import (
    find_recurring,
    occurrences,
    recurring_member_mask,
    usual_pay_day,
)

from .ledgers import GROCERIES, RENT, SALARY, STREAMING, ledger, monthly, months

TODAY = date(2025, 6, 30)


def items(rows):
    table = find_recurring(ledger(rows, today=TODAY))
    return {row.payee: row for row in table.itertuples(index=False)}


def test_salary_and_rent_are_monthly():
    found = items(monthly(1, 25, "3000", "ACME GmbH", SALARY, months("2024-07", 12))
                  + monthly(1, 1, "-1000", "Landlord", RENT, months("2024-07", 12)))
    salary, rent = found["ACME GmbH"], found["Landlord"]
    assert (salary.frequency, salary.direction, salary.amount_minor) == ("monthly", "in", 300000)
    assert salary.next_date == date(2025, 7, 25)
    assert rent.next_date == date(2025, 7, 1)
    assert salary.confidence == round(11 / 12, 3)  # regular and steady, 11 intervals
    assert salary.category_id == SALARY and rent.category_id == RENT
    assert salary.yearly_minor == 3600000
    assert not salary.new and not salary.price_up and not salary.is_transfer


def test_weekly_quarterly_and_yearly():
    weekly = [(1, (date(2025, 4, 7) + timedelta(days=7 * k)).isoformat(), "-10", "Yoga Club")
              for k in range(12)]
    quarterly = [(1, day, "-90", "Water board") for day in
                 ("2024-07-15", "2024-10-15", "2025-01-15", "2025-04-15")]
    yearly = [(1, day, "-300", "Car insurance") for day in ("2023-03-01", "2024-03-01",
                                                            "2025-03-01")]
    found = items(weekly + quarterly + yearly)
    assert found["Yoga Club"].frequency == "weekly"
    assert found["Water board"].frequency == "quarterly"
    assert found["Car insurance"].frequency == "yearly"
    assert found["Car insurance"].next_date == date(2026, 3, 1)


def test_new_subscription_is_flagged_new():
    found = items(monthly(1, 7, "-9.99", "Spotify", STREAMING, months("2025-04", 3))
                  + monthly(1, 3, "-12.99", "Netflix", STREAMING, months("2023-01", 30)))
    assert found["Spotify"].new
    assert not found["Netflix"].new


def test_price_went_up_after_one_and_after_two_charges():
    once = items([*monthly(1, 3, "-12.99", "Netflix", STREAMING, months("2024-12", 6)),
                  (1, "2025-06-03", "-15.99", "Netflix", STREAMING)])
    assert once["Netflix"].price_up
    assert (once["Netflix"].previous_minor, once["Netflix"].amount_minor) == (-1299, -1599)
    twice = items(monthly(1, 3, "-12.99", "Netflix", STREAMING, months("2024-11", 6))
                  + monthly(1, 3, "-15.99", "Netflix", STREAMING, months("2025-05", 2)))
    assert twice["Netflix"].price_up


def test_a_small_or_old_rise_is_not_flagged():
    small = items([*monthly(1, 3, "-10.00", "Gym", None, months("2024-12", 6)),
                   (1, "2025-06-03", "-10.10", "Gym")])
    assert not small["Gym"].price_up  # 1 % <= 2 %
    old = items(monthly(1, 3, "-10.00", "Gym", None, months("2023-01", 6))
                + monthly(1, 3, "-12.00", "Gym", None, months("2023-07", 24)))
    assert not old["Gym"].price_up  # the rise was two years ago


def test_shopping_and_ended_items_are_not_recurring():
    shopping = [(1, (date(2025, 1, 1) + timedelta(days=k * 3)).isoformat(),
                 f"-{20 + (k * 7) % 30}", "REWE Markt", GROCERIES) for k in range(60)]
    ended = monthly(1, 5, "-5.99", "Old magazine", None, months("2024-01", 12))
    irregular = [(1, day, "-50", "Plumber") for day in ("2024-02-03", "2024-09-20",
                                                        "2025-05-02")]
    assert items(shopping + ended + irregular) == {}


def test_two_fixed_charges_from_one_payee_are_told_apart():
    rows = (monthly(1, 5, "-0.99", "APPLE.COM/BILL", None, months("2024-09", 10))
            + monthly(1, 20, "-9.99", "APPLE.COM/BILL", None, months("2024-09", 10)))
    table = find_recurring(ledger(rows, today=TODAY))
    assert sorted(table["amount_minor"].tolist()) == [-999, -99]


def test_payee_decorations_do_not_split_an_item():
    rows = [(1, f"{m}-03", "-12.99", f"NETFLIX.COM {4711 + i}", STREAMING)
            for i, m in enumerate(months("2024-09", 10))]
    assert len(find_recurring(ledger(rows, today=TODAY))) == 1


def test_member_rows_and_occurrences():
    data = ledger([*monthly(1, 1, "-1000", "Landlord", RENT, months("2025-01", 6)),
                   (1, "2025-03-09", "-45", "Kiosk")], today=TODAY)
    assert recurring_member_mask(data).sum() == 6
    assert occurrences(date(2025, 6, 1), "monthly", TODAY, date(2025, 9, 30)) == [
        date(2025, 7, 1), date(2025, 8, 1), date(2025, 9, 1)]
    # A repeat due before today but not booked yet is expected tomorrow.
    assert occurrences(date(2025, 5, 20), "monthly", TODAY, date(2025, 7, 31)) == [
        date(2025, 7, 1), date(2025, 7, 20)]


def test_a_rise_of_income_is_a_raise_not_a_price_rise():
    found = items([*monthly(1, 25, "3000.00", "ACME GmbH", SALARY, months("2024-12", 6)),
                   (1, "2025-06-25", "3200.00", "ACME GmbH", SALARY)])
    salary = found["ACME GmbH"]
    assert salary.raised and not salary.price_up
    cost = items([*monthly(1, 3, "-12.99", "Netflix", STREAMING, months("2024-12", 6)),
                  (1, "2025-06-03", "-15.99", "Netflix", STREAMING)])["Netflix"]
    assert cost.price_up and not cost.raised


def test_usual_pay_day_from_the_history_is_the_day_the_last_salary_usually_arrives():
    rows = (monthly(1, 25, "3000", "ACME GmbH", SALARY, months("2024-07", 12))
            + monthly(1, 20, "2000", "City of Bonn", SALARY, months("2024-07", 12))
            + monthly(1, 28, "5", "Cashback", None, months("2024-07", 12))  # too small to wait for
            + monthly(1, 1, "-1000", "Landlord", RENT, months("2024-07", 12)))
    pay = usual_pay_day(ledger(rows, today=TODAY))
    assert (pay.day, pay.payer, pay.source) == (25, "ACME GmbH", "history")


def test_a_keyed_in_pay_day_wins_over_the_history():
    rows = monthly(1, 25, "3000", "ACME GmbH", SALARY, months("2024-07", 12))
    source = IncomeSource(payer="ACME GmbH", kind=IncomeKind.SALARY, net=Money.of("3000", "EUR"),
                          frequency=Frequency.MONTHLY, pay_day=27)
    pay = usual_pay_day(ledger(rows, today=TODAY, income_sources=[source]))
    assert (pay.day, pay.source) == (27, "keyed in")
    assert usual_pay_day(ledger(monthly(1, 1, "-1000", "Landlord", RENT, months("2024-07", 12)),
                                today=TODAY)) is None  # no income: not known, never a guess
