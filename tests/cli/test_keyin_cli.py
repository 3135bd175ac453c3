"""Keying in from the command line: every command's --json shape, and bad input refused with
one ``error:`` line naming the flag, exit code 1 and the vault unchanged."""

from __future__ import annotations

import json
import shutil
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from cmrdesk.cli.main import main
from cmrdesk.domain import (
    Account,
    FxRate,
    Goal,
    Holding,
    IncomeSource,
    Money,
    Policy,
    Price,
    Security,
    Valuation,
)
from cmrdesk.services.session import VaultSession
from tests.conftest import PASSPHRASE, TEST_PARAMS

ACCOUNT_KEYS = {"id", "name", "kind", "institution", "currency", "balance", "balance_base"}
TRANSACTION_KEYS = {"id", "date", "account", "amount", "currency", "payee", "memo", "category"}


@pytest.fixture(autouse=True)
def env(monkeypatch, tmp_path):
    monkeypatch.setenv("CMRDESK_PASSPHRASE", PASSPHRASE)
    for name in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(name, str(tmp_path / "home"))
    return monkeypatch


def cli(*argv: str) -> int:
    return main([str(a) for a in argv])


def run_json(capsys, *argv: str) -> dict:
    capsys.readouterr()  # what earlier commands printed
    assert cli(*argv) == 0, capsys.readouterr().err
    return json.loads(capsys.readouterr().out)


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> Path:
    """A small household keyed in through the CLI itself (do not change it: copy it)."""
    path = tmp_path_factory.mktemp("keyin") / "base.cmrdesk"
    VaultSession.create(path, PASSPHRASE, params=TEST_PARAMS).close()
    mp = pytest.MonkeyPatch()
    mp.setenv("CMRDESK_PASSPHRASE", PASSPHRASE)
    v = ("--vault", path)
    for argv in (
        ("accounts", "add", *v, "--name", "Main", "--kind", "checking", "--currency", "EUR",
         "--opening-balance", "100.00", "--opening-date", "2025-01-01"),
        ("accounts", "add", *v, "--name", "Spare", "--kind", "savings", "--currency", "EUR",
         "--rate", "2.1"),
        ("accounts", "add", *v, "--name", "Broker", "--kind", "brokerage", "--currency", "EUR"),
        ("accounts", "add", *v, "--name", "Pension", "--kind", "pension", "--currency", "EUR"),
        ("accounts", "add", *v, "--name", "US", "--kind", "checking", "--currency", "USD"),
        ("transactions", "add", *v, "--account", "Main", "--date", "2025-03-01", "--amount",
         "-12.30", "--payee", "Shop", "--category", "Food / Groceries"),
        ("policies", "add", *v, "--insurer", "Zilveren Kruis", "--type", "health",
         "--premium", "137.50", "--frequency", "monthly"),
    ):
        assert cli(*argv) == 0
    mp.undo()
    return path


@pytest.fixture
def vault(base, tmp_path) -> Path:
    """A copy of the base household this test may change."""
    path = tmp_path / "vault.cmrdesk"
    shutil.copy(base, path)
    return path


def dump(path: Path) -> tuple:
    """Everything a keyed-in command could change."""
    with VaultSession.open(path, PASSPHRASE, read_only=True) as s:
        return (s.accounts(), s.transactions(), s.profile(), s.settings(),
                [s.list(cls) for cls in (Policy, IncomeSource, Goal, Valuation, Holding,
                                          Security, Price, FxRate)])


def opened(path: Path) -> VaultSession:
    return VaultSession.open(path, PASSPHRASE, read_only=True)


# --- accounts --------------------------------------------------------------------------------


def test_accounts_add_prints_the_accounts_item_and_keeps_kind_specific_fields(vault, capsys):
    data = run_json(capsys, "accounts", "add", "--vault", vault, "--name", "Home loan",
                    "--kind", "mortgage", "--currency", "EUR", "--institution", "ABN AMRO",
                    "--iban", "NL91 ABNA 0417 1643 00", "--rate", "3.10",
                    "--principal", "340000", "--opening-date", "2020-05-01",
                    "--fixed-until", "2030-05-01", "--term-end", "2050-05-01",
                    "--monthly-payment", "1500.00", "--number", "123456788", "--notes", "n",
                    "--json")
    listed = run_json(capsys, "accounts", "--vault", vault, "--json")["accounts"]
    assert set(data) == {"account"} and set(data["account"]) == ACCOUNT_KEYS
    assert data["account"] == listed[-1]
    assert data["account"]["kind"] == "mortgage" and data["account"]["balance"] == "0.00"
    run_json(capsys, "accounts", "add", "--vault", vault, "--name", "Card", "--kind",
             "credit card", "--currency", "EUR", "--credit-limit", "2500", "--apr", "14.9",
             "--json")
    run_json(capsys, "accounts", "add", "--vault", vault, "--name", "ABP", "--kind", "pension",
             "--currency", "EUR", "--contribution-own", "1200.00",
             "--contribution-employer", "3600", "--json")
    shown = run_json(capsys, "accounts", "show", "--vault", vault, "home loan", "--json")
    assert {k: shown["account"][k] for k in ACCOUNT_KEYS} == data["account"]
    assert {k: shown["account"][k] for k in (
        "iban", "principal", "interest_rate", "fixed_until", "term_end", "monthly_payment",
        "opened_on", "number_masked", "credit_limit", "closed")} == {
        "iban": "NL91ABNA0417164300", "principal": "340000.00", "interest_rate": "3.10",
        "fixed_until": "2030-05-01", "term_end": "2050-05-01", "monthly_payment": "1500.00",
        "opened_on": "2020-05-01", "number_masked": "••••6788", "credit_limit": None,
        "closed": False}
    assert "number" not in shown["account"]  # the full number stays in the vault
    with opened(vault) as s:
        loan, card, pension = (s.account_named(n) for n in ("Home loan", "Card", "ABP"))
    assert (loan.iban, loan.interest_rate, loan.principal) == (
        "NL91ABNA0417164300", "3.10", Money.of("340000", "EUR"))
    assert (loan.fixed_until, loan.term_end, loan.opened_on) == (
        date(2030, 5, 1), date(2050, 5, 1), date(2020, 5, 1))
    assert loan.monthly_payment == Money.of("1500", "EUR") and loan.number_masked == "••••6788"
    assert (card.kind, card.credit_limit, card.apr) == (
        "credit_card", Money.of("2500", "EUR"), "14.9")
    assert (pension.contribution_own, pension.contribution_employer) == (
        Money.of("1200", "EUR"), Money.of("3600", "EUR"))


def test_accounts_list_is_unchanged_and_vault_may_come_before_the_subcommand(vault, capsys):
    data = run_json(capsys, "accounts", "--vault", vault, "--json")
    assert data["base_currency"] == "EUR"
    assert [a["name"] for a in data["accounts"]] == ["Main", "Spare", "Broker", "Pension", "US"]
    assert data["accounts"][0]["balance"] == "87.70"
    added = run_json(capsys, "accounts", "--vault", vault, "--json", "add", "--name", "Cash",
                     "--kind", "cash", "--currency", "EUR")
    assert added["account"]["name"] == "Cash"


def test_accounts_edit_renames_rates_closes_and_reopens(vault, capsys):
    data = run_json(capsys, "accounts", "edit", "--vault", vault, "spare", "--name",
                    "Rainy day", "--rate", "2.5", "--institution", "ING", "--close", "--json")
    assert set(data["account"]) == ACCOUNT_KEYS
    assert (data["account"]["name"], data["account"]["institution"]) == ("Rainy day", "ING")
    with opened(vault) as s:
        account = s.account_named("Rainy day")
    assert account.closed and account.interest_rate == "2.5"
    assert cli("accounts", "edit", "--vault", vault, "Rainy day", "--reopen", "--iban", "") == 0
    with opened(vault) as s:
        assert not s.account_named("Rainy day").closed
    assert "changed account 'Rainy day'" in capsys.readouterr().out


def test_accounts_delete_needs_with_transactions_when_it_has_some(vault, capsys):
    before = dump(vault)
    assert cli("accounts", "delete", "--vault", vault, "Main") == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("error: --with-transactions: ")
    assert "has 1 transaction;" in err
    assert dump(vault) == before
    data = run_json(capsys, "accounts", "delete", "--vault", vault, "Main",
                    "--with-transactions", "--json")
    assert data["deleted"]["account"]["name"] == "Main"
    assert data["deleted"]["with"] == {"transactions": 1, "holdings": 0, "valuations": 0}
    with opened(vault) as s:
        assert "Main" not in [a.name for a in s.accounts()] and s.transactions() == []
    assert cli("accounts", "delete", "--vault", vault, "Spare") == 0  # empty: no flag needed
    assert "deleted account 'Spare' with nothing else" in capsys.readouterr().out


# --- transactions ----------------------------------------------------------------------------


def test_transactions_add_prints_the_transactions_item(vault, capsys):
    data = run_json(capsys, "transactions", "add", "--vault", vault, "--account", "main",
                    "--date", "2025-04-02", "--amount", "-45.10", "--payee", "Jumbo",
                    "--memo", "weekly", "--category", "food/groceries", "--json")
    assert set(data) == {"transaction"} and set(data["transaction"]) == TRANSACTION_KEYS
    listed = run_json(capsys, "transactions", "--vault", vault, "--json")["transactions"]
    assert data["transaction"] in listed
    assert data["transaction"]["category"] == "Food / Groceries"
    assert (data["transaction"]["amount"], data["transaction"]["date"]) == ("-45.10",
                                                                             "2025-04-02")


def test_transfer_books_both_sides_linked(vault, capsys):
    data = run_json(capsys, "transactions", "add", "--vault", vault, "--account", "Main",
                    "--date", "2025-03-05", "--amount", "-100", "--transfer-to", "Spare",
                    "--json")
    out, into = data["transaction"], data["transfer"]
    assert set(into) == TRANSACTION_KEYS
    assert (out["account"], out["amount"], into["account"], into["amount"]) == (
        "Main", "-100.00", "Spare", "100.00")
    assert out["payee"] == "Transfer to Spare" and into["payee"] == "Transfer from Main"
    with opened(vault) as s:
        rows = {t.id: t for t in s.transactions()}
    assert rows[out["id"]].transfer_id == into["id"] and rows[into["id"]].transfer_id == out["id"]


def test_transactions_edit_and_delete(vault, capsys):
    (tx,) = run_json(capsys, "transactions", "--vault", vault, "--json")["transactions"]
    data = run_json(capsys, "transactions", "edit", "--vault", vault, str(tx["id"]),
                    "--amount", "-13.30", "--date", "2025-03-02", "--payee", "Shop BV",
                    "--memo", "fixed", "--uncategorised", "--json")
    assert set(data["transaction"]) == TRANSACTION_KEYS
    assert data["transaction"] == {**tx, "amount": "-13.30", "date": "2025-03-02",
                                   "payee": "Shop BV", "memo": "fixed", "category": None}
    data = run_json(capsys, "transactions", "edit", "--vault", vault, str(tx["id"]),
                    "--category", "Food / Restaurants", "--json")
    assert data["transaction"]["category"] == "Food / Restaurants"
    assert run_json(capsys, "transactions", "delete", "--vault", vault, str(tx["id"]),
                    "--json") == {"deleted": {"transactions": [tx["id"]]}}
    assert run_json(capsys, "transactions", "--vault", vault, "--json") == {"transactions": []}


# --- policies, income, goals, valuations, holdings, prices ------------------------------------


def test_policies_add_list_edit_delete(vault, capsys):
    data = run_json(capsys, "policies", "add", "--vault", vault, "--insurer", "Centraal Beheer",
                    "--type", "home", "--premium", "412.00", "--frequency", "yearly",
                    "--renewal", "2027-01-06", "--cover", "450000", "--deductible", "250",
                    "--start", "2020-01-06", "--account", "Main", "--number", "CB-99887766",
                    "--notes", "opstal", "--json")
    policy = data["policy"]
    assert policy == {
        "id": policy["id"], "insurer": "Centraal Beheer", "policy_type": "home",
        "premium": "412.00", "currency": "EUR", "frequency": "yearly", "cover": "450000.00",
        "deductible": "250.00", "start_date": "2020-01-06", "renewal_date": "2027-01-06",
        "number_masked": "••••7766", "account": "Main", "vendor_id": None, "notes": "opstal"}
    listed = run_json(capsys, "policies", "list", "--vault", vault, "--json")["policies"]
    assert [p["insurer"] for p in listed] == ["Zilveren Kruis", "Centraal Beheer"]
    assert listed[1] == policy
    edited = run_json(capsys, "policies", "edit", "--vault", vault, str(policy["id"]),
                      "--premium", "455", "--cover", "", "--json")["policy"]
    assert (edited["premium"], edited["cover"]) == ("455.00", None)
    assert run_json(capsys, "policies", "delete", "--vault", vault, str(policy["id"]),
                    "--json")["deleted"]["policy"]["insurer"] == "Centraal Beheer"
    with opened(vault) as s:
        assert [p.insurer for p in s.list(Policy)] == ["Zilveren Kruis"]


def test_income_and_goals(vault, capsys):
    income = run_json(capsys, "income", "add", "--vault", vault, "--payer", "ACME BV",
                      "--kind", "salary", "--net", "4150.00", "--gross", "6100", "--pay-day",
                      "25", "--start", "2020-01-01", "--account", "Main", "--json")
    assert income["income_source"] == {
        "id": 1, "payer": "ACME BV", "kind": "salary", "net": "4150.00", "currency": "EUR",
        "gross": "6100.00", "frequency": "monthly", "start_date": "2020-01-01", "pay_day": 25,
        "account": "Main", "notes": ""}
    usd = run_json(capsys, "income", "add", "--vault", vault, "--payer", "Clients", "--kind",
                   "self-employed", "--net", "1200", "--frequency", "quarterly", "--account",
                   "US", "--json")["income_source"]
    assert (usd["currency"], usd["kind"], usd["frequency"]) == ("USD", "self_employed",
                                                                "quarterly")
    edited = run_json(capsys, "income", "edit", "--vault", vault, "1", "--net", "4300",
                      "--json")["income_source"]
    assert (edited["net"], edited["gross"]) == ("4300.00", "6100.00")
    assert len(run_json(capsys, "income", "list", "--vault", vault, "--json")[
        "income_sources"]) == 2
    assert cli("income", "delete", "--vault", vault, "2") == 0
    goal = run_json(capsys, "goals", "add", "--vault", vault, "--name", "Emergency fund",
                    "--target", "18000", "--target-date", "2028-06-30", "--account", "Spare",
                    "--account", "Main", "--json")["goal"]
    assert goal == {"id": 1, "name": "Emergency fund", "target": "18000.00", "currency": "EUR",
                    "target_date": "2028-06-30", "accounts": ["Spare", "Main"]}
    goal = run_json(capsys, "goals", "edit", "--vault", vault, "1", "--no-accounts",
                    "--json")["goal"]
    assert goal["accounts"] == []
    assert run_json(capsys, "goals", "list", "--vault", vault, "--json")["goals"] == [goal]
    assert cli("goals", "delete", "--vault", vault, "1") == 0
    with opened(vault) as s:
        assert s.list(Goal) == [] and [i.payer for i in s.list(IncomeSource)] == ["ACME BV"]


def test_valuations_add_list_delete(vault, capsys):
    data = run_json(capsys, "valuations", "add", "--vault", vault, "--account", "Pension",
                    "--date", "2025-01-15", "--value", "48000", "--source", "ABP statement",
                    "--json")
    assert data["valuation"] == {"id": 1, "account": "Pension", "date": "2025-01-15",
                                 "value": "48000.00", "currency": "EUR",
                                 "source": "ABP statement"}
    run_json(capsys, "valuations", "add", "--vault", vault, "--account", "Pension", "--date",
             "2026-01-15", "--value", "52000.50", "--json")
    listed = run_json(capsys, "valuations", "list", "--vault", vault, "--account", "pension",
                      "--json")["valuations"]
    assert [v["value"] for v in listed] == ["48000.00", "52000.50"]
    assert listed[1]["source"] == "manual"
    accounts = run_json(capsys, "accounts", "--vault", vault, "--json")["accounts"]
    assert next(a for a in accounts if a["name"] == "Pension")["balance"] == "52000.50"
    assert cli("valuations", "delete", "--vault", vault, "--account", "Pension", "--date",
               "2026-01-15") == 0
    assert cli("valuations", "delete", "--vault", vault, "1", "--account", "Pension") == 0
    assert run_json(capsys, "valuations", "list", "--vault", vault, "--json") == {
        "valuations": []}


def test_holdings_and_prices(vault, capsys):
    data = run_json(capsys, "holdings", "set", "--vault", vault, "--account", "Broker",
                    "--symbol", "vwce", "--quantity", "12.5", "--cost", "1200",
                    "--name", "Vanguard FTSE All-World", "--isin", "IE00BK5BQT80",
                    "--kind", "etf", "--asset-class", "equity", "--json")
    assert data["holding"] == {
        "id": 1, "account": "Broker", "symbol": "VWCE", "name": "Vanguard FTSE All-World",
        "isin": "IE00BK5BQT80", "kind": "etf", "asset_class": "equity", "quantity": "12.5",
        "cost": "1200.00", "cost_currency": "EUR", "price": None, "price_date": None,
        "value": None, "currency": "EUR", "gain": None, "share": None}
    price = run_json(capsys, "prices", "add", "--vault", vault, "--symbol", "VWCE", "--date",
                     "2025-01-02", "--price", "110.5", "--currency", "EUR", "--json")["price"]
    assert price == {"id": 1, "symbol": "VWCE", "date": "2025-01-02", "price": "110.5",
                     "currency": "EUR", "source": "manual"}
    run_json(capsys, "prices", "add", "--vault", vault, "--symbol", "VWCE", "--date",
             "2025-01-02", "--price", "111.25", "--currency", "EUR", "--json")  # same day
    assert [p["price"] for p in run_json(capsys, "prices", "list", "--vault", vault,
                                         "--symbol", "vwce", "--json")["prices"]] == ["111.25"]
    run_json(capsys, "holdings", "set", "--vault", vault, "--account", "Broker", "--symbol",
             "VWCE", "--quantity", "20", "--json")
    (holding,) = run_json(capsys, "holdings", "list", "--vault", vault, "--account", "Broker",
                          "--json")["holdings"]
    assert (holding["quantity"], holding["cost"]) == ("20", "1200.00")
    assert (holding["price"], holding["value"]) == ("111.25", "2225.00")
    assert (holding["gain"], holding["share"], holding["price_date"]) == (
        "1025.00", "1.0000", "2025-01-02")
    assert cli("holdings", "delete", "--vault", vault, "--account", "Broker", "--symbol",
               "VWCE") == 0
    with opened(vault) as s:
        assert s.list(Holding) == [] and s.list(Price)[0].price == Decimal("111.25")


# --- profile ---------------------------------------------------------------------------------


def test_profile_shows_every_field_and_whether_it_is_filled(vault, capsys):
    data = run_json(capsys, "profile", "--vault", vault, "--json")
    assert not any(f["filled"] for f in data["profile"].values())
    assert data["profile"]["birth_year"] == {"value": None, "filled": False}
    data = run_json(capsys, "profile", "set", "--vault", vault, "birth_year=1980",
                    "city=Utrecht", "profile.country=nl", "employment_status=self-employed",
                    "employed_since=2019-04-01", "--json")
    fields = data["profile"]
    assert len(fields) == 16
    assert fields["birth_year"] == {"value": 1980, "filled": True}
    assert fields["country"]["value"] == "NL"
    assert fields["employment_status"]["value"] == "self_employed"
    assert fields["employed_since"]["value"] == "2019-04-01"
    assert fields["email"] == {"value": None, "filled": False}
    assert cli("profile", "set", "--vault", vault, "city=") == 0
    assert run_json(capsys, "profile", "--vault", vault, "--json")["profile"]["city"] == {
        "value": None, "filled": False}
    assert cli("profile", "--vault", vault) == 0
    assert "(not filled)" in capsys.readouterr().out


# --- bad input -------------------------------------------------------------------------------

_ADD_ACCOUNT = ("accounts", "add", "--name", "New", "--kind", "checking", "--currency", "EUR")
_ADD_TX = ("transactions", "add", "--account", "Main", "--date", "2025-03-01", "--payee", "x")
_ADD_POLICY = ("policies", "add", "--insurer", "Z", "--type", "home", "--frequency", "yearly")
_SET_HOLDING = ("holdings", "set", "--account", "Broker", "--symbol", "VWCE")


@pytest.mark.parametrize(("argv", "flag"), [
    ((*_ADD_ACCOUNT, "--opening-balance", "10", "--opening-date", "2025-02-30"),
     "--opening-date"),
    ((*_ADD_ACCOUNT, "--opening-balance", "12,3,4", "--opening-date", "2025-02-01"),
     "--opening-balance"),
    ((*_ADD_ACCOUNT, "--opening-balance", "1,234.50", "--opening-date", "2025-02-01"),
     "--opening-balance"),
    ((*_ADD_ACCOUNT, "--opening-balance", "10"), "--opening-date"),
    (("accounts", "add", "--name", "New", "--kind", "checking", "--currency", "XYZ"),
     "--currency"),
    (("accounts", "add", "--name", "New", "--kind", "checking", "--currency", "EURO"),
     "--currency"),
    (("accounts", "add", "--name", "New", "--kind", "piggy", "--currency", "EUR"), "--kind"),
    (("accounts", "add", "--name", "main", "--kind", "cash", "--currency", "EUR"), "--name"),
    ((*_ADD_ACCOUNT, "--credit-limit", "10.005"), "--credit-limit"),
    ((*_ADD_ACCOUNT, "--iban", "NL00 INGB 0000 0000 00"), "--iban"),
    ((*_ADD_ACCOUNT, "--rate", "abc"), "--rate"),
    ((*_ADD_ACCOUNT, "--fixed-until", "2040-01-01", "--term-end", "2035-01-01"),
     "--fixed-until"),
    (("accounts", "edit", "Nope", "--rate", "1"), "NAME"),
    (("accounts", "edit", "Main", "--rate", "500"), "--rate"),
    (("accounts", "edit", "Main", "--name", "spare"), "--name"),
    (("accounts", "edit", "Main", "--currency", "USD"), "--currency"),
    (("accounts", "edit", "Main"), "accounts edit"),
    (("accounts", "edit", "Main", "--currency", ""), "--currency"),
    (("accounts", "edit", "Main", "--kind", ""), "--kind"),
    (("transactions", "edit", "1", "--date", ""), "--date"),
    (("income", "add", "--payer", "A", "--kind", "salary", "--net", "3000", "--frequency", ""),
     "--frequency"),
    (("accounts", "delete", "Nope"), "NAME"),
    (("transactions", "add", "--account", "Nope", "--date", "2025-03-01", "--amount", "1"),
     "--account"),
    ((*_ADD_TX, "--amount", "1.001"), "--amount"),
    ((*_ADD_TX, "--amount", "12,3,4"), "--amount"),
    ((*_ADD_TX, "--amount", "1e3"), "--amount"),
    ((*_ADD_TX, "--amount", "-1", "--category", "Nope"), "--category"),
    (("transactions", "add", "--account", "Main", "--date", "2025-13-01", "--amount", "1"),
     "--date"),
    (("transactions", "add", "--account", "Main", "--date", "1.3.2025", "--amount", "1"),
     "--date"),
    ((*_ADD_TX, "--amount", "1", "--transfer-to", "Nope"), "--transfer-to"),
    ((*_ADD_TX, "--amount", "1", "--transfer-to", "main"), "--transfer-to"),
    ((*_ADD_TX, "--amount", "1", "--transfer-to", "US"), "--transfer-to"),
    (("transactions", "add", "--account", "Main", "--date", "2025-03-01", "--amount", "1"),
     "--payee"),
    (("transactions", "edit", "999", "--amount", "1"), "ID"),
    (("transactions", "edit", "one", "--amount", "1"), "ID"),
    (("transactions", "edit", "1", "--amount", "12,3,4"), "--amount"),
    (("transactions", "edit", "1", "--amount", "0.001"), "--amount"),
    (("transactions", "edit", "1", "--category", "Nope"), "--category"),
    (("transactions", "edit", "1", "--date", "2025-02-29"), "--date"),
    (("transactions", "edit", "1", "--payee", ""), "--payee"),
    (("transactions", "edit", "1"), "transactions edit"),
    (("transactions", "delete", "999"), "ID"),
    ((*_ADD_POLICY, "--premium", "40", "--start", "2025-05-01", "--renewal", "2025-01-01"),
     "--renewal"),
    ((*_ADD_POLICY, "--premium", "40.005"), "--premium"),
    ((*_ADD_POLICY, "--premium", "-40"), "--premium"),
    ((*_ADD_POLICY, "--premium", "40", "--currency", "XYZ"), "--currency"),
    ((*_ADD_POLICY, "--premium", "40", "--cover", "1,000"), "--cover"),
    ((*_ADD_POLICY, "--premium", "40", "--account", "Nope"), "--account"),
    ((*_ADD_POLICY, "--premium", "40", "--renewal", "2025-04-31"), "--renewal"),
    (("policies", "add", "--insurer", "Z", "--type", "flood", "--frequency", "yearly",
      "--premium", "4"), "--type"),
    (("policies", "add", "--insurer", "Z", "--type", "home", "--frequency", "daily",
      "--premium", "4"), "--frequency"),
    (("policies", "edit", "99", "--premium", "4"), "ID"),
    (("policies", "edit", "1"), "policies edit"),
    (("policies", "delete", "99"), "ID"),
    (("income", "add", "--payer", "A", "--kind", "salary", "--net", "3000", "--gross", "2000"),
     "--gross"),
    (("income", "add", "--payer", "A", "--kind", "salary", "--net", "3000", "--pay-day", "32"),
     "--pay-day"),
    (("income", "add", "--payer", "A", "--kind", "salary", "--net", "3000", "--account", "US",
      "--currency", "EUR"), "--net"),
    (("income", "add", "--payer", "", "--kind", "salary", "--net", "3000"), "--payer"),
    (("goals", "add", "--name", "G", "--target", "100", "--account", "Nope"), "--account"),
    (("goals", "add", "--name", "G", "--target", "100", "--account", "Main", "--account",
      "main"), "--account"),
    (("goals", "add", "--name", "G", "--target", "0"), "--target"),
    (("valuations", "add", "--account", "Pension", "--date", "2199-01-01", "--value", "1"),
     "--date"),
    (("valuations", "add", "--account", "Pension", "--date", "2025-01-01", "--value", "1.001"),
     "--value"),
    (("valuations", "add", "--account", "Nope", "--date", "2025-01-01", "--value", "1"),
     "--account"),
    (("valuations", "delete", "--account", "Pension", "--date", "2025-01-01"), "--date"),
    (("holdings", "set", "--account", "Main", "--symbol", "X", "--quantity", "1"), "--account"),
    ((*_SET_HOLDING, "--quantity", "abc"), "--quantity"),
    ((*_SET_HOLDING, "--quantity", "-1"), "--quantity"),
    ((*_SET_HOLDING, "--quantity", "1", "--isin", "IE00BK5BQT81"), "--isin"),
    ((*_SET_HOLDING, "--quantity", "1", "--kind", "crypto"), "--kind"),
    ((*_SET_HOLDING, "--quantity", "1", "--cost", "1.001"), "--cost"),
    (("holdings", "delete", "--account", "Broker", "--symbol", "NOPE"), "--symbol"),
    (("prices", "add", "--symbol", "X", "--date", "2025-01-01", "--price", "1", "--currency",
      "XYZ"), "--currency"),
    (("prices", "add", "--symbol", "X", "--date", "2025-01-01", "--price", "0", "--currency",
      "EUR"), "--price"),
    (("prices", "add", "--symbol", "X", "--date", "2025-01-01", "--price", "1,5",
      "--currency", "EUR"), "--price"),
    (("profile", "set", "birth_year=1800"), "birth_year"),
    (("profile", "set", "city=Ede", "country=XX"), "country"),
    (("profile", "set", "nickname=x"), "nickname"),
    (("profile", "set", "city"), "city"),
])
def test_bad_input_names_the_flag_exits_1_and_changes_nothing(base, capsys, argv, flag):
    # Byte for byte (the file is all there is once the vault is closed): stricter than a
    # dump and without unlocking the vault twice more per case.
    before = base.read_bytes()
    argv = (*argv[:2], "--vault", str(base), *argv[2:])
    assert cli(*argv) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(f"error: {flag}: "), captured.err
    assert captured.err.count("\n") == 1 and "Traceback" not in captured.err
    assert base.read_bytes() == before


def test_refused_commands_leave_every_record_as_it_was(vault, capsys):
    before = dump(vault)
    v = ("--vault", vault)
    for argv in (
        ("transactions", "add", *v, "--account", "Main", "--date", "2025-03-01", "--amount",
         "-10", "--transfer-to", "US"),
        ("accounts", "delete", *v, "Main"),
        ("accounts", "edit", *v, "Main", "--currency", "USD"),
        ("policies", "edit", *v, "1", "--premium", "1.001"),
        ("profile", "set", *v, "city=Ede", "birth_year=1800"),
        ("holdings", "set", *v, "--account", "Broker", "--symbol", "NEW", "--quantity", "1",
         "--isin", "XX"),
    ):
        assert cli(*argv) == 1
    assert capsys.readouterr().err.count("error: ") == 6
    assert dump(vault) == before
    with opened(vault) as s:
        assert s.list(Security) == [] and s.profile().city == ""


def test_vault_errors_keep_their_exit_codes(vault, tmp_path, env, capsys):
    junk = tmp_path / "junk.cmrdesk"
    junk.write_bytes(b"not a vault" * 500)
    assert cli(*_ADD_ACCOUNT[:2], "--vault", junk, *_ADD_ACCOUNT[2:]) == 4
    env.setenv("CMRDESK_PASSPHRASE", "wrong")
    assert cli(*_ADD_ACCOUNT[:2], "--vault", vault, *_ADD_ACCOUNT[2:]) == 3
    assert cli("profile", "set", "--vault", vault, "city=Ede") == 3
    err = capsys.readouterr().err
    assert err.count("error: wrong passphrase") == 2 and "wrong\n" not in err
    env.setenv("CMRDESK_PASSPHRASE", PASSPHRASE)
    with opened(vault) as s:
        assert [a.name for a in s.accounts()] == ["Main", "Spare", "Broker", "Pension", "US"]
        assert s.get(Account, 1).opening_balance == Money.of("100", "EUR")
