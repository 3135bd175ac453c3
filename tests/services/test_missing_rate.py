"""A real AUD statement in a EUR vault: balances, the dashboard and the field catalogue answer
with the account in its own currency, out of the totals, and the missing rate named; a rate
keyed in through ``services.rates`` brings it back."""

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from cmrdesk.domain import Account, AccountKind, Money, Transaction, ValidationError
from cmrdesk.services import overview
from cmrdesk.services.catalogue import build_catalogue
from cmrdesk.services.importing import import_file
from cmrdesk.services.rates import add_rate, list_rates, parse_rate

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"
SUNCORP = CORPUS / "ofx" / "ofxparse__suncorp.ofx"  # AUD, closing balance 1234.12
TODAY = date(2026, 11, 23)


@pytest.fixture
def aud_session(session):
    """The test vault (EUR) with a EUR account and the Suncorp AUD statement imported."""
    checking = Account(name="Checking", kind=AccountKind.CHECKING, currency="EUR",
                       opening_balance=Money.of("100.00", "EUR"))
    session.add(checking)
    session.add_transaction(Transaction(account_id=checking.id, date=date(2026, 10, 1),
                                        amount=Money.of("-10.00", "EUR"), payee="Shop"))
    import_file(session, SUNCORP)
    return session


def by_name(rows):
    return {r.account.name: r for r in rows}


def test_balances_show_the_own_currency_and_leave_the_account_out(aud_session):
    balances = by_name(aud_session.balances(TODAY))
    suncorp = next(b for name, b in balances.items() if name.startswith("SUNCORP"))
    assert suncorp.balance == Money.of("1234.12", "AUD")
    assert suncorp.balance_base is None
    assert balances["Checking"].balance_base == Money.of("90.00", "EUR")
    assert aud_session.net_worth(TODAY) == Money.of("90.00", "EUR")
    [warning] = aud_session.missing_rates()
    assert str(warning) == ("no exchange rate AUD→EUR: 1 account left out of totals; key in "
                            "or import a rate")


def test_the_dashboard_computation_answers_and_carries_the_warning(aud_session):
    ledger = overview.load_ledger(aud_session, today=TODAY)
    assert [w.source for w in ledger.warnings] == ["AUD"]
    for preset in overview.PERIODS:
        board = overview.dashboard(ledger, *overview.period_range(preset, ledger))
        assert board.headline.net_worth == Money.of("90.00", "EUR")
        assert [w.source for w in board.warnings] == ["AUD"]
    rows = by_name(overview.account_rows(ledger))
    suncorp = next(r for name, r in rows.items() if name.startswith("SUNCORP"))
    assert suncorp.balance == Money.of("1234.12", "AUD") and suncorp.balance_base is None


def test_the_catalogue_offers_no_total_that_leaves_an_account_out(aud_session):
    catalogue = build_catalogue(aud_session, today=TODAY)
    assert [w.source for w in catalogue.warnings] == ["AUD"]
    assert catalogue.as_json()["warnings"][0]["source"] == "AUD"
    for name in ("net_worth", "total.cash"):  # unknown, saying why, never a partial total
        assert not catalogue[name].known and catalogue[name].where == "import"
        assert catalogue[name].why.startswith("unknown: no exchange rate AUD→EUR for SUNCORP")
    balance = catalogue["balance.suncorp_checking_6789"]
    assert (balance.value, balance.currency) == (Decimal("1234.12"), "AUD")


def test_a_keyed_in_rate_brings_the_account_into_every_total(aud_session):
    rate, replaced, changes = add_rate(aud_session, on=date(2026, 11, 2), base="AUD",
                                       quote="EUR", rate=parse_rate("0.6071"))
    assert not replaced and changes.touches("fx_rates") and rate.id is not None
    converted = Money.of("749.23", "EUR")  # 1234.12 x 0.6071 = 749.234252, half-even
    suncorp = next(b for b in aud_session.balances(TODAY) if b.account.currency == "AUD")
    assert suncorp.balance_base == converted
    assert aud_session.net_worth(TODAY) == converted + Money.of("90.00", "EUR")
    assert aud_session.missing_rates() == []
    ledger = overview.load_ledger(aud_session, today=TODAY)
    board = overview.dashboard(ledger, *overview.period_range("1y", ledger))
    assert board.headline.net_worth == converted + Money.of("90.00", "EUR")
    assert board.warnings == []
    catalogue = build_catalogue(aud_session, today=TODAY)
    assert catalogue["net_worth"].value == Decimal("839.23") and catalogue.warnings == ()

    again, replaced, _ = add_rate(aud_session, on=date(2026, 11, 2), base="AUD", quote="EUR",
                                  rate=Decimal("0.6"))
    assert replaced and again.id == rate.id
    assert [(r.base, r.quote, r.rate) for r in list_rates(aud_session)] == [
        ("AUD", "EUR", Decimal("0.6"))]


@pytest.mark.parametrize(("kwargs", "field"), [
    ({"base": "aud"}, "base"), ({"quote": "EURO"}, "quote"), ({"quote": "AUD"}, "quote"),
    ({"rate": Decimal("0")}, "rate"), ({"rate": Decimal("-0.5")}, "rate"),
    ({"rate": Decimal("Infinity")}, "rate"), ({"on": date(1850, 1, 1)}, "date"),
])
def test_bad_rates_are_refused_and_nothing_is_written(session, kwargs, field):
    args = {"on": date(2026, 11, 2), "base": "AUD", "quote": "EUR", "rate": Decimal("0.6")}
    args.update(kwargs)
    with pytest.raises(ValidationError) as caught:
        add_rate(session, **args)
    assert caught.value.field == field
    assert list_rates(session) == []


def test_parse_rate_takes_plain_decimals_only():
    assert parse_rate(" 0.6071 ") == Decimal("0.6071")
    for text in ("", "abc", "1e400000000000", "-1", "0", "nan"):
        with pytest.raises(ValidationError):
            parse_rate(text)
