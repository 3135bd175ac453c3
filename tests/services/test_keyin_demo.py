"""The demo household keyed in by hand gives the demo's report.

Everything about the household that no bank exports (accounts with their kind-specific
fields, policies, income, goals, valuations, holdings, prices, exchange rates, the profile) is
keyed into an empty vault through ``services.records`` and ``editing.apply``, the services
behind the desktop forms and the CLI; the bank transactions go in as the demo generator puts
them in (one ``add_transactions`` batch with its transfer pairs). The report and the share
catalogue must come out exactly as the generator's: whatever the generator writes, a person
can key in.
"""

from __future__ import annotations

import copy
from datetime import date
from enum import Enum

from cmrdesk.domain import (
    PROFILE_FIELDS,
    FxRate,
    Goal,
    Holding,
    IncomeSource,
    Policy,
    Price,
    Security,
    TransactionBatch,
    Valuation,
    Vendor,
)
from cmrdesk.services import records
from cmrdesk.services.catalogue import build_catalogue
from cmrdesk.services.editing import Batch, Operation, apply
from cmrdesk.services.reports import report
from cmrdesk.services.session import VaultSession
from tests.conftest import PASSPHRASE, TEST_PARAMS, TODAY


def _fresh(record):
    """A copy of a demo record as a form would build it: no id yet."""
    new = copy.copy(record)
    new.id = None
    return new


def _profile_text(value) -> str:
    """What a person types for a profile value."""
    if value is None:
        return ""
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def key_in_household(demo: VaultSession, target: VaultSession) -> None:
    """Key the demo's non-bank facts into ``target`` through the services, in the demo's
    order (so ids, which reports name, come out the same)."""
    for account in demo.accounts():
        done = apply(target, records.new_account(target, _fresh(account)))
        assert done.result.id == account.id
    for policy in demo.list(Policy):
        apply(target, records.new_record(target, _fresh(policy)))
    for income in demo.list(IncomeSource):
        apply(target, records.new_record(target, _fresh(income)))
    for goal in demo.list(Goal):
        apply(target, records.new_record(target, _fresh(goal)))
    values = {name: records.parse_profile_value(name, _profile_text(getattr(
        demo.profile(), name))) for name in PROFILE_FIELDS}
    apply(target, records.set_profile(target, values))
    for security in demo.list(Security):
        details = records.SecurityDetails(
            name=security.name, isin=security.isin, kind=str(security.kind),
            asset_class=security.asset_class, currency=security.currency)
        prices = sorted(demo.list(Price, security_id=security.id), key=lambda p: p.id)

        def price_op(price: Price, details: records.SecurityDetails = details,
                     symbol: str = security.symbol) -> Operation:
            return records.add_price(target, symbol, price.date, price.price, price.currency,
                                     source=price.source, details=details)

        # The first price adds the security; the rest go in as one step, as a pasted price
        # history would (one transaction instead of one per month keeps the test fast).
        apply(target, price_op(prices[0]))
        apply(target, Batch([price_op(p) for p in prices[1:]]))
        for holding in demo.list(Holding, security_id=security.id):
            apply(target, records.set_holding(target, holding.account_id, security.symbol,
                                              holding.quantity, cost=holding.cost_basis,
                                              details=details))
    for valuation in demo.list(Valuation):
        apply(target, records.new_record(target, _fresh(valuation)))
    apply(target, Batch([records.new_record(target, _fresh(r)) for r in demo.list(FxRate)]))


def copy_bank_transactions(demo: VaultSession, target: VaultSession) -> None:
    """The demo's ledger, inserted as the generator inserts it: one batch, transfers linked
    by position."""
    rows = sorted(demo.transactions(), key=lambda t: t.id)
    position = {tx.id: index for index, tx in enumerate(rows)}
    batch = TransactionBatch()
    for tx in rows:
        batch.append(account_id=tx.account_id, day=tx.date, amount_minor=tx.amount.minor,
                     currency=tx.amount.currency, payee=tx.payee, payee_raw=tx.payee_raw,
                     memo=tx.memo, category_id=tx.category_id, import_id=tx.import_id,
                     status=str(tx.status))
    pairs = [(position[tx.id], position[tx.transfer_id]) for tx in rows
             if tx.transfer_id is not None and tx.id < tx.transfer_id]
    target.add_transactions(batch, pairs)


def test_the_household_keyed_in_gives_the_demo_report(demo_vault, tmp_path):
    with VaultSession.open(demo_vault, PASSPHRASE, read_only=True) as demo, \
            VaultSession.create(tmp_path / "keyed.cmrdesk", PASSPHRASE,
                                params=TEST_PARAMS) as keyed:
        # Vendors are the share page's records, not keyed-in facts: copied as they are.
        keyed.add_many(_fresh(v) for v in demo.list(Vendor))
        key_in_household(demo, keyed)
        copy_bank_transactions(demo, keyed)

        assert keyed.transaction_count() == demo.transaction_count() > 1000
        assert report(keyed, today=TODAY) == report(demo, today=TODAY)
        expected = build_catalogue(demo, today=TODAY)
        catalogue = build_catalogue(keyed, today=TODAY)
        assert len(catalogue) == len(expected) > 90
        assert catalogue.as_json() == expected.as_json()
        assert keyed.profile() == demo.profile()
        assert [(b.account.name, b.balance) for b in keyed.balances(TODAY)] == \
            [(b.account.name, b.balance) for b in demo.balances(TODAY)]
