"""The command line: stable names, JSON shapes, and one-line errors with exit codes."""

import json
from pathlib import Path

import pytest

from cmrdesk.cli.main import main

PASS = "cli test vault passphrase"


@pytest.fixture
def env(monkeypatch):
    monkeypatch.setenv("CMRDESK_PASSPHRASE", PASS)
    monkeypatch.delenv("CMRDESK_NEW_PASSPHRASE", raising=False)
    return monkeypatch


@pytest.fixture(scope="module")
def cli_vault(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "cli.cmrdesk"
    mp = pytest.MonkeyPatch()
    mp.setenv("CMRDESK_PASSPHRASE", PASS)
    assert main(["demo", "--vault", str(path), "--transactions", "2000", "--seed", "3"]) == 0
    mp.undo()
    return path


def run_json(capsys, *argv: str) -> dict:
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def test_accounts_json_shape(env, cli_vault, capsys):
    data = run_json(capsys, "accounts", "--vault", str(cli_vault), "--json")
    assert data["base_currency"] == "EUR"
    first = data["accounts"][0]
    assert set(first) == {"id", "name", "kind", "institution", "currency", "balance",
                          "balance_base"}
    usd = next(a for a in data["accounts"] if a["currency"] == "USD")
    assert usd["balance"] != usd["balance_base"]  # converted with a dated rate
    for account in data["accounts"]:
        assert isinstance(account["balance"], str)
        whole, _, cents = account["balance"].lstrip("-").partition(".")
        assert whole.isdigit() and len(cents) == 2


def test_transactions_json_shape_and_filters(env, cli_vault, capsys):
    data = run_json(capsys, "transactions", "--vault", str(cli_vault), "--account",
                    "ING Checking", "--since", "2026-01-01", "--json")
    rows = data["transactions"]
    assert rows, "the demo has checking transactions this year"
    assert set(rows[0]) == {"id", "date", "account", "amount", "currency", "payee", "memo",
                            "category"}
    assert {r["account"] for r in rows} == {"ING Checking"}
    assert min(r["date"] for r in rows) >= "2026-01-01"
    assert all(r["date"][4] == "-" and r["date"][7] == "-" for r in rows)
    everything = run_json(capsys, "transactions", "--vault", str(cli_vault), "--json")
    assert len(everything["transactions"]) == 2000


def test_text_output_is_a_readable_table(env, cli_vault, capsys):
    assert main(["accounts", "--vault", str(cli_vault)]) == 0
    out = capsys.readouterr().out
    assert "ING Checking" in out and "EUR " in out and "In EUR" in out


def test_wrong_passphrase_is_one_error_line_and_exit_3(env, cli_vault, capsys):
    env.setenv("CMRDESK_PASSPHRASE", "nope")
    assert main(["accounts", "--vault", str(cli_vault)]) == 3
    err = capsys.readouterr().err
    assert err.startswith("error: wrong passphrase") and err.count("\n") == 1
    assert "Traceback" not in err and "nope" not in err


def test_not_a_vault_and_missing_vault(env, tmp_path, capsys):
    junk = tmp_path / "junk.cmrdesk"
    junk.write_bytes(b"hello, not a vault" * 300)
    assert main(["accounts", "--vault", str(junk)]) == 4
    assert capsys.readouterr().err.startswith("error: ")
    assert main(["accounts", "--vault", str(tmp_path / "missing.cmrdesk")]) == 1
    assert "no vault at" in capsys.readouterr().err


def test_passphrase_file_rekey_and_backup(env, tmp_path, capsys):
    path = tmp_path / "v.cmrdesk"
    secret = tmp_path / "pass.txt"
    secret.write_text("from a file\n")
    env.delenv("CMRDESK_PASSPHRASE")
    assert main(["init", "--vault", str(path), "--passphrase-file", str(secret)]) == 0
    env.setenv("CMRDESK_PASSPHRASE", "from a file")
    env.setenv("CMRDESK_NEW_PASSPHRASE", "the new one here")
    assert main(["rekey", "--vault", str(path)]) == 0
    assert main(["accounts", "--vault", str(path)]) == 3
    env.setenv("CMRDESK_PASSPHRASE", "the new one here")
    assert main(["backup", "--vault", str(path), "--out", str(tmp_path / "b.cmrdesk")]) == 0
    assert main(["check", "--vault", str(tmp_path / "b.cmrdesk")]) == 0
    assert "every page authenticated" in capsys.readouterr().out


def test_no_passphrase_source_without_a_terminal(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("CMRDESK_PASSPHRASE", raising=False)
    assert main(["init", "--vault", str(tmp_path / "x.cmrdesk")]) == 1
    assert "CMRDESK_PASSPHRASE" in capsys.readouterr().err


def test_bench_json_shape(capsys, monkeypatch):
    # The desktop app's stages run in a subprocess: tests/services/test_ui_bench.py covers them.
    monkeypatch.setenv("CMRDESK_BENCH_DESKTOP", "0")
    data = run_json(capsys, "bench", "--transactions", "1500", "--json")
    assert data["transactions"] == 1500
    for name in ("bulk_insert", "unlock_with_kdf", "unlock_without_kdf", "load_frame",
                 "balances"):
        stage = data["stages"][name]
        assert set(stage) == {"seconds", "peak_rss_mb", "baseline_seconds", "ratio"}
        assert stage["seconds"] >= 0 and stage["peak_rss_mb"] > 0
    assert data["stages"]["bulk_insert"]["ratio"] is not None


def test_summary_of_the_demo_vault_creates_it_once(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert main(["summary", "--demo"]) == 0
    out = capsys.readouterr().out
    assert "net worth: EUR" in out and "ING Checking" in out
    assert main(["summary", "--demo"]) == 0  # second time it opens the same vault


def test_report_json_has_the_documented_keys(env, cli_vault, capsys):
    data = run_json(capsys, "report", "--vault", str(cli_vault), "--json")
    assert {"base_currency", "net_worth", "cash_flow", "savings_rate", "spending_by_category",
            "recurring", "forecast", "advice", "categoriser"} <= set(data)
    assert {"total", "liquid", "by_kind", "series"} <= set(data["net_worth"])
    month = data["cash_flow"][0]
    assert {"income", "spending", "saving"} <= set(month)
    assert all(isinstance(month[k], str) for k in ("income", "spending", "saving"))
    for item in data["advice"]:
        assert {"id", "title", "detail", "yearly_effect", "numbers"} <= set(item)
    assert "accuracy" in data["categoriser"]
    assert main(["report", "--vault", str(cli_vault), "--from", "2026-05-01",
                 "--to", "2026-01-01"]) == 1
    assert "--from" in capsys.readouterr().err


def test_report_text_reads_like_a_statement(env, cli_vault, capsys):
    assert main(["report", "--vault", str(cli_vault)]) == 0
    out = capsys.readouterr().out
    assert "Net worth on" in out and "Advice" in out and "EUR " in out


CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"


def test_import_json_and_idempotence(env, tmp_path, capsys):
    path = tmp_path / "imp.cmrdesk"
    assert main(["init", "--vault", str(path)]) == 0
    capsys.readouterr()
    ofx = str(CORPUS / "ofx" / "ofxparse__checking.ofx")
    first = run_json(capsys, "import", "--vault", str(path), ofx, "--json")["files"][0]
    assert (first["format"], first["new"], first["reconciled"]) == ("qfx", 3, True)
    again = run_json(capsys, "import", "--vault", str(path), ofx, "--json")["files"][0]
    assert (again["new"], again["duplicates"]) == (0, 3)


def test_import_bad_file_is_one_error_line_and_nonzero(env, tmp_path, capsys):
    path = tmp_path / "imp.cmrdesk"
    assert main(["init", "--vault", str(path)]) == 0
    bad = tmp_path / "bad.qif"
    bad.write_text("!Type:Bank\nD01/02/2024\nT12,3,4\n^\n")
    assert main(["import", "--vault", str(path), str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "bad.qif" in err and "Traceback" not in err


def test_mapping_command_and_saved_profile(env, tmp_path, capsys):
    path = tmp_path / "imp.cmrdesk"
    assert main(["init", "--vault", str(path)]) == 0
    capsys.readouterr()
    csv_file = str(CORPUS / "csv" / "ofxstatement-dutch__ing_ok_Mutatiesoort_Extra.csv")
    shown = run_json(capsys, "mapping", csv_file, "--json")
    assert shown["profile"] is None and shown["mapping"]["delimiter"] == ";"
    assert main(["import", "--vault", str(path), csv_file, "--save-mapping", "ING"]) == 0
    capsys.readouterr()
    saved = run_json(capsys, "mapping", csv_file, "--vault", str(path), "--json")
    assert saved["profile"] == "ING"
    assert main(["summary", "--demo"]) == 0  # second time it opens the same vault
    assert "net worth: EUR" in capsys.readouterr().out


def test_demo_flag_belongs_to_the_desktop_app(capsys):
    with pytest.raises(SystemExit):  # the CLI alone no longer knows --demo
        main(["--demo"])
    assert "--demo" in capsys.readouterr().err
