"""The whole picture in one JSON-ready dict, and the same as readable text.

:func:`build_report` builds the frame once and asks every analysis for its part; money is a
decimal string in its currency (``"-12.30"``), dates are ISO strings, ratios are decimal strings
(savings rate) or floats (confidence, accuracy). Top-level keys:

``base_currency``, ``today``, ``period`` (``start``, ``end``),
``net_worth`` (``on``, ``total``, ``liquid``, ``illiquid``, ``by_kind``, ``by_group``,
``accounts``, ``series``), ``cash_flow`` (per month: ``month``, ``start`` and ``end`` (the
days of it inside the period), ``income``, ``spending``, ``saving``, ``savings_rate``),
``totals`` (``income``, ``spending``, ``saving``), ``savings_rate``,
``spending_by_category``, ``spending_by_payee``, ``recurring`` (each also ``raise``: an
income that went up), ``forecast`` (``months``, ``accounts``, ``overdrafts``, ``method``),
``advice`` (each ``id``, ``rule``, ``title``, ``detail``, ``priority``, ``yearly_effect``,
``numbers``, ``benchmark``: ``file``, ``date``, ``name``, ``source``, ``rate``,
``age_months``, ``stale``), ``benchmarks`` (the latest figure of every benchmark series:
``kind``, ``region``, ``name``, ``date``, ``rate``, ``source``, ``file``, ``age_months``,
``stale`` when more than 3 months old), ``categoriser`` (``accuracy``, ``method``,
``n_train``, ``n_test``, ``by_method``, ``uncategorised``, ``suggestions``), ``transfers``,
``warnings`` (one per account currency with no exchange rate to the base: ``kind``,
``source``, ``target``, ``accounts``, ``message``; those accounts are left out of every base
total and their ``balance_base`` is ``null``).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pandas as pd

from . import advice as advice_rules
from .benchmarks import benchmark_series, shipped_fx_rates
from .cashflow import (
    cash_flow_totals,
    monthly_cash_flow,
    resolve_range,
    savings_rate,
    share,
    spending_by_category,
    spending_by_payee,
)
from .categoriser import evaluate, suggest
from .forecast import BASELINE_YEARS, Z_BAND, forecast
from .formatting import decimal_text, money_text, percent_text, ratio_percent
from .frames import LedgerFrame, build_frame, month_last, month_of
from .inputs import LedgerData
from .networth import account_balances, net_worth, net_worth_series
from .recurring import find_recurring
from .transfers import transfer_summary

#: How many suggestions and payees the report lists (the full lists come from the modules).
TOP = 20


def build_report(
    ledger: LedgerData, start: date | None = None, end: date | None = None
) -> dict:
    """Everything insights knows about ``ledger`` over ``[start, end]`` (default: the rolling
    12 months up to today, see :func:`~.cashflow.last_months`). Net worth is taken on ``end``."""
    frame = build_frame(ledger, shipped_fx_rates())
    start, end = resolve_range(frame, start, end)
    base = frame.base
    totals = cash_flow_totals(frame, start, end)
    return {
        "base_currency": base,
        "today": ledger.today.isoformat(),
        "period": {"start": start.isoformat(), "end": end.isoformat()},
        "net_worth": _net_worth(frame, start, end),
        "cash_flow": _cash_flow(frame, start, end),
        "totals": {
            "income": decimal_text(totals.income, base),
            "spending": decimal_text(totals.spending, base),
            "saving": decimal_text(totals.saving, base),
        },
        "savings_rate": _ratio(totals.savings_rate),
        "spending_by_category": _by_category(frame, start, end, totals.spending),
        "spending_by_payee": [
            {"payee": str(r.payee), "amount": decimal_text(int(r.amount_minor), base),
             "count": int(r.count)}
            for r in spending_by_payee(frame, start, end, top=TOP).itertuples(index=False)
        ],
        "recurring": _recurring(frame),
        "forecast": _forecast(frame),
        "advice": [a.as_dict() for a in advice_rules.advise(frame)],
        "benchmarks": _benchmarks(frame),
        "categoriser": _categoriser(frame),
        "transfers": transfer_summary(frame),
        "warnings": [w.as_json() for w in frame.fx_warnings],
    }


def _benchmarks(frame: LedgerFrame) -> list[dict]:
    today = frame.data.today
    return [
        {"kind": b.kind.value, "region": b.region, "name": b.name, "date": b.date.isoformat(),
         "rate": str(b.rate), "source": b.source, "file": b.file, "age_months": b.age_months,
         "stale": b.stale}
        for b in benchmark_series(today, frame.data.market_rates)
    ]


def _ratio(value: Decimal | None) -> str | None:
    return None if value is None else f"{value:f}"


def _net_worth(frame: LedgerFrame, start: date, end: date) -> dict:
    base = frame.base
    worth = net_worth(frame, end)
    series = net_worth_series(frame, start, end, "M")
    balances = account_balances(frame, end)
    return {
        "on": end.isoformat(),
        "total": decimal_text(worth.total, base),
        "liquid": decimal_text(worth.liquid, base),
        "illiquid": decimal_text(worth.illiquid, base),
        "by_kind": {k: decimal_text(v, base) for k, v in worth.by_kind.items()},
        "by_group": {k: decimal_text(v, base) for k, v in worth.by_group.items()},
        "accounts": [
            {
                "account_id": int(r.account_id), "name": r.name, "kind": r.kind,
                "group": r.group, "currency": r.currency, "liquid": bool(r.liquid),
                "balance": decimal_text(int(r.balance_minor), r.currency),
                "balance_base": None if pd.isna(r.base_minor)
                else decimal_text(int(r.base_minor), base),
            }
            for r in balances.itertuples(index=False)
        ],
        "series": [
            {"date": day.isoformat(), **{col: decimal_text(int(v), base) for col, v in row.items()}}
            for day, row in series.iterrows()
        ],
    }


def _cash_flow(frame: LedgerFrame, start: date, end: date) -> list[dict]:
    base = frame.base
    return [
        {
            "month": month,
            # The days of the month inside the period: a rolling period starts and ends mid-month.
            "start": max(date.fromisoformat(f"{month}-01"), start).isoformat(),
            "end": min(month_last(month_of(date.fromisoformat(f"{month}-01"))), end).isoformat(),
            "income": decimal_text(int(row.income), base),
            "spending": decimal_text(int(row.spending), base),
            "saving": decimal_text(int(row.saving), base),
            "savings_rate": _ratio(savings_rate(int(row.income), int(row.saving))),
        }
        for month, row in monthly_cash_flow(frame, start, end).iterrows()
    ]


def _by_category(frame: LedgerFrame, start: date, end: date, total: int) -> list[dict]:
    base = frame.base
    table = spending_by_category(frame, start, end)
    return [
        {
            "category_id": int(r.category_id),
            "name": r.name,
            "amount": decimal_text(int(r.amount_minor), base),
            "share": _ratio(share(int(r.amount_minor), total)),
        }
        for r in table.itertuples(index=False)
    ]


def _recurring(frame: LedgerFrame) -> list[dict]:
    out = []
    for r in find_recurring(frame).itertuples(index=False):
        out.append({
            "account_id": int(r.account_id),
            "payee": r.payee,
            "direction": r.direction,
            "frequency": r.frequency,
            "amount": decimal_text(int(r.amount_minor), r.currency),
            "previous_amount": decimal_text(int(r.previous_minor), r.currency),
            "currency": r.currency,
            "yearly_amount": decimal_text(int(r.yearly_minor), r.currency),
            "first_date": r.first_date.isoformat(),
            "last_date": r.last_date.isoformat(),
            "next_date": r.next_date.isoformat() if r.next_date else None,
            "count": int(r.count),
            "confidence": float(r.confidence),
            "new": bool(r.new),
            "price_up": bool(r.price_up),
            "category_id": int(r.category_id),
            "is_transfer": bool(r.is_transfer),
            "raise": bool(r.raised),
        })
    return out


def _forecast(frame: LedgerFrame) -> dict:
    base = frame.base
    result = forecast(frame)
    accounts = []
    for account_id, rows in result.accounts.groupby("account_id", sort=False):
        currency = rows["currency"].iloc[0]
        accounts.append({
            "account_id": int(account_id),
            "currency": currency,
            "points": [
                {"date": r.date.isoformat(), "balance": decimal_text(int(r.balance), currency),
                 "low": decimal_text(int(r.low), currency),
                 "high": decimal_text(int(r.high), currency)}
                for r in rows.itertuples(index=False)
            ],
        })
    return {
        "months": [
            {"date": day.isoformat(), **{c: decimal_text(int(v), base) for c, v in row.items()}}
            for day, row in result.total.iterrows()
        ],
        "accounts": accounts,
        "overdrafts": [
            {
                "account_id": w["account_id"], "name": w["name"], "currency": w["currency"],
                "date": w["date"].isoformat(),
                "balance": decimal_text(w["balance_minor"], w["currency"]),
            }
            for w in result.overdrafts
        ],
        "method": (
            "recurring items at their latest amount plus the average non-recurring flow of each "
            f"calendar month over the last {BASELINE_YEARS} years; band: {Z_BAND} x residual "
            "standard deviation x sqrt(months ahead) (about 80 %)"
        ),
    }


def _categoriser(frame: LedgerFrame) -> dict:
    quality = evaluate(frame)
    suggestions = suggest(frame)
    useful = suggestions[suggestions["category_id"] >= 0]
    return {
        **quality,
        "uncategorised": len(suggestions),
        "suggested": len(useful),
        "suggestions": [
            {"id": int(r.id), "category_id": int(r.category_id), "category": r.category,
             "confidence": float(r.confidence), "method": r.method, "reason": r.reason}
            for r in useful.head(TOP).itertuples(index=False)
        ],
    }


# --- text ------------------------------------------------------------------------------------


def format_report_text(report: dict) -> str:
    """A plain-text rendering of :func:`build_report`'s dict, for the CLI and for e-mail."""
    base = report["base_currency"]
    lines: list[str] = []

    def money(text: str | None, currency: str = base) -> str:
        return "n/a" if text is None else money_text(Decimal(text), currency)

    def heading(title: str) -> None:
        lines.extend(["", title, "-" * len(title)])

    period = report["period"]
    lines.append(f"cmrdesk report {period['start']} to {period['end']} ({base})")
    for warning in report.get("warnings", []):
        lines.append(f"warning: {warning['message']} ({', '.join(warning['accounts'])})")
    worth = report["net_worth"]
    heading(f"Net worth on {worth['on']}")
    lines.append(f"Total      {money(worth['total'])}")
    lines.append(f"Liquid     {money(worth['liquid'])}")
    lines.append(f"Illiquid   {money(worth['illiquid'])}")
    for group, value in worth["by_group"].items():
        if Decimal(value):
            lines.append(f"  {group:<12}{money(value)}")
    for account in worth["accounts"]:
        lines.append(f"  - {account['name']}: {money(account['balance'], account['currency'])}")

    heading("Cash flow")
    rate = report["savings_rate"]
    totals = report["totals"]
    lines.append(
        f"Income {money(totals['income'])}, spending {money(totals['spending'])}, saving "
        f"{money(totals['saving'])}"
        + (f" ({percent_text(ratio_percent(Decimal(rate)))} saved)" if rate else "")
    )
    for month in report["cash_flow"]:
        lines.append(
            f"  {month['month']}  in {money(month['income']):>18}  out "
            f"{money(month['spending']):>18}  saved {money(month['saving']):>18}"
        )
    heading("Spending by category")
    for cat in report["spending_by_category"][:10]:
        share = f" ({percent_text(ratio_percent(Decimal(cat['share'])))})" if cat["share"] else ""
        lines.append(f"  {cat['name']:<24}{money(cat['amount'])}{share}")

    heading("Recurring (moves between own accounts left out)")
    for item in [r for r in report["recurring"] if not r["is_transfer"]][:15]:
        flags = "".join(
            f" [{f}]" for f, on in (("new", item["new"]), ("price up", item["price_up"]),
                                    ("raise", item.get("raise", False))) if on
        )
        lines.append(
            f"  {item['payee']:<28}{money(item['amount'], item['currency'])} {item['frequency']}, "
            f"next {item['next_date']}{flags}"
        )

    heading("Forecast (month end, total)")
    for point in report["forecast"]["months"]:
        lines.append(
            f"  {point['date']}  {money(point['balance'])}  "
            f"({money(point['low'])} – {money(point['high'])})"
        )
    for warning in report["forecast"]["overdrafts"]:
        lines.append(
            f"  ! {warning['name']} below zero by {warning['date']}: "
            f"{money(warning['balance'], warning['currency'])}"
        )

    heading("Advice")
    if not report["advice"]:
        lines.append("  Nothing to act on.")
    for number, item in enumerate(report["advice"], start=1):
        effect = item["yearly_effect"]
        worth_text = f" [{money(effect)} a year]" if effect is not None else ""
        lines.append(f"  {number}. {item['title']}{worth_text}")
        lines.append(f"     {item['detail']}")
        if item["benchmark"]:
            bench = item["benchmark"]
            lines.append(f"     benchmark: {bench['file']}, {bench['date']}")

    cat = report["categoriser"]
    heading("Categoriser")
    accuracy = cat["accuracy"]
    shown = "n/a" if accuracy is None else percent_text(ratio_percent(Decimal(str(accuracy))))
    lines.append(f"  accuracy {shown} ({cat['method']})")
    lines.append(f"  {cat['suggested']} of {cat['uncategorised']} uncategorised have a suggestion")
    return "\n".join(lines) + "\n"

