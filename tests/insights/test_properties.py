"""Properties over generated ledgers: net worth adds up, own transfers change nothing."""

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from cmrdesk.domain import FxRate, Money, Valuation
from cmrdesk.insights.cashflow import cash_flow_totals
from cmrdesk.insights.frames import build_frame
from cmrdesk.insights.networth import account_balances, net_worth, net_worth_series

from .ledgers import GROCERIES, RESTAURANTS, SALARY, account, ledger

TODAY = date(2024, 12, 31)
START = date(2024, 1, 1)
CASH_KINDS = ["checking", "savings", "credit_card"]
FX = [FxRate(date=date(2024, 1, 1), base="EUR", quote="USD", rate=Decimal("1.0937")),
      FxRate(date=date(2024, 7, 1), base="EUR", quote="USD", rate=Decimal("1.0711"))]

rows_strategy = st.lists(
    st.tuples(
        st.integers(0, 3),  # account position
        st.integers(0, 365),  # day of 2024
        st.integers(-500_000, 500_000).filter(bool),  # minor units
        st.sampled_from([SALARY, GROCERIES, RESTAURANTS]),
    ),
    max_size=40,
)
kinds_strategy = st.lists(st.sampled_from(CASH_KINDS), min_size=2, max_size=2)


def build(kinds, rows, extra_rows=(), usd=True, valuation=None):
    accounts = [account(i + 1, kind, opening="10") for i, kind in enumerate(kinds)]
    accounts.append(account(len(accounts) + 1, "checking", currency="USD" if usd else "EUR"))
    accounts.append(account(len(accounts) + 1, "property"))
    records = [
        (accounts[pos % len(accounts)].id, (START + timedelta(days=day)).isoformat(),
         str(Money.from_minor(amount, accounts[pos % len(accounts)].currency).amount),
         f"payee {pos}", category)
        for pos, day, amount, category in rows
    ]
    valuations = []
    if valuation is not None:
        valuations.append(Valuation(account_id=accounts[-1].id, date=START + timedelta(days=150),
                                    value=Money.from_minor(valuation, "EUR")))
    return ledger([*records, *extra_rows], accounts=accounts, today=TODAY, fx_rates=FX,
                  valuations=valuations)


@settings(max_examples=60, deadline=None)
@given(kinds_strategy, rows_strategy, st.none() | st.integers(0, 10**9),
       st.integers(0, 365))
def test_net_worth_equals_the_sum_of_account_balances(kinds, rows, valuation, day):
    frame = build_frame(build(kinds, rows, valuation=valuation))
    on = START + timedelta(days=day)
    worth = net_worth(frame, on)
    balances = account_balances(frame, on)
    total = sum(Money.from_minor(int(v), "EUR").amount for v in balances["base_minor"])
    assert worth.total == total
    assert worth.total == sum(worth.by_group.values())
    assert worth.liquid + worth.illiquid == worth.total
    series = net_worth_series(frame, START, TODAY)
    for when, value in series["total"].items():
        assert value == account_balances(frame, when)["base_minor"].sum()


transfer_strategy = st.tuples(
    st.integers(0, 1), st.integers(1, 2),  # from / to among the two cash accounts (+ EUR)
    st.integers(1, 10**7),  # amount in minor units
    st.integers(0, 360),  # day
    st.integers(0, 3),  # days until it arrives
    st.booleans(),  # labelled with transfer_id
)


@settings(max_examples=60, deadline=None)
@given(kinds_strategy, rows_strategy, transfer_strategy)
def test_internal_transfers_change_neither_net_worth_nor_spending(kinds, rows, transfer):
    source, target, amount, day, lag, labelled = transfer
    target = (source + target) % 3  # a different account: 0, 1 or the EUR checking (2)
    before = build(kinds, rows, usd=False)
    n = len(before)
    out_day = START + timedelta(days=day)
    value = str(Money.from_minor(amount, "EUR").amount)
    pair = [
        (source + 1, out_day.isoformat(), f"-{value}", "Transfer", None,
         n + 2 if labelled else None),
        (target + 1, (out_day + timedelta(days=lag if not labelled else 0)).isoformat(), value,
         "Transfer", None, n + 1 if labelled else None),
    ]
    after = build(kinds, rows, pair, usd=False)
    assert net_worth(after).total == net_worth(before).total
    flows_before, flows_after = cash_flow_totals(before, START, TODAY), cash_flow_totals(
        after, START, TODAY)
    assert flows_after.spending == flows_before.spending
    assert flows_after.income == flows_before.income
