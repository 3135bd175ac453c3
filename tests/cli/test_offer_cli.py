"""``request``, ``offer``, ``offers`` and ``deletions``: names, flags and JSON shapes as issue 16
spells them; refused offers exit 4 and store nothing."""

from __future__ import annotations

import json
import stat
from datetime import date, timedelta
from pathlib import Path

import pytest

from cmrdesk.cli import offer_commands
from cmrdesk.cli.main import main
from cmrdesk.services.session import VaultSession
from tests.conftest import PASSPHRASE, TEST_PARAMS

SOON = (date.today() + timedelta(days=20)).isoformat()


def stub_pdf(document: dict) -> bytes:
    return b"%PDF-1.4\n% stub\n%%EOF\n"


@pytest.fixture(autouse=True)
def quick(monkeypatch):
    monkeypatch.setenv("CMRDESK_PASSPHRASE", PASSPHRASE)
    # The real PDF is drawn in a child process (tested with `share`); a stub keeps this fast.
    monkeypatch.setattr(offer_commands, "subprocess_pdf_renderer", stub_pdf)


def run(capsys, *argv: str, code: int = 0) -> str:
    assert main(list(argv)) == code, capsys.readouterr()
    return capsys.readouterr().out


def run_json(capsys, *argv: str) -> dict:
    return json.loads(run(capsys, *argv))


@pytest.fixture
def setup(tmp_path, capsys):
    vault = tmp_path / "v.cmrdesk"
    VaultSession.create(vault, PASSPHRASE, params=TEST_PARAMS).close()
    acme, other = tmp_path / "acme", tmp_path / "other"
    run(capsys, "keygen", "--out", str(acme))
    run(capsys, "keygen", "--out", str(other))
    added = run_json(capsys, "vendors", "add", "--vault", str(vault), "--name", "Acme Bank",
                     "--kind", "bank", "--key", str(acme / "public.jwk"),
                     "--signing-key", str(acme / "sign-public.jwk"), "--json")
    run(capsys, "vendors", "add", "--vault", str(vault), "--name", "Beta Bank", "--kind", "bank")
    request = run_json(capsys, "request", "--vault", str(vault), "--vendor", "Acme Bank",
                       "--vendor", "Beta Bank", "--product", "mortgage", "--amount", "300000",
                       "--term-years", "30", "--fixed-years", "10", "--want", "10-year fixed",
                       "--not-want", "no phone calls", "--respond-by", SOON,
                       "--out", str(tmp_path / "out"), "--json")
    return {"vault": vault, "acme": acme, "other": other, "added": added, "request": request,
            "tmp": tmp_path}


def offer(capsys, setup, *extra: str, key: Path | None = None, name: str = "acme.jws",
          vendor: int = 0) -> Path:
    out = setup["tmp"] / name
    run(capsys, "offer", "--key", str(key or setup["acme"] / "sign-private.jwk"),
        "--request", setup["request"]["packages"][vendor]["package"],
        "--decrypt-key", str(setup["acme"] / "private.jwk"), "--product", "mortgage",
        "--rate", "3.3", "--apr", "3.41", "--fixed-years", "10", "--term-years", "30",
        "--fees", "1500", *extra, "--out", str(out))
    return out


def offers_stored(capsys, setup) -> list:
    return run_json(capsys, "offers", "list", "--vault", str(setup["vault"]), "--json")["offers"]


def test_keygen_also_writes_the_signing_pair_and_vendors_add_pins_it(setup, capsys):
    acme = setup["acme"]
    private = json.loads((acme / "sign-private.jwk").read_text())
    public = json.loads((acme / "sign-public.jwk").read_text())
    assert private["crv"] == public["crv"] == "Ed25519" and "d" in private and "d" not in public
    assert stat.S_IMODE((acme / "sign-private.jwk").stat().st_mode) == 0o600
    assert setup["added"]["signing_fingerprint"] == public["kid"]
    assert (acme / "private.jwk").exists() and (acme / "public.jwk").exists()
    listed = run_json(capsys, "vendors", "list", "--vault", str(setup["vault"]), "--json")
    by_name = {v["name"]: v for v in listed["vendors"]}
    assert by_name["Acme Bank"]["signing_fingerprint"] == public["kid"]
    assert by_name["Beta Bank"]["signing_fingerprint"] is None
    # A private key or an encryption key is refused as a signing key, with nothing stored.
    for wrong in ("sign-private.jwk", "public.jwk"):
        assert main(["vendors", "add", "--vault", str(setup["vault"]), "--name", "Gamma",
                     "--kind", "bank", "--signing-key", str(acme / wrong)]) == 1
        assert capsys.readouterr().err.startswith("error: invalid key")
    assert "Gamma" not in {v["name"] for v in run_json(
        capsys, "vendors", "list", "--vault", str(setup["vault"]), "--json")["vendors"]}


def test_request_json_has_one_package_per_vendor(setup):
    data = setup["request"]
    assert data["request_id"].startswith("urn:uuid:")
    assert [p["vendor"] for p in data["packages"]] == ["Acme Bank", "Beta Bank"]
    assert all({"vendor", "package", "sha256"} <= p.keys() for p in data["packages"])
    assert Path(data["packages"][0]["package"], "disclosure.jwe").exists()  # has a key
    assert Path(data["packages"][1]["package"], "disclosure.jws").exists()  # has none


def test_an_offer_from_cmrdesk_offer_imports_verified(setup, capsys):
    path = offer(capsys, setup, "--valid-until", SOON, "--conditions", "Subject to valuation")
    data = run_json(capsys, "offers", "import", "--vault", str(setup["vault"]), str(path),
                    "--json")
    assert data["offer"]["verified"] is True
    assert data["offer"]["vendor"] == "Acme Bank"
    assert data["offer"]["request_id"] == setup["request"]["request_id"]
    assert {"id", "vendor", "request_id", "verified"} <= data["offer"].keys()
    compared = run_json(capsys, "offers", "compare", "--vault", str(setup["vault"]),
                        "--request", setup["request"]["request_id"], "--json")
    row = compared["offers"][0]
    assert set(row) >= {"id", "vendor", "yearly_cost", "total_cost", "effective_rate",
                        "vs_current_yearly", "vs_benchmark_yearly", "break_even_months",
                        "verdict"}
    assert row["yearly_cost"] == "9900.00" and row["vs_current_yearly"] is None
    assert set(compared["benchmark"]) >= {"series", "date", "rate"}
    assert any(n.startswith("current: unknown, because") for n in compared["notes"])


def test_an_offer_without_fees_breaks_even_at_0_and_says_no_fees(setup, capsys):
    path = offer(capsys, setup, "--valid-until", SOON, "--fees", "0")
    run(capsys, "offers", "import", "--vault", str(setup["vault"]), str(path))
    compared = run_json(capsys, "offers", "compare", "--vault", str(setup["vault"]), "--json")
    row = compared["offers"][0]
    # The JSON keeps its number (nothing to repay: 0, even with no current mortgage) ...
    assert row["break_even_months"] == 0
    assert "no fees" in row["verdict"] and "0 months" not in row["verdict"]
    # ... and the table says it in words.
    table = run(capsys, "offers", "compare", "--vault", str(setup["vault"]))
    row_line = next(line for line in table.splitlines() if "Acme Bank  " in line)
    assert row_line.rstrip().endswith("no fees")


@pytest.mark.parametrize("case", ["flipped", "other key", "expired", "unknown request"])
def test_a_refused_offer_exits_4_and_stores_nothing(setup, capsys, case):
    if case == "flipped":
        path = offer(capsys, setup, "--valid-until", SOON)
        data = bytearray(path.read_bytes())
        data[40] = ord("A") if data[40] != ord("A") else ord("B")
        path.write_bytes(bytes(data))
    elif case == "other key":
        path = offer(capsys, setup, "--valid-until", SOON, key=setup["other"] / "sign-private.jwk")
    elif case == "expired":
        path = offer(capsys, setup, "--valid-until",
                     (date.today() - timedelta(days=1)).isoformat())
    else:
        # A request package the vault never recorded (made from another vault).
        other_vault = setup["tmp"] / "w.cmrdesk"
        VaultSession.create(other_vault, PASSPHRASE, params=TEST_PARAMS).close()
        run(capsys, "vendors", "add", "--vault", str(other_vault), "--name", "Acme Bank",
            "--kind", "bank")
        foreign = run_json(capsys, "request", "--vault", str(other_vault), "--vendor",
                           "Acme Bank", "--product", "mortgage", "--amount", "1000", "--out",
                           str(setup["tmp"] / "foreign"), "--json")
        setup = {**setup, "request": foreign}
        path = offer(capsys, setup, "--valid-until", SOON)
    code = main(["offers", "import", "--vault", str(setup["vault"]), str(path)])
    err = capsys.readouterr().err
    assert code == 4 and err.startswith("error: ") and "refused" in err
    assert offers_stored(capsys, setup) == []


def test_add_accept_decline_and_list(setup, capsys):
    vault = str(setup["vault"])
    added = run_json(capsys, "offers", "add", "--vault", vault, "--vendor", "Beta Bank",
                     "--request", setup["request"]["request_id"], "--product", "mortgage",
                     "--rate", "3.6", "--term-years", "30", "--valid-until", SOON, "--json")
    assert added["offer"]["verified"] is False and added["offer"]["source"] == "keyed in"
    decided = run_json(capsys, "offers", "decline", "--vault", vault,
                       str(added["offer"]["id"]), "--json")
    assert decided["offer"]["status"] == "declined"
    assert str(setup["tmp"]) not in decided["draft"]["body"]
    assert main(["offers", "accept", "--vault", vault, str(added["offer"]["id"])]) == 1
    assert "declined already" in capsys.readouterr().err
    assert [o["status"] for o in offers_stored(capsys, setup)] == ["declined"]


def test_deletions_are_recorded_listed_and_confirmed(setup, capsys):
    vault = str(setup["vault"])
    receipts = run_json(capsys, "disclosures", "--vault", vault, "--json")["disclosures"]
    made = run_json(capsys, "deletions", "request", "--vault", vault, "--receipt",
                    str(receipts[0]["id"]), "--json")
    assert made["deletion"]["confirmed_on"] is None and made["deletion"]["overdue"] is False
    assert receipts[0]["package"] not in made["draft"]["body"]
    run(capsys, "deletions", "confirm", "--vault", vault, str(made["deletion"]["id"]))
    listed = run_json(capsys, "deletions", "list", "--vault", vault, "--json")["deletions"]
    assert listed[0]["confirmed_on"] == date.today().isoformat()
    assert listed[0]["confirmation"] == "by hand"


def test_bad_flags_are_one_error_line(setup, capsys):
    vault = str(setup["vault"])
    assert main(["request", "--vault", vault, "--vendor", "Acme Bank", "--product", "boat",
                 "--out", str(setup["tmp"])]) == 1
    assert capsys.readouterr().err.startswith("error: --product")
    assert main(["request", "--vault", vault, "--vendor", "Acme Bank", "--product",
                 "mortgage", "--amount", "1,000", "--out", str(setup["tmp"])]) == 1
    assert capsys.readouterr().err.startswith("error: --amount")


def test_a_signed_deletion_confirmation_is_checked_against_the_pinned_key(setup, capsys):
    vault = str(setup["vault"])
    receipts = run_json(capsys, "disclosures", "--vault", vault, "--json")["disclosures"]
    acme = next(r for r in receipts if r["vendor"] == "Acme Bank")
    made = run_json(capsys, "deletions", "request", "--vault", vault, "--receipt",
                    str(acme["id"]), "--json")["deletion"]
    forged = setup["tmp"] / "forged.jws"
    run(capsys, "confirm-deletion", "--key", str(setup["other"] / "sign-private.jwk"),
        "--disclosure-id", made["disclosure_id"], "--vendor-name", "Acme Bank",
        "--out", str(forged))
    assert main(["deletions", "confirm", "--vault", vault, str(made["id"]), "--signed",
                 str(forged)]) == 4
    assert "signature does not match" in capsys.readouterr().err
    genuine = setup["tmp"] / "deleted.jws"
    run(capsys, "confirm-deletion", "--key", str(setup["acme"] / "sign-private.jwk"),
        "--disclosure-id", made["disclosure_id"], "--vendor-name", "Acme Bank",
        "--on", date.today().isoformat(), "--out", str(genuine))
    run(capsys, "deletions", "confirm", "--vault", vault, str(made["id"]), "--signed",
        str(genuine))
    listed = run_json(capsys, "deletions", "list", "--vault", vault, "--json")["deletions"]
    assert listed[0]["confirmation"] == "signed"
    assert listed[0]["confirmed_on"] == date.today().isoformat()
