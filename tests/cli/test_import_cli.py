"""``cmrdesk import`` and ``cmrdesk imports``: JSON shapes and removing an import."""

import json
from pathlib import Path

import pytest

from cmrdesk.cli.main import main
from cmrdesk.services.session import VaultSession
from tests.conftest import TEST_PARAMS
from tests.importers.conftest import CORPUS

PASS = "import cli test passphrase"
CHECKING = CORPUS / "ofx" / "ofxparse__checking.ofx"


@pytest.fixture
def vault(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("CMRDESK_PASSPHRASE", PASS)
    path = tmp_path / "cli.cmrdesk"
    VaultSession.create(path, PASS, params=TEST_PARAMS).close()
    return path


def run_json(capsys, *argv: str) -> dict:
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def test_import_json_gains_categorised_and_keeps_its_keys(vault, capsys):
    data = run_json(capsys, "import", "--vault", str(vault), str(CHECKING), "--json")
    (entry,) = data["files"]
    assert {"file", "format", "account", "new", "duplicates", "pending_skipped",
            "statement_balance", "vault_balance", "reconciled", "created_account",
            "statements", "warnings"} <= set(entry)
    assert entry["categorised"] == {"rule": 0, "model": 0} and entry["new"] == 3


def test_imports_lists_and_removes(vault, capsys):
    run_json(capsys, "import", "--vault", str(vault), str(CHECKING), "--json")
    listed = run_json(capsys, "imports", "--vault", str(vault), "--json")
    (entry,) = listed["imports"]
    assert set(entry) == {"id", "file", "sha256", "format", "imported_at", "accounts", "new",
                          "duplicates", "pending_skipped"}
    assert entry["file"] == CHECKING.name and entry["new"] == 3
    assert entry["accounts"] and entry["duplicates"] == 0 and entry["pending_skipped"] == 0
    removed = run_json(capsys, "imports", "remove", "--vault", str(vault), str(entry["id"]),
                       "--json")
    assert removed["removed"]["transactions"] == 3
    assert removed["removed"]["accounts"] == entry["accounts"]
    assert run_json(capsys, "imports", "--vault", str(vault), "--json") == {"imports": []}


def test_removing_an_unknown_import_is_an_error(vault, capsys):
    assert main(["imports", "remove", "--vault", str(vault), "7"]) == 1
    assert "no import 7" in capsys.readouterr().err
