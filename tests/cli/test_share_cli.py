"""The sharing commands: names, flags and JSON shapes as issue 7 spells them, one-line errors."""

from __future__ import annotations

import json
import shutil
import stat
from datetime import date, timedelta
from pathlib import Path

import pytest

from cmrdesk.cli.main import main
from cmrdesk.disclosure import package_digest
from tests.conftest import PASSPHRASE

VERIFY_KEYS = {"valid", "expired", "signer_fingerprint", "vendor", "purpose", "terms", "intent",
               "expires", "fields"}


@pytest.fixture(scope="module")
def vault(demo_vault, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("share-cli") / "cli.cmrdesk"
    shutil.copy(demo_vault, path)
    return path


@pytest.fixture(autouse=True)
def passphrase(monkeypatch):
    monkeypatch.setenv("CMRDESK_PASSPHRASE", PASSPHRASE)


def run(capsys, *argv: str, code: int = 0) -> str:
    assert main(list(argv)) == code, capsys.readouterr()
    return capsys.readouterr().out


def run_json(capsys, *argv: str) -> dict:
    return json.loads(run(capsys, *argv))


@pytest.fixture(scope="module")
def vendor_keys(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("vendor") / "keys"
    assert main(["keygen", "--out", str(out)]) == 0
    return out


def test_keygen_writes_a_private_and_a_public_jwk(vendor_keys, tmp_path, capsys):
    private = json.loads((vendor_keys / "private.jwk").read_text())
    public = json.loads((vendor_keys / "public.jwk").read_text())
    assert private["crv"] == public["crv"] == "X25519" and "d" in private and "d" not in public
    assert stat.S_IMODE((vendor_keys / "private.jwk").stat().st_mode) == 0o600
    data = run_json(capsys, "keygen", "--out", str(tmp_path / "p256"), "--curve", "P-256",
                    "--json")
    assert data["curve"] == "P-256" and len(data["fingerprint"]) == 43
    assert main(["keygen", "--out", str(vendor_keys)]) == 1  # never overwrites a key
    assert capsys.readouterr().err.startswith("error: ")


def test_fields_json_shape(vault, capsys):
    data = run_json(capsys, "fields", "--vault", str(vault), "--json")
    fields = data["fields"]
    assert set(data) == {"fields", "warnings"}
    assert data["warnings"] == []  # every account of the demo converts to the base currency
    assert all(set(f) == {"name", "label", "value", "precisions", "known", "why", "where"}
               for f in fields)
    by_name = {f["name"]: f for f in fields}
    assert by_name["profile.city"]["value"] == "Utrecht"
    # Known while the demo's records reach last month; unknown (never "no") after that.
    overdraft = by_name["fact.no_overdraft_12m"]
    assert overdraft["value"] in (True, False) if overdraft["known"] else (
        overdraft["value"] is None and overdraft["why"].startswith("unknown: "))
    assert by_name["net_worth"]["precisions"][-1] == "exact"
    assert isinstance(by_name["net_worth"]["value"], str)  # money as a decimal string
    text = run(capsys, "fields", "--vault", str(vault))
    assert "Balances" in text and "net_worth" in text


def test_vendors_add_and_list_with_key_fingerprints(vault, vendor_keys, capsys):
    out = run(capsys, "vendors", "add", "--vault", str(vault), "--name", "Zeta Lending",
              "--kind", "bank", "--email", "privacy@zeta.example", "--website",
              "https://zeta.example", "--key", str(vendor_keys / "public.jwk"))
    public = json.loads((vendor_keys / "public.jwk").read_text())
    assert "added vendor Zeta Lending" in out and "X25519" in out
    data = run_json(capsys, "vendors", "list", "--vault", str(vault), "--json")
    zeta = next(v for v in data["vendors"] if v["name"] == "Zeta Lending")
    assert zeta["fingerprint"] == public["kid"] and zeta["encrypts"] is True
    assert zeta["kind"] == "bank" and zeta["email"] == "privacy@zeta.example"


def test_a_bad_vendor_key_is_one_error_line_that_quotes_no_key(vault, vendor_keys, capsys):
    code = main(["vendors", "add", "--vault", str(vault), "--name", "Oops", "--kind", "other",
                 "--key", str(vendor_keys / "private.jwk")])
    err = capsys.readouterr().err
    assert code == 1 and err.startswith("error: invalid key: this is a private key")
    assert err.count("\n") == 1
    assert json.loads((vendor_keys / "private.jwk").read_text())["d"] not in err


def test_share_then_verify_with_the_vendor_key(vault, vendor_keys, tmp_path, capsys):
    expires = (date.today() + timedelta(days=60)).isoformat()  # the CLI works on today
    data = run_json(capsys, "share", "--vault", str(vault), "--vendor", "zeta lending",
                    "--field", "net_worth=band:100000", "--field", "profile.employment_status",
                    "--field", "profile.age=atleast:30", "--purpose", "mortgage pre-check",
                    "--purpose-kind", "mortgage_precheck", "--expires", expires,
                    "--intent", "fixed-rate offers only", "--out", str(tmp_path), "--json")
    assert set(data) == {"package", "files", "sha256", "receipt_id", "left_out"}
    assert data["left_out"] == []  # named fields, no template: nothing was left out
    package = Path(data["package"])
    assert package.parent == tmp_path and package.name.startswith("zeta-lending-")
    assert data["files"] == ["README.txt", "disclosure.jwe", "disclosure.pdf.jwe",
                             "signer.jwk"]
    assert data["sha256"] == package_digest(package)

    checked = run_json(capsys, "verify", str(package), "--decrypt-key",
                       str(vendor_keys / "private.jwk"), "--json")
    assert set(checked) == VERIFY_KEYS and checked["valid"] is True
    assert checked["vendor"] == "Zeta Lending" and checked["expires"] == expires
    assert checked["purpose"] == {"kind": "mortgage_precheck", "text": "mortgage pre-check"}
    assert checked["intent"]["text"] == "fixed-rate offers only"
    assert checked["terms"]["onward_sharing"] is False
    assert checked["fields"]["profile.age"] == {"precision": "atleast:30", "value": True}
    assert set(checked["fields"]) == {"net_worth", "profile.employment_status", "profile.age"}
    assert set(checked["fields"]["net_worth"]) == {"precision", "value"}
    identity = run_json(capsys, "identity", "--vault", str(vault), "--json")
    assert checked["signer_fingerprint"] == identity["fingerprint"]

    text = run(capsys, "verify", str(package), "--decrypt-key", str(vendor_keys / "private.jwk"))
    assert text.startswith("valid: signed by") and "Net worth" in text

    # Without the key the package cannot be opened, which is not "not valid": exit 2, one
    # error line saying what to do, valid unknown (null).
    assert main(["verify", str(package), "--json"]) == 2
    out, err = capsys.readouterr()
    assert json.loads(out) == {"valid": None, "encrypted": True,
                               "error": "encrypted for the vendor: give --decrypt-key to open it"}
    assert err == "error: encrypted for the vendor: give --decrypt-key to open it\n"
    assert main(["verify", str(package)]) == 2
    assert "not valid" not in capsys.readouterr().err
    assert main(["verify", str(package), "--decrypt-key", str(vendor_keys / "private.jwk"),
                 "--signer", "A" * 43]) == 4
    capsys.readouterr()


def test_a_tampered_package_fails_verify_with_exit_4(vault, tmp_path, capsys):
    data = run_json(capsys, "share", "--vault", str(vault), "--vendor", "ING Bank",
                    "--field", "profile.city", "--purpose", "test", "--out", str(tmp_path),
                    "--json")
    package = Path(data["package"])
    assert run_json(capsys, "verify", str(package), "--json")["fields"] == {
        "profile.city": {"precision": "exact", "value": "Utrecht"}}
    pdf = package / "disclosure.pdf"
    pdf.write_bytes(pdf.read_bytes().replace(b"%%EOF", b"%%EOG", 1))
    assert main(["verify", str(package)]) == 4
    err = capsys.readouterr().err
    assert err == f"error: package {package} is not valid: disclosure.pdf has been changed " \
                  "since it was signed\n"


def test_templates_profiles_and_the_disclosure_history(vault, tmp_path, capsys):
    first = run_json(capsys, "share", "--vault", str(vault), "--vendor", "De Hypotheker",
                     "--template", "adviser_intake", "--purpose", "intake",
                     "--save-profile", "yearly", "--retention-days", "30",
                     "--out", str(tmp_path), "--json")
    second = run_json(capsys, "share", "--vault", str(vault), "--vendor", "De Hypotheker",
                      "--profile", "yearly", "--out", str(tmp_path), "--json")
    assert first["package"] != second["package"]
    listed = run_json(capsys, "disclosures", "--vault", str(vault), "--vendor",
                      "De Hypotheker", "--json")["disclosures"]
    assert [d["id"] for d in listed] == [second["receipt_id"], first["receipt_id"]]
    newest = listed[0]
    assert newest["sha256"] == second["sha256"] and newest["status"] == "intact"
    assert newest["purpose_kind"] == "adviser_intake" and newest["purpose"] == "intake"
    assert newest["fields"]["net_worth"].startswith("band:")
    assert newest["expired"] is False and newest["package"] == second["package"]
    diff = run_json(capsys, "disclosures", "--vault", str(vault), "--diff",
                    str(first["receipt_id"]), str(second["receipt_id"]), "--json")
    assert {c["change"] for c in diff["fields"]} == {"same"}
    draft = run_json(capsys, "disclosures", "--vault", str(vault), "--draft", "deletion",
                     "--receipt", str(first["receipt_id"]), "--json")
    assert draft["mailto"].startswith("mailto:utrecht@hypotheker.nl?subject=")
    assert first["package"] not in draft["body"]  # no local path in a mail to the vendor
    table = run(capsys, "disclosures", "--vault", str(vault))
    assert "De Hypotheker" in table and "adviser_intake" in table


@pytest.mark.parametrize(("argv", "message"), [
    (["--field", "no.such.field", "--purpose", "x"], "no field named 'no.such.field'"),
    (["--field", "profile.city=band:10", "--purpose", "x"], "exact or omitted"),
    (["--field", "net_worth=roughly", "--purpose", "x"], "precision"),
    (["--field", "net_worth"], "--purpose"),
    (["--profile", "nope"], "no share profile"),
])
def test_share_mistakes_are_one_error_line(vault, tmp_path, capsys, argv, message):
    code = main(["share", "--vault", str(vault), "--vendor", "ING Bank", *argv,
                 "--out", str(tmp_path)])
    err = capsys.readouterr().err
    assert code == 1 and err.startswith("error: ") and message in err and err.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


def test_share_needs_fields_a_profile_or_a_template(vault, tmp_path, capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["share", "--vault", str(vault), "--vendor", "ING Bank", "--purpose", "x",
              "--out", str(tmp_path)])
    assert stopped.value.code == 2
    capsys.readouterr()


def test_the_pdf_child_gets_the_disclosure_on_stdin_and_no_passphrase(monkeypatch):
    import subprocess

    from cmrdesk.cli import pdf_renderer

    seen = {}

    def fake_run(argv, **kw):
        seen.update(argv=argv, **kw)
        return subprocess.CompletedProcess(argv, 0, b"%PDF-1.4 fake", b"")

    monkeypatch.setenv("CMRDESK_PASSPHRASE", "hunter2")
    monkeypatch.setattr(pdf_renderer.subprocess, "run", fake_run)
    assert pdf_renderer.subprocess_pdf_renderer({"id": "x"}) == b"%PDF-1.4 fake"
    assert seen["argv"][1:] == ["-m", "cmrdesk.ui.pdf"]
    assert json.loads(seen["input"]) == {"id": "x"}
    assert "CMRDESK_PASSPHRASE" not in seen["env"]
    assert seen["env"]["QT_QPA_PLATFORM"]

    def failing_run(argv, **kw):
        return subprocess.CompletedProcess(argv, 1, b"", b"qt noise\nerror: cannot render\n")

    monkeypatch.setattr(pdf_renderer.subprocess, "run", failing_run)
    from cmrdesk.domain import DisclosureError

    with pytest.raises(DisclosureError, match="failed: error: cannot render"):
        pdf_renderer.subprocess_pdf_renderer({"id": "x"})


# --- never sign what is not known ------------------------------------------------------------


@pytest.fixture(scope="module")
def imported_vault(tmp_path_factory) -> Path:
    """A vault filled only by importing two real statements of 2019, and one vendor."""
    from cmrdesk.domain import Vendor
    from cmrdesk.services import sharing
    from cmrdesk.services.importing import import_file
    from cmrdesk.services.session import VaultSession
    from tests.conftest import TEST_PARAMS

    corpus = Path(__file__).parents[1] / "data" / "corpus"
    path = tmp_path_factory.mktemp("imported") / "imported.cmrdesk"
    with VaultSession.create(path, PASSPHRASE, params=TEST_PARAMS) as session:
        for name in ("mt940/php-mt940__Bunq_sample.sta",
                     "csv/ofxstatement-dutch__Knab_transactieoverzicht_ok.csv"):
            import_file(session, corpus / name)
        sharing.add_vendor(session, Vendor(name="Zeta Lending"))
    return path


def test_fields_say_known_or_unknown_why_and_where(imported_vault, capsys):
    fields = {f["name"]: f for f in run_json(capsys, "fields", "--vault", str(imported_vault),
                                             "--json")["fields"]}
    debts = fields["debts.total"]
    assert debts == {"name": "debts.total", "label": debts["label"], "value": None,
                     "precisions": ["exact"], "known": False,
                     "why": "unknown: no loan, mortgage or credit card account keyed in",
                     "where": "accounts"}
    balance = fields["balance.checking_5473"]
    assert balance["known"] is True and balance["why"] == "" and balance["value"] == "5.66"
    text = run(capsys, "fields", "--vault", str(imported_vault))
    assert "unknown: no loan, mortgage or credit card account keyed in" in text


@pytest.mark.parametrize("argv", [
    ["--field", "debts.total"],
    ["--field", "balance.checking_5473", "--field", "debts.total=band:1000"],
    ["--template", "mortgage_precheck", "--field", "debts.total"],  # insisting on it
])
def test_share_refuses_an_unknown_field_and_writes_nothing(imported_vault, tmp_path, capsys,
                                                            argv):
    code = main(["share", "--vault", str(imported_vault), "--vendor", "Zeta Lending",
                 "--purpose", "mortgage", "--out", str(tmp_path / "out"), *argv])
    err = capsys.readouterr().err
    assert code == 1
    assert err == ("error: debts.total: unknown: no loan, mortgage or credit card account "
                   "keyed in\n")
    assert not (tmp_path / "out").exists()
    assert run_json(capsys, "disclosures", "--vault", str(imported_vault), "--json") == {
        "disclosures": []}


def test_a_template_leaves_unknown_fields_out_and_says_so(imported_vault, tmp_path, capsys):
    assert main(["share", "--vault", str(imported_vault), "--vendor", "Zeta Lending",
                 "--template", "mortgage_precheck", "--field", "balance.checking_5473",
                 "--purpose", "mortgage", "--out", str(tmp_path), "--json"]) == 0
    out, err = capsys.readouterr()
    data = json.loads(out)
    left_out = {item["name"]: item for item in data["left_out"]}
    assert left_out["fact.salary_every_month_24m"]["why"] == (
        "unknown: no income source keyed in and no transaction in a salary category")
    assert left_out["debts.total"]["where"] == "accounts"
    assert "note: fact.no_overdraft_12m left out: unknown:" in err
    checked = run_json(capsys, "verify", data["package"], "--json")
    assert set(checked["fields"]) == {"balance.checking_5473"}  # nothing unknown was signed


def test_dry_run_prints_the_document_and_writes_nothing(vault, tmp_path, capsys):
    from cmrdesk.services import sharing
    from cmrdesk.services.session import VaultSession

    before = run_json(capsys, "disclosures", "--vault", str(vault), "--json")["disclosures"]
    argv = ["share", "--vault", str(vault), "--vendor", "ING Bank", "--field",
            "net_worth=band:100000", "--field", "profile.city", "--purpose", "a dry run",
            "--retention-days", "30"]
    shown = run_json(capsys, *argv, "--dry-run", "--json", "--out", str(tmp_path / "out"),
                     "--save-profile", "never-saved")
    assert not (tmp_path / "out").exists()
    assert run_json(capsys, "disclosures", "--vault", str(vault), "--json")[
        "disclosures"] == before
    with VaultSession.open(vault, PASSPHRASE, read_only=True) as session:
        vendor = sharing.vendor_named(session, "ING Bank")
        assert [p.name for p in sharing.profiles(session, vendor.id)] == []
    text = run(capsys, *argv, "--dry-run")
    assert text.startswith("dry run: nothing was written") and "Utrecht" in text
    # The real export signs exactly that document (its id and time are its own, and the
    # hashes of the other files are added when they exist).
    done = run_json(capsys, *argv, "--out", str(tmp_path / "out"), "--json")
    with VaultSession.open(vault, PASSPHRASE, read_only=True) as session:
        signed = dict(sharing.receipt(session, done["receipt_id"]).document)
    assert set(signed.pop("files")) == {"README.txt", "disclosure.pdf", "signer.jwk"}
    for key in ("id", "issued"):
        assert shown.pop(key) != "" and signed.pop(key)
    assert shown == signed


def test_verify_flags_an_expired_disclosure_with_exit_4(vault, tmp_path, capsys):
    from cmrdesk.disclosure import EXACT, Purpose, PurposeKind
    from cmrdesk.services import sharing
    from cmrdesk.services.catalogue import build_catalogue
    from cmrdesk.services.session import VaultSession
    from tests.disclosure.conftest import stub_pdf

    with VaultSession.open(vault, PASSPHRASE) as session:
        catalogue = build_catalogue(session, today=date(2026, 1, 5))
        result = sharing.share(session, sharing.ShareRequest(
            sharing.vendor_named(session, "ING Bank"), {"profile.city": EXACT},
            Purpose(PurposeKind.OTHER, "long ago"), expires=date(2026, 2, 1)),
            tmp_path, render_pdf=stub_pdf, catalogue=catalogue)
    assert main(["verify", str(result.package), "--json"]) == 4
    out, err = capsys.readouterr()
    data = json.loads(out)
    assert data["valid"] is True and data["expired"] is True and data["expires"] == "2026-02-01"
    assert err == "error: expired on 2026-02-01: the vendor may no longer use it\n"
    assert main(["verify", str(result.package)]) == 4
    out, err = capsys.readouterr()
    assert "(expired)" in out and err.startswith("error: expired on 2026-02-01")


def test_verify_takes_the_signer_fingerprint_as_identity_prints_it(vault, tmp_path, capsys):
    printed = run(capsys, "identity", "--vault", str(vault)).splitlines()[-1]
    grouped = printed.removeprefix("fingerprint: ")
    assert " " in grouped
    data = run_json(capsys, "share", "--vault", str(vault), "--vendor", "ING Bank", "--field",
                    "profile.city", "--purpose", "pin", "--out", str(tmp_path), "--json")
    assert run_json(capsys, "verify", data["package"], "--signer", grouped, "--json")[
        "valid"] is True
    assert main(["verify", data["package"], "--signer", grouped.replace(" ", "")]) == 0
    capsys.readouterr()


def test_render_pdf_help_prints_help(capsys):
    from cmrdesk.launcher import main as launch
    from cmrdesk.launcher import wants_ui

    assert wants_ui(["render-pdf"]) and not wants_ui(["render-pdf", "--help"])
    with pytest.raises(SystemExit) as stopped:
        launch(["render-pdf", "--help"])
    assert stopped.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: cmrdesk render-pdf") and "stdin" in out
