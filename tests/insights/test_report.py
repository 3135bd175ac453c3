"""The report: every promised key, JSON-ready values, and readable text."""

import json
import re
from datetime import date

from cmrdesk.insights.report import build_report, format_report_text
from cmrdesk.insights.synthetic import synthetic_ledger

from .ledgers import RENT, SALARY, STREAMING, account, ledger, monthly, months

MONEY = re.compile(r"^-?\d+\.\d{2}$")


def small():
    rows = (monthly(1, 25, "3000", "ACME GmbH", SALARY, months("2024-07", 12))
            + monthly(1, 1, "-1000", "Landlord", RENT, months("2024-07", 12))
            + monthly(1, 3, "-12.99", "Netflix", STREAMING, months("2024-07", 12))
            + [(1, "2025-06-10", "-45.10", "Corner shop")])
    return ledger(rows, accounts=[account(1, opening="100"), account(2, "savings")])


def test_top_level_keys_and_shapes():
    report = build_report(small())
    assert set(report) >= {
        "base_currency", "net_worth", "cash_flow", "savings_rate", "spending_by_category",
        "recurring", "forecast", "advice", "categoriser",
    }
    assert set(report["net_worth"]) >= {"total", "liquid", "by_kind", "series"}
    assert set(report["cash_flow"][0]) >= {"month", "income", "spending", "saving"}
    assert set(report["categoriser"]) >= {"accuracy", "method", "n_train", "n_test"}
    for item in report["advice"]:
        assert set(item) >= {"id", "title", "detail", "yearly_effect", "numbers"}
    json.dumps(report)  # nothing that JSON cannot carry


def test_figures_are_decimal_strings_and_iso_dates():
    report = build_report(small())
    worth = report["net_worth"]
    # 100 + 12 x (3000 - 1000 - 12.99) - 45.10
    assert worth["total"] == "23899.02"
    assert worth["by_kind"] == {"checking": "23899.02", "savings": "0.00"}
    assert all(MONEY.match(point["total"]) for point in worth["series"])
    assert worth["series"][-1]["date"] == "2025-06-30"
    assert report["cash_flow"][0] == {"month": "2024-07", "income": "3000.00",
                                      "spending": "1012.99", "saving": "1987.01",
                                      "savings_rate": "0.6623", "start": "2024-07-01",
                                      "end": "2024-07-31"}
    assert report["savings_rate"] == "0.6611"  # 23799.02 saved of 36000 = 0.66108
    names = [c["name"] for c in report["spending_by_category"]]
    assert names[:2] == ["Rent", "Streaming"]
    assert {r["payee"] for r in report["recurring"]} == {"ACME GmbH", "Landlord", "Netflix"}
    assert len(report["forecast"]["months"]) == 12


def test_overdraft_in_the_report():
    rows = (monthly(1, 25, "1000", "ACME GmbH", SALARY, months("2023-07", 24))
            + monthly(1, 1, "-1500", "Landlord", RENT, months("2023-07", 24)))
    report = build_report(ledger(rows, accounts=[account(1, opening="13200")]))
    assert report["forecast"]["overdrafts"] == [
        {"account_id": 1, "name": "checking 1", "currency": "EUR", "date": "2025-09-30",
         "balance": "-300.00"}]


def test_a_custom_range():
    report = build_report(small(), date(2025, 1, 1), date(2025, 3, 31))
    assert [m["month"] for m in report["cash_flow"]] == ["2025-01", "2025-02", "2025-03"]
    assert report["net_worth"]["on"] == "2025-03-31"


def test_text_rendering_reads_like_a_statement():
    text = format_report_text(build_report(small()))
    for heading in ("Net worth on 2025-06-30", "Cash flow", "Recurring", "Forecast", "Advice",
                    "Categoriser"):
        assert heading in text
    assert "EUR 23,899.02" in text


def test_synthetic_household_end_to_end():
    data = synthetic_ledger(20_000, years=4, seed=3)
    report = build_report(data)
    json.dumps(report)
    assert report["transfers"]["detected_pairs"] > 0  # card payoffs and the car loan
    assert report["categoriser"]["accuracy"] > 0.8
    rules = {a["rule"] for a in report["advice"]}
    assert {"expensive_debt", "refinance", "concentration", "insurance_renewal"} <= rules
    assert any(r["price_up"] for r in report["recurring"])
