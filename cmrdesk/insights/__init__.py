"""Insights: how much money a person has, where it goes, and what to do with it.

Pure analytics on frames. The caller (the services layer) loads the vault and hands over one
:class:`LedgerData` (see :mod:`.inputs` for the exact contract); nothing here reads files other
than the shipped market snapshot, talks to a database or imports Qt.

Conventions: amounts in frames are int64 minor units (of the account's currency, or of the base
currency where a column says so); single figures returned to callers are ``Decimal``; every
function takes either the ``LedgerData`` or a :class:`LedgerFrame` built from it once with
:func:`build_frame` (pass the frame to share work between calls).

Entry point for most callers: :func:`build_report` (a JSON-ready dict) and
:func:`format_report_text`.
"""

from .advice import RULES, Advice, advise, rule_catalogue
from .benchmarks import (
    Benchmark,
    BenchmarkStatus,
    benchmark_series,
    find_benchmark,
    load_market_csv,
    market_dir,
    shipped_fx_rates,
    shipped_market_files,
)
from .cashflow import (
    cash_flow_totals,
    last_months,
    monthly_cash_flow,
    period_savings_rate,
    savings_rate,
    spending_by_category,
    spending_by_payee,
    this_year,
)
from .categoriser import evaluate, suggest
from .forecast import Forecast, forecast
from .frames import LedgerFrame, as_frame, build_frame
from .inputs import AdviceSettings, CategoryRule, LedgerData, tx_from_records, validate_tx
from .networth import NetWorth, account_balances, net_worth, net_worth_series
from .recurring import PayDay, find_recurring, usual_pay_day
from .report import build_report, format_report_text
from .transfers import detected_transfers, transfer_mask, transfer_summary

__all__ = [
    "RULES", "Advice", "AdviceSettings", "Benchmark", "BenchmarkStatus", "CategoryRule",
    "Forecast", "LedgerData", "LedgerFrame", "NetWorth", "PayDay", "account_balances", "advise",
    "as_frame", "benchmark_series", "build_frame", "build_report", "cash_flow_totals",
    "detected_transfers", "evaluate", "find_benchmark", "find_recurring", "forecast",
    "format_report_text", "last_months", "load_market_csv", "market_dir", "monthly_cash_flow",
    "net_worth", "net_worth_series", "period_savings_rate", "rule_catalogue", "savings_rate",
    "shipped_fx_rates", "shipped_market_files", "spending_by_category", "spending_by_payee",
    "suggest", "this_year", "transfer_mask", "transfer_summary", "tx_from_records",
    "usual_pay_day", "validate_tx",
]
