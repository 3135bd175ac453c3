"""The insights report over a vault: load everything once, hand it to ``cmrdesk.insights``.

Nothing here leaves the machine: benchmarks come from the files shipped in
``resources/market`` and the rates the person imported into the vault.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from cmrdesk.domain import (
    CategoryRule,
    FxRate,
    Goal,
    Holding,
    IncomeSource,
    MarketRate,
    Policy,
    Price,
    Security,
    ValidationError,
    Valuation,
)

from .session import VaultSession

ADVICE_PREFIX = "advice."


def advice_settings(session: VaultSession) -> Any:
    """The advice thresholds: defaults, overridden by ``advice.<name>`` vault settings."""
    from cmrdesk.insights import AdviceSettings

    overrides: dict[str, Any] = {}
    defaults = AdviceSettings()
    for key, value in session.settings().items():
        if not key.startswith(ADVICE_PREFIX):
            continue
        name = key[len(ADVICE_PREFIX):]
        if not hasattr(defaults, name):
            continue  # a setting from a newer cmrdesk: ignore rather than fail
        current = getattr(defaults, name)
        try:
            overrides[name] = Decimal(str(value)) if isinstance(current, Decimal) else (
                type(current)(value))
        except (InvalidOperation, ValueError, TypeError):
            raise ValidationError(key, f"{value!r} is not a valid value") from None
    return dataclasses.replace(defaults, **overrides)


def ledger_data(
    session: VaultSession, today: date | None = None, *, tx: dict[str, Any] | None = None
) -> Any:
    """Everything insights needs, read from the vault in one go (``tx``: transaction columns
    the caller already loaded, e.g. through the fast path of ``services.overview``)."""
    from cmrdesk.insights import LedgerData

    return LedgerData(
        base_currency=session.base_currency,
        today=today or date.today(),
        accounts=session.accounts(),
        categories=session.categories(),
        tx=session.transaction_columns() if tx is None else tx,
        valuations=session.list(Valuation),
        holdings=session.list(Holding),
        securities=session.list(Security),
        prices=session.list(Price),
        fx_rates=session.list(FxRate),
        market_rates=session.list(MarketRate),
        policies=session.list(Policy),
        income_sources=session.list(IncomeSource),
        goals=session.list(Goal),
        rules=session.list(CategoryRule),
        settings=advice_settings(session),
        splits=split_columns(session),
    )


def split_columns(session: VaultSession) -> dict[str, Any]:
    """The parts of split transactions as columns: every figure by category uses the parts."""
    from cmrdesk.vault.ledger import load_splits

    with session.vault.read() as conn:
        return load_splits(conn)


def report(
    session: VaultSession,
    *,
    start: date | None = None,
    end: date | None = None,
    today: date | None = None,
) -> dict[str, Any]:
    """The full insights report (see ``cmrdesk.insights.report``) as a JSON-ready dict."""
    from cmrdesk.insights import build_report

    if start and end and start > end:
        raise ValidationError("--from", f"{start} is after {end}")
    return build_report(ledger_data(session, today), start, end)


def report_text(data: dict[str, Any]) -> str:
    """The report as readable text."""
    from cmrdesk.insights.report import format_report_text

    return format_report_text(data)
