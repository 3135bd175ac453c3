"""The Holdings view: what each brokerage or pension account holds, what it is worth today,
what it cost and what it gained, and each holding's share of the portfolio.

Values follow the balance rules of :mod:`cmrdesk.services.session` (the latest price on or
before the day, quantity times price, rounded half-even: :func:`session.holding_values`), so
a holding here adds up to what the Accounts page counts for its account. A holding whose
security has no price yet has no value: it is listed as such and left out of the totals,
never counted as zero.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from cmrdesk.domain import Account, Holding, MissingRate, Money, Price, Security

from .records import HOLDING_KINDS
from .session import VaultSession, holding_values


@dataclass(frozen=True)
class HoldingRow:
    """One holding with its figures. ``None`` means unknown (no price yet, no cost given,
    no exchange rate), never zero."""

    holding: Holding
    security: Security
    account: Account
    price: Price | None  # the price the value is taken at (its date says how fresh it is)
    value: Money | None  # in the price's currency
    value_base: Money | None  # in the base currency; None when no price or no rate
    cost: Money | None
    gain: Money | None  # value - cost, in the value's currency
    gain_ratio: Decimal | None  # gain / cost
    share: Decimal | None  # value_base / the portfolio's valued total

    @property
    def id(self) -> int | None:
        """The holding's id (the table selects rows by it)."""
        return self.holding.id


@dataclass(frozen=True)
class HoldingsTable:
    """The holdings of one account (or of all) on a day, with totals in the base currency."""

    on: date
    base: str
    rows: list[HoldingRow]
    accounts: list[Account]  # every account that may hold securities
    value: Money  # sum of the valued holdings
    cost: Money | None  # sum of the cost of valued holdings whose cost is known
    gain: Money | None  # value - cost over the same holdings
    unpriced: list[str]  # symbols without a price yet: left out of the totals
    without_cost: list[str]  # valued symbols without a cost: left out of cost and gain
    unconverted: list[str]  # valued symbols without an exchange rate to the base currency


def holdings_table(session: VaultSession, account_id: int | None = None,
                   on: date | None = None) -> HoldingsTable:
    """The Holdings view of ``account_id`` (every account when ``None``) on ``on`` (today)."""
    when = on or date.today()
    base = session.base_currency
    accounts = [a for a in session.accounts() if a.kind in HOLDING_KINDS]
    by_id = {a.id: a for a in session.accounts()}
    securities = {s.id: s for s in session.list(Security)}
    holdings = [h for h in session.list(Holding)
                if account_id is None or h.account_id == account_id]
    valued = holding_values(holdings, session.list(Price), when)
    fx = session.fx_table()
    partial = []
    for holding, (price, value) in zip(holdings, valued, strict=True):
        value_base = None
        if value is not None:
            try:
                value_base = fx.convert(value, base, when)
            except MissingRate:
                value_base = None
        cost = holding.cost_basis
        gain = ratio = None
        if value is not None and cost is not None:
            cost_here = _in(fx, cost, value.currency, when)
            if cost_here is not None:
                gain = value - cost_here
                ratio = gain.amount / cost_here.amount if cost_here.amount else None
        partial.append((holding, securities[holding.security_id],
                        by_id[holding.account_id], price, value, value_base, cost, gain, ratio))
    total = Money.zero(base)
    for *_rest, value_base, _c, _g, _r in partial:
        if value_base is not None:
            total = total + value_base
    rows = [HoldingRow(h, s, a, p, v, vb, c, g, r,
                       (vb.amount / total.amount) if vb is not None and total.amount else None)
            for h, s, a, p, v, vb, c, g, r in partial]
    rows.sort(key=lambda r: (r.account.name.casefold(), r.security.symbol))
    cost_total = Money.zero(base)
    costed = False
    for row in rows:
        if row.value_base is not None and row.cost is not None:
            cost_base = _in(fx, row.cost, base, when)
            if cost_base is not None:
                cost_total = cost_total + cost_base
                costed = True
    value_of_costed = Money.zero(base)
    for row in rows:
        if row.value_base is not None and row.cost is not None:
            value_of_costed = value_of_costed + row.value_base
    return HoldingsTable(
        on=when, base=base, rows=rows, accounts=accounts, value=total,
        cost=cost_total if costed else None,
        gain=(value_of_costed - cost_total) if costed else None,
        unpriced=[r.security.symbol for r in rows if r.price is None],
        without_cost=[r.security.symbol for r in rows if r.value is not None and r.cost is None],
        unconverted=[r.security.symbol for r in rows
                     if r.value is not None and r.value_base is None],
    )


def _in(fx: object, money: Money, currency: str, when: date) -> Money | None:
    if money.currency == currency:
        return money
    try:
        return fx.convert(money, currency, when)  # type: ignore[attr-defined, no-any-return]
    except MissingRate:
        return None


def security_prices(session: VaultSession, symbol: str) -> tuple[Security | None, list[Price]]:
    """The security ``symbol`` and its prices, newest first (``None`` and ``[]`` when the
    vault has no such security)."""
    wanted = symbol.strip().upper()
    security = next((s for s in session.list(Security) if s.symbol == wanted), None)
    if security is None:
        return None, []
    prices = session.list(Price, security_id=security.id)
    return security, sorted(prices, key=lambda p: (p.date, p.id or 0), reverse=True)
