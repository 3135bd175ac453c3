"""The demo household: deterministic, realistic, scalable."""

import numpy as np

from cmrdesk.domain import AccountKind, Policy
from cmrdesk.services.demo import populate_demo
from cmrdesk.services.session import VaultSession
from tests.conftest import PASSPHRASE, TEST_PARAMS, TODAY


def test_demo_is_deterministic_and_rich(demo_vault, tmp_path):
    with VaultSession.create(tmp_path / "again.cmrdesk", PASSPHRASE, params=TEST_PARAMS) as s:
        populate_demo(s, seed=7, end=TODAY)
        again = s.transaction_columns()
    with VaultSession.open(demo_vault, PASSPHRASE) as s:
        first = s.transaction_columns()
        accounts = s.accounts()
        policies = s.list(Policy)
        profile = s.profile()
        balances = {b.account.name: b.balance for b in s.balances()}
    assert np.array_equal(first["amount_minor"], again["amount_minor"])
    assert np.array_equal(first["day"], again["day"])
    span_years = (first["day"].max() - first["day"].min()) / 365.25
    assert span_years > 9.5
    assert {a.currency for a in accounts} >= {"EUR", "USD", "GBP"}
    assert {a.kind for a in accounts} >= {AccountKind.CHECKING, AccountKind.CREDIT_CARD,
                                          AccountKind.BROKERAGE, AccountKind.PENSION,
                                          AccountKind.MORTGAGE, AccountKind.PROPERTY}
    assert len({a.institution for a in accounts if a.institution}) >= 5
    assert len(policies) >= 4 and profile.full_name and profile.city
    assert (first["transfer_id"] > 0).sum() > 500  # linked transfers between own accounts
    assert (first["category_id"] < 0).mean() < 0.05  # mostly categorised, some left to do
    assert balances["Rabobank Credit Card"].amount <= 0  # paid off monthly
    assert balances["ING Checking"].amount > 0


def test_demo_scales_to_exact_sizes(tmp_path):
    for size in (1500, 12_000):
        path = tmp_path / f"d{size}.cmrdesk"
        with VaultSession.create(path, PASSPHRASE, params=TEST_PARAMS) as s:
            assert populate_demo(s, transactions=size, end=TODAY) == size
            assert s.transaction_count() == size


def test_demo_has_no_future_rows_and_shows_clean_payees(demo_vault):
    from cmrdesk.domain import to_epoch_day

    with VaultSession.open(demo_vault, PASSPHRASE) as s:
        cols = s.transaction_columns()
        raw_amazon = [t for t in s.transactions(limit=5000) if t.payee_raw.startswith("AMAZON")]
    assert cols["day"].max() <= to_epoch_day(TODAY)
    assert raw_amazon and {t.payee for t in raw_amazon} == {"Amazon"}


def test_demo_exchange_rates_stay_near_the_real_ones_of_their_month(demo_vault):
    from datetime import date

    from cmrdesk.domain import FxRate
    from cmrdesk.services.demo import fx_anchor, fx_anchors

    with VaultSession.open(demo_vault, PASSPHRASE) as s:
        rates = s.list(FxRate)
    for quote in ("USD", "GBP"):
        anchors = fx_anchors(quote)
        mine = [r for r in rates if r.quote == quote]
        assert len(mine) > 100  # ten years, monthly
        for rate in mine:
            anchor = fx_anchor(anchors, rate.date)
            assert abs(float(rate.rate) / anchor - 1) < 0.04, (quote, rate.date, rate.rate)
    usd = [float(r.rate) for r in rates if r.quote == "USD"
           and date(2024, 1, 1) <= r.date <= date(2025, 12, 31)]
    assert usd and min(usd) > 1.0 and max(usd) < 1.22  # ECB: about 1.03-1.18 in 2024-2025
