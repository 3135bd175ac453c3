"""The ledger commands' contracts: ``categorise``, ``suggestions [accept]``, ``rules``,
``categories`` and ``transactions split|export``, with their ``--json`` shapes, and a refusal
that changes nothing."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pytest

from cmrdesk.cli.main import main
from cmrdesk.domain import Account, AccountKind, TransactionBatch
from cmrdesk.services import importing
from cmrdesk.services.browse import transactions_by_id
from cmrdesk.services.overview import dashboard, load_ledger
from cmrdesk.services.session import VaultSession
from tests.conftest import PASSPHRASE, TEST_PARAMS

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"  # copies, see its SOURCES.md
BUNQ = CORPUS / "mt940" / "php-mt940__Bunq_sample.sta"


@pytest.fixture(autouse=True)
def env(monkeypatch, tmp_path):
    monkeypatch.setenv("CMRDESK_PASSPHRASE", PASSPHRASE)
    for name in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(name, str(tmp_path / "home"))


def run_json(capsys, *argv) -> dict:
    capsys.readouterr()
    assert main([str(a) for a in argv]) == 0, capsys.readouterr().err
    return json.loads(capsys.readouterr().out)


def refused(capsys, *argv) -> str:
    capsys.readouterr()
    assert main([str(a) for a in argv]) == 1
    return capsys.readouterr().err


@pytest.fixture
def vault(tmp_path) -> Path:
    """Checking with a few rows: two Rewe (one filed), a cinema, a formula-looking payee."""
    path = tmp_path / "ledger.cmrdesk"
    with VaultSession.create(path, PASSPHRASE, params=TEST_PARAMS) as s:
        s.add(Account(name="Checking", kind=AccountKind.CHECKING, currency="EUR"))
        groceries = next(c.id for c in s.categories() if c.name == "Groceries")
        batch = TransactionBatch()
        for day, payee, minor, category in (
                (1, "Rewe", -2000, groceries), (2, "Rewe", -2100, groceries),
                (3, "Rewe", -1500, None), (4, "Cinema", -1200, None),
                (5, "=cmd|' /C calc'!A0", -5000, None)):
            batch.append(account_id=1, day=date(2026, 3, day), amount_minor=minor,
                         currency="EUR", payee=payee, payee_raw=payee, memo="",
                         category_id=category, import_id="", status="cleared")
        s.add_transactions(batch)
    return path


def categories_of(path: Path, ids: list[int]) -> list[int | None]:
    with VaultSession.open(path, PASSPHRASE) as s:
        found = transactions_by_id(s, ids)
    return [found[i].category_id for i in ids]


def test_categorise_contract(capsys, vault):
    out = run_json(capsys, "categorise", "--vault", vault, "--id", 4, "--id", 5,
                   "--category", "Leisure / Culture", "--json")
    assert out == {"categorised": 2, "category": "Leisure / Culture", "ids": [4, 5]}
    err = refused(capsys, "categorise", "--vault", vault, "--id", 3, "--category", "Nope")
    assert err.startswith("error: --category: no category 'Nope'")
    err = refused(capsys, "categorise", "--vault", vault, "--id", 99, "--category", "Rent")
    assert "--id: no transaction with id 99" in err


def test_suggestions_and_accept_contract(capsys, vault):
    out = run_json(capsys, "suggestions", "--vault", vault, "--json")
    items = {s["id"]: s for s in out["suggestions"]}
    assert set(items[3]) == {"id", "category", "confidence", "reason"}
    assert items[3]["category"] == "Food / Groceries"
    assert "payee matched 2 earlier 'Groceries'" in items[3]["reason"]
    assert items[3]["confidence"] == 0.75  # (2 + 1) / (2 + 2)
    high = run_json(capsys, "suggestions", "--vault", vault, "--min-confidence", "0.8",
                    "--json")
    assert 3 not in [s["id"] for s in high["suggestions"]]
    assert all(s["confidence"] >= 0.8 for s in high["suggestions"])
    assert run_json(capsys, "suggestions", "accept", "--vault", vault, "--id", 3,
                    "--json") == {"accepted": 1}
    assert categories_of(vault, [3]) == categories_of(vault, [1])
    err = refused(capsys, "suggestions", "accept", "--vault", vault, "--min-confidence", "2")
    assert "--min-confidence: 2 is not between 0 and 1" in err


def test_rules_add_list_delete_contract(capsys, vault):
    out = run_json(capsys, "rules", "add", "--vault", vault, "--payee-contains", "rewe",
                   "--category", "Shopping / Household", "--account", "Checking", "--json")
    assert set(out) >= {"rule", "matches", "applied"}
    assert (out["matches"], out["applied"]) == (3, 0)
    assert out["rule"]["category"] == "Shopping / Household"
    assert out["rule"]["account"] == "Checking"
    cinema = run_json(capsys, "rules", "add", "--vault", vault, "--payee-contains", "cinema",
                      "--category", "Leisure / Culture", "--apply", "--json")
    assert (cinema["matches"], cinema["applied"]) == (1, 1)
    listed = run_json(capsys, "rules", "list", "--vault", vault, "--json")["rules"]
    assert [r["id"] for r in listed] == [out["rule"]["id"], cinema["rule"]["id"]]
    assert run_json(capsys, "rules", "delete", "--vault", vault, out["rule"]["id"],
                    "--json") == {"deleted": {"rules": [out["rule"]["id"]]}}
    assert len(run_json(capsys, "rules", "--vault", vault, "--json")["rules"]) == 1
    err = refused(capsys, "rules", "add", "--vault", vault, "--pattern", "(",
                  "--category", "Rent")
    assert err.startswith("error: --pattern: is not a regular expression")


def test_categories_commands(capsys, vault):
    assert run_json(capsys, "categories", "add", "--vault", vault, "Food / Bakery",
                    "--json")["added"]["path"] == "Food / Bakery"
    assert run_json(capsys, "categories", "rename", "--vault", vault, "Food / Bakery",
                    "Bread", "--json")["renamed"]["path"] == "Food / Bread"
    run_json(capsys, "categories", "merge", "--vault", vault, "Groceries", "Food / Bread",
             "--json")
    bread = categories_of(vault, [1])[0]
    paths = {c["id"]: c["path"] for c in
             run_json(capsys, "categories", "--vault", vault, "--json")["categories"]}
    assert paths[bread] == "Food / Bread"
    err = refused(capsys, "categories", "delete", "--vault", vault, "Food / Bread")
    assert "holds 2 transactions; say where they go" in err
    run_json(capsys, "categories", "delete", "--vault", vault, "Food / Bread",
             "--move-to", "Food / Restaurants", "--json")
    assert categories_of(vault, [1, 2]) == [paths_id(paths, "Food / Restaurants")] * 2


def paths_id(paths: dict[int, str], path: str) -> int:
    return next(i for i, p in paths.items() if p == path)


def test_transactions_split_contract_and_refusal(capsys, vault):
    err = refused(capsys, "transactions", "split", "--vault", vault, 5,
                  "--part", "30.00=Groceries", "--part", "10.00=Household")
    assert "error: --part: add up to -40.00, not the line's -50.00" in err
    with VaultSession.open(vault, PASSPHRASE) as s:
        from cmrdesk.services.splits import split_parts

        assert split_parts(s, 5) == []
    out = run_json(capsys, "transactions", "split", "--vault", vault, 5,
                   "--part", "30.00=Groceries", "--part=-20.00=Household", "--json")
    assert out == {"split": {"id": 5, "parts": [
        {"amount": "-30.00", "currency": "EUR", "category": "Food / Groceries"},
        {"amount": "-20.00", "currency": "EUR", "category": "Shopping / Household"}]}}


def test_transactions_export_neutralises_formulas(capsys, vault, tmp_path):
    target = tmp_path / "out.csv"
    out = run_json(capsys, "transactions", "export", "--vault", vault, "--since",
                   "2026-03-03", "--out", target, "--json")
    assert out == {"exported": 3, "out": str(target)}
    rows = list(csv.DictReader(target.open(newline="", encoding="utf-8")))
    assert rows[-1]["payee"] == "'=cmd|' /C calc'!A0"
    assert rows[-1]["amount"] == "-50.00"
    err = refused(capsys, "transactions", "export", "--vault", vault, "--out",
                  tmp_path / "x.ods")
    assert "--out" in err and ".xlsx" in err
    assert not (tmp_path / "x.ods").exists()


def test_transactions_export_writes_xlsx_without_formulas(capsys, vault, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    target = tmp_path / "out.xlsx"
    out = run_json(capsys, "transactions", "export", "--vault", vault, "--since",
                   "2026-03-03", "--columns", "date,payee,amount", "--out", target, "--json")
    assert out == {"exported": 3, "out": str(target)}
    rows = list(openpyxl.load_workbook(target).active.iter_rows())
    assert [c.value for c in rows[0]] == ["date", "payee", "amount"]
    assert not [c.coordinate for row in rows for c in row if c.data_type == "f"]
    assert rows[-1][1].value == "'=cmd|' /C calc'!A0"
    assert rows[-1][2].data_type == "n" and rows[-1][2].value == -50


def test_suggestions_file_a_real_statement_so_spending_has_categories(capsys, tmp_path):
    """A real import lands uncategorised; after filing two rows by hand and accepting the
    suggestions, the dashboard's spending by category is no longer all 'Uncategorised'."""
    path = tmp_path / "bunq.cmrdesk"
    with VaultSession.create(path, PASSPHRASE, params=TEST_PARAMS) as s:
        importing.import_file(s, BUNQ)
        rows = s.transactions()
    first = {}
    for tx in rows:
        if tx.amount.amount < 0:
            first.setdefault(tx.payee, tx.id)
    today = max(tx.date for tx in rows)
    start = min(tx.date for tx in rows)

    def spending() -> dict[str, int]:
        with VaultSession.open(path, PASSPHRASE) as s:
            bars = dashboard(load_ledger(s, today=today), start, today).categories
        return dict(zip(bars.names, bars.amounts.tolist(), strict=True))

    before = spending()
    assert list(before) == ["Uncategorised"]
    run_json(capsys, "categorise", "--vault", path, "--id", first["P.C. Wacki"],
             "--category", "Restaurants", "--json")
    run_json(capsys, "categorise", "--vault", path, "--id", first["Albert Heijn"],
             "--category", "Groceries", "--json")
    accepted = run_json(capsys, "suggestions", "accept", "--vault", path,
                        "--min-confidence", "0.6", "--json")["accepted"]
    assert accepted >= 32 + 3  # the other Wacki and Albert Heijn payments
    after = spending()
    assert after["Restaurants"] > 0
    assert after["Groceries"] > 0
    assert after["Uncategorised"] < before["Uncategorised"]
    assert sum(after.values()) == before["Uncategorised"]  # the same money, now filed
