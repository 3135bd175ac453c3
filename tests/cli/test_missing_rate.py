"""A real AUD statement in a EUR vault: every command still answers, with the missing rate named.

The statement is Suncorp's OFX from the corpus (``tests/data/corpus/ofx/ofxparse__suncorp.ofx``,
see ``tests/data/corpus/SOURCES.md``): one AUD checking account, closing balance 1234.12.
"""

import json
from decimal import Decimal
from pathlib import Path

import pytest

from cmrdesk.cli.main import main
from cmrdesk.services.session import VaultSession
from tests.conftest import TEST_PARAMS

PASS = "cli missing rate passphrase"
CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"
SUNCORP = CORPUS / "ofx" / "ofxparse__suncorp.ofx"
ACCOUNT = "SUNCORP checking ••••6789"
MESSAGE = "no exchange rate AUD→EUR: 1 account left out of totals; key in or import a rate"


@pytest.fixture
def env(monkeypatch, tmp_path):
    monkeypatch.setenv("CMRDESK_PASSPHRASE", PASS)
    for name, sub in (("HOME", "home"), ("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "cfg"),
                      ("XDG_CACHE_HOME", "cache")):
        monkeypatch.setenv(name, str(tmp_path / sub))
    return monkeypatch


@pytest.fixture
def aud_vault(env, tmp_path, capsys) -> Path:
    """A EUR vault (fast test KDF parameters) with the Suncorp AUD statement imported."""
    path = tmp_path / "aud.cmrdesk"
    VaultSession.create(path, PASS, params=TEST_PARAMS).close()
    assert main(["import", "--vault", str(path), str(SUNCORP)]) == 0
    capsys.readouterr()
    return path


def run(capsys, *argv: str) -> str:
    code = main(list(argv))
    out = capsys.readouterr()
    assert code == 0, out.err
    assert "Traceback" not in out.err
    return out.out


def run_json(capsys, *argv: str) -> dict:
    return json.loads(run(capsys, *argv, "--json"))


def the_warning(data: dict) -> dict:
    [warning] = data["warnings"]
    return warning


def test_every_command_answers_and_names_the_missing_rate(aud_vault, capsys):
    vault = ("--vault", str(aud_vault))
    accounts = run_json(capsys, "accounts", *vault)
    [row] = accounts["accounts"]
    assert (row["currency"], row["balance"], row["balance_base"]) == ("AUD", "1234.12", None)
    warning = the_warning(accounts)
    assert warning == {"kind": "missing_rate", "source": "AUD", "target": "EUR",
                       "accounts": [ACCOUNT], "message": MESSAGE}

    summary = run_json(capsys, "summary", *vault)
    assert summary["net_worth"] == "0.00"  # the AUD account is left out, and the warning says so
    assert the_warning(summary)["message"] == MESSAGE

    report = run_json(capsys, "report", *vault)
    assert the_warning(report)["message"] == MESSAGE
    [balance] = report["net_worth"]["accounts"]
    assert (balance["balance"], balance["balance_base"]) == ("1234.12", None)

    fields = run_json(capsys, "fields", *vault)
    assert the_warning(fields)["message"] == MESSAGE
    values = {f["name"]: f["value"] for f in fields["fields"]}
    assert values["balance.suncorp_checking_6789"] == "1234.12"  # its own currency
    # A net worth without the only account would be a wrong fact to share: it is unknown.
    known = {f["name"]: f["known"] for f in fields["fields"]}
    for name in ("net_worth", "total.cash", "savings.liquid"):
        assert values[name] is None and known[name] is False


def test_text_outputs_carry_the_warning(aud_vault, capsys):
    vault = ("--vault", str(aud_vault))
    table = run(capsys, "accounts", *vault)
    assert "AUD 1,234.12" in table and "no rate" in table
    assert f"warning: {MESSAGE}" in table
    assert f"warning: {MESSAGE}" in run(capsys, "summary", *vault)
    assert MESSAGE in run(capsys, "report", *vault)
    assert f"warning: {MESSAGE}" in run(capsys, "fields", *vault)


def test_a_keyed_in_rate_brings_the_account_into_the_totals(aud_vault, capsys):
    vault = ("--vault", str(aud_vault))
    added = run_json(capsys, "rates", "add", *vault, "--date", "2013-12-13", "--base", "AUD",
                     "--quote", "EUR", "--rate", "0.6512")
    assert added["replaced"] is False
    assert {k: added["rate"][k] for k in ("date", "base", "quote", "rate", "source")} == {
        "date": "2013-12-13", "base": "AUD", "quote": "EUR", "rate": "0.6512",
        "source": "manual"}
    expected = str((Decimal("1234.12") * Decimal("0.6512")).quantize(Decimal("0.01")))
    assert expected == "803.66"

    accounts = run_json(capsys, "accounts", *vault)
    assert accounts["accounts"][0]["balance_base"] == expected
    assert accounts["warnings"] == []
    summary = run_json(capsys, "summary", *vault)
    assert (summary["net_worth"], summary["warnings"]) == (expected, [])
    report = run_json(capsys, "report", *vault)
    assert report["net_worth"]["total"] == expected and report["warnings"] == []
    fields = {f["name"]: f["value"] for f in run_json(capsys, "fields", *vault)["fields"]}
    assert fields["net_worth"] == expected

    # The same date and pair again replaces the rate rather than adding a second one.
    again = run_json(capsys, "rates", "add", *vault, "--date", "2013-12-13", "--base", "aud",
                     "--quote", "eur", "--rate", "0.6")
    assert again["replaced"] is True
    listed = run_json(capsys, "rates", "list", *vault)["rates"]
    assert [(r["base"], r["quote"], r["rate"]) for r in listed] == [("AUD", "EUR", "0.6")]
    assert run_json(capsys, "accounts", *vault)["accounts"][0]["balance_base"] == "740.47"


def test_an_imported_market_file_brings_the_account_into_the_totals(aud_vault, tmp_path,
                                                                     capsys):
    rates = tmp_path / "fx.csv"
    # The inverse pair (EUR->AUD, as the ECB quotes it) is enough.
    rates.write_text("date,base,quote,rate,source\n2013-12-13,EUR,AUD,1.5357,ECB\n",
                     encoding="utf-8")
    imported = run_json(capsys, "import", "--vault", str(aud_vault), str(rates))
    assert imported["files"][0]["new"] == 1
    accounts = run_json(capsys, "accounts", "--vault", str(aud_vault))
    assert accounts["accounts"][0]["balance_base"] == "803.62"  # 1234.12 / 1.5357, half-even
    assert accounts["warnings"] == []


@pytest.mark.parametrize(("flag", "value", "field"), [
    ("--rate", "-1", "rate"), ("--rate", "0", "rate"), ("--rate", "abc", "rate"),
    ("--rate", "NaN", "rate"), ("--base", "AU1", "base"), ("--quote", "AUD", "quote"),
])
def test_a_bad_rate_is_refused_with_its_field_and_nothing_changes(aud_vault, capsys, flag,
                                                                  value, field):
    args = {"--date": "2013-12-13", "--base": "AUD", "--quote": "EUR", "--rate": "0.65"}
    args[flag] = value
    argv = ["rates", "add", "--vault", str(aud_vault)]
    for name, text in args.items():
        argv += [name, text]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"error: {field}:") and err.count("\n") == 1
    assert run_json(capsys, "rates", "list", "--vault", str(aud_vault))["rates"] == []
