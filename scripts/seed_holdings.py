"""Give the demo vault's holdings what a person would key in for the Holdings screenshots: the
cost of each holding, and one holding bought before any price was keyed in (it shows "no price
yet" and stays out of the totals). Goes through the same services as the app's forms.

    python scripts/seed_holdings.py VAULT      # passphrase from $CMRDESK_PASSPHRASE (demo)
"""

from __future__ import annotations

import os
import sys
from decimal import Decimal

from cmrdesk.domain import AccountKind, Holding, Money, Security
from cmrdesk.services import records
from cmrdesk.services.editing import apply
from cmrdesk.services.session import VaultSession

COSTS = {"VWRL": "9870.00", "IWDA": "5120.00", "ASML": "7350.00", "AGGH": "4410.00"}


def main(vault: str) -> None:
    """Seed ``vault``."""
    with VaultSession.open(vault, os.environ.get("CMRDESK_PASSPHRASE", "demo")) as session:
        broker = next(a for a in session.accounts() if a.kind == AccountKind.BROKERAGE)
        symbols = {s.id: s.symbol for s in session.list(Security)}
        for holding in session.list(Holding, account_id=broker.id):
            symbol = symbols[holding.security_id]
            if symbol in COSTS:
                apply(session, records.set_holding(
                    session, broker.id, symbol, holding.quantity,
                    cost=Money.of(COSTS[symbol], "EUR")))
        apply(session, records.set_holding(
            session, broker.id, "XEON", Decimal("40"), cost=Money.of("5480.00", "EUR"),
            details=records.SecurityDetails(
                name="Xtrackers II EUR Overnight Rate Swap", isin="LU0290358497",
                kind="etf", asset_class="cash", currency="EUR")))


if __name__ == "__main__":
    main(sys.argv[1])
